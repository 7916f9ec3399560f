/// Regione Siciliana, *Il sistema unico di accreditamento dei soggetti che erogano prestazioni
/// socio-sanitarie* (D.A. n. 17 del 12 settembre 2014, seed 004), §6.1.4.1 L1081-L1156:
/// *Strutture Residenziali Psichiatriche per interventi socio-riabilitativi 24 ore per un massimo
/// di 10 utenti*. What the residence owns beyond the shared parts of every structure dossier: the
/// structure's usable floor area, its common spaces, how users come in, and the DSM and CSM it
/// works with.
///
/// ```swift
/// let section = SicilyResidence24hSection(
///     floorArea: SquareMetres(hundredths: 23_650),
///     spaces: [SicilyResidenceSpace(id: "cucina", use: .kitchen)])
/// ```
public struct SicilyResidence24hSection: Sendable, Hashable {
    /// The usable (net) floor area of the whole structure: at least 200 m² for 10 places (L1132),
    /// less only for the bedrooms below 10 (L1154-L1156). Decision S-02: usable, like the
    /// bedrooms' "superficie utile" (L1137).
    public var floorArea: SquareMetres
    /// The common rooms (L1135-L1150).
    public var spaces: [SicilyResidenceSpace]
    /// How users come in: after a health residence, or sent directly by the DSM (L1112-L1114).
    public var admissionRoutes: Set<SicilyAdmissionRoute>
    /// The Department of Mental Health that directs and coordinates (L912-L916).
    public var mentalHealthDepartment: String?
    /// The Mental Health Centre whose specialists give psychiatric care (L1130).
    public var mentalHealthCentre: String?
    /// Whether the structure is one of the two 10-place structures a 20-place module of D.A.
    /// 320/2014 was split into (L949-L956): its savings then fund activities agreed with the DSM.
    public var fromTwentyPlaceModule: Bool

    public init(
        floorArea: SquareMetres, spaces: [SicilyResidenceSpace], admissionRoutes: Set<SicilyAdmissionRoute> = [],
        mentalHealthDepartment: String? = nil, mentalHealthCentre: String? = nil, fromTwentyPlaceModule: Bool = false
    ) {
        self.floorArea = floorArea
        self.spaces = spaces
        self.admissionRoutes = admissionRoutes
        self.mentalHealthDepartment = mentalHealthDepartment
        self.mentalHealthCentre = mentalHealthCentre
        self.fromTwentyPlaceModule = fromTwentyPlaceModule
    }

    /// How many spaces have one of the given uses.
    public func count(of uses: Set<SicilyResidenceSpace.Use>) -> Int { spaces.filter { uses.contains($0.use) }.count }
}

/// One common room of the residence.
public struct SicilyResidenceSpace: Sendable, Hashable {
    public var id: String
    public var use: Use
    /// The seed sets no area for the common rooms; stated for information.
    public var squareMetres: SquareMetres?

    public init(id: String, use: Use, squareMetres: SquareMetres? = nil) {
        self.id = id
        self.use = use
        self.squareMetres = squareMetres
    }

    /// The rooms of the structural standard (L1135-L1150), a closed code set.
    public enum Use: String, Sendable, Hashable, CaseIterable {
        case livingDining = "living-dining"
        case kitchen
        case laundryWardrobe = "laundry-wardrobe"
        case staffRoom = "staff-room"
        case meetingRoom = "meeting-room"
        case userToilet = "user-toilet"
        case userToiletAccessible = "user-toilet-accessible"
        case staffToilet = "staff-toilet"

        /// The seed's own words, and an English rendering.
        public var label: LocalizedText {
            switch self {
            case .livingDining: return LocalizedText(it: "soggiorno/sala da pranzo", en: "living/dining room")
            case .kitchen: return LocalizedText(it: "cucina funzionale", en: "functional kitchen")
            case .laundryWardrobe: return LocalizedText(it: "lavanderia-guardaroba", en: "laundry-wardrobe")
            case .staffRoom: return LocalizedText(it: "locale di appoggio del personale", en: "staff room")
            case .meetingRoom: return LocalizedText(it: "sala riunioni", en: "meeting room")
            case .userToilet: return LocalizedText(it: "servizio igienico per gli utenti", en: "user toilet")
            case .userToiletAccessible: return LocalizedText(it: "servizio igienico per disabili", en: "accessible user toilet")
            case .staffToilet: return LocalizedText(it: "servizio igienico per il personale", en: "staff toilet")
            }
        }
    }
}

