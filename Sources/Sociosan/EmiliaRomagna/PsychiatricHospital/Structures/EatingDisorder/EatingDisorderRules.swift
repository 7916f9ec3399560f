/// The rules of eating-disorder rehabilitation, DCA (cod. 56), seed 002 L1964-L2432: the shared
/// builders of ``ERStructureRules`` (identity, rooms, staffing standard
/// `er.eating-disorder-rehab`, attested requirements) and the family's own rules: modules of at
/// most 20 beds, 3 clinic rooms per 20 beds, the 36 m² gym, the teams of the two module kinds
/// and the psychiatrist's presence.
///
/// ```swift
/// EatingDisorderRules.requiredClinicRooms(beds: 20)  // 3
/// EatingDisorderRules.requiredClinicRooms(beds: 30)  // 5 (4.5 rounded up)
/// ```
public enum EatingDisorderRules {
    public static let type = ERPsychiatricStructureType.eatingDisorderRehab
    /// Where the family section sits in the dossier's JSON.
    public static let sectionPath: JSONPointer = "/eatingDisorder"

    /// "Articolazione organizzativa di max 20 p.l." (L1993).
    public static let maximumModuleBeds = 20

    /// "Non inferiore a 3 ambulatori / studi medici ogni 20 p.l." (L2013).
    public static let clinicRoomsPerModule = 3

    /// "Palestra di almeno mq 36" (L2016).
    public static let minimumGymArea = SquareMetres(whole: 36)

    /// Rooms: "al massimo 2 posti letto" and the 30 June 2009 grandfathering (L1988-L1991).
    public static let roomPolicy = ERStructureRules.RoomPolicy(lines: 1988...1991)

    /// Clinic rooms owed for `beds` beds. Decision A-35: 3 for every 20 beds, in proportion
    /// beyond 20 ("non come multipli interi ma in proporzione", L1993-L1997), rounded up
    /// because a room is whole and the figure is a minimum ("non inferiore"); never fewer than
    /// 3, the figure of the reference module, whatever the beds below 20.
    public static func requiredClinicRooms(beds: Int) -> Int {
        let proportional = (clinicRoomsPerModule * beds + maximumModuleBeds - 1) / maximumModuleBeds
        return max(clinicRoomsPerModule, proportional)
    }

    /// The figures both module kinds ask for: a psychiatrist, a psychologist, an
    /// internist/dietologist trained in eating disorders (L2056-L2061).
    public static let coreTeam: [ERTeamSlot] = [
        ERTeamSlot([.psychiatrist]), ERTeamSlot([.psychologist]),
        ERTeamSlot([.internist, .dietologist], needsEatingDisorderTraining: true),
    ]

    /// The team a module kind asks for (L2056-L2058, L2060-L2061; A-36: only the
    /// psycho-nutritional team has a dietitian).
    public static func team(for kind: DCAModuleKind) -> [ERTeamSlot] {
        switch kind {
        case .psychoNutritional: return [coreTeam[0], coreTeam[1], ERTeamSlot([.dietitian]), coreTeam[2]]
        case .nutritional: return coreTeam
        }
    }

    /// The family's rule builder: id `<prefix>.<name>`, the section handed to the check.
    static let rule = ERFamilyRules(type) { $0.eatingDisorder }

    // MARK: Modules

    public static let modulesPresent = rule(
        "modules.present", lines: 1971...1985,
        title: LocalizedText(it: "Il reparto dichiara i suoi moduli (riabilitazione psiconutrizionale, abilitazione nutrizionale)",
                             en: "The unit declares its modules (psycho-nutritional rehabilitation, nutritional habilitation)"),
        message: LocalizedText(it: "nessun modulo dichiarato: un reparto DCA eroga riabilitazione psiconutrizionale o abilitazione nutrizionale",
                               en: "no module declared: a DCA unit delivers psycho-nutritional rehabilitation or nutritional habilitation"),
        decision: "A-36: the modules of L1971 ('moduli che erogano prestazioni di') and of L1993 ('uno o più moduli' of at most 20 beds) are read as the same units: each module has its beds and delivers one of the two kinds; the team owed depends on the kinds, so a unit must declare at least one."
    ) { _, section, report in
        if section.modules.isEmpty { report.report(at: sectionPath.appending("modules")) }
    }

