/// One structure type as data: which dossier kind it is, what it is called, which regulation
/// governs it and which staffing standard, rule prefix, indicator family and capacity unit go
/// with it. Code asks the row instead of switching over a closed list of types.
///
/// Rows are declared beside their regulation (``StructureType/rti`` in
/// `EmiliaRomagna/PsychiatricHospital`, ``StructureType/sicilyPsychiatricResidence24h`` in
/// `Sicily/Psychiatry`) and listed once in ``StructureType/all``.
///
/// ```swift
/// StructureType.rtp.kind                 // "er.psychiatry.rtp"
/// StructureType.rtp.ruleIDPrefix         // "er.rtp"
/// StructureType(kind: "er.psychiatry.general")?.disciplineCode   // "40.3"
/// ```
public struct StructureType: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The short code of the type, unique across regions (`"rti"`, `"sicily.residence-24h"`);
    /// activity records name the type by it.
    public let code: String
    /// The kind of the type's accreditation dossier.
    public let kind: DossierKind
    /// The Italian name as the regulation writes it, and an English rendering.
    public let label: LocalizedText
    public let region: Region
    /// The section of the regulation that governs the type.
    public let citation: Citation
    /// The hospital discipline code the regulation gives the type, when it gives one.
    public let disciplineCode: String?
    /// The id of the type's staffing standard in ``StaffingCatalogue``.
    public let staffingStandardID: String
    /// The first part of every rule id of the type (`er.rti` in `er.rti.rooms.max-beds`).
    public let ruleIDPrefix: String
    /// Which table of indicators the type reports, when it reports any.
    public let indicatorFamily: ERIndicatorFamily?
    /// What the type's capacity counts.
    public let capacityUnit: CapacityUnit

    public init(
        code: String, kind: DossierKind, label: LocalizedText, region: Region, citation: Citation,
        disciplineCode: String? = nil, staffingStandardID: String, ruleIDPrefix: String,
        indicatorFamily: ERIndicatorFamily? = nil, capacityUnit: CapacityUnit
    ) {
        self.code = code
        self.kind = kind
        self.label = label
        self.region = region
        self.citation = citation
        self.disciplineCode = disciplineCode
        self.staffingStandardID = staffingStandardID
        self.ruleIDPrefix = ruleIDPrefix
        self.indicatorFamily = indicatorFamily
        self.capacityUnit = capacityUnit
    }

    public var id: String { code }
    public var description: String { code }

    // Rows are identified by their code: two rows with one code are one type.
    public static func == (lhs: StructureType, rhs: StructureType) -> Bool { lhs.code == rhs.code }
    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// Every structure type this build knows, region by region, in catalogue order.
    public static let all: [StructureType] = ERPsychiatricStructureType.allCases.map(\.row) + [.sicilyPsychiatricResidence24h]
        + SicilyElderlyKinds.types + SicilyDisabilityKinds.types + SicilyMinorsKinds.types + SicilyAddictionKinds.types + [.sicilyGroupApartment]

    /// The type whose dossier kind is `kind`.
    public init?(kind: DossierKind) {
        guard let row = StructureType.all.first(where: { $0.kind == kind }) else { return nil }
        self = row
    }

    /// The type with the short code `code`.
    public init?(code: String) {
        guard let row = StructureType.all.first(where: { $0.code == code }) else { return nil }
        self = row
    }
}
