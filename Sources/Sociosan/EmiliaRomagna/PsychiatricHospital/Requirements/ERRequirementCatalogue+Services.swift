extension ERRequirementCatalogue {
    /// *Acquisizione servizi*: the service-acquisition matrix of digest §1.4 (protocols and
    /// functional relationships with laboratory, radiology, cardiology and other services).
    static let services: [ERRequirement] = [
        ERRequirement(
            code: "medical-biological-care", area: .services,
            title: LocalizedText(
                it: "Gli aspetti medico-biologici della cura sono garantiti",
                en: "The medical-biological aspects of care are guaranteed"),
            sources: sources(spoi: 346...347)),
        ERRequirement(
            code: "psychiatric-drug-treatment", area: .services,
            title: LocalizedText(
                it: "Effettuazione e monitoraggio dei trattamenti farmacologici psichiatrici",
                en: "Delivery and monitoring of psychiatric drug treatments"),
            sources: sources(spoi: 346...348)),
        ERRequirement(
            code: "diagnostic-investigations", area: .services,
            title: LocalizedText(
                it: "Indagini diagnostiche laboratoristiche e strumentali connesse con le terapie",
                en: "Laboratory and instrumental diagnostics linked to the treatments"),
            sources: sources(spoi: 349...351)),
        ERRequirement(
            code: "specialist-consults", area: .services,
            title: LocalizedText(
                it: "Consulenze internistiche e/o chirurgiche per patologie organiche urgenti",
                en: "Internal-medicine and/or surgical consults for urgent organic conditions"),
            sources: sources(spoi: 357...358)),
        ERRequirement(
            code: "diagnostic-service-relations", area: .services,
            title: LocalizedText(
                it: "Rapporti funzionali definiti con i servizi diagnostici (laboratorio, radiologia, ecografia)",
                en: "Functional relationships defined with diagnostic services (laboratory, radiology, ultrasound)"),
            sources: sources(spoi: 360...361, residences: 979...980, general: 2485...2486),
            note: "The residences add endoscopy and, with general psychiatry, the other operating units (L979-L980, L2485-L2486); the SPOI's list is open ('…', L361). The cod. 56 units have laboratory and radiology protocols instead (laboratory-protocols, radiology-protocols)."),
        ERRequirement(
            code: "general-ward-transfer", area: .services,
            title: LocalizedText(
                it: "Trasferimento ad altri reparti dell'ospedale generale quando prevale la patologia internistica o chirurgica",
                en: "Transfer to general-hospital wards when medical or surgical illness prevails"),
            sources: sources(spoi: 363...365),
            note: "DCA's arrangement for managing or transferring urgent cases (L2072) is a procedure of its own: urgent-case-management."),
        ERRequirement(
            code: "laboratory-protocols", area: .services,
            title: LocalizedText(
                it: "Protocolli concordati con il laboratorio analisi per gli esami urgenti h24 7 giorni su 7 e per quelli ordinari",
                en: "Protocols agreed with the clinical laboratory for urgent tests 24 h a day, 7 days a week, and for routine tests"),
            sources: sources(
                residences: 982...985, psychogeriatric: 1623...1626, dca: 2080...2083, general: 2487...2490),
            note: "The cod. 56 units agree the laboratory and radiology protocols in one sentence (L1623-L1626, L2080-L2083; the DCA sentence is garbled at L2083, A-36); the catalogue splits it into laboratory-protocols and radiology-protocols, both citing it."),
        ERRequirement(
            code: "radiology-protocols", area: .services,
            title: LocalizedText(
                it: "Protocolli concordati con la radiologia per le urgenze cliniche h24 7 giorni su 7 e per le indagini ordinarie",
                en: "Protocols agreed with radiology for clinical emergencies 24 h a day, 7 days a week, and for routine imaging"),
            sources: sources(
                residences: 987...989, psychogeriatric: 1623...1626, dca: 2080...2083, general: 2491...2493),
            note: "Residences and general psychiatry: conventional radiology and other investigations, for 'urgenze cliniche motivate' (L988-L989, L2492-L2493); the cod. 56 units name conventional radiology with ultrasound, CT and MRI (L1624, L2081)."),
        ERRequirement(
            code: "external-lab-agreements", area: .services,
            title: LocalizedText(
                it: "Accordi formali con i laboratori esterni su trasporto, consegna di campioni e referti e tempi di risposta",
                en: "Formal agreements with outside laboratories on transport, delivery of samples and reports, and turnaround"),
            sources: sources(psychogeriatric: 1627...1628, dca: 2084...2085),
            note: "Conditional ('qualora sia previsto che gli esami siano eseguiti da laboratori esterni', L1627, L2084): see ERRequirementCatalogue.condition(of:)."),
        ERRequirement(
            code: "cardiology-protocols", area: .services,
            title: LocalizedText(
                it: "Prestazioni cardiologiche ordinarie e urgenti secondo protocolli concordati",
                en: "Routine and urgent cardiology services under agreed protocols"),
            sources: sources(residences: 991...992, general: 2494...2495),
            note: "The seed says the structures 'si possono avvalere' (may use) cardiology services under agreed protocols (L992, L2495); an auditor reads it as asking for the agreed protocols, which is what the structure attests."),
        ERRequirement(
            code: "cardiology-consult", area: .services,
            title: LocalizedText(
                it: "È disponibile la consulenza cardiologica, requisito essenziale",
                en: "A cardiology consult is available, as an essential requirement"),
            sources: sources(psychogeriatric: 1630...1633, dca: 2087...2090)),
    ]
}
