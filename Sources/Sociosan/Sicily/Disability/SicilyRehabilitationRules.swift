/// The rules of the Sicilian functional-rehabilitation centres for disabled people (§5.1 and
/// §5.1.1, seed 004 L596-L799), residential and day cycle, and the two kinds' registrations.
/// Staffing goes through the existing standards `sicily.rehab-residential` (reference 60 places,
/// N/60 below) and `sicily.rehab-day` (reference 40, N/40 below).
///
/// ```swift
/// StructureKinds.kind(for: .sicilyRehabilitationDay)?.rules.count
/// ```
public enum SicilyRehabilitationRules {
    static let seed = Seed.structuresSicily
    static let residential = StructureType.sicilyRehabilitationResidential
    static let day = StructureType.sicilyRehabilitationDay

    public static let residentialKind = StructureKind(
        type: residential,
        title: LocalizedText(it: "Presidio di riabilitazione funzionale a ciclo continuativo, Regione Siciliana",
                             en: "Residential functional-rehabilitation centre, Sicily"),
        summary: "Presidio di riabilitazione funzionale a ciclo continuativo: the accreditation dossier of a Sicilian residential "
            + "rehabilitation centre for people with physical, psychic or sensory disability, at least 20 beds in modules of 15 to 20 "
            + "(D.A. 17/2014, §5.1, §5.1.1). Source: seed \(residential.citation). This schema checks structure and domains; the "
            + "accreditation rules are checked by `sociosan validate`.",
        sections: [.section(SicilyRehabilitationResidentialSection.self)], attestationAreas: [], rules: residentialRules)

    public static let dayKind = StructureKind(
        type: day,
        title: LocalizedText(it: "Presidio di riabilitazione funzionale a ciclo diurno, Regione Siciliana",
                             en: "Day functional-rehabilitation centre, Sicily"),
        summary: "Presidio di riabilitazione funzionale a ciclo diurno: the accreditation dossier of a Sicilian semi-residential "
            + "rehabilitation centre for people with physical, psychic or sensory disability, at least 20 places in modules of 15 to 20, "
            + "8 hours a day (D.A. 17/2014, §5.1, §5.1.1). Source: seed \(day.citation). This schema checks structure and domains; the "
            + "accreditation rules are checked by `sociosan validate`.",
        sections: [.section(SicilyRehabilitationDaySection.self)], attestationAreas: [], rules: dayRules)

    /// "La dotazione minima per il funzionamento è fissata in 20 posti letto" (L638).
    public static let minimumPlaces = 20
    /// "moduli da 15 a 20 soggetti" (L723-L724).
    public static let moduleSize = 15...20

    // MARK: Shared by both cycles

