import Testing
import Sociosan

/// The indicator page and its HTML: exact values, escaping of every text, no external
/// reference, accessible tables and charts.
@Suite("Indicator page (HTML)")
struct IndicatorPageHTMLTests {
    static let hostile = "<script>alert('x')</script> & \"q\""
    static func both(_ text: String) -> LocalizedText { LocalizedText(it: text, en: text) }

    /// A page with every part: rows with notes and records, bars with a target, a funnel, an
    /// indicator not computable; every text carries the hostile string.
    static func fullPage(_ language: Language = .english, text: String = hostile) -> IndicatorPage {
        let row = IndicatorPage.Row(
            id: "LI09" + text, name: both("Assessment " + text), numerator: 34, denominator: 40,
            value: IndicatorValue(numerator: 34, denominator: 40, unit: .percent), standard: both("min " + text),
            outcome: .notMet, citation: "seed 003 " + text, notes: [both("note " + text)], records: ["p-1" + text, "p-2"])
        let median = IndicatorPage.Row(id: "LI07", name: both("Median"), value: .count(7, over: 2), citation: "seed 003")
        let bars = IndicatorPage.BarChart(
            indicator: "LI18", title: both("Case manager " + text), unit: .percent,
            bars: [.init(label: both("ASST " + text), value: IndicatorValue(numerator: 9, denominator: 12, unit: .percent), outcome: .met),
                   .init(label: both("ASST Lodi"), value: nil)],
            target: IndicatorValue(numerator: 80, denominator: 100, unit: .percent))
        let funnel = IndicatorPage.FunnelChart(title: both("PTI " + text), steps: [
            .init(label: both("activated " + text), count: 40), .init(label: both("shared"), count: 31),
            .init(label: both("signed"), count: 0),
        ])
        return IndicatorPage(
            title: both("Title " + text), subtitle: both("Subtitle " + text), language: language,
            sections: [IndicatorPage.Section(id: "asst " + text, title: both("Section " + text), subtitle: both("Sub " + text),
                                             rows: [row, median], charts: [.bars(bars), .funnel(funnel)]),
                       IndicatorPage.Section(id: "asst " + text, title: both("Again"), rows: [])],
            notComputable: [IndicatorPage.NotComputable(
                id: "LI21", name: both("Work " + text), printedValue: both("about a third " + text), precision: .approximate,
                citation: "seed 003 L702", reason: both("no work records " + text))],
            notes: [both("Note " + text)])
    }

    // MARK: Values

    @Test func valuesAreExactAndRoundedHalfUpOnlyWhenWritten() throws {
        let third = try #require(IndicatorValue(numerator: 1, denominator: 3, unit: .percent))
        #expect(third.rounded == (3333, 2))
        #expect(third.text(in: .italian) == "33,33%" && third.text(in: .english) == "33.33%")
        #expect(IndicatorValue(numerator: 2, denominator: 3, unit: .percent)?.text(in: .english) == "66.67%")
        #expect(IndicatorValue(numerator: 1, denominator: 8, unit: .percent)?.text(in: .english) == "12.5%")
        #expect(IndicatorValue(numerator: 17, denominator: 25, unit: .percent)?.text(in: .english) == "68%")
        #expect(IndicatorValue(numerator: 5, denominator: 6, unit: .ratio)?.text(in: .english) == "0.833")
        // Half up at the third decimal: 1/16 = 0.0625 gives 0.063.
        #expect(IndicatorValue(numerator: 1, denominator: 16, unit: .ratio)?.text(in: .italian) == "0,063")
        #expect(IndicatorValue.count(7, over: 2).text(in: .english) == "3.5")
        #expect(IndicatorValue.count(4).text(in: .english) == "4")
        #expect(IndicatorValue(numerator: 3, denominator: 0, unit: .percent) == nil)
        #expect(IndicatorValue(numerator: 1, denominator: -4, unit: .percent)?.text(in: .english) == "-25%")
    }

    // MARK: Escaping and self-containment

    @Test(arguments: [Language.italian, .english])
    func everyTextIsEscaped(language: Language) {
        let html = IndicatorPageHTML.render(Self.fullPage(language))
        #expect(!html.contains("<script"), "a text reached the page as markup")
        #expect(!html.contains("'x'") && !html.contains("\"q\""))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"))
        // Outside the text, `'` and `<` only as the renderer's own markup.
        #expect(!html.contains("'"), "an apostrophe left unescaped")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test func controlCharactersAreDropped() {
        #expect(Markup.escaped("a\u{1}b\u{7F}c\td\ne") == "abc\td\ne")
        #expect(Markup.escaped("it's") == "it's")
        #expect(Markup.escaped("it's", apostrophe: true) == "it&#39;s")
    }

