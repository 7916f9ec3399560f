// The home, day and open-access services of seed 004 section 7: home education (7.3), youth
// centre (7.7), family mediation (7.8), reception centre for homeless people (7.9).

extension SicilyMinorsStaffingStandards {
    // MARK: 7.3 Home education

    /// 7.3: one educator for every four users, rounded up to whole educators; a social
    /// worker-coordinator and a psychologist for every 15 families in charge.
    public static let homeEducation = StaffingStandard(
        id: "sicily.home-education",
        title: LocalizedText(it: "Servizio di Educativa Domiciliare per minori e famiglie",
                             en: "Home education service for minors and families"),
        capacityUnit: .users,
        capacityLimits: nil,
        limitsCitation: nil,
        requirements: [
            RoleRequirement(
                rule: "sicily.home-education.staff.educator", target: .role(.educator),
                unit: .persons, law: .perUsers(amount: 1, users: 4), rounding: .up, citation: Citation(seed, line: 2678),
                decision: "Ambiguity 14: \"utenti\" are the minors in charge (each has an individual educational project, L2632-L2633), not the families, which the same list names \"nuclei familiari\". \"1 ogni 4 utenti\" caps the users per educator, so it is rounded up to whole educators (5 users → 2, 9 → 3), each a full-time post, rather than kept as a fraction (5/4 FTE); the fraction would let one educator carry 5 users."),
            RoleRequirement(
                rule: "sicily.home-education.staff.social-worker-coordinator",
                target: .group("social-worker-coordinator",
                               LocalizedText(it: "Assistente sociale con funzione di coordinatore",
                                             en: "Social worker acting as coordinator"),
                               [.socialWorker]),
                unit: .persons, law: .fixed(1), rounding: .exact, citation: Citation(seed, line: 2676),
                decision: "Ambiguity 14: the ratio is 1 for every 15 families in charge, and families are not this standard's capacity (users are): the line asks for the one needed by any caseload of 1 to 15 families; one more for every further 15 families is checked apart (ceil(families / 15), see notes). Full-time post, as for the educators."),
            RoleRequirement(
                rule: "sicily.home-education.staff.psychologist", target: .role(.psychologist),
                unit: .persons, law: .fixed(1), rounding: .exact, citation: Citation(seed, line: 2677),
                decision: "Ambiguity 14: 1 for every 15 families in charge, as for the social worker-coordinator: one here, one more for every further 15 families checked apart."),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Assistente sociale-coordinatore e psicologo: 1 ogni 15 nuclei familiari presi in carico ciascuno, cioè ceil(nuclei / 15); con 16 nuclei servono 2 e 2. Il calcolo su utenti ne chiede uno ciascuno.",
                en: "Social worker-coordinator and psychologist: 1 for every 15 families in charge each, that is ceil(families / 15); 16 families need 2 of each. The calculation by users asks for one of each."),
                citation: Citation(seed, lines: 2676...2677)),
            StandardNote(LocalizedText(
                it: "Il seme non indica ore di intervento per nucleo, durata del servizio né orari (ambiguità 6).",
                en: "The seed gives no hours of intervention per family, no length of service and no opening hours (ambiguity 6)."),
                citation: Citation(seed, lines: 2673...2678)),
            StandardNote(LocalizedText(
                it: "Assistente sociale e psicologo con Laurea Specialistica; educatori con laurea in Scienze dell'educazione e della formazione (o secondo livello in pedagogia, psicologia, discipline socio-psico-pedagogiche): titoli verificati sulla persona.",
                en: "Social worker and psychologist with a Laurea Specialistica; educators with a degree in education sciences (or a second-level degree in pedagogy, psychology or socio-psycho-pedagogical humanities): titles checked on the person."),
                citation: Citation(seed, lines: 2679...2684)),
        ],
        citation: Citation(seed, lines: 2673...2686))

    // MARK: 7.7 Youth centre

    /// 7.7: part-time coordinator, administrative and auxiliary; part-time educators, at least
    /// one for every 25 users; at most 100 users.
    public static let youthCentre = StaffingStandard(
        id: "sicily.youth-centre",
        title: LocalizedText(
            it: "Centro di coesione per il protagonismo giovanile per bambini, adolescenti e giovani",
            en: "Youth cohesion centre for children, adolescents and young people"),
        capacityUnit: .users,
        capacityLimits: 1...100,
        limitsCitation: Citation(seed, lines: 3073...3074),
        requirements: [
            RoleRequirement(
                rule: "sicily.youth-centre.staff.coordinator", target: .role(.coordinator),
                unit: .fullTimeEquivalents, law: .fixed(partTimeShare), rounding: .exact, citation: Citation(seed, line: 3130),
                decision: partTimeDecision),
            RoleRequirement(
                rule: "sicily.youth-centre.staff.educator", target: .role(.educator),
                unit: .fullTimeEquivalents, law: .perModule(amount: partTimeShare, moduleSize: 25, partialModules: .wholeModules),
                floor: partTimeShare, rounding: .exact, citation: Citation(seed, lines: 3136...3141),
                decision: "Ambiguity 22: \"il rapporto educatore utente non potrà comunque essere inferiore a 1/25\" counts educators, so one for every started 25 users (26 → 2), at least one; users are those the centre takes in (its capacity, L3074), not those present at a given hour. Ambiguity 5: each educator is part-time, read as half a post, so 1/2 FTE per started 25 users (100 users → 2 FTE)."),
            RoleRequirement(
                rule: "sicily.youth-centre.staff.administrative", target: .role(.administrative),
                unit: .fullTimeEquivalents, law: .fixed(partTimeShare), rounding: .exact, citation: Citation(seed, line: 3142),
                decision: partTimeDecision),
            RoleRequirement(
                rule: "sicily.youth-centre.staff.auxiliary", target: .role(.auxiliary),
                unit: .fullTimeEquivalents, law: .fixed(partTimeShare), rounding: .exact, citation: Citation(seed, line: 3143),
                decision: partTimeDecision),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "La dotazione si fissa secondo le attività programmate e gli utenti accolti; i minimi sono quelli previsti \"in ogni caso\".",
                en: "Staffing is set by the activities planned and the users taken in; the minima are those required \"in ogni caso\"."),
                citation: Citation(seed, lines: 3123...3129)),
            StandardNote(LocalizedText(
                it: "\"Part-time\" letto come metà del tempo pieno: 18 ore a 36 ore settimanali, 19 a 38 (ambiguità 5). Un contratto a tempo pieno soddisfa il minimo.",
                en: "\"Part-time\" read as half of full time: 18 hours at 36 hours a week, 19 at 38 (ambiguity 5). A full-time contract meets the minimum."),
                citation: Citation(seed, lines: 3130...3143)),
            StandardNote(LocalizedText(
                it: "Altre unità di personale per laboratori e iniziative sono facoltative.",
                en: "Further staff for workshops and initiatives are optional."),
                citation: Citation(seed, lines: 3144...3145)),
        ],
        citation: Citation(seed, lines: 3123...3147))

    // MARK: 7.8 Family mediation

    /// Family mediator: no such ``StaffRole``; counted on `qualified-operator`.
    public static let familyMediator = StaffTarget.group(
        "family-mediator",
        LocalizedText(it: "Mediatore familiare (nel ruolo: operatore qualificato)",
                      en: "Family mediator (on the roster: qualified operator)"),
        [.qualifiedOperator])

    /// 7.8: two or more family mediators, one of whom coordinates.
    public static let familyMediation = StaffingStandard(
        id: "sicily.family-mediation",
        title: LocalizedText(it: "Servizio di Mediazione Familiare", en: "Family mediation service"),
        capacityUnit: .families,
        capacityLimits: nil,
        limitsCitation: nil,
        requirements: [
            RoleRequirement(
                rule: "sicily.family-mediation.staff.family-mediator", target: familyMediator,
                unit: .persons, law: .fixed(2), rounding: .exact, citation: Citation(seed, lines: 3234...3235),
                decision: "Ambiguity 7: \"due o più mediatori familiari (in proporzione all'utenza)\" gives no proportion, so the line is the floor of 2 at every size; ambiguity 5: no hours, so two full-time posts. Vocabulary: StaffRole has no family mediator; mediators are listed as qualified-operator."),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Capacità in nuclei familiari: il servizio si rivolge a coppie o singoli genitori in separazione; oltre i 2 mediatori il numero cresce \"in proporzione all'utenza\" senza un rapporto indicato (ambiguità 7).",
                en: "Capacity in families: the service is for separating couples or single parents; above 2 mediators the number grows \"in proportion to the users\" with no ratio given (ambiguity 7)."),
                citation: Citation(seed, lines: 3234...3235)),
            StandardNote(LocalizedText(
                it: "Uno dei mediatori coordina e organizza il servizio: nessun posto in più.",
                en: "One of the mediators coordinates and organises the service: no extra post."),
                citation: Citation(seed, lines: 3234...3235)),
            StandardNote(LocalizedText(
                it: "Un mediatore volontario o tirocinante può curare informazione e accoglienza della domanda: non conta.",
                en: "A volunteer or trainee mediator may handle information and first requests: not counted."),
                citation: Citation(seed, lines: 3236...3239)),
            StandardNote(LocalizedText(
                it: "Il mediatore ha una formazione biennale di almeno 220 ore conforme al Forum Europeo, successiva alla Laurea Specialistica, ed aderisce a un'associazione professionale iscritta al CNEL: verificato sulla persona.",
                en: "A mediator has two-year training of at least 220 hours to Forum Europeo standards, after a Laurea Specialistica, and belongs to a professional association on the CNEL list: checked on the person."),
                citation: Citation(seed, lines: 3240...3249)),
        ],
        citation: Citation(seed, lines: 3231...3249))

    // MARK: 7.9 Reception centre for homeless people

    /// "Operatori della riabilitazione" for the post-acute places (L3339-L3341).
    public static let rehabilitationWorkers = StaffTarget.group(
        "rehabilitation-workers",
        LocalizedText(it: "Operatori della riabilitazione", en: "Rehabilitation workers"),
        [.rehabilitationTherapist, .physiotherapist, .occupationalTherapist])

    static let homelessNumbersOpen =
        "Ambiguity 8: the number of staff and the contract (part-time, full time, convention) are left to capacity and activities (L3335-L3336), with no ratio."

    /// 7.9: a coordinator and, in any case, a social worker, a psychologist, an educator and an
    /// auxiliary; numbers and contracts follow capacity and activities, so only their presence
    /// is checked.
    public static let homelessCentre = StaffingStandard(
        id: "sicily.homeless-centre",
        title: LocalizedText(it: "Centro di accoglienza per persone senza dimora",
                             en: "Reception centre for homeless people"),
        capacityUnit: .places,
        capacityLimits: 1...100,
        limitsCitation: Citation(seed, lines: 3307...3308),
        requirements: [
            presence("sicily.homeless-centre.staff.coordinator", .role(.coordinator), citation: Citation(seed, lines: 3313...3315),
                     why: "a \"responsabile coordinatore\" is appointed for every centre. \(homelessNumbersOpen)"),
            presence("sicily.homeless-centre.staff.social-worker", .role(.socialWorker), citation: Citation(seed, lines: 3324...3326),
                     why: homelessNumbersOpen),
            presence("sicily.homeless-centre.staff.psychologist", .role(.psychologist), citation: Citation(seed, lines: 3324...3328),
                     why: homelessNumbersOpen),
            presence("sicily.homeless-centre.staff.educator", .role(.educator), citation: Citation(seed, lines: 3324...3330),
                     why: homelessNumbersOpen),
            presence("sicily.homeless-centre.staff.auxiliary", .role(.auxiliary), citation: Citation(seed, lines: 3324...3332),
                     why: homelessNumbersOpen),
            presence("sicily.homeless-centre.staff.cultural-mediator", culturalMediator, condition: hostsForeigners,
                     citation: Citation(seed, line: 3333),
                     why: "\"la figura del mediatore culturale\" when foreign people are hosted, with no number or hours. \(culturalMediatorRoleDecision)"),
            presence("sicily.homeless-centre.staff.post-acute-nurse", .role(.nurse), condition: postAcuteAdmissions,
                     citation: Citation(seed, lines: 3339...3341),
                     why: "Ambiguity 8: nurses \"in numero sufficiente\" for the post-acute guests, through a convention with the ASP, with no ratio."),
            presence("sicily.homeless-centre.staff.post-acute-rehabilitation", rehabilitationWorkers, condition: postAcuteAdmissions,
                     citation: Citation(seed, lines: 3339...3341),
                     why: "Ambiguity 8: rehabilitation workers \"in numero sufficiente\" for the post-acute guests, through a convention with the ASP, with no ratio; rehabilitation therapists, physiotherapists and occupational therapists count."),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Numero degli operatori e tipo di contratto (part-time, tempo pieno, convenzione) si fissano secondo la ricettività e le attività programmate: il seme non dà rapporti, quindi si verifica solo la presenza delle figure (ambiguità 8).",
                en: "The number of staff and their contracts (part-time, full time, convention) follow capacity and planned activities: the seed gives no ratio, so only the presence of each role is checked (ambiguity 8)."),
                citation: Citation(seed, lines: 3335...3336)),
            StandardNote(LocalizedText(
                it: "La dotazione dipende dalle attività e dal numero di utenti presenti.",
                en: "Staffing depends on the activities and on the number of users present."),
                citation: Citation(seed, lines: 3319...3323)),
            StandardNote(LocalizedText(
                it: "Capacità: al massimo 100 persone insieme per l'accoglienza notturna, in due sezioni per genere; le altre attività sono ad accesso libero. I posti per le post-acuzie sono al massimo 10; il seme non dice se rientrano nei 100 (ambiguità 23).",
                en: "Capacity: at most 100 people at once for night reception, in two sections by gender; other activities are open access. Post-acute places are at most 10; the seed does not say whether they are within the 100 (ambiguity 23)."),
                citation: Citation(seed, lines: 3307...3311)),
            StandardNote(LocalizedText(
                it: "Servizio notturno minimo dalle 19 alle 9 tutti i giorni: il seme non chiede una presenza del personale per ore, quindi nessun requisito di copertura.",
                en: "Minimum night service from 19:00 to 09:00 every day: the seed sets no staff presence by the hour, so no coverage requirement."),
                citation: Citation(seed, lines: 3279...3280)),
        ],
        citation: Citation(seed, lines: 3312...3341))
}
