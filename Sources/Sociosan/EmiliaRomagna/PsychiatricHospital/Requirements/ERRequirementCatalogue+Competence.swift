extension ERRequirementCatalogue {
    /// *Clinical competence*: how the competence of doctors and staff is shown and checked.
    static let competence: [ERRequirement] = [
        ERRequirement(
            code: "integrated-activities", area: .competence,
            title: LocalizedText(
                it: "Partecipazione documentata ad attività integrate fra strutture e professionisti",
                en: "Documented participation in integrated activities between structures and professionals"),
            sources: sources(spoi: 367...370, residences: 995...997, dca: 2093...2095, general: 2498...2500),
            note: "The residences (L995-L997) do not repeat 'o fra professionisti della stessa struttura' (the digest says 'as SPOI'): the integrated activities between structures and professionals are asked of every type."),
        ERRequirement(
            code: "specialised-pathways", area: .competence,
            title: LocalizedText(
                it: "Competenza acquisita nei percorsi clinico-assistenziali di specializzazione sempre documentata",
                en: "Competence gained in specialised care pathways is always documented"),
            sources: sources(spoi: 371...372, residences: 998...1000, dca: 2096...2097, general: 2501...2502),
            note: "Repeated in the quality sections as 'ogni volta che vengono attivati percorsi ... è documentata la competenza clinica specifica' (residences L1048-L1049, general psychiatry L2549-L2550): one obligation. The residences stress the specialist residences' field (L999-L1000)."),
        ERRequirement(
            code: "documented-specialty-experience", area: .competence,
            title: LocalizedText(
                it: "Personale medico con esperienza documentata nella specialità trattata, in particolare nelle RTI specialistiche",
                en: "Doctors with documented experience in the specialty treated, especially in specialist RTIs"),
            sources: sources(residences: 878...879),
            note: "A staffing sentence without a number (L878-L879): attested, not computed by the staffing calculator."),
        ERRequirement(
            code: "care-staff-adequacy", area: .competence,
            title: LocalizedText(
                it: "La dotazione di personale tecnico-assistenziale è idonea a garantire la realizzazione del progetto riabilitativo",
                en: "Technical and care staffing is sufficient to carry out the rehabilitation project"),
            sources: sources(psychogeriatric: 1601...1602),
            note: "A staffing sentence without a number (L1601-L1602): attested, not computed by the staffing calculator (the standard er.psychogeriatric-rehab keeps it as a note)."),
        ERRequirement(
            code: "competence-entry-check", area: .competence,
            title: LocalizedText(
                it: "Verifica all'ingresso di conoscenze, capacità e attitudini del personale, proseguita nel tempo con supporto formativo",
                en: "Staff knowledge, skills and attitudes checked on entry, with ongoing checks and training support"),
            sources: sources(psychogeriatric: 1636...1637)),
        ERRequirement(
            code: "management-competence-evaluation", area: .competence,
            title: LocalizedText(
                it: "La direzione valuta in ingresso e periodicamente la competenza del personale",
                en: "Management evaluates staff competence on entry and periodically"),
            sources: sources(psychogeriatric: 1640...1640),
            note: "L1640 breaks off ('che utilizza'): the catalogue keeps the complete part of the sentence."),
        ERRequirement(
            code: "doctor-competences", area: .competence,
            title: LocalizedText(
                it: "I medici sanno condurre progetti riabilitativi, interpretare imaging e valutazioni, guidare il team, gestire la cartella integrata, usare le scale di disabilità, informare gli utenti, predisporre il percorso post-dimissione",
                en: "Doctors can run rehabilitation projects, interpret imaging and assessments, lead the team, keep the integrated record, use the disability scales, inform patients and plan the post-discharge pathway"),
            sources: sources(psychogeriatric: 1642...1657)),
        ERRequirement(
            code: "nursing-competences", area: .competence,
            title: LocalizedText(
                it: "Infermieri e OSS hanno le competenze per identificare i bisogni assistenziali e collaborano al progetto riabilitativo individuale",
                en: "Nurses and OSS have the competences to identify care needs and take part in the individual rehabilitation project"),
            sources: sources(psychogeriatric: 1659...1668)),
        ERRequirement(
            code: "rehabilitation-technician-competences", area: .competence,
            title: LocalizedText(
                it: "Il personale tecnico della riabilitazione ha le competenze specifiche e collabora al progetto riabilitativo individuale",
                en: "Rehabilitation technicians have the specific competences and take part in the individual rehabilitation project"),
            sources: sources(psychogeriatric: 1670...1679)),
        ERRequirement(
            code: "psychologist-rehabilitation-competence", area: .competence,
            title: LocalizedText(
                it: "Lo psicologo documenta formazione e competenza specifica nella riabilitazione",
                en: "The psychologist documents specific training and competence in rehabilitation"),
            sources: sources(psychogeriatric: 1681...1683)),
        ERRequirement(
            code: "social-secretariat-competence", area: .competence,
            title: LocalizedText(
                it: "È documentata la competenza nelle funzioni di segretariato sociale",
                en: "Competence in social-secretariat functions is documented"),
            sources: sources(psychogeriatric: 1685...1686)),
        ERRequirement(
            code: "stable-specialist-team", area: .competence,
            title: LocalizedText(
                it: "Team stabile di specialisti per i DCA di area psichiatrica, psicoterapica e internistico-nutrizionale, con comunicazione interdisciplinare",
                en: "A stable team of eating-disorder specialists in psychiatry, psychotherapy and internal medicine/nutrition, with interdisciplinary communication"),
            sources: sources(dca: 2050...2054),
            note: "A staffing sentence without a number (L2050-L2054: 'la stabilità del team e la comunicazione interdisciplinare è indispensabile'): attested; the module teams of L2056-L2061 are checked by rules."),
    ]
}
