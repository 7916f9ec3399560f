// Section 6.4, private services for people dependent on substances of abuse (L1474-L2163):
// the general staffing rules (L1632-L1711), the trainee and volunteer caps, and the tables of
// the six service types (L1721-L2134).

extension SicilyStaffingStandards {
    /// How a 6.4 table moves with capacity.
    enum AddictionSizing {
        /// No reference capacity: the table whatever the capacity (reception).
        case fixed
        /// The table at `reference` places and below; above it, in proportion (L1690-L1691).
        case reference(Int)
        /// The table for every started module of `size` places (alcohol).
        case modules(Int)

        func law(_ amount: Rational) -> ScalingLaw {
            switch self {
            case .fixed: return .fixed(amount)
            case .reference(let reference): return .proportionalToReference(amount: amount, reference: reference)
            case .modules(let size): return .perModule(amount: amount, moduleSize: size, partialModules: .wholeModules)
            }
        }

        func floor(_ amount: Rational) -> Rational? {
            if case .reference = self { return amount }
            return nil
        }

        var decision: String {
            switch self {
            case .fixed:
                return "The table is for a day and/or residential reception service, residential meaning an emergency lodging of at most 8 beds (L1768-L1769): no reference capacity, the table applies in full. Exact."
            case .reference(let reference):
                return "Table for \(reference) places. Below \(reference) the seed states no reduction: the table applies in full (floor). Above it \"l'entità del personale e/o il relativo monte orario dovrà essere adeguatamente proporzionata\" (L1690-L1691): amount × N / \(reference). Exact, no rounding (digest Appendix C)."
            case .modules(let size):
                return "\"Capacità ricettiva non superiore a \(size) posti o moduli da \(size) posti\", modules homogeneous by age band (L2073-L2076): the table for every started module of \(size) (16 places = 2 modules), each module being a structure of at most \(size) places whose table the seed does not reduce. Exact."
            }
        }
    }

    /// One line of a 6.4 table, before sizing.
    struct Row {
        let name: String
        let target: StaffTarget
        let unit: StaffingUnit
        let amount: Rational
        let lines: ClosedRange<Int>
        let condition: StaffingCondition?
        let decision: String?

        init(_ name: String, _ target: StaffTarget, _ unit: StaffingUnit, _ amount: Rational, _ lines: ClosedRange<Int>,
             condition: StaffingCondition? = nil, decision: String? = nil) {
            self.name = name
            self.target = target
            self.unit = unit
            self.amount = amount
            self.lines = lines
            self.condition = condition
            self.decision = decision
        }
    }

    /// "Operatori qualificati" (L1647-L1651): graduates in medicine, psychology, sociology,
    /// pedagogy, education sciences, educators, social workers, certified addiction operators.
    /// They are recorded as qualified operators whatever their degree.
    static let qualifiedOperators = StaffTarget.role(.qualifiedOperator)

    /// The programme manager (*responsabile di programma*) and the site or structure manager.
    static let manager = StaffTarget.role(.coordinator)

    /// "Istruttore di laboratori ergoterapici": not in the vocabulary, recorded as occupational
    /// therapist (ergotherapy).
    static let workshopInstructor = StaffTarget.group(
        "workshop-instructor",
        LocalizedText(it: "Istruttore di laboratori ergoterapici", en: "Ergotherapy workshop instructor"),
        [.occupationalTherapist])

    /// "Istruttore (di laboratori) e/o animatore": instructor recorded as occupational therapist,
    /// animator as educator (neither is in the vocabulary).
    static let instructorOrAnimator = StaffTarget.group(
        "workshop-instructor-or-animator",
        LocalizedText(it: "Istruttore di laboratori e/o animatore", en: "Workshop instructor and/or animator"),
        [.occupationalTherapist, .educator])

    /// The pedagogist: not in the vocabulary, recorded as educator (pedagogy and education).
    static let pedagogist = StaffTarget.group(
        "pedagogist", LocalizedText(it: "Pedagogista", en: "Pedagogist"), [.educator])

