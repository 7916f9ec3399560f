/// The rules of the Sicilian 24-hour psychiatric residence (§6.1.4.1, seed 004 L1081-L1156, with
/// the §6 and §6.1-6.1.3 text that binds every socio-rehabilitative structure), and the kind's
/// registration. Staffing goes through the existing standard `sicily.psychiatric-residence-24h`,
/// whose rule ids it keeps.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyPsychiatricResidence24h)?.rules.count
/// ```
public enum SicilyResidence24hRules {
    static let type = StructureType.sicilyPsychiatricResidence24h
    static let seed = Seed.structuresSicily

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(
            it: "Struttura residenziale psichiatrica socio-riabilitativa 24 ore, Regione Siciliana",
            en: "24-hour socio-rehabilitative psychiatric residence, Sicily"),
        summary: "Struttura residenziale psichiatrica per interventi socio-riabilitativi 24 ore (massimo 10 utenti): the "
            + "accreditation dossier of a Sicilian socio-rehabilitative psychiatric residence (D.A. 17/2014). Source: seed "
            + "\(type.citation). This schema checks structure and domains; the accreditation rules are checked by `sociosan validate`.",
        sections: [.section(SicilyResidence24hSection.self)],
        attestationAreas: attestationAreas, rules: rules)

    // MARK: Attested requirements

    typealias Attested = SicilyStructureKit.Attested
    static let shared = SicilyStructureKit.mentalHealthAttested { $0.sections[SicilyResidence24hSection.self]?.fromTwentyPlaceModule == true }

    static let attested: [Attested] = [
        Attested("furnishings", "liveable", 1151...1152,
                 it: "Arredi, suppellettili e attrezzature vivibili, idonei agli utenti e funzionali",
                 en: "Furniture, fittings and equipment are liveable, suited to the users and functional"),
        Attested("furnishings", "safety", 1152...1153,
                 it: "Arredi e attrezzature conformi ai requisiti di sicurezza", en: "Furniture and equipment meet the safety requirements"),
        Attested("furnishings", "barrier-free", 1153...1153,
                 it: "Rispetto delle norme sull'abbattimento delle barriere architettoniche",
                 en: "The rules on removing architectural barriers are met"),
    ] + shared.personnel + [  // L1128-L1129 call in paragraph 2 (L281-L288)
        Attested("organisation", "staffing-plan", 1101...1109,
                 it: "Figure professionali e impegno orario adeguati alle attività a bassa intensità riabilitativa",
                 en: "Roles and hours are matched to the activities of low-intensity programmes"),
        Attested("organisation", "csm-psychiatric-care", 1130...1130,
                 it: "Assistenza medico-psichiatrica assicurata dagli specialisti del Centro di Salute Mentale",
                 en: "Psychiatric medical care is given by the Mental Health Centre's specialists"),
    ] + shared.organisation + [shared.admission,
        // Decision S-15: the clinical indications describe patients; the structure's written
        // admission criteria are the structure-level proxy, recorded as a warning.
        Attested("admission", "criteria", 1083...1100, .warning,
                 it: "Criteri di accesso scritti conformi agli utenti e alle indicazioni cliniche",
                 en: "Written admission criteria match the users and clinical indications"),
        shared.psrp,
        Attested("psrp", "case-manager", 987...1009,
                 it: "Un case manager della struttura coordina l'équipe e il PSRP", en: "A structure case manager coordinates the team and the PSRP"),
        Attested("psrp", "co-signed", 1011...1012,
                 it: "PSRP cointestato dal case manager della struttura, dal paziente e dal case manager del DSM",
                 en: "The PSRP is held jointly by the structure's case manager, the patient and the DSM case manager"),
        Attested("psrp", "electronic-form", 1021...1029,
                 it: "Scheda informatizzata di PSRP con le informazioni e i criteri comuni",
                 en: "An electronic PSRP form with the common information and criteria"),
        Attested("psrp", "icd10-diagnosis", 1030...1041,
                 it: "Diagnosi clinica secondo la classificazione multiassiale ICD 10", en: "Clinical diagnosis on the ICD-10 multiaxial classification"),
        Attested("psrp", "icf-functional-diagnosis", 1042...1058,
                 it: "Diagnosi funzionale secondo la classificazione ICF", en: "Functional diagnosis on the ICF classification"),
        Attested("psrp", "duration-reviews", 1110...1111,
                 it: "Durata del programma e verifiche periodiche datate nel PSRP", en: "Programme duration and dated periodic reviews in the PSRP"),
    ]

    /// The five areas of attested requirements, in the order the dossier lists them.
    public static let attestationAreas = SicilyStructureKit.attestationAreas(
        type, areas: ["furnishings", "personnel", "organisation", "admission", "psrp"], attested)

    static var attestationRules: [Rule<StructureDossier>] {
        SicilyStructureKit.attestationRules(type, labels: SicilyStructureKit.mentalHealthAreaLabels, attested)
    }

    // MARK: Identity, capacity, rooms

    /// "per un massimo di 10 utenti" (L1081-L1082), "Struttura fino a 10 posti" (L1132).
    static let maximumPlaces = 10

    static let identityRules: [Rule<StructureDossier>] = [
        SicilyStructureKit.region(type),
        Rule.structure(
            type, "capacity.max-users", seed: seed, lines: 1081...1082,
            title: LocalizedText(it: "Al massimo 10 utenti", en: "At most 10 users"),
            message: LocalizedText(it: "la struttura dichiara {0} posti, al massimo ne sono ammessi {1}",
                                   en: "the structure declares {0} places, at most {1} are allowed")
        ) { dossier, report in
            if dossier.beds > maximumPlaces { report.report(at: "/beds", .integer(dossier.beds), .integer(maximumPlaces)) }
        },
    ]

    static let roomRules: [Rule<StructureDossier>] = [
        Rule.structure(
            type, "rooms.bed-total", seed: seed, lines: 1132...1137,
            title: LocalizedText(it: "I posti letto delle camere sono i posti della struttura", en: "The rooms' beds are the structure's places"),
            message: LocalizedText(it: "le camere sommano {0} posti letto, la struttura ne dichiara {1}",
                                   en: "the rooms add up to {0} beds, the structure declares {1}")
        ) { dossier, report in
            let total = dossier.rooms.reduce(0) { $0 + $1.beds }
            if total != dossier.beds { report.report(at: "/rooms", .integer(total), .integer(dossier.beds)) }
        },
        Rule.structure(
            type, "rooms.max-beds", seed: seed, lines: 1137...1137,
            title: LocalizedText(it: "Camere da letto singole o doppie", en: "Bedrooms are single or double"),
            message: LocalizedText(it: "la camera {0} ha {1} posti letto: le camere sono singole o doppie",
                                   en: "room {0} has {1} beds: rooms are single or double")
        ) { dossier, report in
            for (index, room) in dossier.rooms.enumerated() where room.beds > 2 {
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"), .text(room.id), .integer(room.beds))
            }
        },
        Rule.structure(
            type, "rooms.area", seed: seed, lines: 1137...1138,
            title: LocalizedText(it: "Superficie utile delle camere, al netto dei servizi: 12 m² singola, 15 m² doppia",
                                 en: "Bedroom usable area, net of bathrooms: 12 m² single, 15 m² double"),
            message: LocalizedText(it: "la camera {0} ({1} posti letto) misura {2} m² al netto dei servizi igienici, ne servono almeno {3}",
                                   en: "room {0} ({1} beds) measures {2} m² net of bathrooms, at least {3} needed"),
            decision: "S-13: 12 and 15 m² are minima, as in every Italian structural standard (L1137-L1138)."
        ) { dossier, report in
            for (index, room) in dossier.rooms.enumerated() where room.beds <= 2 {
                guard let area = room.squareMetres else { continue }
                let minimum = SquareMetres(whole: room.beds == 1 ? 12 : 15)
                if area < minimum {
                    report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("squareMetres"),
                                  .text(room.id), .integer(room.beds), area.argument, minimum.argument)
                }
            }
        },
        Rule.structure(
            type, "rooms.area-stated", seed: seed, lines: 1137...1138,
            title: LocalizedText(it: "Ogni camera dichiara la superficie utile", en: "Every bedroom states its usable area"),
            message: LocalizedText(it: "la camera {0} non indica la superficie utile (squareMetres)",
                                   en: "room {0} does not state its usable area (squareMetres)")
        ) { dossier, report in
            for (index, room) in dossier.rooms.enumerated() where room.squareMetres == nil {
                report.report(at: JSONPointer.root.appending("rooms").appending(index), .text(room.id))
            }
        },
    ]

    // MARK: Premises

    /// The usable floor area needed for `places` under each reading of L1154-L1156 (decision
    /// S-01): 200 m² at 10 places, and "diminuisce proporzionalmente ... con riferimento solo
    /// alle camere da letto". The seed does not say how much of the 200 m² is bedrooms: at most
    /// 120 m² (10 singles of 12 m²), at least 75 m² (5 doubles of 15 m²). The lenient reading
    /// takes 12 m² a place off (80 + 12 n), the cautious one 7.5 m² (125 + 7.5 n).
    public static func minimumFloorArea(places: Int, cautious: Bool) -> SquareMetres {
        cautious ? SquareMetres(hundredths: 12_500 + 750 * places) : SquareMetres(hundredths: 8_000 + 1_200 * places)
    }

    static let premisesRules: [Rule<StructureDossier>] = {
        var rules: [Rule<StructureDossier>] = [true, false].map { cautious in
            Rule.structure(
                type, cautious ? "premises.min-area-conservative" : "premises.min-area", cautious ? .warning : .error,
                seed: seed, lines: cautious ? 1154...1156 : 1132...1156,
                title: cautious
                    ? LocalizedText(it: "Superficie minima nella lettura prudente della riduzione (7,5 m² per posto in meno)",
                                    en: "Minimum floor area under the cautious reading of the reduction (7.5 m² less a place)")
                    : LocalizedText(it: "Superficie minima 200 m² per 10 posti, ridotta solo per le camere da letto",
                                    en: "Minimum floor area 200 m² for 10 places, reduced only for the bedrooms"),
                message: LocalizedText(it: "superficie della struttura {0} m²: con {1} posti ne servono almeno {2}",
                                       en: "the structure's floor area is {0} m²: {1} places need at least {2}"),
                decision: "S-01: the seed does not say how much of the 200 m² is bedrooms; the error takes 12 m² off a "
                    + "place (80 + 12 n), the warning 7.5 m² (125 + 7.5 n); both give 200 m² at 10 places (L1154-L1156)."
            ) { dossier, report in
                guard let section = dossier.sections[SicilyResidence24hSection.self] else { return }
                let minimum = minimumFloorArea(places: dossier.beds, cautious: cautious)
                // The warning speaks of the band between the two readings: below the lenient
                // minimum the error already says it.
                let lenientMet = !(section.floorArea < minimumFloorArea(places: dossier.beds, cautious: false))
                if section.floorArea < minimum, !cautious || lenientMet {
                    report.report(at: "/residence24h/floorAreaSquareMetres", section.floorArea.argument, .integer(dossier.beds), minimum.argument)
                }
            }
        }
        let required: [(SicilyResidenceSpace.Use, ClosedRange<Int>)] = [
            (.livingDining, 1135...1135), (.kitchen, 1140...1140), (.laundryWardrobe, 1142...1142),
            (.staffRoom, 1144...1144), (.meetingRoom, 1146...1146), (.staffToilet, 1150...1150),
        ]
        rules += required.map { use, lines in
            Rule.structure(
                type, "premises.\(use.rawValue)", seed: seed, lines: lines,
                title: LocalizedText(it: "Locale richiesto: \(use.label.italian)", en: "Required room: \(use.label.english)"),
                message: LocalizedText(it: "manca un locale richiesto: {0}", en: "a required room is missing: {0}")
            ) { dossier, report in
                guard let section = dossier.sections[SicilyResidence24hSection.self] else { return }
                if section.count(of: [use]) == 0 { report.report(at: "/residence24h/spaces", .localized(use.label)) }
            }
        }
        rules.append(Rule.structure(
            type, "premises.user-toilets", seed: seed, lines: 1148...1148,
            title: LocalizedText(it: "Servizi igienici per gli utenti, di cui 1 per disabili", en: "User toilets, one of them accessible"),
            message: LocalizedText(it: "servizi igienici per gli utenti: {0}, ne servono almeno 2 (di cui 1 per disabili)",
                                   en: "user toilets: {0}, at least 2 needed (1 of them accessible)"),
            decision: "S-03: the plural and \"di cui 1\" mean at least two (L1148)."
        ) { dossier, report in
            guard let section = dossier.sections[SicilyResidence24hSection.self] else { return }
            let count = section.count(of: [.userToilet, .userToiletAccessible])
            if count < 2 { report.report(at: "/residence24h/spaces", .integer(count)) }
        })
        rules.append(Rule.structure(
            type, "premises.accessible-toilet", seed: seed, lines: 1148...1148,
            title: LocalizedText(it: "Un servizio igienico per disabili", en: "One accessible user toilet"),
            message: LocalizedText(it: "nessuno dei {0} servizi igienici per gli utenti è per disabili",
                                   en: "none of the {0} user toilets is accessible")
        ) { dossier, report in
            guard let section = dossier.sections[SicilyResidence24hSection.self] else { return }
            if section.count(of: [.userToiletAccessible]) == 0 {
                report.report(at: "/residence24h/spaces", .integer(section.count(of: [.userToilet])))
            }
        })
        return rules
    }()

    // MARK: Staff

    static let staffRules: [Rule<StructureDossier>] = StructureStaffingRules.rules(type, standard: SicilyStaffingStandards.psychiatricResidence24h)
        + [SicilyStructureKit.osaPhasingOut(type, lines: 1125...1125)]

    /// Every rule of the kind, in the order findings are reported.
    public static let rules: [Rule<StructureDossier>] = identityRules + roomRules + premisesRules + staffRules + attestationRules
}
