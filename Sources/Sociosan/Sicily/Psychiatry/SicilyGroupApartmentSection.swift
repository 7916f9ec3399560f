/// Regione Siciliana, D.A. 17/2014 (seed 004) §6.1.4.2 L1157-L1211: *Strutture Residenziali
/// Psichiatriche per interventi socio-riabilitativi con personale per Fasce Orarie (Gruppo
/// Appartamento e sostegno abitativo per un massimo di n. 4 utenti)*. What the apartment owns
/// beyond the shared parts: its floor area, its common rooms (the same codes as the 24-hour
/// residence's), the time slots its staff cover, and the DSM and CSM it works with.
///
/// ```swift
/// let section = SicilyGroupApartmentSection(
///     form: .groupApartment, floorArea: SquareMetres(whole: 110),
///     spaces: [SicilyResidenceSpace(id: "cucina", use: .kitchen)],
///     staffedSlots: SicilyOpening(daysPerWeek: 6, hoursPerDay: 6))
/// ```
public struct SicilyGroupApartmentSection: Sendable, Hashable {
    /// A group apartment, or housing support in the users' own flat; the title names both and
    /// the seed gives them one standard (digest ambiguity 9).
    public var form: Form
    /// The apartment's usable floor area: at least 100 m² (L1201).
    public var floorArea: SquareMetres
    /// Living/dining room, kitchen, the two toilets (L1203-L1205), and any other room.
    public var spaces: [SicilyResidenceSpace]
    /// The time slots the team covers: at least 6 hours a day on 6 days (L961-L963).
    public var staffedSlots: SicilyOpening
    /// The Department of Mental Health that directs and coordinates (L912-L916).
    public var mentalHealthDepartment: String?
    /// The Mental Health Centre that holds the users and meets the team periodically (L1186-L1188).
    public var mentalHealthCentre: String?
    /// Whether the apartment is one of the structures a 20-place module of D.A. 320/2014 was
    /// turned into (alternative b, L949-L956).
    public var fromTwentyPlaceModule: Bool

    public init(
        form: Form, floorArea: SquareMetres, spaces: [SicilyResidenceSpace], staffedSlots: SicilyOpening,
        mentalHealthDepartment: String? = nil, mentalHealthCentre: String? = nil, fromTwentyPlaceModule: Bool = false
    ) {
        self.form = form
        self.floorArea = floorArea
        self.spaces = spaces
        self.staffedSlots = staffedSlots
        self.mentalHealthDepartment = mentalHealthDepartment
        self.mentalHealthCentre = mentalHealthCentre
        self.fromTwentyPlaceModule = fromTwentyPlaceModule
    }

    /// How many spaces have one of the given uses.
    public func count(of uses: Set<SicilyResidenceSpace.Use>) -> Int { spaces.filter { uses.contains($0.use) }.count }

    /// The two forms the title of §6.1.4.2 names.
    public enum Form: String, Sendable, Hashable, CaseIterable {
        case groupApartment = "group-apartment"
        case housingSupport = "housing-support"

        public var label: LocalizedText {
            switch self {
            case .groupApartment: return LocalizedText(it: "gruppo appartamento", en: "group apartment")
            case .housingSupport: return LocalizedText(it: "sostegno abitativo", en: "housing support")
            }
        }
    }
}

extension SicilyGroupApartmentSection.Form: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyGroupApartmentSection: StructureSection {
    public static let member = "groupApartment"
    public static let summary = "The apartment's form, floor area, common rooms, staffed time slots, DSM and CSM (seed 004 L912-L963, L1157-L1211)."
    public static let fields = FieldTable(
        blank: SicilyGroupApartmentSection(form: .groupApartment, floorArea: .zero, spaces: [], staffedSlots: SicilyOpening(daysPerWeek: 1, hoursPerDay: 1)), [
            .required("form", \.form, ValueCodecs.code(Form.self), summary: "Group apartment or housing support (L1157-L1158)."),
            .required("floorAreaSquareMetres", \.floorArea, SquareMetres.codec, summary: "Usable floor area of the apartment in m² (L1201)."),
            .required("spaces", \.spaces, ValueCodecs.list(ValueCodecs.object(SicilyResidenceSpace.fields), distinctID: { $0.id }),
                      summary: "The common rooms and toilets (L1203-L1205)."),
            .required("staffedSlots", \.staffedSlots, ValueCodecs.object(SicilyOpening.fields),
                      summary: "Days a week and hours a day the team is active (L961-L963)."),
            .optional("mentalHealthDepartment", \.mentalHealthDepartment, ValueCodecs.string(), summary: "The DSM (L912-L916)."),
            .optional("mentalHealthCentre", \.mentalHealthCentre, ValueCodecs.string(), summary: "The CSM holding the users (L1186-L1188)."),
            .defaulted("fromTwentyPlaceModule", \.fromTwentyPlaceModule, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "One of the structures a 20-place module of D.A. 320/2014 was turned into (L949-L956)."),
        ])
}

extension StructureType {
    /// Sicily §6.1.4.2: the group apartment / housing support with staff in time slots, at most 4 users.
    public static let sicilyGroupApartment = StructureType(
        code: "sicily.group-apartment", kind: .sicilyGroupApartment,
        label: LocalizedText(
            it: "Struttura residenziale psichiatrica per interventi socio-riabilitativi con personale per fasce orarie (gruppo appartamento e sostegno abitativo, massimo 4 utenti)",
            en: "Psychiatric residence for socio-rehabilitative care with staff in time slots (group apartment and housing support, at most 4 users)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 1157...1211),
        staffingStandardID: "sicily.psychiatric-group-apartment", ruleIDPrefix: "sicily.group-apartment", capacityUnit: .users)
}

extension DossierKind {
    /// Sicily, group apartment / housing support with staff in time slots (§6.1.4.2, seed 004 L1157-L1211).
    public static let sicilyGroupApartment: DossierKind = "sicily.psychiatry.group-apartment"
}
