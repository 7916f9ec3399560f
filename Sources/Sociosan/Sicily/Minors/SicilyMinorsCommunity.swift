/// Seed 004 §7.2, *Comunità per minori* (L2574-L2591): the generic residential community for
/// minors. The seed sets no capacity, staffing or structural figure of its own (structural
/// requirements are those of the DPRS of 29 June 1988, not reproduced, ambiguity 3): the kind
/// holds the guests by pseudonymous code and checks what the text does say (pay under the CCNL,
/// documentation on request, personnel costs kept up to date). No staffing standard.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyMinorsCommunity)?.type.staffingStandardID  // "" (none)
/// ```
public struct SicilyMinorsCommunitySection: Sendable, Hashable {
    public var asOf: LocalDate
    public var guests: [SicilyGuest]

    public init(asOf: LocalDate, guests: [SicilyGuest]) {
        self.asOf = asOf
        self.guests = guests
    }
}

extension SicilyMinorsCommunitySection: StructureSection {
    public static let member = "minorsCommunity"
    public static let summary = "The community's guests by pseudonymous code (seed 004 L2574-L2591)."
    public static let fields = FieldTable(blank: SicilyMinorsCommunitySection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, guests: []), [
        .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date."),
        .required("guests", \.guests, SicilyGuest.listCodec, summary: "The minors hosted, by pseudonymous code."),
    ])
}

extension DossierKind {
    /// Sicily §7.2, community for minors.
    public static let sicilyMinorsCommunity: DossierKind = "sicily.minors.community"
}

extension StructureType {
    /// Sicily §7.2: community for minors (generic); no staffing standard in the seed.
    public static let sicilyMinorsCommunity = StructureType(
        code: "sicily.minors.community", kind: .sicilyMinorsCommunity,
        label: LocalizedText(it: "Comunità per minori", en: "Community for minors"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 2574...2591),
        staffingStandardID: "", ruleIDPrefix: "sicily.minors.community", capacityUnit: .places)
}

/// The rules and the kind of the §7.2 community for minors.
public enum SicilyMinorsCommunityRules {
    static let type = StructureType.sicilyMinorsCommunity
    static let seed = Seed.structuresSicily
    static let member = SicilyMinorsCommunitySection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyMinorsCommunitySection? { dossier.sections[SicilyMinorsCommunitySection.self] }

    static let attested = SicilyMinors.attestations(type, [
        .init("premises", "dprs-1988", 2584...2585, it: "Requisiti strutturali del DPRS del 29/06/1988", en: "Structural requirements of the DPRS of 29/06/1988",
              decision: "Ambiguity 3: the DPRS is not in the seed, so its requirements are attested, not checked."),
        .init("organisation", "stable-personalised-project", 2578...2582, .warning,
              it: "Convivenza con esperienze personalizzate e stabili per il tempo del progetto d'intervento",
              en: "Shared living with personalised, stable experiences for as long as the project needs",
              decision: "The text describes what a community is for: a warning."),
        .init("personnel", "ccnl-pay", 2586...2588, it: "Trattamento economico del CCNL di categoria e oneri previdenziali e assistenziali ai dipendenti",
              en: "Employees paid under the sector CCNL with social-security contributions"),
        .init("personnel", "ccnl-documentation", 2588...2589, it: "Documentazione del trattamento fornita su richiesta dell'A.C. competente per il minore",
              en: "Proof of pay provided on request of the Comune responsible for the minor"),
        .init("personnel", "cost-updates", 2590...2591, it: "Costi del personale adeguati agli aggiornamenti contrattuali", en: "Personnel costs updated with contract renewals"),
    ])

    static let privacy = SicilyMinors.privacyRule(type) { SicilyGuest.visitCodes(section($0)?.guests ?? [], member, visit: $1) }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.bedTotalRule(type, lines: 2583...2585),
        SicilyMinors.peopleWithinCapacityRule(type, lines: 2583...2585, at: pointer.appending("guests")) { section($0)?.guests.count ?? 0 },
        Rule.structure(
            type, "guests.minors", .warning, seed: seed, lines: 2578...2584,
            title: LocalizedText(it: "La comunità accoglie minori", en: "The community hosts minors"),
            message: LocalizedText(it: "l'ospite {0} ha {1} anni: la comunità è per minori", en: "guest {0} is {1}: the community is for minors"),
            decision: "A young adult may stay on under a court's order past 18; the seed does not say, so a warning."
        ) { dossier, report in
            for (index, guest) in (section(dossier)?.guests ?? []).enumerated() where !guest.isMinor {
                report.report(at: pointer.appending("guests").appending(index).appending("age"), .text(guest.code), .integer(guest.age))
            }
        },
    ] + attested.rules

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Comunità per minori, Regione Siciliana", en: "Community for minors, Sicily"),
        summary: "Comunità per minori: the accreditation dossier of a Sicilian residential community for minors (D.A. 17/2014, §7.2). The seed "
            + "gives no capacity, staffing or structural figure of its own (it refers to the DPRS of 29/06/1988). Guests by pseudonymous code only. "
            + "Source: seed \(type.citation). This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        sections: [.section(SicilyMinorsCommunitySection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
