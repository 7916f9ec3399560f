extension ERIndicatorCatalogue {
    /// "INDICATORI RIABILITAZIONE DISTURBI DEL COMPORTAMENTO ALIMENTARE - DCA (COD. 56)", seed
    /// 002 L2252-L2432 (narrative list L2186-L2191). No entry gives a standard; every
    /// entry is used by the operative unit and the company, drawn from the clinical record and
    /// surveyed yearly by the unit.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.dca[1].id  // "dca-ind-2", anorexia nervosa: BMI >= 18.5
    /// ```
    public static let dca: [ERIndicator] = {
        typealias W = ERIndicatorWording
        let pathwayEfficacy = LocalizedText(
            it: "Indicatore che valuta l'efficacia del percorso assistenziale",
            en: "Indicator that assesses the efficacy of the care pathway")
        return [
            ERIndicator(
                id: "dca-ind-1", family: .eatingDisorderRehab,
                name: LocalizedText(
                    it: "Appropriatezza della valutazione diagnostica standardizzata",
                    en: "Appropriateness of the standardised diagnostic evaluation"),
                numerator: LocalizedText(
                    it: "N° delle valutazioni diagnostiche effettuate con test psicometrici",
                    en: "Number of diagnostic evaluations carried out with psychometric tests"),
                denominator: LocalizedText(
                    it: "N° totale valutazioni diagnostiche", en: "Total number of diagnostic evaluations"),
                numeratorMeasure: .admittedStays(.withDiagnosticEvaluationByPsychometricTests),
                denominatorMeasure: .admittedStays(.withDiagnosticEvaluation),
                multiplier: 100,  // "* 100", L2271
                rationale: LocalizedText(
                    it: "Indicatore che misura l'aderenza alle norme di buona pratica.",
                    en: "Indicator that measures adherence to good practice."),  // L2273-L2278
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L2280-L2281
                dataSources: [.clinicalRecord],  // L2283-L2285
                frequency: LocalizedText(
                    it: "Rilevazione annuale a cura dell'U.O. Il valore viene espresso in percentuale",
                    en: "Annual survey by the operative unit. The value is given as a percentage"),  // L2287-L2292
                citation: W.lines(2254...2292)),
            ERIndicator(
                id: "dca-ind-2", family: .eatingDisorderRehab,
                name: LocalizedText(
                    it: "Efficacia del trattamento per pazienti con Anoressia Nervosa",
                    en: "Efficacy of treatment for patients with anorexia nervosa"),
                numerator: LocalizedText(
                    it: "N° di pazienti con AN che raggiungono un BMI di 18.5",
                    en: "Number of patients with anorexia nervosa (AN) who reach a BMI of 18.5"),
                denominator: LocalizedText(
                    it: "Numero di pazienti totali con AN", en: "Total number of patients with AN"),
                numeratorMeasure: .dischargedStays(.withAnorexiaNervosaReachingHealthyBMI),
                denominatorMeasure: .dischargedStays(.withAnorexiaNervosa),
                multiplier: 1,  // no "*100", L2302-L2311
                rationale: pathwayEfficacy,  // L2313-L2317
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L2319-L2320
                dataSources: [.clinicalRecord],  // L2322-L2324
                frequency: W.annualSurveyByUnit,  // L2326-L2328
                citation: W.lines(2294...2328),
                decision: "A-32: \"raggiungono un BMI di 18.5\" (L2305-L2307) is read as a BMI of at least 18.5 (the lower bound of the normal range: a patient who goes beyond it has reached it), measured at discharge, the end of the treatment whose efficacy is assessed. The denominator is the patients with AN discharged in the year; a patient still in care has not finished the treatment. The seed gives no adjustment for minors (BMI percentiles), so none is applied."),
            ERIndicator(
                id: "dca-ind-3", family: .eatingDisorderRehab,
                name: LocalizedText(
                    it: "Efficacia del trattamento per pazienti con Bulimia Nervosa",
                    en: "Efficacy of treatment for patients with bulimia nervosa"),
                numerator: LocalizedText(
                    it: "N° pazienti con BN che risolvono meccanismi di compenso",
                    en: "Number of patients with bulimia nervosa (BN) who resolve their compensatory behaviours"),
                denominator: LocalizedText(it: "Pz con BN totali", en: "Total patients with BN"),
                numeratorMeasure: .dischargedStays(.withBulimiaNervosaCompensatoryBehavioursResolved),
                denominatorMeasure: .dischargedStays(.withBulimiaNervosa),
                multiplier: 1,  // no "*100", L2337-L2344
                rationale: pathwayEfficacy,  // L2346-L2350
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L2352-L2353
                dataSources: [.clinicalRecord],  // L2355-L2357
                frequency: W.annualSurveyByUnit,  // L2359-L2361
                citation: W.lines(2330...2361),
                decision: "A-32: \"risolvono meccanismi di compenso\" (L2339-L2342) is not operationalised; it is read as the clinical record stating at discharge that the compensatory behaviours (vomiting, laxatives, diuretics, excessive exercise, fasting) have resolved. As for anorexia, the denominator is the patients with BN discharged in the year."),
            ERIndicator(
                id: "dca-ind-4", family: .eatingDisorderRehab,
                name: LocalizedText(
                    it: "Presenza di piani clinico-assistenziali completi", en: "Complete clinical-care plans"),
                numerator: LocalizedText(
                    it: "N° dei piani clinico-assistenziali completi di tutte le informazioni previste",
                    en: "Number of clinical-care plans complete with all the information required"),
                denominator: LocalizedText(it: "N° dei pazienti in carico", en: "Number of patients in care"),
                numeratorMeasure: .staysInCare(.withCompleteCarePlan),
                denominatorMeasure: .staysInCare(.all),
                multiplier: 1,  // no "*100", L2369-L2377
                rationale: LocalizedText(
                    it: "Indicatore che valuta la conformità della documentazione sanitaria",
                    en: "Indicator that assesses the conformity of the health documentation"),  // L2379-L2384
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L2386-L2387
                dataSources: [.clinicalRecord],  // L2389-L2391
                frequency: W.annualSurveyByUnit,  // L2393-L2395
                citation: W.lines(2363...2395),
                decision: "Reading (no ambiguity of digest §10 covers it): \"tutte le informazioni previste\" (L2372-L2375) are the five items the DCA section requires of the clinical-care plan: periodic clinical check, scheduled talks with the reference professionals, participation in therapeutic-rehabilitative activity, contacts with the person's DSM-DP, drug therapy (L2135-L2140). A plan lacking any of them is not complete. The denominator is the patients in care at any time in the year, as written."),
            ERIndicator(
                id: "dca-ind-5", family: .eatingDisorderRehab,
                name: LocalizedText(
                    it: "Presenza di progetti personalizzati verificati con scale di valutazione validate",
                    en: "Personalised projects checked with validated evaluation scales"),
                numerator: LocalizedText(
                    it: "N° progetti personalizzati verificati attraverso una scala di valutazione validata",
                    en: "Number of personalised projects checked with a validated evaluation scale"),
                denominator: LocalizedText(it: "N. progetti stabiliti", en: "Number of projects established"),
                numeratorMeasure: .staysInCare(.withProjectCheckedWithValidatedScale),
                denominatorMeasure: .staysInCare(.withWrittenProject),
                multiplier: 1,  // no "*100", L2405-L2413
                rationale: LocalizedText(
                    it: "Indicatore che valuta la conformità del progetto alle norme di buona pratica clinica",
                    en: "Indicator that assesses whether the project conforms to good clinical practice"),  // L2415-L2421
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L2423-L2424
                dataSources: [.clinicalRecord],  // L2426-L2428
                frequency: W.annualSurveyByUnit,  // L2430-L2432
                citation: W.lines(2397...2432)),
        ]
    }()
}
