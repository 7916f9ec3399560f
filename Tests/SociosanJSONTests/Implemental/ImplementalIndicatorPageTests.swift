import Foundation
import Testing
import Sociosan
import SociosanJSON

/// The ImpleMENTAL indicator page built from the test vector, split by ASST: every indicator
/// id is on it, computable or not, the PTI funnel is drawn per group, the page refers to
/// nothing outside itself, and a real browser renders it.
@Suite("ImpleMENTAL indicator page")
struct ImplementalIndicatorPageTests {
    static func page(_ language: Language) throws -> IndicatorPage {
        let records = try ImplementalIndicatorTests.records()
        let report = ImplementalIndicatorTests.report(records, grouping: .asst, audit: true)
        return IndicatorPage(implemental: report, language: language, audit: true)
    }

    @Test func everyIndicatorIdIsOnThePageAndNothingOutsideIt() throws {
        let page = try Self.page(.english)
        #expect(Set(page.indicatorIDs) == Set(ImplementalIndicatorCatalogue.all.map(\.id)))
        // The whole file, the three ASSTs, the comparison.
        #expect(page.sections.map(\.id) == ["group-all", "group-brescia", "group-lecco", "group-niguarda", "comparison"])
        let funnel = try #require(page.sections[0].charts.compactMap { chart -> IndicatorPage.FunnelChart? in
            if case .funnel(let funnel) = chart { return funnel }
            return nil
        }.first)
        #expect(funnel.steps.map(\.count) == [60, 40, 15, 9])
        let html = IndicatorPageHTML.render(page)
        for id in page.indicatorIDs { #expect(html.contains(id), "\(id)") }
        #expect(html.contains("68%"))
        let lowered = html.lowercased()
        for forbidden in ["http:", "https:", "src=", "url(", "<script", "<link"] {
            #expect(!lowered.contains(forbidden), "found \(forbidden)")
        }
    }

    @Test(.enabled(if: HeadlessChromium.isInstalled, "Chromium is not installed (apt-get install -y chromium): the page is not rendered in a browser"),
          arguments: [Language.italian, .english])
    func chromiumRendersEveryIndicator(language: Language) throws {
        let page = try Self.page(language)
        let shot = try HeadlessChromium.shoot(html: IndicatorPageHTML.render(page), name: "implemental-\(language.rawValue)")
        #expect(shot.screenshotStatus == 0 && shot.domStatus == 0)
        let size = try #require(HeadlessChromium.pngSize(shot.screenshot), "not a PNG")
        #expect(size.width == 1200 && size.height == 1600)
        #expect(shot.screenshot.count > 50_000, "a blank page compresses to a few kilobytes")
        let text = IndicatorPageBrowserTests.renderedText(shot.dom)
        #expect(text.contains(page.title.text(in: language)))
        for id in page.indicatorIDs { #expect(text.contains(id), "\(id) not in the rendered text") }
        let lowered = shot.dom.lowercased()
        for forbidden in ["http:", "https:", "//", "src=", "url(", "<script", "<link"] {
            #expect(!lowered.contains(forbidden), "found \(forbidden)")
        }
    }
}
