import Sociosan

/// Gathers an ``ERPsychiatricNetwork`` from dossier files, for the network rules of seed 002
/// (``ERNetworkRules``): every SPOI dossier (`er.psychiatry.spoi`) and, from activity files
/// (`er.psychiatry.activity`), the DSM-DP share of each SPOI's bed-days.
///
/// Lines that are not JSON, or not a dossier of those kinds, or that do not decode, are
/// skipped here: `sociosan validate` reports them on their own. Activity lines are tallied
/// as they are read (one entry per SPOI and year), so an activity file of any length is read
/// in constant memory.
///
/// ```swift
/// var collector = ERNetworkCollector()
/// try collector.addFile(atPath: "spoi-bologna.json")
/// try collector.addFile(atPath: "activity-2025.jsonl")
/// let findings = ERNetworkRules.ruleSet.evaluate(collector.network)
/// ```
public struct ERNetworkCollector: Sendable {
    private var spoi: [StructureDossier] = []
    private var shares = ERReferralShareTally()

    public init() {}

    /// The network gathered so far.
    public var network: ERPsychiatricNetwork {
        ERPsychiatricNetwork(spoi: spoi, referralShares: shares.shares)
    }

    /// Reads a `.json` file (one dossier) or a `.jsonl` file (one dossier a line).
    public mutating func addFile(atPath path: String) throws(JSONInputError) {
        try DossierFiles.forEachDocument(atPath: path) { add($0) }
    }

    /// Adds one parsed dossier when it is a SPOI dossier or an SPOI stay.
    public mutating func add(_ document: JSONDocument) {
        guard let kind = document.root["kind"]?.stringValue else { return }
        switch DossierKind(rawValue: kind) {
        case .spoi:
            if let dossier = try? StructureDossier.decode(document: document) { spoi.append(dossier) }
        case .psychiatryActivity:
            if case .stay(let stay)? = try? ActivityRecord.decode(document: document) { shares.add(stay) }
        default:
            break
        }
    }
}