    public static let moduleMaximumBeds = rule(
        "modules.max-beds", lines: 1993...1997,
        title: LocalizedText(it: "Ogni modulo ha al massimo 20 posti letto", en: "Each module has at most 20 beds"),
        message: LocalizedText(it: "il modulo \"{0}\" ha {1} posti letto; il massimo è {2}",
                               en: "module \"{0}\" has {1} beds; the maximum is {2}"),
        decision: "A-35: 'max 20 p.l.' binds each module, not the unit, which may assemble several modules (L1993-L1997)."
    ) { _, section, report in
        for (index, module) in section.modules.enumerated() where module.beds > maximumModuleBeds {
            report.report(at: sectionPath.appending(path: "modules", String(index), "beds"),
                          .text(module.id), .integer(module.beds), .integer(maximumModuleBeds))
        }
    }

    public static let moduleBedTotal = rule(
        "modules.bed-total", lines: 1993...1997,
        title: LocalizedText(it: "I posti letto dei moduli sommano ai posti letto del reparto",
                             en: "The modules' beds add up to the unit's beds"),
        message: LocalizedText(it: "i moduli sommano {0} posti letto, il reparto ne dichiara {1}",
                               en: "the modules add up to {0} beds, the unit declares {1}")
    ) { dossier, section, report in
        guard !section.modules.isEmpty else { return }
        let total = section.modules.reduce(0) { $0 + $1.beds }
        if total != dossier.beds { report.report(at: sectionPath.appending("modules"), .integer(total), .integer(dossier.beds)) }
    }

    // MARK: Areas

    public static let clinicRooms = rule(
        "areas.clinic-rooms", lines: 2010...2013,
        title: LocalizedText(it: "Almeno 3 ambulatori / studi medici ogni 20 posti letto",
                             en: "At least 3 clinic rooms / doctors' offices per 20 beds"),
        message: LocalizedText(it: "ambulatori / studi medici: {0}; con {1} posti letto ne servono almeno {2}",
                               en: "clinic rooms / doctors' offices: {0}; {1} beds need at least {2}"),
        decision: "A-35: 3 per 20 beds, in proportion beyond 20 and rounded up (30 beds → 4.5 → 5), never fewer than 3."
    ) { dossier, section, report in
        let required = requiredClinicRooms(beds: dossier.beds)
        let present = section.clinicRooms.count
        if present < required {
            report.report(at: sectionPath.appending("clinicRooms"), .integer(present), .integer(dossier.beds), .integer(required))
        }
    }

    public static let clinicRoomsInside = rule(
        "areas.clinic-rooms-inside", lines: 2011...2013,
        title: LocalizedText(it: "Gli ambulatori / studi medici sono comunque collocati nella struttura",
                             en: "The clinic rooms / doctors' offices lie inside the structure"),
        message: LocalizedText(it: "l'ambulatorio \"{0}\" non è collocato nella struttura",
                               en: "clinic room \"{0}\" is not inside the structure")
    ) { _, section, report in
        section.clinicRooms.reportSpacesOutsideTheStructure(list: sectionPath.appending("clinicRooms"), &report)
    }

    public static let gym = rule(
        "areas.gym", lines: 2014...2017,
        title: LocalizedText(it: "La riabilitazione fisica si svolge in una palestra di almeno 36 m² (anche in comune con altre attività)",
                             en: "Physical rehabilitation takes place in a gym of at least 36 m² (which may be shared with other activities)"),
        message: LocalizedText(it: "la palestra misura {0} m²; il minimo è {1} m²", en: "the gym measures {0} m²; the minimum is {1} m²"),
        decision: "A-37: unlike the psychogeriatric areas, the gym may be shared with other activities of the structure (L2016-L2017): only its size is checked. A missing gym measures 0 m²."
    ) { _, section, report in
        let area = section.gym?.squareMetres ?? .zero
        if area < minimumGymArea { report.report(at: sectionPath.appending("gym"), area.argument, minimumGymArea.argument) }
    }

    // MARK: Team

