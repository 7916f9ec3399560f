/// Seed 004 §7.1, *Servizi residenziali* (L2228-L2573): the therapeutic-rehabilitative
/// community for adolescents and pre-adolescents with severe psychiatric disorders (D.A. 7
/// January 2014), with intensive and extensive programmes. The section holds the programmes
/// offered, the building's facts the seed measures, and each placement by pseudonymous code.
///
/// ```swift
/// let limit = SicilyMinorsTherapeuticCommunityRules.stayLimit(
///     programme: .intensive, admittedOn: LocalDate(year: 2026, month: 1, day: 10)!, extended: false, mostSeriousCase: false)
/// // 2026-05-10: 120 days
/// ```
public struct SicilyMinorsTherapeuticCommunitySection: Sendable, Hashable {
    public var asOf: LocalDate
    /// The programme levels the community runs (L2249-L2251).
    public var programmes: Set<SicilyTherapeuticProgramme>
    /// The highest floor the community uses, 0 for the ground floor (L2436).
    public var highestFloor: Int
    /// Whether the building is a condominium (L2434).
    public var condominium: Bool
    /// The lowest room height in metres (L2409-L2410).
    public var minimumRoomHeight: SquareMetres
    public var spaces: [SicilyMinorsSpace]
    public var placements: [SicilyTherapeuticPlacement]

    public init(asOf: LocalDate, programmes: Set<SicilyTherapeuticProgramme>, highestFloor: Int, condominium: Bool,
                minimumRoomHeight: SquareMetres, spaces: [SicilyMinorsSpace], placements: [SicilyTherapeuticPlacement]) {
        self.asOf = asOf
        self.programmes = programmes
        self.highestFloor = highestFloor
        self.condominium = condominium
        self.minimumRoomHeight = minimumRoomHeight
        self.spaces = spaces
        self.placements = placements
    }
}

/// The two programme levels (L2249-L2251).
public enum SicilyTherapeuticProgramme: String, Sendable, Hashable, CaseIterable {
    case intensive, extensive
}

extension SicilyTherapeuticProgramme: TableCoded { public static let codeTable = CodeTable<Self>() }

/// One minor placed in the community, by pseudonymous code; the case managers by their codes.
public struct SicilyTherapeuticPlacement: Sendable, Hashable {
    public var code: String
    public var programme: SicilyTherapeuticProgramme
    public var admittedOn: LocalDate
    /// The one extension granted: a quarter (intensive) or a semester (extensive).
    public var extended: Bool
    /// An extensive placement in the most serious cases, up to 2 years (L2340-L2341).
    public var mostSeriousCase: Bool
    /// A minor of the penal area, on an observation period (L2323-L2326).
    public var penalArea: Bool
    /// Days of the observation period of a penal-area minor.
    public var observationDays: Int?
    /// The NPIA unit's case manager, by code (L2275-L2276).
    public var npiaCaseManager: String?
    /// The structure's case manager, by code (L2277-L2281).
    public var structureCaseManager: String

    public init(code: String, programme: SicilyTherapeuticProgramme, admittedOn: LocalDate, extended: Bool = false,
                mostSeriousCase: Bool = false, penalArea: Bool = false, observationDays: Int? = nil, npiaCaseManager: String?,
                structureCaseManager: String) {
        self.code = code
        self.programme = programme
        self.admittedOn = admittedOn
        self.extended = extended
        self.mostSeriousCase = mostSeriousCase
        self.penalArea = penalArea
        self.observationDays = observationDays
        self.npiaCaseManager = npiaCaseManager
        self.structureCaseManager = structureCaseManager
    }

