/// Regione Siciliana, D.A. n. 17 del 12 settembre 2014 (seed 004), §4.2 *Il servizio
/// semiresidenziale per anziani affetti da demenza*, L450-L595: a day centre for people with
/// cognitive decline, mainly elderly, at most 20 places a day, open six days a week 08:30-18:30.
/// What the centre owns beyond the shared parts: its opening hours, the activities it ensures,
/// its floor area, rooms, winter heating and dated documents. The shared `beds` are its places a
/// day (L494-L495); the shared `rooms` are its rest bedrooms (at least two of two beds, L583).
///
/// ```swift
/// let section = SicilyDementiaDayCentreSection(
///     declaredOn: LocalDate(year: 2025, month: 2, day: 3)!,
///     opening: SicilyOpeningHours(daysPerWeek: 6, opensAt: SicilyTimeOfDay(hour: 8, minute: 30), closesAt: SicilyTimeOfDay(hour: 18, minute: 30)),
///     activities: Set(SicilyDementiaDayCentreSection.Activity.allCases), floorArea: SquareMetres(whole: 320),
///     winterMinimumCelsius: 20, spaces: [], documents: [])
/// ```
public struct SicilyDementiaDayCentreSection: Sendable, Hashable, SicilyDocumentedSection {
    public var declaredOn: LocalDate
    /// Days a week and daily hours (L494-L496).
    public var opening: SicilyOpeningHours
    /// The activities the centre ensures (L498-L528).
    public var activities: Set<Activity>
    /// The usable indoor floor area of the whole structure (L592).
    public var floorArea: SquareMetres
    /// Outdoor spaces reachable in a wheelchair: they count up to 20 % of the total (L592-L595).
    public var outdoorArea: SquareMetres?
    /// The winter temperature the heating keeps, in °C (L590-L591).
    public var winterMinimumCelsius: Int
    public var spaces: [SicilySpace<Space>]
    public var documents: [SicilyDatedDocument]

    public init(
        declaredOn: LocalDate, opening: SicilyOpeningHours, activities: Set<Activity>, floorArea: SquareMetres,
        outdoorArea: SquareMetres? = nil, winterMinimumCelsius: Int, spaces: [SicilySpace<Space>], documents: [SicilyDatedDocument]
    ) {
        self.declaredOn = declaredOn
        self.opening = opening
        self.activities = activities
        self.floorArea = floorArea
        self.outdoorArea = outdoorArea
        self.winterMinimumCelsius = winterMinimumCelsius
        self.spaces = spaces
        self.documents = documents
    }

    /// "Dovranno essere assicurate le seguenti attività" (L498-L528).
    public enum Activity: String, Sendable, Hashable, CaseIterable {
        case reception
        case cognitiveMotorRehabilitation = "cognitive-motor-rehabilitation"
        case socialisationRecreation = "socialisation-recreation"
        case psychomotricityMusicTherapy = "psychomotricity-music-therapy"
        case realityOrientation = "reality-orientation"
        case personalCare = "personal-care"
        case nursing
        case familyPsychologicalSupport = "family-psychological-support"
        case familySupportService = "family-support-service"

        public var label: LocalizedText {
            switch self {
            case .reception: return LocalizedText(it: "servizio di accoglienza", en: "reception service")
            case .cognitiveMotorRehabilitation: return LocalizedText(it: "programmi riabilitativi cognitivi e motori", en: "cognitive and motor rehabilitation programmes")
            case .socialisationRecreation: return LocalizedText(it: "attività di socializzazione e ricreative quotidiane", en: "daily socialisation and recreation")
            case .psychomotricityMusicTherapy: return LocalizedText(it: "psicomotricità, musicoterapia, attività ludiche riabilitative", en: "psychomotricity, music therapy, therapeutic play")
            case .realityOrientation: return LocalizedText(it: "stimolazione cognitiva (ROT)", en: "cognitive stimulation (ROT)")
            case .personalCare: return LocalizedText(it: "assistenza alla persona nelle attività di base", en: "personal care in daily activities")
            case .nursing: return LocalizedText(it: "attività infermieristica (parametri vitali, terapia, medicazioni)", en: "nursing (vital signs, medication, dressings)")
            case .familyPsychologicalSupport: return LocalizedText(it: "sostegno psicologico, informazione e formazione alla famiglia", en: "psychological support, information and training for the family")
            case .familySupportService: return LocalizedText(it: "servizio di supporto alla famiglia", en: "family support service")
            }
        }
    }

