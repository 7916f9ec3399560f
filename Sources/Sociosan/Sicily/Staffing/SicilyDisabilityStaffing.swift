// Section 5.1.1, functional-rehabilitation centres for physical, psychic and sensory
// disability (L636-L799): continuous cycle (residential, reference 60 places, L730-L766) and
// day cycle (semi-residential, reference 40 places, L767-L795).

extension SicilyStaffingStandards {
    /// The specialist doctors of 5.1.1: the specialty depends on the users (L733).
    static let rehabSpecialists = StaffTarget.group(
        "medical-specialists",
        LocalizedText(it: "Medici specialisti (responsabile e collaboratore)", en: "Specialist doctors (lead and collaborating)"),
        [.physician, .physiatrist, .neurologist, .geriatrician, .psychiatrist])

    /// "Terapisti della riabilitazione (FKT, ortottisti, logopedisti, psicomotricisti) e/o
    /// operatori per soggetti portatori di handicap" (educators, music and expression
    /// technicians, art masters, sign-language interpreters).
    static let rehabTherapistsOrHandicapOperators = StaffTarget.group(
        "rehabilitation-therapists-or-handicap-operators",
        LocalizedText(it: "Terapisti della riabilitazione e/o operatori per soggetti portatori di handicap",
                      en: "Rehabilitation therapists and/or operators for disabled people"),
        [.rehabilitationTherapist, .physiotherapist, .occupationalTherapist, .educator])

    /// "Ausiliari socio-sanitari specializzati o addetti all'assistenza e accompagnatori di
    /// handicappati": care workers, today's OSS.
    static let careAuxiliaries = StaffTarget.group(
        "care-auxiliaries",
        LocalizedText(it: "Ausiliari socio-sanitari specializzati, addetti all'assistenza (OSS, OTA, ADB)",
                      en: "Specialised socio-health auxiliaries and care assistants (OSS, OTA, ADB)"),
        StaffRole.supportWorkers)

    static let rehabProportional = "\"Lo standard viene proporzionalmente ridefinito per capacità operative inferiori\" (L766, L795): the printed figure × N / reference, exact (a fraction is part-time hours or FTE, digest Appendix C), so the table as printed at the reference and, e.g., half of it at half the reference. The capacity is limited to 20 (the minimum, L638) up to the reference, above which the seed sets no standard (digest ambiguity 5)."

    static let rehabRoleNote = note(
        "Ortottisti, logopedisti e psicomotricisti sono registrati come terapisti della riabilitazione; educatori, tecnici dell'educazione musicale ed espressiva, maestri d'arte e interpreti del linguaggio mimico-gestuale come educatori: il vocabolario non ha queste figure. La tabella le conta insieme.",
        "Orthoptists, speech therapists and psychomotricists are recorded as rehabilitation therapists; educators, music and expression technicians, art masters and sign-language interpreters as educators: the vocabulary has none of these roles. The table counts them together.",
        lines: 746...748)

    static func rehabNotes(personnel: ClosedRange<Int>) -> [StandardNote] {
        [
            rehabRoleNote,
            note("Il personale deve essere adeguato alla tipologia e al volume delle attività; la dotazione di personale infermieristico e addetto all'assistenza deve garantire la copertura della specifica attività. Nessun numero di ore e nessuna presenza sulle 24 ore scritta: nessun requisito di copertura per il ciclo continuativo.",
                 "Staff must suit the type and volume of activity; nursing and care staff must cover the specific activity. No hours and no around-the-clock presence are written: no coverage requirement for the continuous cycle.",
                 lines: 714...716),
            note("I presìdi suddividono gli assistiti in moduli da 15 a 20 soggetti secondo la tipologia trattata.",
                 "The centres group their users in modules of 15 to 20 by condition.",
                 lines: 723...724),
            note("La Regione, entro due anni, modificherà questi standard prevedendo standard a 20 posti letto, residenziale e semiresidenziale.",
                 "Within two years the Region will replace these standards with 20-bed standards, residential and semi-residential.",
                 lines: 798...799),
            personnelRule(lines: personnel),
        ]
    }

