/// Regione Siciliana, D.A. n. 17 del 12 settembre 2014 (seed 004), §4.1 *Lungo assistenza*,
/// L319-L449: residential long-term and maintenance care for non-self-sufficient elderly people
/// with low need of health protection, and for severely disabled people or disabled people
/// without family support, in nuclei of 20. What the residence owns beyond the shared parts:
/// who it takes, the months in an RSA its admission asks, its nuclei, floor area, rooms by area,
/// and its dated documents.
///
/// ```swift
/// let section = SicilyLongTermCareSection(
///     declaredOn: LocalDate(year: 2025, month: 3, day: 10)!, users: [.elderlyNonSelfSufficient],
///     priorResidenceMonths: 12, nuclei: [SicilyNucleus(id: "nucleo-a", places: 20)],
///     floorArea: SquareMetres(whole: 820), spaces: [], documents: [])
/// ```
public struct SicilyLongTermCareSection: Sendable, Hashable, SicilyDocumentedSection {
    public var declaredOn: LocalDate
    /// Who the residence takes (L342-L350).
    public var users: Set<Group>
    /// The months in an RSA (*residenza sanitaria assistenziale*) the admission criteria require
    /// before entry: people "già in carico alla RSA per 12 mesi" (L322-L324).
    public var priorResidenceMonths: Int
    /// The nuclei the places are organised in, 20 places each at most (L352, L378).
    public var nuclei: [SicilyNucleus]
    /// The usable indoor floor area of the whole structure (L379).
    public var floorArea: SquareMetres
    /// Outdoor spaces guests, wheelchair users included, can reach: they count up to 20 % of the
    /// standard (L381-L383).
    public var outdoorArea: SquareMetres?
    /// A pre-existing or renovated building: ±20 % of the reference standards (L379-L381).
    public var existingBuilding: Bool
    /// The building also houses a socio-assistance activity (L445-L449).
    public var coLocatedSocialCare: Bool
    /// Kitchen or laundry contracted out (L436, L438): their rooms are then not required.
    public var outsourced: Set<Outsourced>
    public var spaces: [SicilySpace<Space>]
    public var documents: [SicilyDatedDocument]

    public init(
        declaredOn: LocalDate, users: Set<Group>, priorResidenceMonths: Int, nuclei: [SicilyNucleus], floorArea: SquareMetres,
        outdoorArea: SquareMetres? = nil, existingBuilding: Bool = false, coLocatedSocialCare: Bool = false,
        outsourced: Set<Outsourced> = [], spaces: [SicilySpace<Space>], documents: [SicilyDatedDocument]
    ) {
        self.declaredOn = declaredOn
        self.users = users
        self.priorResidenceMonths = priorResidenceMonths
        self.nuclei = nuclei
        self.floorArea = floorArea
        self.outdoorArea = outdoorArea
        self.existingBuilding = existingBuilding
        self.coLocatedSocialCare = coLocatedSocialCare
        self.outsourced = outsourced
        self.spaces = spaces
        self.documents = documents
    }

    /// The people the residence serves (L342-L350).
    public enum Group: String, Sendable, Hashable, CaseIterable {
        case elderlyNonSelfSufficient = "elderly-non-self-sufficient"
        case severelyDisabled = "severely-disabled"
        case disabledWithoutFamilySupport = "disabled-without-family-support"
    }

    /// Services the seed lets a structure contract out ("se non appaltate all'esterno").
    public enum Outsourced: String, Sendable, Hashable, CaseIterable {
        case kitchen
        case laundry
    }

