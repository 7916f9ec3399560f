/// Seed 004 §7.5, *Comunità mamme bambino* / *Casa di accoglienza per madri con figli minori*
/// (L2782-L2891): at most 16 guests, mothers and children together, for at most a year unless
/// the judicial authority sets otherwise, with a stable team and an operator on site around the
/// clock.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyMotherChildCommunity)?.rules.count
/// ```
public struct SicilyMotherChildSection: Sendable, Hashable {
    public var asOf: LocalDate
    public var spaces: [SicilyMinorsSpace]
    /// Whether the director-coordinator is a qualified social worker: then no separate social
    /// worker is needed (L2875-L2877, ambiguity 17).
    public var directorIsSocialWorker: Bool
    /// Mothers (tag `mother`) and children, by pseudonymous code.
    public var guests: [SicilyGuest]

    public init(asOf: LocalDate, spaces: [SicilyMinorsSpace], directorIsSocialWorker: Bool, guests: [SicilyGuest]) {
        self.asOf = asOf
        self.spaces = spaces
        self.directorIsSocialWorker = directorIsSocialWorker
        self.guests = guests
    }
}

extension SicilyMotherChildSection: StructureSection {
    public static let member = "motherChild"
    public static let summary = "The community's rooms, director's profile and guests, mothers and children by pseudonymous code (seed 004 L2782-L2891)."
    public static let fields = FieldTable(
        blank: SicilyMotherChildSection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, spaces: [], directorIsSocialWorker: false, guests: []), [
            .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date."),
            .required("spaces", \.spaces, SicilyMinorsSpace.listCodec, summary: "Bathrooms and common spaces (L2835-L2845)."),
            .required("directorIsSocialWorker", \.directorIsSocialWorker, ValueCodecs.bool,
                      summary: "The director-coordinator is a qualified social worker (L2875-L2877)."),
            .required("guests", \.guests, SicilyGuest.listCodec, summary: "Mothers (tag mother) and children at the census date."),
        ])
}

extension DossierKind {
    /// Sicily §7.5, mother-child community.
    public static let sicilyMotherChildCommunity: DossierKind = "sicily.minors.mother-child-community"
}

extension StructureType {
    /// Sicily §7.5: mother-child community, at most 16 guests.
    public static let sicilyMotherChildCommunity = StructureType(
        code: "sicily.minors.mother-child-community", kind: .sicilyMotherChildCommunity,
        label: LocalizedText(it: "Comunità mamme bambino (casa di accoglienza per madri con figli minori, massimo 16 ospiti)",
                             en: "Mother-child community (shelter for mothers with minor children, at most 16 guests)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 2782...2891),
        staffingStandardID: "sicily.mother-child-community", ruleIDPrefix: "sicily.minors.mother-child-community", capacityUnit: .users)
}

/// The rules and the kind of the §7.5 mother-child community.
public enum SicilyMotherChildRules {
    static let type = StructureType.sicilyMotherChildCommunity
    static let seed = Seed.structuresSicily
    static let member = SicilyMotherChildSection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyMotherChildSection? { dossier.sections[SicilyMotherChildSection.self] }

    /// "massimo 16 ospiti (madri e minori) in totale" (L2807).
    public static let maximumGuests = 16

    static func parameters(_ dossier: StructureDossier) -> StaffingParameters {
        section(dossier)?.directorIsSocialWorker == true
            ? StaffingParameters() : StaffingParameters(conditions: [SicilyMinorsStaffingStandards.directorNotSocialWorker])
    }

