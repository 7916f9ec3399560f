import Sociosan

/// JSON mapping of ``StaffedStructure``: kind `staffing.roster` (with `members`) or
/// `staffing.structure` (without), schema version 1, read and written by the kinds' field tables
/// (``StaffedStructure/fields(for:)``), so the schema, the canonical member order and the
/// decoder cannot disagree. Defaults are omitted in canonical output (`fullTimeHours` 36, no
/// conditions, contract `employee`).
extension StaffedStructure: JSONDossier {
    public static var kinds: [DossierKind] { [rosterKind, structureKind] }
    public var kind: DossierKind { roster == nil ? Self.structureKind : Self.rosterKind }
    public static var ruleSet: RuleSet<StaffedStructure> { StaffingRules.ruleSet }

    /// The network line's fast path first (``decodeNetworkLine(_:)``: a structure it vouches
    /// for, with nothing to report), else the kind's table, which reports.
    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> StaffedStructure? {
        if var (structure, idNode) = decodeNetworkLine(node), structure.kind == kind {
            structure.id = networkLineID(idNode)
            return structure
        }
        return decodeWithTable(from: node, kind: kind, context: &context)
    }

    /// The kind's table alone.
    static func decodeWithTable(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> StaffedStructure? {
        guard let table = fields(for: kind) else { return nil }
        return JSONFieldReader.readDossier(table, from: node, context: &context)
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        fields.writeMembers(of: self, to: &writer)
        writer.endObject()
    }
}

// MARK: - What the staffing tools read

extension StaffedStructure {
    /// The structure kind of `document`, when it is the accreditation dossier of one
    /// (``StructureKinds``); `nil` for any other document, and for an SPOI: its roster is in
    /// its own section, counted in establishment posts and judged by its own rules, not in the
    /// shared `staff` a staffing check reads (the staffing tools refuse it as not a roster).
    public static func structureKind(of document: JSONDocument) -> StructureKind? {
        guard document.root.kind == .object, let kind = document.root["kind"]?.stringValue,
              let found = StructureKinds.kind(for: DossierKind(rawValue: kind)), found.type != .spoi else { return nil }
        return found
    }

    /// The structure a staffing tool checks: a `staffing.roster` or `staffing.structure`
    /// dossier as it is, or the accreditation dossier of any structure kind through
    /// ``StaffedStructure/init(structure:)`` (its type row's standard, its beds, its roster).
    ///
    /// ```swift
    /// let structure = try StaffedStructure.decodeForStaffing(document: try JSONDocument.parse(contentsOfFile: path))
    /// let check = try StaffingCalculator.check(structure.roster!, against: structure.standard!, capacity: structure.capacity)
    /// ```
    public static func decodeForStaffing(document: JSONDocument) throws(DossierDecodingError) -> StaffedStructure {
        if structureKind(of: document) != nil {
            return StaffedStructure(structure: try StructureDossier.decode(document: document))
        }
        return try decode(document: document)
    }
}