    /// The rooms and spaces of the four areas (L384-L444).
    public enum Space: String, Sendable, Hashable, CaseIterable, SicilySpaceUse {
        // Area destinata alla residenzialità (L384-L414).
        case adaptedBathroom = "adapted-bathroom"
        case assistedBathroom = "assisted-bathroom"
        case clinicRoom = "clinic-room"
        case staffRoom = "staff-room"
        case equippedKitchen = "equipped-kitchen"
        case livingRoom = "living-room"
        case cleanLinenCupboards = "clean-linen-cupboards"
        case dirtyLinenRoom = "dirty-linen-room"
        case sluiceRoom = "sluice-room"
        case equipmentStore = "equipment-store"
        // Area destinata alla valutazione e alle terapie (L415-L421).
        case assessmentRoom = "assessment-room"
        case rehabilitationArea = "rehabilitation-area"
        case gym
        // Area di socializzazione (L422-L428).
        case multipurposeRoom = "multipurpose-room"
        case guestServicesRoom = "guest-services-room"
        case socialToilets = "social-toilets"
        // Aree generali di supporto (L429-L444).
        case entrance
        case offices
        case kitchenPantry = "kitchen-pantry"
        case laundry
        case stores
        case mortuary
        case cleanDirtyStores = "clean-dirty-stores"

        public var label: LocalizedText {
            switch self {
            case .adaptedBathroom: return LocalizedText(it: "servizi igienici attrezzati per la non autosufficienza", en: "toilets equipped for non-self-sufficient guests")
            case .assistedBathroom: return LocalizedText(it: "bagno assistito", en: "assisted bathroom")
            case .clinicRoom: return LocalizedText(it: "ambulatorio-medicheria", en: "clinic and dressing room")
            case .staffRoom: return LocalizedText(it: "locale controllo personale con servizi igienici annessi", en: "staff control room with its toilets")
            case .equippedKitchen: return LocalizedText(it: "cucina attrezzata", en: "equipped kitchen")
            case .livingRoom: return LocalizedText(it: "spazi soggiorno/gioco-TV/spazio collettivo", en: "living, games and TV room")
            case .cleanLinenCupboards: return LocalizedText(it: "armadi per biancheria pulita", en: "clean-linen cupboards")
            case .dirtyLinenRoom: return LocalizedText(it: "locale deposito biancheria sporca", en: "dirty-linen room")
            case .sluiceRoom: return LocalizedText(it: "locale per vuotatoio e lavapadelle", en: "sluice and bedpan-washer room")
            case .equipmentStore: return LocalizedText(it: "deposito per attrezzature, carrozzine e materiale di consumo", en: "store for equipment, wheelchairs and consumables")
            case .assessmentRoom: return LocalizedText(it: "locali per prestazioni ambulatoriali e valutazioni specifiche", en: "rooms for outpatient care and assessments")
            case .rehabilitationArea: return LocalizedText(it: "area per le attività di riabilitazione", en: "rehabilitation area")
            case .gym: return LocalizedText(it: "locali e/o palestra per le attività riabilitative", en: "rehabilitation rooms or gym")
            case .multipurposeRoom: return LocalizedText(it: "sale e soggiorni polivalenti", en: "multipurpose rooms")
            case .guestServicesRoom: return LocalizedText(it: "locale per servizi all'ospite", en: "guest services room")
            case .socialToilets: return LocalizedText(it: "servizi igienici dell'area di socializzazione", en: "toilets of the socialisation area")
            case .entrance: return LocalizedText(it: "ingresso con portineria, posta e telefono", en: "entrance with porter, post and telephone")
            case .offices: return LocalizedText(it: "uffici amministrativi", en: "administrative offices")
            case .kitchenPantry: return LocalizedText(it: "cucina, dispensa e locali accessori", en: "kitchen, pantry and ancillary rooms")
            case .laundry: return LocalizedText(it: "lavanderia e stireria", en: "laundry and ironing room")
            case .stores: return LocalizedText(it: "magazzini", en: "stores")
            case .mortuary: return LocalizedText(it: "camera ardente", en: "mortuary room")
            case .cleanDirtyStores: return LocalizedText(it: "depositi pulito e sporco", en: "clean and dirty stores")
            }
        }
    }
}

/// One nucleus of a long-term care residence: its id and places.
public struct SicilyNucleus: Sendable, Hashable {
    public var id: String
    public var places: Int

    public init(id: String, places: Int) {
        self.id = id
        self.places = places
    }

