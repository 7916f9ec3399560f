import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan network FILE.jsonl`: what a network of structures needs and where rosters fall short.
struct NetworkCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "network",
        abstract: "Total the staff a network of structures needs, per role, province and type, and list failing rosters.",
        discussion: """
            FILE is JSON Lines (or - for standard input): one staffing.structure dossier a \
            line (type, capacity, province, full-time hours, conditions), or a \
            staffing.roster dossier (the same with "members"). The file is streamed in \
            constant memory, whatever its length.

            For each structure the requirement is worked out and added up. Per role target: \
            the largest hours any line of the standard asks of it. Per structure (province, \
            type, total): the fewest hours that meet every line at once, nested groups \
            counted once (SPOI's 6 nurses are inside its 11 non-medical care staff). A roster \
            is checked: each failing structure is printed as it is found, with its first \
            failing requirement; the shortfall is the fewest hours to add to meet them all.

            A line that is not JSON, not a structure, or whose capacity is outside its type's \
            limits is reported on standard error with its line number, counted, and skipped. \
            A progress bar is shown on standard error for files over 100,000 lines when it \
            is a terminal.

            JSON: {"failingStructures":[{"line", "id", "type", "province", "capacity", \
            "failures", "first":{...}}], "structures", "withRoster", "failing", \
            "invalidLines", "totals":{"all":{...}, "byRole":[...], "byProvince":[...], \
            "byType":[...]}}; in "byRole", "short" counts the structures short on the role.

            Exit status: 0 every roster meets its standard and no line is bad; 1 otherwise; \
            2 usage error or unreadable file.

            Examples, from the repository root:
              sociosan network Fixtures/network/emilia-romagna-psychiatry.jsonl
              sociosan network --by province --lang en Fixtures/network/sicily-network.jsonl
              sociosan network --format json Fixtures/network/sicily-network.jsonl
            """)

    @Argument(help: "A JSON Lines file of staffing.structure / staffing.roster lines, or - for standard input.")
    var file: String

    @Option(help: "The main breakdown: role, province or type.")
    var by: NetworkBreakdown = .role

    @OptionGroup
    var output: OutputOptions<StaffingFormat>

    var format: StaffingFormat { output.format }
    var language: Language { output.language }

    func run() throws {
        // With a bar on screen, standard output is written only while the bar is erased, so
        // the console keeps more than one update's worth of lines.
        let console = Console(capacity: ProgressBar.standardErrorIsTerminal ? 1 << 22 : 1 << 16)
        let exit = StaffingExit(console: console, language: language)
        if file != InputCollector.standardInputPath {
            switch SystemIO.fileType(atPath: file) {
            case .failure(let error):
                let problem: InputProblem = error.isMissing ? .missing(path: file) : .unreadableFile(path: file, reason: error.description)
                throw exit.usage(LocalizedText(it: problem.message(in: .italian), en: problem.message(in: .english)))
            case .success((.directory, _)), .success((.other, _)):
                throw exit.usage(LocalizedText(it: "\(file): non è un file", en: "\(file): not a file"))
            case .success((.regular, _)):
                break
            }
        }
        var reader: JSONLinesReader
        do {
            reader = file == InputCollector.standardInputPath ? JSONLinesReader.standardInput() : try JSONLinesReader(path: file)
        } catch {
            throw exit.usage(LocalizedText(it: error.italianMessage, en: error.englishMessage))
        }

        let bar = ProgressBar(path: file, console: console, language: language)
        let report = NetworkReport(console: console, language: language, path: file, format: format, by: by)
        var tally = NetworkTally()
        var invalidLines = 0
        var failure: JSONInputError?
        report.begin()
        do {
            _ = try NetworkReader.read(
                &reader, into: &tally, progressEvery: 1024,
                progress: { line, offset in bar?.update(lineNumber: line, byteOffset: offset) },
                failing: { report.failing($0) },
                invalid: { result in
                    invalidLines += 1
                    bar?.clear()
                    report.invalid(result)
                })
        } catch {
            failure = error
        }
        bar?.finish()
        report.end(tally, invalidLines: invalidLines)
        console.flush()

        if let failure {
            throw exit.usage(LocalizedText(it: failure.italianMessage, en: failure.englishMessage))
        }
        if tally.failing > 0 || invalidLines > 0 { throw ExitCode(ExitStatus.findings) }
    }
}

/// Writes a network run: failing structures as they come, then the counts and totals. The
/// JSON document is ``NetworkReportWriter``'s, passed on to the console piece by piece.
final class NetworkReport {
    private let console: Console
    private let language: Language
    private let path: String
    private let format: StaffingFormat
    private let by: NetworkBreakdown
    private var writer: NetworkReportWriter
    private var bytes: [UInt8] = []

    init(console: Console, language: Language, path: String, format: StaffingFormat, by: NetworkBreakdown) {
        self.console = console
        self.language = language
        self.path = path
        self.format = format
        self.by = by
        self.writer = NetworkReportWriter(language: language)
    }

    func begin() {
        guard format == .json else { return }
        writeJSON { $0.begin(into: &$1) }
    }

    /// One piece of the JSON document, handed to the console at once.
    private func writeJSON(_ piece: (inout NetworkReportWriter, inout [UInt8]) -> Void) {
        bytes.removeAll(keepingCapacity: true)
        piece(&writer, &bytes)
        console.write(bytes: bytes)
    }

    /// One failing structure: `PATH:LINE: ID (TYPE, PROVINCE): WHAT [RULE] (CITATION)`.
    func failing(_ found: NetworkReader.FailingStructure) {
        let structure = found.structure
        switch format {
        case .text:
            var place = structure.type
            if let province = structure.province { place += ", \(province.rawValue)" }
            var text = "\(path):\(found.lineNumber): \(structure.id) (\(place)): "
            text += Self.describe(found.first, in: language) + " [\(found.first.rule)] (\(found.first.citation))"
            if found.failures > 1 {
                text += LocalizedText(it: "; in tutto {0}", en: "; {0} in all")
                    .render([.text(StaffingText.requirementsNotMet(found.failures, in: language))], in: language)
            }
            console.line(text)
        case .json:
            writeJSON { $0.failing(found, into: &$1) }
        }
    }

    /// A bad line, on standard error: `PATH:LINE:COLUMN: errore: MESSAGE [RULE] in /POINTER (CITATION)`.
    func invalid(_ result: DossierResult) {
        let severity = Severity.error.label.text(in: language)
        for finding in result.findings where finding.severity == .error {
            let (line, column) = finding.position(in: result)
            var text = "\(path):\(line):\(column): \(severity): "
            text += TextValidationReport.singleLine(finding.message(in: language)) + " [\(finding.ruleID)]"
            if !finding.path.tokens.isEmpty { text += " \(CLIText.at.text(in: language)) \(finding.path)" }
            if let citation = finding.citation { text += " (\(citation))" }
            console.standardError(text)
        }
    }

    func end(_ tally: NetworkTally, invalidLines: Int) {
        switch format {
        case .text: endText(tally, invalidLines: invalidLines)
        case .json: writeJSON { $0.end(tally, invalidLines: invalidLines, into: &$1) }
        }
    }

    // MARK: Text

    private func endText(_ tally: NetworkTally, invalidLines: Int) {
        if tally.failing > 0 { console.line() }
        console.line(LocalizedText(
            it: "Strutture: {0} (con organico: {1}; non conformi: {2}); righe non valide: {3}",
            en: "Structures: {0} (with a roster: {1}; failing: {2}); invalid lines: {3}")
            .render([.integer(tally.structures), .integer(tally.withRoster), .integer(tally.failing), .integer(invalidLines)], in: language))
        let all = tally.total
        var needs = LocalizedText(it: "Fabbisogno: {0} h/settimana, {1} ETP", en: "Needed: {0} h/week, {1} FTE")
            .render([.text(StaffingText.amount(all.hoursPerWeek, in: language)),
                     .text(StaffingText.amount(all.fullTimeEquivalents, in: language))], in: language)
        if tally.withRoster > 0 {
            needs += LocalizedText(it: "; carenza negli organici: {0} h/settimana", en: "; shortfall in the rosters: {0} h/week")
                .render([.text(StaffingText.amount(all.shortfallHoursPerWeek, in: language))], in: language)
        }
        console.line(needs)
        guard tally.structures > 0 else { return }
        console.line()
        let table: TextTable
        switch by {
        case .role: table = roleTable(tally)
        case .province: table = provinceTable(tally)
        case .type: table = typeTable(tally)
        }
        for line in table.lines() { console.line(line) }
    }

    private func cells(_ totals: NetworkTally.Totals) -> [String] {
        [String(totals.structures), String(totals.withRoster), String(totals.failing),
         StaffingText.amount(totals.hoursPerWeek, in: language), StaffingText.amount(totals.fullTimeEquivalents, in: language),
         StaffingText.amount(totals.shortfallHoursPerWeek, in: language)]
    }

    private func headings(_ first: LocalizedText, failing: LocalizedText = StaffingText.failingHeading, last: LocalizedText?) -> [String] {
        ([first, StaffingText.structuresHeading, StaffingText.withRosterHeading, failing, StaffingText.hoursHeading,
          StaffingText.fteHeading, StaffingText.shortfallHoursHeading] + (last.map { [$0] } ?? [])).map { $0.text(in: language) }
    }

    private func roleTable(_ tally: NetworkTally) -> TextTable {
        var table = TextTable(headings: headings(LocalizedText(it: "ID", en: "ID"), failing: StaffingText.shortHeading,
                                                 last: StaffingText.roleHeading))
        for entry in tally.byRole { table.append([entry.id] + cells(entry.totals) + [entry.label.text(in: language)]) }
        return table
    }

    private func provinceTable(_ tally: NetworkTally) -> TextTable {
        var table = TextTable(headings: headings(StaffingText.provinceHeading, last: LocalizedText(it: "NOME", en: "NAME")))
        for entry in tally.byProvince {
            table.append([entry.province?.rawValue ?? "-"] + cells(entry.totals)
                         + [entry.province?.italianName ?? StaffingText.noProvince.text(in: language)])
        }
        table.append([StaffingText.totalRow.text(in: language)] + cells(tally.total) + [""])
        return table
    }

    private func typeTable(_ tally: NetworkTally) -> TextTable {
        var table = TextTable(headings: headings(StaffingText.typeHeading, last: nil))
        for entry in tally.byType { table.append([entry.type] + cells(entry.totals)) }
        table.append([StaffingText.totalRow.text(in: language)] + cells(tally.total))
        return table
    }

    // MARK: Failures

    /// A failing requirement in words: `Infermiere: presenti 180 h/settimana, ne servono 216 (mancano 36)`.
    static func describe(_ failure: StaffingCheck.Failure, in language: Language) -> String {
        switch failure {
        case .role(let role):
            let line = role.line
            return LocalizedText(
                it: "{0}: presenti {1} h/settimana, ne servono {2} (mancano {3}; minimo {4} {5})",
                en: "{0}: {1} h/week present, {2} needed ({3} missing; minimum {4} {5})"
            ).render([
                .localized(line.requirement.target.label), .text(StaffingText.number(role.presentHoursPerWeek, in: language)),
                .text(StaffingText.number(line.hoursPerWeek, in: language)),
                .text(StaffingText.number(role.shortfallHoursPerWeek, in: language)),
                .text(StaffingText.number(line.minimum, in: language)), .localized(StaffingText.unit(line.requirement.unit)),
            ], in: language)
        case .coverage(let coverage):
            return LocalizedText(
                it: "{0} ({1}): presenti {2} h/settimana, ne servono {3} (mancano {4})",
                en: "{0} ({1}): {2} h/week present, {3} needed ({4} missing)"
            ).render([
                .localized(coverage.requirement.target.label), .text(StaffingText.window(coverage.requirement.window, in: language)),
                .text(StaffingText.number(coverage.presentHoursPerWeek, in: language)), .integer(coverage.requirement.hoursPerWeek),
                .text(StaffingText.number(coverage.shortfallHoursPerWeek, in: language)),
            ], in: language)
        case .shareCap(let cap):
            var text: String
            if !cap.permitted {
                text = LocalizedText(it: "{0}: {1} h/settimana, non ammessi senza la condizione {2}",
                                     en: "{0}: {1} h/week, not admitted without condition {2}")
                    .render([.localized(StaffingText.contract(cap.cap.contract)),
                             .text(StaffingText.number(cap.presentHoursPerWeek, in: language)),
                             .text(cap.cap.permittedOnlyWhen?.rawValue ?? "-")], in: language)
            } else {
                text = LocalizedText(it: "{0}: {1} h/settimana, al massimo {2} ({3} della base)",
                                     en: "{0}: {1} h/week, at most {2} ({3} of the base)")
                    .render([.localized(StaffingText.contract(cap.cap.contract)),
                             .text(StaffingText.number(cap.presentHoursPerWeek, in: language)),
                             .text(StaffingText.number(cap.maximumHoursPerWeek, in: language)),
                             .text(StaffingCheckReport.percent(cap.cap.maximumShare, in: language))], in: language)
            }
            if cap.membersBelowMinimumHours > 0, let minimum = cap.cap.minimumHoursPerMember {
                text += LocalizedText(it: "; {0} sotto le {1} h/settimana", en: "; {0} below {1} h/week")
                    .render([.integer(cap.membersBelowMinimumHours), minimum.argument], in: language)
            }
            return text
        }
    }
}