    public static let fields = FieldTable(
        blank: SicilyTherapeuticPlacement(code: "", programme: .intensive, admittedOn: LocalDate(year: 2000, month: 1, day: 1)!,
                                          npiaCaseManager: nil, structureCaseManager: ""), [
            .required("code", \.code, PseudonymousCode.codec, summary: "The minor's pseudonymous code."),
            .required("programme", \.programme, ValueCodecs.code(SicilyTherapeuticProgramme.self)),
            .required("admittedOn", \.admittedOn, ValueCodecs.date),
            .defaulted("extended", \.extended, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "The one extension granted (a quarter, intensive; a semester, extensive)."),
            .defaulted("mostSeriousCase", \.mostSeriousCase, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "Extensive, most serious case: a longer cycle, never above 2 years."),
            .defaulted("penalArea", \.penalArea, ValueCodecs.bool, default: false, writesDefault: false),
            .optional("observationDays", \.observationDays, ValueCodecs.integer(0...3650), summary: "Observation period of a penal-area minor, in days."),
            .optional("npiaCaseManager", \.npiaCaseManager, PseudonymousCode.codec, summary: "Code of the NPIA unit's case manager."),
            .required("structureCaseManager", \.structureCaseManager, PseudonymousCode.codec, summary: "Code of the structure's case manager."),
        ])
}

extension SicilyMinorsTherapeuticCommunitySection: StructureSection {
    public static let member = "therapeuticCommunity"
    public static let summary = "The community's programmes, building facts, rooms and placements by pseudonymous code (seed 004 L2228-L2573)."
    public static let fields = FieldTable(
        blank: SicilyMinorsTherapeuticCommunitySection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, programmes: [], highestFloor: 0,
                                                       condominium: false, minimumRoomHeight: .zero, spaces: [], placements: []), [
            .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date."),
            .required("programmes", \.programmes, ValueCodecs.codeSet(SicilyTherapeuticProgramme.self), summary: "Programme levels run (L2249-L2251)."),
            .required("highestFloor", \.highestFloor, ValueCodecs.integer(-3...50), summary: "Highest floor used; 0 is the ground floor (L2436)."),
            .required("condominium", \.condominium, ValueCodecs.bool, summary: "Whether the building is a condominium (L2434)."),
            .required("minimumRoomHeightMetres", \.minimumRoomHeight, SquareMetres.codec, summary: "Lowest room height in metres (L2409-L2410)."),
            .required("spaces", \.spaces, SicilyMinorsSpace.listCodec, summary: "Kitchen, bathrooms and common rooms (L2397-L2425)."),
            .required("placements", \.placements, ValueCodecs.list(ValueCodecs.object(SicilyTherapeuticPlacement.fields), distinctID: { $0.code }),
                      summary: "The minors placed at the census date, by pseudonymous code."),
        ])
}

extension DossierKind {
    /// Sicily §7.1, therapeutic-rehabilitative residential community for minors.
    public static let sicilyMinorsTherapeuticCommunity: DossierKind = "sicily.minors.therapeutic-community"
}

extension StructureType {
    /// Sicily §7.1: therapeutic-rehabilitative residential community for minors.
    public static let sicilyMinorsTherapeuticCommunity = StructureType(
        code: "sicily.minors.therapeutic-community", kind: .sicilyMinorsTherapeuticCommunity,
        label: LocalizedText(it: "Comunità terapeutica riabilitativa per minori (programmi intensivi ed estensivi)",
                             en: "Therapeutic-rehabilitative community for minors (intensive and extensive programmes)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 2228...2573),
        staffingStandardID: "sicily.minors-therapeutic-community", ruleIDPrefix: "sicily.minors.therapeutic-community", capacityUnit: .places)
}

/// The rules and the kind of the §7.1 therapeutic community for minors.
public enum SicilyMinorsTherapeuticCommunityRules {
    static let type = StructureType.sicilyMinorsTherapeuticCommunity
    static let seed = Seed.structuresSicily
    static let member = SicilyMinorsTherapeuticCommunitySection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyMinorsTherapeuticCommunitySection? {
        dossier.sections[SicilyMinorsTherapeuticCommunitySection.self]
    }

    /// "non superiore a 120 gg. eventualmente prorogabili per un ulteriore trimestre" (L2268-L2269).
    public static let intensiveDays = 120
    /// "non superiore a 180 giorni eventualmente prorogabili per un ulteriore semestre" (L2339-L2340).
    public static let extensiveDays = 180
    /// "mai superiore ai 2 anni" (L2340-L2341).
    public static let mostSeriousYears = 2
    /// "non più di 5 pazienti" per structure case manager (L2280).
    public static let caseload = 5
    /// "massimo 1 mese" of observation (L2324), read as 31 days.
    public static let observationDays = 31

