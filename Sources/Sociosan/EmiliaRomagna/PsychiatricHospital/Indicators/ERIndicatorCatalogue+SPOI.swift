extension ERIndicatorCatalogue {
    /// "INDICATORI SERVIZIO PSICHIATRICO OSPEDALIERO INTENSIVO (SPOI)", seed 002 L497-L835
    /// (narrative list L435-L450).
    ///
    /// ```swift
    /// ERIndicatorCatalogue.spoi.map(\.id)  // ["spoi-ind-1", ..., "spoi-ind-5"]
    /// ```
    public static let spoi: [ERIndicator] = {
        typealias W = ERIndicatorWording
        return [
            ERIndicator(
                id: "spoi-ind-1", family: .spoi,
                name: W.diagnosticCriteriaName,
                numerator: W.diagnosticCriteriaNumerator,
                denominator: W.diagnosticCriteriaDenominator,
                numeratorMeasure: .dischargedStays(.withCompleteDiagnosticCriteria),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 100,  // "*100", L511
                rationale: W.diagnosticCriteriaRationale,
                standard: .minimumPercent(100),  // L522
                levelsOfUse: [.structure, .dsm],  // L524-L527
                dataSources: [.clinicalRecord],  // L529
                frequency: W.annualEvaluation,  // L529-L530
                citation: W.lines(499...537)),
            ERIndicator(
                id: "spoi-ind-2", family: .spoi,
                name: W.suicideName,
                numerator: W.suicideNumerator,
                denominator: W.dischargedInYear,
                numeratorMeasure: .events(.suicides),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 1,  // no "*100", L545-L547
                breakdowns: [W.suicideAttemptsBreakdown],  // L549-L551
                measuredBreakdown: W.suicideAttemptsRatio,
                rationale: W.patientSafetyRationale,  // L553-L555
                standard: .none,
                levelsOfUse: W.dsmAndStructure,  // L557-L559
                dataSources: W.suicideSources,  // L561-L570
                frequency: LocalizedText(
                    it: "Rilevazione annuale a cura della struttura.", en: "Annual survey by the structure."),  // L572-L574
                citation: W.lines(539...591),
                decision: "A-25: the STANDARD cell is empty (the level of use, L557-L559, follows the rationale directly), so the indicator has no standard, although its general-psychiatry twin gives \"Presenza del sistema di rilevazione degli incidenti\" (L2701-L2704). \"Sistema regionale di rilevazione incidenti\" (L561-L563) is read as the first data source, as in the general-psychiatry entry where both cells appear (A-22). Deaths by suicide come from the SDO and attempts from an ad hoc survey (L565-L570)."),
            ERIndicator(
                id: "spoi-ind-3", family: .spoi,
                name: W.eventsName,
                numerator: W.eventsNumerator,
                denominator: W.dischargedInYear,
                numeratorMeasure: .events(.relevant),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 1,  // no "*100", L659-L661
                rationale: W.patientSafetyRationale,  // L663-L665
                standard: .unstated,
                levelsOfUse: W.dsmAndStructure,  // L667-L669
                dataSources: [.regionalIncidentSystem],  // "Sistema regionale di rilevazione eventi", L671-L673
                frequency: W.annualSurveyByStructure,  // L675-L678
                citation: W.lines(638...699),
                decision: "A-25: the implications speak of \"il raggiungimento dello standard\" (L685-L686) but the STANDARD cell gives no value, so the standard is unstated: the value is reported and never judged met or not met. " + W.eventsDecision),
            ERIndicator(
                id: "spoi-ind-4", family: .spoi,
                name: W.projectName,
                numerator: W.projectNumerator,
                denominator: W.patientsInCare,
                numeratorMeasure: .staysInCare(.withWrittenProject),
                denominatorMeasure: .staysInCare(.all),
                multiplier: 1,  // no "*100", L709-L713
                breakdowns: [W.projectElementsBreakdown],  // L715-L719
                rationale: W.projectRationale,  // L721-L727
                standard: .none,
                levelsOfUse: W.dsmAndStructure,  // L729-L731
                dataSources: [.clinicalRecord],  // L733
                frequency: W.projectFrequency,  // L733-L736
                citation: W.lines(701...744),
                decision: "A-28: the calculation is labelled \"a)\" and no \"b)\" follows (L709); \"a)\" is the whole calculation. A-22: \"Rilevare la presenza degli elementi nella documentazione clinica\" (L715-L719) stands between the calculation and the rationale, so it is read as the ARTICOLAZIONI cell: a check of the elements of the personalised project in the clinical documentation (admission date, objectives, expected duration, the DSM-DP doctor who agreed it, discharge date and doctor, L416-L420), not a second ratio."),
            ERIndicator(
                id: "spoi-ind-5", family: .spoi,
                name: LocalizedText(
                    it: "Monitoraggio dei pazienti SPOI con necessità di terzo ricovero nell'arco dei 12 mesi",
                    en: "SPOI patients needing a third admission within 12 months"),
                numerator: LocalizedText(
                    it: "N° pazienti SPOI con 3 o più ricoveri anno",
                    en: "Number of SPOI patients with 3 or more admissions in the year"),
                denominator: W.admittedInYear,
                numeratorMeasure: .admittedPatients(.withThirdAdmissionWithin12Months),
                denominatorMeasure: .admittedPatients(.all),
                multiplier: 100,  // "*100", L803
                rationale: W.readmissionRationale,  // L805-L811
                standard: .detectionSystemPresent,  // "Presenza del sistema di rilevazione", L813-L815
                levelsOfUse: [.region, .structure],  // L817-L819
                dataSources: [.sdo],  // L821
                frequency: W.regionalAnnualFrequency,  // L821-L824
                citation: W.lines(791...835),
                decision: W.slidingWindowDecision + " Admissions to any SPOI count (the patient is a \"paziente SPOI\", L798), so a readmission to another SPOI of the region is seen when its activity data are in the same input. A-22: \"Presenza del sistema di rilevazione\" (L813-L815) follows the rationale and is read as the STANDARD: met when the structure reports its admissions."),
        ]
    }()
}
