import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan indicators FILE.jsonl`: the indicators of seed 002 per structure and year.
struct IndicatorsCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "Compute the indicators of DGR 2000/2009 per structure and year from an activity file.",
        discussion: """
            FILE is an er.psychiatry.activity file (JSON Lines: one stay or event a line), or \
            - for standard input. It is streamed, not held in memory; a file in admission \
            order is read once, in memory bounded by a year of admissions, any other twice \
            (standard input once, keeping every admission for the 12-month window). \
            For each structure and calendar year: numerator, denominator, value (times 100 \
            where the table says so), the standard and whether it is met. --audit lists the \
            stays or events that make each numerator. --format html writes one \
            self-contained page (no script, no network): a table per structure and year \
            and, per year, a bar chart per indicator across structures.

            Every line must be a valid activity record: a line that is not JSON or not a \
            record is reported on standard error as FILE:LINE:COLUMN with its message, and \
            no indicator is printed (run `sociosan validate FILE` for every finding).

            Italiano: calcola gli indicatori della DGR 2000/2009 per struttura e anno da un \
            file di attività (JSON Lines). Con --audit elenca i ricoveri o gli eventi del \
            numeratore.

            Exit status: 0 computed; 2 usage error, unreadable file, or an invalid line.

            Examples, from the repository root:
              sociosan indicators Fixtures/er.psychiatry.activity/valid/network-2025.jsonl
              sociosan indicators --year 2025 --structure spoi-bo-villa-serena --audit --lang en FILE.jsonl
              sociosan indicators --format csv FILE.jsonl > indicators.csv
              sociosan indicators --format html --lang en FILE.jsonl > indicators.html
            """)

    @Argument(help: "An activity file (JSON Lines), or - for standard input.")
    var file: String

    @Option(help: "Only this calendar year.")
    var year: Int?

    @Option(help: "Only this structure id.")
    var structure: String?

    @OptionGroup
    var output: OutputOptions<IndicatorFormat>

    var format: IndicatorFormat { output.format }

    @Flag(help: "List the stays or events that make each numerator.")
    var audit = false

    var language: Language { output.language }

    func run() throws {
        let console = Console()
        let exit = StaffingExit(console: console, language: language)
        var structureID: StructureID?
        if let structure {
            do { structureID = try StructureID(structure) } catch {
                throw exit.usage(LocalizedText(
                    it: "--structure \"\(structure)\": identificativo non valido",
                    en: "--structure \"\(structure)\": not a valid identifier"))
            }
        }
        try RecordFileInput.checkRegularFile(file, exit: exit)

        // A file in admission order is read once with the counted admissions forgotten as it
        // goes; one that is not (the calculator says so) is read again keeping them all.
        // Standard input cannot be read twice: it keeps them all from the start.
        let isStandardInput = file == InputCollector.standardInputPath
        var pass = try read(structure: structureID, pruneHistory: !isStandardInput, console: console, exit: exit)
        if !pass.calculator.isExact {
            pass = try read(structure: structureID, pruneHistory: false, console: console, exit: exit)
        }
        let (calculator, lines) = (pass.calculator, pass.lines)

        let results = calculator.finalResults()
        let report = IndicatorReport(language: language, audit: audit)
        switch format {
        case .text: report.text(results, lines: lines, to: console)
        case .json: report.json(results, lines: lines, to: console)
        case .csv: report.csv(results, to: console)
        case .html: report.html(results, lines: lines, to: console)
        }
        console.flush()
    }

    /// One pass over the file into a calculator; invalid lines are described and end the run.
    private func read(
        structure: StructureID?, pruneHistory: Bool, console: Console, exit: StaffingExit
    ) throws -> (calculator: ERIndicatorCalculator, lines: Int) {
        var calculator = ERIndicatorCalculator(year: year, structure: structure, audit: audit, pruneHistory: pruneHistory)
        var invalid = RecordFileInput(file: file, language: language, console: console)
        var lines = 0
        do {
            var reader = try ActivityReader(path: file)
            while let line = try reader.next() {
                lines += 1
                switch line.outcome {
                case .record(let record): calculator.add(record)
                case .invalid(let result): invalid.add(result)
                }
            }
        } catch {
            throw exit.usage(LocalizedText(it: error.italianMessage, en: error.englishMessage))
        }
        try invalid.finish(exit: exit)
        return (calculator, lines)
    }
}
