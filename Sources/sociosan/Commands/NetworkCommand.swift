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

    @Option(name: .customLong("format"), help: "Output format: text or json.")
    var formatChoice: ArgumentChoice<StaffingFormat> = .init(.text)
    /// Checked in `validate()`, so that a bad value gets a message in the user's language.
    var format: StaffingFormat { formatChoice.value ?? .text }

    @OptionGroup
    var languageOption: LanguageOption

    var language: Language { languageOption.language }

    func validate() throws { try formatChoice.check("--format", in: language) }

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

/// Writes a network run: failing structures as they come, then the counts and totals.
final class NetworkReport {
    private let console: Console
    private let language: Language
    private let path: String
    private let format: StaffingFormat
    private let by: NetworkBreakdown
    private var stream: JSONStream

    init(console: Console, language: Language, path: String, format: StaffingFormat, by: NetworkBreakdown) {
        self.console = console
        self.language = language
        self.path = path
        self.format = format
        self.by = by
        self.stream = JSONStream(console: console)
    }

    func begin() {
        guard format == .json else { return }
        stream.beginObject()
        stream.key("failingStructures")
        stream.beginArray()
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
            let language = self.language
            stream.value { json in
                json.beginObject()
                json.key("line"); json.integer(found.lineNumber)
                json.key("id"); json.string(structure.id.rawValue)
                json.key("type"); json.string(structure.type)
                json.key("province"); json.string(orNull: structure.province?.rawValue)
                json.key("capacity"); json.integer(structure.capacity)
                json.key("failures"); json.integer(found.failures)
                json.key("first"); Self.writeFailure(found.first, to: &json, in: language)
                json.endObject()
            }
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
        case .json: endJSON(tally, invalidLines: invalidLines)
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

    // MARK: JSON

    private func endJSON(_ tally: NetworkTally, invalidLines: Int) {
        stream.endArray()
        for (key, value) in [("structures", tally.structures), ("withRoster", tally.withRoster),
                             ("failing", tally.failing), ("invalidLines", invalidLines)] {
            stream.key(key)
            stream.value { $0.integer(value) }
        }
        let language = self.language
        stream.key("totals")
        stream.value { json in
            json.beginObject()
            json.key("all"); Self.writeTotals(tally.total, to: &json)
            json.key("byRole")
            json.beginArray()
            for entry in tally.byRole {
                Self.writeTotals(entry.totals, to: &json, failingKey: "short") { json in
                    json.key("role"); json.string(entry.id)
                    json.key("label"); json.string(entry.label.text(in: language))
                }
            }
            json.endArray()
            json.key("byProvince")
            json.beginArray()
            for entry in tally.byProvince {
                Self.writeTotals(entry.totals, to: &json) { json in
                    json.key("province"); json.string(orNull: entry.province?.rawValue)
                    json.key("name"); json.string(orNull: entry.province?.italianName)
                }
            }
            json.endArray()
            json.key("byType")
            json.beginArray()
            for entry in tally.byType {
                Self.writeTotals(entry.totals, to: &json) { json in
                    json.key("type"); json.string(entry.type)
                }
            }
            json.endArray()
            json.endObject()
        }
        stream.endObject()
        stream.finish()
    }

    private static func writeTotals(
        _ totals: NetworkTally.Totals, to json: inout JSONWriter, failingKey: String = "failing",
        _ keys: (inout JSONWriter) -> Void = { _ in }
    ) {
        json.beginObject()
        keys(&json)
        json.key("structures"); json.integer(totals.structures)
        json.key("withRoster"); json.integer(totals.withRoster)
        json.key(failingKey); json.integer(totals.failing)
        json.key("hoursPerWeek"); json.hundredthsNumber(totals.hoursPerWeek.hundredths)
        json.key("fullTimeEquivalents"); json.hundredthsNumber(totals.fullTimeEquivalents.hundredths)
        json.key("shortfallHoursPerWeek"); json.hundredthsNumber(totals.shortfallHoursPerWeek.hundredths)
        json.endObject()
    }

    // MARK: Failures

    /// A failing requirement in words: `Infermiere: presenti 180 h/settimana, ne servono 216 (mancano 36)`.
    static func describe(_ failure: NetworkTally.Failure, in language: Language) -> String {
        switch failure {
        case .role(let role):
            let line = role.line
            return LocalizedText(
                it: "{0}: presenti {1} h/settimana, ne servono {2} (mancano {3}; minimo {4} {5})",
                en: "{0}: {1} h/week present, {2} needed ({3} missing; minimum {4} {5})"
            ).render([
                .localized(line.requirement.target.label), .text(StaffingText.number(role.presentHoursPerWeek, in: language)),
                .text(StaffingText.number(line.hoursPerWeek, in: language)),
                .text(StaffingText.number(line.hoursPerWeek - role.presentHoursPerWeek, in: language)),
                .text(StaffingText.number(line.minimum, in: language)), .localized(StaffingText.unit(line.requirement.unit)),
            ], in: language)
        case .coverage(let coverage):
            let required = Rational(coverage.requirement.hoursPerWeek)
            return LocalizedText(
                it: "{0} ({1}): presenti {2} h/settimana, ne servono {3} (mancano {4})",
                en: "{0} ({1}): {2} h/week present, {3} needed ({4} missing)"
            ).render([
                .localized(coverage.requirement.target.label), .text(StaffingText.window(coverage.requirement.window, in: language)),
                .text(StaffingText.number(coverage.presentHoursPerWeek, in: language)), .integer(coverage.requirement.hoursPerWeek),
                .text(StaffingText.number(required - coverage.presentHoursPerWeek, in: language)),
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

    /// A failing requirement as a JSON object with a `kind` of `role`, `coverage` or `share-cap`.
    static func writeFailure(_ failure: NetworkTally.Failure, to json: inout JSONWriter, in language: Language) {
        json.beginObject()
        switch failure {
        case .role(let role):
            let line = role.line
            json.key("kind"); json.string("role")
            json.key("rule"); json.string(line.requirement.rule.rawValue)
            json.key("role"); json.string(line.requirement.target.id)
            json.key("label"); json.string(line.requirement.target.label.text(in: language))
            json.key("unit"); json.string(line.requirement.unit.rawValue)
            json.key("required"); json.number(line.minimum)
            json.key("present"); json.number(role.present)
            json.key("requiredHoursPerWeek"); json.number(line.hoursPerWeek)
            json.key("presentHoursPerWeek"); json.number(role.presentHoursPerWeek)
            json.key("shortfallHoursPerWeek"); json.number(line.hoursPerWeek - role.presentHoursPerWeek)
            json.key("citation"); json.citation(line.requirement.citation)
        case .coverage(let coverage):
            json.key("kind"); json.string("coverage")
            json.key("rule"); json.string(coverage.requirement.rule.rawValue)
            json.key("role"); json.string(coverage.requirement.target.id)
            json.key("label"); json.string(coverage.requirement.target.label.text(in: language))
            json.key("window"); json.string(StaffingText.windowID(coverage.requirement.window))
            json.key("requiredHoursPerWeek"); json.integer(coverage.requirement.hoursPerWeek)
            json.key("presentHoursPerWeek"); json.number(coverage.presentHoursPerWeek)
            json.key("shortfallHoursPerWeek"); json.number(Rational(coverage.requirement.hoursPerWeek) - coverage.presentHoursPerWeek)
            json.key("citation"); json.citation(coverage.requirement.citation)
        case .shareCap(let cap):
            json.key("kind"); json.string("share-cap")
            json.key("rule"); json.string(cap.cap.rule.rawValue)
            json.key("contract"); json.string(cap.cap.contract.rawValue)
            json.key("permitted"); json.bool(cap.permitted)
            json.key("presentHoursPerWeek"); json.number(cap.presentHoursPerWeek)
            json.key("maximumHoursPerWeek"); json.number(cap.maximumHoursPerWeek)
            json.key("membersBelowMinimumHours"); json.integer(cap.membersBelowMinimumHours)
            json.key("citation"); json.citation(cap.cap.citation)
        }
        json.endObject()
    }
}
