/// The rules of the general hospital psychiatry component (code 40, SDO 40.3), seed 002
/// L2433-L2991: the shared builders of ``ERStructureRules`` (identity with discipline code
/// 40.3, rooms with the SPOI's demand-peak triple rooms and single room, the staffing standard
/// `er.general-psychiatry`, attested requirements) and the family's own rules on the beds and
/// the 24-hour psychiatric presence.
///
/// The seed gives **no staffing ratio** (L2471, A-39): the standard `er.general-psychiatry` has
/// no requirement line, so no rule asks for a number of staff per bed; only the presence of
/// each figure and the company-level agreement are checked.
///
/// ```swift
/// ERStaffingStandards.generalPsychiatry.requirements.isEmpty   // true
/// ERStructureRules.ruleSet(for: .generalPsychiatry).evaluate(dossier)
/// ```
public enum GeneralPsychiatryRules {
    public static let type = ERPsychiatricStructureType.generalPsychiatry
    /// Where the family section sits in the dossier's JSON.
    public static let sectionPath: JSONPointer = "/generalPsychiatry"

    /// Rooms (L2441-L2446). Decision A-04: the "1 o 2 camere a 3 posti letto" for demand peaks
    /// (L2445) are a permanent allowance, also in new buildings, as for the SPOI (L228); only
    /// more need the grandfathering. A-05: the single room (L2446) is counted per dossier.
    public static let roomPolicy = ERStructureRules.RoomPolicy(lines: 2441...2446, tripleRoomAllowance: 2, singleRoomLines: 2446...2446)

    /// The family's rule builder: id `<prefix>.<name>`, the section handed to the check.
    static let rule = ERFamilyRules(type) { $0.generalPsychiatry }

    public static let authorisedPortion = rule(
        "beds.authorised-portion", lines: 2435...2436,
        title: LocalizedText(it: "I posti letto accreditati sono una porzione dei posti letto autorizzati",
                             en: "The accredited beds are a portion of the authorised beds"),
        message: LocalizedText(it: "{0} posti letto accreditati superano i {1} posti letto autorizzati",
                               en: "{0} accredited beds exceed the {1} authorised beds")
    ) { dossier, section, report in
        if dossier.beds > section.authorisedBeds {
            report.report(at: sectionPath.appending("authorisedBeds"), .integer(dossier.beds), .integer(section.authorisedBeds))
        }
    }

    public static let outsideRegionalCommission = rule(
        "beds.outside-regional-commission", lines: 2437...2438,
        title: LocalizedText(it: "I posti letto servono necessità di psichiatria generale diverse da quelle oggetto di committenza regionale",
                             en: "The beds serve general-psychiatry needs other than those commissioned by the Region"),
        message: LocalizedText(it: "i posti letto di psichiatria generale non possono essere oggetto di committenza regionale",
                               en: "general-psychiatry beds may not be commissioned by the Region")
    ) { _, section, report in
        if section.regionallyCommissioned { report.report(at: sectionPath.appending("regionallyCommissioned")) }
    }

    public static let psychiatrist24h = rule(
        "staff.psychiatrist-24h", lines: 2466...2470,
        title: LocalizedText(it: "Psichiatri presenti sulle 24 ore; di notte e nei prefestivi e festivi anche tramite guardia psichiatrica o reperibilità",
                             en: "Psychiatrists present around the clock; at night and on holidays the psychiatric guard or on-call service may cover"),
        message: LocalizedText(it: "nessuno psichiatra presente sulle 24 ore, né uno psichiatra presente di giorno con uno psichiatra reperibile per la notte e i festivi",
                               en: "no psychiatrist around the clock, nor a psychiatrist on site by day with a psychiatrist on call for nights and holidays"),
        decision: "The psychiatrist is on site around the clock, or on site by day with a psychiatrist on call (reperibilità) for nights and holidays (L2468-L2470); the night guard must be psychiatric ('guardia notturna psichiatrica'), so a general Guardia Medica does not count. On-call alone, with nobody on site by day, does not meet 'presenza sulle 24 ore'."
    ) { dossier, _, report in
        if dossier.hasPresence([.psychiatrist], [.roundTheClock]) { return }
        if dossier.hasPresence([.psychiatrist], [.daytime, .programmed]), dossier.hasPresence([.psychiatrist], [.onCall]) { return }
        report.report(at: "/staff")
    }