    static let attested = SicilyMinors.attestations(type, [
        .init("organisation", "social-project", 2848...2859, it: "Progetto sociale con durata, interventi e percorso di autonomia",
              en: "Social project with length of stay, support and path to autonomy"),
        .init("organisation", "final-evaluation", 2860...2861, it: "Valutazione conclusiva degli obiettivi raggiunti", en: "Final evaluation of the objectives reached"),
        .init("organisation", "admission-exclusions", 2804...2805, it: "Non accolte donne con tossicodipendenza, alcolismo o disagio psichico",
              en: "Women with drug addiction, alcoholism or mental distress are not admitted"),
        .init("organisation", "transport", 2811...2817, it: "Servizi raggiungibili con mezzi pubblici o con trasporto dell'ente",
              en: "Services reachable by public transport or by the provider's transport"),
        .init("organisation", "health-through-asp", 2879...2882, it: "Profili sanitari tramite l'ASP", en: "Health professionals through the ASP"),
        .init("organisation", "volunteers-supervised", 2883...2885, it: "Volontari e tirocinanti aggiuntivi all'organico e seguiti da professionisti",
              en: "Volunteers and trainees additional to the staff and supervised by professionals"),
        .init("personnel", "training", 2886...2887, it: "Partecipazione del personale a corsi di formazione e aggiornamento",
              en: "Staff take part in training and refresher courses"),
        .init("personnel", "title-per-role", 2888...2889, it: "Ogni operatore ha il titolo di studio della qualifica che riveste",
              en: "Every staff member holds the study title of their role"),
        .init("premises", "furnishings", 2846...2846, it: "Arredi vivibili, idonei, funzionali e sicuri", en: "Furnishings liveable, suitable, functional and safe"),
    ] + SicilyMinors.paragraphTwo(callLines: 2890...2891))

    static let privacy = SicilyMinors.privacyRule(type) { SicilyGuest.visitCodes(section($0)?.guests ?? [], member, visit: $1) }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.maximumCapacityRule(type, maximumGuests, lines: 2807...2807,
                                         title: LocalizedText(it: "Al massimo 16 ospiti, madri e minori", en: "At most 16 guests, mothers and children")),
        SicilyMinors.peopleWithinCapacityRule(type, lines: 2807...2810, at: pointer.appending("guests")) { section($0)?.guests.count ?? 0 },
        Rule.structure(
            type, "guests.stay", seed: seed, lines: 2796...2797,
            title: LocalizedText(it: "Accoglienza per massimo un anno, se l'autorità giudiziaria non dispone diversamente",
                                 en: "A stay of at most one year, unless the judicial authority sets otherwise"),
            message: LocalizedText(it: "l'ospite {0} è entrata/o il {1}: al {2} supera un anno (fino al {3})",
                                   en: "guest {0} was admitted on {1}: on {2} the stay exceeds one year (until {3})"),
            decision: "One calendar year from admission; a guest tagged court-set-longer-stay (placed by the judicial authority, which set another length) is not measured (L2851-L2852)."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for (index, guest) in section.guests.enumerated() where !guest.tags.contains(.courtSetLongerStay) {
                guard let admitted = guest.admittedOn else { continue }
                let limit = SicilyMinors.adding(years: 1, to: admitted)
                if section.asOf > limit {
                    report.report(at: pointer.appending("guests").appending(index).appending("admittedOn"), .text(guest.code), .date(admitted),
                                  .date(section.asOf), .date(limit))
                }
            }
        },
        SicilyMinors.bathroomsRule(type, 2, lines: 2835...2835, section: member) { section($0)?.spaces ?? [] },
        SicilyMinors.requiredSpacesRule(type, [.livingDining, .kitchen, .meetingRoom, .coordinationOffice], lines: 2836...2845, section: member) {
            section($0)?.spaces ?? []
        },
    ] + SicilyMinors.bedroomRules(type, minima: [1: 9, 2: 14, 3: 20], lines: 2823...2824, areaLines: 2823...2830)
        + attested.rules
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.motherChildCommunity, parameters: parameters)

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Comunità mamme bambino, Regione Siciliana", en: "Mother-child community, Sicily"),
        summary: "Comunità mamme bambino (casa di accoglienza per madri con figli minori): the accreditation dossier of a Sicilian mother-child "
            + "community (D.A. 17/2014, §7.5), guests by pseudonymous code only. `beds` is the guests the community takes in (cots of 0-3 year-olds are "
            + "not beds, L2831-L2832, but their children are guests). Source: seed \(type.citation). This schema checks structure and domains; "
            + "the rules are checked by `sociosan validate`.",
        sections: [.section(SicilyMotherChildSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
