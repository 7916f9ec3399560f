/// The requirements an SPOI attests in its dossier, one per checkable sentence of seed 002
/// L231-L433 (spaces, equipment, procedures, services, competence, training, quality,
/// documentation). Each becomes a rule `er.spoi.<area>.<id>` that fails when the dossier
/// does not attest it.
///
/// ```swift
/// SPOIRequirement.restraintRecords.area        // .documentation
/// SPOIRequirement.restraintRecords.citation    // 002_6a5f046dd59f793e.txt L424-L426
/// ```
public enum SPOIRequirement: String, Sendable, Hashable, CaseIterable {
    // spaces
    case mealRoom = "meal-room"
    case groupTherapyRoom = "group-therapy-room"
    case adequateSpaces = "adequate-spaces"
    case safeFurnishings = "safe-furnishings"
    case smokingArea = "smoking-area"
    case belongingsStorage = "belongings-storage"
    // equipment
    case psychodiagnosticTests = "psychodiagnostic-tests"
    case protectedTelephone = "protected-telephone"
    case accessDoorSystem = "access-door-system"
    // procedures
    case departmentCommittees = "department-committees"
    case sharedProcedures = "shared-procedures"
    case crisisContainment = "crisis-containment"
    case safetyActions = "safety-actions"
    case patientSupport = "patient-support"
    case settingClarification = "setting-clarification"
    case patientFamilyInvolvement = "patient-family-involvement"
    case awarenessActions = "awareness-actions"
    case earlyExternalLiaison = "early-external-liaison"
    case continuityOfCare = "continuity-of-care"
    case admissionAppropriateness = "admission-appropriateness"
    case informedConsent = "informed-consent"
    case familyInformation = "family-information"
    case integrationProtocols = "integration-protocols"
    case admissionMonitoring = "admission-monitoring"
    case internalRegulations = "internal-regulations"
    case assistedDischarge = "assisted-discharge"
    // services
    case medicalBiologicalCare = "medical-biological-care"
    case psychiatricDrugTreatment = "psychiatric-drug-treatment"
    case diagnosticInvestigations = "diagnostic-investigations"
    case specialistConsults = "specialist-consults"
    case diagnosticServiceRelations = "diagnostic-service-relations"
    case generalWardTransfer = "general-ward-transfer"
    // competence
    case integratedActivities = "integrated-activities"
    case specialisedPathways = "specialised-pathways"
    // training
    case workplaceLevel = "workplace-level"
    case unitLevel = "unit-level"
    case collaboratorLevel = "collaborator-level"
    case managerial = "managerial"
    // quality
    case diagnosticProcessAudit = "diagnostic-process-audit"
    case ectAudit = "ect-audit"
    case asoTsoAudit = "aso-tso-audit"
    case safetyAudit = "safety-audit"
    case diagnosisCommunicationSupport = "diagnosis-communication-support"
    case referentDoctorMeetings = "referent-doctor-meetings"
    case clinicalCarePlan = "clinical-care-plan"
    case indicatorsAndStandards = "indicators-and-standards"
    case periodicAudits = "periodic-audits"
    // documentation
    case accurateRecords = "accurate-records"
    case personalisedProject = "personalised-project"
    case leaveLimitationRecords = "leave-limitation-records"
    case restraintRecords = "restraint-records"
    case sdoDataEntry = "sdo-data-entry"
    case validatedOutcomeScale = "validated-outcome-scale"

    /// The dossier array that attests the requirement.
    public var area: RequirementArea {
        switch self {
        case .mealRoom, .groupTherapyRoom, .adequateSpaces, .safeFurnishings, .smokingArea, .belongingsStorage: return .spaces
        case .psychodiagnosticTests, .protectedTelephone, .accessDoorSystem: return .equipment
        case .departmentCommittees, .sharedProcedures, .crisisContainment, .safetyActions, .patientSupport, .settingClarification, .patientFamilyInvolvement, .awarenessActions, .earlyExternalLiaison, .continuityOfCare, .admissionAppropriateness, .informedConsent, .familyInformation, .integrationProtocols, .admissionMonitoring, .internalRegulations, .assistedDischarge: return .procedures
        case .medicalBiologicalCare, .psychiatricDrugTreatment, .diagnosticInvestigations, .specialistConsults, .diagnosticServiceRelations, .generalWardTransfer: return .services
        case .integratedActivities, .specialisedPathways: return .competence
        case .workplaceLevel, .unitLevel, .collaboratorLevel, .managerial: return .training
        case .diagnosticProcessAudit, .ectAudit, .asoTsoAudit, .safetyAudit, .diagnosisCommunicationSupport, .referentDoctorMeetings, .clinicalCarePlan, .indicatorsAndStandards, .periodicAudits: return .quality
        case .accurateRecords, .personalisedProject, .leaveLimitationRecords, .restraintRecords, .sdoDataEntry, .validatedOutcomeScale: return .documentation
        }
    }

