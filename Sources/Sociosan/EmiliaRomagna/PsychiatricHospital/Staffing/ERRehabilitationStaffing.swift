// The cod. 56 rehabilitation units: neuro-psychogeriatric (seed 002 L1512-L1963, staffing
// L1596-L1608) and eating disorders, DCA (L1964-L2432, staffing L2049-L2069); digest §4.4, §5.4.

extension ERStaffingStandards {
    /// Neuro-psychogeriatric rehabilitation (cod. 56): at least 2 nurses/OTA around the clock,
    /// in proportion beyond 20 beds; 9 daytime hours of a physician on working
    /// days.
    public static let psychogeriatricRehab = StaffingStandard(
        id: "er.psychogeriatric-rehab",
        title: LocalizedText(it: "Riabilitazione neuro-psicogeriatrica (cod. 56)",
                             en: "Neuro-psychogeriatric rehabilitation (code 56)"),
        capacityUnit: .beds, capacityLimits: nil, limitsCitation: nil,
        requirements: [
            safetyOperators(rulePrefix: "er.psychogeriatric-rehab", citation: Citation(seed, lines: 1603...1604),
                            moduleClause: "L1528-L1531"),
            RoleRequirement(
                rule: "er.psychogeriatric-rehab.staff.physician-daytime-hours", target: rehabilitationPhysicians,
                unit: .hoursPerWeek, law: .fixed(Rational(9 * workingDaysPerWeek)), rounding: .exact,
                citation: Citation(seed, lines: 1605...1606),
                decision: "A-27: the 9 daytime hours are owed by the listed specialists together (\"neurologo/ psichiatra/ fisiatra/ geriatra/ internista\"): any one of them present is enough; the internist counts as a physician (no internist role). " + workingDaysDecision + " Fixed whatever the beds: a presence, not a ratio; the seed ties only the operators to 20 p.l. (A-35)."),
        ],
        coverage: [safetyOperatorCoverage(rulePrefix: "er.psychogeriatric-rehab", citation: Citation(seed, lines: 1603...1604))],
        notes: [
            StandardNote(LocalizedText(
                it: "I riferimenti sono a un modulo di 20 p.l.; con più moduli i requisiti organizzativi non sono multipli interi ma proporzionali: gli operatori h 24 crescono in proporzione ai posti letto, senza limite di capacità (A-35).",
                en: "The figures refer to a 20-bed module; with more modules organisational requirements are proportional, not whole multiples: the 24-hour operators grow in proportion to beds, with no capacity limit (A-35)."),
                citation: Citation(seed, lines: 1528...1533)),
            StandardNote(LocalizedText(
                it: "Il team interprofessionale comprende almeno: psichiatra e neurologo e/o fisiatra e geriatra/internista, infermiere, fisioterapista, tecnico di riabilitazione psichiatrica e OSS; letto come psichiatra + (neurologo e/o fisiatra) + (geriatra o internista). Nessun numero: nessun requisito numerico per figura (A-27).",
                en: "The interprofessional team has at least: psychiatrist and neurologist and/or physiatrist and geriatrician/internist, nurse, physiotherapist, psychiatric rehabilitation technician and OSS; read as psychiatrist + (neurologist and/or physiatrist) + (geriatrician or internist). No figures, so no numeric requirement per role (A-27)."),
                citation: Citation(seed, lines: 1597...1599)),
            StandardNote(LocalizedText(
                it: "Assistente sociale e psicologo sono disponibili, senza ore indicate (A-40).",
                en: "A social worker and a psychologist are available, with no hours given (A-40)."),
                citation: Citation(seed, line: 1600)),
            StandardNote(LocalizedText(
                it: "La dotazione di personale tecnico-assistenziale è idonea al progetto riabilitativo: nessun numero.",
                en: "Technical and care staff are sufficient for the rehabilitation project: no figures."),
                citation: Citation(seed, lines: 1601...1602)),
            StandardNote(LocalizedText(
                it: "Nelle restanti ore guardia o pronta disponibilità medica, anche condivisa con altre U.O., secondo modalità aziendali.",
                en: "Outside those hours a medical guard or on-call service, which may be shared with other units, as the trust arranges."),
                citation: Citation(seed, lines: 1607...1608)),
        ],
        citation: Citation(seed, lines: 1596...1608))

