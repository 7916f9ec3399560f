extension ERRequirementCatalogue {
    /// *Requisiti tecnologici*: the equipment a structure attests.
    static let equipment: [ERRequirement] = [
        ERRequirement(
            code: "psychodiagnostic-tests", area: .equipment,
            title: LocalizedText(
                it: "Test per la valutazione psicodiagnostica e psicometrica",
                en: "Tests for psychodiagnostic and psychometric assessment"),
            sources: sources(spoi: 242...242, general: 2459...2459)),
        ERRequirement(
            code: "protected-telephone", area: .equipment,
            title: LocalizedText(
                it: "Apparecchio telefonico dedicato in ambiente protetto per comunicare con l'esterno",
                en: "A dedicated telephone in a protected setting for contacting the outside"),
            sources: sources(spoi: 243...244, general: 2460...2461)),
        ERRequirement(
            code: "access-door-system", area: .equipment,
            title: LocalizedText(
                it: "Sistema delle porte di accesso che protegge i ricoverati con alterazione delle funzioni cognitive",
                en: "An access-door system that protects patients with impaired cognitive functions"),
            sources: sources(spoi: 245...246),
            note: "SPOI only: general psychiatry has no door-system requirement (L2458-L2461, A-39)."),
        ERRequirement(
            code: "adequate-equipment", area: .equipment,
            title: LocalizedText(
                it: "Attrezzature e strumentazioni adeguate alla tipologia e al volume delle attività",
                en: "Equipment and instruments adequate to the type and volume of the activity"),
            sources: sources(residences: 859...860)),
        ERRequirement(
            code: "equipment-storage", area: .equipment,
            title: LocalizedText(
                it: "Spazio per il deposito attrezzature commisurato alle necessità del reparto",
                en: "Equipment storage space sized to the ward's needs"),
            sources: sources(psychogeriatric: 1553...1555, dca: 2020...2022),
            note: "DCA (L2020-L2022) allows the storage to be shared with other wards; psychogeriatric rehabilitation names wheelchairs and walkers as what it stores (L1555)."),
        ERRequirement(
            code: "call-systems", area: .equipment,
            title: LocalizedText(
                it: "Sistemi di chiamata",
                en: "Call systems"),
            sources: sources(psychogeriatric: 1556...1556, dca: 2023...2023),
            note: "Psychogeriatric rehabilitation also asks that they suit every kind of disability: see disability-adapted-call-systems."),
        ERRequirement(
            code: "disability-adapted-call-systems", area: .equipment,
            title: LocalizedText(
                it: "I sistemi di chiamata sono adatti alle diverse tipologie di disabilità",
                en: "The call systems suit the different kinds of disability"),
            sources: sources(psychogeriatric: 1556...1556)),
        ERRequirement(
            code: "wheelchair-tables", area: .equipment,
            title: LocalizedText(
                it: "Tavoli di altezza tale da consentire l'inserimento della carrozzina",
                en: "Tables high enough for a wheelchair to fit under"),
            sources: sources(psychogeriatric: 1557...1557)),
        ERRequirement(
            code: "bariatric-beds", area: .equipment,
            title: LocalizedText(
                it: "Letti di degenza per grandi obesi, se la struttura offre prestazioni per tali patologie",
                en: "Beds for severely obese patients, when the structure treats them"),
            sources: sources(dca: 2031...2032),
            note: "Conditional (L2031-L2032, 'qualora nell'offerta della struttura siano previste prestazioni per tali patologie'): see ERRequirementCatalogue.condition(of:)."),
        ERRequirement(
            code: "adjustable-beds", area: .equipment,
            title: LocalizedText(
                it: "Letti a tre segmenti regolabili con spondine, trapezi e archetti alzacoperte; almeno il 20% regolabile in altezza",
                en: "Three-section adjustable beds with side rails, trapezes and blanket cradles; at least 20% height-adjustable"),
            sources: sources(psychogeriatric: 1560...1563),
            note: "The 20% is part of the attested sentence: the seed gives no bed inventory to compute it from, so the structure attests it."),
        ERRequirement(
            code: "patient-telephone", area: .equipment,
            title: LocalizedText(
                it: "Impianto telefonico per gli utenti",
                en: "A telephone system for patients"),
            sources: sources(psychogeriatric: 1565...1566, dca: 2034...2034),
            note: "Psychogeriatric rehabilitation also asks that at least one telephone be usable by the disabled patients it treats: see disability-accessible-telephone."),
        ERRequirement(
            code: "disability-accessible-telephone", area: .equipment,
            title: LocalizedText(
                it: "Almeno un telefono utilizzabile dalle diverse tipologie di disabili presi in carico",
                en: "At least one telephone usable by every kind of disabled patient treated"),
            sources: sources(psychogeriatric: 1565...1566)),
        ERRequirement(
            code: "electric-patient-hoist", area: .equipment,
            title: LocalizedText(
                it: "Un sollevatore pazienti elettrico con diverse tipologie di imbragature",
                en: "One electric patient hoist with several types of sling"),
            sources: sources(psychogeriatric: 1568...1568)),
        ERRequirement(
            code: "patient-hoist", area: .equipment,
            title: LocalizedText(
                it: "Un sollevatore pazienti con diverse tipologie di imbragature",
                en: "One patient hoist with several types of sling"),
            sources: sources(dca: 2035...2035),
            note: "DCA only: unlike psychogeriatric rehabilitation (electric-patient-hoist, L1568) the seed does not ask for an electric hoist (L2035)."),
        ERRequirement(
            code: "weighing-system", area: .equipment,
            title: LocalizedText(
                it: "Sistema pesapersone",
                en: "A patient weighing system"),
            sources: sources(psychogeriatric: 1569...1569, dca: 2036...2036),
            note: "DCA adds a stadiometer (L2036): see stadiometer."),
        ERRequirement(
            code: "stadiometer", area: .equipment,
            title: LocalizedText(
                it: "Statimetro abbinato al sistema pesapersone",
                en: "A stadiometer with the weighing system"),
            sources: sources(dca: 2036...2036)),
        ERRequirement(
            code: "anti-pressure-sore-aids", area: .equipment,
            title: LocalizedText(
                it: "Ausili antidecubito",
                en: "Anti-pressure-sore aids"),
            sources: sources(psychogeriatric: 1570...1570)),
        ERRequirement(
            code: "wheelchairs", area: .equipment,
            title: LocalizedText(
                it: "Carrozzine adeguate per tipologia e qualità alle patologie e al numero di posti letto, complete di accessori",
                en: "Wheelchairs suited in type and quality to the conditions treated and to the number of beds, with accessories"),
            sources: sources(psychogeriatric: 1571...1573)),
        ERRequirement(
            code: "evaluation-tools", area: .equipment,
            title: LocalizedText(
                it: "Strumenti per la valutazione e l'oggettivazione del dato per le tipologie prese in carico",
                en: "Tools to evaluate and objectify data for the kinds of patients treated"),
            sources: sources(psychogeriatric: 1576...1578, dca: 2039...2041)),
        ERRequirement(
            code: "outcome-evaluation-tools", area: .equipment,
            title: LocalizedText(
                it: "Strumenti per la valutazione degli esiti",
                en: "Outcome-evaluation tools"),
            sources: sources(psychogeriatric: 1580...1580, dca: 2042...2042)),
        ERRequirement(
            code: "motor-rehabilitation-couches", area: .equipment,
            title: LocalizedText(
                it: "Lettini per rieducazione motoria ad altezza variabile (minimo cm 100 x 200, altezza 44/85)",
                en: "Height-adjustable motor-rehabilitation couches (at least 100 x 200 cm, height 44-85 cm)"),
            sources: sources(psychogeriatric: 1581...1582)),
        ERRequirement(
            code: "bobath-bed", area: .equipment,
            title: LocalizedText(
                it: "Letto Bobath di grandi dimensioni ad altezza variabile (cm 200 x 200, altezza 44/85) presente in struttura",
                en: "A large height-adjustable Bobath bed (200 x 200 cm, height 44-85 cm) in the structure"),
            sources: sources(psychogeriatric: 1583...1585)),
        ERRequirement(
            code: "floor-lift-hoist", area: .equipment,
            title: LocalizedText(
                it: "Sollevatore elettrico con diverse imbragature in grado di sollevare il paziente dal pavimento",
                en: "An electric hoist with several slings that can lift the patient from the floor"),
            sources: sources(psychogeriatric: 1586...1588),
            note: "A treatment item distinct from the ward's electric-patient-hoist (L1568): one hoist that meets both sentences may serve for both attestations."),
        ERRequirement(
            code: "mobility-aids", area: .equipment,
            title: LocalizedText(
                it: "Presidi e ausili per la deambulazione e la mobilità del paziente",
                en: "Walking and mobility aids"),
            sources: sources(psychogeriatric: 1589...1589)),
        ERRequirement(
            code: "socialisation-equipment", area: .equipment,
            title: LocalizedText(
                it: "Attrezzature per l'area di socializzazione per un confortevole utilizzo del tempo libero",
                en: "Equipment for the socialisation area, for comfortable free time"),
            sources: sources(psychogeriatric: 1590...1592, dca: 2043...2045)),
    ]
}