    /// The seed lines the requirement comes from.
    public var citation: Citation {
        switch self {
        case .mealRoom: return Citation(.psychiatricStructuresER, lines: 231...231)
        case .groupTherapyRoom: return Citation(.psychiatricStructuresER, lines: 232...232)
        case .adequateSpaces: return Citation(.psychiatricStructuresER, lines: 233...233)
        case .safeFurnishings: return Citation(.psychiatricStructuresER, lines: 234...234)
        case .smokingArea: return Citation(.psychiatricStructuresER, lines: 235...237)
        case .belongingsStorage: return Citation(.psychiatricStructuresER, lines: 238...239)
        case .psychodiagnosticTests: return Citation(.psychiatricStructuresER, lines: 242...242)
        case .protectedTelephone: return Citation(.psychiatricStructuresER, lines: 243...244)
        case .accessDoorSystem: return Citation(.psychiatricStructuresER, lines: 245...246)
        case .departmentCommittees: return Citation(.psychiatricStructuresER, lines: 284...286)
        case .sharedProcedures: return Citation(.psychiatricStructuresER, lines: 287...288)
        case .crisisContainment: return Citation(.psychiatricStructuresER, lines: 304...305)
        case .safetyActions: return Citation(.psychiatricStructuresER, lines: 304...306)
        case .patientSupport: return Citation(.psychiatricStructuresER, lines: 304...307)
        case .settingClarification: return Citation(.psychiatricStructuresER, lines: 304...308)
        case .patientFamilyInvolvement: return Citation(.psychiatricStructuresER, lines: 304...309)
        case .awarenessActions: return Citation(.psychiatricStructuresER, lines: 304...310)
        case .earlyExternalLiaison: return Citation(.psychiatricStructuresER, lines: 304...313)
        case .continuityOfCare: return Citation(.psychiatricStructuresER, lines: 315...316)
        case .admissionAppropriateness: return Citation(.psychiatricStructuresER, lines: 315...317)
        case .informedConsent: return Citation(.psychiatricStructuresER, lines: 315...318)
        case .familyInformation: return Citation(.psychiatricStructuresER, lines: 315...319)
        case .integrationProtocols: return Citation(.psychiatricStructuresER, lines: 321...330)
        case .admissionMonitoring: return Citation(.psychiatricStructuresER, lines: 332...340)
        case .internalRegulations: return Citation(.psychiatricStructuresER, lines: 342...342)
        case .assistedDischarge: return Citation(.psychiatricStructuresER, lines: 343...343)
        case .medicalBiologicalCare: return Citation(.psychiatricStructuresER, lines: 346...347)
        case .psychiatricDrugTreatment: return Citation(.psychiatricStructuresER, lines: 346...348)
        case .diagnosticInvestigations: return Citation(.psychiatricStructuresER, lines: 349...351)
        case .specialistConsults: return Citation(.psychiatricStructuresER, lines: 357...358)
        case .diagnosticServiceRelations: return Citation(.psychiatricStructuresER, lines: 360...361)
        case .generalWardTransfer: return Citation(.psychiatricStructuresER, lines: 363...365)
        case .integratedActivities: return Citation(.psychiatricStructuresER, lines: 367...370)
        case .specialisedPathways: return Citation(.psychiatricStructuresER, lines: 371...372)
        case .workplaceLevel: return Citation(.psychiatricStructuresER, lines: 374...378)
        case .unitLevel: return Citation(.psychiatricStructuresER, lines: 380...381)
        case .collaboratorLevel: return Citation(.psychiatricStructuresER, lines: 383...384)
        case .managerial: return Citation(.psychiatricStructuresER, lines: 386...387)
        case .diagnosticProcessAudit: return Citation(.psychiatricStructuresER, lines: 390...393)
        case .ectAudit: return Citation(.psychiatricStructuresER, lines: 390...394)
        case .asoTsoAudit: return Citation(.psychiatricStructuresER, lines: 390...395)
        case .safetyAudit: return Citation(.psychiatricStructuresER, lines: 390...396)
        case .diagnosisCommunicationSupport: return Citation(.psychiatricStructuresER, lines: 398...399)
        case .referentDoctorMeetings: return Citation(.psychiatricStructuresER, lines: 400...401)
        case .clinicalCarePlan: return Citation(.psychiatricStructuresER, lines: 403...408)
        case .indicatorsAndStandards: return Citation(.psychiatricStructuresER, lines: 410...410)
        case .periodicAudits: return Citation(.psychiatricStructuresER, lines: 411...411)
        case .accurateRecords: return Citation(.psychiatricStructuresER, lines: 413...415)
        case .personalisedProject: return Citation(.psychiatricStructuresER, lines: 416...420)
        case .leaveLimitationRecords: return Citation(.psychiatricStructuresER, lines: 422...423)
        case .restraintRecords: return Citation(.psychiatricStructuresER, lines: 424...426)
        case .sdoDataEntry: return Citation(.psychiatricStructuresER, lines: 429...430)
        case .validatedOutcomeScale: return Citation(.psychiatricStructuresER, lines: 432...433)
        }
    }

