/// The rules of the Sicilian PTI with its health budget (seed 004 §6.3, L1310-L1473).
///
/// ```swift
/// SicilyHealthBudgetPTIRules.reviewIntervalMonths  // 12
/// ```
public enum SicilyHealthBudgetPTIRules {
    static let kind: DossierKind = "sicily.psychiatry.health-budget-pti"
    static let prefix = "sicily.health-budget-pti"
    public typealias PTI = SicilyHealthBudgetPTI

    /// "Il budget di salute annuale" (L1405): a budget year, and (decision HB-3) the longest
    /// interval between two reviews of the PTI.
    public static let reviewIntervalMonths = 12

    static let make = SicilyProjectRuleMaker<PTI>(kind: kind, prefix: prefix)

    /// The reviews that come later than the interval allows: each review is due within
    /// ``reviewIntervalMonths`` of the previous one, the first within them of the PTI's date.
    public static func lateReviews(_ pti: PTI) -> [(index: Int, due: LocalDate)] {
        var late: [(Int, LocalDate)] = []
        var previous = pti.drawnUpOn
        for (index, review) in pti.reviews.enumerated().sorted(by: { $0.element.on < $1.element.on }) {
            let due = SicilyProject.adding(months: reviewIntervalMonths, to: previous)
            if review.on > due { late.append((index, due)) }
            previous = review.on
        }
        return late
    }

