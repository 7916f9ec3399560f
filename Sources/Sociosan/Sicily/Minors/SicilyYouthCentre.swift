/// Seed 004 §7.7, *Centro di coesione per il protagonismo giovanile* (L3033-L3181): an open
/// educational centre for children and young people of 6 to 21, up to 100 users in at least two
/// of four age bands, open all year. No bedrooms: modelled as a service
/// (``StructurePremises/serviceWithoutBedrooms``) whose `beds` is its capacity in users.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyYouthCentre)?.premises  // .serviceWithoutBedrooms
/// ```
public struct SicilyYouthCentreSection: Sendable, Hashable {
    /// The age bands the centre takes in (L3057-L3058, L3067).
    public var ageBands: Set<AgeBand>
    /// Users sent by the public services, and all users enrolled (L3062-L3066).
    public var referredUsers: Int
    public var enrolledUsers: Int
    /// Open all year (L3069).
    public var openAllYear: Bool
    /// When the centre opens beyond school-day afternoons (L3069-L3071).
    public var schedule: Set<Slot>
    /// The activities it runs (L3076-L3093).
    public var activities: Set<Activity>
    /// On one level at the ground floor (L3162-L3163).
    public var groundFloorSingleLevel: Bool
    public var spaces: [SicilyMinorsSpace]

    public init(ageBands: Set<AgeBand>, referredUsers: Int, enrolledUsers: Int, openAllYear: Bool, schedule: Set<Slot>, activities: Set<Activity>,
                groundFloorSingleLevel: Bool, spaces: [SicilyMinorsSpace]) {
        self.ageBands = ageBands
        self.referredUsers = referredUsers
        self.enrolledUsers = enrolledUsers
        self.openAllYear = openAllYear
        self.schedule = schedule
        self.activities = activities
        self.groundFloorSingleLevel = groundFloorSingleLevel
        self.spaces = spaces
    }

    public enum AgeBand: String, Sendable, Hashable, CaseIterable {
        case from6To10 = "6-10", from11To13 = "11-13", from14To18 = "14-18", from19To21 = "19-21"
    }

    public enum Slot: String, Sendable, Hashable, CaseIterable {
        case afternoon, morning, evening, holidays, summer
    }

    public enum Activity: String, Sendable, Hashable, CaseIterable {
        case freeAggregation = "free-aggregation"
        case expressiveWorkshops = "expressive-workshops"
        case craftWorkshops = "craft-workshops"
        case sport
        case schoolSupport = "school-support"
        case guidance
        case documentation
        case familyEvents = "family-events"
    }
}

extension SicilyYouthCentreSection.AgeBand: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyYouthCentreSection.Slot: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyYouthCentreSection.Activity: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyYouthCentreSection: StructureSection {
    public static let member = "youthCentre"
    public static let summary = "The centre's age bands, users, opening, activities and spaces (seed 004 L3033-L3181)."
    public static let fields = FieldTable(
        blank: SicilyYouthCentreSection(ageBands: [], referredUsers: 0, enrolledUsers: 0, openAllYear: false, schedule: [], activities: [],
                                        groundFloorSingleLevel: false, spaces: []), [
            .required("ageBands", \.ageBands, ValueCodecs.codeSet(AgeBand.self), summary: "Age bands taken in (L3057-L3058, L3067)."),
            .required("referredUsers", \.referredUsers, ValueCodecs.integer(0...1000), summary: "Users sent by the public services (L3062-L3066)."),
            .required("enrolledUsers", \.enrolledUsers, ValueCodecs.integer(0...1000), summary: "All users enrolled."),
            .required("openAllYear", \.openAllYear, ValueCodecs.bool, summary: "Open all year (L3069)."),
            .required("schedule", \.schedule, ValueCodecs.codeSet(Slot.self), summary: "Opening slots (L3069-L3071)."),
            .required("activities", \.activities, ValueCodecs.codeSet(Activity.self), summary: "Activities (L3076-L3093)."),
            .required("groundFloorSingleLevel", \.groundFloorSingleLevel, ValueCodecs.bool, summary: "On one level at the ground floor (L3162)."),
            .required("spaces", \.spaces, SicilyMinorsSpace.listCodec, summary: "Spaces (L3164-L3166)."),
        ])
}

