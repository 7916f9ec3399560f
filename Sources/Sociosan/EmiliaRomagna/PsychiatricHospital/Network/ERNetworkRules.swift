/// Rules over a whole regional network of psychiatric structures (seed 002), not over one
/// dossier: they need every SPOI of the region, and the activity of each.
///
/// `sociosan validate --network PATHS...` builds an ``ERPsychiatricNetwork`` from the SPOI
/// dossiers and activity files given and reports these findings like any other.
///
/// ```swift
/// let network = ERPsychiatricNetwork(spoi: [bologna, parma])
/// ERNetworkRules.ruleSet.evaluate(network)  // [] while the beds add up to 90 or fewer
/// ```
public enum ERNetworkRules {
    static let seed = Seed.psychiatricStructuresER

    /// The network rules belong to the SPOI kind: they judge SPOI dossiers taken together.
    static let kinds: [DossierKind] = [.spoi]

    /// The ids of the network rules; they fire only when dossiers are validated together, so
    /// no single dossier fixture can trigger them.
    public static var ids: Set<RuleID> { Set(ruleSet.rules.map(\.id)) }

    static func rule(
        _ id: String, _ severity: Severity, lines: ClosedRange<Int>, title: LocalizedText,
        message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ERPsychiatricNetwork, inout FindingReporter) -> Void
    ) -> Rule<ERPsychiatricNetwork> {
        Rule(
            descriptor: RuleDescriptor(
                id: RuleID(rawValue: "er.network." + id), kinds: kinds, severity: severity,
                citation: Citation(seed, lines: lines), title: title, message: message, decision: decision),
            check: check)
    }

    /// "Per un totale regionale di 90 posti letto" (L119-L120).
    public static let spoiBeds = rule(
        "spoi-beds", .error, lines: 118...120,
        title: LocalizedText(
            it: "I posti letto SPOI della regione non superano il totale regionale di 90",
            en: "The region's SPOI beds do not exceed the regional total of 90"),
        message: LocalizedText(
            it: "{0} posti letto SPOI in {1} strutture superano il totale regionale di {2}: {3}",
            en: "{0} SPOI beds in {1} structures exceed the regional total of {2}: {3}"),
        decision: "The total counts the ordinary beds of each SPOI in Emilia-Romagna once per structure id; day-hospital beds are additional to the ward (L126-L127) and are not counted, as in the staffing ratios (A-06)."
    ) { network, report in
        let units = network.regionalSPOI
        let beds = units.reduce(0) { $0 + $1.beds }
        if beds > SPOIRules.regionalBedTotal {
            let list = units.map { "\($0.id.rawValue) (\($0.beds))" }
            report.report(
                at: .root, .integer(beds), .integer(units.count), .integer(SPOIRules.regionalBedTotal), .list(list))
        }
    }

    /// "L'accesso è normalmente riservato al DSM-DP con livelli ottimali di invio oltre l'80%
    /// dell'intera occupazione" (L129-L131).
    public static let dsmDPShare = rule(
        "dsm-dp-share", .warning, lines: 129...131,
        title: LocalizedText(
            it: "Oltre l'80% dell'occupazione di ogni SPOI è inviata dal DSM-DP (livello ottimale)",
            en: "More than 80% of each SPOI's occupancy is referred by the DSM-DP (optimal level)"),
        message: LocalizedText(
            it: "SPOI {0}, anno {1}: {2}% delle giornate di degenza ({3} su {4}) inviato dal DSM-DP; il livello ottimale è oltre l'{5}%",
            en: "SPOI {0}, year {1}: {2}% of the bed-days ({3} of {4}) referred by the DSM-DP; the optimal level is above {5}%"),
        decision: "A-11: \"occupazione\" is read as bed-days (giornate di degenza), the measure of how a ward's beds are occupied; the period is the calendar year, each stay counting in the year of its discharge (when the SDO closes it) with all its bed-days (discharge date minus admission date, at least 1). A stay counts as referred when its access channel is the DSM-DP (L129-L130); prescriptions by the GP or a specialist are the rest (L130-L131). \"Oltre\" is strictly above 80%. The seed calls it an optimal level, not a requirement, so a share at or below it is a warning. Stays not yet discharged are not counted."
    ) { network, report in
        for share in network.referralShares where share.bedDays > 0 && !share.isAboveOptimalLevel {
            report.report(
                at: .root, .text(share.structure.rawValue), .integer(share.year),
                .fixed(share.percentHundredths ?? 0, scale: 2), .integer(share.dsmDPBedDays),
                .integer(share.bedDays), .integer(ERReferralShare.optimalLevelPercent))
        }
    }

    public static let ruleSet = RuleSet<ERPsychiatricNetwork>(kind: .spoi, rules: [spoiBeds, dsmDPShare])
}