    static let psychologistCondition = "Only \"laddove nessuno degli operatori qualificati rivesta tale qualifica\": the line applies when the condition no-psychologist-among-qualified-operators is declared (the calculator's conditions switch lines on; an auditor declares it unless a qualified operator is shown to be a psychologist)."
    static let instructorCondition = "\"La figura dell'istruttore di laboratori ergoterapici può non essere presente laddove siano in vigore convenzioni\" with recognised vocational-training bodies running courses in the structure: the line applies when no-vocational-training-agreement is declared (conditions switch lines on, so the exemption is written as its negation). The instructor is recorded as occupational therapist (ergotherapy), the closest role."
    static let supervisionDecision = "\"Supervisione per 2 ore con cadenza quindicinale\" by an external psychotherapist: averaged to 1 hour a week. The external professional is on the roster as a psychotherapist (consultant)."
    static let qualifiedDecision = "\"A tempo pieno\": full-time equivalents, converted with fullTimeHours. The site manager (\"dei quali uno responsabile di sede\") is one of them; qualified operators are recorded as qualified-operator whatever their degree."

    /// One 6.4 standard: its table, the three general rules, the trainee and volunteer caps.
    static func addictionService(
        id: String, title: LocalizedText, sizing: AddictionSizing, limits: ClosedRange<Int>?, limitsCitation: Citation?,
        table: [Row], onSite: Set<StaffRole>, coverage: (window: CoverageRequirement.Window, lines: ClosedRange<Int>)?,
        notes: [StandardNote], citation: Citation, daysPerWeek: Int = 7
    ) -> StaffingStandard {
        let tableLines = table.map { row in
            staff(id, row.name, row.target, row.unit, sizing.law(row.amount), floor: sizing.floor(row.amount), condition: row.condition,
                  lines: row.lines, decision: ([sizing.decision] + (row.decision.map { [$0] } ?? [])).joined(separator: " "))
        }
        let programmeStaff = StaffTarget.group(
            "addiction-programme-staff",
            LocalizedText(it: "Personale del programma (responsabile e operatori, esclusi gli amministrativi)",
                          en: "The programme's staff (manager and operators, administrative staff excluded)"),
            Set(table.flatMap(\.target.roles)).union([.coordinator]).subtracting([.administrative]))
        let general = [
            RoleRequirement(
                rule: RuleID(rawValue: "\(id).general.minimum-staff"), target: programmeStaff, unit: .persons, law: .fixed(2),
                rounding: .exact, citation: Citation(seed, lines: 1633...1634),
                decision: "\"Comunque non inferiore alle due unità\": 2 staff units, read as full-time posts like every bare unit here. Counted over the programme's staff, administrative staff excluded. Never binding beside the tables; kept because it is a rule of its own."),
            RoleRequirement(
                rule: RuleID(rawValue: "\(id).general.full-time-per-10-users"), target: programmeStaff, unit: .fullTimeEquivalents,
                law: .perUsers(amount: 1, users: 10), rounding: .exact, citation: Citation(seed, lines: 1642...1645),
                decision: "\"Un numero complessivo di personale non inferiore ad 1 unità, a tempo pieno, per ogni 10 utenti\": 1 FTE per 10 users, exact (15 users, 1.5 FTE; digest ambiguity 18). \"Complessivo\": the manager and every operator count, administrative staff excluded."),
            RoleRequirement(
                rule: RuleID(rawValue: "\(id).general.programme-manager"), target: manager, unit: .hoursPerWeek, law: .fixed(36),
                rounding: .exact, citation: Citation(seed, lines: 1635...1639),
                decision: "\"Un rapporto di lavoro con impegno di almeno 36 ore settimanali\" with the programme manager, one per service, recorded as coordinator. The 36 hours are the seed's own figure, not a full-time conversion. A manager shared between sites (L1645-L1646) is recorded on each site's roster with the site manager; a table's own full-time manager (comorbidity, alcohol) is the same coordinator and meets both lines."),
        ]
        let onSiteStaff = StaffTarget.group(
            "addiction-on-site-staff",
            LocalizedText(it: "Personale presente in sede (esclusi amministrativi e supervisore esterno)",
                          en: "Staff on site (administrative staff and the external supervisor excluded)"),
            onSite)
        let coverageRequirements = coverage.map { coverage -> [CoverageRequirement] in
            let suffix = coverage.window == .roundTheClock ? "24h" : "opening"
            return [CoverageRequirement(rule: RuleID(rawValue: "\(id).coverage.\(suffix)"), target: onSiteStaff, window: coverage.window,
                                        citation: Citation(seed, lines: coverage.lines))]
        } ?? []
        let shareCaps = [
            ShareCap(
                rule: RuleID(rawValue: "\(id).share.trainees"), contract: .trainee, maximumShare: Rational(1, 4),
                base: .minimumStaff(rules: Set(tableLines.map(\.rule))), minimumHoursPerMember: 18,
                permittedOnlyWhen: Condition.nonProfitOperator, citation: Citation(seed, lines: 1659...1662),
                decision: "\"Personale in formazione per una quota non superiore al 25% della dotazione minima\" (L1659-L1662, repeated L1680-L1683): trainee hours at most 1/4 of the staff-hours a week of the table lines that apply at the capacity (the general rules overlap the table and are left out). Only in services of non-profit bodies: without the declared condition non-profit-operator no trainee hours are admitted. Each trainee at least 18 hours a week. The completed half of the certified curriculum and the half-yearly lists to the ASP (L1663-L1664) are not on a roster and are not checked. The seed lets trainees make up to 25 % of the minimum staff; this calculator never counts them towards the minima (stricter)."),
            ShareCap(
                rule: RuleID(rawValue: "\(id).share.volunteers"), contract: .volunteer, maximumShare: Rational(1, 4),
                base: .wholeRoster, minimumHoursPerMember: 18,
                permittedOnlyWhen: Condition.nonProfitOperator, citation: Citation(seed, lines: 1665...1689),
                decision: "Volunteers \"in misura comunque non superiore al 50%\" (L1668) and \"al 25%\" (L1686) \"della dotazione organica complessiva della sede operativa\": both passages are in force in the same act, for the same purpose (24-hour continuity in non-profit bodies), and both are caps, so a roster meets both only at 25 % or less, which is also the reading an auditor takes (digest ambiguity 12). Base: the site's whole roster, volunteers and trainees included, in staff-hours a week. Only in services of non-profit bodies (non-profit-operator). Each volunteer at least 18 hours a week; the signed one-year commitment (L1669-L1671) is not on a roster. Volunteers come on top of the minimum staff (L1666-L1667) and never count towards the minima."),
        ]
        return StaffingStandard(
            id: id, title: title, capacityUnit: .places, capacityLimits: limits, limitsCitation: limitsCitation,
            requirements: tableLines + general, coverage: coverageRequirements,
            notes: notes + addictionNotes, citation: citation, daysPerWeek: daysPerWeek, shareCaps: shareCaps)
    }

