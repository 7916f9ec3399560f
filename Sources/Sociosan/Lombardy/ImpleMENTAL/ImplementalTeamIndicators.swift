/// LI20 and LI21, the operators of the implementation teams (EI), worked out from the
/// `lombardy.implemental.team` files (one per ASST), not from the activity records.
///
/// - LI20a: the operators taking part in the EIs ("Nelle EI sono stati coinvolti 179 operatori",
///   seed 003 L420; Figure 11, L435).
/// - LI20b: their median per ASST ("con una mediana di 9 operatori per ciascuna ASST aderente",
///   L420-L421).
/// - LI20c-LI20j: the same operators by professional profile (Figure 13, L447-L459), one line per
///   ``ImplementalProfile``.
/// - LI21a, LI21b: trained and active (124), active without the project's training (55)
///   (Figure 12, L441-L444); LI21c: the share of the trained who are not active ("Più della metà
///   degli operatori che hanno partecipato alla formazione, non ha poi preso parte", L439-L440).
///
/// ## Decisions
///
/// - IM-14, who counts: an operator counts in LI20 and in LI21a-b when `active` (takes part in
///   the implementation). The seed's 179 operators "coinvolti" in the EIs are exactly its
///   124 trained and involved plus its 55 who "si sono attivati nell'implementazione" without
///   the training (L420, L441-L444): an operator kept on a roster without taking part is not
///   among them. LI21c is the one place an inactive operator counts.
/// - IM-15, the median per ASST: over the ASSTs that sent a team file, each with its number of
///   active operators (an ASST whose EIs have none counts as 0: it joined the pilot, L386); for
///   an even number of ASSTs (the seed's 18) the mean of the two middle numbers, written as is
///   (9.5 is not rounded to a whole operator), as LI07 does.
/// - IM-16, the trained who are not active: counted among the operators the files list. The
///   seed's "più della metà" is mostly the staff of the 5 ASSTs that withdrew after the training
///   (L440-L441, L862-L863), which have no EI and so no team file (`asst.known` admits the 18
///   of Figure 10 only); the rest are trained staff of the 18 who "non lavorava in strutture
///   territoriali in grado di implementare" (L864-L865). LI21c is therefore the share within the
///   participating ASSTs, not the seed's regional one, and it is said so beside it.
/// - IM-17, one file per ASST: the kind is the organisation of the pilot in one ASST; a second
///   file for the same ASST would count its operators twice (the reason of `operators.unique`,
///   L420), so it is refused, naming both files.
/// - Psychiatrists are physicians (*Medici*) in the seed's reading of Figure 13 (L450); they keep
///   their own line (LI20f) because the kind records them apart (L745).
///
/// ```swift
/// var calculator = ImplementalIndicatorCalculator()
/// try calculator.add(team: try ImplementalTeam.decode(jsonText: text))
/// calculator.report().groups[0].result("LI20a")?.numerator   // active operators
/// ```
public enum ImplementalTeamIndicators {
    /// The profile lines of LI20, in ``ImplementalProfile`` order: LI20c (psychologists) to LI20j.
    public static let profileIndicators: [(profile: ImplementalProfile, id: String)] =
        zip(ImplementalProfile.allCases, "cdefghij").map { ($0, "LI20\($1)") }

    static func indicator(
        _ id: String, _ unit: ImplementalIndicator.Unit, it: String, en: String, seed: ImplementalSeedFigure, _ lines: ClosedRange<Int>
    ) -> ImplementalIndicator {
        ImplementalIndicatorCatalogue.indicator(id, unit, it: it, en: en, seed: seed, lines, fromTeams: true)
    }

    /// What Figure 13's commentary says of a profile (L448-L452): psychologists, TerP and
    /// physicians prevail over nurses and social workers; of the others it says nothing.
    static func profileFigure(_ profile: ImplementalProfile) -> ImplementalSeedFigure {
        switch profile {
        case .psychologist, .terp, .physician, .psychiatrist:
            ImplementalSeedFigure(it: "prevalenti (Psicologi, TerP e Medici)", en: "prevailing (psychologists, TerP and physicians)",
                                  precision: .qualitative)
        case .nurse, .socialWorker:
            ImplementalSeedFigure(it: "meno presenti di Psicologi, TerP e Medici", en: "fewer than psychologists, TerP and physicians",
                                  precision: .qualitative)
        case .educator, .rehabilitationTherapist:
            ImplementalSeedFigure(it: "non indicato", en: "not given", precision: .qualitative)
        }
    }

