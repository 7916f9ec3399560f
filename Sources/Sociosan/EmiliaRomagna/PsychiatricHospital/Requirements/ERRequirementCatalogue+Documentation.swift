extension ERRequirementCatalogue {
    /// *Documentazione sanitaria* (digest §1.5), the residences' staffing document and the
    /// documentation items of the two cod. 56 units.
    static let documentation: [ERRequirement] = [
        ERRequirement(
            code: "staffing-plan-document", area: .documentation,
            title: LocalizedText(
                it: "Documento sulla dotazione di personale con distribuzione degli operatori e responsabilità assegnate",
                en: "A staffing document stating how staff are deployed and the responsibilities assigned"),
            sources: sources(residences: 865...866),
            note: "A staffing sentence without a number (L865-L866): the document is attested; the staffing calculator checks the figures."),
        ERRequirement(
            code: "accurate-records", area: .documentation,
            title: LocalizedText(
                it: "Documentazione clinica accurata che integra le informazioni dei diversi operatori",
                en: "Accurate clinical records integrating every operator's information"),
            sources: sources(spoi: 413...415, residences: 1057...1059, dca: 2146...2148, general: 2552...2554),
            note: "The psychogeriatric unit asks instead for a clinical record with a minimum dataset (clinical-record-minimum-dataset, L1713-L1716)."),
        ERRequirement(
            code: "personalised-project", area: .documentation,
            title: LocalizedText(
                it: "Progetto personalizzato per ogni ricovero (ingresso, obiettivi, durata, medico DSM-DP, dimissione)",
                en: "Personalised project for each admission (admission, objectives, duration, DSM-DP doctor, discharge)"),
            sources: sources(spoi: 416...420, residences: 1061...1064, dca: 2149...2153, general: 2555...2559),
            note: "General psychiatry names 'il medico' with whom the project was agreed, not a DSM-DP doctor (L2558): its project names the agreeing doctor, whoever employs them."),
        ERRequirement(
            code: "leave-limitation-records", area: .documentation,
            title: LocalizedText(
                it: "Registrazione scritta delle limitazioni dei permessi di uscita per motivi clinici",
                en: "Written record of limits on leave for clinical reasons"),
            sources: sources(spoi: 422...423, residences: 1066...1067, dca: 2155...2156, general: 2561...2562)),
        ERRequirement(
            code: "restraint-records", area: .documentation,
            title: LocalizedText(
                it: "Registrazione scritta della contenzione (data, ora, paziente, diagnosi, motivi, tipo, firma del medico)",
                en: "Written record of restraint (date, time, patient, diagnosis, reasons, type, doctor's signature)"),
            sources: sources(spoi: 424...426, dca: 2157...2159, general: 2563...2565),
            note: "A-20: not asked of the residences, whose record lists only leave limitations (L1066-L1067) and which regulate alternatives to restraint instead (restraint-alternatives, L974); the psychogeriatric section has no restraint item."),
        ERRequirement(
            code: "sdo-data-entry", area: .documentation,
            title: LocalizedText(
                it: "Monitoraggio dei ricoveri con accurato inserimento dei dati della scheda nosologica (SDO)",
                en: "Admission monitoring through accurate SDO data entry"),
            sources: sources(spoi: 429...430, dca: 2161...2163, general: 2568...2569),
            note: "A-20: the residences have no SDO item."),
        ERRequirement(
            code: "validated-outcome-scale", area: .documentation,
            title: LocalizedText(
                it: "Valutazione di esito dei ricoveri con scala validata",
                en: "Admission outcomes evaluated with a validated scale"),
            sources: sources(spoi: 432...433, dca: 2164...2166, general: 2571...2571),
            note: "A-20: the residences have no outcome-scale item; the psychogeriatric unit has its own functional-recovery-scale."),
        ERRequirement(
            code: "clinical-record-minimum-dataset", area: .documentation,
            title: LocalizedText(
                it: "Cartella clinica con set minimo di dati (menomazioni e disabilità, obiettivi e risultati attesi, strumenti, risultati raggiunti)",
                en: "Clinical record with a minimum dataset (impairments and disabilities, objectives and expected results, tools, results achieved)"),
            sources: sources(psychogeriatric: 1713...1716)),
        ERRequirement(
            code: "rehabilitation-project", area: .documentation,
            title: LocalizedText(
                it: "Presa in carico con un progetto e uno o più programmi riabilitativi in cartella, redatti dal team interprofessionale",
                en: "Care through one project and one or more rehabilitation programmes in the record, written by the interprofessional team"),
            sources: sources(psychogeriatric: 1717...1719),
            note: "Repeated at L1731-L1732. The psychogeriatric counterpart of personalised-project."),
        ERRequirement(
            code: "discharge-report", area: .documentation,
            title: LocalizedText(
                it: "Relazione scritta alla dimissione per ogni utente secondo protocolli definiti",
                en: "A written discharge report for every patient, under defined protocols"),
            sources: sources(psychogeriatric: 1725...1726)),
        ERRequirement(
            code: "discharge-report-contents", area: .documentation,
            title: LocalizedText(
                it: "La relazione di dimissione descrive le attività svolte per chi prende in carico, con raccomandazioni agli operatori e indicazioni alla famiglia",
                en: "The discharge report describes the work done for whoever takes over, with recommendations for staff and guidance for the family"),
            sources: sources(psychogeriatric: 1760...1768)),
        ERRequirement(
            code: "nursing-discharge-plan", area: .documentation,
            title: LocalizedText(
                it: "Piano di dimissione infermieristico per portatori di cateteri, stomie, nutrizione artificiale, ulcere da pressione, ossigenoterapia domiciliare",
                en: "A nursing discharge plan for patients with catheters, stomas, artificial nutrition, pressure ulcers or home oxygen"),
            sources: sources(psychogeriatric: 1757...1759)),
        ERRequirement(
            code: "interdisciplinary-record", area: .documentation,
            title: LocalizedText(
                it: "Percorso diagnostico riportato in una cartella interdisciplinare che ne dà evidenza",
                en: "The diagnostic pathway recorded in an interdisciplinary record that shows it"),
            sources: sources(dca: 2168...2169)),
        ERRequirement(
            code: "service-charter-models", area: .documentation,
            title: LocalizedText(
                it: "Modelli terapeutici ed evidenze di riferimento indicati nella carta dei servizi e/o nelle procedure terapeutiche",
                en: "Therapeutic models and their evidence stated in the service charter and/or the therapeutic procedures"),
            sources: sources(dca: 2180...2181)),
    ]
}
