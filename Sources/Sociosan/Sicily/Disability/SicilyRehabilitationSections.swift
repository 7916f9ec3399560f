// Regione Siciliana, D.A. n. 17 del 12 settembre 2014 (seed 004), §5.1 *Prestazioni residenziali
// e semiresidenziali per disabili* (L596-L635) and §5.1.1 *Presìdi di riabilitazione funzionale
// dei soggetti portatori di disabilità fisiche, psichiche e sensoriali* (L636-L799).
//
// Decision: §5.1 sets rules for the residential and semi-residential services for disabled
// people (the SVAMA D assessment, the individual rehabilitation project, the electronic record)
// but no structure, capacity or staff; the only structures it names are those of §5.1.1, at
// continuous cycle (residential) and at day cycle (semi-residential), with their own rooms and
// staffing standards. So the seed's structure gives two kinds, one per cycle, each bound by the
// §5.1 rules; §5.1 alone is not a kind (there is nothing a dossier of it alone could be checked
// against).

/// What a functional-rehabilitation centre owns beyond the shared parts, whatever its cycle.
public protocol SicilyRehabilitationSection: SicilyDocumentedSection {
    /// The disabilities the centre treats (L639-L641).
    var disabilities: Set<SicilyDisability> { get set }
    /// The modules of 15 to 20 users it groups them in (L723-L724).
    var modules: [SicilyRehabilitationModule] { get set }
    /// Whether it takes children aged 0 to 4 (L670-L672).
    var takesChildrenUnderFour: Bool { get set }
    /// The building also houses a socio-assistance activity (L726-L728).
    var coLocatedSocialCare: Bool { get set }
    var spaces: [SicilySpace<SicilyRehabilitationSpaceUse>] { get set }
    var documents: [SicilyDatedDocument] { get set }
    var declaredOn: LocalDate { get set }
}

/// The disabilities of §5.1.1: "fisiche, psichiche sensoriali o miste" (L640-L641).
public enum SicilyDisability: String, Sendable, Hashable, CaseIterable {
    case physical
    case psychic
    case sensory
    case mixed
}

/// One module of users grouped by the condition treated (L723-L724).
public struct SicilyRehabilitationModule: Sendable, Hashable {
    public var id: String
    public var users: Int
    /// The condition treated, in the centre's words.
    public var condition: String?

    public init(id: String, users: Int, condition: String? = nil) {
        self.id = id
        self.users = users
        self.condition = condition
    }

    public static let fields = FieldTable(blank: SicilyRehabilitationModule(id: "", users: 0), [
        .required("id", \.id, ValueCodecs.string()),
        .required("users", \.users, ValueCodecs.integer(1...1000)),
        .optional("condition", \.condition, ValueCodecs.string(), summary: "The condition treated in the module."),
    ])
}

/// The rooms of §5.1.1: the day-cycle list (L647-L672), which binds both cycles, and the ward
/// rooms the continuous cycle adds (L675-L688).
public enum SicilyRehabilitationSpaceUse: String, Sendable, Hashable, CaseIterable, SicilySpaceUse {
    case examinationRoom = "examination-room"
    case dressingExaminationRoom = "dressing-examination-room"
    case psychodiagnosticRoom = "psychodiagnostic-room"
    case gym
    case individualTherapy = "individual-therapy"
    case occupationalTherapy = "occupational-therapy"
    case speechCognitiveTherapy = "speech-cognitive-therapy"
    case psychomotorTherapy = "psychomotor-therapy"
    case urologicalRehabilitation = "urological-rehabilitation"
    case educationalActivities = "educational-activities"
    case livingRoom = "living-room"
    case diningRoom = "dining-room"
    case kitchenette
    case staffChangingRoom = "staff-changing-room"
    case usersChangingRoom = "users-changing-room"
    case childrenRestRoom = "children-rest-room"
    case wardLivingSpace = "ward-living-space"
    case wardSupport = "ward-support"

