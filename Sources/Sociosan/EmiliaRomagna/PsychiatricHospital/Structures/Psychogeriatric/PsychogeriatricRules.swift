/// The rules of neuro-psychogeriatric rehabilitation (cod. 56), seed 002 L1512-L1963: the shared
/// builders of ``ERStructureRules`` (identity, rooms, staffing standard
/// `er.psychogeriatric-rehab`, attested requirements) and the family's own rules on the two
/// 36 m² areas, the interprofessional team and the medical presence.
///
/// ```swift
/// PsychogeriatricRules.minimumArea          // 36 m² (L1545, L1550)
/// ERStructureRules.ruleSet(for: .psychogeriatricRehab).evaluate(dossier)
/// ```
public enum PsychogeriatricRules {
    public static let type = ERPsychiatricStructureType.psychogeriatricRehab
    /// Where the family section sits in the dossier's JSON.
    public static let sectionPath: JSONPointer = "/psychogeriatric"

    /// "Non inferiore a m² 36" (L1545) and "almeno mq 36" (L1550).
    public static let minimumArea = SquareMetres(whole: 36)

    /// Rooms: "al massimo 2 posti letto" and the 30 June 2009 grandfathering (L1519-L1522); no
    /// demand-peak exception and no single room (A-04, A-05: those are SPOI and general psychiatry only).
    public static let roomPolicy = ERStructureRules.RoomPolicy(lines: 1519...1522)

    /// The doctors of the team, decision A-27: "medico psichiatra e medico neurologo e/o medico
    /// fisiatra e medico geriatra/internista" (L1597-L1598) reads as a psychiatrist, and a
    /// neurologist and/or a physiatrist, and a geriatrician or an internist: "e/o" and "/" bind
    /// the names they join, "e" joins the three medical slots.
    public static let doctorSlots: [ERTeamSlot] = [
        ERTeamSlot([.psychiatrist]),
        ERTeamSlot([.neurologist, .physiatrist]),
        ERTeamSlot([.geriatrician, .internist]),
    ]

    /// The other members the team has "almeno" (L1598-L1599).
    public static let otherMemberSlots: [ERTeamSlot] = [
        ERTeamSlot([.nurse]), ERTeamSlot([.physiotherapist]), ERTeamSlot([.psychiatricRehabTechnician]), ERTeamSlot([.oss]),
    ]

    /// One figure of each slot: the smallest team that meets L1597-L1599.
    public static let minimumTeam: [ERTeamFigure] = [
        .psychiatrist, .neurologist, .geriatrician, .nurse, .physiotherapist, .psychiatricRehabTechnician, .oss,
    ]

    /// "Sono disponibili l'assistente sociale e lo psicologo" (L1600).
    public static let availableFigures: [ERTeamFigure] = [.socialWorker, .psychologist]

    /// The physicians whose daytime presence L1605-L1606 names ("neurologo/ psichiatra/
    /// fisiatra/ geriatra/ internista"); the internist is a `physician` on the roster.
    public static let daytimePhysicianRoles: Set<StaffRole> = [.neurologist, .psychiatrist, .physiatrist, .geriatrician, .physician]

    /// Who can give the medical guard or on-call cover of the other hours (L1607-L1608, L2068-L2069).
    public static let otherHoursCoverRoles: Set<StaffRole> = daytimePhysicianRoles.union([.guardPhysician])

    /// The family's rule builder: id `<prefix>.<name>`, the section handed to the check.
    static let rule = ERFamilyRules(type) { $0.psychogeriatric }

    // MARK: Areas

    /// The two areas' one check: their spaces together measure at least ``minimumArea``.
    static func reportShortfall(_ spaces: [ERAreaSpace], member: String, _ report: inout FindingReporter) {
        let total = spaces.totalArea
        if total < minimumArea { report.report(at: sectionPath.appending(member), total.argument, minimumArea.argument) }
    }