    public static let psychologist = rule.presence(
        "staff.psychologist", lines: 2467...2467,
        title: LocalizedText(it: "Presenza programmata dello psicologo", en: "Programmed presence of a psychologist"),
        message: LocalizedText(it: "nessuno psicologo in organico", en: "no psychologist on the roster"),
        decision: "A-40: the seed gives no hours, so any psychologist hours with any coverage satisfy it.",
        roles: [.psychologist], coverages: Set(Coverage.allCases))

    public static let companyStaffingAgreement = rule(
        "staff.company-agreement", .warning, lines: 2471...2471,
        title: LocalizedText(it: "La dotazione di personale è rapportata alle attività e concordata a livello aziendale",
                             en: "Staffing is proportionate to activity and agreed at company level"),
        message: LocalizedText(it: "manca la data dell'accordo aziendale sulla dotazione di personale (la norma non fissa rapporti: la dotazione è concordata a livello aziendale)",
                               en: "the date of the company-level staffing agreement is missing (the regulation sets no ratio: staffing is agreed at company level)"),
        decision: "A-39: the seed gives no staffing ratio for general psychiatry and Sociosan invents none. The company-level agreement is what an auditor can ask to see; a missing date is a warning, since the seed prescribes no document."
    ) { _, section, report in
        if section.staffingAgreedOn == nil { report.report(at: sectionPath.appending("staffingAgreedOn")) }
    }

    /// The family's own rules, in report order.
    public static let familyRules: [Rule<ERStructureDossier>] = [
        authorisedPortion, outsideRegionalCommission,
        psychiatrist24h, psychologist, companyStaffingAgreement,
        ERStructureRules.transitionalQualificationRule(type, lines: 2466...2467),
    ]

    /// Every rule of the type, in report order.
    public static let rules: [Rule<ERStructureDossier>] =
        ERStructureRules.identityRules(type, disciplineLines: 2435...2438)
        + ERStructureRules.roomRules(type, roomPolicy)
        + ERStructureRules.staffingRules(type, standard: ERStaffingStandards.generalPsychiatry)
        + familyRules
        + ERStructureRules.attestationRules(type, titles: ownTitles)

    /// Where general psychiatry words a shared requirement differently, its own title, so a
    /// finding does not ask for what the seed does not. The personalised project names "il medico
    /// con cui si è concordato il progetto" (L2558), where the SPOI, residences and DCA name "il
    /// medico del DSM-DP" (L418, L1063, L2151). The operating procedures of L2474-L2478 are
    /// drawn up ("elaborano procedure operative") with no counterpart named, where the SPOI and
    /// residences agree them with the DSM-DP (L315, L887).
    static let ownTitles: [String: LocalizedText] = [
        "continuity-of-care": LocalizedText(
            it: "Procedure operative sulla continuità dell'assistenza (modalità di accesso e di dimissione)",
            en: "Operating procedures on continuity of care (admission and discharge arrangements)"),
        "admission-appropriateness": LocalizedText(
            it: "Procedure operative sull'appropriatezza del ricovero o dell'inserimento",
            en: "Operating procedures on the appropriateness of admission or placement"),
        "informed-consent": LocalizedText(
            it: "Procedure operative sulle modalità del consenso informato",
            en: "Operating procedures on informed consent"),
        "family-information": LocalizedText(
            it: "Procedure operative sulle modalità di informazione ai familiari",
            en: "Operating procedures on informing family members"),
        "personalised-project": LocalizedText(
            it: "Progetto personalizzato per ogni ricovero (ingresso, obiettivi, durata, medico con cui è concordato, dimissione)",
            en: "Personalised project for each admission (admission, objectives, duration, the doctor it was agreed with, discharge)"),
    ]
}
