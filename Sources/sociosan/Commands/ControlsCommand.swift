import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan controls ...`: the controls on structures for minors (seed 004 §7.10).
struct ControlsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controls",
        abstract: "Controls of the ASP on the Sicilian structures for minors (D.A. 17/2014 §7.10).",
        subcommands: [ControlsOverdueCommand.self])
}

/// `sociosan controls overdue --interval-days N FOLDER`: which structures are overdue for a
/// control visit. A thin wrapper of ``SicilyControlSchedule``: the interval is the user's,
/// since the seed sets none.
struct ControlsOverdueCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "overdue",
        abstract: "List the structures whose latest control visit is older than an interval you give.",
        discussion: """
            D.A. 17/2014 §7.10 (seed 004 L3402-L3409) asks the ASP for ordinary and \
            extraordinary hygiene and health controls of the residential and semi-residential \
            structures for minors, and sets NO interval between them: --interval-days is \
            required, has no default, and the report says that the seed sets none.

            FOLDER is searched recursively for *.json files: every sicily.minors.control-visit \
            dossier counts (ordinary or extraordinary); the structure dossiers of the \
            sicily.minors.* kinds found there are listed too, and one never visited is overdue. \
            Other dossiers are ignored. A structure is overdue when more than N days passed from \
            its latest visit to --on (default: today, UTC); visits after --on are not counted. \
            A control-visit file that is not valid is reported on standard error and skipped: \
            check it with `sociosan validate`.

            Exit status: 0 no structure overdue; 1 some structure overdue or a visit file \
            skipped; 2 usage error or unreadable folder.

            Example, from the repository root:
              sociosan controls overdue --interval-days 365 --on 2026-06-30 Fixtures/sicily.minors.control-visit/valid
            """)

    @Option(name: .customLong("interval-days"), help: "Days allowed between two controls (required: the seed sets none).")
    var intervalDays: Int

    @Option(name: .customLong("on"), help: "The reference date YYYY-MM-DD (default: today, UTC).")
    var on: String?

    @Argument(help: "A folder (or file) of control-visit and structure dossiers.")
    var folder: String

    @OptionGroup
    var output: OutputOptions<ListingFormat>

    var language: Language { output.language }

    func validate() throws {
        if intervalDays < 1 {
            throw UsageError(LocalizedText(it: "--interval-days deve essere almeno 1, non {0}", en: "--interval-days must be at least 1, not {0}"),
                             [.integer(intervalDays)], in: language)
        }
        if let on, (try? LocalDate(iso8601: on)) == nil {
            throw UsageError(LocalizedText(it: "--on non è una data AAAA-MM-GG: \"{0}\"", en: "--on is not a date YYYY-MM-DD: \"{0}\""),
                             [.text(on)], in: language)
        }
    }

    func run() throws {
        let day = try on.map { try LocalDate(iso8601: $0) } ?? SystemIO.todayUTC()
        let console = Console()
        var visits: [SicilyControlVisit] = []
        var structures: [SicilyControlSchedule.KnownStructure] = []
        var skipped = 0
        for item in InputCollector.items(for: folder) {
            switch item {
            case .problem(let problem): throw CLIError.input(problem)
            case .standardInput: continue
            case .file(let path):
                guard path.hasSuffix(".json"), let document = try? JSONDocument.parse(contentsOfFile: path),
                      case let kind? = document.root["kind"]?.stringValue else { continue }
                if kind == DossierKind.sicilyMinorsControlVisit.rawValue {
                    if let visit = try? SicilyControlVisit.decode(document: document) {
                        visits.append(visit)
                    } else {
                        skipped += 1
                        console.standardError(CLIText.errorLine(LocalizedText(
                            it: "{0}: verbale di controllo non valido, ignorato (sociosan validate {0})",
                            en: "{0}: not a valid control visit, skipped (sociosan validate {0})").render([.text(path)], in: language), in: language))
                    }
                } else if kind.hasPrefix(SicilyControlVisitRules.minorsKindPrefix), let structure = try? StructureDossier.decode(document: document) {
                    structures.append(.init(id: structure.id, kind: kind))
                }
            }
        }
        let entries = SicilyControlSchedule.entries(visits: visits, structures: structures, intervalDays: intervalDays, on: day)
        let overdue = entries.filter(\.isOverdue).count
        switch output.format {
        case .text: writeText(entries, overdue: overdue, day: day, to: console)
        case .json: writeJSON(entries, overdue: overdue, day: day, to: console)
        }
        console.flush()
        if overdue > 0 || skipped > 0 { throw ExitCode(ExitStatus.findings) }
    }

    func writeText(_ entries: [SicilyControlSchedule.Entry], overdue: Int, day: LocalDate, to console: Console) {
        console.line(SicilyControlSchedule.seedSetsNoInterval.text(in: language))
        var table = TextTable(headings: [
            LocalizedText(it: "STRUTTURA", en: "STRUCTURE"), LocalizedText(it: "TIPO", en: "KIND"),
            LocalizedText(it: "ULTIMO CONTROLLO", en: "LAST CONTROL"), LocalizedText(it: "GIORNI", en: "DAYS"),
            LocalizedText(it: "IN RITARDO", en: "OVERDUE"),
        ].map { $0.text(in: language) })
        let yes = LocalizedText(it: "sì", en: "yes").text(in: language), no = LocalizedText(it: "no", en: "no").text(in: language)
        let never = LocalizedText(it: "mai", en: "never").text(in: language)
        for entry in entries {
            table.append([entry.structureID.rawValue, entry.structureKind, entry.lastVisit?.description ?? never,
                          entry.daysSinceLastVisit.map(String.init) ?? "-", entry.isOverdue ? yes : no])
        }
        for line in table.lines() { console.line(line) }
        console.line(LocalizedText(it: "{0} strutture su {1} in ritardo per un intervallo di {2} giorni al {3}",
                                   en: "{0} of {1} structures overdue for an interval of {2} days on {3}")
            .render([.integer(overdue), .integer(entries.count), .integer(intervalDays), .date(day)], in: language))
    }

    func writeJSON(_ entries: [SicilyControlSchedule.Entry], overdue: Int, day: LocalDate, to console: Console) {
        var writer = JSONWriter(style: .compact)
        writer.beginObject()
        writer.key("seedSetsNoInterval"); writer.string(SicilyControlSchedule.seedSetsNoInterval.text(in: language))
        writer.key("intervalDays"); writer.integer(Int64(intervalDays))
        writer.key("on"); writer.string(day.description)
        writer.key("structures")
        writer.beginArray()
        for entry in entries {
            writer.beginObject()
            writer.key("id"); writer.string(entry.structureID.rawValue)
            writer.key("kind"); writer.string(entry.structureKind)
            writer.key("lastVisit")
            if let last = entry.lastVisit { writer.string(last.description) } else { writer.null() }
            writer.key("lastVisitId")
            if let id = entry.lastVisitID { writer.string(id.rawValue) } else { writer.null() }
            writer.key("days")
            if let days = entry.daysSinceLastVisit { writer.integer(Int64(days)) } else { writer.null() }
            writer.key("overdue"); writer.bool(entry.isOverdue)
            writer.endObject()
        }
        writer.endArray()
        writer.key("overdue"); writer.integer(Int64(overdue))
        writer.endObject()
        writer.finish()
        console.write(bytes: writer.bytes)
    }
}