    /// The qualitative staffing rules of 6.4, common to every service type.
    static let addictionNotes: [StandardNote] = [
        note("Il responsabile di programma ha una laurea in medicina, psicologia, sociologia, pedagogia/scienze dell'educazione o servizio sociale, almeno due anni di esperienza nel settore e non può essere sostituito per almeno 12 mesi salvo gravi motivi; va previsto un sostituto. Requisiti non verificabili sul ruolino.",
             "The programme manager holds a degree in medicine, psychology, sociology, pedagogy/education sciences or social work, has at least two years' experience in the sector and cannot be replaced for at least 12 months save for serious reasons; a deputy is named. Not checkable on a roster.",
             lines: 1635...1643),
        note("Gli operatori hanno uno dei titoli indicati (anche l'attestato di operatore dei servizi per le tossicodipendenze, L. 45/99) e di norma almeno un anno di esperienza; deve essere garantita la presenza continuativa di personale per tutta la durata delle attività.",
             "Operators hold one of the listed qualifications (including the addiction-services operator certificate, L. 45/99) and normally at least one year's experience; staff must be present throughout the activities.",
             lines: 1647...1653),
        note("Il personale minimo deve avere con l'ente un rapporto di lavoro retribuito secondo i contratti di lavoro; la presenza, qualunque sia il rapporto, è documentata da apposita registrazione.",
             "The minimum staff must be paid employees or contractors of the body under the applicable contracts; attendance, whatever the contract, is recorded.",
             lines: 1654...1656),
        note("Personale in formazione e volontari sono ammessi solo negli enti senza finalità di lucro, ciascuno con almeno 18 ore settimanali; i volontari assicurano la continuità nell'arco delle ventiquattrore oltre alle unità minime. Le quote (25 %) sono verificate a parte; il calcolo della copertura non conta né gli uni né gli altri.",
             "Trainees and volunteers are admitted only in non-profit bodies, each for at least 18 hours a week; volunteers help ensure 24-hour continuity on top of the minimum staff. The caps (25 %) are checked apart; the coverage calculation counts neither.",
             lines: 1659...1689),
        note("Se il numero degli utenti supera gli standard previsti o autorizzati, il personale e il monte orario vanno adeguatamente proporzionati.",
             "Where users exceed the standard or authorised number, staff and hours must be increased in proportion.",
             lines: 1690...1691),
        personnelRule(lines: 1710...1711),
    ]