    /// The last day a placement may run (decision: ambiguity 12).
    public static func stayLimit(programme: SicilyTherapeuticProgramme, admittedOn: LocalDate, extended: Bool, mostSeriousCase: Bool) -> LocalDate {
        switch programme {
        case .intensive:
            let base = admittedOn.adding(days: intensiveDays)!
            return extended ? SicilyMinors.adding(months: 3, to: base) : base
        case .extensive:
            if mostSeriousCase { return SicilyMinors.adding(years: mostSeriousYears, to: admittedOn) }
            let base = admittedOn.adding(days: extensiveDays)!
            return extended ? SicilyMinors.adding(months: 6, to: base) : base
        }
    }

    static func placementPointer(_ index: Int, _ member: String) -> JSONPointer {
        pointer.appending("placements").appending(index).appending(member)
    }

    static let procedures: [(String, Int, String, String)] = [
        ("admission", 2508, "accoglienza", "admission"),
        ("family-relations", 2510, "rapporti con la famiglia", "relations with the family"),
        ("discharge", 2512, "dimissione", "discharge"),
        ("referring-services", 2514, "rapporti con servizi invianti", "relations with referring services"),
        ("turnover-continuity", 2516, "continuità di presa in carico a fronte di turn over", "continuity of care despite staff turnover"),
        ("emergencies", 2518, "emergenze", "emergencies"),
        ("clinical-records", 2520, "raccolta e conservazione della documentazione clinica", "collecting and keeping clinical records"),
        ("drug-treatment", 2522, "gestione dell'intervento farmacologico", "managing drug treatment"),
        ("crisis-management", 2524, "gestione di episodi di crisi auto o eteroaggressivi", "managing self- or hetero-aggressive crises"),
        ("outcome-evaluation", 2526, "valutazione dell'andamento e degli esiti con indicatori", "evaluating progress and outcomes with indicators"),
    ]

