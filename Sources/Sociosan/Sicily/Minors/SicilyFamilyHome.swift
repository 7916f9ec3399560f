/// Seed 004 §7.6, *Casa famiglia multiutenza* (L2892-L3032): a home where a resident couple
/// takes in up to 6 people of any age, plus 2 emergency places, never more than 8 minors
/// together (the couple's own minor children included), with at least one adult for every four
/// minors present and one adult at night.
///
/// ```swift
/// SicilyFamilyHomeRules.adultsRequired(minors: 7)  // 2
/// SicilyFamilyHomeRules.adultsRequired(minors: 2)  // 1
/// ```
public struct SicilyFamilyHomeSection: Sendable, Hashable {
    /// The date the dossier describes.
    public var asOf: LocalDate
    /// Floor area of the home: at least 150 m² (L2930-L2931).
    public var floorArea: SquareMetres
    public var spaces: [SicilyMinorsSpace]
    /// The resident couple (L2960-L2962).
    public var couple: SicilyResidentCouple
    /// The fewest adults (partners of the couple or educators) present with the minors, in the
    /// home and on outings, over the home's weekly plan (L2975-L2977).
    public var adultsWithMinors: Int
    /// Adults living in the home present at night (L2977-L2981).
    public var adultsAtNight: Int
    /// The people taken in and the couple's minor children (tag `host-couples-child`).
    public var guests: [SicilyGuest]

    public init(asOf: LocalDate, floorArea: SquareMetres, spaces: [SicilyMinorsSpace] = [], couple: SicilyResidentCouple,
                adultsWithMinors: Int, adultsAtNight: Int, guests: [SicilyGuest]) {
        self.asOf = asOf
        self.floorArea = floorArea
        self.spaces = spaces
        self.couple = couple
        self.adultsWithMinors = adultsWithMinors
        self.adultsAtNight = adultsAtNight
        self.guests = guests
    }

    /// The minors living together: guests under 18 and the couple's minor children (L2927-L2928).
    public var minorsTogether: Int { guests.filter(\.isMinor).count }
}

/// The couple that lives in the home and runs it (L2960-L2962, L2991-L2993).
public struct SicilyResidentCouple: Sendable, Hashable {
    /// Partners of the couple living in the home (a couple is two).
    public var partners: Int
    /// "una coppia di ambo i sessi".
    public var bothSexes: Bool
    /// "vive stabilmente all'interno della struttura".
    public var livesInHome: Bool

    public init(partners: Int, bothSexes: Bool, livesInHome: Bool) {
        self.partners = partners
        self.bothSexes = bothSexes
        self.livesInHome = livesInHome
    }

    public static let fields = FieldTable(blank: SicilyResidentCouple(partners: 0, bothSexes: false, livesInHome: false), [
        .required("partners", \.partners, ValueCodecs.integer(0...10), summary: "Partners living in the home."),
        .required("bothSexes", \.bothSexes, ValueCodecs.bool),
        .required("livesInHome", \.livesInHome, ValueCodecs.bool),
    ])
}

extension SicilyFamilyHomeSection: StructureSection {
    public static let member = "familyHome"
    public static let summary = "The family home's couple, adults present, floor area, rooms and guests by pseudonymous code (seed 004 L2892-L3032)."
    public static let fields = FieldTable(
        blank: SicilyFamilyHomeSection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, floorArea: .zero,
                                       couple: SicilyResidentCouple(partners: 0, bothSexes: false, livesInHome: false),
                                       adultsWithMinors: 0, adultsAtNight: 0, guests: []), [
            .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date."),
            .required("floorAreaSquareMetres", \.floorArea, SquareMetres.codec, summary: "Floor area in m² (L2930-L2931)."),
            .required("spaces", \.spaces, SicilyMinorsSpace.listCodec, summary: "Bathrooms and common rooms (L2949-L2954)."),
            .required("couple", \.couple, ValueCodecs.object(SicilyResidentCouple.fields), summary: "The resident couple (L2960-L2962)."),
            .required("adultsWithMinors", \.adultsWithMinors, ValueCodecs.integer(0...50),
                      summary: "The fewest adults (couple or educators) present with the minors over the weekly plan (L2975-L2977)."),
            .required("adultsAtNight", \.adultsAtNight, ValueCodecs.integer(0...50), summary: "Cohabiting adults present at night (L2977-L2981)."),
            .required("guests", \.guests, SicilyGuest.listCodec,
                      summary: "People taken in, and the couple's minor children (tag host-couples-child), by pseudonymous code."),
        ])
}

extension DossierKind {
    /// Sicily §7.6, multi-user family home.
    public static let sicilyFamilyHome: DossierKind = "sicily.minors.family-home"
}