    public static let fields = FieldTable(blank: SicilyNucleus(id: "", places: 0), [
        .required("id", \.id, ValueCodecs.string()),
        .required("places", \.places, ValueCodecs.integer(1...1000)),
    ])
}

extension SicilyLongTermCareSection.Group: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyLongTermCareSection.Outsourced: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyLongTermCareSection.Space: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyLongTermCareSection: StructureSection {
    public static let member = "longTermCare"
    public static let summary = "Who the residence takes, the months in an RSA before entry, its nuclei of 20, floor area, "
        + "rooms and dated documents (seed 004 L319-L449). The shared `beds` are its places."
    public static let fields = FieldTable(
        blank: SicilyLongTermCareSection(declaredOn: SicilyDatedDocument.blankDate, users: [], priorResidenceMonths: 0, nuclei: [],
                                         floorArea: .zero, spaces: [], documents: []), [
            .required("declaredOn", \.declaredOn, ValueCodecs.date, summary: "The date the structure signs this declaration."),
            .required("users", \.users, ValueCodecs.codeSet(Group.self), summary: "Who the residence takes (L342-L350)."),
            .required("priorResidenceMonths", \.priorResidenceMonths, ValueCodecs.integer(0...600),
                      summary: "Months in an RSA the admission criteria require before entry (L322-L324)."),
            .required("nuclei", \.nuclei, ValueCodecs.list(ValueCodecs.object(SicilyNucleus.fields), minimumCount: 1, distinctID: { $0.id }),
                      summary: "The nuclei of 20 places (L352, L378)."),
            .required("floorAreaSquareMetres", \.floorArea, SquareMetres.codec, summary: "Usable indoor floor area of the whole structure (L379)."),
            .optional("outdoorAreaSquareMetres", \.outdoorArea, SquareMetres.codec,
                      summary: "Outdoor spaces reachable in a wheelchair, counted up to 20 % of the standard (L381-L383)."),
            .defaulted("existingBuilding", \.existingBuilding, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "A pre-existing or renovated building: ±20 % of the standards (L379-L381)."),
            .defaulted("coLocatedSocialCare", \.coLocatedSocialCare, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "The building also houses a socio-assistance activity (L445-L449)."),
            .defaulted("outsourced", \.outsourced, ValueCodecs.codeSet(Outsourced.self), default: [], writesDefault: false,
                       summary: "Kitchen or laundry contracted out (L436, L438)."),
            SicilySpace<Space>.listField(\.spaces, summary: "Rooms and spaces of the four areas (L384-L444)."),
            SicilyDatedDocument.listField(\.documents, allowed: SicilyStructureKit.allowed(SicilyLongTermCareRules.requirements)),
        ])
}

extension StructureType {
    /// Sicily §4.1: the long-term care residence (*lungo assistenza*), nuclei of 20 places.
    public static let sicilyLongTermCare = StructureType(
        code: "sicily.long-term-care", kind: .sicilyLongTermCare,
        label: LocalizedText(it: "Lungo assistenza (nuclei di 20 posti)", en: "Long-term care residence (nuclei of 20 places)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 319...449),
        staffingStandardID: "sicily.long-term-care", ruleIDPrefix: "sicily.long-term-care", capacityUnit: .places)
}

extension DossierKind {
    /// Sicily, long-term care residence (§4.1, seed 004 L319-L449).
    public static let sicilyLongTermCare: DossierKind = "sicily.elderly.long-term-care"
}

/// The rules of the Sicilian long-term care residence (§4.1, seed 004 L319-L449) and the kind's
/// registration. Staffing goes through the existing standard `sicily.long-term-care`.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyLongTermCare)?.rules.count
/// ```
public enum SicilyLongTermCareRules {
    static let type = StructureType.sicilyLongTermCare
    static let seed = Seed.structuresSicily

    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Lungo assistenza, Regione Siciliana", en: "Long-term care residence, Sicily"),
        summary: "Lungo assistenza: the accreditation dossier of a Sicilian long-term care residence for non-self-sufficient "
            + "elderly and disabled people, in nuclei of 20 places (D.A. 17/2014, §4.1). Source: seed \(type.citation). This schema "
            + "checks structure and domains; the accreditation rules are checked by `sociosan validate`.",
        sections: [.section(SicilyLongTermCareSection.self)], attestationAreas: [], rules: rules)