    @Test func thePageHasNoExternalReference() {
        let html = IndicatorPageHTML.render(Self.fullPage(text: "plain"))
        for forbidden in ["http", "//", "src=", "url(", "@import", "<script", "<link", "<img", "<iframe", "xlink:href", " on"] {
            #expect(!html.lowercased().contains(forbidden), "found \(forbidden)")
        }
        // Links only to anchors of the page itself, and each anchor exists.
        var rest = Substring(html)
        var links = 0
        while let range = rest.range(of: "href=\"") {
            let value = rest[range.upperBound...].prefix { $0 != "\"" }
            #expect(value.hasPrefix("#"), "link \(value)")
            #expect(html.contains("id=\"\(value.dropFirst())\""), "no anchor \(value)")
            links += 1
            rest = rest[range.upperBound...]
        }
        #expect(links == 3, "two sections and the indicators not computable")
    }

    @Test func sectionAnchorsAreSanitisedAndUnique() {
        let html = IndicatorPageHTML.render(Self.fullPage(text: "x y"))
        #expect(html.contains("<section class=\"group\" id=\"asst-x-y\""))
        #expect(html.contains(" id=\"asst-x-y-2\" aria-labelledby=\"asst-x-y-2-title\""))
        #expect(html.contains("<section id=\"not-computable\""))
    }

    // MARK: Structure

    @Test func tablesAndChartsAreAccessible() {
        let page = Self.fullPage(.italian, text: "t")
        let html = IndicatorPageHTML.render(page)
        #expect(html.contains("<title>Title t</title>"))
        #expect(html.contains("<th scope=\"col\">Indicatore</th>") && html.contains("<th scope=\"row\">LI09t</th>"))
        // Two charts, each an image with a label in words and a title.
        #expect(html.components(separatedBy: "<svg class=\"chart\" role=\"img\" aria-label=\"").count == 3)
        #expect(html.contains("aria-label=\"LI18 Case manager t: ASST t 75%; ASST Lodi -\""))
        #expect(html.contains("aria-label=\"PTI t: activated t 40 (100%); shared 31 (77,5%); signed 0 (0%)\""))
        #expect(html.components(separatedBy: "</svg>").count == 3)
        // The median row: no counts, the value.
        #expect(html.contains("<th scope=\"row\">LI07</th><td>Median</td><td class=\"num\">-</td><td class=\"num\">-</td><td class=\"num\">3,5</td>"))
        // Outcome written, not only coloured; audit records behind a <details>.
        #expect(html.contains(">non raggiunto</td>"))
        #expect(html.contains("<summary>Record del numeratore (2)</summary>"))
        #expect(html.contains("<td>circa un terzo t</td>") == false, "the printed value is the page's, not translated")
        #expect(html.contains("<td>about a third t</td><td>approssimato</td>"))
        #expect(page.indicatorIDs == ["LI09t", "LI07", "LI18", "LI21"])
        for id in page.indicatorIDs { #expect(html.contains(">\(id)<")) }
    }

    @Test func barsAreToScaleWithTheTargetAcross() {
        let svg = IndicatorPageHTML.svg(Self.fullPage(text: "t").sections[0].charts[0], in: .english)
        // 75 % of the 214 units between 206 and 420 (160.5, rounded up); the target at 80 %: 206 + 171.
        #expect(svg.contains("<rect x=\"206\" y=\"25\" width=\"161\" height=\"18\" fill=\"#2e7d32\"/>"))
        #expect(svg.contains("x1=\"377\""))
        #expect(svg.contains(">standard 80%</text>"))
        // The bar with nothing to compute has no rectangle, only its dash.
        #expect(svg.components(separatedBy: "<rect").count == 2)
    }

    @Test func funnelStepsAreToTheScaleOfTheFirst() {
        let svg = IndicatorPageHTML.svg(Self.fullPage(text: "t").sections[0].charts[1], in: .english)
        // Bar area 206...420, centre 293, half-width 87: 40 -> 174 wide, 31 -> 135 (134.85), 0 -> 1.
        #expect(svg.contains("<rect x=\"206\" y=\"9\" width=\"174\""))
        #expect(svg.contains("<rect x=\"226\" y=\"35\" width=\"135\""))
        #expect(svg.contains("width=\"1\""))
        #expect(svg.contains(">31 (77.5%)</text>"))
    }
}
