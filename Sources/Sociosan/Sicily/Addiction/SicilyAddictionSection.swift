/// Regione Siciliana, D.A. 17/2014 (seed 004) §6.4 L1474-L2163: the private services for people
/// dependent on substances of abuse. One section serves the six kinds (reception,
/// therapeutic-rehabilitative day and residential, pedagogic-rehabilitative, psychiatric
/// comorbidity, alcohol): what the service declares beyond the shared parts of every structure
/// dossier (its setting, opening, longest programme, modules, common spaces, the body's status
/// and the staffing circumstances the standard reads, trainees and volunteers, and its dated
/// documents).
///
/// ```swift
/// let section = SicilyAddictionSection(
///     setting: .residential, opening: SicilyOpening(daysPerWeek: 7, hoursPerDay: 24),
///     maximumProgrammeMonths: 18, spaces: [SicilyAddictionSpace(id: "soggiorno", use: .livingRoom)])
/// ```
public struct SicilyAddictionSection: Sendable, Hashable {
    /// Residential, or semi-residential (day) (L1535-L1594).
    public var setting: Setting
    /// The days a week and hours a day the service is open with staff present.
    public var opening: SicilyOpening
    /// The longest stay the programme allows, in days (reception: 90, L1734).
    public var maximumStayDays: Int?
    /// The longest programme, in months (24, 30 or 12 by service, L1800-L2081).
    public var maximumProgrammeMonths: Int?
    /// The modules a structure over 30 places (L1592-L1594), or an alcohol service over 15
    /// (L2073-L2076), is organised in.
    public var modules: [SicilyAddictionModule]
    /// The common spaces of band (b) (L1537-L1591).
    public var spaces: [SicilyAddictionSpace]
    /// The service also hosts family units, parents with minor children (L1547-L1551).
    public var hostsFamilyUnits: Bool
    /// The laundry is entrusted to an outside firm (L1564-L1565).
    public var laundryOutsourced: Bool
    /// Run by a body without profit aims: trainees and volunteers are admitted (L1659-L1689).
    public var nonProfit: Bool
    /// One of the qualified operators is a psychologist: the conditional psychologist hours do
    /// not apply (L1783, L1911-L1913, L1972-L1974, L2120-L2121).
    public var psychologistAmongQualifiedOperators: Bool
    /// An agreement with a recognised vocational-training body runs courses in the structure: the
    /// workshop instructor may be absent (L1915-L1917, L1976-L1978).
    public var vocationalTrainingAgreement: Bool
    /// Weekly hours of a full-time post under the body's contract (36 unless stated).
    public var fullTimeHours: Int
    /// Trainees and volunteers, who never count towards the minima and are capped (L1659-L1689).
    public var traineesAndVolunteers: [SicilyAddictionHelper]
    /// The documents the service holds, each with its date (L1505-L1709).
    public var documents: [SicilyAddictionDocument]

    public init(
        setting: Setting, opening: SicilyOpening, maximumStayDays: Int? = nil, maximumProgrammeMonths: Int? = nil,
        modules: [SicilyAddictionModule] = [], spaces: [SicilyAddictionSpace] = [], hostsFamilyUnits: Bool = false,
        laundryOutsourced: Bool = false, nonProfit: Bool = false, psychologistAmongQualifiedOperators: Bool = false,
        vocationalTrainingAgreement: Bool = false, fullTimeHours: Int = 36, traineesAndVolunteers: [SicilyAddictionHelper] = [],
        documents: [SicilyAddictionDocument] = []
    ) {
        self.setting = setting
        self.opening = opening
        self.maximumStayDays = maximumStayDays
        self.maximumProgrammeMonths = maximumProgrammeMonths
        self.modules = modules
        self.spaces = spaces
        self.hostsFamilyUnits = hostsFamilyUnits
        self.laundryOutsourced = laundryOutsourced
        self.nonProfit = nonProfit
        self.psychologistAmongQualifiedOperators = psychologistAmongQualifiedOperators
        self.vocationalTrainingAgreement = vocationalTrainingAgreement
        self.fullTimeHours = fullTimeHours
        self.traineesAndVolunteers = traineesAndVolunteers
        self.documents = documents
    }

