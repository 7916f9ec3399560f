extension ERRequirementCatalogue {
    /// *Requisiti organizzativi - procedure*: the organisational procedures a structure attests.
    /// Access channels and hours, access times and lengths of stay are modelled elsewhere.
    static let procedures: [ERRequirement] = [
        ERRequirement(
            code: "department-committees", area: .procedures,
            title: LocalizedText(
                it: "Partecipazione ai Comitati di Dipartimento competenti per territorio",
                en: "Representatives take part in the territorial Department Committees"),
            sources: sources(spoi: 284...286, residences: 883...885),
            note: "The residences (L883-L885) add 'un rappresentante o più, per ogni struttura' and attendance at the meetings on planning, clinical governance and public/private integration: the same obligation."),
        ERRequirement(
            code: "shared-procedures", area: .procedures,
            title: LocalizedText(
                it: "Procedure condivise tra DSM-DP e SPOI tramite il comitato di dipartimento",
                en: "Procedures shared between DSM-DP and SPOI through the department committee"),
            sources: sources(spoi: 287...288)),
        ERRequirement(
            code: "crisis-containment", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di interventi terapeutici per il contenimento della crisi",
                en: "Evidence of therapeutic interventions to contain the crisis"),
            sources: sources(spoi: 304...305)),
        ERRequirement(
            code: "safety-actions", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di azioni per la sicurezza del paziente e dei familiari",
                en: "Evidence of actions to improve the safety of patient and family"),
            sources: sources(spoi: 304...306)),
        ERRequirement(
            code: "patient-support", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di attività di supporto al paziente",
                en: "Evidence of patient-support activities"),
            sources: sources(spoi: 304...307)),
        ERRequirement(
            code: "setting-clarification", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di chiarificazione del setting e dei programmi terapeutici",
                en: "Evidence of clarification of setting and therapeutic programmes"),
            sources: sources(spoi: 304...308)),
        ERRequirement(
            code: "patient-family-involvement", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di coinvolgimento attivo di paziente e familiari nei percorsi di cura",
                en: "Evidence of active involvement of patient and family in care"),
            sources: sources(spoi: 304...309)),
        ERRequirement(
            code: "awareness-actions", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di azioni per il miglioramento della consapevolezza del disturbo",
                en: "Evidence of actions to improve awareness of the disorder"),
            sources: sources(spoi: 304...310)),
        ERRequirement(
            code: "early-external-liaison", area: .procedures,
            title: LocalizedText(
                it: "Evidenza di raccordo in tempi brevi con i servizi esterni per il percorso post-acuto",
                en: "Evidence of early contact with external services to agree the post-acute pathway"),
            sources: sources(spoi: 304...313)),
        ERRequirement(
            code: "continuity-of-care", area: .procedures,
            title: LocalizedText(
                it: "Procedura concordata con il DSM-DP sulla continuità dell'assistenza (accesso e dimissione)",
                en: "Procedure agreed with the DSM-DP on continuity of care (access and discharge)"),
            sources: sources(spoi: 315...316, residences: 887...888, general: 2474...2476),
            note: "General psychiatry (L2474-L2476) asks for the same operating procedure without naming the DSM-DP as counterpart; the residences must agree it first with the AUSL where the structure is, then with the other AUSLs they supply (L893-L894, X-10)."),
        ERRequirement(
            code: "admission-appropriateness", area: .procedures,
            title: LocalizedText(
                it: "Procedura concordata sull'appropriatezza del ricovero o dell'inserimento",
                en: "Agreed procedure on the appropriateness of admission or placement"),
            sources: sources(
                spoi: 315...317, residences: 887...891, psychogeriatric: 1611...1612, dca: 2073...2074,
                general: 2474...2477),
            note: "One obligation, several wordings: SPOI with the DSM-DP (L315-L317); residences with the DSM-DP 'secondo i quadri primari e secondari individuati negli accordi regionali' (L889-L891); the two cod. 56 units as 'protocolli di appropriatezza dei ricoveri' agreed with the referring structures in line with regional planning (L1611-L1612, L2073-L2074, which adds the regional guidelines); general psychiatry without a named counterpart (L2477)."),
        ERRequirement(
            code: "informed-consent", area: .procedures,
            title: LocalizedText(
                it: "Procedura concordata sulle modalità del consenso informato",
                en: "Agreed procedure on informed consent"),
            sources: sources(spoi: 315...318, residences: 887...892, general: 2474...2478),
            note: "The residences (L892) and general psychiatry (L2478) state informed consent and information to the family in one bullet; the catalogue keeps the SPOI's two items (L318, L319) for every type."),
        ERRequirement(
            code: "family-information", area: .procedures,
            title: LocalizedText(
                it: "Procedura concordata sull'informazione ai familiari",
                en: "Agreed procedure on information to the family"),
            sources: sources(spoi: 315...319, residences: 887...892, general: 2474...2478)),
        ERRequirement(
            code: "integration-protocols", area: .procedures,
            title: LocalizedText(
                it: "Protocolli d'intesa con i servizi di salute mentale, monitorati e verificati, con modalità per la continuità terapeutica",
                en: "Integration protocols with mental-health services, monitored and verified, providing for therapeutic continuity"),
            sources: sources(spoi: 321...330)),
        ERRequirement(
            code: "admission-monitoring", area: .procedures,
            title: LocalizedText(
                it: "Monitoraggio dei ricoveri (appropriatezza, criticità, percorsi dopo la dimissione, drop-out come evento sentinella)",
                en: "Monitoring of admissions (appropriateness, critical issues, post-discharge pathways, drop-out as a sentinel event)"),
            sources: sources(spoi: 332...340)),
        ERRequirement(
            code: "severe-disorder-joint-management", area: .procedures,
            title: LocalizedText(
                it: "Modalità di gestione comune con il servizio inviante dei casi con disturbi mentali severi",
                en: "Arrangements with the referring service for the joint management of cases with severe mental disorders"),
            sources: sources(residences: 895...896)),
        ERRequirement(
            code: "joint-training-supervision", area: .procedures,
            title: LocalizedText(
                it: "Iniziative formative comuni e supervisione dei casi clinici definite con il servizio inviante",
                en: "Joint training initiatives and clinical case supervision arranged with the referring service"),
            sources: sources(residences: 895...897)),
        ERRequirement(
            code: "dual-diagnosis-assessment", area: .procedures,
            title: LocalizedText(
                it: "Modalità per attività valutative specialistiche ed eventualmente assistenziali, in particolare nella doppia diagnosi",
                en: "Arrangements for specialist assessment and, where needed, care, especially in dual diagnosis"),
            sources: sources(residences: 899...902)),
        ERRequirement(
            code: "minors-adolescents-care", area: .procedures,
            title: LocalizedText(
                it: "Modalità per l'assistenza ai figli di persone con disturbi psichiatrici e per le situazioni adolescenziali gravi",
                en: "Arrangements for the care of the children of people with psychiatric disorders and for serious adolescent cases"),
            sources: sources(residences: 899...906)),
        ERRequirement(
            code: "dementia-psychogeriatric-care", area: .procedures,
            title: LocalizedText(
                it: "Modalità per attività valutative, terapeutiche e assistenziali per demenza e altre malattie psicogeriatriche",
                en: "Arrangements for assessment, therapy and care of dementia and other psychogeriatric illness"),
            sources: sources(residences: 899...909)),
        ERRequirement(
            code: "cognitive-problems-care", area: .procedures,
            title: LocalizedText(
                it: "Modalità per funzioni specialistiche diagnostiche, terapeutiche e riabilitative per i problemi cognitivi",
                en: "Arrangements for specialist diagnostic, therapeutic and rehabilitative work on cognitive problems"),
            sources: sources(residences: 899...912)),
        ERRequirement(
            code: "specialist-detailed-protocols", area: .procedures,
            title: LocalizedText(
                it: "Per le RTI specialistiche i protocolli con il servizio inviante contengono e condividono attività dettagliate",
                en: "For specialist RTIs the protocols with the referring service contain and share detailed activities"),
            sources: sources(rtiSpecialist: 911...913)),
        ERRequirement(
            code: "internal-regulations", area: .procedures,
            title: LocalizedText(
                it: "Regolamenti interni e linee guida per le principali attività cliniche",
                en: "Internal regulations and guidelines for the main clinical activities"),
            sources: sources(spoi: 342...342, residences: 971...972, general: 2480...2480),
            note: "The residences need them for each residential unit, RTI, RTI specialistica and RTP (L972): each type's dossier attests its own."),
        ERRequirement(
            code: "restraint-alternatives", area: .procedures,
            title: LocalizedText(
                it: "Regolamento per l'effettuazione di interventi alternativi alla contenzione",
                en: "A regulation for interventions that are alternatives to restraint"),
            sources: sources(residences: 974...974),
            note: "A-20: the residences are asked for a regulation of alternatives to restraint (L974) and no restraint record (L1066-L1067); the record (restraint-records) binds SPOI, DCA and general psychiatry. A different obligation, so a different entry."),
        ERRequirement(
            code: "assisted-discharge", area: .procedures,
            title: LocalizedText(
                it: "Modalità di dimissione assistita",
                en: "Assisted-discharge arrangements"),
            sources: sources(spoi: 343...343, residences: 976...976, general: 2482...2482),
            note: "The two cod. 56 units ask instead for discharge procedures agreed with the territorial services (agreed-discharge-procedures)."),
        ERRequirement(
            code: "urgent-case-management", area: .procedures,
            title: LocalizedText(
                it: "Modalità organizzativa specifica per la gestione o il trasferimento in caso di urgenza",
                en: "A specific organisational arrangement for managing or transferring urgent cases"),
            sources: sources(dca: 2072...2072)),
        ERRequirement(
            code: "pressure-ulcer-protocol", area: .procedures,
            title: LocalizedText(
                it: "Protocollo/linea guida per prevenzione e trattamento delle lesioni da decubito individuato, adottato e monitorato",
                en: "A pressure-ulcer prevention and treatment protocol or guideline chosen, adopted and monitored"),
            sources: sources(psychogeriatric: 1613...1615),
            note: "The seed points in particular to the protocols recommended by the Emilia-Romagna Region (L1614-L1615); any protocol chosen, adopted and monitored is attested."),
        ERRequirement(
            code: "family-contact-procedures", area: .procedures,
            title: LocalizedText(
                it: "Modalità operative documentate che facilitano il contatto del paziente con i familiari",
                en: "Documented procedures that help patients keep in touch with their family"),
            sources: sources(psychogeriatric: 1616...1616)),
        ERRequirement(
            code: "social-services-activation", area: .procedures,
            title: LocalizedText(
                it: "Procedure documentate di attivazione dei servizi sociali",
                en: "Documented procedures for activating the social services"),
            sources: sources(psychogeriatric: 1617...1617, dca: 2075...2075)),
        ERRequirement(
            code: "agreed-discharge-procedures", area: .procedures,
            title: LocalizedText(
                it: "Procedure di dimissione concordate con i servizi territoriali, con le modalità della presa in carico",
                en: "Discharge procedures agreed with the territorial services, stating how they take the patient over"),
            sources: sources(psychogeriatric: 1618...1620, dca: 2076...2077),
            note: "Psychogeriatric rehabilitation adds home care and residential placement as the cases to cover (L1619-L1620). The digest's matrix puts this on the assisted-discharge row; the seed's obligation (a procedure agreed with the territorial services) differs, so it is a separate entry."),
        ERRequirement(
            code: "dca-network-information-sharing", area: .procedures,
            title: LocalizedText(
                it: "Condivisione delle informazioni cliniche fra i nodi della rete DCA regionale per facilitare i passaggi tra équipe",
                en: "Clinical information shared across the regional DCA network to ease transfers between teams"),
            sources: sources(dca: 2171...2174)),
    ]
}