    static let attested = SicilyMinors.attestations(type, procedures.map { code, line, it, en in
        SicilyMinors.Attested("procedures", code, 2506...(line == 2526 ? 2527 : line), it: "Procedura scritta: " + it, en: "Written procedure: " + en)
    } + [
        .init("organisation", "npia-link", 2495...2497, it: "Connessione con la NPIA del territorio e con la U.O. NPIA inviante, titolare del progetto",
              en: "Linked with the local NPIA services and the referring NPIA unit, which keeps each project"),
        .init("organisation", "adolescent-services", 2499...2499, it: "Coordinamento con gli altri servizi per adolescenti",
              en: "Coordination with the other adolescent services"),
        .init("organisation", "fortnightly-supervision", 2501...2501, it: "Supervisione almeno quindicinale degli operatori",
              en: "Staff supervision at least every two weeks"),
        .init("organisation", "indicators", 2503...2504, it: "Indicatori di processo e di risultato", en: "Process and outcome indicators"),
        .init("organisation", "annual-review", 2529...2531, it: "Momento annuale di sintesi, programmazione e verifica",
              en: "Annual review, planning and organisational check"),
        .init("organisation", "medicines-protocol", 2532...2534, it: "Protocollo dei farmaci con la responsabilità dell'infermiere",
              en: "Medicines protocol with the nurse responsible"),
        .init("projects", "structure-project", 2257...2265, it: "Progetto di struttura (modello di lavoro, rapporti con famiglie e territorio)",
              en: "Structure project (working model, relations with families and the area)"),
        .init("projects", "personal-project", 2266...2271, it: "Progetto personalizzato per ogni minore (interventi, durata, dimissione protetta)",
              en: "Personal project for each minor (interventions, length of stay, protected discharge)"),
        .init("projects", "pti-based", 2272...2274, it: "Programma attuativo sulla base del PTI del DSM-NPIA con il Servizio Sociale del Comune",
              en: "Implementation programme based on the PTI of the DSM-NPIA with the Comune's social service"),
        .init("projects", "monthly-ptrp-record", 2280...2284, it: "Andamento del PTRP documentato mensilmente dal case manager",
              en: "The PTRP's progress documented monthly by the case manager"),
        .init("projects", "icd10-record", 2313...2314, it: "PTI e programma nella cartella clinica con diagnosi ICD 10",
              en: "PTI and programme in the clinical record with an ICD-10 diagnosis"),
        .init("premises", "civil-dwelling", 2395...2395, it: "Requisiti della civile abitazione", en: "Requirements of a civil dwelling"),
        .init("premises", "separate-bathrooms", 2407...2407, it: "Bagni separati per i ragazzi e per gli operatori",
              en: "Separate bathrooms for the young people and the staff"),
        .init("premises", "personal-space", 2412...2416, it: "Spazio proprio, armadio personale e armadietto con chiave per ogni ospite",
              en: "Own space, personal wardrobe and lockable locker for each guest"),
        .init("premises", "climate-control", 2418...2418, it: "Ambienti climatizzati (estate/inverno)", en: "Air-conditioned and heated rooms"),
        .init("premises", "staff-and-workshop-spaces", 2420...2422, it: "Spazi per il personale, colloqui, riunioni, laboratori e attività",
              en: "Spaces for staff, interviews, meetings, workshops and activities"),
        .init("premises", "laundry-pantry", 2424...2425, it: "Lavanderia, stireria e dispensa adeguate o esternalizzate",
              en: "Laundry, ironing and pantry, or outsourced"),
        .init("premises", "location", 2429...2432, it: "Contesto abitato, non isolato, servito da trasporti pubblici",
              en: "Inhabited, not isolated, served by public transport"),
        .init("safety", "not-on-street", 2449...2449, it: "La struttura non dà immediatamente sulla strada", en: "The building does not open straight onto the street"),
        .init("safety", "bathroom-doors", 2451...2452, it: "Porte dei bagni con chiave apribili dall'esterno dall'operatore",
              en: "Lockable bathroom doors staff can open from outside"),
        .init("safety", "furniture", 2454...2455, it: "Arredamento ignifugo, senza oggetti pericolosi, solido", en: "Fire-retardant, safe, solid furniture"),
        .init("safety", "doors-windows", 2457...2458, it: "Porte e serramenti robusti, chiudibili dagli operatori", en: "Robust doors and windows staff can lock"),
        .init("safety", "harmful-objects", 2460...2462, it: "Oggetti potenzialmente lesivi in ambienti chiusi a chiave",
              en: "Potentially harmful objects kept in locked rooms"),
        .init("safety", "medicines-locked", 2464...2464, it: "Farmaci in armadio chiuso a chiave", en: "Medicines in a locked cabinet"),
        .init("safety", "no-hooks", 2466...2467, it: "Nessun gancio utilizzabile come appiglio", en: "No hooks that could anchor a rope"),
        .init("safety", "electric-cooking", 2469...2470, .warning, it: "Cottura con piastre elettriche, gas solo per il riscaldamento",
              en: "Cooking on electric plates, gas for heating only", decision: "\"E' opportuno\": advice, so a warning."),
        .init("safety", "shatterproof-glass", 2472...2472, it: "Vetri antisfondamento", en: "Shatter-proof glass"),
        .init("safety", "regulations", 2473...2491, it: "Norme antisismiche, antincendio, acustiche, elettriche, antinfortunistiche, barriere, rifiuti, impianti",
              en: "Seismic, fire, acoustic, electrical, accident, barrier, waste and plant rules met"),
    ])

    static let privacy = SicilyMinors.privacyRule(type) { dossier, visit in
        for (index, placement) in (section(dossier)?.placements ?? []).enumerated() {
            visit(placement.code) { placementPointer(index, "code") }
            visit(placement.structureCaseManager) { placementPointer(index, "structureCaseManager") }
            if let manager = placement.npiaCaseManager { visit(manager) { placementPointer(index, "npiaCaseManager") } }
        }
    }