extension StructureType {
    /// Sicily §7.6: multi-user family home, 6 places plus 2 emergency places.
    public static let sicilyFamilyHome = StructureType(
        code: "sicily.minors.family-home", kind: .sicilyFamilyHome,
        label: LocalizedText(it: "Casa famiglia multiutenza", en: "Multi-user family home"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 2892...3032),
        staffingStandardID: "sicily.family-home", ruleIDPrefix: "sicily.minors.family-home", capacityUnit: .places)
}

/// The rules and the kind of the §7.6 multi-user family home.
public enum SicilyFamilyHomeRules {
    static let type = StructureType.sicilyFamilyHome
    static let seed = Seed.structuresSicily
    static let member = SicilyFamilyHomeSection.member
    static func section(_ dossier: StructureDossier) -> SicilyFamilyHomeSection? { dossier.sections[SicilyFamilyHomeSection.self] }
    static let pointer = JSONPointer.root.appending(SicilyFamilyHomeSection.member)

    /// "fino ad un massimo di 6 persone" (L2924-L2925).
    public static let ordinaryPlaces = 6
    /// "elevata di due posti dedicati alla pronta accoglienza" (L2925).
    public static let emergencyPlaces = 2
    /// "non potranno coabitare insieme più di otto minori" (L2927-L2928).
    public static let maximumMinors = 8
    /// "un adulto ... ogni quattro minori presenti" (L2977).
    public static let minorsPerAdult = 4
    /// "superficie non inferiore a 150 mq" (L2931).
    public static let minimumFloorArea = SquareMetres(whole: 150)

    /// Adults needed with `minors` minors present: one for every four, rounded up, and at least
    /// one even below the ratio (L2975-L2977, L2982-L2983); none with no minor.
    public static func adultsRequired(minors: Int) -> Int {
        minors == 0 ? 0 : max(1, (minors + minorsPerAdult - 1) / minorsPerAdult)
    }

    static let attested = SicilyMinors.attestations(type, [
        .init("organisation", "evaluation-tool", 3029...3030, it: "Strumento di valutazione degli obiettivi raggiunti",
              en: "Tool to evaluate the objectives reached"),
        .init("organisation", "non-profit", 3031...3032, it: "Costituita in ente no-profit o associata a enti nazionali con analoghe finalità",
              en: "Set up as a non-profit body or associated with national bodies of similar aims",
              decision: "Ambiguity 21: \"associata ad enti profit\" read as a typo for non-profit bodies, since the same sentence requires a no-profit body."),
        .init("organisation", "health-through-asp", 2989...2990, it: "Prestazioni sanitarie tramite il Servizio Sanitario Regionale (ASP)",
              en: "Health services through the regional health service (ASP)"),
        .init("premises", "furnishings", 2955...2957, it: "Arredi vivibili, idonei agli ospiti, funzionali e sicuri",
              en: "Furnishings liveable, suited to the guests, functional and safe"),
    ] + SicilyMinors.paragraphTwo(callLines: 2998...2999))