    static func commonRules<Section: SicilyRehabilitationSection>(
        _ type: StructureType, _ section: Section.Type, reference: Int, referenceLines: ClosedRange<Int>
    ) -> [Rule<StructureDossier>] {
        let member = Section.member
        @Sendable func body(_ dossier: StructureDossier) -> Section? { dossier.sections[Section.self] }
        return [
            SicilyStructureKit.region(type),
            Rule.structure(
                type, "users.declared", seed: seed, lines: 636...641,
                title: LocalizedText(it: "Il presidio dichiara le disabilità che tratta", en: "The centre states the disabilities it treats"),
                message: LocalizedText(it: "nessuna disabilità dichiarata: fisiche, psichiche, sensoriali o miste",
                                       en: "no disability stated: physical, psychic, sensory or mixed")
            ) { dossier, report in
                if body(dossier)?.disabilities.isEmpty == true { report.report(at: JSONPointer.root.appending(member).appending("disabilities")) }
            },
            Rule.structure(
                type, "capacity.minimum", seed: seed, lines: 638...638,
                title: LocalizedText(it: "Dotazione minima di 20 posti", en: "At least 20 places"),
                message: LocalizedText(it: "il presidio dichiara {0} posti: la dotazione minima è {1}", en: "the centre declares {0} places: the minimum is {1}"),
                decision: "\"20 posti letto\" heads §5.1.1 and binds both cycles: L798-L799 also speak of 20-place standards for the "
                    + "semi-residential one (as the staffing standard reads it)."
            ) { dossier, report in
                if dossier.beds < minimumPlaces { report.report(at: "/beds", .integer(dossier.beds), .integer(minimumPlaces)) }
            },
            Rule.structure(
                type, "capacity.module-size", seed: seed, lines: 723...724,
                title: LocalizedText(it: "Moduli da 15 a 20 assistiti", en: "Modules of 15 to 20 users"),
                message: LocalizedText(it: "il modulo {0} ha {1} assistiti: i moduli vanno da 15 a 20", en: "module {0} has {1} users: modules have 15 to 20")
            ) { dossier, report in
                guard let section = body(dossier) else { return }
                for (index, module) in section.modules.enumerated() where !moduleSize.contains(module.users) {
                    report.report(at: JSONPointer.root.appending(member).appending("modules").appending(index).appending("users"),
                                  .text(module.id), .integer(module.users))
                }
            },
            Rule.structure(
                type, "capacity.module-total", seed: seed, lines: 723...724,
                title: LocalizedText(it: "Gli assistiti dei moduli sono i posti del presidio", en: "The modules' users are the centre's places"),
                message: LocalizedText(it: "i moduli sommano {0} assistiti, il presidio dichiara {1} posti",
                                       en: "the modules add up to {0} users, the centre declares {1} places")
            ) { dossier, report in
                guard let section = body(dossier) else { return }
                let total = section.modules.reduce(0) { $0 + $1.users }
                if total != dossier.beds { report.report(at: JSONPointer.root.appending(member).appending("modules"), .integer(total), .integer(dossier.beds)) }
            },
            Rule.structure(
                type, "capacity.staffing-reference", .warning, seed: seed, lines: referenceLines,
                title: LocalizedText(it: "Standard di personale riferito a \(reference) posti", en: "Staffing standard for \(reference) places"),
                message: LocalizedText(it: "il presidio dichiara {0} posti: lo standard di personale è riferito a {1} e la norma non dice come estenderlo; il personale non è verificato",
                                       en: "the centre declares {0} places: the staffing standard is for {1} and the seed does not say how to extend it; staff are not checked"),
                decision: "The seed reduces the standard below its reference (\"proporzionalmente ridefinito per capacità operative inferiori\") "
                    + "and says nothing above it (digest ambiguity 5): no minimum is invented, the dossier is told so."
            ) { dossier, report in
                if dossier.beds > reference { report.report(at: "/beds", .integer(dossier.beds), .integer(reference)) }
            },
            SicilyStructureKit.requiredSpacesRule(
                type, "premises.therapy-rooms", lines: 647...668,
                title: LocalizedText(it: "Locali per accertamenti, valutazioni, terapie e vita comune", en: "Rooms for examinations, assessments, therapies and daily life"),
                uses: [.psychodiagnosticRoom, .gym, .individualTherapy, .occupationalTherapy, .speechCognitiveTherapy, .psychomotorTherapy,
                       .urologicalRehabilitation, .educationalActivities, .livingRoom, .diningRoom, .kitchenette],
                member: member, spaces: { body($0)?.spaces },
                decision: "The list is for the day cycle (L647) and binds the continuous cycle too (\"In aggiunta, per i presìdi a ciclo "
                    + "continuativo\", L675). A room is asked once; \"in rapporto alla tipologia e al volume\" sizes them, it does not waive them."),
            Rule.structure(
                type, "premises.examination-room", seed: seed, lines: 651...652,
                title: LocalizedText(it: "Locale per gli accertamenti medici; se più d'uno, almeno uno attrezzato per le medicazioni",
                                     en: "Medical examination room; if several, one equipped for dressings"),
                message: LocalizedText(it: "locali per gli accertamenti medici: {0}, attrezzati per le medicazioni: {1}",
                                       en: "medical examination rooms: {0}, equipped for dressings: {1}")
            ) { dossier, report in
                guard let spaces = body(dossier)?.spaces else { return }
                let dressing = spaces.count(of: [.dressingExaminationRoom])
                let total = dressing + spaces.count(of: [.examinationRoom])
                if total == 0 || (total > 1 && dressing == 0) {
                    report.report(at: JSONPointer.root.appending(member).appending("spaces"), .integer(total), .integer(dressing))
                }
            },
            Rule.structure(
                type, "premises.changing-rooms", seed: seed, lines: 670...670,
                title: LocalizedText(it: "Spogliatoi-guardaroba distinti tra personale e utenza", en: "Changing rooms, separate for staff and users"),
                message: LocalizedText(it: "manca un locale richiesto: {0}", en: "a required room is missing: {0}")
            ) { dossier, report in
                guard let spaces = body(dossier)?.spaces else { return }
                for use in [SicilyRehabilitationSpaceUse.staffChangingRoom, .usersChangingRoom] where spaces.count(of: [use]) == 0 {
                    report.report(at: JSONPointer.root.appending(member).appending("spaces"), .localized(use.label))
                }
            },
            Rule.structure(
                type, "premises.children-rest-room", seed: seed, lines: 670...672,
                title: LocalizedText(it: "Locale di riposo se il presidio accoglie bambini da 0 a 4 anni", en: "A rest room when the centre takes children aged 0 to 4"),
                message: LocalizedText(it: "il presidio accoglie bambini da 0 a 4 anni ma non ha un locale dove possano riposare",
                                       en: "the centre takes children aged 0 to 4 but has no room where they can rest")
            ) { dossier, report in
                guard let section = body(dossier), section.takesChildrenUnderFour, section.spaces.count(of: [.childrenRestRoom]) == 0 else { return }
                report.report(at: JSONPointer.root.appending(member).appending("spaces"))
            },
        ]
    }

