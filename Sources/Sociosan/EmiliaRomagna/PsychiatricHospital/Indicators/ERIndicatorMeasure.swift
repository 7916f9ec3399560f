/// What one side of an indicator counts, by name: every numerator and denominator of the 27
/// indicators of seed 002 (and the suicide-attempt breakdown) is one of these measures, so a
/// catalogue entry reads "numerator = measure X, denominator = measure Y".
///
/// The case says when a record is counted and in which year (discharge, each year in care,
/// admission, the event's date, the third-admission window); the nested case says which of
/// those records. ``ERIndicatorCalculator`` counts, for each structure and year, only the
/// measures that its family's indicators name.
///
/// ```swift
/// let spoi1 = ERIndicatorCatalogue.indicator("spoi-ind-1")!
/// spoi1.numeratorMeasure    // .dischargedStays(.withCompleteDiagnosticCriteria)
/// spoi1.denominatorMeasure  // .dischargedStays(.all)
/// spoi1.denominatorMeasure.label.english  // "Stays discharged in the year"
/// ```
public enum ERIndicatorMeasure: Sendable, Hashable, CaseIterable {
    /// Stays whose discharge date falls in the year, each stay once (the SDO counts
    /// discharges, not people).
    case dischargedStays(DischargedStays)
    /// Stays that cover at least one day of the year: counted in every year from admission
    /// to discharge; a stay without discharge is in care up to the last year the data reach.
    case staysInCare(StaysInCare)
    /// Stays whose admission falls in the year.
    case admittedStays(AdmittedStays)
    /// Events dated in the year, at their structure.
    case events(Events)
    /// Patients admitted to the structure in the year, each once, with the 12-month window
    /// of the structure's ``ERReadmissionGroup``.
    case admittedPatients(AdmittedPatients)

    /// The stays discharged in the year that a measure counts.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.indicator("pg-ind-3")!.denominatorMeasure  // .dischargedStays(.scoredAtAdmissionAndDischarge), A-31
    /// ```
    public enum DischargedStays: UInt8, Sendable, Hashable, CaseIterable {
        /// "N° totale di dimessi anno" (L546-L547), "N°cartelle cliniche totale" (L509-L510),
        /// "N° totale pazienti dimessi" (L1857-L1858; PG-IND-1 too, by A-30).
        case all = 0
        /// "N° cartelle cliniche complete dei criteri riconosciuti" (L504-L508).
        case withCompleteDiagnosticCriteria
        /// "N° pazienti con relazione di dimissione con riferimenti agli accordi con la
        /// struttura ricevente" (L1484-L1489).
        case withAgreedDischargeReport
        /// "N° pazienti trasferiti non programmati in un reparto per acuti" (L1826-L1829): the
        /// transfer ends the stay.
        case endingInUnplannedAcuteTransfer
        /// "N° pazienti che alla dimissione raggiungono gli obiettivi previsti" (L1853-L1856).
        case withObjectivesReached
        /// The stays scored at admission and at discharge: the only ones that can show an
        /// increase.
        case scoredAtAdmissionAndDischarge
        /// A discharge score higher than the admission score (A-31, L1882-L1886).
        case withImprovedScore
        /// "N° pazienti dimessi verso una struttura protetta" (L1906-L1908).
        case toProtectedStructure
        /// "Numero di pazienti totali con AN" (L2308-L2311), discharged in the year.
        case withAnorexiaNervosa
        /// "N° di pazienti con AN che raggiungono un BMI di 18.5" (L2302-L2307): at least 18.5
        /// at discharge.
        case withAnorexiaNervosaReachingHealthyBMI
        /// "Pz con BN totali" (L2343-L2344), discharged in the year.
        case withBulimiaNervosa
        /// "N° pazienti con BN che risolvono meccanismi di compenso" (L2337-L2342), as the record
        /// states at discharge.
        case withBulimiaNervosaCompensatoryBehavioursResolved
    }

