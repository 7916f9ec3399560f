/// What only the residences' dossiers carry (RTI, RTI specialistica, RTP; seed 002 L836-L1511).
/// The RTI specialistica has one, with its specialty; the RTI and the RTP have none (`nil`).
///
/// ```swift
/// let section = ERResidenceSection(specialist: ERRTISpecialist(subtype: .dualDiagnosis, dedicatedBeds: 6))
/// ```
public struct ERResidenceSection: Sendable, Hashable {
    /// The specialty of an RTI specialistica; `nil` for the RTI and the RTP.
    public var specialist: ERRTISpecialist?

    public init(specialist: ERRTISpecialist? = nil) {
        self.specialist = specialist
    }
}

/// The specialty of an RTI specialistica and the beds dedicated to it, which "devono essere
/// dichiarate e concordate con il DSM-DP committente" (L1019-L1021).
public struct ERRTISpecialist: Sendable, Hashable {
    public var subtype: ERRTISpecialistSubtype
    /// What the specialty is; required for ``ERRTISpecialistSubtype/other``.
    public var description: String?
    /// Beds dedicated to specialist placements, declared and agreed with the commissioning DSM-DP.
    public var dedicatedBeds: Int

    public init(subtype: ERRTISpecialistSubtype, description: String? = nil, dedicatedBeds: Int) {
        self.subtype = subtype
        self.description = description
        self.dedicatedBeds = dedicatedBeds
    }
}

/// The specialties of an RTI specialistica. Decision: the three the seed names
/// ("doppia diagnosi, minori e psicogeriatria", L879, L1020) and `other` for its "ecc."
/// (L1020), which must say what it is; eating disorders (a complex pathway of L965, not a
/// named RTI specialty) go under `other`.
public enum ERRTISpecialistSubtype: String, Sendable, Hashable, CaseIterable {
    case dualDiagnosis = "dual-diagnosis"
    case minors
    case psychogeriatrics
    case other

    public var label: LocalizedText {
        switch self {
        case .dualDiagnosis: return LocalizedText(it: "doppia diagnosi", en: "dual diagnosis")
        case .minors: return LocalizedText(it: "minori", en: "minors")
        case .psychogeriatrics: return LocalizedText(it: "psicogeriatria", en: "psychogeriatrics")
        case .other: return LocalizedText(it: "altro", en: "other")
        }
    }
}

extension ERRTISpecialist: StructureSection {
    public static let member = "specialist"
    public static let summary = "The specialty of an RTI specialistica (L836-L1511, A-18)."
    public static let fields = FieldTable(blank: ERRTISpecialist(subtype: .other, dedicatedBeds: 0), [
        .required("subtype", \.subtype, ValueCodecs.code(ERRTISpecialistSubtype.self)),
        .optional("description", \.description, ValueCodecs.string(nonEmpty: false), summary: "What the specialty is; required for subtype other (A-18)."),
        .required("dedicatedBeds", \.dedicatedBeds, ValueCodecs.integer(1...1000)),
    ])
}

extension StructureDossier {
    /// The residences' own section: the specialty of an RTI specialistica; `nil` for the RTI, the
    /// RTP and other families.
    public var residence: ERResidenceSection? {
        get { sections[ERRTISpecialist.self].map { ERResidenceSection(specialist: $0) } }
        set { sections[ERRTISpecialist.self] = newValue?.specialist }
    }
}
