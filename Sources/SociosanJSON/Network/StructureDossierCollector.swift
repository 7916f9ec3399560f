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
        try DossierFiles.forEachDocument(atPath: path) { add($0) }
    }

    /// Adds one parsed dossier when it is of a registered structure kind and decodes.
    public mutating func add(_ document: JSONDocument) {
        guard let kind = document.root["kind"]?.stringValue, StructureKinds.kind(for: DossierKind(rawValue: kind)) != nil,
              let dossier = try? StructureDossier.decode(document: document)
        else { return }
        dossiers.append(dossier)
    }
}

/// The documents of a dossier file, for the collectors that judge dossiers together.
enum DossierFiles {
    /// Calls `body` with the document of a `.json` file, or with each parsed line of a `.jsonl`
    /// file. Text that is not JSON is skipped (the validator reports it); only a read failure
    /// is thrown.
    static func forEachDocument(atPath path: String, _ body: (JSONDocument) -> Void) throws(JSONInputError) {
        if path.hasSuffix(".jsonl") {
            var reader = try JSONLinesReader(path: path)
            while let record = try reader.next() {
                if case .success(let document) = record.result { body(document) }
            }
        } else {
            do {
                body(try JSONDocument.parse(contentsOfFile: path))
            } catch {
                if case .io = error { throw error }
            }
        }
    }
}
