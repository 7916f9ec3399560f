/// The rules specific to the general hospital psychiatry component (code 40, SDO 40.3), seed
/// 002 L2433-L2471: SDO coding, the share of authorised beds, the single room, and the 24-hour
/// psychiatric presence. The seed gives **no staffing ratio** (L2471, A-39): no rule asks for
/// a number of staff, and the calculator standard `er.general-psychiatry` has no requirement
/// line; only the company-level agreement is asked for.
///
/// ```swift
/// GeneralPsychiatryRules.sdoCode       // "40.3"
/// GeneralPsychiatryRules.ruleSet.evaluate(subject)
/// ```
public enum GeneralPsychiatryRules {
    public typealias Subject = ERFamilySubject<GeneralPsychiatrySection>
    static let rule = ERFamilyRuleBuilder<GeneralPsychiatrySection>(type: .generalPsychiatry)

    /// "Codifica SDO: cod. 40.3" (L2436).
    public static let sdoCode = "40.3"

    public static let sdoCoding = rule(
        "sdo-code", lines: 2435...2436,
        title: LocalizedText(it: "I posti letto sono accreditati come codice 40 con codifica SDO 40.3",
                             en: "The beds are accredited as code 40 with SDO coding 40.3"),
        message: LocalizedText(it: "codifica SDO \"{0}\": la psichiatria generale è codificata 40.3",
                               en: "SDO coding \"{0}\": general psychiatry is coded 40.3")
    ) { subject, report in
        if subject.section.sdoCode != sdoCode { report.report(at: subject.path("sdoCode"), .text(subject.section.sdoCode)) }
    }

    public static let authorisedPortion = rule(
        "beds.authorised-portion", lines: 2435...2436,
        title: LocalizedText(it: "I posti letto accreditati sono una porzione dei posti letto autorizzati",
                             en: "The accredited beds are a portion of the authorised beds"),
        message: LocalizedText(it: "{0} posti letto accreditati superano i {1} posti letto autorizzati",
                               en: "{0} accredited beds exceed the {1} authorised beds")
    ) { subject, report in
        if subject.beds > subject.section.authorisedBeds {
            report.report(at: "/beds", .integer(subject.beds), .integer(subject.section.authorisedBeds))
        }
    }

    public static let outsideRegionalCommission = rule(
        "beds.outside-regional-commission", lines: 2437...2438,
        title: LocalizedText(it: "I posti letto servono necessità di psichiatria generale diverse da quelle oggetto di committenza regionale",
                             en: "The beds serve general-psychiatry needs other than those commissioned by the Region"),
        message: LocalizedText(it: "i posti letto di psichiatria generale non possono essere oggetto di committenza regionale",
                               en: "general-psychiatry beds may not be commissioned by the Region")
    ) { subject, report in
        if subject.section.regionallyCommissioned { report.report(at: subject.path("regionallyCommissioned")) }
    }

    public static let singleRoom = rule(
        "rooms.single-room", lines: 2446...2446,
        title: LocalizedText(it: "Almeno una camera è ad 1 posto letto", en: "At least one room has a single bed"),
        message: LocalizedText(it: "nessuna camera è ad 1 posto letto", en: "no room has a single bed"),
        decision: "A-05: counted per general-psychiatry unit (per dossier), as for the SPOI: the seed gives no nucleus here."
    ) { subject, report in
        if !subject.rooms.contains(where: { $0.beds == 1 }) { report.report(at: subject.roomsPath) }
    }

    public static let psychiatrist24h = rule(
        "staff.psychiatrist-24h", lines: 2466...2470,
        title: LocalizedText(it: "Psichiatri presenti sulle 24 ore; di notte e nei prefestivi e festivi anche tramite guardia psichiatrica o reperibilità",
                             en: "Psychiatrists present around the clock; at night and on holidays the psychiatric guard or on-call service may cover"),
        message: LocalizedText(it: "nessuno psichiatra presente sulle 24 ore, né presenza diurna con reperibilità o guardia psichiatrica per la notte e i festivi",
                               en: "no psychiatrist around the clock, nor a daytime presence with on-call or guard cover for nights and holidays"),
        decision: "The psychiatrist is on site around the clock, or on site by day with a psychiatrist on call (reperibilità) for nights and holidays (L2468-L2470); the night guard must be psychiatric ('guardia notturna psichiatrica'), so a general Guardia Medica does not count. On-call alone, with nobody on site by day, does not meet 'presenza sulle 24 ore'."
    ) { subject, report in
        if subject.hasPresence([.psychiatrist], [.roundTheClock]) { return }
        if subject.hasPresence([.psychiatrist], [.daytime, .programmed]), subject.hasPresence([.psychiatrist], [.onCall]) { return }
        report.report(at: subject.staffPath)
    }

    public static let psychologist = rule(
        "staff.psychologist", lines: 2467...2467,
        title: LocalizedText(it: "Presenza programmata dello psicologo", en: "Programmed presence of a psychologist"),
        message: LocalizedText(it: "nessuno psicologo in organico", en: "no psychologist on the roster"),
        decision: "A-40: the seed gives no hours, so any psychologist units with any coverage satisfy it."
    ) { subject, report in
        if !subject.hasPresence([.psychologist], Set(Coverage.allCases)) { report.report(at: subject.staffPath) }
    }

    public static let companyStaffingAgreement = rule(
        "staff.company-agreement", .warning, lines: 2471...2471,
        title: LocalizedText(it: "La dotazione di personale è rapportata alle attività e concordata a livello aziendale",
                             en: "Staffing is proportionate to activity and agreed at company level"),
        message: LocalizedText(it: "manca la data dell'accordo aziendale sulla dotazione di personale (il seme non fissa rapporti: la dotazione è concordata a livello aziendale)",
                               en: "the date of the company-level staffing agreement is missing (the seed sets no ratio: staffing is agreed at company level)"),
        decision: "A-39: the seed gives no staffing ratio for general psychiatry; Sociosan invents none. The company-level agreement is what an auditor can ask to see; a missing date is a warning, since the seed prescribes no document."
    ) { subject, report in
        if subject.section.staffingAgreedOn == nil { report.report(at: subject.path("staffingAgreedOn")) }
    }

    /// Every family rule, in report order.
    public static let rules: [Rule<Subject>] = [
        sdoCoding, authorisedPortion, outsideRegionalCommission,
        singleRoom,
        psychiatrist24h, psychologist, companyStaffingAgreement,
    ]

    public static let ruleSet = RuleSet<Subject>(kind: .generalPsychiatry, rules: rules)
}
