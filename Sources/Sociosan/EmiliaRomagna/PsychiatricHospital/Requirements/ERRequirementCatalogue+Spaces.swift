extension ERRequirementCatalogue {
    /// *Requisiti strutturali* that a structure attests: the qualitative room and space items.
    /// Beds per room (and the 30 June 2009 grandfathering), m² areas, clinic rooms per 20 beds and
    /// module sizes are numbers in the dossier, not attestations.
    static let spaces: [ERRequirement] = [
        ERRequirement(
            code: "meal-room", area: .spaces,
            title: LocalizedText(
                it: "È disponibile un locale per la consumazione dei pasti",
                en: "A room for meals is available"),
            sources: sources(spoi: 231...231, general: 2448...2448)),
        ERRequirement(
            code: "group-therapy-room", area: .spaces,
            title: LocalizedText(
                it: "È disponibile un locale per attività terapeutiche di gruppo (anche in comune con altri reparti)",
                en: "A room for group therapeutic activities is available (it may be shared with other wards)"),
            sources: sources(spoi: 232...232, general: 2449...2449)),
        ERRequirement(
            code: "adequate-spaces", area: .spaces,
            title: LocalizedText(
                it: "Locali e spazi adeguati per dimensioni, sicurezza, decoro e comfort all'attività erogata",
                en: "Rooms and spaces adequate in size, safety, decorum and comfort for the activity"),
            sources: sources(spoi: 233...233, residences: 850...851, general: 2450...2450),
            note: "The residences (L850-L851) ask for rooms and spaces adequate 'per numero e dimensioni alla tipologia e al volume delle attività': the same obligation (spaces fit for the activity), worded by number and size instead of safety, decorum and comfort."),
        ERRequirement(
            code: "safe-furnishings", area: .spaces,
            title: LocalizedText(
                it: "Arredi con caratteristiche di sicurezza, decoro e comfort",
                en: "Furnishings that are safe, decorous and comfortable"),
            sources: sources(spoi: 234...234, residences: 856...856, general: 2451...2451)),
        ERRequirement(
            code: "smoking-area", area: .spaces,
            title: LocalizedText(
                it: "Spazi riservati e attrezzati per gestire il tabagismo nel rispetto delle norme antifumo",
                en: "Reserved, equipped spaces to manage smoking within the smoking laws"),
            sources: sources(spoi: 235...237, general: 2452...2454)),
        ERRequirement(
            code: "belongings-storage", area: .spaces,
            title: LocalizedText(
                it: "Locale o spazio attrezzato per la custodia temporanea degli effetti personali dei degenti",
                en: "A room or equipped space for the temporary custody of patients' belongings"),
            sources: sources(spoi: 238...239, general: 2455...2456)),
        ERRequirement(
            code: "guest-and-staff-areas", area: .spaces,
            title: LocalizedText(
                it: "Area dedicata agli ospiti e area di servizio per il personale (anche in comune con altri reparti)",
                en: "An area dedicated to the guests and a staff service area (which may be shared with other wards)"),
            sources: sources(residences: 849...850)),
        ERRequirement(
            code: "family-interview-space", area: .spaces,
            title: LocalizedText(
                it: "Area o spazi per il colloquio con i familiari",
                en: "An area or spaces for interviews with family members"),
            sources: sources(psychogeriatric: 1525...1527, dca: 2000...2000),
            note: "Psychogeriatric rehabilitation (L1525-L1527): an equipped area, which the ward's meeting room may replace; DCA (L2000): spaces, which need not be dedicated. Either way a space for family interviews must exist."),
        ERRequirement(
            code: "family-training-area", area: .spaces,
            title: LocalizedText(
                it: "Area attrezzata per l'addestramento dei familiari (sostituibile dalla medicheria)",
                en: "An equipped area for training family members (the treatment room may stand in for it)"),
            sources: sources(psychogeriatric: 1525...1527)),
        ERRequirement(
            code: "assisted-bathroom", area: .spaces,
            title: LocalizedText(
                it: "Un bagno assistito a livello di struttura e/o bagni attrezzati per pazienti disabili",
                en: "An assisted bathroom in the structure and/or bathrooms equipped for disabled patients"),
            sources: sources(psychogeriatric: 1535...1535, dca: 2001...2001)),
        ERRequirement(
            code: "meal-day-leisure-space", area: .spaces,
            title: LocalizedText(
                it: "Spazio attrezzato per la consumazione dei pasti, soggiorno e tempo libero (obbligatorio per le nuove strutture)",
                en: "An equipped space for meals, day room and leisure (mandatory for new structures)"),
            sources: sources(psychogeriatric: 1536...1538, dca: 2002...2004),
            note: "'Soluzione obbligatoria per le nuove strutture' (L1537-L1538, L2003-L2004): read as an auditor would, the equipped space is asked of every unit (it is listed among the inpatient-area requirements) and the parenthesis stresses that a new structure has no way out of it; the digest does not list this as an ambiguity."),
        ERRequirement(
            code: "bed-access", area: .spaces,
            title: LocalizedText(
                it: "Il letto è accessibile con barella, carrozzina, deambulatore o sollevatore",
                en: "Beds can be reached by stretcher, wheelchair, walker or hoist"),
            sources: sources(psychogeriatric: 1539...1539, dca: 2005...2005)),
        ERRequirement(
            code: "barrier-free-spaces", area: .spaces,
            title: LocalizedText(
                it: "Barriere architettoniche superate e provvedimenti che facilitano la fruibilità degli spazi",
                en: "Architectural barriers removed and measures taken that make the spaces easy to use"),
            sources: sources(psychogeriatric: 1541...1542, dca: 2007...2008)),
        ERRequirement(
            code: "rehabilitation-activity-area", area: .spaces,
            title: LocalizedText(
                it: "Area per le attività di riabilitazione nutrizionale, psicologica e fisica",
                en: "An area for nutritional, psychological and physical rehabilitation"),
            sources: sources(dca: 2014...2017),
            note: "The gym of at least 36 m² for physical rehabilitation (L2016-L2017, shareable, A-37) is a number of the dossier; this item attests the area for the three kinds of rehabilitation."),
    ]
}