    /// "Standard riferito a un nucleo 20 posti" (L352).
    static let nucleusPlaces = 20
    /// "dovranno essere soddisfatte ... soggetti già in carico alla RSA per 12 mesi" (L322-L324).
    static let monthsInResidence = 12

    static func section(_ dossier: StructureDossier) -> SicilyLongTermCareSection? { dossier.sections[SicilyLongTermCareSection.self] }

    static let admissionRules: [Rule<StructureDossier>] = [
        Rule.structure(
            type, "users.declared", seed: seed, lines: 342...350,
            title: LocalizedText(it: "La residenza dichiara a chi si rivolge", en: "The residence states whom it serves"),
            message: LocalizedText(it: "nessun destinatario dichiarato: anziani non autosufficienti, disabili gravi o privi di sostegno familiare",
                                   en: "no users stated: non-self-sufficient elderly, severely disabled or disabled people without family support")
        ) { dossier, report in
            if section(dossier)?.users.isEmpty == true { report.report(at: "/longTermCare/users") }
        },
        Rule.structure(
            type, "admission.after-residence", seed: seed, lines: 322...324,
            title: LocalizedText(it: "Accesso dopo 12 mesi in carico alla RSA", en: "Entry after 12 months in an RSA"),
            message: LocalizedText(it: "i criteri di accesso chiedono {0} mesi in RSA: la lungo assistenza accoglie chi è in carico alla RSA da {1} mesi",
                                   en: "the admission criteria ask {0} months in an RSA: long-term care takes people in an RSA for {1} months"),
            decision: "The 12 months in an RSA are the route in, checked on the admission criteria the structure declares; the seed sets no "
                + "discharge criterion and no maximum stay (L319-L449), so no length of stay is checked."
        ) { dossier, report in
            guard let section = section(dossier), section.priorResidenceMonths < monthsInResidence else { return }
            report.report(at: "/longTermCare/priorResidenceMonths", .integer(section.priorResidenceMonths), .integer(monthsInResidence))
        },
        Rule.structure(
            type, "capacity.nucleus-size", seed: seed, lines: 351...352,
            title: LocalizedText(it: "Nuclei di 20 posti al massimo", en: "Nuclei of at most 20 places"),
            message: LocalizedText(it: "il nucleo {0} ha {1} posti: lo standard è riferito a un nucleo di {2}",
                                   en: "nucleus {0} has {1} places: the standard is for a nucleus of {2}"),
            decision: "\"Standard riferito a un nucleo 20 posti\" (L352, L378) is read as a nucleus of at most 20: a larger one is "
                + "two nuclei, each with its own table (the staffing standard counts every started nucleus)."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for (index, nucleus) in section.nuclei.enumerated() where nucleus.places > nucleusPlaces {
                report.report(at: JSONPointer.root.appending("longTermCare").appending("nuclei").appending(index).appending("places"),
                              .text(nucleus.id), .integer(nucleus.places), .integer(nucleusPlaces))
            }
        },
        Rule.structure(
            type, "capacity.nucleus-total", seed: seed, lines: 378...378,
            title: LocalizedText(it: "I posti dei nuclei sono i posti della struttura", en: "The nuclei's places are the structure's places"),
            message: LocalizedText(it: "i nuclei sommano {0} posti, la struttura ne dichiara {1}",
                                   en: "the nuclei add up to {0} places, the structure declares {1}")
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let total = section.nuclei.reduce(0) { $0 + $1.places }
            if total != dossier.beds { report.report(at: "/longTermCare/nuclei", .integer(total), .integer(dossier.beds)) }
        },
    ]