    public static let psychoNutritionalTeam = rule(
        "team.psycho-nutritional", lines: 2056...2058,
        title: LocalizedText(it: "Riabilitazione psiconutrizionale: team di psichiatra, psicologo, dietista, internista/dietologo formato per i DCA",
                             en: "Psycho-nutritional rehabilitation: a team of psychiatrist, psychologist, dietitian, internist/dietologist trained in eating disorders"),
        message: ERStructureRules.teamSlotMessage
    ) { _, section, report in
        guard section.moduleKinds.contains(.psychoNutritional) else { return }
        ERStructureRules.reportMissing(team(for: .psychoNutritional), in: section.team, at: sectionPath.appending("team"), &report)
    }

    public static let nutritionalTeam = rule(
        "team.nutritional", lines: 2060...2061,
        title: LocalizedText(it: "Abilitazione nutrizionale: team di psichiatra, psicologo, internista/dietologo formato per i DCA",
                             en: "Nutritional habilitation: a team of psychiatrist, psychologist, internist/dietologist trained in eating disorders"),
        message: ERStructureRules.teamSlotMessage,
        decision: "A-36: 'riabilitazione nutrizionale' (L2060) is the 'abilitazione nutrizionale' module of L1984; its team has no dietitian."
    ) { _, section, report in
        guard section.moduleKinds.contains(.nutritional) else { return }
        ERStructureRules.reportMissing(team(for: .nutritional), in: section.team, at: sectionPath.appending("team"), &report)
    }

    public static let socialSupport = rule(
        "team.social-support", lines: 2063...2063,
        title: LocalizedText(it: "È disponibile l'assistente sociale o una funzione di segretario sociale",
                             en: "A social worker or a social-secretariat function is available"),
        message: LocalizedText(it: "non è disponibile né l'assistente sociale né una funzione di segretario sociale",
                               en: "neither a social worker nor a social-secretariat function is available")
    ) { _, section, report in
        let present = Set(section.team.map(\.figure)).union(section.available)
        if present.isDisjoint(with: [.socialWorker, .socialSecretariat]) { report.report(at: sectionPath.appending("available")) }
    }

    // MARK: Medical presence

    public static let psychiatristDaytime = rule.presence(
        "staff.psychiatrist-daytime", lines: 2067...2067,
        title: LocalizedText(it: "Lo psichiatra è presente nelle ore diurne dei giorni feriali",
                             en: "A psychiatrist is present in daytime on working days"),
        message: LocalizedText(it: "nessuno psichiatra presente in reparto nelle ore diurne: la sola reperibilità non è presenza",
                               en: "no psychiatrist on site in daytime hours: add one with daytime, 24-hour or programmed presence (on-call cover is not presence)"),
        decision: "On-call cover is not presence. The 9 hours themselves are the standard's rule er.eating-disorder-rehab.staff.psychiatrist-daytime-hours.",
        roles: [.psychiatrist], coverages: ERStructureRules.onSite)

    public static let otherHoursCover = rule.medicalCoverOtherHours(
        lines: 2068...2069, roles: PsychogeriatricRules.otherHoursCoverRoles,
        decision: "The cover may be shared with other units (L2068): a guard physician or any physician around the clock or on call satisfies it.")

    /// The family's own rules, in report order.
    public static let familyRules: [Rule<ERStructureDossier>] = [
        modulesPresent, moduleMaximumBeds, moduleBedTotal,
        clinicRooms, clinicRoomsInside, gym,
        psychoNutritionalTeam, nutritionalTeam, socialSupport,
        psychiatristDaytime, otherHoursCover,
    ]

    /// Every rule of the type, in report order (OTA count as safety operators, A-38: no
    /// transitional-qualification note).
    public static let rules: [Rule<ERStructureDossier>] =
        ERStructureRules.identityRules(type, disciplineLines: 1964...1969)
        + ERStructureRules.roomRules(type, roomPolicy)
        + ERStructureRules.staffingRules(type, standard: ERStaffingStandards.eatingDisorderRehab)
        + familyRules
        + ERStructureRules.attestationRules(
            type, condition: ERStructureRules.conditions(
                externalLaboratory: { $0.eatingDisorder?.externalLaboratory ?? false },
                severeObesity: { $0.eatingDisorder?.treatsSevereObesity ?? false }),
            titles: ERStructureRules.rehabilitationTitles)
}