    /// The stays in care in the year that a measure counts.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.indicator("res-ind-2")!.denominatorMeasure  // .staysInCare(.withWrittenProject): the projects, A-26
    /// ```
    public enum StaysInCare: UInt8, Sendable, Hashable, CaseIterable {
        /// "N° pazienti in carico" (L712-L713, L1352-L1354, L2375-L2377), "N°totale dei
        /// pazienti presi in carico" (L1937-L1939).
        case all = 12
        /// "N° pazienti con progetto personalizzato scritto" (L709-L712), and "N° totale
        /// progetti" (L1190) / "N. progetti stabiliti" (L1329, L2411-L2413): one project a stay
        ///
        case withWrittenProject
        /// "N° totale progetti definiti in équipe" (L1188-L1189).
        case withProjectDefinedByTeam
        /// "N° totale dei pz che aderiscono al trattamento" (L1222-L1225), counted per project
        ///
        case withProjectAndAdherentPatient
        /// "N° progetti personalizzati verificati almeno una volta l'anno che hanno raggiunto
        /// gli obiettivi definiti" (L1253-L1259): reviewed by the team in the year and objectives
        /// reached.
        case withProjectReviewedReachingObjectives
        /// "N°pazienti deceduti" (L1936-L1937): the stay ended by death in the year.
        case endingInDeathInYear
        /// "N° dei piani clinico-assistenziali completi di tutte le informazioni previste"
        /// (L2369-L2375): all five items of L2135-L2140.
        case withCompleteCarePlan
        /// "N° progetti personalizzati verificati attraverso una scala di valutazione
        /// validata" (L2405-L2411).
        case withProjectCheckedWithValidatedScale
    }

    /// The stays admitted in the year that a measure counts.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.indicator("dca-ind-1")!.denominatorMeasure  // .admittedStays(.withDiagnosticEvaluation)
    /// ```
    public enum AdmittedStays: UInt8, Sendable, Hashable, CaseIterable {
        /// "N° totale valutazioni diagnostiche" (L2268-L2271): the evaluation is made at
        /// admission.
        case withDiagnosticEvaluation = 20
        /// "N° delle valutazioni diagnostiche effettuate con test psicometrici" (L2262-L2267).
        case withDiagnosticEvaluationByPsychometricTests
    }

    /// The events of the year that a measure counts.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.indicator("res-ind-5")!.numeratorMeasure  // .events(.relevant)
    /// ```
    public enum Events: UInt8, Sendable, Hashable, CaseIterable {
        /// "N° eventi" (L659-L661): the relevant events the tables list
        /// (``Event/Kind/countsAsRelevantEvent``, A-24).
        case relevant = 22
        /// "N° totale suicidi" (L545).
        case suicides
        /// "N° tentativi di suicidio" (L549-L550), the breakdown of the suicide indicators.
        case suicideAttempts
    }

    /// The patients admitted in the year that a measure counts, in the 12-month window of the
    /// structure's group.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.indicator("gp-ind-5")!.denominatorMeasure  // .admittedPatients(.all)
    /// ```
    public enum AdmittedPatients: UInt8, Sendable, Hashable, CaseIterable {
        /// "N. totale pazienti ricoverati nell'anno" (L800-L803, L1403-L1405, L2957-L2960).
        case all = 25
        /// "N° pazienti ... con 3 o più ricoveri anno" (L798-L800), read as an admission in the year that is
        /// at least the third within 12 months.
        case withThirdAdmissionWithin12Months
    }

    /// How many measures there are: ``index`` runs from 0 to `count - 1`.
    public static let count = 27

    /// Every measure, in ``index`` order.
    ///
    /// ```swift
    /// ERIndicatorMeasure.allCases.count == ERIndicatorMeasure.count  // true
    /// ```
    public static let allCases: [ERIndicatorMeasure] =
        DischargedStays.allCases.map(dischargedStays) + StaysInCare.allCases.map(staysInCare)
        + AdmittedStays.allCases.map(admittedStays) + Events.allCases.map(events)
        + AdmittedPatients.allCases.map(admittedPatients)

    /// The measure's position among all measures, dense from 0: counts can be held in a
    /// fixed-size array indexed by it (the nested raw values are these positions).
    ///
    /// ```swift
    /// ERIndicatorMeasure.dischargedStays(.all).index  // 0
    /// ERIndicatorMeasure.staysInCare(.all).index      // 12
    /// ```
    public var index: Int {
        switch self {
        case .dischargedStays(let measure): return Int(measure.rawValue)
        case .staysInCare(let measure): return Int(measure.rawValue)
        case .admittedStays(let measure): return Int(measure.rawValue)
        case .events(let measure): return Int(measure.rawValue)
        case .admittedPatients(let measure): return Int(measure.rawValue)
        }
    }

