extension ERIndicatorCatalogue {
    /// "INDICATORI COMPONENTE OSPEDALIERA DI PSICHIATRIA GENERALE", seed 002 L2637-L2991
    /// (narrative list L2575-L2590): the SPOI table again, with its own standards for the
    /// surveillance entries and its own patients for the third admission.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.generalPsychiatry[4].decision  // "A-33: ..." (counts its own patients)
    /// ```
    public static let generalPsychiatry: [ERIndicator] = {
        typealias W = ERIndicatorWording
        return [
            ERIndicator(
                id: "gp-ind-1", family: .generalPsychiatry,
                name: W.diagnosticCriteriaName,
                numerator: W.diagnosticCriteriaNumerator,
                denominator: W.diagnosticCriteriaDenominator,
                numeratorMeasure: .dischargedStays(.withCompleteDiagnosticCriteria),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 100,  // "*100", L2651
                rationale: W.diagnosticCriteriaRationale,  // L2653-L2660
                standard: .minimumPercent(100),  // L2662
                levelsOfUse: W.dsmAndStructure,  // L2664-L2666
                dataSources: [.clinicalRecord],  // L2668
                frequency: W.annualEvaluation,  // L2668-L2669
                citation: W.lines(2639...2676)),
            ERIndicator(
                id: "gp-ind-2", family: .generalPsychiatry,
                name: W.suicideName,
                numerator: W.suicideNumerator,
                denominator: W.dischargedInYear,
                numeratorMeasure: .events(.suicides),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 1,  // no "*100", L2684-L2686
                breakdowns: [W.suicideAttemptsBreakdown],  // L2688-L2690
                measuredBreakdown: W.suicideAttemptsRatio,
                rationale: LocalizedText(
                    it: "Indicatore che valuta l'efficacia del progetto terapeutico in relazione alla prevenzione dei comportamenti suicidari",
                    en: "Indicator that assesses the efficacy of the therapeutic project in preventing suicidal behaviour"),  // L2692-L2699
                standard: .detectionSystemPresent,  // L2701-L2704
                levelsOfUse: W.dsmAndStructure,  // L2706-L2708
                dataSources: W.suicideSources,  // L2710-L2719
                frequency: W.annualSurveyByUnit,  // L2721-L2723
                citation: W.lines(2678...2740),
                decision: "A-22: \"Presenza del sistema di rilevazione degli incidenti\" (L2701-L2704) stands between the rationale and the level of use and is read as the STANDARD: met when the structure reports its suicides and attempts, whatever their number; the regional incident system (L2710-L2712) is the data source. A-25: the SPOI twin (L539-L591) has no standard; each table is applied as written."),
            ERIndicator(
                id: "gp-ind-3", family: .generalPsychiatry,
                name: W.eventsName,
                numerator: W.eventsNumerator,
                denominator: W.dischargedInYear,
                numeratorMeasure: .events(.relevant),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 1,  // no "*100", L2808-L2810
                rationale: W.patientSafetyRationale,  // L2812-L2814
                standard: .detectionSystemPresent,  // L2816-L2819
                levelsOfUse: W.dsmAndStructure,  // L2821-L2823
                dataSources: [.regionalIncidentSystem],  // "Sistema regionale di rilevazione eventi", L2825-L2827
                frequency: W.annualSurveyByStructure,  // L2829-L2832
                citation: W.lines(2787...2853),
                decision: "A-22, A-25: \"Presenza del sistema di rilevazione degli eventi\" (L2816-L2819) is read as the STANDARD, so \"il raggiungimento dello standard\" of the implications (L2839-L2840) means that the detection system exists and reports; unlike SPOI-IND-3 and RES-IND-5 this entry does give its standard. " + W.eventsDecision),
            ERIndicator(
                id: "gp-ind-4", family: .generalPsychiatry,
                name: W.projectName,
                numerator: W.projectNumerator,
                denominator: W.patientsInCare,
                numeratorMeasure: .staysInCare(.withWrittenProject),
                denominatorMeasure: .staysInCare(.all),
                multiplier: 1,  // no "*100", L2863-L2867
                breakdowns: [W.projectElementsBreakdown],  // L2869-L2873
                rationale: W.projectRationale,  // L2875-L2881
                standard: .none,
                levelsOfUse: W.dsmAndStructure,  // L2883-L2885
                dataSources: [.clinicalRecord],  // L2887
                frequency: W.projectFrequency,  // L2887-L2890
                citation: W.lines(2855...2898),
                decision: "A-28: the calculation is labelled \"a)\" and no \"b)\" follows (L2863); \"a)\" is the whole calculation. A-22: \"Rilevare la presenza degli elementi nella documentazione clinica\" (L2869-L2873) is read as the ARTICOLAZIONI cell: a check of the elements of the personalised project (admission date, objectives, expected duration, the doctor who agreed it, discharge date and doctor, L2555-L2559; here \"il medico\", not a DSM-DP doctor)."),
            ERIndicator(
                id: "gp-ind-5", family: .generalPsychiatry,
                name: LocalizedText(
                    it: "Monitoraggio dei pazienti della componente ospedaliera di psichiatria generale con necessità di terzo ricovero nell'arco dei 12 mesi",
                    en: "Patients of the general hospital psychiatry component needing a third admission within 12 months"),
                numerator: LocalizedText(
                    it: "N° pazienti della componente ospedaliera di psichiatria generale con 3 o più ricoveri anno (la tabella scrive: N° pazienti SPOI con 3 o più ricoveri anno)",
                    en: "Number of patients of the general psychiatry component with 3 or more admissions in the year (the table writes: number of SPOI patients with 3 or more admissions in the year)"),
                denominator: W.admittedInYear,
                numeratorMeasure: .admittedPatients(.withThirdAdmissionWithin12Months),
                denominatorMeasure: .admittedPatients(.all),
                multiplier: 100,  // "*100", L2960
                rationale: W.readmissionRationale,  // L2962-L2968
                standard: .detectionSystemPresent,  // "Presenza del sistema di rilevazione", L2970-L2972
                levelsOfUse: [.region, .structure],  // L2974-L2975
                dataSources: [.sdo],  // L2977
                frequency: W.regionalAnnualFrequency,  // L2977-L2980
                citation: W.lines(2945...2991),
                decision: "A-33: the numerator says \"N° pazienti SPOI\" (L2955), copied from the SPOI table (L798); the title (L2945-L2953), the narrative list (L2588-L2590) and the denominator all speak of the general psychiatry component, so the numerator counts the component's own patients, with admissions to general-psychiatry structures; SPOI admissions do not count. The title's \"ospedaliera do psichiatria\" (L2948) is read as \"di\". " + W.slidingWindowDecision + " A-22: \"Presenza del sistema di rilevazione\" (L2970-L2972) is read as the STANDARD: met when the structure reports its admissions."),
        ]
    }()
}