    /// The spaces with the given use.
    public func spaces(_ use: SicilyAddictionSpace.Use) -> [SicilyAddictionSpace] { spaces.filter { $0.use == use } }

    /// The conditions the 6.4 staffing standards read, from what the section declares.
    public var staffingParameters: StaffingParameters {
        var conditions: Set<StaffingCondition> = []
        if !psychologistAmongQualifiedOperators { conditions.insert(SicilyStaffingStandards.Condition.noPsychologistAmongQualifiedOperators) }
        if !vocationalTrainingAgreement { conditions.insert(SicilyStaffingStandards.Condition.noVocationalTrainingAgreement) }
        if nonProfit { conditions.insert(SicilyStaffingStandards.Condition.nonProfitOperator) }
        return StaffingParameters(fullTimeHours: Rational(fullTimeHours), conditions: conditions)
    }

    /// Residential or semi-residential (L1535-L1537, L1583-L1591).
    public enum Setting: String, Sendable, Hashable, CaseIterable {
        case residential
        case semiResidential = "semi-residential"

        public var label: LocalizedText {
            switch self {
            case .residential: return LocalizedText(it: "residenziale", en: "residential")
            case .semiResidential: return LocalizedText(it: "semiresidenziale", en: "semi-residential")
            }
        }
    }
}

/// One module of a structure organised in modules: its places and, for the alcohol service, the
/// age band it is homogeneous by (L2076).
public struct SicilyAddictionModule: Sendable, Hashable {
    public var id: String
    public var places: Int
    public var ageBand: String?

    public init(id: String, places: Int, ageBand: String? = nil) {
        self.id = id
        self.places = places
        self.ageBand = ageBand
    }

    public static let fields = FieldTable(blank: SicilyAddictionModule(id: "", places: 1), [
        .required("id", \.id, ValueCodecs.string()),
        .required("places", \.places, ValueCodecs.integer(1...1000)),
        .optional("ageBand", \.ageBand, ValueCodecs.string(), summary: "The age band the module is homogeneous by (\"18-30\")."),
    ])
}

/// One common space of the structure (L1552-L1591).
public struct SicilyAddictionSpace: Sendable, Hashable {
    public var id: String
    public var use: Use
    public var squareMetres: SquareMetres?

    public init(id: String, use: Use, squareMetres: SquareMetres? = nil) {
        self.id = id
        self.use = use
        self.squareMetres = squareMetres
    }

    /// The spaces of band (b), a closed code set with the seed's words.
    public enum Use: String, Sendable, Hashable, CaseIterable {
        case livingRoom = "living-room"
        case diningRoom = "dining-room"
        case diningToiletBlock = "dining-toilet-block"
        case kitchen
        case pantry
        case laundry
        case wardrobe
        case storage
        case counsellingRoom = "counselling-room"
        case therapyRoom = "therapy-room"
        case workshop
        case medicationRoom = "medication-room"
        case userBathroom = "user-bathroom"
        case staffBathroom = "staff-bathroom"
        case dayToiletBlock = "day-toilet-block"
        case minorsBedroom = "minors-bedroom"
        case minorsBathroom = "minors-bathroom"

