// The hospital psychiatric residences: RTI, RTI specialistica, RTP (seed 002 L836-L1511,
// staffing L864-L879 and L923-L927; digest §3.4).

extension ERStaffingStandards {
    /// RTI: one nurse on duty around the clock for every started block of 20 beds (decision
    /// A-15), plus 24-hour nursing presence.
    public static let rti = residence(
        id: "er.rti",
        title: LocalizedText(
            it: "Residenza a trattamento intensivo (RTI) in struttura psichiatrica con autorizzazione ospedaliera",
            en: "Intensive-treatment residence (RTI) in a hospital-licensed psychiatric structure"),
        requirements: [intensiveNurses(rulePrefix: "er.rti")],
        coverage: [intensiveNurseCoverage(rulePrefix: "er.rti")],
        extraNotes: [])

    /// RTI specialistica (dual diagnosis, minors, psychogeriatrics…): the RTI figures, "anche
    /// specialistico" (L875), with declared specialist beds (L1019-L1021).
    public static let rtiSpecialist = residence(
        id: "er.rti-specialist",
        title: LocalizedText(
            it: "Residenza a trattamento intensivo specialistico (RTI specialistica: doppia diagnosi, minori, psicogeriatria)",
            en: "Specialist intensive-treatment residence (specialist RTI: dual diagnosis, minors, psychogeriatrics)"),
        requirements: [intensiveNurses(rulePrefix: "er.rti-specialist")],
        coverage: [intensiveNurseCoverage(rulePrefix: "er.rti-specialist")],
        extraNotes: [
            StandardNote(LocalizedText(
                it: "I posti letto dedicati agli inserimenti specialistici (doppia diagnosi, minori, psicogeriatria, ecc.) sono dichiarati e concordati con il DSM-DP committente; il personale è quello delle RTI (\"anche specialistico\", L875).",
                en: "The beds dedicated to specialist admissions (dual diagnosis, minors, psychogeriatrics, etc.) are declared and agreed with the commissioning DSM-DP; staffing is that of the RTI (\"anche specialistico\", L875)."),
                citation: Citation(seed, lines: 1019...1021)),
        ])

    /// RTP: 12 hours of nurse presence a day for every started block of 20 beds; no 24-hour
    /// nursing presence (decision A-15).
    public static let rtp = residence(
        id: "er.rtp",
        title: LocalizedText(
            it: "Residenza a trattamento protratto (RTP) in struttura psichiatrica con autorizzazione ospedaliera",
            en: "Extended-treatment residence (RTP) in a hospital-licensed psychiatric structure"),
        requirements: [
            RoleRequirement(
                rule: "er.rtp.staff.nurse-hours-minimum", target: .role(.nurse), unit: .hoursPerDay,
                law: .perModule(amount: 12, moduleSize: 20, partialModules: .wholeModules), rounding: .exact,
                citation: Citation(seed, lines: 876...877),
                decision: "A-15: the RTP rule \"presenza dell'infermiere garantita per 12 ore ogni 20 pl\" (L876-L877) is specific to the RTP and prevails over the chapter-wide \"presenza infermieristica sulle 24 ore\" (L925), which is read as applying to the intensive residences: no 24-hour nurse coverage for the RTP. \"Ogni 20 pl\" counts whole modules: 12 nurse-hours a day for every started block of 20 beds (21 beds → 24 hours a day), as for the RTI; the residence text has no proportionality clause (contrast A-35). Hours a day × 7 days a week."),
        ],
        coverage: [],
        extraNotes: [
            StandardNote(LocalizedText(
                it: "La presenza infermieristica sulle 24 ore prevista per le residenze (L925) non è applicata alle RTP: prevale la regola specifica di 12 ore ogni 20 pl (L876-L877) (A-15).",
                en: "The 24-hour nursing presence required of the residences (L925) is not applied to the RTP: the specific rule of 12 hours for every 20 beds (L876-L877) prevails (A-15)."),
                citation: Citation(seed, lines: 925...927)),
        ])

