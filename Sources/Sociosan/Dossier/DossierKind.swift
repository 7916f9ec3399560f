/// The `"kind"` of a dossier: which regulation and which structure type it is about.
public struct DossierKind: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: DossierKind, rhs: DossierKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Emilia-Romagna, intensive hospital psychiatric service (SPOI), DGR 2000/2009.
    public static let spoi: DossierKind = "er.psychiatry.spoi"
}

/// What Sociosan knows of a dossier kind: its schema version, its title and its rules.
public struct DossierKindInfo: Sendable, Hashable, Identifiable {
    public let kind: DossierKind
    /// The newest `"schemaVersion"` this build reads and writes.
    public let schemaVersion: Int
    /// Every version this build reads (older versions stay readable).
    public let supportedVersions: ClosedRange<Int>
    public let title: LocalizedText
    /// The regulation text the kind covers.
    public let citation: Citation

    public var id: DossierKind { kind }

    public init(kind: DossierKind, schemaVersion: Int, supportedVersions: ClosedRange<Int>, title: LocalizedText, citation: Citation) {
        self.kind = kind
        self.schemaVersion = schemaVersion
        self.supportedVersions = supportedVersions
        self.title = title
        self.citation = citation
    }
}

/// Every dossier kind and every rule this build knows, for listing and for tests that
/// check the catalogue is complete.
public enum DossierCatalogue {
    public static let kinds: [DossierKindInfo] = [
        SPOIRules.kindInfo, StaffingRules.rosterKindInfo, StaffingRules.structureKindInfo,
        ActivityRules.kindInfo,
    ] + StructureKinds.afterSPOI.map(\.info) + DeclaredKinds.all.map { $0.kindInfo }

    public static func info(for kind: DossierKind) -> DossierKindInfo? {
        kinds.first { $0.kind == kind }
    }

    /// Every rule: the format rules first, then each kind's rules in their order.
    public static let rules: [RuleDescriptor] = FormatRules.all + SPOIRules.ruleSet.descriptors + StaffingRules.ruleSet.descriptors
        + ActivityRules.descriptors + StructureKinds.afterSPOI.flatMap { $0.rules.map(\.descriptor) }
        + ERNetworkRules.ruleSet.descriptors + DeclaredKinds.all.flatMap { $0.ruleDescriptors } + SicilyPlanningRules.ruleSet.descriptors
        + ImplementalActivityStreamCheck.descriptors

    public static func rules(for kind: DossierKind) -> [RuleDescriptor] {
        rules.filter { $0.kinds.isEmpty || $0.kinds.contains(kind) }
    }

    public static func rule(_ id: RuleID) -> RuleDescriptor? {
        rules.first { $0.id == id }
    }
}
