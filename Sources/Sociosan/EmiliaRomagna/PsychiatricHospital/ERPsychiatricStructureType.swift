/// The seven structure types of Emilia-Romagna DGR 2000/2009 (seed 002). Discipline codes are
/// attributes, not keys: cod. 56 covers two types and code 40 covers the SPOI (40.2) and
/// general psychiatry (40.3) (digest §8, L132, L1514-L1516, L1967-L1969, L2435-L2438).
///
/// ```swift
/// ERPsychiatricStructureType.rtp.kind              // "er.psychiatry.rtp"
/// ERPsychiatricStructureType.rtp.ruleIDPrefix      // "er.rtp"
/// ERPsychiatricStructureType(kind: "er.psychiatry.general")  // .generalPsychiatry
/// ```
public enum ERPsychiatricStructureType: String, Sendable, Hashable, CaseIterable, Comparable {
    case spoi
    case rti
    case rtiSpecialist = "rti-specialist"
    case rtp
    case psychogeriatricRehab = "psychogeriatric-rehab"
    case eatingDisorderRehab = "eating-disorder-rehab"
    case generalPsychiatry = "general-psychiatry"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The dossier kind of the type's accreditation dossier.
    public var kind: DossierKind {
        switch self {
        case .spoi: return .spoi
        case .rti: return .rti
        case .rtiSpecialist: return .rtiSpecialist
        case .rtp: return .rtp
        case .psychogeriatricRehab: return .psychogeriatricRehab
        case .eatingDisorderRehab: return .eatingDisorderRehab
        case .generalPsychiatry: return .generalPsychiatry
        }
    }

    public init?(kind: DossierKind) {
        guard let type = Self.allCases.first(where: { $0.kind == kind }) else { return nil }
        self = type
    }

    /// The first part of every rule id of the type: `er.<type>` (SPOI rules are `er.spoi.*`),
    /// the same string as the type's staffing standard id.
    public var ruleIDPrefix: String { "er." + rawValue }

    /// The id of the type's staffing standard in ``StaffingCatalogue``.
    public var staffingStandardID: String { "er." + rawValue }

    /// The hospital discipline code the seed gives the type, when it gives one.
    public var disciplineCode: String? {
        switch self {
        case .spoi: return "40.2"  // L132
        case .psychogeriatricRehab, .eatingDisorderRehab: return "56"  // L1514-L1516, L1967-L1969
        case .generalPsychiatry: return "40.3"  // L2435-L2438 (SDO coding 40.3)
        case .rti, .rtiSpecialist, .rtp: return nil  // the residences have none
        }
    }

    /// The section of seed 002 that regulates the type.
    public var citation: Citation {
        switch self {
        case .spoi: return Citation(.psychiatricStructuresER, lines: 116...835)
        case .rti, .rtiSpecialist, .rtp: return Citation(.psychiatricStructuresER, lines: 836...1511)
        case .psychogeriatricRehab: return Citation(.psychiatricStructuresER, lines: 1512...1963)
        case .eatingDisorderRehab: return Citation(.psychiatricStructuresER, lines: 1964...2432)
        case .generalPsychiatry: return Citation(.psychiatricStructuresER, lines: 2433...2991)
        }
    }

    /// The Italian name, as the seed writes it, and an English rendering.
    public var label: LocalizedText {
        switch self {
        case .spoi:
            return LocalizedText(it: "Servizio Psichiatrico Ospedaliero Intensivo (SPOI)", en: "Intensive hospital psychiatric service (SPOI)")
        case .rti:
            return LocalizedText(it: "Residenza a Trattamento Intensivo (RTI)", en: "Intensive treatment residence (RTI)")
        case .rtiSpecialist:
            return LocalizedText(it: "RTI specialistica", en: "Specialist intensive treatment residence (RTI specialistica)")
        case .rtp:
            return LocalizedText(it: "Residenza a Trattamento Protratto (RTP)", en: "Extended treatment residence (RTP)")
        case .psychogeriatricRehab:
            return LocalizedText(it: "Riabilitazione neuro-psicogeriatrica (cod. 56)", en: "Neuro-psychogeriatric rehabilitation (code 56)")
        case .eatingDisorderRehab:
            return LocalizedText(it: "Riabilitazione dei Disturbi del Comportamento Alimentare (DCA, cod. 56)", en: "Eating-disorder rehabilitation (DCA, code 56)")
        case .generalPsychiatry:
            return LocalizedText(it: "Psichiatria generale, componente ospedaliera (cod. 40, SDO 40.3)", en: "General hospital psychiatry (code 40, SDO 40.3)")
        }
    }
}

extension DossierKind {
    /// Emilia-Romagna, intensive treatment residence (RTI), DGR 2000/2009 L836-L1511.
    public static let rti: DossierKind = "er.psychiatry.rti"
    /// Emilia-Romagna, specialist RTI (dual diagnosis, minors, psychogeriatrics, other), L836-L1511.
    public static let rtiSpecialist: DossierKind = "er.psychiatry.rti-specialist"
    /// Emilia-Romagna, extended treatment residence (RTP), L836-L1511.
    public static let rtp: DossierKind = "er.psychiatry.rtp"
    /// Emilia-Romagna, neuro-psychogeriatric rehabilitation, cod. 56, L1512-L1963.
    public static let psychogeriatricRehab: DossierKind = "er.psychiatry.psychogeriatric-rehab"
    /// Emilia-Romagna, eating-disorder rehabilitation (DCA), cod. 56, L1964-L2432.
    public static let eatingDisorderRehab: DossierKind = "er.psychiatry.eating-disorder-rehab"
    /// Emilia-Romagna, general hospital psychiatry, code 40 / SDO 40.3, L2433-L2991.
    public static let generalPsychiatry: DossierKind = "er.psychiatry.general"
    /// Emilia-Romagna psychiatric structures: stays and events, JSON Lines (one record a line).
    public static let psychiatryActivity: DossierKind = "er.psychiatry.activity"
}
