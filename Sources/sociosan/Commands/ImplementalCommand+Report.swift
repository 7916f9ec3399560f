import Sociosan
import SociosanJSON

/// The formats of `sociosan implemental indicators`.
enum ImplementalIndicatorFormat: String, OutputFormat {
    /// One table per group, then the indicators the records cannot yield.
    case text
    /// One JSON object: `{"asOf":..., "groups":[...], "notFromRecords":[...]}` (and `"teamFiles"` with `--teams`).
    case json
    /// RFC 4180 CSV, one row per group and indicator.
    case csv
    /// One self-contained HTML page (``IndicatorPage/init(implemental:language:audit:)``).
    case html
}

/// Renders an ``ImplementalIndicatorReport`` as text, JSON or CSV.
struct ImplementalIndicatorText {
    let language: Language
    let audit: Bool

    /// The value in its unit: a percentage with two decimals rounded half up from the exact
    /// counts, a count, or a median with one decimal; `-` (empty in machine form) when none.
    func valueText(_ result: ImplementalIndicatorResult, machine: Bool = false) -> String {
        let language = machine ? Language.english : self.language
        switch result.indicator.unit {
        case .percent:
            guard let numerator = result.numerator, let denominator = result.denominator,
                  let (value, scale) = IndicatorReport.fixedValue(numerator: numerator, denominator: denominator, multiplier: 100)
            else { return machine ? "" : "-" }
            return MessageArgument.fixed(value, scale: scale).text(in: language) + (machine ? "" : "%")
        case .count:
            return result.numerator.map(String.init) ?? (machine ? "" : "-")
        case .median:
            guard let value = result.value else { return machine ? "" : "-" }
            return MessageArgument.fixed(Int((value * 10).rounded()), scale: 1).text(in: language)
        case nil:
            return machine ? "" : "-"
        }
    }

    func seedText(_ indicator: ImplementalIndicator) -> String {
        "\(indicator.seedFigure.text.text(in: language)) (\(indicator.seedFigure.precision.label.text(in: language)))"
    }

    func groupTitle(_ group: ImplementalIndicatorGroup, grouping: ImplementalIndicatorCalculator.Grouping) -> String {
        guard let key = group.key else { return LocalizedText(it: "Tutti i pazienti", en: "All patients").text(in: language) }
        switch grouping {
        case .asst: return ImplementalASST(rawValue: key)?.name ?? key
        case .ageBand: return ImplementalAgeBand(rawValue: key)?.label.text(in: language) ?? key
        case .none, .ei, .period: return key
        }
    }

    func text(_ report: ImplementalIndicatorReport, to console: Console) {
        let asOf = report.asOf.map { MessageArgument.date($0).text(in: language) } ?? "-"
        console.line(LocalizedText(it: "Indicatori ImpleMENTAL (progetto pilota lombardo), alla data {0}",
                                   en: "ImpleMENTAL indicators (Lombardy pilot), as of {0}").render([.text(asOf)], in: language))
        let headings = [LocalizedText(it: "indicatore", en: "indicator"), LocalizedText(it: "num.", en: "num."),
                        LocalizedText(it: "den.", en: "den."), LocalizedText(it: "valore", en: "value"),
                        LocalizedText(it: "seed 003", en: "seed 003"), LocalizedText(it: "nome", en: "name")]
        for group in report.groups {
            console.line()
            console.line(LocalizedText(it: "{0}: {1} pazienti, {2} con i primi tre mesi conclusi",
                                       en: "{0}: {1} patients, {2} with their first three months over")
                .render([.text(groupTitle(group, grouping: report.grouping)), .integer(group.patients), .integer(group.windowClosed)], in: language))
            var table = TextTable(headings: headings.map { $0.text(in: language) })
            var notes: [Int: String] = [:]
            for result in group.results {
                table.append([result.indicator.id, result.numerator.map(String.init) ?? "-", result.denominator.map(String.init) ?? "-",
                              valueText(result), seedText(result.indicator), result.indicator.title.text(in: language)])
                if audit, !result.numeratorPatients.isEmpty {
                    notes[table.rows.count] = "  " + LocalizedText(it: "numeratore", en: "numerator").text(in: language) + ": "
                        + result.numeratorPatients.map(\.rawValue).joined(separator: ", ")
                } else if audit, !result.numeratorOperators.isEmpty {
                    notes[table.rows.count] = "  " + LocalizedText(it: "numeratore (operatori)", en: "numerator (operators)").text(in: language)
                        + ": " + result.numeratorOperators.joined(separator: ", ")
                }
            }
            for (row, line) in table.lines().enumerated() {
                console.line(line)
                if let note = notes[row] { console.line(note) }
            }
        }
        console.line()
        console.line(LocalizedText(it: "Indicatori del seed che i record non possono dare:",
                                   en: "Indicators of the seed that the records cannot yield:").text(in: language))
        var table = TextTable(headings: [LocalizedText(it: "indicatore", en: "indicator"), LocalizedText(it: "seed 003", en: "seed 003"),
                                         LocalizedText(it: "nome", en: "name"), LocalizedText(it: "fonte", en: "source")].map { $0.text(in: language) })
        for indicator in report.notFromRecords {
            table.append([indicator.id, seedText(indicator), indicator.title.text(in: language), indicator.citation.lineReference])
        }
        for line in table.lines() { console.line(line) }
        console.line()
        console.line(LocalizedText(it: "{0} record letti, {1} senza arruolamento precedente (non contati)",
                                   en: "{0} records read, {1} without an earlier enrolment (not counted)")
            .render([.integer(report.records), .integer(report.unmatchedRecords)], in: language))
        if report.teamFiles > 0 {
            console.line(LocalizedText(it: "{0} file delle équipe letti (LI20-LI21), uno per ASST; contano gli operatori attivi (decisioni IM-14-IM-16)",
                                       en: "{0} team files read (LI20-LI21), one per ASST; the active operators count (decisions IM-14-IM-16)")
                .render([.integer(report.teamFiles)], in: language))
        }
    }

