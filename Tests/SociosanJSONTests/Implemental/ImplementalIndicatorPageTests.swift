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
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-implemental-\(getpid())-\(language.rawValue)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("implemental.html")
        try IndicatorPageHTML.render(page).write(to: file, atomically: true, encoding: .utf8)
        let png = directory.appendingPathComponent("implemental.png")
        let shot = try HeadlessChromium.run(["--screenshot=\(png.path)", "--window-size=1200,1600", file.absoluteString])
        #expect(shot.status == 0)
        let bytes = try Data(contentsOf: png)
        let size = try #require(HeadlessChromium.pngSize(bytes), "not a PNG")
        #expect(size.width == 1200 && size.height == 1600)
        #expect(bytes.count > 50_000, "a blank page compresses to a few kilobytes")
        if let keep = ProcessInfo.processInfo.environment["SOCIOSAN_SCREENSHOTS"] {
            try? FileManager.default.removeItem(atPath: keep + "/implemental-\(language.rawValue).png")
            try FileManager.default.copyItem(atPath: png.path, toPath: keep + "/implemental-\(language.rawValue).png")
        }
        let dom = try HeadlessChromium.run(["--dump-dom", file.absoluteString])
        #expect(dom.status == 0)
        let text = IndicatorPageBrowserTests.renderedText(dom.output)
        #expect(text.contains(page.title.text(in: language)))
        for id in page.indicatorIDs { #expect(text.contains(id), "\(id) not in the rendered text") }
        let lowered = dom.output.lowercased()
        for forbidden in ["http:", "https:", "//", "src=", "url(", "<script", "<link"] {
            #expect(!lowered.contains(forbidden), "found \(forbidden)")
        }
    }
}