    /// The rooms of the structural requirements (L561-L581); the two rest bedrooms are `rooms`.
    public enum Space: String, Sendable, Hashable, CaseIterable, SicilySpaceUse {
        case office
        case collectiveActivities = "collective-activities"
        case workshop
        case staffRoom = "staff-room"
        case meetingRoom = "meeting-room"
        case collectiveToilet = "collective-toilet"
        case adaptedToilet = "adapted-toilet"
        case staffToilet = "staff-toilet"
        case clinicRoom = "clinic-room"

        public var label: LocalizedText {
            switch self {
            case .office: return LocalizedText(it: "ambiente per segreteria e coordinamento", en: "secretariat and coordination room")
            case .collectiveActivities: return LocalizedText(it: "spazi per attività collettive e di socializzazione", en: "collective and socialisation spaces")
            case .workshop: return LocalizedText(it: "spazi per attività di laboratorio", en: "workshop spaces")
            case .staffRoom: return LocalizedText(it: "locale per il personale e i colloqui con le famiglie", en: "staff room, also for talks with families")
            case .meetingRoom: return LocalizedText(it: "sala pluriuso per riunioni", en: "multipurpose meeting room")
            case .collectiveToilet: return LocalizedText(it: "servizio igienico collettivo", en: "collective toilet")
            case .adaptedToilet: return LocalizedText(it: "servizio igienico attrezzato per la non autosufficienza", en: "toilet equipped for non-self-sufficient users")
            case .staffToilet: return LocalizedText(it: "servizio igienico per il personale", en: "staff toilet")
            case .clinicRoom: return LocalizedText(it: "ambulatorio-medicheria", en: "clinic and dressing room")
            }
        }
    }
}

extension SicilyDementiaDayCentreSection.Activity: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyDementiaDayCentreSection.Space: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyDementiaDayCentreSection: StructureSection {
    public static let member = "dementiaDayCentre"
    public static let summary = "Opening hours, activities, floor area, rooms, heating and dated documents of the day centre "
        + "(seed 004 L450-L595). The shared `beds` are its places a day, the shared `rooms` its rest bedrooms."
    public static let fields = FieldTable(
        blank: SicilyDementiaDayCentreSection(declaredOn: SicilyDatedDocument.blankDate, opening: SicilyOpeningHours.fields.blank,
                                              activities: [], floorArea: .zero, winterMinimumCelsius: 0, spaces: [], documents: []), [
            .required("declaredOn", \.declaredOn, ValueCodecs.date, summary: "The date the structure signs this declaration."),
            .required("opening", \.opening, ValueCodecs.object(SicilyOpeningHours.fields), summary: "Days a week and daily hours (L494-L496)."),
            .required("activities", \.activities, ValueCodecs.codeSet(Activity.self), summary: "The activities ensured (L498-L528)."),
            .required("floorAreaSquareMetres", \.floorArea, SquareMetres.codec, summary: "Usable indoor floor area of the whole structure (L592)."),
            .optional("outdoorAreaSquareMetres", \.outdoorArea, SquareMetres.codec,
                      summary: "Outdoor spaces reachable in a wheelchair, counted up to 20 % of the total (L592-L595)."),
            .required("winterMinimumCelsius", \.winterMinimumCelsius, ValueCodecs.integer(-10...40),
                      summary: "Winter temperature the heating keeps, °C (L590-L591)."),
            SicilySpace<Space>.listField(\.spaces, summary: "The rooms of the structural requirements (L561-L581)."),
            SicilyDatedDocument.listField(\.documents, allowed: SicilyStructureKit.allowed(SicilyDementiaDayCentreRules.requirements)),
        ])
}

