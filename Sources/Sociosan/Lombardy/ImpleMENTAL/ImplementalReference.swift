// Reference data of the Lombardy pilot of the EU Joint Action ImpleMENTAL (seed 003): the
// closed code sets the team and activity kinds are written in. The codes are ours (lowerCamel
// in Swift, kebab-case in JSON); the Italian words are the seed's, kept as data in `label`.

/// What every code of the pilot carries: its words in Italian and English and the seed lines
/// it comes from.
///
/// ```swift
/// ImplementalASST.lecco.label.italian   // "ASST Lecco"
/// ImplementalASST.lecco.citation        // 003_d51d58a9c148a96e.txt L400
/// ```
public protocol ImplementalCode: TableCoded, Hashable {
    var label: LocalizedText { get }
    var citation: Citation { get }
}

/// The 18 ASSTs whose DSMDs joined the pilot, in the order of Figure 10 ("Mappa regionale
/// delle ASST aderenti", seed 003 L386-L408).
///
/// ```swift
/// ImplementalASST.allCases.count                // 18
/// ImplementalASST(rawValue: "lecco")?.label     // "ASST Lecco"
/// ```
public enum ImplementalASST: String, ImplementalCode, CaseIterable {
    case valleOlona = "valle-olona"
    case setteLaghi = "sette-laghi"
    case lariana
    case milanoOvest = "milano-ovest"
    case melegnanoMartesana = "melegnano-martesana"
    case niguarda
    case fatebenefratelliSacco = "fatebenefratelli-sacco"
    case santiPaoloCarlo = "santi-paolo-carlo"
    case brianza
    case lecco
    case papaGiovanniXXIII = "papa-giovanni-xxiii"
    case valtellinaAltoLario = "valtellina-alto-lario"
    case valcamonica
    case brescia
    case garda
    case franciacorta
    case crema
    case cremona
    public static let codeTable = CodeTable<Self>()

    /// The name as the seed prints it (L391-L408).
    public var name: String {
        switch self {
        case .valleOlona: "ASST Valle Olona"
        case .setteLaghi: "ASST Sette Laghi"
        case .lariana: "ASST Lariana"
        case .milanoOvest: "ASST Milano Ovest"
        case .melegnanoMartesana: "ASST Melegnano e Martesana"
        case .niguarda: "ASST GOM Niguarda"
        case .fatebenefratelliSacco: "ASST Fatebenefratelli Sacco"
        case .santiPaoloCarlo: "ASST Santi Paolo Carlo"
        case .brianza: "ASST Brianza"
        case .lecco: "ASST Lecco"
        case .papaGiovanniXXIII: "ASST Papa Giovanni XXIII"
        case .valtellinaAltoLario: "ASST Valtellina e Alto Lario"
        case .valcamonica: "ASST Valcamonica"
        case .brescia: "ASST Brescia"
        case .garda: "ASST Garda"
        case .franciacorta: "ASST Franciacorta"
        case .crema: "ASST Crema"
        case .cremona: "ASST Cremona"
        }
    }

    /// A proper name: the same in both languages.
    public var label: LocalizedText { LocalizedText(it: name, en: name) }

    /// The ASST's own line of Figure 10.
    public var citation: Citation {
        Citation(.impleMentalLombardy, line: 391 + Self.allCases.firstIndex(of: self)!)
    }

    /// The whole list: "hanno aderito 18 DSMD facenti parte delle ASST indicate in elenco" (L386-L408).
    public static let listCitation = Citation(.impleMentalLombardy, lines: 386...408)

    /// The ASST whose code is `text`, when it is one of the 18.
    public static func known(_ text: String) -> ImplementalASST? { ImplementalASST(rawValue: text) }
}