extension DossierKind {
    /// Sicily §7.7, youth cohesion centre.
    public static let sicilyYouthCentre: DossierKind = "sicily.minors.youth-centre"
}

extension StructureType {
    /// Sicily §7.7: youth cohesion centre, at most 100 users (no premises for the night).
    public static let sicilyYouthCentre = StructureType(
        code: "sicily.minors.youth-centre", kind: .sicilyYouthCentre,
        label: LocalizedText(it: "Centro di coesione per il protagonismo giovanile (massimo 100 utenti)",
                             en: "Youth cohesion centre (at most 100 users)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 3033...3181),
        staffingStandardID: "sicily.youth-centre", ruleIDPrefix: "sicily.minors.youth-centre", capacityUnit: .users)
}

/// The rules and the kind of the §7.7 youth centre.
public enum SicilyYouthCentreRules {
    static let type = StructureType.sicilyYouthCentre
    static let seed = Seed.structuresSicily
    static let member = SicilyYouthCentreSection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyYouthCentreSection? { dossier.sections[SicilyYouthCentreSection.self] }

    /// "fino ad un massimo di 100 minori e giovani" (L3074).
    public static let maximumUsers = 100

    static let attested = SicilyMinors.attestations(type, [
        .init("projects", "service-project", 3168...3171, it: "Progetto del servizio con articolazione per fasce d'età",
              en: "Service project, set out by age band"),
        .init("projects", "service-charter", 3172...3173, it: "Progetto esplicitato nella Carta dei servizi sociali", en: "Project set out in the social services charter"),
        .init("projects", "individual-projects", 3174...3176, .warning, it: "Progetto educativo individualizzato per ogni minore, concordato con la famiglia o i servizi",
              en: "An individual educational project for each minor, agreed with the family or the services", decision: "\"E' opportuno\": advice, so a warning."),
        .init("projects", "attendance-register", 3177...3177, it: "Registro delle presenze giornaliere", en: "Daily attendance register"),
        .init("projects", "annual-programme", 3177...3179, it: "Programmazione annuale per gruppi e fasce d'età, con strumenti di valutazione",
              en: "Annual programme by group and age band, with evaluation tools"),
        .init("projects", "evaluation-tool", 3180...3181, it: "Strumento di valutazione degli obiettivi raggiunti", en: "Tool to evaluate the objectives reached"),
        .init("premises", "gendered-toilets", 3164...3166, it: "Servizi igienici differenziati per genere", en: "Toilets separated by gender"),
        .init("premises", "accessible", 3098...3100, it: "Accessibile e fruibile anche da persone disabili", en: "Accessible to disabled people"),
    ] + SicilyMinors.paragraphTwo(callLines: 3146...3147))

