/// The seven structure types of Emilia-Romagna DGR 2000/2009 (seed 002) as a closed code set,
/// the codes activity records name a structure's type by. Everything else about a type is a
/// row of data (``StructureType``): ask ``row``. Discipline codes are attributes, not keys:
/// cod. 56 covers two types and code 40 covers the SPOI (40.2) and general psychiatry (40.3)
/// (digest §8, L132, L1514-L1516, L1967-L1969, L2435-L2438).
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

    /// The type's row: kind, label, citation, discipline code, staffing standard, rule prefix,
    /// indicator family.
    public var row: StructureType { Self.rows[self]! }

    public init?(_ row: StructureType) { self.init(rawValue: row.code) }

    public init?(kind: DossierKind) {
        guard let row = StructureType(kind: kind) else { return nil }
        self.init(row)
    }

    public var kind: DossierKind { row.kind }
    public var ruleIDPrefix: String { row.ruleIDPrefix }
    public var staffingStandardID: String { row.staffingStandardID }
    public var disciplineCode: String? { row.disciplineCode }
    public var citation: Citation { row.citation }
    public var label: LocalizedText { row.label }

    private static let rows: [ERPsychiatricStructureType: StructureType] = Dictionary(
        uniqueKeysWithValues: [StructureType.spoi, .rti, .rtiSpecialist, .rtp, .psychogeriatricRehab, .eatingDisorderRehab, .generalPsychiatry]
            .map { (ERPsychiatricStructureType(rawValue: $0.code)!, $0) })
}

extension StructureType {
    private static func er(
        _ code: String, kind: DossierKind, it: String, en: String, lines: ClosedRange<Int>, discipline: String?,
        indicators: ERIndicatorFamily
    ) -> StructureType {
        StructureType(
            code: code, kind: kind, label: LocalizedText(it: it, en: en), region: .emiliaRomagna,
            citation: Citation(.psychiatricStructuresER, lines: lines), disciplineCode: discipline,
            staffingStandardID: "er." + code, ruleIDPrefix: "er." + code, indicatorFamily: indicators, capacityUnit: .beds)
    }

    // The residences have no discipline code; cod. 56 from L1514-L1516 and L1967-L1969,
    // 40.2 from L132, 40.3 from L2435-L2438 (SDO coding).
    public static let spoi = er("spoi", kind: .spoi, it: "Servizio Psichiatrico Ospedaliero Intensivo (SPOI)",
                                en: "Intensive hospital psychiatric service (SPOI)", lines: 116...835, discipline: "40.2", indicators: .spoi)
    public static let rti = er("rti", kind: .rti, it: "Residenza a Trattamento Intensivo (RTI)",
                               en: "Intensive treatment residence (RTI)", lines: 836...1511, discipline: nil, indicators: .residences)
    public static let rtiSpecialist = er("rti-specialist", kind: .rtiSpecialist, it: "RTI specialistica",
                                         en: "Specialist intensive treatment residence (RTI specialistica)", lines: 836...1511,
                                         discipline: nil, indicators: .residences)
    public static let rtp = er("rtp", kind: .rtp, it: "Residenza a Trattamento Protratto (RTP)",
                               en: "Extended treatment residence (RTP)", lines: 836...1511, discipline: nil, indicators: .residences)
    public static let psychogeriatricRehab = er(
        "psychogeriatric-rehab", kind: .psychogeriatricRehab, it: "Riabilitazione neuro-psicogeriatrica (cod. 56)",
        en: "Neuro-psychogeriatric rehabilitation (code 56)", lines: 1512...1963, discipline: "56", indicators: .psychogeriatricRehab)
    public static let eatingDisorderRehab = er(
        "eating-disorder-rehab", kind: .eatingDisorderRehab,
        it: "Riabilitazione dei Disturbi del Comportamento Alimentare (DCA, cod. 56)",
        en: "Eating-disorder rehabilitation (DCA, code 56)", lines: 1964...2432, discipline: "56", indicators: .eatingDisorderRehab)
    public static let generalPsychiatry = er(
        "general-psychiatry", kind: .generalPsychiatry, it: "Psichiatria generale, componente ospedaliera (cod. 40, SDO 40.3)",
        en: "General hospital psychiatry (code 40, SDO 40.3)", lines: 2433...2991, discipline: "40.3", indicators: .generalPsychiatry)
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