    /// The requirement in a sentence.
    public var title: LocalizedText {
        switch self {
        case .mealRoom:
            return LocalizedText(
                it: "È disponibile un locale per la consumazione dei pasti",
                en: "A room for meals is available")
        case .groupTherapyRoom:
            return LocalizedText(
                it: "È disponibile un locale per attività terapeutiche di gruppo (anche in comune con altri reparti)",
                en: "A room for group therapeutic activities is available (it may be shared with other wards)")
        case .adequateSpaces:
            return LocalizedText(
                it: "Locali e spazi adeguati per dimensioni, sicurezza, decoro e comfort all'attività erogata",
                en: "Rooms and spaces adequate in size, safety, decorum and comfort for the activity")
        case .safeFurnishings:
            return LocalizedText(
                it: "Arredi con caratteristiche di sicurezza, decoro e comfort",
                en: "Furnishings that are safe, decorous and comfortable")
        case .smokingArea:
            return LocalizedText(
                it: "Spazi riservati e attrezzati per gestire il tabagismo nel rispetto delle norme antifumo",
                en: "Reserved, equipped spaces to manage smoking within the smoking laws")
        case .belongingsStorage:
            return LocalizedText(
                it: "Locale o spazio attrezzato per la custodia temporanea degli effetti personali dei degenti",
                en: "A room or equipped space for the temporary custody of patients' belongings")
        case .psychodiagnosticTests:
            return LocalizedText(
                it: "Test per la valutazione psicodiagnostica e psicometrica",
                en: "Tests for psychodiagnostic and psychometric assessment")
        case .protectedTelephone:
            return LocalizedText(
                it: "Apparecchio telefonico dedicato in ambiente protetto per comunicare con l'esterno",
                en: "A dedicated telephone in a protected setting for contacting the outside")
        case .accessDoorSystem:
            return LocalizedText(
                it: "Sistema delle porte di accesso che protegge i ricoverati con alterazione delle funzioni cognitive",
                en: "An access-door system that protects patients with impaired cognitive functions")
        case .departmentCommittees:
            return LocalizedText(
                it: "Partecipazione ai Comitati di Dipartimento competenti per territorio",
                en: "Representatives take part in the territorial Department Committees")
        case .sharedProcedures:
            return LocalizedText(
                it: "Procedure condivise tra DSM-DP e SPOI tramite il comitato di dipartimento",
                en: "Procedures shared between DSM-DP and SPOI through the department committee")
        case .crisisContainment:
            return LocalizedText(
                it: "Evidenza di interventi terapeutici per il contenimento della crisi",
                en: "Evidence of therapeutic interventions to contain the crisis")
        case .safetyActions:
            return LocalizedText(
                it: "Evidenza di azioni per la sicurezza del paziente e dei familiari",
                en: "Evidence of actions to improve the safety of patient and family")
        case .patientSupport:
            return LocalizedText(
                it: "Evidenza di attività di supporto al paziente",
                en: "Evidence of patient-support activities")
        case .settingClarification:
            return LocalizedText(
                it: "Evidenza di chiarificazione del setting e dei programmi terapeutici",
                en: "Evidence of clarification of setting and therapeutic programmes")
        case .patientFamilyInvolvement:
            return LocalizedText(
                it: "Evidenza di coinvolgimento attivo di paziente e familiari nei percorsi di cura",
                en: "Evidence of active involvement of patient and family in care")
        case .awarenessActions:
            return LocalizedText(
                it: "Evidenza di azioni per il miglioramento della consapevolezza del disturbo",
                en: "Evidence of actions to improve awareness of the disorder")
        case .earlyExternalLiaison:
            return LocalizedText(
                it: "Evidenza di raccordo in tempi brevi con i servizi esterni per il percorso post-acuto",
                en: "Evidence of early contact with external services to agree the post-acute pathway")
        case .continuityOfCare:
            return LocalizedText(
                it: "Procedura concordata con il DSM-DP sulla continuità dell'assistenza (accesso e dimissione)",
                en: "Procedure agreed with the DSM-DP on continuity of care (access and discharge)")
        case .admissionAppropriateness:
            return LocalizedText(
                it: "Procedura concordata sull'appropriatezza del ricovero o dell'inserimento",
                en: "Agreed procedure on the appropriateness of admission or placement")
        case .informedConsent:
            return LocalizedText(
                it: "Procedura concordata sulle modalità del consenso informato",
                en: "Agreed procedure on informed consent")
        case .familyInformation:
            return LocalizedText(
                it: "Procedura concordata sull'informazione ai familiari",
                en: "Agreed procedure on information to the family")
        case .integrationProtocols:
            return LocalizedText(
                it: "Protocolli d'intesa con i servizi di salute mentale, monitorati e verificati, con modalità per la continuità terapeutica",
                en: "Integration protocols with mental-health services, monitored and verified, providing for therapeutic continuity")
        case .admissionMonitoring:
            return LocalizedText(
                it: "Monitoraggio dei ricoveri (appropriatezza, criticità, percorsi dopo la dimissione, drop-out come evento sentinella)",
                en: "Monitoring of admissions (appropriateness, critical issues, post-discharge pathways, drop-out as a sentinel event)")
        case .internalRegulations:
            return LocalizedText(
                it: "Regolamenti interni e linee guida per le principali attività cliniche",
                en: "Internal regulations and guidelines for the main clinical activities")
        case .assistedDischarge:
            return LocalizedText(
                it: "Modalità di dimissione assistita",
                en: "Assisted-discharge arrangements")
        case .medicalBiologicalCare:
            return LocalizedText(
                it: "Gli aspetti medico-biologici della cura sono garantiti",
                en: "The medical-biological aspects of care are guaranteed")
        case .psychiatricDrugTreatment:
            return LocalizedText(
                it: "Effettuazione e monitoraggio dei trattamenti farmacologici psichiatrici",
                en: "Delivery and monitoring of psychiatric drug treatments")
        case .diagnosticInvestigations:
            return LocalizedText(
                it: "Indagini diagnostiche laboratoristiche e strumentali connesse con le terapie",
                en: "Laboratory and instrumental diagnostics linked to the treatments")
        case .specialistConsults:
            return LocalizedText(
                it: "Consulenze internistiche e/o chirurgiche per patologie organiche urgenti",
                en: "Internal-medicine and/or surgical consults for urgent organic conditions")
        case .diagnosticServiceRelations:
            return LocalizedText(
                it: "Rapporti funzionali definiti con i servizi diagnostici (laboratorio, radiologia, ecografia)",
                en: "Functional relationships defined with diagnostic services (laboratory, radiology, ultrasound)")
        case .generalWardTransfer:
            return LocalizedText(
                it: "Trasferimento ad altri reparti dell'ospedale generale quando prevale la patologia internistica o chirurgica",
                en: "Transfer to general-hospital wards when medical or surgical illness prevails")
        case .integratedActivities:
            return LocalizedText(
                it: "Partecipazione documentata ad attività integrate fra strutture e professionisti",
                en: "Documented participation in integrated activities between structures and professionals")
        case .specialisedPathways:
            return LocalizedText(
                it: "Competenza acquisita nei percorsi clinico-assistenziali di specializzazione sempre documentata",
                en: "Competence gained in specialised care pathways is always documented")
        case .workplaceLevel:
            return LocalizedText(
                it: "Formazione nella struttura principale di lavoro (dinamica dei rapporti operatori-pazienti)",
                en: "Training in the main workplace (staff-patient relationship dynamics)")
        case .unitLevel:
            return LocalizedText(
                it: "Formazione nell'ambito dello SPOI aperta a DSM-DP, privato accreditato e volontariato",
                en: "Training within the SPOI open to DSM-DP, accredited private providers and volunteers")
        case .collaboratorLevel:
            return LocalizedText(
                it: "Formazione con i servizi e i professionisti che collaborano con lo SPOI",
                en: "Training with the services and professionals that collaborate with the SPOI")
        case .managerial:
            return LocalizedText(
                it: "Formazione organizzativa e manageriale per i responsabili della struttura",
                en: "Organisational and managerial training for the unit's heads")
        case .diagnosticProcessAudit:
            return LocalizedText(
                it: "Percorsi di verifica sui principali processi diagnostico-terapeutici",
                en: "Verification of the main diagnostic-therapeutic processes")
        case .ectAudit:
            return LocalizedText(
                it: "Percorsi di verifica sulla terapia elettroconvulsiva",
                en: "Verification of electroconvulsive therapy")
        case .asoTsoAudit:
            return LocalizedText(
                it: "Percorsi di verifica sulle procedure per ASO e TSO",
                en: "Verification of the procedures for ASO and TSO")
        case .safetyAudit:
            return LocalizedText(
                it: "Percorsi di verifica sulle norme di sicurezza di operatori e assistiti",
                en: "Verification of the safety rules for staff and patients")
        case .diagnosisCommunicationSupport:
            return LocalizedText(
                it: "Supporto a paziente e famiglia nella comunicazione della diagnosi",
                en: "Support for patient and family when the diagnosis is communicated")
        case .referentDoctorMeetings:
            return LocalizedText(
                it: "Possibilità esplicitata di incontrare il medico referente o un sostituto",
                en: "Stated ways for patient and family to meet the referent doctor or a substitute")
        case .clinicalCarePlan:
            return LocalizedText(
                it: "Piano clinico-assistenziale (controllo clinico, colloqui, attività terapeutica, contatti con il DSM-DP, terapia farmacologica)",
                en: "Clinical-care plan (clinical checks, scheduled talks, therapeutic activity, DSM-DP contact, drug therapy)")
        case .indicatorsAndStandards:
            return LocalizedText(
                it: "Attività monitorata con indicatori e standard e documentata",
                en: "Activity monitored with indicators and standards and documented")
        case .periodicAudits:
            return LocalizedText(
                it: "Audit periodici e sistematici della performance",
                en: "Periodic and systematic performance audits")
        case .accurateRecords:
            return LocalizedText(
                it: "Documentazione clinica accurata che integra le informazioni dei diversi operatori",
                en: "Accurate clinical records integrating every operator's information")
        case .personalisedProject:
            return LocalizedText(
                it: "Progetto personalizzato per ogni ricovero (ingresso, obiettivi, durata, medico DSM-DP, dimissione)",
                en: "Personalised project for each admission (admission, objectives, duration, DSM-DP doctor, discharge)")
        case .leaveLimitationRecords:
            return LocalizedText(
                it: "Registrazione scritta delle limitazioni dei permessi di uscita per motivi clinici",
                en: "Written record of limits on leave for clinical reasons")
        case .restraintRecords:
            return LocalizedText(
                it: "Registrazione scritta della contenzione (data, ora, paziente, diagnosi, motivi, tipo, firma del medico)",
                en: "Written record of restraint (date, time, patient, diagnosis, reasons, type, doctor's signature)")
        case .sdoDataEntry:
            return LocalizedText(
                it: "Monitoraggio dei ricoveri con accurato inserimento dei dati della scheda nosologica (SDO)",
                en: "Admission monitoring through accurate SDO data entry")
        case .validatedOutcomeScale:
            return LocalizedText(
                it: "Valutazione di esito dei ricoveri con scala validata",
                en: "Admission outcomes evaluated with a validated scale")
        }
    }

    /// The requirements of one area, in declaration order (the canonical JSON order).
    public static func requirements(in area: RequirementArea) -> [SPOIRequirement] {
        allCases.filter { $0.area == area }
    }
}

extension SPOIRequirement {
    /// The case's position in declaration order, read from its one-byte tag. Equality and
    /// hashing use it instead of the raw string, which the `RawRepresentable` defaults would
    /// hash: every dossier inserts and looks up some fifty requirements, so this is the
    /// difference between hashing one byte and hashing fifty strings.
    var ordinal: UInt8 { withUnsafeBytes(of: self) { $0[0] } }

    public static func == (lhs: SPOIRequirement, rhs: SPOIRequirement) -> Bool { lhs.ordinal == rhs.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