    // MARK: 1. Servizi di accoglienza

    public static let addictionReception: StaffingStandard = addictionService(
        id: "sicily.addiction-reception",
        title: LocalizedText(it: "Servizio di accoglienza per persone dipendenti da sostanze d'abuso",
                             en: "Reception service for people dependent on substances of abuse"),
        sizing: .fixed, limits: 1...8, limitsCitation: Citation(seed, lines: 1768...1769),
        table: [
            Row("physician", .role(.physician), .hoursPerWeek, 3, 1772...1772),
            Row("nurse", .role(.nurse), .hoursPerWeek, 9, 1774...1774),
            Row("qualified-operators", qualifiedOperators, .fullTimeEquivalents, 3, 1776...1777, decision: qualifiedDecision),
            Row("generic-operator", .role(.genericOperator), .hoursPerWeek, 30, 1779...1779),
            Row("administrative", .role(.administrative), .hoursPerWeek, 15, 1781...1781),
            Row("psychologist", .role(.psychologist), .hoursPerWeek, 4, 1783...1783, condition: Condition.noPsychologistAmongQualifiedOperators, decision: psychologistCondition),
            Row("supervision", .role(.psychotherapist), .hoursPerWeek, 1, 1784...1785, decision: supervisionDecision),
        ],
        onSite: [.physician, .nurse, .qualifiedOperator, .genericOperator, .psychologist, .coordinator],
        coverage: (.roundTheClock, 1742...1744),
        notes: [
            note("Capacità: il monte ore si riferisce a una struttura diurna e/o residenziale, intesa come residenziale un alloggio di emergenza abitativa non superiore ad otto posti letto. Il limite di 8 vale per lo standard; un servizio solo diurno con più utenti non ha una tabella propria.",
                 "Capacity: the hours refer to a day and/or residential structure, residential meaning an emergency lodging of at most eight beds. The limit of 8 applies to the standard; a day-only service with more users has no table of its own.",
                 lines: 1768...1769),
            note("Apertura sette giorni alla settimana 24 ore su 24 con presenza del personale: la tabella minima (3 + 9 ore, 3 operatori a tempo pieno, 30 ore) dà circa 150-156 ore settimanali, meno delle 168 richieste; servono personale ulteriore, o volontari e personale in formazione negli enti senza finalità di lucro.",
                 "Open seven days a week around the clock with staff present: the minimum table (3 + 9 hours, 3 full-time operators, 30 hours) gives about 150-156 hours a week, fewer than the 168 needed; extra staff are needed, or volunteers and trainees in non-profit bodies.",
                 lines: 1742...1744),
            note("Valutazione dello stato di salute anche in raccordo con il personale medico e sanitario dell'azienda sanitaria provinciale; iscrizione degli utenti presso i medici di medicina generale.",
                 "Health assessment also together with the medical and health staff of the provincial health authority; users are registered with general practitioners.",
                 lines: 1736...1750),
        ],
        citation: Citation(seed, lines: 1721...1787))

    // MARK: 2. Servizi terapeutico-riabilitativi

