/// Seed 004 §7.9, *Centro di accoglienza per persone senza dimora* (L3250-L3401): open every day
/// of the year, at least a night service from 19:00 to 09:00, at most 100 night guests in two
/// gender sections, at most 10 post-acute places, and the services the centre must provide.
///
/// ```swift
/// SicilyHomelessCentreRules.coversNight(from: 19, until: 9)  // true
/// SicilyHomelessCentreRules.coversNight(from: 20, until: 8)  // false
/// ```
public struct SicilyHomelessCentreSection: Sendable, Hashable {
    public var asOf: LocalDate
    /// The services the centre provides (L3286-L3299, L3380-L3381, L3390-L3399).
    public var services: Set<Service>
    /// Open every day of the year (L3279).
    public var openEveryDay: Bool
    /// The hour the night service opens and the hour it closes next morning (L3279-L3280).
    public var nightOpensAt: Int
    public var nightClosesAt: Int
    /// Two separate sections, women and men, for the night (L3309-L3310).
    public var genderSections: Bool
    /// Places for post-acute guests (L3300-L3305, L3311).
    public var postAcutePlaces: Int
    /// Meals by a catering service (a kitchenette then replaces the kitchen), laundry outsourced (L3375-L3376).
    public var cateringService: Bool
    public var laundryOutsourced: Bool
    public var spaces: [SicilyMinorsSpace]
    /// The people hosted on the census night, by pseudonymous code.
    public var guests: [SicilyGuest]

    public init(asOf: LocalDate, services: Set<Service>, openEveryDay: Bool, nightOpensAt: Int, nightClosesAt: Int, genderSections: Bool,
                postAcutePlaces: Int, cateringService: Bool = false, laundryOutsourced: Bool = false, spaces: [SicilyMinorsSpace], guests: [SicilyGuest]) {
        self.asOf = asOf
        self.services = services
        self.openEveryDay = openEveryDay
        self.nightOpensAt = nightOpensAt
        self.nightClosesAt = nightClosesAt
        self.genderSections = genderSections
        self.postAcutePlaces = postAcutePlaces
        self.cateringService = cateringService
        self.laundryOutsourced = laundryOutsourced
        self.spaces = spaces
        self.guests = guests
    }

    /// What the centre must guarantee (L3286-L3299) and the minimum project activities (L3380-L3381, L3390-L3399).
    public enum Service: String, Sendable, Hashable, CaseIterable {
        case unconditionalReception = "unconditional-reception"
        case listening
        case meals
        case personalHygiene = "personal-hygiene"
        case nightReception = "night-reception"
        case guidance
        case solidarityNetworks = "solidarity-networks"
        case laundry
        case clothing

        public var label: LocalizedText {
            switch self {
            case .unconditionalReception: return LocalizedText(it: "accoglienza incondizionata", en: "unconditional reception")
            case .listening: return LocalizedText(it: "ascolto dei bisogni", en: "listening to needs")
            case .meals: return LocalizedText(it: "fornitura pasti (pasto caldo)", en: "meals (a hot meal)")
            case .personalHygiene: return LocalizedText(it: "servizi per l'igiene personale e docce", en: "personal hygiene and showers")
            case .nightReception: return LocalizedText(it: "accoglienza residenziale notturna", en: "night reception")
            case .guidance: return LocalizedText(it: "orientamento verso le soluzioni più indicate", en: "guidance towards solutions")
            case .solidarityNetworks: return LocalizedText(it: "promozione di reti solidali", en: "promoting solidarity networks")
            case .laundry: return LocalizedText(it: "lavanderia", en: "laundry")
            case .clothing: return LocalizedText(it: "fornitura di abbigliamento e materiale igienico", en: "clothing and hygiene supplies")
            }
        }
    }
}