    /// The qualitative requirements of §5.1 and §5.1.1 both cycles share, each attested with
    /// its document's date.
    static func commonRequirements<Section: SicilyRehabilitationSection>(_ section: Section.Type) -> [SicilyStructureKit.Requirement] {
        [
            .init(.svamaAssessment, 604...608),
            .init(.individualRehabilitationProject, 717...719),
            .init(.projectCommunication, 622...624),
            .init(.rehabilitationProgrammes, 625...626),
            .init(.electronicRecord, 627...635),
            .init(.assessmentEquipment, 697...701),
            .init(.therapyEquipment, 703...707),
            .init(.firstAidEquipment, 709...709),
            .init(.multidisciplinaryTeam, 711...713),
            .init(.familyInformationTraining, 720...721),
            .init(.complaintsRegister, 722...722),
            .init(.separatePremises, 726...728, applies: { $0.sections[Section.self]?.coLocatedSocialCare == true }),
            // "In materia di personale deve essere applicato quanto già previsto nel paragrafo 2" (L796-L797).
            .init(.staffQualifications, 796...797),
            .init(.employmentContracts, 796...797),
        ]
    }

    // MARK: Residential

    /// The minimum usable area of a bedroom of `beds` beds (L680-L681), or in a structure that
    /// existed when the decree came, during the three transitional years (L689-L691); `nil`
    /// when that many beds are not admitted.
    ///
    /// ```swift
    /// SicilyRehabilitationRules.minimumRoomArea(beds: 2, transitional: false)   // 18 m²
    /// SicilyRehabilitationRules.minimumRoomArea(beds: 3, transitional: true)    // 23 m²
    /// ```
    public static func minimumRoomArea(beds: Int, transitional: Bool) -> SquareMetres? {
        if transitional {
            return (1...4).contains(beds) ? SquareMetres(whole: 9 + 7 * (beds - 1)) : nil
        }
        switch beds {
        case 1: return SquareMetres(whole: 12)
        case 2: return SquareMetres(whole: 18)
        default: return nil
        }
    }

    static func isTransitional(_ dossier: StructureDossier) -> Bool {
        guard let section = dossier.sections[SicilyRehabilitationResidentialSection.self] else { return false }
        return section.existingBuilding && !(SicilyStructureKit.transitionEnd < section.declaredOn)
    }

    static let transitionalDecision = "\"(ammissibile solo per il prossimo triennio)\" closes the whole sentence on existing structures "
        + "(L689-L691, digest ambiguity 6): the smaller rooms and the 4-bed rooms held for three years from the decree of 12 September "
        + "2014, up to 12 September 2017, judged on the declaration date; after it every room meets 12 m² single, 9 m² a bed, 2 beds."

