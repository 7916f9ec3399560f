import Sociosan

/// Gathers the structure dossiers of every registered kind (``StructureKinds``) from files, for
/// the rules that judge dossiers together (the Sicilian planning figures of seed 004 §6.1,
/// ``SicilyPlanningRules``). It knows no kind by name: a dossier whose `"kind"` is a registered
/// structure kind is decoded, everything else is left to the validator.
///
/// Lines that are not JSON, not a structure dossier, or that do not decode, are skipped here:
/// `sociosan validate` reports them on their own.
///
/// ```swift
/// var collector = StructureDossierCollector()
/// try collector.addFile(atPath: "Fixtures/sicily.psychiatry.residence-24h/valid/srp-pa-casa-aurora.json")
/// let area = SicilyPlanningArea(province: .palermo, inhabitants: 1_208_991, dossiers: collector.dossiers)
/// ```
public struct StructureDossierCollector: Sendable {
    /// The structure dossiers read so far, in the order given.
    public private(set) var dossiers: [StructureDossier] = []

    public init() {}

    /// Reads a `.json` file (one dossier) or a `.jsonl` file (one dossier a line).
    public mutating func addFile(atPath path: String) throws(JSONInputError) {
        if path.hasSuffix(".jsonl") {
            var reader = try JSONLinesReader(path: path)
            while let record = try reader.next() {
                if case .success(let document) = record.result { add(document) }
            }
        } else {
            do {
                add(try JSONDocument.parse(contentsOfFile: path))
            } catch {
                // A syntax error is the validator's finding; only a read failure stops here.
                if case .io = error { throw error }
            }
        }
    }

    /// Adds one parsed dossier when it is of a registered structure kind and decodes.
    public mutating func add(_ document: JSONDocument) {
        guard let kind = document.root["kind"]?.stringValue, StructureKinds.kind(for: DossierKind(rawValue: kind)) != nil,
              let dossier = try? StructureDossier.decode(document: document)
        else { return }
        dossiers.append(dossier)
    }
}
