/// The rules specific to neuro-psychogeriatric rehabilitation (cod. 56), seed 002 L1512-L1608:
/// the two 36 m² areas, the interprofessional team and the medical presence. Rooms, staffing
/// figures (calculator standard `er.psychogeriatric-rehab`) and attested requirements are
/// checked by the structure dossier's common rules.
///
/// ```swift
/// PsychogeriatricRules.minimumArea          // 36 m² (L1545, L1550)
/// PsychogeriatricRules.ruleSet.evaluate(subject)
/// ```
public enum PsychogeriatricRules {
    public typealias Subject = ERFamilySubject<PsychogeriatricSection>
    static let rule = ERFamilyRuleBuilder<PsychogeriatricSection>(type: .psychogeriatricRehab)

    /// "Non inferiore a m² 36" (L1545) and "almeno mq 36" (L1550).
    public static let minimumArea = SquareMetres(whole: 36)

    /// "Articolazione organizzativa di 20 p.l." (L1528), "numero orientativo di 20 p.l." (L1603-L1604).
    public static let referenceModuleBeds = 20

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

    /// Who can give the medical guard or on-call cover of the other hours (L1607-L1608).
    public static let otherHoursCoverRoles: Set<StaffRole> = daytimePhysicianRoles.union([.guardPhysician])

    static let slotMessage = LocalizedText(it: "il team interprofessionale non comprende: {0}",
                                           en: "the interprofessional team lacks: {0}")

    // MARK: Areas

    public static let evaluationArea = rule(
        "areas.evaluation", lines: 1544...1547,
        title: LocalizedText(it: "L'area destinata alla valutazione (ambulatori generali e per valutazioni specifiche) è di almeno 36 m²",
                             en: "The evaluation area (general and specific-evaluation clinic rooms) is at least 36 m²"),
        message: LocalizedText(it: "l'area destinata alla valutazione misura {0} m²; il minimo è {1} m²",
                               en: "the evaluation area measures {0} m²; the minimum is {1} m²"),
        decision: "A-35: 36 m² is a floor at every size; with more than one 20-bed module the seed scales spaces 'non come multipli interi' and gives no formula (L1528-L1533), so no larger figure is asked."
    ) { subject, report in
        let total = subject.section.evaluationArea.totalArea
        if total < minimumArea { report.report(at: subject.path("evaluationArea"), total.argument, minimumArea.argument) }
    }

    public static let evaluationAreaInside = rule(
        "areas.evaluation-inside", lines: 1545...1547,
        title: LocalizedText(it: "L'area destinata alla valutazione è comunque collocata nella struttura",
                             en: "The evaluation area lies inside the structure"),
        message: LocalizedText(it: "lo spazio di valutazione \"{0}\" non è collocato nella struttura",
                               en: "evaluation space \"{0}\" is not inside the structure")
    ) { subject, report in
        for (index, space) in subject.section.evaluationArea.enumerated() where !space.insideStructure {
            report.report(at: subject.path("evaluationArea", String(index), "insideStructure"), .text(space.id))
        }
    }

    public static let rehabilitationArea = rule(
        "areas.rehabilitation", lines: 1549...1550,
        title: LocalizedText(it: "L'area per le attività specifiche di riabilitazione è di almeno 36 m²",
                             en: "The area for specific rehabilitation activities is at least 36 m²"),
        message: LocalizedText(it: "l'area per le attività specifiche di riabilitazione misura {0} m²; il minimo è {1} m²",
                               en: "the area for specific rehabilitation activities measures {0} m²; the minimum is {1} m²"),
        decision: "A-35: 36 m² is a floor at every size (see er.psychogeriatric-rehab.areas.evaluation)."
    ) { subject, report in
        let total = subject.section.rehabilitationArea.totalArea
        if total < minimumArea { report.report(at: subject.path("rehabilitationArea"), total.argument, minimumArea.argument) }
    }

    public static let distinctAreas = rule(
        "areas.distinct", lines: 1544...1550,
        title: LocalizedText(it: "L'area di valutazione e l'area di riabilitazione sono distinte (nessuno spazio conta per entrambe)",
                             en: "The evaluation and rehabilitation areas are distinct (no space counts for both)"),
        message: LocalizedText(it: "lo spazio \"{0}\" è conteggiato sia nell'area di valutazione sia in quella di riabilitazione",
                               en: "space \"{0}\" is counted in both the evaluation and the rehabilitation area"),
        decision: "A-37: the two areas may not overlap. The seed gives each its own heading and its own 36 m² (L1544-L1550) and says nothing of sharing, while where it allows sharing it says so (the DCA gym 'anche in comune con altre attività', L2016-L2017; the DCA storage, L2020-L2022). A space listed in both areas is an error."
    ) { subject, report in
        let evaluation = Set(subject.section.evaluationArea.map(\.id))
        for (index, space) in subject.section.rehabilitationArea.enumerated() where evaluation.contains(space.id) {
            report.report(at: subject.path("rehabilitationArea", String(index), "id"), .text(space.id))
        }
    }

    // MARK: Team