    /// Eating-disorder rehabilitation, DCA (cod. 56): at least 2 nurses/OTA around the clock, in
    /// proportion beyond 20 beds; 9 daytime hours of a psychiatrist on working days.
    public static let eatingDisorderRehab = StaffingStandard(
        id: "er.eating-disorder-rehab",
        title: LocalizedText(it: "Riabilitazione disturbi del comportamento alimentare - DCA (cod. 56)",
                             en: "Eating-disorder rehabilitation - DCA (code 56)"),
        capacityUnit: .beds, capacityLimits: nil, limitsCitation: nil,
        requirements: [
            safetyOperators(rulePrefix: "er.eating-disorder-rehab", citation: Citation(seed, lines: 2065...2066),
                            moduleClause: "L1993-L1997"),
            RoleRequirement(
                rule: "er.eating-disorder-rehab.staff.psychiatrist-daytime-hours", target: .role(.psychiatrist),
                unit: .hoursPerWeek, law: .fixed(Rational(9 * workingDaysPerWeek)), rounding: .exact,
                citation: Citation(seed, line: 2067),
                decision: workingDaysDecision + " Fixed whatever the beds: a presence, not a ratio; the seed ties only the operators to 20 p.l. (A-35)."),
        ],
        coverage: [safetyOperatorCoverage(rulePrefix: "er.eating-disorder-rehab", citation: Citation(seed, lines: 2065...2066))],
        notes: [
            StandardNote(LocalizedText(
                it: "I riferimenti sono a un modulo di max 20 p.l.: il massimo vale per il modulo, non per l'U.O., che può averne più d'uno in proporzione; nessun limite di capacità (A-35).",
                en: "The figures refer to a module of at most 20 beds: the maximum is per module, not per unit, which may have several in proportion; no capacity limit (A-35)."),
                citation: Citation(seed, lines: 1993...1997)),
            StandardNote(LocalizedText(
                it: "In ogni setting (ambulatorio, ricovero, day-hospital) il team è di specialisti DCA di area psichiatrica, psicoterapica e internistico-nutrizionale; stabilità del team indispensabile. Nessun numero.",
                en: "In every setting (outpatient, inpatient, day hospital) the team is of eating-disorder specialists in psychiatry, psychotherapy and internal medicine/nutrition; team stability is indispensable. No figures."),
                citation: Citation(seed, lines: 2050...2054)),
            StandardNote(LocalizedText(
                it: "Riabilitazione psiconutrizionale: almeno psichiatra, psicologo, dietista, internista/dietologo formato per i DCA (l'internista/dietologo non ha una figura propria: medico). Nessun numero.",
                en: "Psycho-nutritional rehabilitation: at least a psychiatrist, a psychologist, a dietitian and an internist/dietologist trained in eating disorders (the internist/dietologist has no role of its own: physician). No figures."),
                citation: Citation(seed, lines: 2056...2058)),
            StandardNote(LocalizedText(
                it: "Riabilitazione nutrizionale (\"abilitazione nutrizionale\" a L1984): almeno psichiatra, psicologo, internista/dietologo formato per i DCA; nessun dietista (A-36). Nessun numero.",
                en: "Nutritional rehabilitation (\"abilitazione nutrizionale\" at L1984): at least a psychiatrist, a psychologist and an internist/dietologist trained in eating disorders; no dietitian (A-36). No figures."),
                citation: Citation(seed, lines: 2060...2061)),
            StandardNote(LocalizedText(
                it: "È disponibile l'assistente sociale o una funzione di segretario sociale, senza ore indicate; lo psicologo è nel team senza ore indicate (A-40).",
                en: "A social worker or a social-secretariat function is available, with no hours given; the psychologist is in the team with no hours given (A-40)."),
                citation: Citation(seed, line: 2063)),
            StandardNote(LocalizedText(
                it: "Nelle restanti ore guardia o pronta disponibilità medica, anche condivisa con altre U.O., secondo modalità aziendali.",
                en: "Outside those hours a medical guard or on-call service, which may be shared with other units, as the trust arranges."),
                citation: Citation(seed, lines: 2068...2069)),
        ],
        citation: Citation(seed, lines: 2049...2069))

    /// "Giorni feriali": Monday to Saturday.
    static let workingDaysPerWeek = 6

    static let workingDaysDecision =
        "Working days: \"nelle ore diurne dei giorni feriali per almeno 9 ore\" is read with \"giorni feriali\" as Monday to Saturday (Saturday is a working day in Italian usage; the seed does not say), so 9 hours × 6 days = 54 hours a week; Monday to Friday would be 45 (ambiguity noted in digest §4.4, with no A-id)."

    /// The physicians whose presence counts for the 9 daytime hours (L1605).
    public static let rehabilitationPhysicians = StaffTarget.group(
        "rehabilitation-physicians",
        LocalizedText(it: "Medici (neurologo, psichiatra, fisiatra, geriatra, internista)",
                      en: "Physicians (neurologist, psychiatrist, physiatrist, geriatrician, internist)"),
        [.neurologist, .psychiatrist, .physiatrist, .geriatrician, .physician])

    /// At least 2 nurses/OTA on duty around the clock for 20 beds, in proportion beyond.
    static func safetyOperators(rulePrefix: String, citation: Citation, moduleClause: String) -> RoleRequirement {
        RoleRequirement(
            rule: RuleID(rawValue: rulePrefix + ".staff.nurses-or-ota-minimum"), target: nursesOrOTA, unit: .postsAroundTheClock,
            law: .perModule(amount: 2, moduleSize: 20, partialModules: .proportional), floor: 2, rounding: .exact,
            citation: citation,
            decision: "A-35: \"almeno due operatori (infermieri/OTA) h 24\" for 20 beds scales in proportion beyond 20 beds, not in whole modules, because \(moduleClause) counts further modules \"non come multipli interi ma in proporzione\": 2 × beds/20 posts around the clock, kept exact as staff-hours (25 beds → 2.5 posts = 420 hours a week; 30 → 3), never below 2 posts, the minimum safety level at any size. A-38: nurses and OTA count together, so 2 OTA and no nurse meet it; OSS (and ADB) are not named and do not count; there is no separate nurse minimum.")
    }

    /// Two operators on site around the clock, 7 days a week.
    static func safetyOperatorCoverage(rulePrefix: String, citation: Citation) -> CoverageRequirement {
        CoverageRequirement(
            rule: RuleID(rawValue: rulePrefix + ".staff.nurses-or-ota-24h"), target: nursesOrOTA, window: .roundTheClock,
            posts: 2, citation: citation)
    }
}
