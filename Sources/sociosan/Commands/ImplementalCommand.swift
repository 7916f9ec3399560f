import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan implemental`: the Lombardy ImpleMENTAL pilot (seed 003).
struct ImplementalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "implemental",
        abstract: "The Lombardy ImpleMENTAL pilot (seed 003): indicators from activity records.",
        subcommands: [ImplementalIndicatorsCommand.self])
}

/// `sociosan implemental indicators FILE.jsonl`: the indicators of seed 003 the records yield.
struct ImplementalIndicatorsCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the ImpleMENTAL pilot's indicators (seed 003) from a lombardy.implemental.activity file (and team files).",
        discussion: """
            FILE is a lombardy.implemental.activity file (JSON Lines: one enrolment, assessment, \
            intervention, PTI step or case-manager record a line), or - for standard input. It \
            is streamed, in memory bounded by the number of patients. For every indicator the \
            records allow: numerator, denominator and value, beside the figure seed 003 prints \
            and its precision ("circa un terzo" is approximate). The indicators the records \
            cannot yield (questionnaires, training, groups) are listed with the seed's figure.

            --teams PATH (repeatable) adds the lombardy.implemental.team files, one per ASST: a \
            file, or a folder searched for *.json files. From them come LI20 (the operators \
            active in the EIs, their median per ASST, and by profile: LI20c-LI20j) and LI21 \
            (trained and active, active without the project's training, and the share of the \
            trained who are not active). An operator counts when "active": the seed's 179 \
            operators are its 124 trained plus 55 untrained who took part (L420, L441-L444; \
            decision IM-14). The median per ASST is over the ASSTs given, the mean of the two \
            middle values for an even number (IM-15). The trained not active are counted in \
            the participating ASSTs only: the 5 that withdrew after the training have no EI \
            (L439-L441; IM-16). A second file for one ASST is refused (IM-17). With --by asst \
            or --by ei each group gets its own operators; --as-of does not apply to them. \
            Without --teams, LI20-LI21 are listed with the seed's figures.

            The first three months (LI08-LI12) are three calendar months from the enrolment \
            date, the end excluded; a patient whose three months are not over by --as-of is \
            left out of those denominators (decision IM-13, seed 003 L505, L517-L518).

            --format html writes one self-contained page (no network, no script): a table and \
            the PTI funnel per group, bar charts comparing the groups, in --lang.

            --by splits the results by ASST, EI, age band or quarter of enrolment (after the \
            whole file). --audit lists the pseudonymous patients that make each numerator.

            Every line must decode: a line that does not is reported on standard error as \
            FILE:LINE:COLUMN and no indicator is printed (`sociosan validate FILE` gives every \
            finding, the rules across lines included).

            Italiano: calcola gli indicatori del progetto pilota ImpleMENTAL dal file di \
            attività e, con --teams, dai file delle équipe (LI20-LI21: operatori attivi, \
            formati e non); con --audit elenca i pazienti e gli operatori (codici pseudonimi) \
            del numeratore.

            Exit status: 0 computed; 2 usage error, unreadable file, an invalid line, or an \
            invalid or repeated team file.

            Examples, from the repository root:
              sociosan implemental indicators Fixtures/lombardy.implemental.activity/valid/lecco-2024.jsonl
              sociosan implemental indicators --by asst --as-of 2024-12-31 --lang en Fixtures/lombardy.implemental.activity/seed-003-shares.jsonl
              sociosan implemental indicators --format csv --audit FILE.jsonl > indicators.csv
              sociosan implemental indicators --by asst --teams Fixtures/lombardy.implemental.team/seed-003-teams Fixtures/lombardy.implemental.activity/seed-003-shares.jsonl
            """)

    @Argument(help: "A lombardy.implemental.activity file (JSON Lines), or - for standard input.")
    var file: String

    @Option(name: .customLong("by"), help: "Also split by: asst, ei, age-band or period (quarter of enrolment).")
    var by: ArgumentChoice<ImplementalIndicatorCalculator.Grouping>?

    @Option(name: .customLong("as-of"), help: "Leave out records after this date YYYY-MM-DD (default: the latest record's date).")
    var asOf: String?

    @Option(name: .customLong("teams"), parsing: .singleValue,
            help: "A lombardy.implemental.team file, or a folder of them (one per ASST), for LI20-LI21; repeatable.")
    var teams: [String] = []

    @Flag(help: "List the pseudonymous patients (and operators) that make each numerator.")
    var audit = false

    @OptionGroup
    var output: OutputOptions<ImplementalIndicatorFormat>

    var language: Language { output.language }

    func validate() throws {
        try by?.check("--by", in: language)
        if let asOf, (try? LocalDate(iso8601: asOf)) == nil {
            throw UsageError(LocalizedText(it: "--as-of non è una data AAAA-MM-GG: \"{0}\"", en: "--as-of is not a date YYYY-MM-DD: \"{0}\""),
                             [.text(asOf)], in: language)
        }
    }

    func run() throws {
        let console = Console()
        let exit = StaffingExit(console: console, language: language)
        try RecordFileInput.checkRegularFile(file, exit: exit)
        var calculator = ImplementalIndicatorCalculator(
            grouping: by?.value ?? .none, asOf: try asOf.map { try LocalDate(iso8601: $0) }, audit: audit)
        // The team files first: a wrong one stops the run before a long activity file is read.
        try ImplementalTeamFiles(language: language, console: console, exit: exit).load(teams, into: &calculator)
        var invalid = RecordFileInput(file: file, language: language, console: console)
        do {
            var reader = try DeclaredLinesReader<ImplementalActivityRecord>(path: file, fastPath: ImplementalActivityLine.decode)
            while let line = try reader.next() {
                switch line.outcome {
                case .record(let record): calculator.add(record)
                case .invalid(let result): invalid.add(result)
                }
            }
        } catch {
            throw exit.usage(LocalizedText(it: error.italianMessage, en: error.englishMessage))
        }
        try invalid.finish(exit: exit)
        let report = ImplementalIndicatorText(language: language, audit: audit)
        let result = calculator.report()
        switch output.format {
        case .text: report.text(result, to: console)
        case .json: report.json(result, to: console)
        case .csv: report.csv(result, to: console)
        case .html: console.write(IndicatorPageHTML.render(IndicatorPage(implemental: result, language: language, audit: audit)))
        }
        console.flush()
    }
}