        public var label: LocalizedText {
            switch self {
            case .livingRoom: return LocalizedText(it: "vano soggiorno", en: "living room")
            case .diningRoom: return LocalizedText(it: "sala da pranzo", en: "dining room")
            case .diningToiletBlock: return LocalizedText(it: "blocco servizi della sala da pranzo (almeno due W.C. e antibagno)",
                                                          en: "toilet block by the dining room (at least two WCs and an anteroom)")
            case .kitchen: return LocalizedText(it: "cucina", en: "kitchen")
            case .pantry: return LocalizedText(it: "dispensa", en: "pantry")
            case .laundry: return LocalizedText(it: "lavanderia", en: "laundry")
            case .wardrobe: return LocalizedText(it: "guardaroba", en: "wardrobe")
            case .storage: return LocalizedText(it: "ripostiglio", en: "storage room")
            case .counsellingRoom: return LocalizedText(it: "vano per attività di counseling", en: "counselling room")
            case .therapyRoom: return LocalizedText(it: "spazio per l'attività terapeutica riabilitativa", en: "therapy and rehabilitation room")
            case .workshop: return LocalizedText(it: "laboratorio", en: "workshop")
            case .medicationRoom: return LocalizedText(it: "locale per attività di medicheria", en: "medication room")
            case .userBathroom: return LocalizedText(it: "servizio igienico per gli utenti", en: "user bathroom")
            case .staffBathroom: return LocalizedText(it: "servizio igienico per gli operatori", en: "staff bathroom")
            case .dayToiletBlock: return LocalizedText(it: "blocco servizi diurno (due W.C., una doccia, antibagno con due lavabi)",
                                                       en: "day toilet block (two WCs, a shower, an anteroom with two washbasins)")
            case .minorsBedroom: return LocalizedText(it: "camera da letto riservata ai minori", en: "bedroom for the minors")
            case .minorsBathroom: return LocalizedText(it: "servizio igienico riservato ai minori", en: "bathroom for the minors")
            }
        }
    }

    public static let fields = FieldTable(blank: SicilyAddictionSpace(id: "", use: .kitchen), [
        .required("id", \.id, ValueCodecs.string()),
        .required("use", \.use, ValueCodecs.code(Use.self)),
        .optional("squareMetres", \.squareMetres, SquareMetres.codec, summary: "Usable area in m²."),
    ])
}

/// A trainee or volunteer on the site (L1659-L1689): never counted towards the minima.
public struct SicilyAddictionHelper: Sendable, Hashable {
    public var role: StaffRole
    public var hoursPerWeek: Rational
    public var contract: Contract

    public init(role: StaffRole, hoursPerWeek: Rational, contract: Contract) {
        self.role = role
        self.hoursPerWeek = hoursPerWeek
        self.contract = contract
    }

    public enum Contract: String, Sendable, Hashable, CaseIterable {
        case trainee
        case volunteer

        var contractType: ContractType { self == .trainee ? .trainee : .volunteer }
    }

    public static let fields = FieldTable(blank: SicilyAddictionHelper(role: .qualifiedOperator, hoursPerWeek: .zero, contract: .volunteer), [
        .required("role", \.role, ValueCodecs.code(StaffRole.self)),
        .required("hoursPerWeek", \.hoursPerWeek,
                  ValueCodecs.mapped(ValueCodecs.hundredths(0...1_000_000), read: { Rational($0, 100) }, write: { $0.hundredths })),
        .required("contract", \.contract, ValueCodecs.code(Contract.self)),
    ])
}

/// A document the service holds, with its date (L1505-L1709): the rule checks that it is
/// listed; its date says which version an inspector should ask for.
public struct SicilyAddictionDocument: Sendable, Hashable {
    public var document: Kind
    public var issuedOn: LocalDate

    public init(document: Kind, issuedOn: LocalDate) {
        self.document = document
        self.issuedOn = issuedOn
    }

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case authorisation
        case programme
        case internalRules = "internal-rules"
        case insurance
        case staffList = "staff-list"

        public var label: LocalizedText {
            switch self {
            case .authorisation: return LocalizedText(it: "autorizzazione al funzionamento (D.A. 463/2003)", en: "operating authorisation (decree 463/2003)")
            case .programme: return LocalizedText(it: "descrizione del programma (principi, fasi e tempi, interventi, verifiche)",
                                                  en: "programme description (principles, phases and times, interventions, reviews)")
            case .internalRules: return LocalizedText(it: "regolamento interno (diritti e obblighi, regole di vita comunitaria)",
                                                      en: "internal rules (rights and duties, rules of community life)")
            case .insurance: return LocalizedText(it: "copertura assicurativa di ospiti, personale e volontari",
                                                  en: "insurance of guests, staff and volunteers")
            case .staffList: return LocalizedText(it: "elenco del personale per tipologia di intervento, con i curricula",
                                                  en: "staff list per type of intervention, with CVs")
            }
        }
    }

    public static let fields = FieldTable(blank: SicilyAddictionDocument(document: .programme, issuedOn: LocalDate(year: 2000, month: 1, day: 1)!), [
        .required("document", \.document, ValueCodecs.code(Kind.self)),
        .required("issuedOn", \.issuedOn, ValueCodecs.date, summary: "The date of the document in force."),
    ])
}

