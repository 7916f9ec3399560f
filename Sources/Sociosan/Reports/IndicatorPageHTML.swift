/// An ``IndicatorPage`` as one self-contained HTML5 document: inline CSS, inline SVG charts,
/// no script, no external reference (no URL, no font or image to fetch), so that the file opens
/// the same offline, in a mail attachment or from an archive years later, and prints on A4.
///
/// Every text of the page is escaped (``Markup/escaped(_:apostrophe:)``); tables have header
/// cells with `scope`; every chart is an `<svg role="img">` with an `aria-label` that says
/// what it shows in words and a `<title>`; outcomes are written, not only coloured.
///
/// ```swift
/// let html = IndicatorPageHTML.render(page)
/// html.hasPrefix("<!DOCTYPE html>\n<html lang=\"it\">")  // true for an Italian page
/// ```
public enum IndicatorPageHTML {
    /// The whole document (UTF-8 text, final newline).
    public static func render(_ page: IndicatorPage) -> String {
        let language = page.language
        let t = { (text: LocalizedText) in html(text.text(in: language)) }
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(t(page.title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(t(page.title))</h1>\n"
        if let subtitle = page.subtitle { out += "<p class=\"subtitle\">\(t(subtitle))</p>\n" }
        out += "</header>\n"

        let anchors = sectionAnchors(page.sections)
        let notComputableAnchor = unique("not-computable", avoiding: Set(anchors))
        if page.sections.count + (page.notComputable.isEmpty ? 0 : 1) > 1 {
            out += "<nav aria-label=\"\(t(Words.contents))\">\n<h2>\(t(Words.contents))</h2>\n<ul>\n"
            for (section, anchor) in zip(page.sections, anchors) {
                out += "<li><a href=\"#\(anchor)\">\(t(section.title))</a></li>\n"
            }
            if !page.notComputable.isEmpty {
                out += "<li><a href=\"#\(notComputableAnchor)\">\(t(Words.notComputable))</a></li>\n"
            }
            out += "</ul>\n</nav>\n"
        }

        out += "<main>\n"
        for (section, anchor) in zip(page.sections, anchors) {
            out += self.section(section, anchor: anchor, in: language)
        }
        if !page.notComputable.isEmpty {
            out += notComputable(page.notComputable, anchor: notComputableAnchor, in: language)
        }
        out += "</main>\n"
        if !page.notes.isEmpty {
            out += "<footer>\n"
            for note in page.notes { out += "<p>\(t(note))</p>\n" }
            out += "</footer>\n"
        }
        out += "</body>\n</html>\n"
        return out
    }

    /// One chart as an inline `<svg>` element for an HTML page (no XML prolog, no namespace
    /// declaration: the HTML parser puts it in the SVG namespace).
    ///
    /// ```swift
    /// let svg = IndicatorPageHTML.svg(.funnel(funnel), in: .italian)  // "<svg class=\"chart\" role=\"img\" ..."
    /// ```
    public static func svg(_ chart: IndicatorPage.Chart, in language: Language) -> String {
        switch chart {
        case .bars(let chart): return bars(chart, in: language)
        case .funnel(let chart): return funnel(chart, in: language)
        }
    }

    // MARK: Sections

    static func section(_ section: IndicatorPage.Section, anchor: String, in language: Language) -> String {
        let t = { (text: LocalizedText) in html(text.text(in: language)) }
        // A group's table is kept on one page with its heading when printed; a section of
        // charts alone may break between charts.
        let kind = section.rows.isEmpty ? "charts" : "group"
        var out = "<section class=\"\(kind)\" id=\"\(anchor)\" aria-labelledby=\"\(anchor)-title\">\n"
        out += "<h2 id=\"\(anchor)-title\">\(t(section.title))</h2>\n"
        if let subtitle = section.subtitle { out += "<p class=\"subtitle\">\(t(subtitle))</p>\n" }
        if !section.rows.isEmpty {
            out += "<table class=\"indicators\">\n" + columns(Words.rowColumns) + "<thead>\n<tr>"
            for heading in Words.rowHeadings { out += "<th scope=\"col\">\(t(heading))</th>" }
            out += "</tr>\n</thead>\n<tbody>\n"
            for row in section.rows { out += self.row(row, in: language) }
            out += "</tbody>\n</table>\n"
        }
        if !section.charts.isEmpty {
            out += "<div class=\"charts\">\n"
            for chart in section.charts {
                let title: String
                switch chart {
                case .bars(let bars): title = "<span class=\"indicator-id\">" + html(bars.indicator) + "</span> &#8211; " + t(bars.title)
                case .funnel(let funnel): title = t(funnel.title)
                }
                out += "<figure>\n<figcaption>\(title)</figcaption>\n\(svg(chart, in: language))</figure>\n"
            }
            out += "</div>\n"
        }
        out += "</section>\n"
        return out
    }

    static func row(_ row: IndicatorPage.Row, in language: Language) -> String {
        let t = { (text: LocalizedText) in html(text.text(in: language)) }
        let count = { (value: Int?) in value.map(String.init) ?? "-" }
        var out = "<tr class=\"indicator\" data-indicator=\"\(html(row.id))\">"
        out += "<th scope=\"row\">\(html(row.id))</th><td>\(t(row.name))</td>"
        out += "<td class=\"num\">\(count(row.numerator))</td><td class=\"num\">\(count(row.denominator))</td>"
        out += "<td class=\"num\">\(html(row.value?.text(in: language) ?? "-"))</td>"
        out += "<td>\(row.standard.map(t) ?? "-")</td>"
        out += "<td class=\"outcome outcome-\(row.outcome.rawValue)\">\(t(row.outcome.label))</td>"
        out += "<td class=\"cite\">\(html(row.citation))</td></tr>\n"
        let span = Words.rowHeadings.count - 1
        for note in row.notes {
            out += "<tr class=\"note\"><td></td><td colspan=\"\(span)\">\(t(note))</td></tr>\n"
        }
        if !row.records.isEmpty {
            let summary = Words.records.render([.integer(row.records.count)], in: language)
            out += "<tr class=\"note\"><td></td><td colspan=\"\(span)\"><details><summary>\(html(summary))</summary>"
            out += "<p class=\"records\">\(html(row.records.joined(separator: ", ")))</p></details></td></tr>\n"
        }
        return out
    }

    /// Fixed column widths, the same in every table of the page, so that tables align.
    static func columns(_ classes: [String]) -> String {
        "<colgroup>" + classes.map { "<col class=\"\($0)\">" }.joined() + "</colgroup>\n"
    }

    static func notComputable(_ entries: [IndicatorPage.NotComputable], anchor: String, in language: Language) -> String {
        let t = { (text: LocalizedText) in html(text.text(in: language)) }
        var out = "<section id=\"\(anchor)\" aria-labelledby=\"\(anchor)-title\">\n"
        out += "<h2 id=\"\(anchor)-title\">\(t(Words.notComputable))</h2>\n"
        out += "<p class=\"subtitle\">\(t(Words.notComputableReading))</p>\n"
        out += "<table class=\"indicators\">\n" + columns(Words.notComputableColumns) + "<thead>\n<tr>"
        for heading in Words.notComputableHeadings { out += "<th scope=\"col\">\(t(heading))</th>" }
        out += "</tr>\n</thead>\n<tbody>\n"
        for entry in entries {
            out += "<tr class=\"indicator not-computable\" data-indicator=\"\(html(entry.id))\">"
            out += "<th scope=\"row\">\(html(entry.id))</th><td>\(t(entry.name))"
            if let reason = entry.reason { out += "<br><span class=\"reason\">\(t(reason))</span>" }
            out += "</td><td>\(t(entry.printedValue))</td><td>\(t(entry.precision.label))</td>"
            out += "<td class=\"cite\">\(html(entry.citation))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    // MARK: Charts

    /// Drawing units: the label column, the bar area, the value column, one band per bar.
    /// 500 units wide so that two charts sit side by side on a wide screen; one on paper.
    /// Labels are 12 units high and cut at 26 characters (the whole label is the group's
    /// `<title>`), which fits the 200 units of the label column in DejaVu Sans.
    static let chartWidth = 500, labelRight = 200, barLeft = 206, barRight = 420, band = 26, barHeight = 18
    static let fontSize = 13, labelSize = 12, maximumLabel = 26

    static func bars(_ chart: IndicatorPage.BarChart, in language: Language) -> String {
        let top = chart.target == nil ? 8 : 24
        let bottom = top + chart.bars.count * band, height = bottom + 26
        // The scale's end: a whole share for percentages and ratios, or the largest value.
        let whole: Double = chart.unit == .percent ? 100 : 1
        let largest = (chart.bars.compactMap { $0.value.map(magnitude) } + [chart.target.map(magnitude) ?? 0]).max() ?? 0
        let end = chart.unit == .count ? max(largest, 1) : max(largest, whole)
        func x(_ value: Double) -> Int { barLeft + Int((Double(barRight - barLeft) * min(max(value, 0), end) / end).rounded()) }

        let described = chart.bars.map { bar in
            bar.label.text(in: language) + " " + (bar.value?.text(in: language) ?? "-")
        }.joined(separator: "; ")
        let label = chart.indicator + " " + chart.title.text(in: language) + ": " + described
        var out = open(width: chartWidth, height: height, label: label, title: chart.indicator + " " + chart.title.text(in: language))
        // The standard first, under the bars and the haloed values.
        if let target = chart.target {
            let tx = x(magnitude(target))
            let words = Words.target.render([.text(target.text(in: language))], in: language)
            out += "<g class=\"target\"><line x1=\"\(tx)\" y1=\"\(top - 6)\" x2=\"\(tx)\" y2=\"\(bottom)\" stroke=\"#333333\" "
                + "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            out += "<text x=\"\(tx)\" y=\"\(top - 10)\" text-anchor=\"\(tx > barRight - 60 ? "end" : "middle")\">\(html(words))</text></g>\n"
        }
        for (index, bar) in chart.bars.enumerated() {
            let y = top + index * band
            let name = bar.label.text(in: language), value = bar.value?.text(in: language) ?? "-"
            out += "<g class=\"bar\" data-outcome=\"\(bar.outcome.rawValue)\"><title>\(html(name + ": " + value))</title>"
            out += "<text x=\"\(labelRight)\" y=\"\(y + 14)\" text-anchor=\"end\" font-size=\"\(labelSize)\">\(html(shortened(name)))</text>"
            var valueX = barLeft + 6
            if let amount = bar.value.map(magnitude) {
                let width = x(amount) - barLeft
                out += "<rect x=\"\(barLeft)\" y=\"\(y + 1)\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"\(colour(bar.outcome))\"/>"
                valueX = barLeft + width + 6
            }
            out += "<text class=\"value\" x=\"\(valueX)\" y=\"\(y + 14)\">\(html(value))</text></g>\n"
        }
        out += "<line x1=\"\(barLeft)\" y1=\"\(top - 2)\" x2=\"\(barLeft)\" y2=\"\(bottom)\" stroke=\"#333333\"/>\n"
        out += "<line x1=\"\(barLeft)\" y1=\"\(bottom)\" x2=\"\(barRight)\" y2=\"\(bottom)\" stroke=\"#333333\"/>\n"
        let zero = IndicatorValue(numerator: 0, denominator: 1, unit: chart.unit)!.text(in: language)
        out += "<text x=\"\(barLeft)\" y=\"\(bottom + 16)\" text-anchor=\"middle\" class=\"axis\">\(html(zero))</text>\n"
        out += "<text x=\"\(barRight)\" y=\"\(bottom + 16)\" text-anchor=\"middle\" class=\"axis\">\(html(scaleText(end, chart.unit, in: language)))</text>\n"
        out += "</svg>\n"
        return out
    }

    static func funnel(_ chart: IndicatorPage.FunnelChart, in language: Language) -> String {
        let top = 8, height = top + chart.steps.count * band + 8
        let first = chart.steps.first?.count ?? 0
        let centre = (barLeft + barRight) / 2 - 20, half = (barRight - barLeft) / 2 - 20
        func share(_ count: Int) -> String? {
            IndicatorValue(numerator: count, denominator: first, unit: .percent)?.text(in: language)
        }
        let described = chart.steps.map { step in
            step.label.text(in: language) + " " + String(step.count) + (share(step.count).map { " (\($0))" } ?? "")
        }.joined(separator: "; ")
        var out = open(width: chartWidth, height: height, label: chart.title.text(in: language) + ": " + described,
                       title: chart.title.text(in: language))
        for (index, step) in chart.steps.enumerated() {
            let y = top + index * band
            let name = step.label.text(in: language)
            let width = first > 0 ? max(Int((Double(2 * half) * Double(min(max(step.count, 0), first)) / Double(first)).rounded()), 1) : 1
            let shade = funnelShades[min(index, funnelShades.count - 1)]
            let value = String(step.count) + (share(step.count).map { " (\($0))" } ?? "")
            out += "<g class=\"step\"><title>\(html(name + ": " + value))</title>"
            out += "<text x=\"\(labelRight)\" y=\"\(y + 14)\" text-anchor=\"end\" font-size=\"\(labelSize)\">\(html(shortened(name)))</text>"
            out += "<rect x=\"\(centre - width / 2)\" y=\"\(y + 1)\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"\(shade)\"/>"
            out += "<text x=\"\(centre + half + 8)\" y=\"\(y + 14)\">\(html(value))</text></g>\n"
        }
        out += "</svg>\n"
        return out
    }

    static func open(width: Int, height: Int, label: String, title: String) -> String {
        "<svg class=\"chart\" role=\"img\" aria-label=\"\(html(label))\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" font-size=\"\(fontSize)\"><title>\(html(title))</title>\n"
    }

    /// The value as a number on the chart's scale (percentage points, or the ratio itself).
    static func magnitude(_ value: IndicatorValue) -> Double {
        Double(value.numerator) / Double(value.denominator) * (value.unit == .percent ? 100 : 1)
    }

    static func scaleText(_ end: Double, _ unit: IndicatorValue.Unit, in language: Language) -> String {
        // The scale's end is a whole share or a value drawn: written back through the exact
        // type at its own precision.
        var power = 1
        for _ in 0..<unit.scale { power *= 10 }
        let fixed = Int((end * Double(power)).rounded())
        let text = MessageArgument.fixed(fixed, scale: unit.scale).text(in: language)
        return unit == .percent ? text + "%" : text
    }

    static func shortened(_ label: String) -> String {
        label.count <= maximumLabel ? label : String(label.prefix(maximumLabel - 1)) + "\u{2026}"
    }

    static func colour(_ outcome: IndicatorOutcome) -> String {
        switch outcome {
        case .met: return "#2e7d32"
        case .notMet: return "#c62828"
        case .notMeasurable, .none: return "#1f5fa8"
        }
    }

    static let funnelShades = ["#17406d", "#1f5fa8", "#3a78c2", "#5b93d3", "#84b0e0", "#a9c8ea"]

    // MARK: Text

    static func html(_ text: String) -> String { Markup.escaped(text, apostrophe: true) }

    /// Section anchors: the section's id with anything but letters, digits, `-`, `_` and `.`
    /// made `-`, each made unique with a `-2`, `-3` suffix.
    static func sectionAnchors(_ sections: [IndicatorPage.Section]) -> [String] {
        var used = Set<String>(), anchors: [String] = []
        for section in sections {
            var anchor = String(section.id.unicodeScalars.map { scalar -> Character in
                switch scalar {
                case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": return Character(scalar)
                default: return "-"
                }
            })
            if anchor.isEmpty { anchor = "section" }
            anchor = unique(anchor, avoiding: used)
            used.insert(anchor)
            anchors.append(anchor)
        }
        return anchors
    }

    static func unique(_ anchor: String, avoiding used: Set<String>) -> String {
        var candidate = anchor, number = 2
        while used.contains(candidate) {
            candidate = "\(anchor)-\(number)"
            number += 1
        }
        return candidate
    }

    enum Words {
        static let contents = LocalizedText(it: "Indice", en: "Contents")
        static let rowHeadings = [
            LocalizedText(it: "Indicatore", en: "Indicator"), LocalizedText(it: "Nome", en: "Name"),
            LocalizedText(it: "Num.", en: "Num."), LocalizedText(it: "Den.", en: "Den."),
            LocalizedText(it: "Valore", en: "Value"), LocalizedText(it: "Standard", en: "Standard"),
            LocalizedText(it: "Esito", en: "Outcome"), LocalizedText(it: "Fonte", en: "Source"),
        ]
        static let rowColumns = ["c-id", "c-name", "c-count", "c-count", "c-value", "c-standard", "c-outcome", "c-source"]
        static let notComputableColumns = ["c-id", "c-name", "c-printed", "c-outcome", "c-source"]
        static let notComputable = LocalizedText(
            it: "Indicatori non calcolabili dai record", en: "Indicators not computable from the records")
        static let notComputableReading = LocalizedText(
            it: "La fonte riporta questi valori; i record non bastano a ricalcolarli.",
            en: "The source reports these values; the records are not enough to compute them again.")
        static let notComputableHeadings = [
            LocalizedText(it: "Indicatore", en: "Indicator"), LocalizedText(it: "Nome", en: "Name"),
            LocalizedText(it: "Valore riportato", en: "Value as printed"), LocalizedText(it: "Precisione", en: "Precision"),
            LocalizedText(it: "Fonte", en: "Source"),
        ]
        static let records = LocalizedText(it: "Record del numeratore ({0})", en: "Numerator records ({0})")
        static let target = LocalizedText(it: "standard {0}", en: "standard {0}")
    }

    /// The page's only style: no font, image or sheet to fetch; an A4 print layout where a
    /// table or chart is not split across pages when it fits on one.
    static let style = """
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.4;
               color: #1a1a1a; background: #ffffff; margin: 0 auto; max-width: 1100px; padding: 16px 24px; }
        h1 { font-size: 1.6em; margin: 0 0 0.2em; color: #17406d; }
        h2 { font-size: 1.2em; margin: 0.2em 0; color: #17406d; }
        .subtitle { color: #444444; margin: 0 0 0.6em; }
        nav ul { columns: 2; margin: 0.2em 0 1em; padding-left: 1.2em; }
        nav a { color: #17406d; }
        section { margin: 1.2em 0; border-top: 2px solid #17406d; padding-top: 0.4em; }
        table { border-collapse: collapse; width: 100%; margin: 0.4em 0; table-layout: fixed; }
        col.c-id { width: 12%; } col.c-count { width: 6%; } col.c-value { width: 8%; }
        col.c-standard { width: 12%; } col.c-outcome { width: 11%; } col.c-source { width: 13%; }
        col.c-printed { width: 18%; }
        th, td { overflow-wrap: break-word; }
        th, td { border: 1px solid #c8c8c8; padding: 3px 6px; text-align: left; vertical-align: top; }
        thead th { background: #e8edf5; }
        tbody th { white-space: nowrap; font-weight: bold; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .outcome-met { color: #1b5e20; font-weight: bold; }
        .outcome-not-met { color: #b71c1c; font-weight: bold; }
        tr.note td { color: #444444; font-size: 0.92em; border-top-style: hidden; }
        .cite, .reason { font-size: 0.85em; color: #555555; }
        .records { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85em; margin: 0.2em 0; }
        .charts { display: flex; flex-wrap: wrap; gap: 8px 24px; }
        figure { margin: 0.6em 0; break-inside: avoid; flex: 0 1 500px; max-width: 500px; }
        figcaption { font-weight: bold; margin-bottom: 0.2em; }
        svg.chart { max-width: 100%; height: auto; font-family: inherit; }
        svg.chart text { fill: #1a1a1a; }
        svg.chart text.value { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        footer { margin-top: 1.5em; border-top: 1px solid #c8c8c8; color: #444444; font-size: 0.9em; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { max-width: none; padding: 0; font-size: 9.5pt; }
          nav { display: none; }
          section.group, table, figure, tr { break-inside: avoid; }
          thead th { white-space: nowrap; overflow: hidden; }
          table { font-size: 8.5pt; }
          th, td { padding: 2px 4px; }
          thead { display: table-header-group; }
          h2, section > .subtitle, figcaption { break-after: avoid; }
        }

        """
}