    public static let all: [Rule<PTI>] = [
        make.region { $0.province },
        make.everyOne("shared.dsm-comune", lines: 1386...1388,
             title: LocalizedText(it: "Il PTI è condiviso da ASP (tramite il DSM) e Comune di residenza",
                                  en: "The PTI is shared by the ASP (through the DSM) and the Comune of residence"),
             message: LocalizedText(it: "il PTI non è condiviso da: {0}", en: "the PTI is not shared by: {0}"),
             at: "/sharedBy", [PTI.Participant.aspDSM, .comune], label: { $0.label }) { pti, party in pti.sharedBy.contains(party) },
        make.rule("shared.patient", lines: 1406...1408,
             title: LocalizedText(it: "Il PTI è condiviso con il paziente", en: "The PTI is shared with the patient"),
             message: LocalizedText(it: "il PTI non è condiviso con il paziente", en: "the PTI is not shared with the patient")) { pti, report in
            if !pti.sharedBy.contains(.patient) { report.report(at: "/sharedBy") }
        },
        make.rule("case-manager", lines: 1472...1473,
             title: LocalizedText(it: "Ogni PTI ha il suo case manager", en: "Every PTI has its case manager"),
             message: LocalizedText(it: "il PTI non indica il case manager", en: "the PTI names no case manager")) { pti, report in
            if pti.caseManager == nil { report.report(at: .root) }
        },
        make.rule("contents.objectives", lines: 1421...1422,
             title: LocalizedText(it: "Il PTI indica i suoi obiettivi specifici", en: "The PTI states its specific objectives"),
             message: LocalizedText(it: "il PTI non indica obiettivi", en: "the PTI states no objective")) { pti, report in
            if pti.objectives.isEmpty { report.report(at: "/objectives") }
        },
        make.rule("contents.assessment-tools", lines: 1424...1425,
             title: LocalizedText(it: "Disfunzionalità stabilite con strumenti standardizzati (HONOS, BPRS, VADO)",
                                  en: "Dysfunctions measured with standardised tools (HoNOS, BPRS, VADO)"),
             message: LocalizedText(it: "il PTI non indica alcuno strumento di valutazione standardizzato",
                                    en: "the PTI names no standardised assessment tool"),
             decision: "HB-1: the parenthesis \"(HONOS, BPRS, VADO)\" (L1425) is read as the tools to choose from: at least one.") { pti, report in
            if pti.assessmentTools.isEmpty { report.report(at: "/assessmentTools") }
        },
        make.rule("contents.swot", lines: 1425...1428,
             title: LocalizedText(it: "Breve analisi SWOT: punti di forza, debolezza, opportunità e minacce",
                                  en: "Short SWOT analysis: strengths, weaknesses, opportunities and threats"),
             message: LocalizedText(it: "l'analisi SWOT non ha voci in: {0}", en: "the SWOT analysis has no entry in: {0}")) { pti, report in
            let parts: [(String, [String])] = [("strengths", pti.swot.strengths), ("weaknesses", pti.swot.weaknesses),
                                               ("opportunities", pti.swot.opportunities), ("threats", pti.swot.threats)]
            for (name, entries) in parts where entries.isEmpty {
                report.report(at: JSONPointer.root.appending("swot").appending(name), .text(name))
            }
        },
        make.rule("diagnosis.icd9", .warning, lines: 1422...1423,
             title: LocalizedText(it: "Diagnosi espressa secondo i criteri dell'ICD-9", en: "Diagnosis given on the ICD-9 criteria"),
             message: LocalizedText(it: "la diagnosi {0} è in {1}: il §6.3 chiede l'ICD-9", en: "diagnosis {0} is in {1}: §6.3 asks ICD-9"),
             decision: "HB-2: §6.3 asks ICD-9 (L1423), §6.1.3 asks ICD-10 of the PSRP (L1031); a PTI in ICD-10 is accepted "
                + "with a warning, so that one diagnosis can serve both documents.") { pti, report in
            if pti.diagnosis.system != .icd9cm {
                report.report(at: "/diagnosis/system", .text(pti.diagnosis.code), .text(pti.diagnosis.system.rawValue))
            }
        },
        make.rule("interventions.validated-provider", lines: 1446...1450,
             title: LocalizedText(it: "Ogni intervento è cogestito da una proposta validata dall'ASP-DSM (presenza e data)",
                                  en: "Every intervention is co-managed under an offer validated by the ASP-DSM (presence and date)"),
             message: LocalizedText(it: "l'intervento {0}: validazione del soggetto {1} {2}, richiesta al più tardi all'avvio ({3})",
                                    en: "intervention {0}: validation of provider {1} {2}, needed no later than its start ({3})")) { pti, report in
            for (index, intervention) in pti.interventions.enumerated() {
                let validated = intervention.providerValidatedOn
                if validated == nil || validated! > intervention.startsOn {
                    report.report(at: JSONPointer.root.appending("interventions").appending(index),
                                  .text(intervention.id), .text(intervention.provider),
                                  validated.map { .date($0) } ?? .localized(LocalizedText(it: "assente", en: "missing")),
                                  .date(intervention.startsOn))
                }
            }
        },
        make.everyOne("budget.health-and-social", lines: 1378...1380,
             title: LocalizedText(it: "Il budget finanzia la componente sanitaria e quella socio-assistenziale",
                                  en: "The budget funds both the health and the socio-assistance component"),
             message: LocalizedText(it: "il budget non ha la {0}", en: "the budget has no {0}"),
             at: "/budget/parts", [PTI.Budget.Part.healthComponent, .socioAssistanceComponent], label: { $0.label }
        ) { pti, part in pti.budget.parts.contains { $0.part == part } },
        make.rule("budget.parts-total", lines: 1401...1402,
             title: LocalizedText(it: "Le parti del budget sommano il totale", en: "The budget's parts add up to its total"),
             message: LocalizedText(it: "le parti del budget sommano {0} euro, il totale dichiarato è {1} euro",
                                    en: "the budget's parts add up to {0} euro, the stated total is {1} euro"),
             decision: "HB-4: the seed gives no amounts (digest gap 11); the budget, \"unità di misura delle risorse\" (L1401), "
                + "is held to its own total.") { pti, report in
            let sum = pti.budget.parts.reduce(0) { $0 + $1.euroCents }
            if sum != pti.budget.totalEuroCents {
                report.report(at: "/budget/totalEuro", .fixed(sum, scale: 2), .fixed(pti.budget.totalEuroCents, scale: 2))
            }
        },
        make.rule("budget.annual", lines: 1405...1406,
             title: LocalizedText(it: "Il budget di salute è annuale", en: "The health budget is annual"),
             message: LocalizedText(it: "il budget va dal {0} al {1}: un budget annuale finisce al più tardi il {2}",
                                    en: "the budget runs from {0} to {1}: an annual budget ends on {2} at the latest"),
             decision: "HB-5: \"Il budget di salute annuale\" (L1405): from its first day to at most the day before the same "
                + "date a year later (2024-06-01 to 2025-05-31), and not ending before it starts.") { pti, report in
            let latest = SicilyProject.adding(months: 12, to: pti.budget.from).adding(days: -1) ?? pti.budget.from
            if pti.budget.to > latest || pti.budget.to < pti.budget.from {
                report.report(at: "/budget/to", .date(pti.budget.from), .date(pti.budget.to), .date(latest))
            }
        },
        make.rule("reviews.interval", lines: 1405...1406,
             title: LocalizedText(it: "Il PTI è verificato almeno una volta l'anno", en: "The PTI is reviewed at least once a year"),
             message: LocalizedText(it: "la verifica del {0} è oltre il {1}, 12 mesi dopo la data precedente",
                                    en: "the review of {0} is later than {1}, 12 months after the date before it"),
             decision: "HB-3: the seed asks periodic reviews of the PTI (L967-L969) and sets no period (digest gap 11); the budget "
                + "is annual (L1405), so each review is due within 12 months of the previous one, the first within 12 months "
                + "of the PTI.") { pti, report in
            for (index, due) in lateReviews(pti) {
                report.report(at: JSONPointer.root.appending("reviews").appending(index).appending("on"), .date(pti.reviews[index].on), .date(due))
            }
        },
        make.rule("reviews.planned", lines: 967...969,
             title: LocalizedText(it: "Il PTI indica le date delle sue verifiche", en: "The PTI gives the dates of its reviews"),
             message: LocalizedText(it: "il PTI non indica alcuna verifica", en: "the PTI gives no review")) { pti, report in
            if pti.reviews.isEmpty { report.report(at: "/reviews") }
        },
    ]
}
