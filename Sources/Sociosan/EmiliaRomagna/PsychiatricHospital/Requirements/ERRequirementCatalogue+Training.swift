extension ERRequirementCatalogue {
    /// *Formazione*: the three-level model (SPOI L374-L384, residences L1005-L1012, DCA
    /// L2100-L2109, general psychiatry L2505-L2514), managerial training, and the psychogeriatric
    /// unit's own model (burn-out prevention and ECM, L1688-L1694), which does not use the three levels.
    static let training: [ERRequirement] = [
        ERRequirement(
            code: "workplace-level", area: .training,
            title: LocalizedText(
                it: "Formazione nella struttura principale di lavoro (dinamica dei rapporti operatori-pazienti)",
                en: "Training in the main workplace (staff-patient relationship dynamics)"),
            sources: sources(spoi: 374...378, residences: 1005...1008, dca: 2100...2103, general: 2505...2508)),
        ERRequirement(
            code: "unit-level", area: .training,
            title: LocalizedText(
                it: "Formazione nell'ambito della struttura aperta a DSM-DP, privato accreditato e volontariato",
                en: "Training within the unit open to DSM-DP, accredited private providers and volunteers"),
            sources: sources(spoi: 380...381, residences: 1009...1009, dca: 2105...2106, general: 2509...2511),
            note: "The seed says 'nell'ambito dello SPOI' (L380), 'della struttura' (residences L1009, general psychiatry L2509) or 'della riabilitazione DCA' (L2105), open to the same three groups: the same obligation, so the title says 'the unit' (it was 'dello SPOI' when the SPOI alone used it)."),
        ERRequirement(
            code: "collaborator-level", area: .training,
            title: LocalizedText(
                it: "Formazione con i servizi e i professionisti che collaborano con la struttura",
                en: "Training with the services and professionals that collaborate with the unit"),
            sources: sources(spoi: 383...384, residences: 1010...1012, dca: 2108...2109, general: 2512...2514),
            note: "The seed says 'con lo SPOI' (L383), 'con la struttura' (L1010, L2512) or 'con la riabilitazione DCA' (L2108): the same obligation, so the title says 'the unit' (it was 'lo SPOI' when the SPOI alone used it)."),
        ERRequirement(
            code: "managerial", area: .training,
            title: LocalizedText(
                it: "Formazione organizzativa e manageriale per i responsabili della struttura",
                en: "Organisational and managerial training for the unit's heads"),
            sources: sources(
                spoi: 386...387, residences: 1015...1016, psychogeriatric: 1693...1694, dca: 2117...2118,
                general: 2516...2517),
            note: "The two cod. 56 units address it to the heads of complex and simple organisational structures and speak of managerial competences only (L1693-L1694, L2117-L2118): the same obligation."),
        ERRequirement(
            code: "annual-training-programme", area: .training,
            title: LocalizedText(
                it: "La partecipazione degli operatori alla formazione segue un programma annuale",
                en: "Staff training follows an annual programme"),
            sources: sources(residences: 1003...1004)),
        ERRequirement(
            code: "specialist-training-focus", area: .training,
            title: LocalizedText(
                it: "Per le RTI specialistiche la formazione insiste sul settore di intervento erogato",
                en: "In specialist RTIs training focuses on the field of intervention"),
            sources: sources(rtiSpecialist: 1013...1014)),
        ERRequirement(
            code: "burnout-prevention", area: .training,
            title: LocalizedText(
                it: "Attività di prevenzione del burn-out anche tramite sedute di supervisione",
                en: "Burn-out prevention, including supervision sessions"),
            sources: sources(psychogeriatric: 1689...1689, dca: 2111...2112),
            note: "DCA (L2111-L2112) adds the integration of the care team as an aim of the supervision sessions: the same obligation."),
        ERRequirement(
            code: "continuing-medical-education", area: .training,
            title: LocalizedText(
                it: "Educazione Continua in Medicina (ECM) programmata secondo le indicazioni nazionali e regionali",
                en: "Continuing medical education (ECM) planned as national and regional rules require"),
            sources: sources(psychogeriatric: 1690...1691, dca: 2114...2115)),
    ]
}