    public static let addictionDay: StaffingStandard = addictionService(
        id: "sicily.addiction-day",
        title: LocalizedText(it: "Servizio semiresidenziale terapeutico-riabilitativo per persone dipendenti da sostanze d'abuso",
                             en: "Semi-residential therapeutic-rehabilitation service for people dependent on substances of abuse"),
        sizing: .reference(15), limits: nil, limitsCitation: nil,
        table: [
            Row("physician", .role(.physician), .hoursPerWeek, 3, 1841...1841),
            Row("nurse", .role(.nurse), .hoursPerWeek, 9, 1843...1843),
            Row("qualified-operators", qualifiedOperators, .fullTimeEquivalents, 2, 1845...1846, decision: qualifiedDecision),
            Row("generic-operator", .role(.genericOperator), .fullTimeEquivalents, 1, 1848...1848, decision: "\"Operatore generico a tempo pieno\": 1 FTE."),
            Row("workshop-instructor", workshopInstructor, .hoursPerWeek, 15, 1850...1850, condition: Condition.noVocationalTrainingAgreement, decision: instructorCondition),
            Row("administrative", .role(.administrative), .hoursPerWeek, 10, 1852...1852),
            Row("psychologist", .role(.psychologist), .hoursPerWeek, 8, 1911...1913, condition: Condition.noPsychologistAmongQualifiedOperators, decision: psychologistCondition),
            Row("supervision", .role(.psychotherapist), .hoursPerWeek, 1, 1913...1914, decision: supervisionDecision),
        ],
        onSite: [.physician, .nurse, .qualifiedOperator, .genericOperator, .occupationalTherapist, .psychologist, .coordinator],
        coverage: (.opening(hoursPerWeek: 40), 1802...1804),
        notes: [
            note("Apertura per non meno di 5 giorni a settimana con attività e presenza del personale per 8 ore giornaliere: almeno 40 ore settimanali di copertura. Durata del programma non superiore a 24 mesi.",
                 "Open at least 5 days a week with activities and staff present 8 hours a day: at least 40 hours a week of coverage. Programmes last at most 24 months.",
                 lines: 1800...1804),
            note("Capacità di riferimento 15 posti; nessun limite massimo scritto per il servizio (oltre 30 posti la struttura è organizzata in moduli).",
                 "Reference capacity 15 places; no maximum is written for the service (above 30 places the structure is organised in modules).",
                 lines: 1839...1839),
        ],
        citation: Citation(seed, lines: 1788...1919),
        daysPerWeek: 5)

    public static let addictionResidential: StaffingStandard = addictionService(
        id: "sicily.addiction-residential",
        title: LocalizedText(it: "Servizio residenziale terapeutico-riabilitativo per persone dipendenti da sostanze d'abuso",
                             en: "Residential therapeutic-rehabilitation service for people dependent on substances of abuse"),
        sizing: .reference(15), limits: nil, limitsCitation: nil,
        table: [
            Row("physician", .role(.physician), .hoursPerWeek, 3, 1899...1899),
            Row("nurse", .role(.nurse), .hoursPerWeek, 9, 1901...1901),
            Row("qualified-operators", qualifiedOperators, .fullTimeEquivalents, 3, 1903...1904, decision: qualifiedDecision),
            Row("generic-operators", .role(.genericOperator), .fullTimeEquivalents, 2, 1906...1906, decision: "\"N. 2 operatori generici a tempo pieno\": 2 FTE."),
            Row("workshop-instructor", workshopInstructor, .hoursPerWeek, 19, 1908...1908, condition: Condition.noVocationalTrainingAgreement, decision: instructorCondition),
            Row("administrative", .role(.administrative), .hoursPerWeek, 10, 1910...1910),
            Row("psychologist", .role(.psychologist), .hoursPerWeek, 8, 1911...1913, condition: Condition.noPsychologistAmongQualifiedOperators, decision: psychologistCondition),
            Row("supervision", .role(.psychotherapist), .hoursPerWeek, 1, 1913...1914, decision: supervisionDecision),
        ],
        onSite: [.physician, .nurse, .qualifiedOperator, .genericOperator, .occupationalTherapist, .psychologist, .coordinator],
        coverage: (.roundTheClock, 1860...1862),
        notes: [
            note("Apertura 7 giorni a settimana con presenza continuativa di personale 24 ore su 24; durata del programma di norma non superiore a 24 mesi.",
                 "Open 7 days a week with staff continuously present around the clock; programmes normally last at most 24 months.",
                 lines: 1858...1862),
            note("Capacità di riferimento 15 posti; nessun limite massimo scritto per il servizio (oltre 30 posti la struttura è organizzata in moduli).",
                 "Reference capacity 15 places; no maximum is written for the service (above 30 places the structure is organised in modules).",
                 lines: 1896...1896),
        ],
        citation: Citation(seed, lines: 1788...1919))

    // MARK: 3. Servizi pedagogico-riabilitativi