    /// What the measure counts, in Italian and English.
    public var label: LocalizedText {
        switch self {
        case .dischargedStays(let measure): return measure.label
        case .staysInCare(let measure): return measure.label
        case .admittedStays(let measure): return measure.label
        case .events(let measure): return measure.label
        case .admittedPatients(let measure): return measure.label
        }
    }
}

extension ERIndicatorMeasure.DischargedStays {
    /// What the measure counts, in Italian and English.
    public var label: LocalizedText {
        switch self {
        case .all:
            return LocalizedText(it: "Ricoveri dimessi nell'anno", en: "Stays discharged in the year")
        case .withCompleteDiagnosticCriteria:
            return LocalizedText(
                it: "Ricoveri dimessi nell'anno con cartella clinica completa dei criteri diagnostici riconosciuti (I.C.D.-D.S.M.)",
                en: "Stays discharged in the year whose clinical record is complete with the recognised diagnostic criteria (ICD-DSM)")
        case .withAgreedDischargeReport:
            return LocalizedText(
                it: "Ricoveri dimessi nell'anno con relazione di dimissione concordata con la struttura ricevente",
                en: "Stays discharged in the year with a discharge report agreed with the receiving structure")
        case .endingInUnplannedAcuteTransfer:
            return LocalizedText(
                it: "Ricoveri conclusi nell'anno da un trasferimento non programmato in un reparto per acuti",
                en: "Stays ended in the year by an unplanned transfer to an acute ward")
        case .withObjectivesReached:
            return LocalizedText(
                it: "Ricoveri dimessi nell'anno che hanno raggiunto gli obiettivi previsti",
                en: "Stays discharged in the year that reached the planned objectives")
        case .scoredAtAdmissionAndDischarge:
            return LocalizedText(
                it: "Ricoveri dimessi nell'anno con punteggio all'ingresso e alla dimissione",
                en: "Stays discharged in the year with a score at admission and at discharge")
        case .withImprovedScore:
            return LocalizedText(
                it: "Ricoveri dimessi nell'anno con punteggio alla dimissione superiore a quello all'ingresso",
                en: "Stays discharged in the year whose discharge score is higher than their admission score")
        case .toProtectedStructure:
            return LocalizedText(
                it: "Ricoveri dimessi nell'anno verso una struttura protetta",
                en: "Stays discharged in the year to a protected structure")
        case .withAnorexiaNervosa:
            return LocalizedText(
                it: "Ricoveri di pazienti con anoressia nervosa dimessi nell'anno",
                en: "Stays of patients with anorexia nervosa discharged in the year")
        case .withAnorexiaNervosaReachingHealthyBMI:
            return LocalizedText(
                it: "Ricoveri di pazienti con anoressia nervosa dimessi nell'anno con BMI di almeno 18,5",
                en: "Stays of patients with anorexia nervosa discharged in the year with a BMI of at least 18.5")
        case .withBulimiaNervosa:
            return LocalizedText(
                it: "Ricoveri di pazienti con bulimia nervosa dimessi nell'anno",
                en: "Stays of patients with bulimia nervosa discharged in the year")
        case .withBulimiaNervosaCompensatoryBehavioursResolved:
            return LocalizedText(
                it: "Ricoveri di pazienti con bulimia nervosa dimessi nell'anno con meccanismi di compenso risolti",
                en: "Stays of patients with bulimia nervosa discharged in the year with their compensatory behaviours resolved")
        }
    }
}