    /// The minimum usable area of a bedroom of `beds` beds, bathroom excluded (L386-L389);
    /// `nil` above three beds, which the seed does not admit.
    public static func minimumRoomArea(beds: Int) -> SquareMetres? {
        switch beds {
        case 1: return SquareMetres(whole: 12)
        case 2: return SquareMetres(whole: 15)
        case 3: return SquareMetres(whole: 26)
        default: return nil
        }
    }

    /// The floor area the whole structure needs for `places`: 40 m² a guest (L379), less 20 %
    /// for an existing or renovated building (L379-L381).
    ///
    /// ```swift
    /// SicilyLongTermCareRules.minimumFloorArea(places: 20, existingBuilding: false)   // 800 m²
    /// SicilyLongTermCareRules.minimumFloorArea(places: 20, existingBuilding: true)    // 640 m²
    /// ```
    public static func minimumFloorArea(places: Int, existingBuilding: Bool) -> SquareMetres {
        SquareMetres(whole: (existingBuilding ? 32 : 40) * places)
    }

    static let roomRules: [Rule<StructureDossier>] = [
        SicilyStructureKit.bedTotal(type, lines: 384...389, inBeds: true),
        Rule.structure(
            type, "rooms.max-beds", seed: seed, lines: 386...389,
            title: LocalizedText(it: "Camere a 1 o 2 letti; a 3 letti solo nel triennio transitorio",
                                 en: "Rooms of 1 or 2 beds; 3 beds only in the three transitional years"),
            message: LocalizedText(it: "la camera {0} ha {1} posti letto: ammesse camere a 1 o 2 letti (a 3 letti solo fino al {2})",
                                   en: "room {0} has {1} beds: rooms have 1 or 2 beds (3 only until {2})"),
            decision: "The three-bed room is \"ammissibile solo per il prossimo triennio\" (L389): three years from the decree of "
                + "12 September 2014, so up to 12 September 2017, judged on the declaration date. No room of four or more is listed."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let limit = section.declaredOn > SicilyStructureKit.transitionEnd ? 2 : 3
            for (index, room) in dossier.rooms.enumerated() where room.beds > limit {
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"),
                              .text(room.id), .integer(room.beds), .date(SicilyStructureKit.transitionEnd))
            }
        },
        Rule.structure(
            type, "rooms.area", seed: seed, lines: 386...389,
            title: LocalizedText(it: "Superficie minima delle camere, bagno escluso: 12 m² a 1 letto, 15 m² a 2 letti, 26 m² a 3 letti",
                                 en: "Minimum bedroom area, bathroom excluded: 12 m² for 1 bed, 15 m² for 2, 26 m² for 3"),
            message: LocalizedText(it: "la camera {0} ({1} posti letto) misura {2} m² bagno escluso, ne servono almeno {3}",
                                   en: "room {0} ({1} beds) measures {2} m² without its bathroom, at least {3} needed"),
            decision: "The ±20 % for existing buildings (L380-L381) is read for the whole-structure standard of L379 that it follows; "
                + "the bedroom \"valori minimi\" (L386) are minima for every building."
        ) { dossier, report in
            for (index, room) in dossier.rooms.enumerated() {
                guard let area = room.squareMetres, let minimum = minimumRoomArea(beds: room.beds), area < minimum else { continue }
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("squareMetres"),
                              .text(room.id), .integer(room.beds), area.argument, minimum.argument)
            }
        },
        SicilyStructureKit.roomAreaStated(type, lines: 386...389),
    ]

    static func spaces(_ dossier: StructureDossier) -> [SicilySpace<SicilyLongTermCareSection.Space>]? { section(dossier)?.spaces }

    static let premisesRules: [Rule<StructureDossier>] = [
        Rule.structure(
            type, "premises.floor-area", seed: seed, lines: 379...383,
            title: LocalizedText(it: "Superficie della struttura: 40 m² per ospite (32 m² per edifici preesistenti), spazi esterni fino al 20 %",
                                 en: "Floor area: 40 m² a guest (32 m² in existing buildings), outdoor spaces up to 20 %"),
            message: LocalizedText(it: "superficie computabile {0} m² (interna più esterna fino al 20 %): con {1} posti ne servono almeno {2}",
                                   en: "countable area {0} m² (indoor plus outdoor up to 20 %): {1} places need at least {2}"),
            decision: "\"misure in eccesso o in difetto entro il 20%\" (L380) is read as a floor of 80 % of 40 m² (32 m² a guest) for "
                + "pre-existing or renovated buildings; outdoor space counts up to 20 % of that standard (L382-L383)."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let minimum = minimumFloorArea(places: dossier.beds, existingBuilding: section.existingBuilding)
            let counted = SicilyArea.counted(indoor: section.floorArea, outdoor: section.outdoorArea, standard: minimum, outdoorPercent: 20)
            if counted < minimum {
                report.report(at: "/longTermCare/floorAreaSquareMetres", counted.argument, .integer(dossier.beds), minimum.argument)
            }
        },
        SicilyStructureKit.requiredSpacesRule(
            type, "premises.residential-area", lines: 384...414,
            title: LocalizedText(it: "Locali dell'area destinata alla residenzialità", en: "Rooms of the residential area"),
            uses: [.adaptedBathroom, .assistedBathroom, .clinicRoom, .staffRoom, .equippedKitchen, .livingRoom, .cleanLinenCupboards,
                   .dirtyLinenRoom, .sluiceRoom, .equipmentStore],
            member: SicilyLongTermCareSection.member, spaces: spaces),
        SicilyStructureKit.requiredSpacesRule(
            type, "premises.therapy-area", lines: 415...421,
            title: LocalizedText(it: "Locali dell'area destinata alla valutazione e alle terapie", en: "Rooms of the assessment and therapy area"),
            uses: [.assessmentRoom, .rehabilitationArea, .gym], member: SicilyLongTermCareSection.member, spaces: spaces),
        SicilyStructureKit.requiredSpacesRule(
            type, "premises.socialisation-area", lines: 422...428,
            title: LocalizedText(it: "Locali dell'area di socializzazione", en: "Rooms of the socialisation area"),
            uses: [.multipurposeRoom, .guestServicesRoom, .socialToilets], member: SicilyLongTermCareSection.member, spaces: spaces),
        SicilyStructureKit.requiredSpacesRule(
            type, "premises.support-areas", lines: 429...444,
            title: LocalizedText(it: "Aree generali di supporto", en: "General support areas"),
            uses: [.entrance, .offices, .kitchenPantry, .laundry, .stores, .mortuary, .cleanDirtyStores],
            member: SicilyLongTermCareSection.member, spaces: spaces,
            exempt: { dossier, use in
                let outsourced = section(dossier)?.outsourced ?? []
                return (use == .kitchenPantry && outsourced.contains(.kitchen)) || (use == .laundry && outsourced.contains(.laundry))
            },
            decision: "Kitchen and laundry rooms are not required when the service is contracted out (\"se non appaltate all'esterno\", L436, L438)."),
    ]

    /// The qualitative requirements, each attested with its document's date.
    static let requirements: [SicilyStructureKit.Requirement] = [
        .init(.generalPractitionerCare, 372...372),
        .init(.staffQualifications, 373...373),
        .init(.employmentContracts, 374...376),
        .init(.guestPrivacy, 390...391),
        .init(.nonAmbulantEquipment, 413...414),
        .init(.separatePremises, 445...449, applies: { section($0)?.coLocatedSocialCare == true }),
    ]

    static let staffRules: [Rule<StructureDossier>] =
        StructureStaffingRules.rules(type, standard: SicilyStaffingStandards.longTermCare)
        + [SicilyStructureKit.osaPhasingOut(type, lines: 364...364)]

    /// Every rule of the kind, in the order findings are reported.
    public static let rules: [Rule<StructureDossier>] = [SicilyStructureKit.region(type)] + admissionRules + roomRules + premisesRules
        + staffRules + SicilyStructureKit.documentRules(type, SicilyLongTermCareSection.self, requirements)
}