    public static let teamDoctors = rule(
        "team.doctors", lines: 1597...1598,
        title: LocalizedText(it: "Il team comprende psichiatra, neurologo e/o fisiatra, geriatra o internista",
                             en: "The team includes a psychiatrist, a neurologist and/or physiatrist, a geriatrician or internist"),
        message: slotMessage,
        decision: "A-27: read as psychiatrist AND (neurologist and/or physiatrist) AND (geriatrician or internist)."
    ) { subject, report in
        let missing = ERTeamSlot.missing(doctorSlots, in: subject.section.team)
        if !missing.isEmpty { report.report(at: subject.path("team"), .localized(joined(missing))) }
    }

    public static let teamMembers = rule(
        "team.members", lines: 1597...1599,
        title: LocalizedText(it: "Il team comprende infermiere, fisioterapista, tecnico di riabilitazione psichiatrica e OSS",
                             en: "The team includes a nurse, a physiotherapist, a psychiatric rehabilitation technician and an OSS"),
        message: slotMessage
    ) { subject, report in
        let missing = ERTeamSlot.missing(otherMemberSlots, in: subject.section.team)
        if !missing.isEmpty { report.report(at: subject.path("team"), .localized(joined(missing))) }
    }

    public static let availableSupport = rule(
        "team.available", lines: 1600...1600,
        title: LocalizedText(it: "Sono disponibili l'assistente sociale e lo psicologo",
                             en: "A social worker and a psychologist are available"),
        message: LocalizedText(it: "non è disponibile: {0}", en: "not available: {0}"),
        decision: "A-27: 'disponibili' asks for availability, not team membership or hours; a figure in the team or in the available list satisfies it."
    ) { subject, report in
        let present = Set(subject.section.team.map(\.figure)).union(subject.section.available)
        let missing = availableFigures.filter { !present.contains($0) }
        if !missing.isEmpty { report.report(at: subject.path("available"), .localized(joined(missing.map { ERTeamSlot([$0]) }))) }
    }

    // MARK: Medical presence

    public static let physicianDaytime = rule(
        "staff.physician-daytime", lines: 1605...1606,
        title: LocalizedText(it: "Neurologo, psichiatra, fisiatra, geriatra o internista presente nelle ore diurne dei giorni feriali",
                             en: "A neurologist, psychiatrist, physiatrist, geriatrician or internist is present in daytime on working days"),
        message: LocalizedText(it: "nessun medico (neurologo, psichiatra, fisiatra, geriatra, internista) con presenza diurna o sulle 24 ore",
                               en: "no physician (neurologist, psychiatrist, physiatrist, geriatrician, internist) present in daytime or around the clock"),
        decision: "A-27: the 9 daytime hours are owed by the listed specialists together; one of them on site is enough. On-call cover is not presence. The hours themselves are the calculator's rule er.psychogeriatric-rehab.staff.physician-daytime-hours."
    ) { subject, report in
        if !subject.hasPresence(daytimePhysicianRoles, [.daytime, .roundTheClock, .programmed]) {
            report.report(at: subject.staffPath)
        }
    }

    public static let otherHoursCover = rule(
        "staff.medical-cover-other-hours", lines: 1607...1608,
        title: LocalizedText(it: "Nelle restanti ore è garantita la guardia o la pronta disponibilità medica (anche condivisa)",
                             en: "Outside those hours a medical guard or on-call service is guaranteed (it may be shared)"),
        message: LocalizedText(it: "manca la guardia o la pronta disponibilità medica per le ore non diurne",
                               en: "no medical guard or on-call cover for the hours outside the daytime presence"),
        decision: "The cover may be shared with other units (L1607): a guard physician or any of the unit's physicians around the clock or on call satisfies it."
    ) { subject, report in
        if !subject.hasPresence(otherHoursCoverRoles, [.onCall, .roundTheClock]) { report.report(at: subject.staffPath) }
    }

    // MARK: Module

    public static let referenceModule = rule(
        "beds.reference-module", .info, lines: 1528...1533,
        title: LocalizedText(it: "I requisiti si riferiscono a un'articolazione di 20 posti letto; oltre, in proporzione e non per multipli interi",
                             en: "The requirements refer to a 20-bed module; beyond it they scale in proportion, not in whole multiples"),
        message: LocalizedText(it: "{0} posti letto superano il modulo di riferimento di {1}: spazi e organizzazione vanno commisurati alla casistica (non per multipli interi)",
                               en: "{0} beds exceed the reference module of {1} beds: spaces and organisation are sized to the case mix (not in whole multiples)"),
        decision: "A-35: '20 p.l.' is a reference ('numero orientativo', L1603-L1604), not a maximum, so more beds are allowed and noted; the 2 operators around the clock scale in proportion in the calculator, the 36 m² areas stay floors."
    ) { subject, report in
        if subject.beds > referenceModuleBeds {
            report.report(at: "/beds", .integer(subject.beds), .integer(referenceModuleBeds))
        }
    }

    static func joined(_ slots: [ERTeamSlot]) -> LocalizedText {
        LocalizedText(it: slots.map { $0.label.italian }.joined(separator: ", "),
                      en: slots.map { $0.label.english }.joined(separator: ", "))
    }

    /// Every family rule, in report order.
    public static let rules: [Rule<Subject>] = [
        referenceModule,
        evaluationArea, evaluationAreaInside, rehabilitationArea, distinctAreas,
        teamDoctors, teamMembers, availableSupport,
        physicianDaytime, otherHoursCover,
    ]

    public static let ruleSet = RuleSet<Subject>(kind: .psychogeriatricRehab, rules: rules)
}
