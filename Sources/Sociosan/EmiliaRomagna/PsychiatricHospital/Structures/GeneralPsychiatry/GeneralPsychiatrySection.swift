/// What is specific to the general hospital psychiatry component (code 40, SDO 40.3), seed
/// 002 L2433-L2991: the authorised beds it is a portion of, its place outside regional
/// commissioning, and the company-level staffing agreement that replaces staffing ratios
/// (L2471, A-39). The SDO coding 40.3 is the dossier's discipline code.
///
/// ```swift
/// let section = GeneralPsychiatrySection(authorisedBeds: 30, staffingAgreedOn: LocalDate(year: 2024, month: 3, day: 1))
/// ```
public struct GeneralPsychiatrySection: Sendable, Hashable {
    /// The structure's authorised beds, of which the accredited general-psychiatry beds are a
    /// portion (L2435-L2436).
    public var authorisedBeds: Int
    /// Whether the beds serve needs commissioned by the Region; general psychiatry serves
    /// needs "diverse da quelle oggetto di committenza regionale" (L2437-L2438).
    public var regionallyCommissioned: Bool
    /// When staffing was agreed at company (*aziendale*) level (L2471), when it was.
    public var staffingAgreedOn: LocalDate?

    public init(authorisedBeds: Int, regionallyCommissioned: Bool = false, staffingAgreedOn: LocalDate? = nil) {
        self.authorisedBeds = authorisedBeds
        self.regionallyCommissioned = regionallyCommissioned
        self.staffingAgreedOn = staffingAgreedOn
    }
}

extension GeneralPsychiatrySection: StructureSection {
    public static let member = "generalPsychiatry"
    public static let summary = "Authorised beds, regional commissioning and the company staffing agreement (L2433-L2991)."
    public static let fields = FieldTable(blank: GeneralPsychiatrySection(authorisedBeds: 0), [
        .required("authorisedBeds", \.authorisedBeds, ValueCodecs.integer(1...10_000)),
        .required("regionallyCommissioned", \.regionallyCommissioned, ValueCodecs.bool),
        .optional("staffingAgreedOn", \.staffingAgreedOn, ValueCodecs.date),
    ])
}

extension StructureDossier {
    /// The general-psychiatry section (code 40, SDO 40.3); `nil` for other families.
    public var generalPsychiatry: GeneralPsychiatrySection? {
        get { sections[GeneralPsychiatrySection.self] }
        set { sections[GeneralPsychiatrySection.self] = newValue }
    }
}
