import Foundation
import Sociosan
import SociosanJSON

/// The input of the `exchange-view-10k` benchmark (issue 13): one `er.addiction.placement`
/// with many exchange records, and the view `sociosan exchange view` makes of it.
///
/// The placement is the Ferrara fixture (`placement-fe-2025-0031.json`: every phase, all 12
/// dimensions, a consent, the two senders' grants in the dossier, so that every rule has work
/// to do) with its 11 exchanges repeated, in order, until there are `count`: exchange `i` is
/// template `i % 11` with the id `x00000`-style `i` and, when the template has reports
/// attached, the report reference suffixed with `i` (a new report each time, as a real
/// exchange log has). The result depends only on `count`, is valid (no error finding) and is
/// written pretty, as `sociosan` writes dossiers: about 5 MB for 10,000 exchanges.
///
/// The view is by `op-ct-ponte-05`, the Il Ponte educator of `access/grants.json`, on
/// 2025-11-10: a partial view (the matrix allows an educator some dimensions only), so the
/// exchanges are cut, some kept whole, some trimmed, some left out.
///
/// ```swift
/// let bytes = ExchangeCorpus.placement(exchanges: 10_000)
/// let view = ExchangeCorpus.view(bytes, access: ExchangeCorpus.Access.load())
/// ```
public enum ExchangeCorpus {
    /// The repository's fixtures of the kind, from this file's place (Benchmarks/Sources/ExchangeCorpus/).
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/er.addiction.placement")

    static func read(_ relative: String) -> [UInt8] {
        let path = fixtures.appendingPathComponent(relative).path
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        return Array(data)
    }

    /// The placement's JSON text (pretty, final newline) with `count` exchange records.
    public static func placement(exchanges count: Int) -> [UInt8] {
        let template = try! ERAddictionPlacement.decode(document: try! JSONDocument.parse(read("valid/placement-fe-2025-0031.json")))
        var placement = template
        placement.exchanges = (0..<count).map { index in
            var exchange = template.exchanges[index % template.exchanges.count]
            exchange.id = "x" + String(repeating: "0", count: max(0, 5 - String(index).count)) + String(index)
            exchange.attachments = exchange.attachments.map { "\($0)-\(index)" }
            return exchange
        }
        return placement.encoded()
    }

    /// What a view needs beside the placement: the grants file, the operator and the day.
    public struct Access: Sendable {
        public let grants: [ERAddictionGrant]
        public let operatorCode: StructureID
        public let day: LocalDate

        public static func load() -> Access {
            let grants = try! ERAddictionExchangeFiles.grants(document: try! JSONDocument.parse(read("access/grants.json")))
            return Access(grants: grants, operatorCode: try! StructureID("op-ct-ponte-05"), day: LocalDate(year: 2025, month: 11, day: 10)!)
        }
    }

    /// `sociosan exchange view --format json` minus reading the files and printing: parse,
    /// decode, the checks that stop an access, the decision, the view's bytes.
    public static func view(_ bytes: [UInt8], access: Access) -> [UInt8] {
        let document = try! JSONDocument.parse(bytes)
        let placement = try! ERAddictionPlacement.decode(document: document)
        precondition(ERAddictionPlacementRules.findingsStoppingAccess(placement).isEmpty, "the generated placement is not valid")
        let decision = ERAddictionAccess.decide(placement, operator: access.operatorCode, grants: access.grants, on: access.day, purpose: .view)
        precondition(!decision.refusedWhole && !decision.refusals.isEmpty, "the benchmark's view should be partial")
        return ERAddictionExchangeFiles.encode(view: decision, placement: placement, in: .english)
    }

    /// The view as it was made before issue 13's work: every rule run, the cut placement
    /// built with `keeping(_:)` and written through the field table (here beside the decision
    /// written alone, which costs little: the "before" figure of `exchange-profile
    /// view-before`). Returns the decision's bytes and the cut placement's.
    public static func viewAsBefore(_ bytes: [UInt8], access: Access) -> (decision: [UInt8], placement: [UInt8]) {
        let document = try! JSONDocument.parse(bytes)
        let placement = try! ERAddictionPlacement.decode(document: document)
        let found = ERAddictionPlacement.declaration.ruleSet.evaluate(placement)
        precondition(!found.contains { $0.severity == .error }, "the generated placement is not valid")
        let decision = ERAddictionAccess.decide(placement, operator: access.operatorCode, grants: access.grants, on: access.day, purpose: .view)
        return (ERAddictionExchangeFiles.encode(decision: decision, in: .english), placement.keeping(Set(decision.allowed)).encoded())
    }

    /// Whether the fast path writes the cut placement byte for byte as before.
    public static func check(_ bytes: [UInt8], access: Access) -> Bool {
        let placement = try! ERAddictionPlacement.decode(document: try! JSONDocument.parse(bytes))
        let decision = ERAddictionAccess.decide(placement, operator: access.operatorCode, grants: access.grants, on: access.day, purpose: .view)
        return ERAddictionExchangeFiles.encode(placement: placement, keeping: decision.allowed) == viewAsBefore(bytes, access: access).placement
    }

    /// The floor: jansson's parse of the same bytes, nothing else.
    public static func janssonParse(_ bytes: [UInt8]) -> Int {
        try! JSONDocument.parse(bytes).root.count
    }
}