extension SicilyHomelessCentreSection.Service: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyHomelessCentreSection: StructureSection {
    public static let member = "homelessCentre"
    public static let summary = "The centre's services, opening, sections, post-acute places, rooms and guests by pseudonymous code (seed 004 L3250-L3401)."
    public static let fields = FieldTable(
        blank: SicilyHomelessCentreSection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, services: [], openEveryDay: false, nightOpensAt: 0,
                                           nightClosesAt: 0, genderSections: false, postAcutePlaces: 0, spaces: [], guests: []), [
            .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date (the night described)."),
            .required("services", \.services, ValueCodecs.codeSet(Service.self), summary: "Services provided (L3286-L3299, L3380-L3399)."),
            .required("openEveryDay", \.openEveryDay, ValueCodecs.bool, summary: "Open every day of the year (L3279)."),
            .required("nightOpensAt", \.nightOpensAt, ValueCodecs.integer(0...23), summary: "Hour the night service opens (L3279-L3280)."),
            .required("nightClosesAt", \.nightClosesAt, ValueCodecs.integer(0...23), summary: "Hour the night service closes next morning."),
            .required("genderSections", \.genderSections, ValueCodecs.bool, summary: "Separate women's and men's sections (L3309-L3310)."),
            .required("postAcutePlaces", \.postAcutePlaces, ValueCodecs.integer(0...100), summary: "Post-acute places (L3311)."),
            .defaulted("cateringService", \.cateringService, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "Meals by catering: a kitchenette replaces the kitchen (L3375)."),
            .defaulted("laundryOutsourced", \.laundryOutsourced, ValueCodecs.bool, default: false, writesDefault: false,
                       summary: "Laundry outsourced (L3376)."),
            .required("spaces", \.spaces, SicilyMinorsSpace.listCodec, summary: "Common rooms, toilets and showers (L3354-L3374)."),
            .required("guests", \.guests, SicilyGuest.listCodec, summary: "People hosted on the census night."),
        ])
}

extension DossierKind {
    /// Sicily §7.9, reception centre for homeless people.
    public static let sicilyHomelessCentre: DossierKind = "sicily.homeless.reception-centre"
}

extension StructureType {
    /// Sicily §7.9: reception centre for homeless people, at most 100 night places.
    public static let sicilyHomelessCentre = StructureType(
        code: "sicily.homeless.reception-centre", kind: .sicilyHomelessCentre,
        label: LocalizedText(it: "Centro di accoglienza per persone senza dimora (massimo 100 posti notturni)",
                             en: "Reception centre for homeless people (at most 100 night places)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 3250...3401),
        staffingStandardID: "sicily.homeless-centre", ruleIDPrefix: "sicily.homeless.reception-centre", capacityUnit: .places)
}

/// The rules and the kind of the §7.9 reception centre.
public enum SicilyHomelessCentreRules {
    static let type = StructureType.sicilyHomelessCentre
    static let seed = Seed.structuresSicily
    static let member = SicilyHomelessCentreSection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyHomelessCentreSection? { dossier.sections[SicilyHomelessCentreSection.self] }

    /// "fino ad un massimo di 100 persone contemporaneamente" (L3307-L3308).
    public static let maximumPlaces = 100
    /// "I posti per le post acuzie non possono superare le 10 unità" (L3311).
    public static let maximumPostAcute = 10
    /// "servizi igienici (uno ogni 10 ospiti)", "docce (1 ogni 10 ospiti)" (L3358, L3362).
    public static let guestsPerToilet = 10
    /// "età inferiore a 14 anni" (L3275).
    public static let minimumUnaccompaniedAge = 14

    /// Whether a night service open from `from` to `until` next morning covers 19:00-09:00.
    public static func coversNight(from: Int, until: Int) -> Bool {
        (from <= 19 && from >= 12) && (until >= 9 && until < 12)
    }

    static func parameters(_ dossier: StructureDossier) -> StaffingParameters {
        guard let section = section(dossier) else { return StaffingParameters() }
        var conditions: Set<StaffingCondition> = []
        if section.guests.contains(where: { $0.tags.contains(.foreign) }) { conditions.insert(SicilyMinorsStaffingStandards.hostsForeigners) }
        if section.postAcutePlaces > 0 { conditions.insert(SicilyMinorsStaffingStandards.postAcuteAdmissions) }
        return StaffingParameters(conditions: conditions)
    }