extension SicilyAddictionSection.Setting: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyAddictionSpace.Use: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyAddictionHelper.Contract: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyAddictionDocument.Kind: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyAddictionSection: StructureSection {
    public static let member = "addiction"
    public static let summary = "The addiction service's setting, opening, programme length, modules, spaces, staffing circumstances, trainees and volunteers, and dated documents (seed 004 L1474-L2163)."
    public static let fields = FieldTable(blank: SicilyAddictionSection(setting: .residential, opening: SicilyOpening(daysPerWeek: 1, hoursPerDay: 1)), [
        .required("setting", \.setting, ValueCodecs.code(Setting.self), summary: "Residential or semi-residential (L1535-L1594)."),
        .required("opening", \.opening, ValueCodecs.object(SicilyOpening.fields), summary: "Days a week and hours a day open with staff present."),
        .optional("maximumStayDays", \.maximumStayDays, ValueCodecs.integer(1...3650), summary: "The longest stay, in days (reception, L1734)."),
        .optional("maximumProgrammeMonths", \.maximumProgrammeMonths, ValueCodecs.integer(1...120),
                  summary: "The longest programme, in months (L1800, L1858, L1928-L1929, L2005, L2081)."),
        .defaulted("modules", \.modules, ValueCodecs.list(ValueCodecs.object(SicilyAddictionModule.fields), distinctID: { $0.id }),
                   default: [], writesDefault: false, summary: "The modules (L1592-L1594, L2073-L2076)."),
        .defaulted("spaces", \.spaces, ValueCodecs.list(ValueCodecs.object(SicilyAddictionSpace.fields), distinctID: { $0.id }),
                   default: [], writesDefault: false, summary: "The common spaces (L1552-L1591)."),
        .defaulted("hostsFamilyUnits", \.hostsFamilyUnits, ValueCodecs.bool, default: false, writesDefault: false,
                   summary: "Also hosts parents with minor children (L1547-L1551)."),
        .defaulted("laundryOutsourced", \.laundryOutsourced, ValueCodecs.bool, default: false, writesDefault: false,
                   summary: "The laundry is entrusted to an outside firm (L1564-L1565)."),
        .defaulted("nonProfit", \.nonProfit, ValueCodecs.bool, default: false, writesDefault: false,
                   summary: "Run by a body without profit aims (L1659-L1689)."),
        .defaulted("psychologistAmongQualifiedOperators", \.psychologistAmongQualifiedOperators, ValueCodecs.bool, default: false,
                   writesDefault: false, summary: "A qualified operator is a psychologist (L1783, L1911-L1913)."),
        .defaulted("vocationalTrainingAgreement", \.vocationalTrainingAgreement, ValueCodecs.bool, default: false, writesDefault: false,
                   summary: "An agreement with a vocational-training body runs courses in the structure (L1915-L1917)."),
        .defaulted("fullTimeHours", \.fullTimeHours, ValueCodecs.integer(20...48), default: 36, writesDefault: false,
                   summary: "Weekly hours of a full-time post under the body's contract."),
        .defaulted("traineesAndVolunteers", \.traineesAndVolunteers, ValueCodecs.list(ValueCodecs.object(SicilyAddictionHelper.fields)),
                   default: [], writesDefault: false, summary: "Trainees and volunteers (L1659-L1689)."),
        .required("documents", \.documents, ValueCodecs.list(ValueCodecs.object(SicilyAddictionDocument.fields), distinctID: { $0.document.rawValue }),
                  summary: "The documents held, each with its date (L1505-L1709)."),
    ])
}
