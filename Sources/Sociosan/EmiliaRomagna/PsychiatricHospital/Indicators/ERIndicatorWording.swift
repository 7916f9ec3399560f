/// Wording that several indicator tables of seed 002 repeat word for word: written once here
/// and reused by the family files (SPOI L499-L835 and general psychiatry L2639-L2991 share
/// four of their five entries; the residences repeat the event list, L1331-L1350).
enum ERIndicatorWording {
    static func lines(_ lines: ClosedRange<Int>) -> Citation {
        Citation(.psychiatricStructuresER, lines: lines)
    }

    // MARK: Recognised diagnostic criteria (SPOI L499-L537, general psychiatry L2639-L2676)

    static let diagnosticCriteriaName = LocalizedText(
        it: "Utilizzo di criteri diagnostici riconosciuti (I.C.D.-D.S.M)",
        en: "Use of recognised diagnostic criteria (ICD-DSM)")
    static let diagnosticCriteriaNumerator = LocalizedText(
        it: "N° cartelle cliniche complete dei criteri riconosciuti (I.C.D.-D.S.M)",
        en: "Number of clinical records complete with the recognised criteria (ICD-DSM)")
    static let diagnosticCriteriaDenominator = LocalizedText(
        it: "N° cartelle cliniche totale", en: "Total number of clinical records")
    static let diagnosticCriteriaRationale = LocalizedText(
        it: "Indicatore di attività che serve per valutare il mix di prestazioni (complessità della casistica e assorbimento di risorse dell'U.O.)",
        en: "Activity indicator used to assess the mix of services (complexity of the case mix and resources absorbed by the operative unit)")

    // MARK: Suicides and suicide attempts (SPOI L539-L591, general psychiatry L2678-L2740)

    static let suicideName = LocalizedText(
        it: "Presenza di un sistema di sorveglianza di suicidi e tentativi di suicidio",
        en: "A surveillance system for suicides and suicide attempts")
    static let suicideNumerator = LocalizedText(it: "N° totale suicidi", en: "Total number of suicides")
    static let dischargedInYear = LocalizedText(
        it: "N° totale di dimessi anno", en: "Total number of patients discharged in the year")
    static let suicideAttemptsBreakdown = LocalizedText(
        it: "N° tentativi di suicidio / N° totale di dimessi anno",
        en: "Number of suicide attempts / total number of patients discharged in the year")
    /// The attempts breakdown as counts: attempts over the same discharges as the suicides.
    static let suicideAttemptsRatio = ERIndicator.MeasuredBreakdown(
        label: suicideAttemptsBreakdown, numerator: .events(.suicideAttempts), denominator: .dischargedStays(.all))
    static let suicideSources: [ERIndicatorDataSource] = [.regionalIncidentSystem, .sdo, .adHocSurvey]

    // MARK: Relevant events (SPOI L638-L699, residences L1331-L1391, general psychiatry L2787-L2853)

    static let eventsName = LocalizedText(
        it: "Presenza di un sistema di sorveglianza degli eventi rilevanti (n. di allontanamenti di pazienti, sindromi da sovradosaggio di neurolettici, sindromi maligne da neurolettici e patologie ab ingestis, n. infortuni per conflitto tra pazienti, n. infortuni per conflitto tra pazienti e operatori;…)",
        en: "A surveillance system for relevant events (patients leaving without permission, neuroleptic overdose syndromes, neuroleptic malignant syndromes and ab ingestis conditions, injuries from patient-patient conflict, injuries from patient-staff conflict; …)")
    static let eventsNumerator = LocalizedText(it: "N° eventi", en: "Number of events")
    static let patientSafetyRationale = LocalizedText(
        it: "Indicatore che valuta la sicurezza per il paziente", en: "Indicator that assesses patient safety")
    /// the table's list ends with "…" and the narrative list (L443-L447) speaks of
    /// neuroleptic "impregnazione" where the table says "sovradosaggio".
    static let eventsDecision =
        "A-24: the events counted are those the table lists (L641-L657, repeated at L1334-L1350 and L2790-L2806): leaving without permission, neuroleptic syndromes (the table's \"sovradosaggio\" and the narrative's \"impregnazione\", L445, are one category), neuroleptic malignant syndromes, ab ingestis conditions, injuries from patient-patient conflict and from patient-staff conflict. The trailing \"…\" adds no category a structure could be audited on. Suicides and suicide attempts, in the narrative's event list (L443-L444), have their own indicator and are not counted again here."

    // MARK: Written personalised project (SPOI L701-L744, general psychiatry L2855-L2898)

    static let projectName = LocalizedText(
        it: "Presenza di documentazione clinica che contiene il progetto terapeutico assistenziale",
        en: "Clinical documentation containing the therapeutic-care project")
    static let projectNumerator = LocalizedText(
        it: "N° pazienti con progetto personalizzato scritto", en: "Number of patients with a written personalised project")
    static let patientsInCare = LocalizedText(it: "N° pazienti in carico", en: "Number of patients in care")
    static let projectElementsBreakdown = LocalizedText(
        it: "Rilevare la presenza degli elementi nella documentazione clinica",
        en: "Check that the elements of the project are present in the clinical documentation")
    static let projectRationale = LocalizedText(
        it: "Indicatore che valuta la conformità del percorso assistenziale alle norme di buona pratica clinica",
        en: "Indicator that assesses whether the care pathway conforms to good clinical practice")
    static let projectFrequency = LocalizedText(
        it: "Rilevazione sistematica a cura della stessa struttura",
        en: "Systematic survey by the structure itself")

    // MARK: Third admission within 12 months (SPOI L791-L835, residences L1393-L1432, general psychiatry L2945-L2991)

    static let admittedInYear = LocalizedText(
        it: "N. totale pazienti ricoverati nell'anno", en: "Total number of patients admitted in the year")
    static let readmissionRationale = LocalizedText(
        it: "Indicatore che misura l'efficacia del progetto terapeutico secondo le norme di buona pratica clinica.",
        en: "Indicator that measures the efficacy of the therapeutic project according to good clinical practice.")
    static let regionalAnnualFrequency = LocalizedText(
        it: "Valutazione annuale della struttura e regionale.",
        en: "Annual evaluation by the structure and by the Region.")
    /// A-23: the title says "terzo ricovero nell'arco dei 12 mesi", the formula "3 o più
    /// ricoveri anno".
    static let slidingWindowDecision =
        "A-23: the title (\"terzo ricovero nell'arco dei 12 mesi\") governs the formula's \"3 o più ricoveri anno\": a patient counts in the numerator when one of their admissions in the year evaluated is at least their third within a sliding window of 12 months (that admission falls on or before the same calendar date one year after the admission two before it; 28 February stands for 29 February), not when a calendar year holds three admissions. Earlier admissions in the previous year count towards the window. The denominator counts each patient admitted in the year once."

    // MARK: Shared cells

    static let annualEvaluation = LocalizedText(it: "Valutazione annuale", en: "Annual evaluation")
    static let annualSurveyByStructure = LocalizedText(
        it: "Rilevazione annuale a cura della stessa struttura", en: "Annual survey by the structure itself")
    static let annualSurveyByUnit = LocalizedText(
        it: "Rilevazione annuale a cura dell'U.O.", en: "Annual survey by the operative unit")
    static let dsmAndStructure: [ERIndicatorUseLevel] = [.dsm, .structure]
    static let unitAndCompany: [ERIndicatorUseLevel] = [.operativeUnit, .company]
}