extension ERIndicatorMeasure.StaysInCare {
    /// What the measure counts, in Italian and English.
    public var label: LocalizedText {
        switch self {
        case .all:
            return LocalizedText(it: "Ricoveri in carico nell'anno", en: "Stays in care in the year")
        case .withWrittenProject:
            return LocalizedText(
                it: "Ricoveri in carico nell'anno con progetto personalizzato scritto",
                en: "Stays in care in the year with a written personalised project")
        case .withProjectDefinedByTeam:
            return LocalizedText(
                it: "Ricoveri in carico nell'anno con progetto definito in équipe",
                en: "Stays in care in the year whose project was defined by the team")
        case .withProjectAndAdherentPatient:
            return LocalizedText(
                it: "Ricoveri in carico nell'anno con progetto e paziente che aderisce al trattamento",
                en: "Stays in care in the year with a project and a patient who adheres to treatment")
        case .withProjectReviewedReachingObjectives:
            return LocalizedText(
                it: "Ricoveri in carico nell'anno con progetto verificato in équipe nell'anno che ha raggiunto gli obiettivi",
                en: "Stays in care in the year whose project was reviewed by the team in the year and reached its objectives")
        case .endingInDeathInYear:
            return LocalizedText(
                it: "Ricoveri in carico conclusi con il decesso nell'anno",
                en: "Stays in care ended by the patient's death in the year")
        case .withCompleteCarePlan:
            return LocalizedText(
                it: "Ricoveri in carico nell'anno con piano clinico-assistenziale completo",
                en: "Stays in care in the year with a complete clinical-care plan")
        case .withProjectCheckedWithValidatedScale:
            return LocalizedText(
                it: "Ricoveri in carico nell'anno con progetto verificato con una scala di valutazione validata",
                en: "Stays in care in the year whose project was checked with a validated evaluation scale")
        }
    }
}

extension ERIndicatorMeasure.AdmittedStays {
    /// What the measure counts, in Italian and English.
    public var label: LocalizedText {
        switch self {
        case .withDiagnosticEvaluation:
            return LocalizedText(
                it: "Ricoveri dell'anno con valutazione diagnostica all'ingresso",
                en: "Stays admitted in the year with a diagnostic evaluation at admission")
        case .withDiagnosticEvaluationByPsychometricTests:
            return LocalizedText(
                it: "Ricoveri dell'anno con valutazione diagnostica all'ingresso effettuata con test psicometrici",
                en: "Stays admitted in the year with a diagnostic evaluation at admission carried out with psychometric tests")
        }
    }
}

extension ERIndicatorMeasure.Events {
    /// What the measure counts, in Italian and English.
    public var label: LocalizedText {
        switch self {
        case .relevant:
            return LocalizedText(
                it: "Eventi rilevanti dell'anno (allontanamenti, sindromi da neurolettici, patologie ab ingestis, infortuni per conflitto)",
                en: "Relevant events in the year (leaving without permission, neuroleptic syndromes, ab ingestis conditions, injuries from conflict)")
        case .suicides:
            return LocalizedText(it: "Suicidi dell'anno", en: "Suicides in the year")
        case .suicideAttempts:
            return LocalizedText(it: "Tentativi di suicidio dell'anno", en: "Suicide attempts in the year")
        }
    }
}

extension ERIndicatorMeasure.AdmittedPatients {
    /// What the measure counts, in Italian and English.
    public var label: LocalizedText {
        switch self {
        case .all:
            return LocalizedText(
                it: "Pazienti ricoverati nella struttura nell'anno", en: "Patients admitted to the structure in the year")
        case .withThirdAdmissionWithin12Months:
            return LocalizedText(
                it: "Pazienti con un ricovero nell'anno che è almeno il terzo in 12 mesi nel gruppo di strutture",
                en: "Patients with an admission in the year that is at least their third within 12 months in the group of structures")
        }
    }
}

/// The structures whose admissions share one 12-month window for the third-admission
/// indicators (SPOI-IND-5, RES-IND-6, GP-IND-5; ); see
/// ``ERIndicatorCalculator/readmissionGroup(of:)``.
///
/// ```swift
/// ERIndicatorCalculator.readmissionGroup(of: .rtiSpecialist)  // .intensiveResidences
/// ERIndicatorCalculator.readmissionGroup(of: .psychogeriatricRehab)  // nil
/// ```
public enum ERReadmissionGroup: UInt8, Sendable, Hashable, CaseIterable {
    /// Every SPOI together: a "paziente SPOI" (L798).
    case spoi
    /// RTI and RTI specialistiche together, after the title of RES-IND-6 (L1393-L1399).
    case intensiveResidences
    /// RTPs among themselves.
    case extendedResidences
    /// General-psychiatry structures among themselves (A-33: SPOI admissions do not count).
    case generalPsychiatry
}