    static let residentialRoomRules: [Rule<StructureDossier>] = [
        SicilyStructureKit.bedTotal(residential, lines: 675...681, inBeds: true),
        Rule.structure(
            residential, "rooms.max-beds", seed: seed, lines: 678...691,
            title: LocalizedText(it: "Camere di degenza al massimo a due posti", en: "Bedrooms of at most two beds"),
            message: LocalizedText(it: "la camera {0} ha {1} posti letto, al massimo {2}", en: "room {0} has {1} beds, at most {2}"),
            decision: transitionalDecision
        ) { dossier, report in
            let limit = isTransitional(dossier) ? 4 : 2
            for (index, room) in dossier.rooms.enumerated() where room.beds > limit {
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"), .text(room.id), .integer(room.beds), .integer(limit))
            }
        },
        Rule.structure(
            residential, "rooms.area", seed: seed, lines: 678...691,
            title: LocalizedText(it: "Superficie delle camere: 12 m² singola, 9 m² per posto letto nella doppia",
                                 en: "Bedroom area: 12 m² single, 9 m² a bed in a double"),
            message: LocalizedText(it: "la camera {0} ({1} posti letto) misura {2} m², ne servono almeno {3}",
                                   en: "room {0} ({1} beds) measures {2} m², at least {3} needed"),
            decision: transitionalDecision
        ) { dossier, report in
            let transitional = isTransitional(dossier)
            for (index, room) in dossier.rooms.enumerated() {
                guard let area = room.squareMetres, let minimum = minimumRoomArea(beds: room.beds, transitional: transitional), area < minimum else { continue }
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("squareMetres"),
                              .text(room.id), .integer(room.beds), area.argument, minimum.argument)
            }
        },
        SicilyStructureKit.roomAreaStated(residential, lines: 678...681),
        SicilyStructureKit.requiredSpacesRule(
            residential, "premises.ward-rooms", lines: 675...688,
            title: LocalizedText(it: "Spazi di soggiorno e di supporto alla degenza", en: "Ward living and support spaces"),
            uses: [.wardLivingSpace, .wardSupport], member: SicilyRehabilitationResidentialSection.member,
            spaces: { $0.sections[SicilyRehabilitationResidentialSection.self]?.spaces }),
    ]

    static let residentialRequirements: [SicilyStructureKit.Requirement] =
        commonRequirements(SicilyRehabilitationResidentialSection.self) + [.init(.enSuiteBathrooms, 678...684)]

    static let residentialRules: [Rule<StructureDossier>] =
        commonRules(residential, SicilyRehabilitationResidentialSection.self, reference: 60, referenceLines: 730...766)
        + residentialRoomRules
        + StructureStaffingRules.rules(residential, standard: SicilyStaffingStandards.rehabResidential)
        + SicilyStructureKit.documentRules(residential, SicilyRehabilitationResidentialSection.self, residentialRequirements)

    // MARK: Day cycle

    /// "funzionano per 8 ore giornaliere e ove possibile, per 5 giorni alla settimana" (L725).
    public static let dailyHours = 8
    public static let openingDays = 5

    static let dayOpeningRules: [Rule<StructureDossier>] = [
        Rule.structure(
            day, "opening.daily-hours", seed: seed, lines: 725...725,
            title: LocalizedText(it: "Funzionamento per 8 ore giornaliere", en: "Open 8 hours a day"),
            message: LocalizedText(it: "il presidio è aperto dalle {0} alle {1}, {2} minuti al giorno: ne servono {3} (8 ore)",
                                   en: "the centre is open from {0} to {1}, {2} minutes a day: {3} (8 hours) needed")
        ) { dossier, report in
            guard let opening = dossier.sections[SicilyRehabilitationDaySection.self]?.opening, opening.minutesPerDay < dailyHours * 60 else { return }
            report.report(at: "/rehabilitation/opening", opening.opensAt.argument, opening.closesAt.argument,
                          .integer(opening.minutesPerDay), .integer(dailyHours * 60))
        },
        Rule.structure(
            day, "opening.days", .warning, seed: seed, lines: 725...725,
            title: LocalizedText(it: "Ove possibile, 5 giorni alla settimana", en: "Where possible, 5 days a week"),
            message: LocalizedText(it: "il presidio è aperto {0} giorni la settimana: ove possibile ne servono {1}",
                                   en: "the centre is open {0} days a week: {1} where possible"),
            decision: "\"ove possibile\" makes the 5 days a target, not a condition: fewer days are a warning (the staffing coverage "
                + "is then 8 hours a day open)."
        ) { dossier, report in
            guard let opening = dossier.sections[SicilyRehabilitationDaySection.self]?.opening, opening.daysPerWeek < openingDays else { return }
            report.report(at: "/rehabilitation/opening/daysPerWeek", .integer(opening.daysPerWeek), .integer(openingDays))
        },
    ]

    static let dayRequirements: [SicilyStructureKit.Requirement] = commonRequirements(SicilyRehabilitationDaySection.self)

    static let dayRules: [Rule<StructureDossier>] =
        commonRules(day, SicilyRehabilitationDaySection.self, reference: 40, referenceLines: 767...795)
        + dayOpeningRules
        + StructureStaffingRules.rules(day, standard: SicilyStaffingStandards.rehabDay)
        + SicilyStructureKit.documentRules(day, SicilyRehabilitationDaySection.self, dayRequirements)
}

/// The Sicilian kinds of seed 004 section 5 (disability), registered as one list. The
/// independent-living projects of §5.1.2 are project dossiers, not structures, and are not here.
///
/// ```swift
/// SicilyDisabilityKinds.all.map(\.kind)   // ["sicily.disability.rehab-residential", "sicily.disability.rehab-day"]
/// ```
public enum SicilyDisabilityKinds {
    public static let all: [StructureKind] = [SicilyRehabilitationRules.residentialKind, SicilyRehabilitationRules.dayKind]
    public static let types: [StructureType] = [.sicilyRehabilitationResidential, .sicilyRehabilitationDay]
}