    static let privacy = SicilyMinors.privacyRule(type) { SicilyGuest.visitCodes(section($0)?.guests ?? [], member, visit: $1) }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.maximumCapacityRule(type, ordinaryPlaces + emergencyPlaces, lines: 2924...2925,
                                         title: LocalizedText(it: "Al massimo 6 posti più 2 di pronta accoglienza",
                                                              en: "At most 6 places plus 2 emergency places")),
        SicilyMinors.bedTotalRule(type, lines: 2924...2925),
        Rule.structure(
            type, "capacity.ordinary-guests", seed: seed, lines: 2924...2927,
            title: LocalizedText(it: "Fino a 6 persone oltre al nucleo ospitante (deroga per fratelli e sorelle)",
                                 en: "Up to 6 people besides the host family (exception for brothers and sisters)"),
            message: LocalizedText(it: "{0} ospiti ordinari senza la deroga per fratelli e sorelle, al massimo {1}",
                                   en: "{0} ordinary guests outside the siblings' exception, at most {1}"),
            decision: "The siblings' exception is open-ended (ambiguity 20): guests tagged sibling are not counted against the 6; the 8-minor cap still binds them."
        ) { dossier, report in
            let count = (section(dossier)?.guests ?? []).filter {
                !$0.tags.contains(.hostCouplesChild) && !$0.tags.contains(.emergencyPlace) && !$0.tags.contains(.sibling)
            }.count
            if count > ordinaryPlaces { report.report(at: pointer.appending("guests"), .integer(count), .integer(ordinaryPlaces)) }
        },
        Rule.structure(
            type, "capacity.emergency-places", seed: seed, lines: 2925...2925,
            title: LocalizedText(it: "Al massimo 2 posti di pronta accoglienza", en: "At most 2 emergency places"),
            message: LocalizedText(it: "{0} ospiti in pronta accoglienza, al massimo {1}", en: "{0} guests in emergency places, at most {1}")
        ) { dossier, report in
            let count = (section(dossier)?.guests ?? []).filter { $0.tags.contains(.emergencyPlace) }.count
            if count > emergencyPlaces { report.report(at: pointer.appending("guests"), .integer(count), .integer(emergencyPlaces)) }
        },
        Rule.structure(
            type, "capacity.minors-together", seed: seed, lines: 2927...2928,
            title: LocalizedText(it: "Non più di otto minori insieme, compresi i figli minorenni della coppia",
                                 en: "No more than eight minors together, the couple's minor children included"),
            message: LocalizedText(it: "{0} minori insieme (figli della coppia compresi), al massimo {1}",
                                   en: "{0} minors together (the couple's children included), at most {1}")
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            if section.minorsTogether > maximumMinors {
                report.report(at: pointer.appending("guests"), .integer(section.minorsTogether), .integer(maximumMinors))
            }
        },
        Rule.structure(
            type, "adults.ratio", seed: seed, lines: 2975...2983,
            title: LocalizedText(it: "Almeno un adulto (coppia o educatori) ogni quattro minori presenti, e almeno uno",
                                 en: "At least one adult (couple or educators) for every four minors present, and at least one"),
            message: LocalizedText(it: "{0} adulti presenti con {1} minori, ne servono almeno {2}",
                                   en: "{0} adults present with {1} minors, at least {2} needed"),
            decision: "Ambiguity 20: each partner of the couple counts as one adult; the couple's minor children count among the minors present; 1 adult for every 4 minors rounded up (5 minors need 2)."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let needed = adultsRequired(minors: section.minorsTogether)
            if section.adultsWithMinors < needed {
                report.report(at: pointer.appending("adultsWithMinors"), .integer(section.adultsWithMinors), .integer(section.minorsTogether),
                              .integer(needed))
            }
        },
        Rule.structure(
            type, "adults.night", seed: seed, lines: 2977...2981,
            title: LocalizedText(it: "Di notte almeno un adulto convivente", en: "At least one cohabiting adult at night"),
            message: LocalizedText(it: "{0} adulti presenti di notte, ne serve almeno 1", en: "{0} adults present at night, at least 1 needed")
        ) { dossier, report in
            guard let section = section(dossier), !section.guests.isEmpty else { return }
            if section.adultsAtNight < 1 { report.report(at: pointer.appending("adultsAtNight"), .integer(section.adultsAtNight)) }
        },
        Rule.structure(
            type, "couple.resident", seed: seed, lines: 2959...2962,
            title: LocalizedText(it: "Una coppia di ambo i sessi vive stabilmente nella casa",
                                 en: "A couple of both sexes lives in the home"),
            message: LocalizedText(it: "coppia: {0} componenti, di ambo i sessi {1}, residente {2}",
                                   en: "couple: {0} partners, both sexes {1}, living in the home {2}")
        ) { dossier, report in
            guard let couple = section(dossier)?.couple else { return }
            if couple.partners < 2 || !couple.bothSexes || !couple.livesInHome {
                let yes = LocalizedText(it: "sì", en: "yes"), no = LocalizedText(it: "no", en: "no")
                report.report(at: pointer.appending("couple"), .integer(couple.partners), .localized(couple.bothSexes ? yes : no),
                              .localized(couple.livesInHome ? yes : no))
            }
        },
        Rule.structure(
            type, "premises.floor-area", seed: seed, lines: 2930...2931,
            title: LocalizedText(it: "Superficie non inferiore a 150 m²", en: "Floor area of at least 150 m²"),
            message: LocalizedText(it: "superficie {0} m², almeno {1}", en: "floor area {0} m², at least {1}")
        ) { dossier, report in
            guard let area = section(dossier)?.floorArea, area < minimumFloorArea else { return }
            report.report(at: pointer.appending("floorAreaSquareMetres"), area.argument, minimumFloorArea.argument)
        },
        SicilyMinors.bathroomsRule(type, 2, lines: 2949...2949, section: member) { section($0)?.spaces ?? [] },
        SicilyMinors.requiredSpacesRule(type, [.livingDining, .kitchen, .storeroom, .childrenRoom], lines: 2950...2954, section: member) {
            section($0)?.spaces ?? []
        },
    ] + SicilyMinors.bedroomRules(type, minima: [1: 9, 2: 15, 3: 23], lines: 2940...2947, areaLines: 2940...2947)
        + attested.rules
        // The standard's adult-ratio line is left out: within its 0-8 minors it asks for at most
        // 2 adults, which the resident-couple line (2 persons) always covers first, so it could
        // never be the one finding; the ratio is checked on the adults present (adults.ratio).
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.familyHome,
                                       capacity: { section($0)?.minorsTogether ?? 0 })
            .filter { $0.id != "sicily.family-home.staff.adult-ratio" }

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Casa famiglia multiutenza, Regione Siciliana", en: "Multi-user family home, Sicily"),
        summary: "Casa famiglia multiutenza: the accreditation dossier of a Sicilian multi-user family home (D.A. 17/2014, §7.6), "
            + "people by pseudonymous code only. Source: seed \(type.citation). This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        sections: [.section(SicilyFamilyHomeSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
