import Foundation
import Testing
import Sociosan
import SociosanJSON

/// The Emilia-Romagna indicator page built from the bundled activity fixtures, as a real
/// browser renders it: every indicator id is in the page's rendered text, the screenshot is
/// not blank, and the page refers to nothing outside itself.
@Suite("Indicator page in a browser")
struct IndicatorPageBrowserTests {
    /// Every valid activity fixture, read into one calculator (history kept: the files are
    /// each in admission order, not all five together).
    static func results() throws -> [ERIndicatorResult] {
        var calculator = ERIndicatorCalculator(audit: true, pruneHistory: false)
        for file in fixtureFiles(kind: .psychiatryActivity, "valid") {
            try ActivityReader.forEach(path: file.path) { line in
                if let record = line.record { calculator.add(record) }
            }
        }
        return calculator.results()
    }

    /// The text a reader sees: the DOM with its tags, `<style>` and `<title>` elements removed.
    static func renderedText(_ dom: String) -> String {
        var text = dom
        for element in ["style", "title"] {
            while let open = text.range(of: "<\(element)"), let close = text.range(of: "</\(element)>", range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var out = "", inTag = false
        for character in text {
            if character == "<" { inTag = true } else if character == ">" { inTag = false; out.append(" ") } else if !inTag { out.append(character) }
        }
        return out
    }

    @Test func thePageHoldsEveryResultOfTheFixtures() throws {
        let results = try Self.results()
        let page = IndicatorPage(emiliaRomagna: results, lines: 68, language: .english, audit: true)
        // 27 indicators of the five tables, each in at least one structure's table.
        let ids = Set(results.map(\.indicator.id))
        #expect(ids.count == 27 && Set(page.indicatorIDs) == ids)
        #expect(page.sections.flatMap(\.rows).count == results.count)
        let html = IndicatorPageHTML.render(page)
        // The CLI's own figures for spoi-bo-maggiore 2025 (83.33 % not met) and the residences' ratio.
        #expect(html.contains("<th scope=\"row\">spoi-ind-1</th><td>Use of recognised diagnostic criteria (ICD-DSM)</td>"
            + "<td class=\"num\">5</td><td class=\"num\">6</td><td class=\"num\">83.33%</td>"))
        #expect(html.contains("<td class=\"num\">0.833</td>"))
        #expect(html.contains("<section class=\"charts\" id=\"comparison-2025\""))
        #expect(html.contains("<summary>Numerator records (1)</summary><p class=\"records\">spoi-bo-2025-002</p>"))
    }

    @Test(.enabled(if: HeadlessChromium.isInstalled, "Chromium is not installed (apt-get install -y chromium): the page is not rendered in a browser"),
          arguments: [Language.italian, .english])
    func chromiumRendersEveryIndicator(language: Language) throws {
        let page = IndicatorPage(emiliaRomagna: try Self.results(), lines: 68, language: language, audit: true)
        let shot = try HeadlessChromium.shoot(html: IndicatorPageHTML.render(page), name: "indicators-\(language.rawValue)")
        #expect(shot.screenshotStatus == 0 && shot.domStatus == 0)
        let size = try #require(HeadlessChromium.pngSize(shot.screenshot), "not a PNG")
        #expect(size.width == 1200 && size.height == 1600)
        #expect(shot.screenshot.count > 50_000, "a blank page compresses to a few kilobytes")
        let text = Self.renderedText(shot.dom)
        #expect(text.contains(page.title.text(in: language)))
        for id in page.indicatorIDs { #expect(text.contains(id), "\(id) not in the rendered text") }
        // The browser's DOM has no reference outside the page, and draws every chart.
        let lowered = shot.dom.lowercased()
        for forbidden in ["http:", "https:", "//", "src=", "url(", "<script", "<link"] {
            #expect(!lowered.contains(forbidden), "found \(forbidden)")
        }
        let charts = page.sections.reduce(0) { $0 + $1.charts.count }
        #expect(charts > 20 && shot.dom.components(separatedBy: "<svg class=\"chart\" role=\"img\"").count == charts + 1)
    }
}