    public var label: LocalizedText {
        switch self {
        case .examinationRoom: return LocalizedText(it: "locale per gli accertamenti medici", en: "medical examination room")
        case .dressingExaminationRoom: return LocalizedText(it: "locale per gli accertamenti medici attrezzato per le medicazioni", en: "examination room equipped for dressings")
        case .psychodiagnosticRoom: return LocalizedText(it: "locale per valutazioni psicodiagnostiche", en: "psychodiagnostic assessment room")
        case .gym: return LocalizedText(it: "palestra per le terapie riabilitative", en: "rehabilitation gym")
        case .individualTherapy: return LocalizedText(it: "locale per terapia individuale", en: "individual therapy room")
        case .occupationalTherapy: return LocalizedText(it: "locale per ergoterapia e/o terapia occupazionale", en: "ergotherapy or occupational therapy room")
        case .speechCognitiveTherapy: return LocalizedText(it: "locale per terapia del linguaggio e/o riabilitazione cognitiva", en: "speech therapy or cognitive rehabilitation room")
        case .psychomotorTherapy: return LocalizedText(it: "locale per la rieducazione psico-motoria", en: "psychomotor re-education room")
        case .urologicalRehabilitation: return LocalizedText(it: "locale per riabilitazione urologica con servizio igienico e spogliatoio", en: "urological rehabilitation room with toilet and changing area")
        case .educationalActivities: return LocalizedText(it: "locale per attività pedagogico-educativa, addestramento professionale, tempo libero", en: "room for education, vocational training and leisure")
        case .livingRoom: return LocalizedText(it: "locale soggiorno distinto dal locale pranzo", en: "living room separate from the dining room")
        case .diningRoom: return LocalizedText(it: "locale pranzo", en: "dining room")
        case .kitchenette: return LocalizedText(it: "cucinetta", en: "kitchenette")
        case .staffChangingRoom: return LocalizedText(it: "spogliatoio-guardaroba del personale", en: "staff changing room")
        case .usersChangingRoom: return LocalizedText(it: "spogliatoio-guardaroba dell'utenza", en: "users' changing room")
        case .childrenRestRoom: return LocalizedText(it: "locale di riposo per i bambini da 0 a 4 anni", en: "rest room for children aged 0 to 4")
        case .wardLivingSpace: return LocalizedText(it: "spazi di soggiorno della degenza", en: "ward living spaces")
        case .wardSupport: return LocalizedText(it: "locali/spazi di supporto alla degenza", en: "ward support rooms")
        }
    }
}

extension SicilyDisability: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyRehabilitationSpaceUse: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyRehabilitationSection {
    /// The members both cycles have, in canonical order, before the cycle's own.
    static func sharedFields(documents allowed: [SicilyStructureDocument]) -> (head: [Field<Self>], tail: [Field<Self>]) {
        let head: [Field<Self>] = [
            .required("declaredOn", \.declaredOn, ValueCodecs.date, summary: "The date the structure signs this declaration."),
            .required("disabilities", \.disabilities, ValueCodecs.codeSet(SicilyDisability.self),
                      summary: "The disabilities treated: physical, psychic, sensory or mixed (L639-L641)."),
            .required("modules", \.modules, ValueCodecs.list(ValueCodecs.object(SicilyRehabilitationModule.fields), minimumCount: 1, distinctID: { $0.id }),
                      summary: "The modules of 15 to 20 users, by condition treated (L723-L724)."),
        ]
        let tail: [Field<Self>] = [
            .defaulted("takesChildrenUnderFour", \.takesChildrenUnderFour, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "The centre takes children aged 0 to 4 (L670-L672)."),
            .defaulted("coLocatedSocialCare", \.coLocatedSocialCare, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "The building also houses a socio-assistance activity (L726-L728)."),
            SicilySpace<SicilyRehabilitationSpaceUse>.listField(\.spaces, summary: "Rooms other than bedrooms (L647-L688)."),
            SicilyDatedDocument.listField(\.documents, allowed: allowed),
        ]
        return (head, tail)
    }
}

/// §5.1.1 at continuous cycle: the residential functional-rehabilitation centre. The shared
/// `beds` are its beds, the shared `rooms` its bedrooms.
///
/// ```swift
/// let section = SicilyRehabilitationResidentialSection(
///     declaredOn: LocalDate(year: 2025, month: 1, day: 20)!, disabilities: [.physical],
///     modules: [SicilyRehabilitationModule(id: "a", users: 20)], spaces: [], documents: [])
/// ```
public struct SicilyRehabilitationResidentialSection: SicilyRehabilitationSection {
    public var declaredOn: LocalDate
    public var disabilities: Set<SicilyDisability>
    public var modules: [SicilyRehabilitationModule]
    /// A structure existing when the decree came: smaller rooms, up to 4 beds, for three years (L689-L691).
    public var existingBuilding: Bool
    public var takesChildrenUnderFour: Bool
    public var coLocatedSocialCare: Bool
    public var spaces: [SicilySpace<SicilyRehabilitationSpaceUse>]
    public var documents: [SicilyDatedDocument]

    public init(
        declaredOn: LocalDate, disabilities: Set<SicilyDisability>, modules: [SicilyRehabilitationModule], existingBuilding: Bool = false,
        takesChildrenUnderFour: Bool = false, coLocatedSocialCare: Bool = false, spaces: [SicilySpace<SicilyRehabilitationSpaceUse>],
        documents: [SicilyDatedDocument]
    ) {
        self.declaredOn = declaredOn
        self.disabilities = disabilities
        self.modules = modules
        self.existingBuilding = existingBuilding
        self.takesChildrenUnderFour = takesChildrenUnderFour
        self.coLocatedSocialCare = coLocatedSocialCare
        self.spaces = spaces
        self.documents = documents
    }

