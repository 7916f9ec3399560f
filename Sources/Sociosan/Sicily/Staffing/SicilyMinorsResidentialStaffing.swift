// The residential services of seed 004 section 7: therapeutic community for minors (7.1),
// group apartment (7.4), mother-child community (7.5), multi-user family home (7.6).

extension SicilyMinorsStaffingStandards {
    // MARK: 7.1 Therapeutic-rehabilitative community for minors

    /// Educators and psychiatric rehabilitation technicians, "6 … H24" (L2547).
    public static let educatorsOrRehabTechnicians = StaffTarget.group(
        "educators-or-psychiatric-rehab-technicians",
        LocalizedText(it: "Educatori professionali / tecnici della riabilitazione psichiatrica",
                      en: "Educators / psychiatric rehabilitation technicians"),
        [.educator, .psychiatricRehabTechnician])

    /// 7.1: the fixed multi-professional team of L2535-L2554; it does not scale with places,
    /// which the seed does not state.
    public static let therapeuticCommunity = StaffingStandard(
        id: "sicily.minors-therapeutic-community",
        title: LocalizedText(
            it: "Comunità terapeutica riabilitativa per minori (servizi residenziali terapeutico-riabilitativi)",
            en: "Therapeutic-rehabilitative residential community for minors"),
        capacityUnit: .places,
        capacityLimits: nil,
        limitsCitation: nil,
        requirements: [
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.child-neuropsychiatrist",
                target: .group("child-neuropsychiatrist",
                               LocalizedText(it: "Medico neuropsichiatra dell'infanzia e dell'adolescenza (nel ruolo: psichiatra)",
                                             en: "Child and adolescent neuropsychiatrist (on the roster: psychiatrist)"),
                               [.psychiatrist]),
                unit: .persons, law: .fixed(1), rounding: .exact, citation: Citation(seed, line: 2539),
                decision: "Ambiguity 2: no hours given, so one full-time post. Vocabulary: StaffRole has no child neuropsychiatrist (NPI); the NPI is listed as psychiatrist, the closest role, and the specialty is checked on the person."),
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.psychologist-psychotherapist",
                target: .group("psychologist-psychotherapist",
                               LocalizedText(it: "Psicologo-psicoterapeuta", en: "Psychologist-psychotherapist"),
                               [.psychotherapist]),
                unit: .persons, law: .fixed(1), rounding: .exact, citation: Citation(seed, line: 2541),
                decision: "Ambiguity 2: no hours given, so one full-time post. Counted on the psychotherapist role: the post needs the psychotherapy qualification, which a psychologist alone does not have."),
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.nurse", target: .role(.nurse),
                unit: .persons, law: .fixed(3), rounding: .exact, citation: Citation(seed, line: 2543),
                decision: "Ambiguity 2: no hours given, so three full-time posts."),
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.social-worker", target: .role(.socialWorker),
                unit: .hoursPerWeek, law: .fixed(12), rounding: .exact, citation: Citation(seed, line: 2545)),
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.educator", target: educatorsOrRehabTechnicians,
                unit: .persons, law: .fixed(6), rounding: .exact, citation: Citation(seed, line: 2547),
                decision: "Ambiguity 13: six full-time posts of educators or psychiatric rehabilitation technicians, counted together; \"H24\" is the coverage line (one of them on duty at all times), not a second count. The coordinator is one of the six (L2552), listed as educator."),
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.osa-ota",
                target: .group("osa-ota",
                               LocalizedText(it: "Operatori OSA/OTA (nel ruolo: OTA, ADB o OSS)",
                                             en: "OSA/OTA care operators (on the roster: OTA, ADB or OSS)"),
                               StaffRole.supportWorkers),
                unit: .persons, law: .fixed(2), rounding: .exact, citation: Citation(seed, line: 2549),
                decision: "Ambiguity 2: no hours given, so two full-time posts. Vocabulary: StaffRole has no OSA (operatore socio-assistenziale); OTA counts as named, an OSA is listed as ADB (the same basic-care level) and an OSS, the qualification that supersedes both, also counts."),
            RoleRequirement(
                rule: "sicily.minors-therapeutic-community.staff.administrative", target: .role(.administrative),
                unit: .hoursPerWeek, law: .fixed(12), rounding: .exact, citation: Citation(seed, line: 2551)),
        ],
        coverage: [
            CoverageRequirement(
                rule: "sicily.minors-therapeutic-community.staff.educator-24h", target: educatorsOrRehabTechnicians,
                window: .roundTheClock, posts: 1, citation: Citation(seed, line: 2547)),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "\"H24\" letto come un educatore (o tecnico della riabilitazione psichiatrica) in servizio in ogni momento: 168 ore settimanali, coperte da 6 posti a tempo pieno con margine (216 ore a 36 ore settimanali). Il seme non indica quanti in servizio contemporaneamente (ambiguità 13).",
                en: "\"H24\" read as one educator (or psychiatric rehabilitation technician) on duty at all times: 168 hours a week, which 6 full-time posts cover with a margin (216 hours at 36 hours a week). The seed does not say how many are on duty at once (ambiguity 13)."),
                citation: Citation(seed, line: 2547)),
            StandardNote(LocalizedText(
                it: "Uno degli educatori professionali svolge funzioni di coordinatore: nessun posto in più.",
                en: "One of the educators acts as coordinator: no extra post."),
                citation: Citation(seed, line: 2552)),
            StandardNote(LocalizedText(
                it: "Possono essere presenti ulteriori figure professionali secondo il progetto del servizio: facoltative, non richieste.",
                en: "Further professionals may be present according to the service project: optional, not required."),
                citation: Citation(seed, lines: 2553...2554)),
            StandardNote(LocalizedText(
                it: "Il seme non indica i posti della comunità né le ore di neuropsichiatra, psicologo-psicoterapeuta, infermieri e OSA/OTA; per quanto non previsto rinvia al DA 7 gennaio 2014. La dotazione è fissa, senza limiti di capacità (ambiguità 2).",
                en: "The seed gives neither the community's places nor the hours of the neuropsychiatrist, psychologist-psychotherapist, nurses and OSA/OTA; for anything not covered it refers to the DA of 7 January 2014. The team is fixed, with no capacity limits (ambiguity 2)."),
                citation: Citation(seed, lines: 2555...2557)),
            StandardNote(LocalizedText(
                it: "La stessa équipe per i programmi intensivi ed estensivi: il seme non distingue i due livelli (ambiguità 11).",
                en: "The same team for intensive and extensive programmes: the seed does not distinguish the two levels (ambiguity 11)."),
                citation: Citation(seed, lines: 2249...2251)),
            StandardNote(LocalizedText(
                it: "Ogni inserimento ha un case manager della struttura, membro dell'équipe, con non più di 5 pazienti: il calcolatore non verifica i carichi di lavoro.",
                en: "Each placement has a structure case manager, a member of the team, with at most 5 patients: the calculator does not check caseloads."),
                citation: Citation(seed, lines: 2277...2281)),
        ],
        citation: Citation(seed, lines: 2535...2554))

    // MARK: 7.4 Group apartment for minors and young people

    /// 7.4: 1 full-time educator-coordinator + 1 part-time educator + a psychologist for at least
    /// 10 hours a week; more educators when minors (and minors under a penal measure) are hosted,
    /// a cultural mediator when immigrants are.
    public static let minorsApartment = StaffingStandard(
        id: "sicily.minors-apartment",
        title: LocalizedText(it: "Gruppo appartamento per minori e giovani",
                             en: "Group apartment for minors and young people"),
        capacityUnit: .places,
        capacityLimits: 1...7,
        limitsCitation: Citation(seed, lines: 2710...2711),
        requirements: [
            RoleRequirement(
                rule: "sicily.minors-apartment.staff.educator", target: .role(.educator),
                unit: .fullTimeEquivalents, law: .fixed(1 + partTimeShare), rounding: .exact,
                citation: Citation(seed, lines: 2765...2766),
                decision: "Ambiguity 5: one full-time educator, who also coordinates, plus one part-time educator read as half a post: 3/2 FTE. Hours are pooled, so the line cannot tell one full-time contract from two part-time ones (see notes)."),
            RoleRequirement(
                rule: "sicily.minors-apartment.staff.psychologist", target: .role(.psychologist),
                unit: .hoursPerWeek, law: .fixed(10), rounding: .exact, citation: Citation(seed, line: 2772),
                decision: "Not in the digest's list: \"in rapporto di convenzione\", so a consultant's or freelancer's hours count like an employee's."),
            RoleRequirement(
                rule: "sicily.minors-apartment.staff.educator-continuous-presence", target: .role(.educator),
                unit: .postsAroundTheClock, law: .fixed(1), rounding: .exact, condition: hostsMinors,
                citation: Citation(seed, lines: 2773...2775),
                decision: "Ambiguity 15: the seed gives no number of \"altri educatori a tempo pieno\", only their purpose, a continuous presence while minors are in the flat. Minors live there, nights included, and the seed sets no narrower window, so the line asks for one educator on duty around the clock: 168 educator-hours a week, the base team's hours included (at 36 hours a week: 54 base hours, so 114 more, about 3.2 full-time posts). Whether the extra educators hold full-time contracts is not checked (hours are pooled)."),
            RoleRequirement(
                rule: "sicily.minors-apartment.staff.educator-penal-measure", target: .role(.educator),
                unit: .fullTimeEquivalents, law: .fixed(1 + partTimeShare + 1), rounding: .exact,
                condition: minorsUnderPenalMeasure, citation: Citation(seed, lines: 2776...2777),
                decision: "Ambiguity 15: \"un ulteriore educatore\" read as one more full-time educator over the base team: 5/2 FTE. Limit: lines are checked one by one against the same hours, so when hosts-minors is also declared the 168-hour presence line (over 4.6 FTE at 36 hours) already exceeds this one and the further educator is not added on top of it; the calculator cannot add an FTE amount to a 24-hour line whose size in FTE depends on fullTimeHours."),
            presence(
                "sicily.minors-apartment.staff.cultural-mediator", culturalMediator, condition: hostsImmigrants,
                citation: Citation(seed, line: 2778),
                why: "\"la figura di un mediatore culturale in convenzione\" (L2778) gives no hours and the contract is a convention. \(culturalMediatorRoleDecision)"),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Il personale è assunto come dipendente, salvo lo psicologo e il mediatore culturale in convenzione.",
                en: "Staff are employees, except the psychologist and the cultural mediator, who work under a convention."),
                citation: Citation(seed, lines: 2762...2763)),
            StandardNote(LocalizedText(
                it: "L'educatore a tempo pieno è anche coordinatore/responsabile: si iscrive in organico come educatore. Che un educatore sia a tempo pieno (e che gli educatori aggiunti per i minori lo siano) va verificato sui contratti: le ore sono sommate.",
                en: "The full-time educator is also coordinator/manager: listed as educator. Whether one educator is full time (and whether the educators added for minors are) is checked on the contracts: hours are pooled."),
                citation: Citation(seed, lines: 2765...2766)),
            StandardNote(LocalizedText(
                it: "Con minori sottoposti a misura penale dichiarare anche \"hosts-minors\": sono minori. L'educatore ulteriore non si somma alla presenza continua (ambiguità 15).",
                en: "With minors under a penal measure also declare \"hosts-minors\": they are minors. The further educator is not added on top of the continuous presence (ambiguity 15)."),
                citation: Citation(seed, lines: 2773...2777)),
            StandardNote(LocalizedText(
                it: "I volontari possono collaborare a servizi integrativi: non contano nell'organico.",
                en: "Volunteers may help with supplementary services: they do not count towards the staff."),
                citation: Citation(seed, line: 2779)),
        ],
        citation: Citation(seed, lines: 2761...2781))

    // MARK: 7.5 Mother-child community

    /// The operators whose hours keep someone on site around the clock (L2878, ambiguity 19).
    public static let motherChildOnSiteOperators = StaffTarget.group(
        "on-site-operators",
        LocalizedText(it: "Operatori in presenza (educatori e responsabile)",
                      en: "On-site operators (educators and director-coordinator)"),
        [.educator, .coordinator])

    /// 7.5: a stable team independent of occupancy (at most 16 guests) and at least one operator
    /// on site around the clock.
    public static let motherChildCommunity = StaffingStandard(
        id: "sicily.mother-child-community",
        title: LocalizedText(
            it: "Comunità mamme bambino (Casa di accoglienza per madri con figli minori)",
            en: "Mother-child community (shelter for mothers with minor children)"),
        capacityUnit: .users,
        capacityLimits: 1...16,
        limitsCitation: Citation(seed, line: 2807),
        requirements: [
            RoleRequirement(
                rule: "sicily.mother-child-community.staff.director-coordinator",
                target: .group("director-coordinator",
                               LocalizedText(it: "Responsabile della direzione e del coordinamento",
                                             en: "Director-coordinator"),
                               [.coordinator]),
                unit: .persons, law: .fixed(1), rounding: .exact, citation: Citation(seed, line: 2864),
                decision: "Ambiguity 5: \"una unità\" with no hours, so one full-time post, listed as coordinator."),
            RoleRequirement(
                rule: "sicily.mother-child-community.staff.educator", target: .role(.educator),
                unit: .persons, law: .fixed(5), rounding: .exact, citation: Citation(seed, line: 2867),
                decision: "Ambiguity 19: \"n. 5 educatore professionale\" read as five educators, a fixed number whatever the occupancy; ambiguity 5: no hours, so five full-time posts."),
            RoleRequirement(
                rule: "sicily.mother-child-community.staff.general-services",
                target: .group("general-services-worker",
                               LocalizedText(it: "Addetto ai servizi generali (nel ruolo: ausiliario)",
                                             en: "General services worker (on the roster: auxiliary)"),
                               [.auxiliary]),
                unit: .persons, law: .fixed(1), rounding: .exact, citation: Citation(seed, line: 2874),
                decision: "Ambiguity 5: \"n. 1 unità\" with no hours, so one full-time post. Vocabulary: no general-services role; listed as auxiliary."),
            presence(
                "sicily.mother-child-community.staff.psychologist", .role(.psychologist),
                citation: Citation(seed, line: 2875),
                why: "\"n. 1 psicologo\", possibly on a consultancy contract, with no hours."),
            presence(
                "sicily.mother-child-community.staff.social-worker", .role(.socialWorker),
                condition: directorNotSocialWorker, citation: Citation(seed, lines: 2875...2877),
                why: "\"n. 1 assistente sociale\", possibly on a consultancy contract, with no hours. Ambiguity 17: needed \"solo nel caso in cui il responsabile … non sia già in possesso di uno dei profili professionali richiesti\", read strictly: waived only when the director is a qualified social worker; otherwise declare director-not-social-worker."),
        ],
        coverage: [
            CoverageRequirement(
                rule: "sicily.mother-child-community.staff.operator-24h", target: motherChildOnSiteOperators,
                window: .roundTheClock, posts: 1, citation: Citation(seed, line: 2878)),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Équipe stabile: la dotazione non varia con il numero di ospiti (al massimo 16, madri e minori insieme, compresi i bambini 0-3 anni in culla: le culle sono escluse solo dal conteggio dei posti letto, ambiguità 16).",
                en: "A stable team: staffing does not vary with the number of guests (at most 16, mothers and minors together, infants in cots included: cots are excluded only from the bed count, ambiguity 16)."),
                citation: Citation(seed, lines: 2862...2863)),
            StandardNote(LocalizedText(
                it: "\"Almeno un operatore nelle 24 h\": contano educatori e responsabile; non l'addetto ai servizi generali né psicologo e assistente sociale consulenti (ambiguità 19). Cinque educatori a tempo pieno danno 180 ore a 36 ore settimanali e 190 a 38, appena sopra le 168 richieste.",
                en: "\"At least one operator over the 24 hours\": educators and the director-coordinator count; the general services worker and the consultant psychologist and social worker do not (ambiguity 19). Five full-time educators give 180 hours at 36 hours a week and 190 at 38, just above the 168 needed."),
                citation: Citation(seed, line: 2878)),
            StandardNote(LocalizedText(
                it: "Le figure sanitarie (medico, neuropsichiatra, logopedista, infermiere) sono assicurate dal Servizio Sanitario Regionale tramite l'ASP, non dall'ente.",
                en: "Health professionals (doctor, neuropsychiatrist, speech therapist, nurse) come from the regional health service through the ASP, not from the provider."),
                citation: Citation(seed, lines: 2879...2882)),
            StandardNote(LocalizedText(
                it: "Volontari e tirocinanti sono aggiuntivi rispetto all'organico e non contano; vanno seguiti da operatori professionali.",
                en: "Volunteers and trainees are extra to the staff and do not count; professional staff supervise them."),
                citation: Citation(seed, lines: 2883...2885)),
        ],
        citation: Citation(seed, lines: 2862...2891))

    // MARK: 7.6 Multi-user family home

    /// The resident couple: no such ``StaffRole``; counted on `coordinator`, since the couple are
    /// the community's managers (L2991-L2993).
    public static let residentCouple = StaffTarget.group(
        "resident-couple",
        LocalizedText(it: "Coppia residente, responsabili di comunità (nel ruolo: coordinatore)",
                      en: "Resident couple, the community's managers (on the roster: coordinator)"),
        [.coordinator])

    /// "Un adulto (coppia o educatori)" (L2977, L2983).
    public static let familyHomeAdults = StaffTarget.group(
        "adults",
        LocalizedText(it: "Adulti (coppia o educatori)", en: "Adults (couple or educators)"),
        [.coordinator, .educator])

    /// 7.6: the resident couple, educators beside them, at least one adult for every four minors
    /// present, an adult at night, and a social worker and a psychologist. The capacity is the
    /// number of minors present, on which the ratio is set.
    public static let familyHome = StaffingStandard(
        id: "sicily.family-home",
        title: LocalizedText(it: "Casa famiglia multiutenza", en: "Multi-user family home"),
        capacityUnit: .users,
        capacityLimits: 0...8,
        limitsCitation: Citation(seed, lines: 2927...2928),
        requirements: [
            RoleRequirement(
                rule: "sicily.family-home.staff.resident-couple", target: residentCouple,
                unit: .persons, law: .fixed(2), rounding: .exact, citation: Citation(seed, lines: 2959...2962),
                decision: "Ambiguity 20: each partner of the couple is one adult, so two persons. Vocabulary: StaffRole has no house couple; both partners are listed as coordinator (the couple are the community managers, L2991-L2993), with the hours they are present in the home. Hours are pooled, so that there are two partners, of both sexes, living there is checked on the persons, not by this line."),
            RoleRequirement(
                rule: "sicily.family-home.staff.adult-ratio", target: familyHomeAdults,
                unit: .persons, law: .perUsers(amount: 1, users: 4), floor: 1, rounding: .up,
                citation: Citation(seed, lines: 2975...2983),
                decision: "Ambiguity 20: \"almeno un adulto (coppia o educatori) ogni quattro minori presenti\" rounded up (5 minors → 2 adults), with at least 1 adult at any number, none included (L2982-L2983, and the night adult of L2977-L2978); each partner counts as one adult; the couple's own minor children count among the minors present, as in the cap of L2927-L2928. The ratio concerns adults present with the minors; weekly hours cannot show simultaneity, so it is checked as posts and the round-the-clock adult is the coverage line."),
            presence(
                "sicily.family-home.staff.educator", .role(.educator), citation: Citation(seed, lines: 2965...2971),
                why: "\"dovrà garantire la presenza di educatori professionali\" beside the couple, with neither number nor hours. Not in the digest's list: the digest makes their number follow from the ratio, but the couple alone meets the ratio (at most 8 minors, so at most 2 adults) while the seed requires educators regardless."),
            presence(
                "sicily.family-home.staff.social-worker", .role(.socialWorker), citation: Citation(seed, lines: 2984...2985),
                why: "\"n. 1 assistente sociale (anche con funzione di coordinamento)\", possibly on a consultancy contract, with no hours."),
            presence(
                "sicily.family-home.staff.psychologist", .role(.psychologist), citation: Citation(seed, lines: 2984...2985),
                why: "\"n. 1 psicologo\", possibly on a consultancy contract, with no hours."),
        ],
        coverage: [
            CoverageRequirement(
                rule: "sicily.family-home.staff.adult-24h", target: familyHomeAdults,
                window: .roundTheClock, posts: 1, citation: Citation(seed, lines: 2975...2983)),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Capacità del calcolo: i minori presenti insieme, ospiti e figli minorenni della coppia, al massimo 8 in ogni caso. La casa accoglie fino a 6 persone oltre al nucleo ospitante, più 2 posti di pronta accoglienza, con deroga per fratelli e sorelle (ambiguità 20).",
                en: "The calculation's capacity: the minors present together, guests and the couple's minor children, at most 8 in any case. The home takes up to 6 people besides the host family, plus 2 emergency places, with an exception for brothers and sisters (ambiguity 20)."),
                citation: Citation(seed, lines: 2924...2928)),
            StandardNote(LocalizedText(
                it: "Un adulto in ogni momento: con i minori presenti almeno 1 adulto anche sotto il rapporto, di notte almeno un adulto convivente, anche quando la coppia si allontana per brevi periodi. Letto come un adulto sulle 24 ore (168 ore settimanali di coppia ed educatori); la coppia residente indica in organico le ore in cui è presente.",
                en: "An adult at all times: with minors present at least 1 adult even below the ratio, at night at least one cohabiting adult, also when the couple is briefly away. Read as one adult around the clock (168 hours a week of couple and educators); the resident couple enter the hours they are present in the home."),
                citation: Citation(seed, lines: 2975...2983)),
            StandardNote(LocalizedText(
                it: "Un componente della coppia preferibilmente laureato (scienze dell'educazione, pedagogia, psicologia): preferenza, non requisito.",
                en: "One partner preferably holds a degree (education, pedagogy, psychology): a preference, not a requirement."),
                citation: Citation(seed, lines: 2963...2965)),
            StandardNote(LocalizedText(
                it: "Un OSS per pulizie e servizio personale degli ospiti è facoltativo (\"potrà avvalersi\"): nessun requisito.",
                en: "One OSS for cleaning and the guests' personal care is optional (\"potrà avvalersi\"): no requirement."),
                citation: Citation(seed, lines: 2972...2973)),
            StandardNote(LocalizedText(
                it: "Le prestazioni sanitarie sono assicurate dal Servizio Sanitario Regionale tramite l'ASP.",
                en: "Health services come from the regional health service through the ASP."),
                citation: Citation(seed, line: 2989)),
            StandardNote(LocalizedText(
                it: "Volontari di associazioni iscritte (l.r. 22/94) e del Servizio Civile supportano ma non sostituiscono il personale: non contano.",
                en: "Volunteers of registered associations (l.r. 22/94) and of the Servizio Civile support but do not replace the staff: they do not count."),
                citation: Citation(seed, lines: 2994...2997)),
        ],
        citation: Citation(seed, lines: 2958...2999))
}