    /// One nurse on duty around the clock for every started block of 20 beds (L875-L876).
    static func intensiveNurses(rulePrefix: String) -> RoleRequirement {
        RoleRequirement(
            rule: RuleID(rawValue: rulePrefix + ".staff.nurse-minimum"), target: .role(.nurse), unit: .postsAroundTheClock,
            law: .perModule(amount: 1, moduleSize: 20, partialModules: .wholeModules), rounding: .exact,
            citation: Citation(seed, lines: 875...876),
            decision: "A-15: \"un infermiere nelle 24 ore ogni 20 pl\" counts whole modules: one nurse on duty around the clock (168 staff-hours a week) for every started block of 20 beds, so 1 post up to 20 beds and 2 from 21 to 40. The residence text has no proportionality clause, unlike the cod. 56 units (A-35), and a nurse on duty is a whole person.")
    }

    /// "Presenza infermieristica sulle 24 ore" (L925).
    static func intensiveNurseCoverage(rulePrefix: String) -> CoverageRequirement {
        CoverageRequirement(
            rule: RuleID(rawValue: rulePrefix + ".staff.nurse-24h"), target: .role(.nurse), window: .roundTheClock,
            citation: Citation(seed, line: 925))
    }

    /// The notes shared by the three residences.
    static let residenceNotes: [StandardNote] = [
        StandardNote(LocalizedText(
            it: "La residenza è accreditata per un numero definito di posti letto: il seme non fissa limiti né moduli, quindi nessun limite di capacità.",
            en: "The residence is accredited for a defined number of beds: the seed sets no limits and no module, so there are no capacity limits."),
            citation: Citation(seed, lines: 845...846)),
        StandardNote(LocalizedText(
            it: "La dotazione è esplicitata in un documento (distribuzione degli operatori e responsabilità); la presenza è programmata secondo volume di attività e tipologia; medici, infermieri e personale della riabilitazione sono presenti in fasce orarie o in pronta disponibilità. Nessun numero.",
            en: "Staffing is set out in a document (distribution of staff and responsibilities); presence is planned by activity volume and structure type; medical, nursing and rehabilitation staff work set time slots or are on call. No figures."),
            citation: Citation(seed, lines: 865...872)),
        StandardNote(LocalizedText(
            it: "L'équipe comprende psichiatri, psicologi, infermieri, assistenti di base, OSS o, nelle more, OTA e ADB; \"assistenti di base\" e \"ADB\" sono la stessa figura (A-19). Nessun rapporto numerico per psichiatri, psicologi e OSS/OTA/ADB; gli educatori non sono previsti (A-40).",
            en: "The team has psychiatrists, psychologists, nurses, basic care assistants, OSS or, in the meantime, OTA and ADB; \"assistenti di base\" and \"ADB\" are read as the same role (A-19). No ratio for psychiatrists, psychologists or OSS/OTA/ADB; educators are not required (A-40)."),
            citation: Citation(seed, lines: 867...868)),
        StandardNote(LocalizedText(
            it: "Presenza programmata nell'arco delle 24 ore di psichiatra, psicologo e OSS (o OTA e ADB): letta come presenza pianificata lungo la giornata, non come presenza continua in reparto; nessuna ora indicata, nessun requisito di copertura (A-15, A-40).",
            en: "Programmed presence over the 24 hours of psychiatrist, psychologist and OSS (or OTA and ADB): read as presence scheduled across the day, not continuous presence on the ward; no hours given, so no coverage requirement (A-15, A-40)."),
            citation: Citation(seed, lines: 873...874)),
        StandardNote(LocalizedText(
            it: "Presenza medica diurna; di notte guardia medica psichiatrica o pronta disponibilità. Nessuna ora indicata (A-15).",
            en: "Daytime medical presence; at night a psychiatric medical guard or on-call service. No hours given (A-15)."),
            citation: Citation(seed, lines: 925...927)),
        StandardNote(LocalizedText(
            it: "Personale medico con esperienza documentata nella specialità trattata, in particolare nelle RTI specialistiche.",
            en: "Medical staff with documented experience in the specialty treated, especially in the specialist RTI."),
            citation: Citation(seed, lines: 878...879)),
    ]

    static func residence(
        id: String, title: LocalizedText, requirements: [RoleRequirement], coverage: [CoverageRequirement],
        extraNotes: [StandardNote]
    ) -> StaffingStandard {
        StaffingStandard(
            id: id, title: title, capacityUnit: .beds, capacityLimits: nil, limitsCitation: nil,
            requirements: requirements, coverage: coverage, notes: residenceNotes + extraNotes,
            citation: Citation(seed, lines: 864...879))
    }
}