    static let attested = SicilyMinors.attestations(type, [
        .init("organisation", "listening-space", 3283...3285, it: "Spazio di ascolto delle richieste di aiuto", en: "A listening space for requests for help"),
        .init("organisation", "territory-network", 3380...3384, it: "Collegamento e attivazione della rete dei servizi territoriali",
              en: "Link with and activation of the local services network"),
        .init("organisation", "service-charter", 3388...3389, it: "Progetto esplicitato nella Carta dei servizi sociali (art. 13 L. 328/2000)",
              en: "Project set out in the social services charter (art. 13 L. 328/2000)"),
        .init("organisation", "evaluation-tool", 3400...3401, it: "Strumento di valutazione degli obiettivi raggiunti", en: "Tool to evaluate the objectives reached"),
        .init("premises", "location", 3346...3353, it: "Luogo abitato, raggiungibile con mezzi pubblici, in contesto urbano",
              en: "Inhabited place, reachable by public transport, in an urban setting"),
        .init("premises", "regulations", 3343...3345, it: "Norme urbanistiche, edilizie, antincendio, igiene, sicurezza e barriere rispettate",
              en: "Planning, building, fire, hygiene, safety and barrier rules met"),
    ] + SicilyMinors.paragraphTwo(callLines: 3337...3338))

