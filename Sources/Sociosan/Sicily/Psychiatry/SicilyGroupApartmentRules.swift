/// The rules of the Sicilian group apartment / housing support with staff in time slots
/// (§6.1.4.2, seed 004 L1157-L1211, with the §6 and §6.1 text that binds every
/// socio-rehabilitative structure), and the kind's registration. Staffing goes through the
/// existing standard `sicily.psychiatric-group-apartment`, whose rule ids it keeps.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyGroupApartment)?.rules.count
/// ```
public enum SicilyGroupApartmentRules {
    static let type = StructureType.sicilyGroupApartment
    static let seed = Seed.structuresSicily
    typealias Attested = SicilyStructureKit.Attested

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(
            it: "Gruppo appartamento psichiatrico con personale per fasce orarie, Regione Siciliana",
            en: "Psychiatric group apartment with staff in time slots, Sicily"),
        summary: "Struttura residenziale psichiatrica per interventi socio-riabilitativi con personale per fasce orarie (gruppo "
            + "appartamento e sostegno abitativo, massimo 4 utenti): the accreditation dossier of a Sicilian group apartment (D.A. "
            + "17/2014). Source: seed \(type.citation). This schema checks structure and domains; the accreditation rules are "
            + "checked by `sociosan validate`.",
        sections: [.section(SicilyGroupApartmentSection.self)],
        attestationAreas: attestationAreas, rules: rules)

    /// "Per un massimo di n. 4 utenti" (L1157-L1158).
    public static let maximumUsers = 4
    /// "Superficie minima mq 100" (L1201).
    public static let minimumFloorArea = SquareMetres(whole: 100)
    /// "Camere da letto singole con superficie non inferiore a mq 12" (L1202).
    public static let minimumBedroomArea = SquareMetres(whole: 12)

    // MARK: Attested requirements

    static let shared = SicilyStructureKit.mentalHealthAttested { $0.sections[SicilyGroupApartmentSection.self]?.fromTwentyPlaceModule == true }

    static let attested: [Attested] = [
        Attested("furnishings", "liveable", 1206...1207,
                 it: "Arredi, suppellettili e attrezzature vivibili, idonei agli utenti e funzionali",
                 en: "Furniture, fittings and equipment are liveable, suited to the users and functional"),
        Attested("furnishings", "safety", 1207...1208,
                 it: "Arredi e attrezzature conformi ai requisiti di sicurezza", en: "Furniture and equipment meet the safety requirements"),
    ] + shared.personnel + [  // L1198-L1199 call in paragraph 2 (L281-L288)
        Attested("organisation", "csm-meetings", 1186...1188,
                 it: "Incontri periodici con il CSM che ha in carico il paziente, per monitorare il progetto",
                 en: "Periodic meetings with the CSM holding the patient, to monitor the project"),
    ] + shared.organisation + [shared.admission,
        Attested("admission", "criteria", 1159...1172, .warning,
                 it: "Criteri di accesso scritti conformi alle indicazioni cliniche (pazienti stabilizzati, aderenza almeno buona)",
                 en: "Written admission criteria match the clinical indications (stabilised patients, at least good adherence)",
                 decision: "GA-03: the clinical indications describe patients; the structure's written admission criteria are the structure-level proxy, recorded as a warning (as S-15 for the 24-hour residence)."),
        shared.psrp,
        Attested("psrp", "duration-reviews", 1078...1079,
                 it: "Durata del programma e verifiche periodiche datate nel PSRP", en: "Programme duration and dated periodic reviews in the PSRP"),
        Attested("psrp", "work-inclusion", 1209...1211, .info,
                 it: "Programma completato con l'inserimento o l'orientamento lavorativo (auspicabile)",
                 en: "The programme is completed by job placement or orientation (recommended)",
                 decision: "GA-04: \"è auspicabile\" (L1209) recommends; a missing code is an info finding."),
    ]

    /// The five areas of attested requirements, in the order the dossier lists them.
    public static let attestationAreas = SicilyStructureKit.attestationAreas(
        type, areas: ["furnishings", "personnel", "organisation", "admission", "psrp"], attested)

    // MARK: Rules

    static let structureRules: [Rule<StructureDossier>] = [
        SicilyStructureKit.region(type),
        SicilyStructureKit.maximumPlaces(type, maximumUsers, lines: 1157...1158),
        SicilyStructureKit.bedTotal(type, lines: 1157...1202),
        SicilyStructureKit.maximumBedsPerRoom(
            type, title: LocalizedText(it: "Camere da letto singole", en: "Single bedrooms only"), lines: 1202...1202) { _ in 1 },
        SicilyStructureKit.roomArea(
            type, title: LocalizedText(it: "Camere singole di almeno 12 m²", en: "Single bedrooms of at least 12 m²"), lines: 1202...1202,
            decision: "GA-01: a room with more beds is the max-beds rule's finding; its area is held to 12 m² too."
        ) { _, _ in minimumBedroomArea },
        SicilyStructureKit.roomAreaStated(type, lines: 1202...1202),
        Rule.structure(
            type, "premises.min-area", seed: seed, lines: 1200...1201,
            title: LocalizedText(it: "Appartamento di civile abitazione di almeno 100 m²", en: "An ordinary flat of at least 100 m²"),
            message: LocalizedText(it: "superficie dell'appartamento {0} m², ne servono almeno {1}",
                                   en: "the apartment's floor area is {0} m², at least {1} needed"),
            decision: "GA-02: the seed states no reduction below 4 users (unlike 6.1.4.1, L1154-L1156): 100 m² at every capacity."
        ) { dossier, report in
            guard let section = dossier.sections[SicilyGroupApartmentSection.self], section.floorArea < minimumFloorArea else { return }
            report.report(at: "/groupApartment/floorAreaSquareMetres", section.floorArea.argument, minimumFloorArea.argument)
        },
        Rule.structure(
            type, "premises.toilets", seed: seed, lines: 1203...1203,
            title: LocalizedText(it: "Due servizi igienici", en: "Two toilets"),
            message: LocalizedText(it: "servizi igienici: {0}, ne servono {1}", en: "toilets: {0}, {1} needed")
        ) { dossier, report in
            guard let section = dossier.sections[SicilyGroupApartmentSection.self] else { return }
            let count = section.count(of: [.userToilet, .userToiletAccessible])
            if count < 2 { report.report(at: "/groupApartment/spaces", .integer(count), .integer(2)) }
        },
    ] + [(SicilyResidenceSpace.Use.livingDining, 1204...1204), (.kitchen, 1205...1205)].map { use, lines in
        Rule.structure(
            type, "premises.\(use.rawValue)", seed: seed, lines: lines,
            title: LocalizedText(it: "Locale richiesto: \(use.label.italian)", en: "Required room: \(use.label.english)"),
            message: LocalizedText(it: "manca un locale richiesto: {0}", en: "a required room is missing: {0}")
        ) { dossier, report in
            guard let section = dossier.sections[SicilyGroupApartmentSection.self] else { return }
            if section.count(of: [use]) == 0 { report.report(at: "/groupApartment/spaces", .localized(use.label)) }
        }
    } + [
        SicilyStructureKit.opening(
            type, days: 6, hours: 6, lines: 961...963, pointer: "/groupApartment/staffedSlots",
            decision: "GA-05: \"attive almeno 6 ore al giorno per 6 giorni la settimana\" (L962-L963) is the 6.1 type the group apartment belongs to; the declared slots are checked here, the staff's hours by the standard's coverage rule."
        ) { $0.sections[SicilyGroupApartmentSection.self]?.staffedSlots },
    ]

    static let staffRules: [Rule<StructureDossier>] =
        StructureStaffingRules.rules(type, standard: SicilyStaffingStandards.psychiatricGroupApartment)
        + [SicilyStructureKit.osaPhasingOut(type, lines: 1195...1197)]

    /// Every rule of the kind, in the order findings are reported.
    public static let rules: [Rule<StructureDossier>] =
        structureRules + staffRules + SicilyStructureKit.attestationRules(type, labels: SicilyStructureKit.mentalHealthAreaLabels, attested)
}