    func json(_ report: ImplementalIndicatorReport, to console: Console) {
        var writer = JSONWriter(style: .compact)
        writer.beginObject()
        writer.key("asOf")
        if let asOf = report.asOf { writer.string(asOf.description) } else { writer.null() }
        writer.key("by"); writer.string(report.grouping.rawValue)
        writer.key("records"); writer.integer(report.records)
        writer.key("unmatchedRecords"); writer.integer(report.unmatchedRecords)
        if report.teamFiles > 0 { writer.key("teamFiles"); writer.integer(report.teamFiles) }
        writer.key("groups")
        writer.beginArray()
        for group in report.groups {
            writer.beginObject()
            writer.key("group")
            if let key = group.key { writer.string(key) } else { writer.null() }
            writer.key("patients"); writer.integer(group.patients)
            writer.key("firstThreeMonthsOver"); writer.integer(group.windowClosed)
            writer.key("results")
            writer.beginArray()
            for result in group.results {
                writer.beginObject()
                writer.key("indicator"); writer.string(result.indicator.id)
                writer.key("name"); writer.string(result.indicator.title.text(in: language))
                writer.key("unit"); writer.string(result.indicator.unit?.rawValue ?? "")
                writer.key("numerator")
                if let numerator = result.numerator { writer.integer(numerator) } else { writer.null() }
                writer.key("denominator")
                if let denominator = result.denominator { writer.integer(denominator) } else { writer.null() }
                writer.key("value")
                if let value = result.value { try? writer.double(value) } else { writer.null() }
                seed(result.indicator, to: &writer)
                if audit, result.indicator.fromTeams {
                    writer.key("numeratorOperators")
                    writer.beginArray()
                    for code in result.numeratorOperators { writer.string(code) }
                    writer.endArray()
                } else if audit {
                    writer.key("numeratorPatients")
                    writer.beginArray()
                    for patient in result.numeratorPatients { writer.string(patient.rawValue) }
                    writer.endArray()
                }
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.key("notFromRecords")
        writer.beginArray()
        for indicator in report.notFromRecords {
            writer.beginObject()
            writer.key("indicator"); writer.string(indicator.id)
            writer.key("name"); writer.string(indicator.title.text(in: language))
            seed(indicator, to: &writer)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        writer.finish()
        console.write(bytes: writer.bytes)
    }

    private func seed(_ indicator: ImplementalIndicator, to writer: inout JSONWriter) {
        writer.key("seed")
        writer.beginObject()
        writer.key("text"); writer.string(indicator.seedFigure.text.text(in: language))
        writer.key("value")
        if let value = indicator.seedFigure.value { try? writer.double(value) } else { writer.null() }
        writer.key("precision"); writer.string(indicator.seedFigure.precision.rawValue)
        writer.key("source"); writer.string(indicator.citation.fileReference)
        writer.endObject()
    }

    static let csvHeader = ["group", "indicator", "unit", "numerator", "denominator", "value", "seedValue", "seedPrecision"]

    func csv(_ report: ImplementalIndicatorReport, to console: Console) {
        // The operators' column only when team files were read: without them the columns stay as they were.
        let operatorsColumn = audit && report.teamFiles > 0
        console.write((Self.csvHeader + (audit ? ["numeratorPatients"] : []) + (operatorsColumn ? ["numeratorOperators"] : []))
            .joined(separator: ",") + "\r\n")
        // Codes and numbers only: no cell needs quoting (ASST, EI and patient codes are [a-z0-9._-]).
        for group in report.groups {
            for result in group.results {
                let counts: [String] = [result.numerator.map(String.init) ?? "", result.denominator.map(String.init) ?? ""]
                let seedValue: String = result.indicator.seedFigure.value.map { seed in
                    MessageArgument.fixed(Int((seed * 100).rounded()), scale: 2).text(in: .english)
                } ?? ""
                var row: [String] = [group.key ?? "", result.indicator.id, result.indicator.unit?.rawValue ?? ""]
                row += counts
                row += [valueText(result, machine: true), seedValue, result.indicator.seedFigure.precision.rawValue]
                if audit { row.append(result.numeratorPatients.map(\.rawValue).joined(separator: " ")) }
                if operatorsColumn { row.append(result.numeratorOperators.joined(separator: " ")) }
                console.write(row.joined(separator: ",") + "\r\n")
            }
        }
    }
}