    static let privacy = SicilyMinors.privacyRule(type) { SicilyGuest.visitCodes(section($0)?.guests ?? [], member, visit: $1) }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.maximumCapacityRule(type, maximumPlaces, lines: 3307...3308,
                                         title: LocalizedText(it: "Al massimo 100 persone per l'accoglienza notturna", en: "At most 100 people for the night")),
        SicilyMinors.peopleWithinCapacityRule(type, lines: 3307...3308, at: pointer.appending("guests")) { section($0)?.guests.count ?? 0 },
        SicilyMinors.bedTotalRule(type, lines: 3307...3310),
        Rule.structure(
            type, "services.minimum", seed: seed, lines: 3286...3299,
            title: LocalizedText(it: "Il centro garantisce i servizi previsti", en: "The centre provides the services required"),
            message: LocalizedText(it: "servizio non garantito: {0}", en: "service not provided: {0}"),
            decision: "The list of L3286-L3299 with the project's minimum activities of L3380-L3381 and L3390-L3399 (laundry, clothing); \"Fornitura pasti\" is listed twice (ambiguity 27) and counted once."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for service in SicilyHomelessCentreSection.Service.allCases where !section.services.contains(service) {
                report.report(at: pointer.appending("services"), .localized(service.label))
            }
        },
        Rule.structure(
            type, "opening.every-day", seed: seed, lines: 3279...3279,
            title: LocalizedText(it: "Aperto tutti i giorni per tutto l'anno", en: "Open every day of the year"),
            message: LocalizedText(it: "il centro non è aperto tutti i giorni dell'anno", en: "the centre is not open every day of the year")
        ) { dossier, report in
            if section(dossier)?.openEveryDay == false { report.report(at: pointer.appending("openEveryDay")) }
        },
        Rule.structure(
            type, "opening.night-service", seed: seed, lines: 3279...3280,
            title: LocalizedText(it: "Servizio notturno almeno dalle 19 alle 9 del mattino seguente", en: "Night service at least from 19:00 to 09:00 next morning"),
            message: LocalizedText(it: "servizio notturno dalle {0} alle {1}: deve coprire almeno dalle 19 alle 9",
                                   en: "night service from {0} to {1}: it must cover at least 19:00 to 09:00"),
            decision: "An opening hour from noon to 19 and a closing hour from 9 to before noon cover the minimum; hours are whole hours."
        ) { dossier, report in
            guard let section = section(dossier), !coversNight(from: section.nightOpensAt, until: section.nightClosesAt) else { return }
            report.report(at: pointer.appending("nightOpensAt"), .integer(section.nightOpensAt), .integer(section.nightClosesAt))
        },
        Rule.structure(
            type, "premises.gender-sections", seed: seed, lines: 3309...3310,
            title: LocalizedText(it: "Due sezioni separate per genere per la notte", en: "Two separate gender sections for the night"),
            message: LocalizedText(it: "il centro non ha sezioni separate femminile e maschile", en: "the centre has no separate women's and men's sections")
        ) { dossier, report in
            if section(dossier)?.genderSections == false { report.report(at: pointer.appending("genderSections")) }
        },
        Rule.structure(
            type, "capacity.post-acute", seed: seed, lines: 3311...3311,
            title: LocalizedText(it: "Al massimo 10 posti per le post acuzie", en: "At most 10 post-acute places"),
            message: LocalizedText(it: "{0} posti per le post acuzie, al massimo {1}", en: "{0} post-acute places, at most {1}"),
            decision: "Ambiguity 23: the post-acute places are counted within the night places (beds), not on top of them."
        ) { dossier, report in
            guard let places = section(dossier)?.postAcutePlaces, places > maximumPostAcute else { return }
            report.report(at: pointer.appending("postAcutePlaces"), .integer(places), .integer(maximumPostAcute))
        },
        Rule.structure(
            type, "guests.minimum-age", seed: seed, lines: 3275...3277,
            title: LocalizedText(it: "Nessun ospite sotto i 14 anni se non con un genitore", en: "No guest under 14 unless with a parent"),
            message: LocalizedText(it: "l'ospite {0} ha {1} anni e non è accompagnato da un genitore", en: "guest {0} is {1} and not with a parent")
        ) { dossier, report in
            for (index, guest) in (section(dossier)?.guests ?? []).enumerated() where guest.age < minimumUnaccompaniedAge && !guest.tags.contains(.withParent) {
                report.report(at: pointer.appending("guests").appending(index), .text(guest.code), .integer(guest.age))
            }
        },
        Rule.structure(
            type, "premises.toilets-showers", seed: seed, lines: 3354...3362,
            title: LocalizedText(it: "Un servizio igienico e una doccia ogni 10 ospiti, almeno un bagno per la non autosufficienza",
                                 en: "One toilet and one shower for every 10 guests, at least one accessible bathroom"),
            message: LocalizedText(it: "{0} servizi igienici ({1} accessibili) e {2} docce per {3} posti: ne servono {4} e {4}, di cui 1 accessibile",
                                   en: "{0} toilets ({1} accessible) and {2} showers for {3} places: {4} and {4} needed, 1 accessible"),
            decision: "Ambiguity 23: ratios over the whole centre's night places, rounded up; they hold in small centres too."
        ) { dossier, report in
            guard let spaces = section(dossier)?.spaces else { return }
            let accessible = spaces.filter { $0.use == .accessibleBathroom }.count
            let toilets = accessible + spaces.filter { $0.use == .bathroom }.count
            let showers = spaces.filter { $0.use == .shower }.count
            let needed = (dossier.beds + guestsPerToilet - 1) / guestsPerToilet
            if toilets < needed || showers < needed || accessible < 1 {
                report.report(at: pointer.appending("spaces"), .integer(toilets), .integer(accessible), .integer(showers), .integer(dossier.beds), .integer(needed))
            }
        },
        Rule.structure(
            type, "premises.spaces", seed: seed, lines: 3354...3378,
            title: LocalizedText(it: "Mensa, cucina (o angolo cottura con catering), lavanderia (o esternalizzata), spogliatoio, socializzazione, ufficio del personale",
                                 en: "Canteen, kitchen (or kitchenette with catering), laundry (or outsourced), changing room, social room, staff office"),
            message: LocalizedText(it: "manca lo spazio: {0}", en: "missing space: {0}"),
            decision: "Small centres (at most 10 places) follow the civil-dwelling rules instead (L3377-L3378), so this list binds above 10 places."
        ) { dossier, report in
            guard let section = section(dossier), dossier.beds > 10 else { return }
            var uses: [SicilyMinorsSpace.Use] = [.canteen, .changingRoom, .socialisation, .staffRoom]
            if !section.cateringService { uses.append(.kitchen) }
            if !section.laundryOutsourced { uses.append(.laundry) }
            let present = Set(section.spaces.map(\.use))
            for use in uses where !present.contains(use) { report.report(at: pointer.appending("spaces"), .localized(use.label)) }
        },
    ] + attested.rules
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.homelessCentre, parameters: parameters)

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Centro di accoglienza per persone senza dimora, Regione Siciliana", en: "Reception centre for homeless people, Sicily"),
        summary: "Centro di accoglienza per persone senza dimora: the accreditation dossier of a Sicilian reception centre for homeless people "
            + "(D.A. 17/2014, §7.9); rooms are the night modules; guests, minors among them, by pseudonymous code only. Source: seed \(type.citation). "
            + "This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        sections: [.section(SicilyHomelessCentreSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