    public static let evaluationArea = rule(
        "areas.evaluation", lines: 1544...1547,
        title: LocalizedText(it: "L'area destinata alla valutazione (ambulatori generali e per valutazioni specifiche) è di almeno 36 m²",
                             en: "The evaluation area (general and specific-evaluation clinic rooms) is at least 36 m²"),
        message: LocalizedText(it: "l'area destinata alla valutazione misura {0} m²; il minimo è {1} m²",
                               en: "the evaluation area measures {0} m²; the minimum is {1} m²"),
        decision: "A-35: 36 m² is a floor at every size; with more than one 20-bed module the seed scales spaces 'non come multipli interi' and gives no formula (L1528-L1533), so no larger figure is asked."
    ) { _, section, report in
        reportShortfall(section.evaluationArea, member: "evaluationArea", &report)
    }

    public static let evaluationAreaInside = rule(
        "areas.evaluation-inside", lines: 1545...1547,
        title: LocalizedText(it: "L'area destinata alla valutazione è comunque collocata nella struttura",
                             en: "The evaluation area lies inside the structure"),
        message: LocalizedText(it: "lo spazio di valutazione \"{0}\" non è collocato nella struttura",
                               en: "evaluation space \"{0}\" is not inside the structure")
    ) { _, section, report in
        section.evaluationArea.reportSpacesOutsideTheStructure(list: sectionPath.appending("evaluationArea"), &report)
    }

    public static let rehabilitationArea = rule(
        "areas.rehabilitation", lines: 1549...1550,
        title: LocalizedText(it: "L'area per le attività specifiche di riabilitazione è di almeno 36 m²",
                             en: "The area for specific rehabilitation activities is at least 36 m²"),
        message: LocalizedText(it: "l'area per le attività specifiche di riabilitazione misura {0} m²; il minimo è {1} m²",
                               en: "the area for specific rehabilitation activities measures {0} m²; the minimum is {1} m²"),
        decision: "A-35: 36 m² is a floor at every size (see er.psychogeriatric-rehab.areas.evaluation)."
    ) { _, section, report in
        reportShortfall(section.rehabilitationArea, member: "rehabilitationArea", &report)
    }

    public static let distinctAreas = rule(
        "areas.distinct", lines: 1544...1550,
        title: LocalizedText(it: "L'area di valutazione e l'area di riabilitazione sono distinte (nessuno spazio conta per entrambe)",
                             en: "The evaluation and rehabilitation areas are distinct (no space counts for both)"),
        message: LocalizedText(it: "lo spazio \"{0}\" è conteggiato sia nell'area di valutazione sia in quella di riabilitazione",
                               en: "space \"{0}\" is counted in both the evaluation and the rehabilitation area"),
        decision: "A-37: the two areas may not overlap. The seed gives each its own heading and its own 36 m² (L1544-L1550) and says nothing of sharing, while where it allows sharing it says so (the DCA gym 'anche in comune con altre attività', L2016-L2017; the DCA storage, L2020-L2022). A space listed in both areas (same id) is an error."
    ) { _, section, report in
        let evaluation = Set(section.evaluationArea.map(\.id))
        for (index, space) in section.rehabilitationArea.enumerated() where evaluation.contains(space.id) {
            report.report(at: sectionPath.appending(path: "rehabilitationArea", String(index), "id"), .text(space.id))
        }
    }

    // MARK: Team

    public static let teamDoctors = rule(
        "team.doctors", lines: 1597...1598,
        title: LocalizedText(it: "Il team comprende psichiatra, neurologo e/o fisiatra, geriatra o internista",
                             en: "The team includes a psychiatrist, a neurologist and/or physiatrist, a geriatrician or internist"),
        message: ERStructureRules.teamSlotMessage,
        decision: "A-27: read as psychiatrist AND (neurologist and/or physiatrist) AND (geriatrician or internist)."
    ) { _, section, report in
        ERStructureRules.reportMissing(doctorSlots, in: section.team, at: sectionPath.appending("team"), &report)
    }