    static let minimumHeight = SquareMetres(hundredths: 270)
    static let minimumKitchen = SquareMetres(whole: 12)

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.bedTotalRule(type, lines: 2409...2410),
        SicilyMinors.peopleWithinCapacityRule(type, lines: 2409...2410, at: pointer.appending("placements")) { section($0)?.placements.count ?? 0 },
        Rule.structure(
            type, "rooms.height", seed: seed, lines: 2409...2410,
            title: LocalizedText(it: "Altezza minima delle stanze 2,70 m", en: "Minimum room height 2.70 m"),
            message: LocalizedText(it: "altezza minima {0} m, ne servono almeno {1}", en: "minimum height {0} m, at least {1} needed")
        ) { dossier, report in
            guard let height = section(dossier)?.minimumRoomHeight, height < minimumHeight else { return }
            report.report(at: pointer.appending("minimumRoomHeightMetres"), height.argument, minimumHeight.argument)
        },
        Rule.structure(
            type, "premises.kitchen", seed: seed, lines: 2402...2402,
            title: LocalizedText(it: "Cucina di almeno 12 m²", en: "Kitchen of at least 12 m²"),
            message: LocalizedText(it: "cucina di {0} m², ne servono almeno {1}", en: "kitchen of {0} m², at least {1} needed"),
            decision: "The largest kitchen listed is measured; a kitchen with no area stated, or no kitchen, counts as 0 m²."
        ) { dossier, report in
            guard let spaces = section(dossier)?.spaces else { return }
            let largest = spaces.filter { $0.use == .kitchen }.map { $0.squareMetres ?? .zero }.max() ?? .zero
            if largest < minimumKitchen { report.report(at: pointer.appending("spaces"), largest.argument, minimumKitchen.argument) }
        },
        Rule.structure(
            type, "premises.bathrooms", seed: seed, lines: 2404...2405,
            title: LocalizedText(it: "Almeno un bagno ogni due stanze, e nessun bagno per più di 4 ospiti",
                                 en: "At least one bathroom for every two rooms, and no bathroom for more than 4 guests"),
            message: LocalizedText(it: "{0} bagni per {1} stanze e {2} posti, ne servono almeno {3}",
                                   en: "{0} bathrooms for {1} rooms and {2} places, at least {3} needed"),
            decision: "max(ceil(bedrooms / 2), ceil(places / 4)); the young people's bathrooms only (accessible ones included), staff bathrooms apart (L2407)."
        ) { dossier, report in
            guard let spaces = section(dossier)?.spaces else { return }
            let bathrooms = spaces.filter { $0.use == .bathroom || $0.use == .accessibleBathroom }.count
            let needed = max((dossier.rooms.count + 1) / 2, (dossier.beds + 3) / 4)
            if bathrooms < needed {
                report.report(at: pointer.appending("spaces"), .integer(bathrooms), .integer(dossier.rooms.count), .integer(dossier.beds), .integer(needed))
            }
        },
        Rule.structure(
            type, "premises.floor", seed: seed, lines: 2436...2438,
            title: LocalizedText(it: "Non oltre il primo piano", en: "Not above the first floor"),
            message: LocalizedText(it: "la struttura usa il piano {0}, al massimo il primo", en: "the structure uses floor {0}, at most the first")
        ) { dossier, report in
            guard let floor = section(dossier)?.highestFloor, floor > 1 else { return }
            report.report(at: pointer.appending("highestFloor"), .integer(floor))
        },
        Rule.structure(
            type, "premises.no-condominium", seed: seed, lines: 2434...2434,
            title: LocalizedText(it: "Sono escluse strutture condominiali", en: "Condominium buildings are excluded"),
            message: LocalizedText(it: "la struttura è in un condominio", en: "the structure is in a condominium")
        ) { dossier, report in
            if section(dossier)?.condominium == true { report.report(at: pointer.appending("condominium")) }
        },
        Rule.structure(
            type, "placements.programme-offered", seed: seed, lines: 2249...2251,
            title: LocalizedText(it: "Ogni inserimento segue un programma che la comunità attua", en: "Every placement follows a programme the community runs"),
            message: LocalizedText(it: "l'inserimento {0} segue un programma ({1}) che la comunità non dichiara",
                                   en: "placement {0} follows a programme ({1}) the community does not declare")
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for (index, placement) in section.placements.enumerated() where !section.programmes.contains(placement.programme) {
                report.report(at: placementPointer(index, "programme"), .text(placement.code), .text(placement.programme.rawValue))
            }
        },
    ] + [SicilyTherapeuticProgramme.intensive, .extensive].map { programme in
        let intensive = programme == .intensive
        return Rule.structure(
            type, intensive ? "placements.stay-intensive" : "placements.stay-extensive", seed: seed,
            lines: intensive ? 2268...2269 : 2339...2341,
            title: intensive
                ? LocalizedText(it: "Programma intensivo: non oltre 120 giorni, prorogabili di un trimestre",
                                en: "Intensive programme: at most 120 days, extendable by a quarter")
                : LocalizedText(it: "Programma estensivo: non oltre 180 giorni, prorogabili di un semestre; mai oltre 2 anni",
                                en: "Extensive programme: at most 180 days, extendable by a semester; never beyond 2 years"),
            message: LocalizedText(it: "l'inserimento {0} dal {1} supera al {2} la durata ammessa (fino al {3})",
                                   en: "placement {0} since {1} exceeds on {2} the length allowed (until {3})"),
            decision: "Ambiguity 12: the base is in days (120, 180) and the extension in calendar months (a quarter, a semester) counted from the end of the base; the most serious extensive cases may run to 2 calendar years from admission, the absolute ceiling, which replaces the 180 + semester path."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for (index, placement) in section.placements.enumerated() where placement.programme == programme {
                let limit = stayLimit(programme: programme, admittedOn: placement.admittedOn, extended: placement.extended,
                                      mostSeriousCase: placement.mostSeriousCase)
                if section.asOf > limit {
                    report.report(at: placementPointer(index, "admittedOn"), .text(placement.code), .date(placement.admittedOn),
                                  .date(section.asOf), .date(limit))
                }
            }
        }
    } + [
        Rule.structure(
            type, "placements.penal-observation", seed: seed, lines: 2323...2326,
            title: LocalizedText(it: "Minori dell'area penale: osservazione di massimo 1 mese", en: "Penal-area minors: observation of at most 1 month"),
            message: LocalizedText(it: "l'inserimento {0} ha un periodo di osservazione di {1} giorni, al massimo {2}",
                                   en: "placement {0} has an observation period of {1} days, at most {2}"),
            decision: "One month read as 31 days, the longest month."
        ) { dossier, report in
            for (index, placement) in (section(dossier)?.placements ?? []).enumerated() where placement.penalArea {
                if let days = placement.observationDays, days > observationDays {
                    report.report(at: placementPointer(index, "observationDays"), .text(placement.code), .integer(days), .integer(observationDays))
                }
            }
        },
        Rule.structure(
            type, "placements.npia-case-manager", seed: seed, lines: 2275...2276,
            title: LocalizedText(it: "Per ogni inserimento è indicato il case manager della U.O. di NPIA",
                                 en: "Every placement names the NPIA unit's case manager"),
            message: LocalizedText(it: "l'inserimento {0} non indica il case manager della NPIA", en: "placement {0} names no NPIA case manager")
        ) { dossier, report in
            for (index, placement) in (section(dossier)?.placements ?? []).enumerated() where placement.npiaCaseManager == nil {
                report.report(at: pointer.appending("placements").appending(index), .text(placement.code))
            }
        },
        Rule.structure(
            type, "placements.case-manager-caseload", seed: seed, lines: 2280...2281,
            title: LocalizedText(it: "Il case manager della struttura ha al massimo 5 pazienti", en: "A structure case manager has at most 5 patients"),
            message: LocalizedText(it: "il case manager {0} ha {1} pazienti, al massimo {2}", en: "case manager {0} has {1} patients, at most {2}")
        ) { dossier, report in
            var counts: [String: Int] = [:]
            var order: [String] = []
            for placement in section(dossier)?.placements ?? [] {
                if counts[placement.structureCaseManager] == nil { order.append(placement.structureCaseManager) }
                counts[placement.structureCaseManager, default: 0] += 1
            }
            for manager in order where counts[manager]! > caseload {
                report.report(at: pointer.appending("placements"), .text(manager), .integer(counts[manager]!), .integer(caseload))
            }
        },
    ] + SicilyMinors.bedroomRules(type, minima: [1: 9, 2: 14], lines: 2409...2410, areaLines: 2409...2410)
        + attested.rules
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.therapeuticCommunity)

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Comunità terapeutica riabilitativa per minori, Regione Siciliana",
                             en: "Therapeutic-rehabilitative community for minors, Sicily"),
        summary: "Servizi residenziali terapeutico-riabilitativi per minori: the accreditation dossier of a Sicilian therapeutic community for "
            + "adolescents (D.A. 17/2014, §7.1; D.A. 7 January 2014), placements by pseudonymous code only. Source: seed \(type.citation). "
            + "This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        sections: [.section(SicilyMinorsTherapeuticCommunitySection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
