import Sociosan
import SociosanJSON

/// `--format` of `indicators`.
enum IndicatorFormat: String, OutputFormat {
    /// Aligned tables for people, one per structure and year.
    case text
    /// One JSON object: `{"results":[...]}`.
    case json
    /// RFC 4180 CSV, one row per indicator, structure and year.
    case csv
    /// One self-contained HTML page (``IndicatorPageHTML``): tables per structure and year,
    /// bar charts across structures.
    case html
}

/// Renders the results of ``ERIndicatorCalculator`` as text, JSON, CSV or HTML.
struct IndicatorReport {
    let language: Language
    let audit: Bool

    // MARK: Values

    /// The value in the indicator's unit, rounded half up from the exact counts: two decimals
    /// for a percentage, three for a bare ratio; `-` with a zero denominator.
    ///
    /// ```swift
    /// IndicatorReport.fixedValue(numerator: 2, denominator: 3, multiplier: 100)  // (6667, 2)
    /// ```
    static func fixedValue(numerator: Int, denominator: Int, multiplier: Int) -> (value: Int, scale: Int)? {
        IndicatorValue(numerator: numerator, denominator: denominator, unit: multiplier == 100 ? .percent : .ratio)?.rounded
    }

    func valueText(_ result: ERIndicatorResult, machine: Bool = false) -> String {
        guard let (value, scale) = Self.fixedValue(
            numerator: result.numerator, denominator: result.denominator, multiplier: result.indicator.multiplier)
        else { return machine ? "" : "-" }
        let text = MessageArgument.fixed(value, scale: scale).text(in: machine ? .english : language)
        return result.indicator.multiplier == 100 && !machine ? text + "%" : text
    }

    /// A machine code of the standard: `none`, `unstated`, `detection-system`, `min-100`,
    /// `max-5`.
    static func standardCode(_ standard: ERIndicatorStandard) -> String {
        switch standard {
        case .none: return "none"
        case .unstated: return "unstated"
        case .detectionSystemPresent: return "detection-system"
        case .minimumPercent(let percent): return "min-\(percent)"
        case .maximumPercent(let percent): return "max-\(percent)"
        }
    }

    // MARK: Text

    static let headings = [
        LocalizedText(it: "indicatore", en: "indicator"), LocalizedText(it: "num.", en: "num."),
        LocalizedText(it: "den.", en: "den."), LocalizedText(it: "valore", en: "value"),
        LocalizedText(it: "standard", en: "standard"), LocalizedText(it: "esito", en: "result"),
        LocalizedText(it: "nome", en: "name"),
    ]

    func text(_ results: [ERIndicatorResult], lines: Int, to console: Console) {
        if results.isEmpty {
            console.line(LocalizedText(it: "nessun risultato: nessuna attività per i filtri dati",
                                       en: "no results: no activity for the filters given").text(in: language))
        }
        for (number, group) in ERIndicatorResult.groups(results).enumerated() {
            let first = group[group.startIndex]
            if number > 0 { console.line() }
            let family = ERIndicatorFamily(structureType: first.structureType)
            console.line("\(first.structure.rawValue) (\(first.structureType.label.text(in: language))) \(first.year)")
            console.line(family.label.text(in: language) + " [" + family.tableCitation.description + "]")
            var table = TextTable(headings: Self.headings.map { $0.text(in: language) })
            var notes: [Int: [String]] = [:]
            for result in group {
                table.append([
                    result.indicator.id, String(result.numerator), String(result.denominator), valueText(result),
                    result.indicator.standard.label.text(in: language), result.status.label.text(in: language),
                    result.indicator.name.text(in: language),
                ])
                var extra: [String] = []
                if let breakdown = result.breakdown {
                    extra.append("  " + breakdown.label.text(in: language) + ": \(breakdown.numerator)/\(breakdown.denominator)")
                }
                if audit, !result.numeratorRecords.isEmpty {
                    let label = LocalizedText(it: "numeratore", en: "numerator").text(in: language)
                    extra.append("  \(label): " + result.numeratorRecords.map(\.rawValue).joined(separator: ", "))
                }
                if !extra.isEmpty { notes[table.rows.count] = extra }
            }
            for (row, line) in table.lines().enumerated() {
                console.line(line)
                for note in notes[row] ?? [] { console.line(note) }
            }
        }
        console.line()
        console.line(LocalizedText(it: "{0} righe lette, {1} risultati", en: "{0} lines read, {1} results")
            .render([.integer(lines), .integer(results.count)], in: language))
    }

