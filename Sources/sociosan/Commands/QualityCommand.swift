import ArgumentParser
import Sociosan
import SociosanJSON

/// `--format` of `quality`.
enum QualityFormat: String, OutputFormat {
    /// Aligned tables for people.
    case text
    /// One JSON object.
    case json
    /// One row per criterion (RFC 4180).
    case csv
    /// The importance by implementation chart, A4 landscape.
    case svg
}

/// `sociosan quality FILE`: the quality profile of an SST (seed 001), or `--compare OLD NEW`.
struct QualityCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "quality",
        abstract: "Show an er.sst.quality-profile: criteria, scores, quadrants, plan; or compare two profiles.",
        discussion: """
            FILE is an er.sst.quality-profile dossier (`sociosan schema er.sst.quality-profile`), \
            or - for standard input. For each of the 28 criteria of the SST quality profile \
            (ASSR Emilia-Romagna): its importance and implementation scores, the quadrant \
            they give (invest, consolidate, check, maintain) and its plan item; then the \
            counts per quadrant and category and the criteria that need action first (to \
            invest in, widest gap first). A score equal to its threshold counts as high; \
            without a threshold the profile uses its scale's midpoint.

            --format svg draws the importance by implementation chart (A4 landscape): the \
            thresholds as the quadrant lines, the quadrants labelled in the --lang language, \
            one labelled point per criterion.

            --compare OLD NEW compares two profiles of the same district: the criteria that \
            moved quadrant and what became of the older plan's items (achieved, dropped, \
            still open), and the items added (text, json or csv).

            A file that is not a valid profile (any error finding, such as a recorded \
            quadrant that its scores contradict) is reported exactly as `sociosan validate` \
            reports it; warnings are printed on standard error and the report follows.

            Italiano: mostra il profilo di qualità del servizio sociale territoriale (criteri, \
            punteggi, quadranti, piano di miglioramento) o confronta due profili.

            Exit status: 0 shown; 1 the profile is not valid; 2 usage error or unreadable file.

            Examples, from the repository root:
              sociosan quality Fixtures/er.sst.quality-profile/valid/pianura-est-2026.json
              sociosan quality --format svg --lang en FILE > chart.svg
              sociosan quality --compare OLD.json NEW.json
            """)

    @Argument(help: "An er.sst.quality-profile dossier, or - for standard input.")
    var file: String?

    @Option(name: .customLong("compare"), parsing: .upToNextOption,
            help: ArgumentHelp("Compare two profiles of the same territory, older first.", valueName: "OLD NEW"))
    var compare: [String] = []

    @OptionGroup
    var output: OutputOptions<QualityFormat>

    var format: QualityFormat { output.format }
    var language: Language { output.language }

    func validate() throws {
        let text: LocalizedText? =
            if !compare.isEmpty && file != nil {
                LocalizedText(it: "indicare FILE oppure --compare OLD NEW, non entrambi", en: "give FILE or --compare OLD NEW, not both")
            } else if !compare.isEmpty && compare.count != 2 {
                LocalizedText(it: "--compare vuole due file: OLD NEW", en: "--compare takes two files: OLD NEW")
            } else if compare.isEmpty && file == nil {
                LocalizedText(it: "manca FILE (o --compare OLD NEW)", en: "FILE is missing (or --compare OLD NEW)")
            } else if !compare.isEmpty && format == .svg {
                LocalizedText(it: "--compare non ha il formato svg (text, json o csv)", en: "--compare has no svg format (text, json or csv)")
            } else {
                nil
            }
        if let text { throw ValidationError(CLIText.errorLine(text.text(in: language), in: language)) }
    }

    func run() throws {
        let console = Console()
        if compare.count == 2 {
            let old = try load(compare[0], console: console), new = try load(compare[1], console: console)
            let comparison: SSTQualityComparison
            do {
                comparison = try SSTQualityComparison(old: old, new: new)
            } catch {
                throw StaffingExit(console: console, language: language).usage(error.message)
            }
            switch format {
            case .json:
                var writer = JSONWriter(style: .pretty)
                comparison.encode(to: &writer)
                writer.finish()
                console.write(bytes: writer.bytes)
            case .csv: QualityText.csv(comparison, to: console)
            case .text, .svg: QualityText.text(comparison, to: console, in: language)
            }
        } else if let file {
            let profile = try load(file, console: console)
            let report = SSTQualityReport(profile)
            switch format {
            case .text: QualityText.text(report, to: console, in: language)
            case .json:
                var writer = JSONWriter(style: .pretty)
                report.encode(to: &writer, in: language)
                writer.finish()
                console.write(bytes: writer.bytes)
            case .csv: QualityText.csv(report, to: console, in: language)
            case .svg: console.write(SSTQualityChart.svg(profile, in: language))
            }
        }
        console.flush()
    }

    /// The profile in `path`. Unreadable: a message and exit status 2; not a valid profile
    /// (any error finding): its findings as `validate` prints them, exit status 1; warnings
    /// and information on standard error.
    private func load(_ path: String, console: Console) throws -> SSTQualityProfile {
        let json = format == .json
        let document = try FindingsExit.document(path, json: json, console: console, language: language)
        var found: [Diagnostic] = []
        let profile = try FindingsExit.dossier(SSTQualityProfile.self, in: document, of: path, json: json,
                                               console: console, language: language) { profile in
            found = SSTQualityProfile.declaration.ruleSet.evaluate(profile)
            return found.contains { $0.severity == .error } ? found : []
        }
        for finding in found {
            console.standardError("sociosan: \(finding.severity.label.text(in: language)): \(path): "
                                  + "\(finding.message(in: language)) [\(finding.ruleID)]")
        }
        return profile
    }
}
