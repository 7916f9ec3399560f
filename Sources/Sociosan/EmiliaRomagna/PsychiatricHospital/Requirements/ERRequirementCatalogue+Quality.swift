extension ERRequirementCatalogue {
    /// *Qualificazione dei processi diagnostico-terapeutici e assistenziali* (digest §1.6) and the
    /// psychogeriatric unit's *qualificazione dei percorsi* (L1696-L1759).
    static let quality: [ERRequirement] = [
        ERRequirement(
            code: "diagnostic-process-audit", area: .quality,
            title: LocalizedText(
                it: "Percorsi di verifica sui principali processi diagnostico-terapeutici",
                en: "Verification of the main diagnostic-therapeutic processes"),
            sources: sources(spoi: 390...393, residences: 1026...1029, dca: 2121...2125, general: 2520...2523),
            note: "DCA verifies the application of the guidelines it has adopted and names the eating-disorder processes in particular (L2121, L2124-L2125)."),
        ERRequirement(
            code: "ect-audit", area: .quality,
            title: LocalizedText(
                it: "Percorsi di verifica sulla terapia elettroconvulsiva",
                en: "Verification of electroconvulsive therapy"),
            sources: sources(spoi: 390...394, residences: 1026...1030, general: 2520...2524),
            note: "Not asked of DCA: its list (L2121-L2128) has no electroconvulsive-therapy item; the psychogeriatric unit has no verification list."),
        ERRequirement(
            code: "aso-tso-audit", area: .quality,
            title: LocalizedText(
                it: "Percorsi di verifica sulle procedure per ASO e TSO",
                en: "Verification of the procedures for ASO and TSO"),
            sources: sources(spoi: 390...395, residences: 1026...1031, dca: 2121...2127, general: 2520...2525),
            note: "A-12: the SPOI takes no TSO (L122-L123) yet verifies the ASO/TSO procedures (L395): read as the procedures for handling or transferring such cases, and attested like any other verification."),
        ERRequirement(
            code: "safety-audit", area: .quality,
            title: LocalizedText(
                it: "Percorsi di verifica sulle norme di sicurezza di operatori e assistiti",
                en: "Verification of the safety rules for staff and patients"),
            sources: sources(spoi: 390...396, residences: 1026...1032, dca: 2121...2128, general: 2520...2526)),
        ERRequirement(
            code: "complex-care-pathways", area: .quality,
            title: LocalizedText(
                it: "Percorsi assistenziali complessi per anziani con demenza iniziale e alterazioni psichiche, doppia diagnosi, DCA",
                en: "Complex care pathways for elderly people with early dementia and psychic disorders, dual diagnosis and eating disorders"),
            sources: sources(residences: 962...965, general: 2528...2531),
            note: "The residences state it among their procedures, 'in particolare nelle RTI specialistiche' (L962): it binds RTI, RTI specialistica and RTP alike, the specialist RTI being only the first place where it is expected."),
        ERRequirement(
            code: "diagnosis-communication-support", area: .quality,
            title: LocalizedText(
                it: "Supporto a paziente e famiglia nella comunicazione della diagnosi",
                en: "Support for patient and family when the diagnosis is communicated"),
            sources: sources(spoi: 398...399, residences: 1034...1035, dca: 2130...2131),
            note: "General psychiatry has no such item (L2528-L2536)."),
        ERRequirement(
            code: "referrer-communication", area: .quality,
            title: LocalizedText(
                it: "Modalità di comunicazione con il medico di riferimento del paziente o con il servizio inviante",
                en: "Defined ways of communicating with the patient's referring doctor or service"),
            sources: sources(residences: 1036...1037, general: 2533...2534)),
        ERRequirement(
            code: "referent-doctor-meetings", area: .quality,
            title: LocalizedText(
                it: "Possibilità esplicitata di incontrare il medico referente o un sostituto",
                en: "Stated ways for patient and family to meet the referent doctor or a substitute"),
            sources: sources(spoi: 400...401, dca: 2132...2133, general: 2535...2536),
            note: "The residences have no such item (L1034-L1037)."),
        ERRequirement(
            code: "clinical-care-plan", area: .quality,
            title: LocalizedText(
                it: "Piano clinico-assistenziale (controllo clinico, colloqui, attività terapeutica, contatti con il DSM-DP, terapia farmacologica)",
                en: "Clinical-care plan (clinical checks, scheduled talks, therapeutic activity, DSM-DP contact, drug therapy)"),
            sources: sources(spoi: 403...408, residences: 1039...1044, dca: 2135...2140, general: 2538...2543),
            note: "The same five elements everywhere; the residences say 'controllo clinico programmato' (L1040), and residences, DCA and general psychiatry 'attività terapeutico-riabilitativa' (L1042, L2138, L2541)."),
        ERRequirement(
            code: "care-project-contribution", area: .quality,
            title: LocalizedText(
                it: "La struttura concorre, secondo le proprie specificità, alla realizzazione del progetto di cura",
                en: "The structure contributes to the care project according to its own specific features"),
            sources: sources(residences: 1046...1046)),
        ERRequirement(
            code: "specialist-beds-agreed", area: .quality,
            title: LocalizedText(
                it: "Posti letto dedicati a inserimenti intensivi specialistici dichiarati e concordati con il DSM-DP committente",
                en: "Beds dedicated to specialist intensive placements declared and agreed with the commissioning DSM-DP"),
            sources: sources(rtiSpecialist: 1019...1021),
            note: "A-18: the sentence concerns the beds dedicated to specialist placements (dual diagnosis, minors, psychogeriatrics, 'ecc.'), that is the specialist RTI; an RTI or RTP without such beds has nothing to declare."),
        ERRequirement(
            code: "specialist-programmes-documented", area: .quality,
            title: LocalizedText(
                it: "Attività e programmi clinici documentati per le aree di intervento dichiarate e concordate",
                en: "Clinical activities and programmes documented for the declared and agreed fields of intervention"),
            sources: sources(rtiSpecialist: 1022...1023),
            note: "A-18: follows the declaration of specialist beds (L1019-L1021), so it binds the specialist RTI."),
        ERRequirement(
            code: "programme-efficacy-monitoring", area: .quality,
            title: LocalizedText(
                it: "È monitorata l'efficacia dei programmi attuati",
                en: "The efficacy of the programmes carried out is monitored"),
            sources: sources(rtiSpecialist: 1024...1024),
            note: "A-18: the programmes are those of the declared specialist fields (L1022-L1024), so it binds the specialist RTI."),
        ERRequirement(
            code: "indicators-and-standards", area: .quality,
            title: LocalizedText(
                it: "Attività monitorata con indicatori e standard e documentata",
                en: "Activity monitored with indicators and standards and documented"),
            sources: sources(spoi: 410...410, residences: 1051...1051, dca: 2142...2142, general: 2545...2545),
            note: "Residences, DCA and general psychiatry: 'l'attività è documentata attraverso indicatori e standard' (L1051, L2142, L2545); the same obligation."),
        ERRequirement(
            code: "monitoring-methods-documented", area: .quality,
            title: LocalizedText(
                it: "Sono documentate le modalità di monitoraggio adottate per il controllo delle procedure previste",
                en: "The methods used to monitor the required procedures are documented"),
            sources: sources(residences: 1055...1055, dca: 2143...2143, general: 2546...2546)),
        ERRequirement(
            code: "periodic-audits", area: .quality,
            title: LocalizedText(
                it: "Audit periodici e sistematici della performance",
                en: "Periodic and systematic performance audits"),
            sources: sources(spoi: 411...411, residences: 1053...1053, dca: 2144...2144, general: 2547...2547),
            note: "The SPOI audits 'periodicamente e con sistematicità' (L411), the others 'continuativamente e con sistematicità' (L1053, L2144, L2547): one obligation (systematic performance audits); an auditor of the other types expects audits that run continuously."),
        ERRequirement(
            code: "team-functions-documented", area: .quality,
            title: LocalizedText(
                it: "Il team interprofessionale svolge e documenta in cartella le sue funzioni (valutazione, progetto e programmi, trattamento, educazione, dimissione ...)",
                en: "The interprofessional team carries out and records its functions (evaluation, project and programmes, treatment, education, discharge ...)"),
            sources: sources(psychogeriatric: 1696...1707)),
        ERRequirement(
            code: "occupational-therapy", area: .quality,
            title: LocalizedText(
                it: "È garantita l'attività di terapia occupazionale",
                en: "Occupational therapy is provided"),
            sources: sources(psychogeriatric: 1709...1709)),
        ERRequirement(
            code: "user-family-education", area: .quality,
            title: LocalizedText(
                it: "Formazione ed educazione per utenti, familiari e operatori dei servizi sociali; informazione su tutela dei diritti e benefici",
                en: "Training and education for patients, families and social-service staff; information on rights and benefits"),
            sources: sources(psychogeriatric: 1710...1712)),
        ERRequirement(
            code: "functional-recovery-scale", area: .quality,
            title: LocalizedText(
                it: "Miglioramenti misurati con scale validate, di cui una per il recupero funzionale con confronto nazionale e internazionale",
                en: "Improvement measured with validated scales, one of them a functional-recovery scale allowing national and international comparison"),
            sources: sources(psychogeriatric: 1720...1724),
            note: "Repeated at L1754-L1756. Different from the validated-outcome-scale of the other types (L432-L433): it measures functional recovery and must allow comparison (A-31 leaves the scale unnamed)."),
        ERRequirement(
            code: "validated-guidelines", area: .quality,
            title: LocalizedText(
                it: "Linee guida riconosciute e validate; protocolli e procedure verificabili e aggiornati",
                en: "Recognised, validated guidelines; verifiable, up-to-date protocols and procedures"),
            sources: sources(psychogeriatric: 1727...1728),
            note: "The psychogeriatric counterpart of internal-regulations (L342), with a different obligation (adopting recognised guidelines and keeping protocols verifiable), so a separate entry."),
        ERRequirement(
            code: "multiprofessional-evaluation", area: .quality,
            title: LocalizedText(
                it: "Progetto e programmi basati sulla valutazione multiprofessionale degli aspetti funzionali, internistici, cognitivi, comportamentali e psicopatologici",
                en: "Project and programmes based on a multiprofessional evaluation of functional, medical, cognitive, behavioural and psychopathological aspects"),
            sources: sources(psychogeriatric: 1733...1735)),
        ERRequirement(
            code: "clinical-problem-management", area: .quality,
            title: LocalizedText(
                it: "Progetto e programmi gestiscono comorbilità e complicanze, psicofarmaci, fisioterapia, rieducazione motoria, riabilitazione cognitiva, terapia occupazionale, rieducazione all'alimentazione",
                en: "Project and programmes manage comorbidity and complications, psychopharmacology, physiotherapy, motor re-education, cognitive rehabilitation, occupational therapy and feeding re-education"),
            sources: sources(psychogeriatric: 1737...1750)),
        ERRequirement(
            code: "caregiver-support", area: .quality,
            title: LocalizedText(
                it: "Informazione, formazione e sostegno ai familiari e ai care giver durante il ricovero e dopo la dimissione",
                en: "Information, training and support for families and caregivers during the stay and after discharge"),
            sources: sources(psychogeriatric: 1752...1753)),
        ERRequirement(
            code: "evidence-based-pathways", area: .quality,
            title: LocalizedText(
                it: "Percorsi terapeutici descritti con riferimenti ed evidenze scientifiche, strutturati e valutati in itinere e al follow-up",
                en: "Therapeutic pathways described with references and scientific evidence, structured, and evaluated during treatment and at follow-up"),
            sources: sources(dca: 2176...2178)),
    ]
}