    // MARK: JSON

    func json(_ results: [ERIndicatorResult], lines: Int, to console: Console) {
        var stream = JSONStream(console: console)
        stream.beginObject()
        stream.key("lines")
        stream.value { $0.integer(lines) }
        stream.key("results")
        stream.beginArray()
        for result in results {
            stream.value { writer in
                writer.beginObject()
                writer.key("structure"); writer.string(result.structure.rawValue)
                writer.key("structureType"); writer.string(result.structureType.rawValue)
                writer.key("year"); writer.integer(result.year)
                writer.key("indicator"); writer.string(result.indicator.id)
                writer.key("name"); writer.string(result.indicator.name.text(in: language))
                writer.key("numerator"); writer.integer(result.numerator)
                writer.key("denominator"); writer.integer(result.denominator)
                writer.key("multiplier"); writer.integer(result.indicator.multiplier)
                writer.key("value")
                if let value = result.value { try? writer.double(value) } else { writer.null() }
                writer.key("standard"); writer.string(Self.standardCode(result.indicator.standard))
                writer.key("status"); writer.string(result.status.rawValue)
                if let breakdown = result.breakdown {
                    writer.key("breakdown")
                    writer.beginObject()
                    writer.key("label"); writer.string(breakdown.label.text(in: language))
                    writer.key("numerator"); writer.integer(breakdown.numerator)
                    writer.key("denominator"); writer.integer(breakdown.denominator)
                    writer.endObject()
                }
                if audit {
                    writer.key("numeratorRecords")
                    writer.beginArray()
                    for id in result.numeratorRecords { writer.string(id.rawValue) }
                    writer.endArray()
                }
                writer.key("citation"); writer.string(result.indicator.citation.fileReference)
                writer.key("regulation"); writer.string(result.indicator.citation.seed.regulation)
                writer.endObject()
            }
        }
        stream.endArray()
        stream.endObject()
        stream.finish()
    }

    // MARK: CSV

    static let csvHeader = [
        "structure", "structureType", "year", "indicator", "numerator", "denominator", "multiplier", "value",
        "standard", "status", "breakdownNumerator", "breakdownDenominator",
    ]

    func csv(_ results: [ERIndicatorResult], to console: Console) {
        console.write((Self.csvHeader + (audit ? ["numeratorRecords"] : [])).joined(separator: ",") + "\r\n")
        for result in results {
            // Identifiers, codes and numbers only: no cell needs quoting (ids are [a-z0-9._-]).
            var row = [
                result.structure.rawValue, result.structureType.rawValue, String(result.year), result.indicator.id,
                String(result.numerator), String(result.denominator), String(result.indicator.multiplier),
                valueText(result, machine: true), Self.standardCode(result.indicator.standard), result.status.rawValue,
                result.breakdown.map { String($0.numerator) } ?? "", result.breakdown.map { String($0.denominator) } ?? "",
            ]
            if audit { row.append(result.numeratorRecords.map(\.rawValue).joined(separator: " ")) }
            console.write(row.joined(separator: ",") + "\r\n")
        }
    }

    // MARK: HTML

    /// The library's page (``IndicatorPage/init(emiliaRomagna:lines:language:audit:)``), so
    /// that an SDK user gets the same document; `--audit` lists each numerator's records in a
    /// `<details>` element under its row.
    func html(_ results: [ERIndicatorResult], lines: Int, to console: Console) {
        let page = IndicatorPage(emiliaRomagna: results, lines: lines, language: language, audit: audit)
        console.write(IndicatorPageHTML.render(page))
    }
}