    public static let teamMembers = rule(
        "team.members", lines: 1597...1599,
        title: LocalizedText(it: "Il team comprende infermiere, fisioterapista, tecnico di riabilitazione psichiatrica e OSS",
                             en: "The team includes a nurse, a physiotherapist, a psychiatric rehabilitation technician and an OSS"),
        message: ERStructureRules.teamSlotMessage
    ) { _, section, report in
        ERStructureRules.reportMissing(otherMemberSlots, in: section.team, at: sectionPath.appending("team"), &report)
    }

    public static let availableSupport = rule(
        "team.available", lines: 1600...1600,
        title: LocalizedText(it: "Sono disponibili l'assistente sociale e lo psicologo",
                             en: "A social worker and a psychologist are available"),
        message: LocalizedText(it: "figure non disponibili per l'unità: {0}", en: "figures not available to the unit: {0}"),
        decision: "A-27: 'disponibili' asks for availability, not team membership or hours (A-40); a figure in the team or in the available list satisfies it."
    ) { _, section, report in
        let present = Set(section.team.map(\.figure)).union(section.available)
        let missing = availableFigures.filter { !present.contains($0) }.map { ERTeamSlot([$0]) }
        if !missing.isEmpty { report.report(at: sectionPath.appending("available"), .localized(ERTeamSlot.labels(missing))) }
    }

    // MARK: Medical presence

    public static let physicianDaytime = rule.presence(
        "staff.physician-daytime", lines: 1605...1606,
        title: LocalizedText(it: "Neurologo, psichiatra, fisiatra, geriatra o internista presente nelle ore diurne dei giorni feriali",
                             en: "A neurologist, psychiatrist, physiatrist, geriatrician or internist is present in daytime on working days"),
        message: LocalizedText(it: "nessun medico (neurologo, psichiatra, fisiatra, geriatra, internista) presente in reparto nelle ore diurne: la sola reperibilità non è presenza",
                               en: "no physician (neurologist, psychiatrist, physiatrist, geriatrician, internist) on site in daytime hours: add one with daytime, 24-hour or programmed presence (on-call cover is not presence)"),
        decision: "A-27: the 9 daytime hours are owed by the listed specialists together; one of them on site is enough. On-call cover is not presence. The hours themselves are the standard's rule er.psychogeriatric-rehab.staff.physician-daytime-hours.",
        roles: daytimePhysicianRoles, coverages: ERStructureRules.onSite)

    public static let otherHoursCover = rule.medicalCoverOtherHours(
        lines: 1607...1608, roles: otherHoursCoverRoles,
        decision: "The cover may be shared with other units (L1607): a guard physician or any of the unit's physicians around the clock or on call satisfies it.")

    /// The family's own rules, in report order.
    public static let familyRules: [Rule<ERStructureDossier>] = [
        evaluationArea, evaluationAreaInside, rehabilitationArea, distinctAreas,
        teamDoctors, teamMembers, availableSupport,
        physicianDaytime, otherHoursCover,
    ]

    /// Every rule of the type, in report order. OTA are not transitional here: the seed names
    /// "infermieri/OTA" as the safety operators (L1604, A-38), with no "nelle more" clause.
    public static let rules: [Rule<ERStructureDossier>] =
        ERStructureRules.identityRules(type, disciplineLines: 1512...1516)
        + ERStructureRules.roomRules(type, roomPolicy)
        + ERStructureRules.staffingRules(type, standard: ERStaffingStandards.psychogeriatricRehab)
        + familyRules
        + ERStructureRules.attestationRules(
            type, condition: ERStructureRules.conditions(externalLaboratory: { $0.psychogeriatric?.externalLaboratory ?? false }),
            titles: ERStructureRules.rehabilitationTitles)
}
