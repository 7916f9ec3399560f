/// The importance by implementation chart of a quality profile as SVG (seed 001 L438-L473):
/// implementation across ("Attuazione", L465), importance up ("Importanza", L467-L473), the
/// two thresholds as the quadrant lines, the four quadrants labelled as the seed labels them
/// (INVESTIRE top left, CONSOLIDARE top right, CONTROLLARE bottom left, MANTENERE bottom
/// right, L441-L463), and one labelled point per judged criterion.
///
/// The drawing is A4 landscape (297 × 210 mm, 4 user units a millimetre): the smallest text
/// is 4.5 mm high (about 13 pt), readable on paper. Each point is a `<g class="criterion">`
/// with `data-criterion` and `data-quadrant`, so that a program can find it again.
///
/// ```swift
/// let svg = SSTQualityChart.svg(profile, in: .english)
/// ```
public enum SSTQualityChart {
    static let width = 1188, height = 840
    static let left = 150, right = 1140, top = 110, bottom = 700
    static let pointFont = 18, labelHeight = 20

    /// The chart as a standalone SVG document (UTF-8 text, final newline).
    public static func svg(_ profile: SSTQualityProfile, in language: Language) -> String {
        let importance = profile.importance, implementation = profile.implementation
        func x(_ score: Int) -> Int { scaled(score, implementation, from: left, to: right) }
        func y(_ score: Int) -> Int { scaled(score, importance, from: bottom, to: top) }
        let thresholdX = x(implementation.effectiveThreshold), thresholdY = y(importance.effectiveThreshold)
        let t = { (text: LocalizedText) in escape(text.text(in: language)) }

        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="297mm" height="210mm" viewBox="0 0 \(width) \(height)" \
            font-family="DejaVu Sans, Arial, Helvetica, sans-serif" lang="\(language == .italian ? "it" : "en")">

            """
        out += "<rect x=\"0\" y=\"0\" width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>\n"
        let title = LocalizedText(it: "Importanza e grado di attuazione dei criteri di qualità",
                                  en: "Importance and degree of implementation of the quality criteria")
        out += "<text x=\"\(left)\" y=\"44\" font-size=\"26\" font-weight=\"bold\">\(t(title))</text>\n"
        let subtitle = "\(profile.territory.district) (\(profile.territory.province.rawValue)), "
            + MessageArgument.date(profile.assessedOn).text(in: language)
        out += "<text x=\"\(left)\" y=\"80\" font-size=\"20\">\(escape(subtitle))</text>\n"

        // Quadrant backgrounds and labels, the seed's layout.
        let quadrants: [(SSTQuadrant, Int, Int, Int, Int, String)] = [
            (.invest, left, top, thresholdX, thresholdY, "#fde2e1"),
            (.consolidate, thresholdX, top, right, thresholdY, "#e0f0e3"),
            (.check, left, thresholdY, thresholdX, bottom, "#fdf3d8"),
            (.maintain, thresholdX, thresholdY, right, bottom, "#e3ecf8"),
        ]
        for (quadrant, x0, y0, x1, y1, colour) in quadrants where x1 > x0 && y1 > y0 {
            out += "<rect class=\"quadrant\" data-quadrant=\"\(quadrant.rawValue)\" x=\"\(x0)\" y=\"\(y0)\" width=\"\(x1 - x0)\" "
                + "height=\"\(y1 - y0)\" fill=\"\(colour)\"/>\n"
        }
        // Point labels keep clear of the quadrant labels and of the threshold lines.
        var placed: [(Int, Int, Int, Int)] = [
            (left, thresholdY - 4, right, thresholdY + 4), (thresholdX - 4, top, thresholdX + 4, bottom),
        ]
        for (quadrant, x0, y0, x1, y1, _) in quadrants {
            let centre = (x0 + x1) / 2
            let baseline = quadrant.isImportanceHigh ? y0 + 36 : y1 - 34
            let name = t(quadrant.label).uppercased(), reading = t(quadrant.reading)
            out += "<text class=\"quadrant-label\" data-quadrant=\"\(quadrant.rawValue)\" x=\"\(centre)\" y=\"\(baseline)\" "
                + "font-size=\"30\" font-weight=\"bold\" fill=\"#555555\" fill-opacity=\"0.55\" text-anchor=\"middle\">"
                + "\(name)</text>\n"
            out += "<text x=\"\(centre)\" y=\"\(baseline + 22)\" font-size=\"17\" fill=\"#555555\" fill-opacity=\"0.75\" "
                + "text-anchor=\"middle\">\(reading)</text>\n"
            // About 0.6 em a character for the reading, 0.75 em for the bold capitals.
            let half = max(name.count * 30 * 3 / 8, reading.count * 17 * 3 / 10)
            placed.append((centre - half, baseline - 28, centre + half, baseline + 28))
        }

        // Frame, ticks, axis titles.
        out += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(right - left)\" height=\"\(bottom - top)\" fill=\"none\" stroke=\"#333333\" stroke-width=\"2\"/>\n"
        for value in implementation.minimum...implementation.maximum {
            out += "<text x=\"\(x(value * 100))\" y=\"\(bottom + 28)\" font-size=\"18\" text-anchor=\"middle\">\(value)</text>\n"
        }
        for value in importance.minimum...importance.maximum {
            out += "<text x=\"\(left - 14)\" y=\"\(y(value * 100) + 6)\" font-size=\"18\" text-anchor=\"end\">\(value)</text>\n"
        }
        let across = LocalizedText(it: "Attuazione", en: "Implementation"), up = LocalizedText(it: "Importanza", en: "Importance")
        out += "<text x=\"\((left + right) / 2)\" y=\"\(bottom + 62)\" font-size=\"22\" font-weight=\"bold\" text-anchor=\"middle\">"
            + "\(t(across)): \(t(implementation.source.label))</text>\n"
        let middle = (top + bottom) / 2
        out += "<text x=\"70\" y=\"\(middle)\" font-size=\"22\" font-weight=\"bold\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 70 \(middle))\">\(t(up)): \(t(importance.source.label))</text>\n"

        // The thresholds: the quadrant lines.
        out += "<line id=\"threshold-implementation\" data-threshold=\"\(implementation.effectiveThreshold)\" x1=\"\(thresholdX)\" "
            + "y1=\"\(top)\" x2=\"\(thresholdX)\" y2=\"\(bottom)\" stroke=\"#333333\" stroke-width=\"3\" stroke-dasharray=\"12 6\"/>\n"
        out += "<line id=\"threshold-importance\" data-threshold=\"\(importance.effectiveThreshold)\" x1=\"\(left)\" "
            + "y1=\"\(thresholdY)\" x2=\"\(right)\" y2=\"\(thresholdY)\" stroke=\"#333333\" stroke-width=\"3\" stroke-dasharray=\"12 6\"/>\n"

        // The points; labels placed where they cover no point and no earlier label.
        for judgement in profile.judgements {
            let px = x(judgement.implementation), py = y(judgement.importance)
            placed.append((px - 7, py - 7, px + 7, py + 7))
        }
        for judgement in profile.judgements.sorted(by: { $0.criterion < $1.criterion }) {
            let px = x(judgement.implementation), py = y(judgement.importance)
            let quadrant = profile.quadrant(of: judgement)
            let label = judgement.criterion.rawValue
            let labelWidth = pointFont * 2
            var box = (px + 10, py - 10, px + 10 + labelWidth, py + 8)
            var rank = 0
            let candidates = [(10, 6), (-10 - labelWidth, 6), (-labelWidth / 2, -12), (-labelWidth / 2, 26),
                              (10, 26), (-10 - labelWidth, 26), (10, -14), (-10 - labelWidth, -14),
                              (10, 46), (-10 - labelWidth, 46), (10, -34), (-10 - labelWidth, -34),
                              (-labelWidth / 2, 46), (-labelWidth / 2, -32), (10, 66), (-10 - labelWidth, 66)]
            for (index, (dx, dy)) in candidates.enumerated() {
                let candidate = (px + dx, py + dy - 16, px + dx + labelWidth, py + dy + 2)
                (box, rank) = (candidate, index)
                if !placed.contains(where: { overlaps($0, candidate) }) { break }
            }
            placed.append(box)
            out += "<g class=\"criterion\" data-criterion=\"\(label)\" data-quadrant=\"\(quadrant.rawValue)\">"
            out += "<circle cx=\"\(px)\" cy=\"\(py)\" r=\"6\" fill=\"#1f3b73\"/>"
            if rank >= 4 {
                // A label set away from its point is tied to it by a thin leader line.
                let tx = min(max(px, box.0), box.2), ty = min(max(py, box.1), box.3)
                out += "<line x1=\"\(px)\" y1=\"\(py)\" x2=\"\(tx)\" y2=\"\(ty)\" stroke=\"#1f3b73\" stroke-width=\"1.5\"/>"
            }
            out += "<text x=\"\(box.0)\" y=\"\(box.3 - 2)\" font-size=\"\(pointFont)\" font-weight=\"bold\" fill=\"#1f3b73\">\(label)</text>"
            out += "</g>\n"
        }

        let note = LocalizedText(
            it: "Soglie: importanza {0}, attuazione {1}; un punteggio uguale alla soglia conta come alto.",
            en: "Thresholds: importance {0}, implementation {1}; a score equal to the threshold counts as high.")
        let noteText = note.render([.text(decimal(importance.effectiveThreshold, in: language)),
                                    .text(decimal(implementation.effectiveThreshold, in: language))], in: language)
        let source = LocalizedText(it: "Fonte: ASSR Emilia-Romagna, profilo di qualità del servizio sociale territoriale.",
                                   en: "Source: ASSR Emilia-Romagna, quality profile of the territorial social service.")
        out += "<text x=\"\(left)\" y=\"\(height - 40)\" font-size=\"17\">\(escape(noteText))</text>\n"
        out += "<text x=\"\(left)\" y=\"\(height - 14)\" font-size=\"17\">\(t(source))</text>\n"
        out += "</svg>\n"
        return out
    }

    /// Hundredths with two decimals, as the language writes them: `3,00` / `3.00`.
    public static func decimal(_ hundredths: Int, in language: Language) -> String {
        let sign = hundredths < 0 ? "-" : "", value = abs(hundredths)
        let cents = value % 100
        return "\(sign)\(value / 100)\(language == .italian ? "," : ".")\(cents < 10 ? "0" : "")\(cents)"
    }

    /// A score (hundredths) on the dimension's scale, as a coordinate between `from` and `to`.
    static func scaled(_ score: Int, _ dimension: SSTJudgementDimension, from: Int, to: Int) -> Int {
        let span = max((dimension.maximum - dimension.minimum) * 100, 1)
        let clamped = min(max(score - dimension.minimum * 100, 0), span)
        return from + (to - from) * clamped / span
    }

    static func overlaps(_ a: (Int, Int, Int, Int), _ b: (Int, Int, Int, Int)) -> Bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    /// Text for XML character data and attribute values.
    static func escape(_ text: String) -> String { Markup.escaped(text) }
}