    /// LI20a-LI20j and LI21a-LI21c, in catalogue order.
    public static let catalogue: [ImplementalIndicator] = [
        indicator("LI20a", .count, it: "Operatori attivi nelle EI", en: "Operators active in the EIs",
                  seed: ImplementalSeedFigure(it: "179 operatori", en: "179 operators", percent: 179, precision: .exact), 420...421),
        indicator("LI20b", .median, it: "Mediana degli operatori attivi per ASST", en: "Median active operators per ASST",
                  seed: ImplementalSeedFigure(it: "mediana di 9", en: "median of 9", percent: 9, precision: .exact), 420...421),
    ] + profileIndicators.map { line in
        indicator(line.id, .count, it: "Operatori attivi nelle EI: " + line.profile.label.italian,
                  en: "Operators active in the EIs: " + line.profile.label.english, seed: profileFigure(line.profile), 447...452)
    } + [
        indicator("LI21a", .count, it: "Operatori formati dal progetto e attivi nell'implementazione",
                  en: "Operators trained by the project and active in the implementation",
                  seed: ImplementalSeedFigure(it: "124", en: "124", percent: 124, precision: .exact), 441...442),
        indicator("LI21b", .count, it: "Operatori attivi nell'implementazione senza la formazione del progetto",
                  en: "Operators active in the implementation without the project's training",
                  seed: ImplementalSeedFigure(it: "55", en: "55", percent: 55, precision: .exact), 442...444),
        indicator("LI21c", .percent, it: "Operatori formati non attivi nell'implementazione, sui formati (ASST aderenti)",
                  en: "Trained operators not active in the implementation, of those trained (participating ASSTs)",
                  seed: ImplementalSeedFigure(it: "più della metà, con le 5 ASST che hanno rinunciato",
                                              en: "more than half, with the 5 ASSTs that withdrew", precision: .qualitative), 439...441),
    ]

    /// One operator as the indicators see it: where they work and what they are.
    struct Operator: Sendable, Hashable {
        let asst: String
        let ei: String
        let code: StructureID
        let profile: ImplementalProfile
        let trained: Bool
        let active: Bool

        /// The operator in an audit list: staff codes are pseudonyms of their own ASST, so the
        /// ASST goes in front (`lecco/op-lc-001`).
        var auditCode: String { asst + "/" + code.rawValue }
    }

    static func operators(of team: ImplementalTeam) -> [Operator] {
        team.teams.flatMap { ei in
            ei.operators.map { Operator(asst: team.asst, ei: ei.id, code: $0.code, profile: $0.profile, trained: $0.trained, active: $0.active) }
        }
    }

    /// The results of LI20-LI21 over some operators; with `perASST` (the whole set), LI20b too.
    static func results(_ operators: [Operator], perASST: [String: Int]?, audit: Bool) -> [ImplementalIndicatorResult] {
        func result(_ id: String, numerator: [Operator], denominator: [Operator]? = nil) -> ImplementalIndicatorResult {
            let indicator = ImplementalIndicatorCatalogue.indicator(id)!
            let value: Double? = if let denominator {
                denominator.isEmpty ? nil : Double(numerator.count) * 100 / Double(denominator.count)
            } else {
                Double(numerator.count)
            }
            return ImplementalIndicatorResult(indicator: indicator, numerator: numerator.count, denominator: denominator?.count, value: value,
                                              numeratorOperators: audit ? numerator.map(\.auditCode).sorted() : [])
        }
        let active = operators.filter(\.active)
        let trained = operators.filter(\.trained)
        var results = [result("LI20a", numerator: active)]
        if let perASST {
            results.append(ImplementalIndicatorResult(
                indicator: ImplementalIndicatorCatalogue.indicator("LI20b")!, numerator: nil, denominator: perASST.count,
                value: ImplementalIndicatorCalculator.median(Array(perASST.values))))
        }
        for line in profileIndicators {
            results.append(result(line.id, numerator: active.filter { $0.profile == line.profile }))
        }
        results.append(result("LI21a", numerator: active.filter(\.trained)))
        results.append(result("LI21b", numerator: active.filter { !$0.trained }))
        results.append(result("LI21c", numerator: trained.filter { !$0.active }, denominator: trained))
        return results
    }
}

/// A team file the indicators cannot take.
///
/// ```swift
/// do { try calculator.add(team: team) } catch { print(error.englishMessage) }
/// ```
public enum ImplementalTeamInputError: Error, Sendable, Hashable {
    /// A second team file for an ASST already read (decision IM-17).
    case asstTwice(asst: String, first: StructureID, second: StructureID)

    public var message: LocalizedText {
        switch self {
        case .asstTwice(let asst, let first, let second):
            LocalizedText(
                it: "il dossier \(second.rawValue) è un secondo file delle équipe per l'ASST \(asst), dopo il dossier \(first.rawValue): "
                    + "un solo file per ASST, o i suoi operatori sarebbero contati due volte",
                en: "dossier \(second.rawValue) is a second team file for ASST \(asst), after dossier \(first.rawValue): "
                    + "one file per ASST, or its operators would be counted twice")
        }
    }

    public var italianMessage: String { message.italian }
    public var englishMessage: String { message.english }
}