/// The types of intervention the pilot records. The first seven are the psychosocial
/// interventions listed under "INTERVENTI PSICOSOCIALI" (L539-L547); the last stands for every
/// other intervention of the 24,000 delivered, of which 11,400 were psychosocial (L494-L496).
public enum ImplementalInterventionType: String, ImplementalCode, CaseIterable {
    case psychoeducational
    case skillsTraining = "skills-training"
    case psychotherapy
    case familyInterventions = "family-interventions"
    case assessment
    case workPlacement = "work-placement"
    case socialSupport = "social-support"
    case nonPsychosocial = "non-psychosocial"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .psychoeducational: LocalizedText(it: "Interventi individuali e di gruppo psicoeducativi",
                                               en: "Psychoeducational interventions, individual and group")
        case .skillsTraining: LocalizedText(it: "Interventi individuali e di gruppo su abilità di base, interpersonali e sociali",
                                            en: "Basic, interpersonal and social skills interventions, individual and group")
        case .psychotherapy: LocalizedText(it: "Interventi psicoterapici individuali e di gruppo",
                                           en: "Psychotherapy, individual and group")
        case .familyInterventions: LocalizedText(it: "Interventi rivolti ai familiari e gruppo di familiari",
                                                 en: "Interventions for family members and family groups")
        case .assessment: LocalizedText(it: "Interventi di valutazione", en: "Assessment interventions")
        case .workPlacement: LocalizedText(it: "Interventi di inserimento lavorativo", en: "Job-placement interventions")
        case .socialSupport: LocalizedText(it: "Interventi di supporto sociale", en: "Social-support interventions")
        case .nonPsychosocial: LocalizedText(it: "Interventi non psicosociali (gli altri interventi erogati)",
                                             en: "Non-psychosocial interventions (every other intervention delivered)")
        }
    }

    /// One of the seven psychosocial types of L539-L547.
    public var isPsychosocial: Bool { self != .nonPsychosocial }

    public var citation: Citation {
        switch self {
        case .nonPsychosocial: Citation(.impleMentalLombardy, lines: 494...496)
        default: Citation(.impleMentalLombardy, line: 541 + Self.allCases.firstIndex(of: self)!)
        }
    }
}

/// Individual or group, as Figure 15 counts interventions (L491) and as every psychosocial
/// type is worded ("individuali e di gruppo", L541-L544).
public enum ImplementalModality: String, ImplementalCode, CaseIterable {
    case individual, group
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .individual: LocalizedText(it: "individuale", en: "individual")
        case .group: LocalizedText(it: "di gruppo", en: "group")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, line: 491) }
}

/// The instruments of the initial assessment (L522-L530; Figure 17, L567-L573).
public enum ImplementalInstrument: String, ImplementalCode, CaseIterable {
    /// The clinical interview the tests were added to (L522-L523): not a structured instrument.
    case clinicalInterview = "clinical-interview"
    case scid5PD = "scid-5-pd"
    case zanBPD = "zan-bpd"
    case bsl23 = "bsl-23"
    case columbiaSuicideRisk = "columbia-suicide-risk"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .clinicalInterview: LocalizedText(it: "colloquio clinico", en: "clinical interview")
        case .scid5PD: LocalizedText(it: "SCID5 PD (Intervista Clinica Strutturata per il DSM5 per i Disturbi di Personalità)",
                                     en: "SCID-5-PD (Structured Clinical Interview for DSM-5 Personality Disorders)")
        case .zanBPD: LocalizedText(it: "ZAN-BPD (Scala di Valutazione Zanarini per il Disturbo Borderline di Personalità)",
                                    en: "ZAN-BPD (Zanarini Rating Scale for Borderline Personality Disorder)")
        case .bsl23: LocalizedText(it: "Borderline Symptom List 23", en: "Borderline Symptom List 23 (BSL-23)")
        case .columbiaSuicideRisk: LocalizedText(it: "Columbia Scale sul rischio suicidario", en: "Columbia suicide-risk scale")
        }
    }

    /// A structured instrument ("strumenti strutturati", L518-L519): every one but the interview.
    public var isStructured: Bool { self != .clinicalInterview }

    public var citation: Citation {
        switch self {
        case .clinicalInterview: Citation(.impleMentalLombardy, lines: 522...523)
        case .scid5PD: Citation(.impleMentalLombardy, lines: 524...526)
        case .zanBPD: Citation(.impleMentalLombardy, lines: 526...527)
        case .bsl23: Citation(.impleMentalLombardy, line: 527)
        case .columbiaSuicideRisk: Citation(.impleMentalLombardy, line: 530)
        }
    }
}

