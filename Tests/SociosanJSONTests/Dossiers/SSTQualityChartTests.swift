import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import Sociosan
import SociosanJSON

/// The SVG chart of the SST quality profile: valid XML, every criterion once in the quadrant its
/// scores give, on the right side of the threshold lines; and, where Chromium is installed,
/// what a real browser renders of it.
@Suite("SST quality chart (SVG)")
struct SSTQualityChartTests {
    static let fixtures = fixtureFiles(kind: "er.sst.quality-profile", "valid")

    static func profile(_ file: URL) throws -> SSTQualityProfile {
        try SSTQualityProfile.decode(jsonText: String(contentsOf: file, encoding: .utf8))
    }

    /// What the parser keeps of the chart: the points, the threshold lines, the quadrant labels.
    final class ChartReader: NSObject, XMLParserDelegate {
        struct Point { let criterion: String; let quadrant: String; var x = 0.0; var y = 0.0; var label = "" }
        var points: [Point] = []
        var thresholds: [String: (x1: Double, y1: Double, x2: Double, y2: Double)] = [:]
        var quadrantLabels: [String: String] = [:]
        var openQuadrantLabel: String?
        var inPoint = false, inPointText = false
        var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let number = { (key: String) in Double(attributes[key] ?? "") ?? .nan }
            switch name {
            case "g" where attributes["class"] == "criterion":
                points.append(Point(criterion: attributes["data-criterion"] ?? "", quadrant: attributes["data-quadrant"] ?? ""))
                inPoint = true
            case "circle" where inPoint:
                points[points.count - 1].x = number("cx")
                points[points.count - 1].y = number("cy")
            case "text" where inPoint:
                inPointText = true
                text = ""
            case "text" where attributes["class"] == "quadrant-label":
                openQuadrantLabel = attributes["data-quadrant"]
                text = ""
            case "line":
                if let id = attributes["id"] { thresholds[id] = (number("x1"), number("y1"), number("x2"), number("y2")) }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text" && inPointText { points[points.count - 1].label = text; inPointText = false }
            if name == "text", let quadrant = openQuadrantLabel { quadrantLabels[quadrant] = text; openQuadrantLabel = nil }
            if name == "g" { inPoint = false }
        }
    }

    static func read(_ svg: String) throws -> ChartReader {
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = ChartReader()
        parser.delegate = reader
        try #require(parser.parse(), "not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        return reader
    }

    @Test(arguments: fixtures)
    func everyCriterionAppearsOnceOnTheRightSideOfTheThresholds(file: URL) throws {
        let profile = try Self.profile(file)
        for language in [Language.italian, .english] {
            let chart = try Self.read(SSTQualityChart.svg(profile, in: language))
            let vertical = try #require(chart.thresholds["threshold-implementation"])
            let horizontal = try #require(chart.thresholds["threshold-importance"])
            #expect(vertical.x1 == vertical.x2 && horizontal.y1 == horizontal.y2)
            #expect(chart.points.map(\.criterion).sorted() == profile.judgements.map(\.criterion.rawValue).sorted(),
                    "each judged criterion once")
            for point in chart.points {
                let judgement = try #require(profile.judgements.first { $0.criterion.rawValue == point.criterion })
                let quadrant = profile.quadrant(of: judgement)
                #expect(point.quadrant == quadrant.rawValue && point.label == point.criterion)
                // A tie lies on the line and counts as high: right of or on the vertical line,
                // above or on the horizontal one (y grows downwards).
                #expect((point.x >= vertical.x1) == quadrant.isImplementationHigh, "\(point.criterion) x \(point.x)")
                #expect((point.y <= horizontal.y1) == quadrant.isImportanceHigh, "\(point.criterion) y \(point.y)")
            }
            for quadrant in SSTQuadrant.allCases {
                #expect(chart.quadrantLabels[quadrant.rawValue] == quadrant.label.text(in: language).uppercased())
            }
        }
    }

    @Test func fullProfileJudgesEveryCriterionWithAPlan() throws {
        let file = try #require(Self.fixtures.first { $0.lastPathComponent == "pianura-est-2026.json" })
        let report = SSTQualityReport(try Self.profile(file))
        #expect(report.unjudged.isEmpty)
        #expect(report.judgedPerCategory == [.process: 16, .output: 5, .outcome: 7])
        #expect(report.quadrantCounts == [.invest: 13, .consolidate: 9, .check: 4, .maintain: 2])
        #expect(report.actionFirst.allSatisfy { $0.planItem != nil })
        // E01 scores 3.00 for implementation, the threshold: consolidate (the tie).
        #expect(report.entries.first { $0.criterion.id == .e01 }?.quadrant == .consolidate)
        #expect(report.profile.survey?.responsePercent == 92)
    }

    @Test func aCriterionJudgedTwiceIsRefusedWhenRead() throws {
        let file = try #require(Self.fixtures.first)
        let text = try String(contentsOf: file, encoding: .utf8)
        let twice = text.replacingOccurrences(of: "\"criterion\": \"P02\",\n      \"category\"", with: "\"criterion\": \"P01\",\n      \"category\"")
        #expect(twice != text)
        #expect(throws: DossierDecodingError.self) { try SSTQualityProfile.decode(jsonText: twice) }
    }

    // MARK: A real browser

    @Test(.enabled(if: HeadlessChromium.isInstalled, "Chromium is not installed (apt-get install -y chromium): the chart is not rendered in a browser"))
    func chromiumRendersTheChartWithEveryLabel() throws {
        let file = try #require(Self.fixtures.first { $0.lastPathComponent == "pianura-est-2026.json" })
        let profile = try Self.profile(file)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-chart-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let svg = directory.appendingPathComponent("chart.svg")
        try SSTQualityChart.svg(profile, in: .english).write(to: svg, atomically: true, encoding: .utf8)
        let png = directory.appendingPathComponent("chart.png")

        let shot = try HeadlessChromium.run(["--screenshot=\(png.path)", "--window-size=1188,840", svg.absoluteString])
        #expect(shot.status == 0)
        let bytes = try Data(contentsOf: png)
        // The image is the window's size.
        let size = try #require(HeadlessChromium.pngSize(bytes), "not a PNG")
        #expect(size.width == 1188 && size.height == 840)
        #expect(bytes.count > 20_000, "a blank page compresses to a few kilobytes")

        // The DOM the browser built: every label is there as rendered text.
        let dom = try HeadlessChromium.run(["--dump-dom", svg.absoluteString])
        #expect(dom.status == 0)
        for judgement in profile.judgements { #expect(dom.output.contains(">\(judgement.criterion.rawValue)</text>")) }
        for quadrant in SSTQuadrant.allCases { #expect(dom.output.contains(quadrant.label.english.uppercased())) }
        #expect(dom.output.contains("Implementation") && dom.output.contains("Importance"))
    }
}