    static let privacy = SicilyMinors.privacyRule(type) { _, _ in }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.maximumCapacityRule(type, maximumUsers, lines: 3073...3074,
                                         title: LocalizedText(it: "Al massimo 100 minori e giovani", en: "At most 100 children and young people")),
        SicilyMinors.peopleWithinCapacityRule(type, lines: 3073...3074, at: pointer.appending("enrolledUsers")) { section($0)?.enrolledUsers ?? 0 },
        Rule.structure(
            type, "users.age-bands", seed: seed, lines: 3067...3067,
            title: LocalizedText(it: "Almeno due delle quattro fasce d'età", en: "At least two of the four age bands"),
            message: LocalizedText(it: "{0} fasce d'età, almeno 2", en: "{0} age bands, at least 2"),
            decision: "Ambiguity 22: \"può prevedere l'accoglienza di almeno due delle quattro fasce\" read as a minimum of two bands."
        ) { dossier, report in
            guard let bands = section(dossier)?.ageBands.count, bands < 2 else { return }
            report.report(at: pointer.appending("ageBands"), .integer(bands))
        },
        Rule.structure(
            type, "users.referred-share", .warning, seed: seed, lines: 3065...3066,
            title: LocalizedText(it: "I segnalati dai servizi pubblici non prevalgono sugli accolti", en: "Users referred by public services do not outnumber the rest"),
            message: LocalizedText(it: "{0} segnalati su {1} accolti: prevalgono", en: "{0} referred out of {1} enrolled: they prevail"),
            decision: "Ambiguity 22: \"E' opportuno\" is advice (a warning); \"prevalgano\" read as more than half of all enrolled."
        ) { dossier, report in
            guard let section = section(dossier), section.referredUsers * 2 > section.enrolledUsers else { return }
            report.report(at: pointer.appending("referredUsers"), .integer(section.referredUsers), .integer(section.enrolledUsers))
        },
        Rule.structure(
            type, "opening.all-year", seed: seed, lines: 3069...3071,
            title: LocalizedText(it: "Il centro funziona tutto l'anno", en: "The centre works all year"),
            message: LocalizedText(it: "il centro non funziona tutto l'anno (periodo estivo compreso)", en: "the centre does not work all year (summer included)"),
            decision: "All year includes the summer period the programme must cover (L3069-L3070): openAllYear and the summer slot."
        ) { dossier, report in
            guard let section = section(dossier), !section.openAllYear || !section.schedule.contains(.summer) else { return }
            report.report(at: pointer.appending("openAllYear"))
        },
        Rule.structure(
            type, "activities.required", seed: seed, lines: 3082...3088,
            title: LocalizedText(it: "Aggregazione libera, laboratori programmati e pratica sportiva", en: "Free aggregation, programmed workshops and sport"),
            message: LocalizedText(it: "manca l'attività: {0}", en: "missing activity: {0}")
        ) { dossier, report in
            guard let activities = section(dossier)?.activities else { return }
            let at = pointer.appending("activities")
            if !activities.contains(.freeAggregation) { report.report(at: at, .localized(LocalizedText(it: "aggregazione libera", en: "free aggregation"))) }
            if activities.isDisjoint(with: [.expressiveWorkshops, .craftWorkshops]) {
                report.report(at: at, .localized(LocalizedText(it: "laboratori espressivi o artigianali", en: "expressive or craft workshops")))
            }
            if !activities.contains(.sport) { report.report(at: at, .localized(LocalizedText(it: "pratica sportiva", en: "sport"))) }
        },
        Rule.structure(
            type, "premises.single-level", .warning, seed: seed, lines: 3162...3163,
            title: LocalizedText(it: "Preferibilmente su un'unica quota al piano terreno", en: "Preferably on one level at the ground floor"),
            message: LocalizedText(it: "il centro non è su un'unica quota al piano terreno", en: "the centre is not on one level at the ground floor"),
            decision: "\"preferibilmente\": a warning."
        ) { dossier, report in
            if section(dossier)?.groundFloorSingleLevel == false { report.report(at: pointer.appending("groundFloorSingleLevel")) }
        },
        SicilyMinors.requiredSpacesRule(type, [.socialisation, .workshop, .secretariat, .interviewRoom, .accessibleBathroom],
                                        lines: 3164...3166, section: member) { section($0)?.spaces ?? [] },
    ] + attested.rules
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.youthCentre)

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Centro di coesione per il protagonismo giovanile, Regione Siciliana", en: "Youth cohesion centre, Sicily"),
        summary: "Centro di coesione per il protagonismo giovanile per bambini, adolescenti e giovani: the accreditation dossier of a Sicilian youth "
            + "centre (D.A. 17/2014, §7.7). No bedrooms: `beds` is its capacity in users. Source: seed \(type.citation). This schema checks "
            + "structure and domains; the rules are checked by `sociosan validate`.",
        premises: .serviceWithoutBedrooms,
        sections: [.section(SicilyYouthCentreSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