    // MARK: Struttura residenziale

    /// 5.1.1 continuous cycle: the table for 60 places (L730-L765), N/60 below it (L766).
    public static let rehabResidential: StaffingStandard = {
        let id = "sicily.rehab-residential"
        func scaled(_ amount: Rational) -> ScalingLaw { .proportionalToReference(amount: amount, reference: 60) }
        return StaffingStandard(
            id: id,
            title: LocalizedText(it: "Presidio di riabilitazione funzionale a ciclo continuativo (struttura residenziale)",
                                 en: "Functional-rehabilitation centre, continuous cycle (residential)"),
            capacityUnit: .beds, capacityLimits: 20...60, limitsCitation: Citation(seed, lines: 638...766),
            requirements: [
                staff(id, "medical-specialists", rehabSpecialists, .hoursPerWeek, scaled(24), lines: 733...740,
                      decision: rehabProportional + " The lead specialist's 12 hours a week (L733-L734) and the collaborating specialist's 12 hours (L739-L740) are one line of 24 hours: the roster does not tell the lead from the collaborator, and two 12-hour lines on the same roles would both be met by one doctor's 12 hours. The lead's \"non meno di 2 ore al giorno\" is a note."),
                staff(id, "psychologist", .role(.psychologist), .persons, scaled(1), lines: 742...742, decision: rehabProportional),
                staff(id, "social-worker", .role(.socialWorker), .persons, scaled(1), lines: 744...744, decision: rehabProportional),
                staff(id, "rehabilitation-therapists", rehabTherapistsOrHandicapOperators, .persons, scaled(12), lines: 746...748,
                      decision: rehabProportional + " One count for rehabilitation therapists and/or operators for disabled people, as printed."),
                staff(id, "nurse", .role(.nurse), .persons, scaled(3), lines: 750...750, decision: rehabProportional),
                staff(id, "care-auxiliaries", careAuxiliaries, .persons, scaled(14), lines: 752...753,
                      decision: rehabProportional + " \"Ausiliari socio-sanitari specializzati o addetti all'assistenza\" are care workers: OSS, OTA and ADB count."),
                staff(id, "general-services", .role(.auxiliary), .persons, scaled(8), lines: 755...763,
                      decision: rehabProportional + " The 7 general-services workers (L755) and the kitchen assistant (L763) are both auxiliaries on a roster: one line of 8, so that one person is not counted twice."),
                staff(id, "administrative", .role(.administrative), .persons, scaled(2), lines: 757...759,
                      decision: rehabProportional + " The administrative director (L757) and the administrative clerk (L759) are both administrative staff on a roster: one line of 2."),
                staff(id, "cook", .role(.cook), .persons, scaled(1), lines: 761...761, decision: rehabProportional),
                staff(id, "maintenance-worker", .role(.genericOperator), .persons, scaled(1), lines: 765...765,
                      decision: rehabProportional + " The maintenance worker is recorded as a generic operator (the vocabulary has no maintenance role)."),
            ],
            coverage: [],
            notes: [
                note("Il medico responsabile, specialista secondo la tipologia degli assistiti, è presente per 12 ore settimanali e non meno di 2 ore al giorno; si avvale di consulenze specialistiche richieste di regola all'ASP. La riduzione proporzionale sotto i 60 posti riduce le ore settimanali, non il minimo giornaliero di 2 ore nei giorni di presenza.",
                     "The lead doctor, a specialist suited to the users, works 12 hours a week and at least 2 hours a day, with specialist consultations normally requested from the ASP. The proportional reduction below 60 places reduces the weekly hours, not the 2-hour daily minimum on the days of presence.",
                     lines: 733...737),
            ] + rehabNotes(personnel: 796...797),
            citation: Citation(seed, lines: 636...799))
    }()

    // MARK: Struttura semiresidenziale