extension StructureType {
    /// Sicily §4.2: the day centre for elderly people with dementia, at most 20 places a day.
    public static let sicilyDementiaDayCentre = StructureType(
        code: "sicily.dementia-day-centre", kind: .sicilyDementiaDayCentre,
        label: LocalizedText(it: "Servizio semiresidenziale per anziani affetti da demenza (massimo 20 posti)",
                             en: "Day centre for elderly people with dementia (at most 20 places)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 450...595),
        staffingStandardID: "sicily.dementia-day-centre", ruleIDPrefix: "sicily.dementia-day-centre", capacityUnit: .places)
}

extension DossierKind {
    /// Sicily, day centre for elderly people with dementia or Alzheimer's disease (§4.2, seed 004 L450-L595).
    public static let sicilyDementiaDayCentre: DossierKind = "sicily.elderly.dementia-day-centre"
}

/// The rules of the Sicilian dementia day centre (§4.2, seed 004 L450-L595) and the kind's
/// registration. Staffing goes through the existing standard `sicily.dementia-day-centre`.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyDementiaDayCentre)?.rules.count
/// ```
public enum SicilyDementiaDayCentreRules {
    static let type = StructureType.sicilyDementiaDayCentre
    static let seed = Seed.structuresSicily

    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Servizio semiresidenziale per anziani affetti da demenza, Regione Siciliana",
                             en: "Day centre for elderly people with dementia, Sicily"),
        summary: "Servizio semiresidenziale per anziani affetti da demenza: the accreditation dossier of a Sicilian day centre for "
            + "people with dementia or Alzheimer's disease, at most 20 places a day (D.A. 17/2014, §4.2). Source: seed \(type.citation). "
            + "This schema checks structure and domains; the accreditation rules are checked by `sociosan validate`.",
        sections: [.section(SicilyDementiaDayCentreSection.self)], attestationAreas: [], rules: rules)

    /// "una capacità recettiva non superiore a 20 posti" (L494-L495).
    public static let maximumPlaces = 20
    /// "per sei giorni la settimana in orario compreso tra le 8,30 e le 18,30" (L495-L496).
    public static let openingDays = 6
    public static let opensBy = SicilyTimeOfDay(hour: 8, minute: 30)
    public static let closesNotBefore = SicilyTimeOfDay(hour: 18, minute: 30)
    /// "una superficie minima di 300 mq" (L592).
    public static let minimumFloorArea = SquareMetres(whole: 300)

    static func section(_ dossier: StructureDossier) -> SicilyDementiaDayCentreSection? { dossier.sections[SicilyDementiaDayCentreSection.self] }

    static let capacityRules: [Rule<StructureDossier>] = [
        Rule.structure(
            type, "capacity.max-places", seed: seed, lines: 494...495,
            title: LocalizedText(it: "Al massimo 20 posti giornalieri", en: "At most 20 places a day"),
            message: LocalizedText(it: "il servizio dichiara {0} posti giornalieri, al massimo ne sono ammessi {1}",
                                   en: "the centre declares {0} places a day, at most {1} are allowed"),
            decision: "The limit is on places a day (the shared `beds`), not on enrolled users: users rotate within the 20 daily places (L496-L497)."
        ) { dossier, report in
            if dossier.beds > maximumPlaces { report.report(at: "/beds", .integer(dossier.beds), .integer(maximumPlaces)) }
        },
        Rule.structure(
            type, "opening.days", seed: seed, lines: 494...496,
            title: LocalizedText(it: "Accoglienza per sei giorni la settimana", en: "Open six days a week"),
            message: LocalizedText(it: "il servizio è aperto {0} giorni la settimana, ne servono {1}",
                                   en: "the centre is open {0} days a week, {1} needed"),
            decision: "Six days is a minimum: \"escluso i festivi\" keeps Sundays out, a seventh day is not refused."
        ) { dossier, report in
            guard let opening = section(dossier)?.opening, opening.daysPerWeek < openingDays else { return }
            report.report(at: "/dementiaDayCentre/opening/daysPerWeek", .integer(opening.daysPerWeek), .integer(openingDays))
        },
        Rule.structure(
            type, "opening.hours", seed: seed, lines: 495...496,
            title: LocalizedText(it: "Accoglienza dalle 8,30 alle 18,30", en: "Open from 08:30 to 18:30"),
            message: LocalizedText(it: "il servizio è aperto dalle {0} alle {1}: l'accoglienza copre le ore dalle {2} alle {3}",
                                   en: "the centre is open from {0} to {1}: reception covers {2} to {3}"),
            decision: "\"in orario compreso tra le 8,30 e le 18,30\" is read as the whole window, as the staffing standard reads it "
                + "(60 hours a week of care-staff coverage, 10 hours on 6 days)."
        ) { dossier, report in
            guard let opening = section(dossier)?.opening, opensBy < opening.opensAt || opening.closesAt < closesNotBefore else { return }
            report.report(at: "/dementiaDayCentre/opening", opening.opensAt.argument, opening.closesAt.argument, opensBy.argument, closesNotBefore.argument)
        },
        Rule.structure(
            type, "activities.required", seed: seed, lines: 498...528,
            title: LocalizedText(it: "Le attività che il servizio deve assicurare", en: "The activities the centre must ensure"),
            message: LocalizedText(it: "attività non assicurata: {0}", en: "activity not ensured: {0}")
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for activity in SicilyDementiaDayCentreSection.Activity.allCases where !section.activities.contains(activity) {
                report.report(at: "/dementiaDayCentre/activities", .localized(activity.label))
            }
        },
    ]

    static let premisesRules: [Rule<StructureDossier>] = [
        Rule.structure(
            type, "premises.floor-area", seed: seed, lines: 592...595,
            title: LocalizedText(it: "Superficie minima 300 m², spazi esterni fino al 20 %", en: "Minimum floor area 300 m², outdoor spaces up to 20 %"),
            message: LocalizedText(it: "superficie computabile {0} m² (interna più esterna fino al 20 %), ne servono almeno {1}",
                                   en: "countable area {0} m² (indoor plus outdoor up to 20 %), at least {1} needed"),
            decision: "\"per una percentuale non superiore al 20% complessivo\" is read as 20 % of the 300 m²: at most 60 m² of outdoor space count."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let counted = SicilyArea.counted(indoor: section.floorArea, outdoor: section.outdoorArea, standard: minimumFloorArea, outdoorPercent: 20)
            if counted < minimumFloorArea { report.report(at: "/dementiaDayCentre/floorAreaSquareMetres", counted.argument, minimumFloorArea.argument) }
        },
        SicilyStructureKit.requiredSpacesRule(
            type, "premises.required-rooms", lines: 561...581,
            title: LocalizedText(it: "Locali minimi del servizio", en: "The centre's minimum rooms"),
            uses: [.office, .collectiveActivities, .workshop, .staffRoom, .meetingRoom, .staffToilet, .clinicRoom],
            member: SicilyDementiaDayCentreSection.member, spaces: { section($0)?.spaces }),
        Rule.structure(
            type, "premises.collective-toilets", seed: seed, lines: 577...577,
            title: LocalizedText(it: "Servizi igienici collettivi, di cui almeno uno attrezzato per la non autosufficienza",
                                 en: "Collective toilets, at least one equipped for non-self-sufficient users"),
            message: LocalizedText(it: "servizi igienici collettivi: {0} (attrezzati: {1}); ne servono almeno 2, di cui almeno 1 attrezzato",
                                   en: "collective toilets: {0} ({1} equipped); at least 2 needed, at least 1 of them equipped"),
            decision: "The plural and \"di cui almeno uno\" mean at least two collective toilets, one equipped (as S-03 reads L1148)."
        ) { dossier, report in
            guard let spaces = section(dossier)?.spaces else { return }
            let equipped = spaces.count(of: [.adaptedToilet])
            let total = spaces.count(of: [.collectiveToilet, .adaptedToilet])
            if total < 2 || equipped == 0 { report.report(at: "/dementiaDayCentre/spaces", .integer(total), .integer(equipped)) }
        },
        Rule.structure(
            type, "rooms.double-rooms", seed: seed, lines: 583...583,
            title: LocalizedText(it: "Almeno 2 camere con 2 letti ciascuna", en: "At least 2 bedrooms of 2 beds each"),
            message: LocalizedText(it: "camere con almeno 2 letti: {0}, ne servono almeno 2", en: "bedrooms with at least 2 beds: {0}, at least 2 needed")
        ) { dossier, report in
            let doubles = dossier.rooms.filter { $0.beds >= 2 }.count
            if doubles < 2 { report.report(at: "/rooms", .integer(doubles)) }
        },
        Rule.structure(
            type, "premises.heating", seed: seed, lines: 590...591,
            title: LocalizedText(it: "Riscaldamento: almeno 20 °C d'inverno", en: "Heating: at least 20 °C in winter"),
            message: LocalizedText(it: "il riscaldamento assicura {0} °C d'inverno, ne servono almeno 20", en: "the heating keeps {0} °C in winter, at least 20 needed")
        ) { dossier, report in
            guard let section = section(dossier), section.winterMinimumCelsius < 20 else { return }
            report.report(at: "/dementiaDayCentre/winterMinimumCelsius", .integer(section.winterMinimumCelsius))
        },
    ]

    /// The qualitative requirements, each attested with its document's date.
    static let requirements: [SicilyStructureKit.Requirement] = [
        .init(.admissionCriteria, 486...487),
        .init(.userRotation, 496...497),
        .init(.individualProjects, 511...514),
        .init(.healthAuthorityMedicalCare, 550...551, .warning,
              decision: "The 15 hours are the ASP's to give, not the centre's: it attests the arrangement, and a missing one is a warning. "
                  + "Whether the 15 hours are shared by doctor and psychologist or each is not said (digest ambiguity 2)."),
        .init(.staffQualifications, 552...552),
        .init(.employmentContracts, 553...555),
        .init(.buildingCompliance, 557...558),
        .init(.publicTransportLocation, 562...563),
        .init(.entranceInformationPoint, 584...585),
        .init(.nonSlipFloors, 586...586),
        .init(.naturalLight, 587...587),
        .init(.accessibleDoors, 588...589),
    ]

    static let staffRules: [Rule<StructureDossier>] =
        StructureStaffingRules.rules(type, standard: SicilyStaffingStandards.dementiaDayCentre)
        + [SicilyStructureKit.osaPhasingOut(type, lines: 546...546)]

    /// Every rule of the kind, in the order findings are reported.
    public static let rules: [Rule<StructureDossier>] = [SicilyStructureKit.region(type)] + capacityRules + premisesRules + staffRules
        + SicilyStructureKit.documentRules(type, SicilyDementiaDayCentreSection.self, requirements)
}

/// The Sicilian kinds of seed 004 section 4 (elderly and non-self-sufficient people), registered as one list.
///
/// ```swift
/// SicilyElderlyKinds.all.map(\.kind)   // ["sicily.elderly.long-term-care", "sicily.elderly.dementia-day-centre"]
/// ```
public enum SicilyElderlyKinds {
    public static let all: [StructureKind] = [SicilyLongTermCareRules.kind, SicilyDementiaDayCentreRules.kind]
    public static let types: [StructureType] = [.sicilyLongTermCare, .sicilyDementiaDayCentre]
}