    public static let member = "rehabilitation"
    public static let summary = "Disabilities treated, modules, rooms and dated documents of the residential rehabilitation centre "
        + "(seed 004 L596-L766). The shared `beds` are its beds, the shared `rooms` its bedrooms."
    public static let fields: FieldTable<SicilyRehabilitationResidentialSection> = {
        let shared = sharedFields(documents: SicilyStructureKit.allowed(SicilyRehabilitationRules.residentialRequirements))
        return FieldTable(
            blank: SicilyRehabilitationResidentialSection(declaredOn: SicilyDatedDocument.blankDate, disabilities: [], modules: [], spaces: [], documents: []),
            shared.head + [
                .defaulted("existingBuilding", \.existingBuilding, ValueCodecs.bool, default: false, writesDefault: false,
                           summary: "A structure existing when the decree came: the transitional room minima (L689-L691)."),
            ] + shared.tail)
    }()
}

/// §5.1.1 at day cycle: the semi-residential functional-rehabilitation centre. The shared `beds`
/// are its places; the shared `rooms` list its rest rooms, if any (the seed asks none).
///
/// ```swift
/// let section = SicilyRehabilitationDaySection(
///     declaredOn: LocalDate(year: 2025, month: 1, day: 20)!, disabilities: [.mixed],
///     modules: [SicilyRehabilitationModule(id: "a", users: 20)],
///     opening: SicilyOpeningHours(daysPerWeek: 5, opensAt: SicilyTimeOfDay(hour: 8, minute: 0), closesAt: SicilyTimeOfDay(hour: 16, minute: 0)),
///     spaces: [], documents: [])
/// ```
public struct SicilyRehabilitationDaySection: SicilyRehabilitationSection {
    public var declaredOn: LocalDate
    public var disabilities: Set<SicilyDisability>
    public var modules: [SicilyRehabilitationModule]
    /// "funzionano per 8 ore giornaliere e ove possibile, per 5 giorni alla settimana" (L725).
    public var opening: SicilyOpeningHours
    public var takesChildrenUnderFour: Bool
    public var coLocatedSocialCare: Bool
    public var spaces: [SicilySpace<SicilyRehabilitationSpaceUse>]
    public var documents: [SicilyDatedDocument]

    public init(
        declaredOn: LocalDate, disabilities: Set<SicilyDisability>, modules: [SicilyRehabilitationModule], opening: SicilyOpeningHours,
        takesChildrenUnderFour: Bool = false, coLocatedSocialCare: Bool = false, spaces: [SicilySpace<SicilyRehabilitationSpaceUse>],
        documents: [SicilyDatedDocument]
    ) {
        self.declaredOn = declaredOn
        self.disabilities = disabilities
        self.modules = modules
        self.opening = opening
        self.takesChildrenUnderFour = takesChildrenUnderFour
        self.coLocatedSocialCare = coLocatedSocialCare
        self.spaces = spaces
        self.documents = documents
    }

    public static let member = "rehabilitation"
    public static let summary = "Disabilities treated, modules, opening hours, rooms and dated documents of the day rehabilitation "
        + "centre (seed 004 L596-L728, L767-L799). The shared `beds` are its places."
    public static let fields: FieldTable<SicilyRehabilitationDaySection> = {
        let shared = sharedFields(documents: SicilyStructureKit.allowed(SicilyRehabilitationRules.dayRequirements))
        return FieldTable(
            blank: SicilyRehabilitationDaySection(declaredOn: SicilyDatedDocument.blankDate, disabilities: [], modules: [],
                                                  opening: SicilyOpeningHours.fields.blank, spaces: [], documents: []),
            shared.head + [
                .required("opening", \.opening, ValueCodecs.object(SicilyOpeningHours.fields), summary: "Days a week and daily hours (L725)."),
            ] + shared.tail)
    }()
}

extension StructureType {
    /// Sicily §5.1.1: functional-rehabilitation centre at continuous cycle (residential), at least 20 beds.
    public static let sicilyRehabilitationResidential = StructureType(
        code: "sicily.rehab-residential", kind: .sicilyRehabilitationResidential,
        label: LocalizedText(it: "Presidio di riabilitazione funzionale a ciclo continuativo (struttura residenziale)",
                             en: "Functional-rehabilitation centre, continuous cycle (residential)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 596...799),
        staffingStandardID: "sicily.rehab-residential", ruleIDPrefix: "sicily.rehab-residential", capacityUnit: .beds)

    /// Sicily §5.1.1: functional-rehabilitation centre at day cycle (semi-residential), at least 20 places.
    public static let sicilyRehabilitationDay = StructureType(
        code: "sicily.rehab-day", kind: .sicilyRehabilitationDay,
        label: LocalizedText(it: "Presidio di riabilitazione funzionale a ciclo diurno (struttura semiresidenziale)",
                             en: "Functional-rehabilitation centre, day cycle (semi-residential)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 596...799),
        staffingStandardID: "sicily.rehab-day", ruleIDPrefix: "sicily.rehab-day", capacityUnit: .places)
}

extension DossierKind {
    /// Sicily, functional-rehabilitation centre for disabled people, residential (§5.1, §5.1.1, seed 004 L596-L799).
    public static let sicilyRehabilitationResidential: DossierKind = "sicily.disability.rehab-residential"
    /// Sicily, functional-rehabilitation centre for disabled people, day cycle (§5.1, §5.1.1, seed 004 L596-L799).
    public static let sicilyRehabilitationDay: DossierKind = "sicily.disability.rehab-day"
}
