extension ERIndicatorCatalogue {
    /// "INDICATORI RIABILITAZIONE PSICOGERIATRIA (cod. 56)", seed 002 L1820-L1963 (narrative
    /// list L1773-L1778). No entry gives a standard.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.psychogeriatric.allSatisfy { $0.standard == .none }  // true
    /// ```
    public static let psychogeriatric: [ERIndicator] = {
        typealias W = ERIndicatorWording
        let dischargedTotal = LocalizedText(it: "N° totale pazienti dimessi", en: "Total number of patients discharged")
        let surveyInPercentAndAbsolute = LocalizedText(
            it: "Rilevazione annuale a cura dell'U.O. Il valore viene espresso sia in percentuale che in valore assoluto",
            en: "Annual survey by the operative unit. The value is given both as a percentage and as an absolute number")
        return [
            ERIndicator(
                id: "pg-ind-1", family: .psychogeriatricRehab,
                name: LocalizedText(
                    it: "Trasferimenti non programmati in un Reparto per Acuti",
                    en: "Unplanned transfers to an acute ward"),
                numerator: LocalizedText(
                    it: "N° pazienti trasferiti non programmati in un reparto per acuti",
                    en: "Number of patients transferred to an acute ward without planning"),
                denominator: LocalizedText(
                    it: "N° totale pazienti dimessi (la tabella scrive: N° totale pazienti trasferiti programmati)",
                    en: "Total number of patients discharged (the table writes: total number of patients with a planned transfer)"),
                numeratorMeasure: .dischargedStays(.endingInUnplannedAcuteTransfer),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 100,  // "* 100", L1832
                rationale: LocalizedText(
                    it: "Indicatore che valuta l'appropriatezza del trasferimento/presa in carico",
                    en: "Indicator that assesses the appropriateness of the transfer / taking into care"),  // L1834-L1838
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L1840
                dataSources: [.clinicalRecord],  // L1840-L1841
                frequency: surveyInPercentAndAbsolute,  // L1843-L1847
                citation: W.lines(1821...1847),
                decision: "A-30: the table divides by \"N° totale pazienti trasferiti programmati\" (L1830-L1832), which makes a ratio of unplanned to planned transfers: it has no bound, is undefined for a unit that plans no transfer, and falls as planned transfers rise, whereas the rationale (L1834-L1838) asks how appropriate the taking into care was. The denominator is read as the total number of patients discharged in the year, a transfer to an acute ward ending the stay as a discharge does (the same denominator as PG-IND-2 and PG-IND-4, L1857-L1858, L1909-L1910), so the value is the percentage of stays ending in an unplanned transfer. The absolute number the management cell asks for (L1845-L1847) is the numerator."),
            ERIndicator(
                id: "pg-ind-2", family: .psychogeriatricRehab,
                name: LocalizedText(it: "Raggiungimento obiettivo terapeutico", en: "Therapeutic objective reached"),
                numerator: LocalizedText(
                    it: "N° pazienti che alla dimissione raggiungono gli obiettivi previsti",
                    en: "Number of patients who have reached the planned objectives at discharge"),
                denominator: dischargedTotal,
                numeratorMeasure: .dischargedStays(.withObjectivesReached),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 100,  // "*100", L1858
                rationale: LocalizedText(
                    it: "Indicatore che valuta la qualità del percorso assistenziale in termini di efficacia del trattamento",
                    en: "Indicator that assesses the quality of the care pathway in terms of treatment efficacy"),  // L1860-L1866
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L1868
                dataSources: [.clinicalRecord],  // L1868-L1869
                frequency: surveyInPercentAndAbsolute,  // L1871-L1875
                citation: W.lines(1849...1875)),
            ERIndicator(
                id: "pg-ind-3", family: .psychogeriatricRehab,
                name: LocalizedText(
                    it: "Incremento dell'autonomia funzionale dei pazienti",
                    en: "Increase in the patients' functional autonomy"),
                numerator: LocalizedText(
                    it: "Delta scala di valutazione tra ingresso e dimissione in incremento: N° pazienti dimessi con punteggio alla dimissione superiore a quello all'ingresso",
                    en: "Change on the evaluation scale between admission and discharge, as an increase: number of patients discharged whose discharge score is higher than their admission score"),
                denominator: LocalizedText(
                    it: "N° totale pazienti dimessi con punteggio all'ingresso e alla dimissione (non scritto nella tabella)",
                    en: "Total number of patients discharged with both an admission and a discharge score (not written in the table)"),
                numeratorMeasure: .dischargedStays(.withImprovedScore),
                denominatorMeasure: .dischargedStays(.scoredAtAdmissionAndDischarge),
                multiplier: 1,  // the table writes neither a ratio nor "*100", L1882-L1886
                rationale: LocalizedText(
                    it: "Indicatore che misura l'efficacia del progetto terapeutico secondo le norme di buona pratica clinica.",
                    en: "Indicator that measures the efficacy of the therapeutic project according to good clinical practice."),  // L1888-L1894
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L1896
                dataSources: [.clinicalRecord],  // L1896-L1897
                frequency: W.annualSurveyByUnit,  // L1899-L1900
                citation: W.lines(1877...1900),
                decision: "A-31: the calculation is only \"Delta scala di valutazione tra ingresso e dimissione in incremento\" (L1882-L1886); the scale is not named (the unit must use a validated scale that allows national and international comparison, L1720-L1724) and neither the aggregation nor a denominator is written. The indicator is read, after its title, as the share of patients whose functional autonomy increased: numerator the patients discharged in the year whose score at discharge is higher than at admission, denominator the patients discharged in the year with both scores recorded (a patient without both scores cannot show an increase and is reported apart, not counted as failing). Scores are recorded so that a higher score means more autonomy. The multiplier is 1 because the table writes no \"*100\" and no percentage (A-29)."),
            ERIndicator(
                id: "pg-ind-4", family: .psychogeriatricRehab,
                name: LocalizedText(it: "Dimissioni verso una struttura protetta", en: "Discharges to a protected structure"),
                numerator: LocalizedText(
                    it: "N° pazienti dimessi verso una struttura protetta",
                    en: "Number of patients discharged to a protected structure"),
                denominator: dischargedTotal,
                numeratorMeasure: .dischargedStays(.toProtectedStructure),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 1,  // no "*100", L1906-L1910
                rationale: LocalizedText(
                    it: "Indicatore che valuta la continuità assistenziale in termini di efficacia",
                    en: "Indicator that assesses the continuity of care in terms of efficacy"),  // L1912-L1917
                standard: .none,
                levelsOfUse: [.operativeUnit, .company, .region],  // L1919-L1921
                dataSources: [.clinicalRecord, .register],  // L1923-L1925
                frequency: LocalizedText(it: "Non indicata nella tabella", en: "Not given in the table"),
                citation: W.lines(1902...1931),
                decision: "A-22: the entry has no management cell: the text after the data source, \"Indicatore che monitorizza la casistica e può essere utilizzato ai fini gestionali (assorbimento di risorse)\" (L1927-L1931), is the wording of an IMPLICAZIONI cell (as at L532-L537), so the frequency is not given; the catalogue computes it per year like every other indicator."),
            ERIndicator(
                id: "pg-ind-5", family: .psychogeriatricRehab,
                name: LocalizedText(it: "Monitoraggio dei decessi", en: "Monitoring of deaths"),
                numerator: LocalizedText(it: "N° pazienti deceduti", en: "Number of patients who died"),
                denominator: LocalizedText(
                    it: "N° totale dei pazienti presi in carico", en: "Total number of patients taken into care"),
                numeratorMeasure: .staysInCare(.endingInDeathInYear),
                denominatorMeasure: .staysInCare(.all),
                multiplier: 100,  // "espresso sia in % che in valore assoluto", L1955-L1957
                rationale: LocalizedText(
                    it: "Indicatore che misura l'appropriatezza della presa in carico",
                    en: "Indicator that measures the appropriateness of taking into care"),  // L1941-L1945
                standard: .none,
                levelsOfUse: W.unitAndCompany,  // L1947
                dataSources: [.clinicalRecord],  // L1947-L1948
                frequency: LocalizedText(
                    it: "Rilevazione annuale a cura della stessa struttura (registro o altro strumento). Il valore viene espresso sia in % che in valore assoluto",
                    en: "Annual survey by the structure itself (register or other tool). The value is given both as a percentage and as an absolute number"),  // L1950-L1957
                citation: W.lines(1933...1963),
                decision: "A-29: the formula (L1936-L1939) has no \"*100\", but the management cell says the value is expressed as a percentage and as an absolute number (L1955-L1957), so the multiplier is 100 and the absolute number is the numerator. The denominator is the patients taken into care in the year (in care at any time in it), as written."),
        ]
    }()
}