    /// 5.1.1 day cycle: the table for 40 places (L767-L794), N/40 below it (L795).
    public static let rehabDay: StaffingStandard = {
        let id = "sicily.rehab-day"
        func scaled(_ amount: Rational) -> ScalingLaw { .proportionalToReference(amount: amount, reference: 40) }
        let onSite = StaffTarget.group(
            "rehabilitation-care-staff",
            LocalizedText(it: "Personale sanitario, riabilitativo e di assistenza del presidio", en: "The centre's clinical, rehabilitation and care staff"),
            rehabSpecialists.roles.union(rehabTherapistsOrHandicapOperators.roles).union(careAuxiliaries.roles)
                .union([.psychologist, .socialWorker, .nurse]))
        return StaffingStandard(
            id: id,
            title: LocalizedText(it: "Presidio di riabilitazione funzionale a ciclo diurno (struttura semiresidenziale)",
                                 en: "Functional-rehabilitation centre, day cycle (semi-residential)"),
            capacityUnit: .places, capacityLimits: 20...40, limitsCitation: Citation(seed, lines: 638...795),
            requirements: [
                staff(id, "medical-specialists", rehabSpecialists, .hoursPerWeek, scaled(22), lines: 769...773,
                      decision: rehabProportional + " The lead specialist's 10 hours (L769-L770) and the collaborating specialist's 12 hours (L772-L773) are one line of 22 hours (the roster does not tell them apart). The minimum of 20 places (L638, \"posti letto\") is read as applying to both cycles: it heads 5.1.1, and L798-L799 speaks of \"20 posti letto\" for the semi-residential standard too."),
                staff(id, "psychologist", .role(.psychologist), .persons, scaled(1), lines: 775...775, decision: rehabProportional),
                staff(id, "social-worker", .role(.socialWorker), .persons, scaled(1), lines: 777...777, decision: rehabProportional),
                staff(id, "care-auxiliaries", careAuxiliaries, .persons, scaled(4), lines: 779...779,
                      decision: rehabProportional + " \"Ausiliari socio-sanitari specializzati\" are care workers: OSS, OTA and ADB count."),
                staff(id, "rehabilitation-therapists", rehabTherapistsOrHandicapOperators, .persons, scaled(6), lines: 781...784,
                      decision: rehabProportional),
                staff(id, "administrative", .role(.administrative), .persons, scaled(1), lines: 786...786, decision: rehabProportional),
                staff(id, "nurse", .role(.nurse), .persons, scaled(1), lines: 788...788, decision: rehabProportional),
                staff(id, "cook", .role(.cook), .persons, scaled(1), lines: 790...790, decision: rehabProportional),
                staff(id, "general-services", .role(.auxiliary), .persons, scaled(2), lines: 792...794,
                      decision: rehabProportional + " The kitchen assistant (L792) and the general-services worker (L794) are both auxiliaries on a roster: one line of 2."),
            ],
            coverage: [
                CoverageRequirement(rule: "sicily.rehab-day.coverage.opening", target: onSite,
                                    window: .opening(hoursPerWeek: 40), citation: Citation(seed, line: 725)),
            ],
            notes: [
                note("I presìdi a ciclo diurno funzionano 8 ore al giorno e, ove possibile, 5 giorni alla settimana: copertura di 40 ore settimanali. \"Ove possibile\" ammette meno giorni; in tal caso la copertura è di 8 ore per giorno di apertura.",
                     "Day-cycle centres work 8 hours a day and, where possible, 5 days a week: 40 hours a week of coverage. \"Where possible\" admits fewer days, in which case the coverage is 8 hours per day open.",
                     lines: 725...725),
                note("Il medico responsabile, specialista secondo la tipologia degli assistiti, è a rapporto libero professionale per 10 ore settimanali; il collaboratore per 12 ore.",
                     "The lead doctor, a specialist suited to the users, is freelance for 10 hours a week; the collaborating specialist for 12 hours.",
                     lines: 769...773),
            ] + rehabNotes(personnel: 796...797),
            citation: Citation(seed, lines: 636...799),
            daysPerWeek: 5)
    }()
}
