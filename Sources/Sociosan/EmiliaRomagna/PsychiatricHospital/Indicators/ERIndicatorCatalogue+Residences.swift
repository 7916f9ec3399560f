extension ERIndicatorCatalogue {
    /// "INDICATORI RESIDENZA A TRATTAMENTO INTENSIVO, INTENSIVO SPECIALISTICO E PROTRATTO",
    /// seed 002 L1135-L1511 (narrative list L1072-L1088): one table for RTI, RTI
    /// specialistiche and RTP.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.residences[1].standard  // .minimumPercent(100), "Definizione del progetto in équipe"
    /// ```
    public static let residences: [ERIndicator] = {
        typealias W = ERIndicatorWording
        let projectAccuracy = LocalizedText(
            it: "Indicatore che misura l'accuratezza del progetto terapeutico.",
            en: "Indicator that measures the accuracy of the therapeutic project.")
        return [
            ERIndicator(
                id: "res-ind-1", family: .residences,
                name: LocalizedText(
                    it: "Presenza di documentazione clinica che contiene il progetto terapeutico assistenziale e la temporizzazione della verifica del progetto",
                    en: "Clinical documentation containing the therapeutic-care project and the timing of its review"),
                numerator: W.projectNumerator,
                denominator: W.patientsInCare,
                numeratorMeasure: .staysInCare(.withWrittenProject),
                denominatorMeasure: .staysInCare(.all),
                multiplier: 1,  // no "*100", L1148-L1152
                rationale: LocalizedText(
                    it: "Indicatore che valuta la conformità della documentazione sanitaria",
                    en: "Indicator that assesses the conformity of the health documentation"),  // L1154-L1158
                standard: .none,
                levelsOfUse: W.dsmAndStructure,  // L1160-L1162
                dataSources: [.clinicalRecord],  // L1164-L1168, see decision
                frequency: LocalizedText(
                    it: "Rilevazione a cura della stessa struttura", en: "Survey by the structure itself"),  // L1170-L1172
                citation: W.lines(1137...1183),
                decision: "A-22: \"Rilevare la presenza degli elementi nella documentazione clinica\" (L1164-L1168) comes after the level of use, where the SPOI and general-psychiatry entries have their breakdown before the rationale (L715-L719, L2869-L2873); by position it is the FONTE DI DATI cell, so the source is the clinical documentation (clinical record) and the entry has no breakdown. The project elements are those of L1061-L1064."),
            ERIndicator(
                id: "res-ind-2", family: .residences,
                name: LocalizedText(it: "Definizione del progetto in équipe", en: "Project defined by the team"),
                numerator: LocalizedText(
                    it: "N° totale progetti definiti in équipe", en: "Total number of projects defined by the team"),
                denominator: LocalizedText(it: "N° totale progetti", en: "Total number of projects"),
                numeratorMeasure: .staysInCare(.withProjectDefinedByTeam),
                denominatorMeasure: .staysInCare(.withWrittenProject),
                multiplier: 1,  // no "*100", L1188-L1190
                rationale: LocalizedText(
                    it: "Indicatore che misura la realizzazione della multidisciplinarietà nella definizione del progetto secondo le norme di buona pratica clinica.",
                    en: "Indicator that measures how far the project is defined by a multidisciplinary team, according to good clinical practice."),  // L1192-L1200
                standard: .minimumPercent(100),  // L1202
                levelsOfUse: W.dsmAndStructure,  // L1204-L1206
                dataSources: [.clinicalRecord],  // L1208
                frequency: W.annualEvaluation,  // L1208-L1209
                citation: W.lines(1185...1215),
                decision: "A-29: the formula has no \"*100\" (the value is a ratio from 0 to 1) while the standard is written \"100%\" (L1202); the standard is held against the ratio times 100, so every project must be defined by the team."),
            ERIndicator(
                id: "res-ind-3", family: .residences,
                name: LocalizedText(
                    it: "Verifica dell'adesione al trattamento (compliance)",
                    en: "Check of adherence to treatment (compliance)"),
                numerator: LocalizedText(
                    it: "N° totale dei pz che aderiscono al trattamento (compliance)",
                    en: "Total number of patients who adhere to treatment (compliance)"),
                denominator: LocalizedText(it: "N° totale progetti definiti", en: "Total number of projects defined"),
                numeratorMeasure: .staysInCare(.withProjectAndAdherentPatient),
                denominatorMeasure: .staysInCare(.withWrittenProject),
                multiplier: 1,  // no "*100", L1222-L1227
                rationale: LocalizedText(
                    it: "Indicatore che misura la compliance del pz al progetto terapeutico.",
                    en: "Indicator that measures the patient's compliance with the therapeutic project."),  // L1229-L1233
                standard: .none,
                levelsOfUse: W.dsmAndStructure,  // L1235-L1237
                dataSources: [.clinicalRecord],  // L1239
                frequency: W.annualEvaluation,  // L1239-L1240
                citation: W.lines(1217...1246),
                decision: "A-26: the numerator counts patients and the denominator counts projects (L1222-L1227). Both are counted per project: the numerator is the number of projects defined whose patient adheres to the treatment, the denominator the number of projects defined, so the ratio stays between 0 and 1 and a patient with two projects (two stays) counts once per project. A patient without a defined project is in neither count: adherence is measured against a project."),
            ERIndicator(
                id: "res-ind-4", family: .residences,
                name: LocalizedText(it: "Verifica periodica del progetto (in équipe)", en: "Periodic review of the project (by the team)"),
                numerator: LocalizedText(
                    it: "N° progetti personalizzati verificati almeno una volta l'anno che hanno raggiunto gli obiettivi definiti",
                    en: "Number of personalised projects reviewed at least once a year that reached the objectives defined"),
                denominator: LocalizedText(it: "N. progetti stabiliti", en: "Number of projects established"),  // L1329
                numeratorMeasure: .staysInCare(.withProjectReviewedReachingObjectives),
                denominatorMeasure: .staysInCare(.withWrittenProject),
                multiplier: 1,  // no "*100", L1253-L1259, L1329
                rationale: LocalizedText(
                    it: "Indicatore che misura l'efficacia del progetto terapeutico secondo le norme di buona pratica clinica.",
                    en: "Indicator that measures the efficacy of the therapeutic project according to good clinical practice."),  // L1261-L1267
                standard: .minimumPercent(100),  // L1269
                levelsOfUse: W.dsmAndStructure,  // L1271-L1273
                dataSources: [.clinicalRecord],  // L1275
                frequency: W.annualEvaluation,  // L1275-L1276
                citation: W.lines(1248...1329),
                decision: "A-22: the denominator \"N. progetti stabiliti\" was pushed past the repeated page header to L1329; the entry runs from L1248 to L1329. A-26: the title speaks of periodic review, but the numerator (L1253-L1259) also requires the objectives defined to be reached; the seed is applied as written: a project counts when it was reviewed by the team at least once in the year and reached its objectives. A-29: the 100% standard (L1269) is held against the ratio times 100, so every project established must be reviewed and succeed; a structure falls short of it as soon as one project fails, which the seed, and not this reading, demands."),
            ERIndicator(
                id: "res-ind-5", family: .residences,
                name: W.eventsName,
                numerator: W.eventsNumerator,
                denominator: LocalizedText(it: "N° totale di pazienti in carico", en: "Total number of patients in care"),
                numeratorMeasure: .events(.relevant),
                denominatorMeasure: .staysInCare(.all),
                multiplier: 1,  // no "*100", L1352-L1354
                rationale: W.patientSafetyRationale,  // L1356-L1358
                standard: .unstated,
                levelsOfUse: W.dsmAndStructure,  // L1360-L1362
                dataSources: [.regionalIncidentSystem],  // "Sistema regionale di rilevazione eventi", L1364-L1366
                frequency: W.annualSurveyByStructure,  // L1368-L1371
                citation: W.lines(1331...1391),
                decision: "A-29: unlike the SPOI and general psychiatry (L659-L661, L2808-L2810) the denominator is the patients in care, not the patients discharged in the year; the seed's denominator is kept (patients in care at any time in the year). A-25: the implications speak of \"il raggiungimento dello standard\" (L1378-L1379) but no value is given, so the standard is unstated. " + W.eventsDecision),
            ERIndicator(
                id: "res-ind-6", family: .residences,
                name: LocalizedText(
                    it: "Monitoraggio dei pazienti con terzo ricovero in Residenze a Trattamento Intensivo nell'arco dei 12 mesi",
                    en: "Patients with a third admission to an intensive treatment residence (RTI) within 12 months"),
                numerator: LocalizedText(
                    it: "N° pazienti con 3 o più ricoveri anno",
                    en: "Number of patients with 3 or more admissions in the year"),
                denominator: W.admittedInYear,
                numeratorMeasure: .admittedPatients(.withThirdAdmissionWithin12Months),
                denominatorMeasure: .admittedPatients(.all),
                multiplier: 100,  // "*100", L1405
                rationale: W.readmissionRationale,  // L1407-L1413
                standard: .none,
                levelsOfUse: [.region, .structure],  // L1415-L1416
                dataSources: [],
                frequency: W.regionalAnnualFrequency,  // L1418-L1421
                citation: W.lines(1393...1432),
                decision: W.slidingWindowDecision + " The title names the intensive treatment residences (L1393-L1399): admissions to any RTI or RTI specialistica count together; an RTP, to which the same table applies (L1135), counts admissions to RTPs. A-25: the entry has neither a standard nor a data source (the level of use, L1415-L1416, is followed by the management cell, L1418-L1421): no standard is judged, and the admissions are taken from the structure's activity data."),
            ERIndicator(
                id: "res-ind-7", family: .residences,
                name: LocalizedText(it: "Presenza di relazione di dimissione concordata", en: "Agreed discharge report"),
                numerator: LocalizedText(
                    it: "N° pazienti con relazione di dimissione con riferimenti agli accordi con la struttura ricevente",
                    en: "Number of patients with a discharge report referring to the agreements with the receiving structure"),
                denominator: LocalizedText(
                    it: "N° pazienti dimessi dalla residenza nell'anno",
                    en: "Number of patients discharged from the residence in the year"),
                numeratorMeasure: .dischargedStays(.withAgreedDischargeReport),
                denominatorMeasure: .dischargedStays(.all),
                multiplier: 1,  // no "*100", L1484-L1493
                rationale: LocalizedText(
                    it: "Indicatore che valuta la conformità del percorso e della continuità assistenziale",
                    en: "Indicator that assesses the conformity of the pathway and the continuity of care"),  // L1495-L1500
                standard: .none,
                levelsOfUse: W.dsmAndStructure,  // L1502-L1504
                dataSources: [.dischargeLetter, .clinicalRecord],  // L1506-L1508
                frequency: W.annualEvaluation,  // L1510-L1511
                citation: W.lines(1479...1511)),
        ]
    }()
}
