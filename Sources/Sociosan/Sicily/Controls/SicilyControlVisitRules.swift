/// The rules of the control visit of §7.10 (seed 004 L3402-L3409). The paragraph sets who
/// controls, on what and in which two ways; it sets no frequency, no checklist and no
/// sanction, so none is checked here (see ``SicilyControlSchedule`` for the interval, which the
/// user gives).
///
/// ```swift
/// SicilyControlVisitRules.all.map(\.id)
/// ```
public enum SicilyControlVisitRules {
    typealias Visit = SicilyControlVisit
    static let kind = DossierKind.sicilyMinorsControlVisit

    static func rule(
        _ name: String, _ lines: ClosedRange<Int>, _ severity: Severity = .error, title: LocalizedText, message: LocalizedText,
        decision: String? = nil, check: @escaping @Sendable (Visit, inout FindingReporter) -> Void
    ) -> Rule<Visit> {
        Rule.declared(kind, name, severity, seed: .structuresSicily, lines: lines, title: title, message: message, decision: decision, check: check)
    }

    /// The kinds of the Sicilian minors' structures start with this (the §7 kinds).
    public static let minorsKindPrefix = "sicily.minors."

    public static let all: [Rule<SicilyControlVisit>] = [
        rule("scope.minors-structure", 3402...3406, .warning,
             title: LocalizedText(it: "La struttura controllata ospita minori", en: "The structure controlled hosts minors"),
             message: LocalizedText(it: "la struttura {0} è di tipo {1}, non una struttura per minori ({2}*)",
                                    en: "structure {0} is of kind {1}, not a structure for minors ({2}*)"),
             decision: "C-01: the paragraph covers structures hosting minors (L3405-L3406); a minor may be hosted elsewhere, so another kind is a warning."
        ) { visit, report in
            if !visit.structure.kind.hasPrefix(minorsKindPrefix), visit.structure.kind != kind.rawValue {
                report.report(at: "/structure/kind", .text(visit.structure.id.rawValue), .text(visit.structure.kind), .text(minorsKindPrefix))
            }
        },
        rule("controller.asp-sicilian", 3406...3407,
             title: LocalizedText(it: "Il controllo è dell'Azienda Sanitaria Provinciale, in Sicilia", en: "The control is the Sicilian ASP's"),
             message: LocalizedText(it: "la provincia {0} non è siciliana: non ha un'ASP della Regione", en: "province {0} is not Sicilian: it has no ASP of the Region")
        ) { visit, report in
            if visit.asp.region != .sicilia { report.report(at: "/asp", .text(visit.asp.rawValue)) }
        },
        rule("controller.asp-staff", 3406...3408,
             title: LocalizedText(it: "Il controllo è svolto dal personale qualificato dell'ASP", en: "The control is carried out by the ASP's qualified staff"),
             message: LocalizedText(it: "nessun controllore è del personale dell'ASP", en: "no controller is of the ASP's staff")
        ) { visit, report in
            if !visit.inspectors.contains(where: { $0.body == .asp }) { report.report(at: "/inspectors") }
        },
        rule("controller.comune-staff", 3408...3409,
             title: LocalizedText(it: "Per le strutture dei Comuni, a gestione diretta o no, il personale del Comune integra quello dell'ASP",
                                  en: "For the Comuni's structures, run directly or not, the Comune's staff join the ASP's"),
             message: LocalizedText(it: "la struttura è del Comune ({0}) ma nessun controllore è del personale del Comune",
                                    en: "the structure is the Comune's ({0}) but no controller is of the Comune's staff"),
             decision: "C-02: \"nel caso di strutture a gestione diretta e non dei Comuni\" (L3408) is read as the Comuni's structures, run "
                + "directly or not; structures that are not the Comune's are controlled by the ASP alone. The other readings (every structure, "
                + "or only those not run by the Comuni) are not checked."
        ) { visit, report in
            guard visit.structure.comuneManagement != .none else { return }
            if !visit.inspectors.contains(where: { $0.body == .comune }) {
                report.report(at: "/inspectors", .text(visit.structure.comuneManagement.rawValue))
            }
        },
        rule("checks.hygiene-health", 3405...3406,
             title: LocalizedText(it: "Il verbale riporta i requisiti igienico-sanitari verificati", en: "The report lists the hygiene and health requirements checked"),
             message: LocalizedText(it: "il verbale non riporta alcun requisito verificato", en: "the report lists no requirement checked"),
             decision: "C-03: the seed gives no checklist (L3406); each requirement is the controller's own words, and at least one is asked for."
        ) { visit, report in
            if visit.checks.isEmpty { report.report(at: "/checks") }
        },
        rule("outcome.consistent", 3405...3407,
             title: LocalizedText(it: "L'esito concorda con i requisiti verificati", en: "The outcome agrees with the requirements checked"),
             message: LocalizedText(it: "esito {0}, ma {1} requisiti su {2} non sono soddisfatti",
                                    en: "outcome {0}, but {1} of {2} requirements are not met"),
             decision: "C-04: the seed sets no procedure; a visit is compliant exactly when no requirement checked is not met."
        ) { visit, report in
            let notMet = visit.checks.filter { $0.result == .notMet }.count
            if (visit.outcome == .compliant) != (notMet == 0) {
                report.report(at: "/outcome", .text(visit.outcome.rawValue), .integer(notMet), .integer(visit.checks.count))
            }
        },
        rule("people.pseudonymous-code", 3406...3409,
             title: LocalizedText(it: "I controllori compaiono solo con un codice pseudonimo", en: "Controllers appear by pseudonymous code only"),
             message: LocalizedText(it: "il codice {0} ha la forma di {1}: usare un codice pseudonimo",
                                    en: "code {0} has the shape of {1}: use a pseudonymous code"),
             decision: "C-05: the mission keeps people to pseudonymous codes; a code shaped like a tax code or carrying a date is refused."
        ) { visit, report in
            for (index, inspector) in visit.inspectors.enumerated() {
                let code = inspector.code.rawValue
                let pointer = JSONPointer.root.appending("inspectors").appending(index).appending("code")
                if let revealed = SicilyProtectedMembers.revealed(by: code) { report.report(at: pointer, .text(code), .localized(revealed)) }
            }
        },
    ]
}