/// The two routes in (L1112-L1114); both pass through the DSM (L967-L969).
public enum SicilyAdmissionRoute: String, Sendable, Hashable, CaseIterable {
    /// After a therapeutic-rehabilitative stay in a health residence.
    case afterHealthResidence = "after-health-residence"
    /// Sent directly by the DSM, in agreement with the user.
    case dsmDirect = "dsm-direct"
}

extension SicilyResidenceSpace.Use: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyAdmissionRoute: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyResidenceSpace {
    public static let fields = FieldTable(blank: SicilyResidenceSpace(id: "", use: .kitchen), [
        .required("id", \.id, ValueCodecs.string()),
        .required("use", \.use, ValueCodecs.code(Use.self)),
        .optional("squareMetres", \.squareMetres,
                  ValueCodecs.mapped(ValueCodecs.hundredths(1...10_000_000), read: SquareMetres.init(hundredths:), write: \.hundredths)),
    ])
}

extension SicilyResidence24hSection: StructureSection {
    public static let member = "residence24h"
    public static let summary = "The residence's floor area, common rooms, routes in, DSM and CSM (seed 004 L912-L960, L1081-L1156)."
    public static let fields = FieldTable(blank: SicilyResidence24hSection(floorArea: SquareMetres(hundredths: 0), spaces: []), [
        .required("floorAreaSquareMetres", \.floorArea,
                  ValueCodecs.mapped(ValueCodecs.hundredths(1...10_000_000), read: SquareMetres.init(hundredths:), write: \.hundredths),
                  summary: "Usable floor area of the whole structure in m² (L1132, L1154-L1156)."),
        .required("spaces", \.spaces, ValueCodecs.list(ValueCodecs.object(SicilyResidenceSpace.fields), distinctID: { $0.id }),
                  summary: "The common rooms (L1135-L1150)."),
        .defaulted("admissionRoutes", \.admissionRoutes, ValueCodecs.codeSet(SicilyAdmissionRoute.self), default: [],
                   writesDefault: false, summary: "Routes in (L1112-L1114)."),
        .optional("mentalHealthDepartment", \.mentalHealthDepartment, ValueCodecs.string(), summary: "The DSM (L912-L916)."),
        .optional("mentalHealthCentre", \.mentalHealthCentre, ValueCodecs.string(), summary: "The CSM giving psychiatric care (L1130)."),
        .defaulted("fromTwentyPlaceModule", \.fromTwentyPlaceModule, ValueCodecs.bool, default: false, writesDefault: false,
                   summary: "One of the two structures a 20-place module of D.A. 320/2014 was split into (L949-L956)."),
    ])
}

extension StructureType {
    /// Sicily §6.1.4.1: the 24-hour socio-rehabilitative psychiatric residence, at most 10 users.
    public static let sicilyPsychiatricResidence24h = StructureType(
        code: "sicily.residence-24h", kind: .sicilyPsychiatricResidence24h,
        label: LocalizedText(
            it: "Struttura residenziale psichiatrica per interventi socio-riabilitativi 24 ore (massimo 10 utenti)",
            en: "Psychiatric residence for 24-hour socio-rehabilitative care (at most 10 users)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 1081...1156),
        staffingStandardID: "sicily.psychiatric-residence-24h", ruleIDPrefix: "sicily.residence-24h", capacityUnit: .users)
}

extension DossierKind {
    /// Sicily, 24-hour socio-rehabilitative psychiatric residence (§6.1.4.1, seed 004 L1081-L1156).
    public static let sicilyPsychiatricResidence24h: DossierKind = "sicily.psychiatry.residence-24h"
}