/// How a patient is taken on: *presa in carico* (comprehensive care, with a PTI and a case
/// manager) or *assunzione in cura* (taken into treatment). The seed reports that the two were
/// confused and does not define them (L959-L963).
public enum ImplementalCareCategory: String, ImplementalCode, CaseIterable {
    case presaInCarico = "presa-in-carico"
    case assunzioneInCura = "assunzione-in-cura"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .presaInCarico: LocalizedText(it: "presa in carico", en: "comprehensive care (presa in carico)")
        case .assunzioneInCura: LocalizedText(it: "assunzione in cura", en: "taken into treatment (assunzione in cura)")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, lines: 959...963) }
}

/// The age bands the enrolled patients are reported in: 17-24 (77%) and 25-30 (18%) (L481-L482).
public enum ImplementalAgeBand: String, ImplementalCode, CaseIterable {
    case age17to24 = "17-24"
    case age25to30 = "25-30"
    /// Outside both bands: 5% by difference; the seed names no such band.
    case other
    public static let codeTable = CodeTable<Self>()

    public init(age: Int) {
        switch age {
        case 17...24: self = .age17to24
        case 25...30: self = .age25to30
        default: self = .other
        }
    }

    public var label: LocalizedText {
        switch self {
        case .age17to24: LocalizedText(it: "17-24 anni", en: "17-24 years")
        case .age25to30: LocalizedText(it: "25-30 anni", en: "25-30 years")
        case .other: LocalizedText(it: "altre età", en: "other ages")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, lines: 481...482) }
}

/// Gender, as the seed reports it ("Nove pazienti su dieci sono di genere femminile", L483-L485).
public enum ImplementalGender: String, ImplementalCode, CaseIterable {
    case female, male, other
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .female: LocalizedText(it: "femminile", en: "female")
        case .male: LocalizedText(it: "maschile", en: "male")
        case .other: LocalizedText(it: "altro", en: "other")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, lines: 483...485) }
}

/// Where borderline personality disorder (DBP) stands among the patient's diagnoses:
/// principal (78%), secondary (2%), or absent ("un quinto ... diagnosi diverse da DBP") (L485-L489).
public enum ImplementalBPDDiagnosis: String, ImplementalCode, CaseIterable {
    case principal, secondary, absent
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .principal: LocalizedText(it: "DBP diagnosi principale", en: "BPD principal diagnosis")
        case .secondary: LocalizedText(it: "DBP diagnosi secondaria", en: "BPD secondary diagnosis")
        case .absent: LocalizedText(it: "diagnosi diversa da DBP", en: "a diagnosis other than BPD")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, lines: 485...489) }
}

/// The period of first contact with the services, as the seed reports it: 2023/24 (56%),
/// 2021/22 (28%), earlier (17%) (L482-L483).
public enum ImplementalFirstContactPeriod: String, ImplementalCode, CaseIterable {
    case from2023 = "2023-2024"
    case from2021 = "2021-2022"
    case earlier
    public static let codeTable = CodeTable<Self>()

    /// The period of a first contact in `year`; a year after 2024 counts with 2023/24, the
    /// most recent period the seed names.
    public init(year: Int) {
        switch year {
        case 2023...: self = .from2023
        case 2021...2022: self = .from2021
        default: self = .earlier
        }
    }

    public var label: LocalizedText {
        switch self {
        case .from2023: LocalizedText(it: "primo contatto 2023/24", en: "first contact 2023/24")
        case .from2021: LocalizedText(it: "primo contatto 2021/22", en: "first contact 2021/22")
        case .earlier: LocalizedText(it: "primo contatto prima del 2021", en: "first contact before 2021")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, lines: 482...483) }
}

