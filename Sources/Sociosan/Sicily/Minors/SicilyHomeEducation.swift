/// Seed 004 §7.3, *Educativa domiciliare* (L2592-L2686): a service delivered in the families'
/// homes, not a building. It is modelled on the structure dossier as a service without
/// bedrooms (``StructurePremises/serviceWithoutBedrooms``): `beds` holds its capacity in users
/// (the minors it can take in charge) and the section lists the families in charge with their
/// minors by pseudonymous code.
///
/// ```swift
/// SicilyHomeEducationRules.perFamiliesRequired(families: 16)  // 2 social workers, 2 psychologists
/// ```
public struct SicilyHomeEducationSection: Sendable, Hashable {
    public var asOf: LocalDate
    public var families: [Family]

    public init(asOf: LocalDate, families: [Family]) {
        self.asOf = asOf
        self.families = families
    }

    /// A family in charge, by pseudonymous code, with its minors.
    public struct Family: Sendable, Hashable {
        public var code: String
        public var minors: [SicilyGuest]

        public init(code: String, minors: [SicilyGuest]) {
            self.code = code
            self.minors = minors
        }

        public static let fields = FieldTable(blank: Family(code: "", minors: []), [
            .required("code", \.code, PseudonymousCode.codec, summary: "The family's pseudonymous code."),
            .required("minors", \.minors, ValueCodecs.list(ValueCodecs.object(SicilyGuest.fields), minimumCount: 1, distinctID: { $0.code }),
                      summary: "The family's minors in charge, by pseudonymous code."),
        ])
    }

    /// The users: the minors in charge (ambiguity 14).
    public var users: Int { families.reduce(0) { $0 + $1.minors.count } }
}

extension SicilyHomeEducationSection: StructureSection {
    public static let member = "homeEducation"
    public static let summary = "The families in charge and their minors, by pseudonymous code (seed 004 L2592-L2686)."
    public static let fields = FieldTable(blank: SicilyHomeEducationSection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, families: []), [
        .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date."),
        .required("families", \.families, ValueCodecs.list(ValueCodecs.object(Family.fields), distinctID: { $0.code }),
                  summary: "Families in charge (nuclei familiari presi in carico, L2676-L2677)."),
    ])
}

extension DossierKind {
    /// Sicily §7.3, home education service for minors and families.
    public static let sicilyHomeEducation: DossierKind = "sicily.minors.home-education"
}

extension StructureType {
    /// Sicily §7.3: home education service for minors and families (no premises).
    public static let sicilyHomeEducation = StructureType(
        code: "sicily.minors.home-education", kind: .sicilyHomeEducation,
        label: LocalizedText(it: "Servizio di Educativa Domiciliare per minori e famiglie", en: "Home education service for minors and families"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 2592...2686),
        staffingStandardID: "sicily.home-education", ruleIDPrefix: "sicily.minors.home-education", capacityUnit: .users)
}

/// The rules and the kind of the §7.3 home education service.
public enum SicilyHomeEducationRules {
    static let type = StructureType.sicilyHomeEducation
    static let seed = Seed.structuresSicily
    static let member = SicilyHomeEducationSection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyHomeEducationSection? { dossier.sections[SicilyHomeEducationSection.self] }

    /// "1 ogni 15 nuclei familiari presi in carico" (L2676-L2677).
    public static let familiesPerProfessional = 15

    /// Social workers-coordinators, and psychologists, for `families` families: ceil(families / 15).
    public static func perFamiliesRequired(families: Int) -> Int { (families + familiesPerProfessional - 1) / familiesPerProfessional }

    static let attested = SicilyMinors.attestations(type, [
        .init("projects", "individual-project", 2632...2633, it: "Progetto educativo individuale per ciascun minore, condiviso con la famiglia",
              en: "An individual educational project for each minor, shared with the family"),
        .init("projects", "needs-assessment", 2634...2635, it: "Modalità di analisi dei bisogni e di rivalutazione delle potenzialità del minore",
              en: "How the minor's needs are analysed and potential reassessed"),
        .init("organisation", "multiprofessional-intake", 2644...2646, it: "Presa in carico a partire dalla valutazione di un'équipe multiprofessionale",
              en: "Taking in charge starts from a multi-professional team's assessment"),
        .init("organisation", "periodic-supervision", 2652...2653, it: "Supervisione periodica da parte dell'équipe incaricata",
              en: "Periodic supervision by the team in charge"),
        .init("personnel", "educator-degree", 2679...2684, it: "Educatori laureati in Scienze dell'educazione (o titoli equivalenti), assistente sociale e psicologo con Laurea Specialistica",
              en: "Educators with an education-sciences degree (or equivalent), social worker and psychologist with a Laurea Specialistica"),
    ] + SicilyMinors.paragraphTwo(callLines: 2685...2686))

    static let privacy = SicilyMinors.privacyRule(type) { dossier, visit in
        for (index, family) in (section(dossier)?.families ?? []).enumerated() {
            visit(family.code) { pointer.appending("families").appending(index).appending("code") }
            for (position, minor) in family.minors.enumerated() {
                visit(minor.code) { pointer.appending("families").appending(index).appending("minors").appending(position).appending("code") }
            }
        }
    }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.peopleWithinCapacityRule(type, lines: 2676...2678, at: pointer.appending("families")) { section($0)?.users ?? 0 },
        Rule.structure(
            type, "staff.per-families", seed: seed, lines: 2676...2677,
            title: LocalizedText(it: "Un assistente sociale coordinatore e uno psicologo ogni 15 nuclei familiari presi in carico",
                                 en: "A social worker-coordinator and a psychologist for every 15 families in charge"),
            message: LocalizedText(it: "{0}: {1} h/settimana per {2} nuclei, ne servono {3} ({4} a tempo pieno)",
                                   en: "{0}: {1} h/week for {2} families, {3} needed ({4} full-time)"),
            decision: "Ambiguity 14: ceil(families / 15) of each, full-time posts of 36 hours (the staffing standard's own reading); the standard checks the first of each, this rule every further one (16 families need 2 and 2)."
        ) { dossier, report in
            guard let families = section(dossier)?.families.count, families > 0 else { return }
            let needed = perFamiliesRequired(families: families)
            // The first of each is the staffing standard's own line; this rule checks the further ones.
            guard needed > 1 else { return }
            for role in [StaffRole.socialWorker, .psychologist] {
                let hours = dossier.hours(of: [role])
                let required = Rational(needed * 36)
                if hours < required {
                    report.report(at: "/staff", .localized(role.label), hours.argument, .integer(families), required.argument, .integer(needed))
                }
            }
        },
    ] + attested.rules
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.homeEducation, capacity: { section($0)?.users ?? 0 })

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Servizio di Educativa Domiciliare, Regione Siciliana", en: "Home education service, Sicily"),
        summary: "Servizio di Educativa Domiciliare per minori e famiglie: the accreditation dossier of a Sicilian home education service "
            + "(D.A. 17/2014, §7.3). A service, not a building: no rooms; `beds` is its capacity in users (minors in charge). Families and minors "
            + "by pseudonymous code only. Source: seed \(type.citation). This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        premises: .serviceWithoutBedrooms,
        sections: [.section(SicilyHomeEducationSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
