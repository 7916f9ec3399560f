import Foundation
import Testing
import Sociosan
import SociosanJSON

/// The ImpleMENTAL indicator page built from the test vectors (activity and the 18 team
/// files), split by ASST: every indicator id is on it, computable or not, LI20-LI21 among the
/// computed ones, the PTI funnel is drawn per group, the operators by profile and training in
/// the whole file, the page refers to nothing outside itself, and a real browser renders it.
@Suite("ImpleMENTAL indicator page")
struct ImplementalIndicatorPageTests {
    static func page(_ language: Language, teams: Bool = true) throws -> IndicatorPage {
        let records = try ImplementalIndicatorTests.records()
        let report = try ImplementalTeamIndicatorTests.report(teams ? try ImplementalTeamIndicatorTests.teams() : [], records: records,
                                                              grouping: .asst, audit: true)
        return IndicatorPage(implemental: report, language: language, audit: true)
    }

    @Test func everyIndicatorIdIsOnThePageAndNothingOutsideIt() throws {
        let page = try Self.page(.english)
        #expect(Set(page.indicatorIDs) == Set(ImplementalIndicatorCatalogue.all.map(\.id)))
        // LI20-LI21 are rows, not in the list of the indicators not computed.
        let teamIDs = Set(ImplementalTeamIndicators.catalogue.map(\.id))
        #expect(Set(page.sections[0].rows.map(\.id)).isSuperset(of: teamIDs))
        #expect(page.notComputable.allSatisfy { !teamIDs.contains($0.id) })
        #expect(page.sections[0].rows.first { $0.id == "LI20a" }?.numerator == 179)
        // The whole file, the 18 ASSTs of the team files (three with patients), the comparison.
        #expect(page.sections.map(\.id) == ["group-all"] + ImplementalASST.allCases.map(\.rawValue).sorted().map { "group-" + $0 } + ["comparison"])
        let charts = page.sections[0].charts.compactMap { chart -> String? in
            if case .bars(let bars) = chart { return bars.title.english }
            return nil
        }
        #expect(charts == ["Active operators by profession (Figure 13)", "Operators between training and implementation (Figure 12)"])
        // Without team files LI20-LI21 are listed as not computed, saying what they need.
        let without = try Self.page(.english, teams: false)
        #expect(Set(without.notComputable.map(\.id)).isSuperset(of: teamIDs))
        #expect(without.notComputable.first { $0.id == "LI20a" }?.reason?.english.contains("--teams") == true)
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