/// The steps of the individual treatment plan (PTI) that Figures 20 and 21 count: activated,
/// shared and signed by the patient, shared with the social and work-inclusion services, and
/// the interventions of those services actually carried out (L612-L631).
public enum ImplementalPTIStep: String, ImplementalCode, CaseIterable {
    case activated
    case signedByPatient = "signed-by-patient"
    case sharedWithSocialServices = "shared-with-social-services"
    case carriedOut = "carried-out"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .activated: LocalizedText(it: "PTI attivato", en: "PTI activated")
        case .signedByPatient: LocalizedText(it: "PTI condiviso e firmato dal paziente", en: "PTI shared with and signed by the patient")
        case .sharedWithSocialServices: LocalizedText(
            it: "PTI condiviso con i Servizi Sociali e i servizi per l'inclusione sociale e lavorativa",
            en: "PTI shared with the social services and the social and work-inclusion services")
        case .carriedOut: LocalizedText(it: "interventi effettivamente realizzati", en: "interventions actually carried out")
        }
    }

    /// The step that must come before this one: the funnel of L612-L631.
    public var requires: ImplementalPTIStep? {
        switch self {
        case .activated: nil
        case .signedByPatient, .sharedWithSocialServices: .activated
        case .carriedOut: .sharedWithSocialServices
        }
    }

    public var citation: Citation {
        switch self {
        case .activated, .signedByPatient: Citation(.impleMentalLombardy, lines: 612...616)
        case .sharedWithSocialServices, .carriedOut: Citation(.impleMentalLombardy, lines: 623...631)
        }
    }
}

/// The professional profiles of the EI operators and of the case managers (L447-L452,
/// L643-L648, L934-L937).
public enum ImplementalProfile: String, ImplementalCode, CaseIterable {
    case psychologist
    case terp
    case physician
    case psychiatrist
    case nurse
    case socialWorker = "social-worker"
    case educator
    case rehabilitationTherapist = "rehabilitation-therapist"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .psychologist: LocalizedText(it: "Psicologo", en: "psychologist")
        case .terp: LocalizedText(it: "TerP (Tecnico della Riabilitazione Psichiatrica)", en: "psychiatric rehabilitation technician (TerP)")
        case .physician: LocalizedText(it: "Medico", en: "physician")
        case .psychiatrist: LocalizedText(it: "Psichiatra", en: "psychiatrist")
        case .nurse: LocalizedText(it: "Infermiere", en: "nurse")
        case .socialWorker: LocalizedText(it: "Assistente Sociale", en: "social worker")
        case .educator: LocalizedText(it: "Educatore", en: "educator")
        case .rehabilitationTherapist: LocalizedText(it: "terapista della riabilitazione", en: "rehabilitation therapist")
        }
    }

    /// "operatori non clinici (infermieri, educatori, terapisti della riabilitazione)" (L936-L937).
    public var isClinical: Bool { ![.nurse, .educator, .rehabilitationTherapist].contains(self) }

    public var citation: Citation {
        switch self {
        case .psychologist, .terp, .physician, .nurse, .socialWorker: Citation(.impleMentalLombardy, lines: 447...452)
        case .psychiatrist: Citation(.impleMentalLombardy, lines: 743...745)
        case .educator, .rehabilitationTherapist: Citation(.impleMentalLombardy, lines: 934...937)
        }
    }
}

/// How an ASST deployed the pilot: several EIs in one DSMD, one structure only, or the whole
/// catchment area (L423-L431).
public enum ImplementalScope: String, ImplementalCode, CaseIterable {
    case multipleTeams = "multiple-teams"
    case singleStructure = "single-structure"
    case wholeTerritory = "whole-territory"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .multipleTeams: LocalizedText(it: "più EI all'interno dello stesso DSMD", en: "several EIs in one DSMD")
        case .singleStructure: LocalizedText(it: "implementazione in un'unica struttura", en: "implementation in a single structure")
        case .wholeTerritory: LocalizedText(it: "intero territorio di pertinenza", en: "the whole catchment area")
        }
    }

    public var citation: Citation { Citation(.impleMentalLombardy, lines: 423...431) }
}