    public static let addictionPedagogic: StaffingStandard = addictionService(
        id: "sicily.addiction-pedagogic",
        title: LocalizedText(it: "Servizio pedagogico-riabilitativo per persone dipendenti da sostanze d'abuso",
                             en: "Pedagogic-rehabilitation service for people dependent on substances of abuse"),
        sizing: .reference(10), limits: nil, limitsCitation: nil,
        table: [
            Row("physician", .role(.physician), .hoursPerWeek, 3, 1958...1958),
            Row("pedagogist", pedagogist, .hoursPerWeek, 19, 1960...1960, decision: "The vocabulary has no pedagogist: recorded as educator, the closest role (pedagogy and education); no other line of this table counts educators."),
            Row("social-worker", .role(.socialWorker), .hoursPerWeek, 38, 1962...1962, decision: "\"Assistente sociale 38 ore\": 38 hours a week as printed, not a full-time post (digest ambiguity 3)."),
            Row("qualified-operators", qualifiedOperators, .fullTimeEquivalents, 3, 1964...1965, decision: qualifiedDecision),
            Row("generic-operators", .role(.genericOperator), .fullTimeEquivalents, 2, 1967...1967, decision: "\"N. 2 operatori generici a tempo pieno\": 2 FTE."),
            Row("workshop-instructor", workshopInstructor, .hoursPerWeek, 19, 1969...1969, condition: Condition.noVocationalTrainingAgreement, decision: instructorCondition),
            Row("administrative", .role(.administrative), .hoursPerWeek, 10, 1971...1971),
            Row("psychologist", .role(.psychologist), .hoursPerWeek, 8, 1972...1974, condition: Condition.noPsychologistAmongQualifiedOperators, decision: psychologistCondition),
            Row("supervision", .role(.psychotherapist), .hoursPerWeek, 1, 1974...1975, decision: supervisionDecision),
        ],
        onSite: [], coverage: nil,
        notes: [
            note("Per i servizi pedagogico-riabilitativi il testo non indica giorni di apertura né presenza sulle 24 ore; la stessa tabella vale in regime residenziale e diurno: nessun requisito di copertura oltre alla presenza continuativa durante le attività (L1652-L1653).",
                 "For the pedagogic-rehabilitation services the text gives no opening days and no around-the-clock presence; the same table serves residential and day services: no coverage requirement beyond presence throughout the activities (L1652-L1653).",
                 lines: 1972...1975),
            note("Programma pedagogico-riabilitativo di durata non superiore a 30 mesi, per utenti che non assumono sostanze né trattamenti farmacologici sostitutivi. Capacità di riferimento 10 posti.",
                 "Pedagogic-rehabilitation programme of at most 30 months, for users taking no substances and no substitution therapy. Reference capacity 10 places.",
                 lines: 1924...1955),
        ],
        citation: Citation(seed, lines: 1920...1980))

    // MARK: 4. Servizi di trattamento specialistici

    public static let addictionComorbidity: StaffingStandard = addictionService(
        id: "sicily.addiction-comorbidity",
        title: LocalizedText(it: "Servizio specialistico residenziale di comorbilità psichiatrica (dipendenze)",
                             en: "Specialist residential service for psychiatric comorbidity (addictions)"),
        sizing: .reference(12), limits: 1...12, limitsCitation: Citation(seed, lines: 2006...2006),
        table: [
            Row("site-manager", manager, .fullTimeEquivalents, 1, 2034...2035, decision: "\"N. 1 responsabile di sede, operatore qualificato a tempo pieno\", on top of the 4 qualified operators: recorded as coordinator, so that the 4 qualified operators cannot also count as the manager. Where the programme manager is not shared between sites he is this site manager (L1645-L1646)."),
            Row("qualified-operators", qualifiedOperators, .fullTimeEquivalents, 4, 2037...2038, decision: "\"A tempo pieno\": full-time equivalents, converted with fullTimeHours; the site manager is a separate line."),
            Row("generic-operators", .role(.genericOperator), .fullTimeEquivalents, 2, 2040...2040, decision: "\"N. 2 operatori generici a tempo pieno\": 2 FTE."),
            Row("psychotherapist", .role(.psychotherapist), .hoursPerWeek, 18, 2042...2042),
            Row("psychiatrist", .role(.psychiatrist), .hoursPerWeek, 15, 2044...2044),
            Row("nurse", .role(.nurse), .hoursPerWeek, 36, 2046...2046, decision: "\"Infermiere professionale 36 ore\": 36 hours as printed, not a full-time post."),
            Row("administrative", .role(.administrative), .hoursPerWeek, 10, 2048...2048),
            Row("instructor-or-animator", instructorOrAnimator, .hoursPerWeek, 24, 2050...2053, decision: "\"Istruttore di laboratori e/o animatore 24 ore\": either counts (instructor recorded as occupational therapist, animator as educator, neither being in the vocabulary). The training-agreement exemption (L2051-L2053) names only the instructor, and an animator alone meets the line: the line stays unconditional."),
        ],
        onSite: [.coordinator, .qualifiedOperator, .genericOperator, .psychotherapist, .psychiatrist, .nurse, .occupationalTherapist, .educator],
        coverage: (.roundTheClock, 2006...2007),
        notes: [
            note("Capacità ricettiva di norma non superiore a 12 posti letto: \"di norma\" è letto come limite dello standard (oltre i 12 servirebbe un'autorizzazione e il personale andrebbe proporzionato, L1690-L1691). Camere con non più di 2 posti; programma di norma non superiore a 24 mesi.",
                 "Capacity normally at most 12 beds: \"normally\" is read as the standard's limit (above 12 an authorisation would be needed and staff increased in proportion, L1690-L1691). Bedrooms of at most 2 places; programmes normally at most 24 months.",
                 lines: 2005...2009),
            note("Il servizio non prevede lo psicologo condizionato né la supervisione esterna degli altri servizi: la psicoterapia è svolta dallo psicoterapeuta (18 ore) e la cura psichiatrica dallo psichiatra (15 ore) in organico.",
                 "The service has neither the conditional psychologist nor the external supervision of the other services: psychotherapy is done by the staff psychotherapist (18 hours) and psychiatric care by the staff psychiatrist (15 hours).",
                 lines: 2032...2053),
        ],
        citation: Citation(seed, lines: 1990...2055))

    public static let addictionAlcohol: StaffingStandard = addictionService(
        id: "sicily.addiction-alcohol",
        title: LocalizedText(it: "Servizio residenziale terapeutico-riabilitativo per alcolisti",
                             en: "Residential therapeutic-rehabilitation service for people with alcohol dependence"),
        sizing: .modules(15), limits: nil, limitsCitation: nil,
        table: [
            Row("manager", manager, .fullTimeEquivalents, 1, 2113...2113, decision: "\"N. 1 responsabile a tempo pieno\": recorded as coordinator, the same person as the programme manager where he is not shared (one full-time coordinator meets both lines); the 4 qualified operators are a separate line."),
            Row("qualified-operators", qualifiedOperators, .fullTimeEquivalents, 4, 2115...2116, decision: "\"A tempo pieno\": full-time equivalents, converted with fullTimeHours; the manager is a separate line."),
            Row("generic-operator", .role(.genericOperator), .fullTimeEquivalents, 1, 2118...2118, decision: "\"N. 1 operatore generico a tempo pieno\": 1 FTE."),
            Row("psychologist", .role(.psychologist), .hoursPerWeek, 8, 2120...2121, condition: Condition.noPsychologistAmongQualifiedOperators, decision: psychologistCondition),
            Row("physician", .role(.physician), .hoursPerWeek, 3, 2123...2123),
            Row("nurse", .role(.nurse), .hoursPerWeek, 14, 2125...2125),
            Row("instructor-or-animator", instructorOrAnimator, .hoursPerWeek, 18, 2127...2132, decision: "\"N. 1 istruttore e/o animatore 18 ore\": either counts (instructor recorded as occupational therapist, animator as educator). The training-agreement exemption (L2130-L2132) names only the instructor, and an animator alone meets the line: the line stays unconditional."),
            Row("administrative", .role(.administrative), .hoursPerWeek, 10, 2129...2129),
        ],
        onSite: [.coordinator, .qualifiedOperator, .genericOperator, .psychologist, .physician, .nurse, .occupationalTherapist, .educator],
        coverage: (.roundTheClock, 2083...2085),
        notes: [
            note("Capacità ricettiva non superiore a 15 posti o moduli da 15 posti, omogenei per fasce d'età; camere con non più di 4 posti letto; programma di norma non superiore a 12 mesi. Nessuna supervisione esterna prevista.",
                 "Capacity at most 15 places or modules of 15 places, homogeneous by age band; bedrooms of at most 4 beds; programmes normally at most 12 months. No external supervision is required.",
                 lines: 2073...2081),
        ],
        citation: Citation(seed, lines: 2056...2134))
}
