/// The rules of the SST quality profile (`er.sst.quality-profile`), seed 001.
///
/// ```swift
/// SSTQualityProfile.declaration.ruleSet.evaluate(profile).map(\.ruleID)
/// ```
public enum SSTQualityRules {
    static let kind: DossierKind = "er.sst.quality-profile"

    static func rule(
        _ id: RuleID, _ severity: Severity, _ lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText,
        decision: String? = nil, check: @escaping @Sendable (SSTQualityProfile, inout FindingReporter) -> Void
    ) -> Rule<SSTQualityProfile> {
        Rule(descriptor: RuleDescriptor(
            id: id, kinds: [kind], severity: severity, citation: Citation(.territorialSocialServiceER, lines: lines),
            title: title, message: message, decision: decision), check: check)
    }

    /// A pointer from its tokens (field names and indexes).
    static func path(_ tokens: any CustomStringConvertible...) -> JSONPointer { JSONPointer(tokens: tokens.map(\.description)) }

    /// The regional mean of social workers: "media regionale c.a. 1/5000 ab" (L231-L234).
    public static let regionalInhabitantsPerSocialWorker = 5_000

    /// Social workers per 5,000 inhabitants, in hundredths (rounded down); `nil` without a count.
    public static func socialWorkersPer5000(_ territory: SSTTerritory) -> Int? {
        guard let workers = territory.socialWorkers, territory.inhabitants > 0 else { return nil }
        return workers.hundredths * regionalInhabitantsPerSocialWorker / territory.inhabitants
    }

    public static let criterionKnown = rule(
        "er.sst.criterion.known", .error, 374...432,
        title: LocalizedText(it: "Ogni criterio è del catalogo, nella sua categoria, e ogni voce del piano ne ha il giudizio",
                             en: "Every criterion is in the catalogue, in its category, and every plan item's criterion is judged"),
        message: LocalizedText(it: "criterio {0}: {1}", en: "criterion {0}: {1}"),
        decision: "The identifiers P01-P16, O01-O05, E01-E07 are ours (the seed numbers nothing), so an unknown one is "
            + "refused when read (json.value); the rule checks the recorded category against L374-L432 and that a plan item "
            + "names a criterion the profile judged.") { profile, report in
        for (index, judgement) in profile.judgements.enumerated() {
            guard let criterion = SSTQualityCriteria.criterion(judgement.criterion), criterion.category != judgement.category else { continue }
            report.report(at: path("judgements", index, "category"), .text(judgement.criterion.rawValue), .localized(LocalizedText(
                it: "la categoria indicata è \(judgement.category.label.italian), il catalogo dice \(criterion.category.label.italian)",
                en: "the category given is \(judgement.category.label.english), the catalogue says \(criterion.category.label.english)")))
        }
        for (index, item) in profile.plan.enumerated() where profile.judgement(of: item.criterion) == nil {
            report.report(at: path("plan", index, "criterion"), .text(item.criterion.rawValue), .localized(LocalizedText(
                it: "è nel piano ma il profilo non lo giudica", en: "is in the plan but the profile does not judge it")))
        }
    }

    public static let inScale = rule(
        "er.sst.judgement.in-scale", .error, 438...473,
        title: LocalizedText(it: "Punteggi e soglie stanno nella scala di ciascuna dimensione",
                             en: "Scores and thresholds lie on each dimension's scale"),
        message: LocalizedText(it: "{0}: {1} {2} fuori dalla scala {3}-{4}", en: "{0}: {1} {2} is outside the scale {3}-{4}"),
        decision: "The seed gives no scale (L438-L473); the profile states one per dimension, and a score or threshold "
            + "outside it cannot be placed in a quadrant.") { profile, report in
        let dimensions: [(String, SSTJudgementDimension, LocalizedText, KeyPath<SSTCriterionJudgement, Int>)] = [
            ("importance", profile.importance, LocalizedText(it: "importanza", en: "importance"), \.importance),
            ("implementation", profile.implementation, LocalizedText(it: "attuazione", en: "implementation"), \.implementation),
        ]
        for (name, dimension, label, score) in dimensions {
            let scale: [MessageArgument] = [.integer(dimension.minimum), .integer(dimension.maximum)]
            if dimension.minimum >= dimension.maximum || !dimension.contains(dimension.effectiveThreshold) {
                report.report(at: path(name), arguments: [.localized(LocalizedText(it: "soglia", en: "threshold")), .localized(label),
                                                          .fixed(dimension.effectiveThreshold, scale: 2)] + scale, citation: nil)
                continue
            }
            for (index, judgement) in profile.judgements.enumerated() where !dimension.contains(judgement[keyPath: score]) {
                report.report(at: path("judgements", index, name), arguments: [.text(judgement.criterion.rawValue), .localized(label),
                                                                              .fixed(judgement[keyPath: score], scale: 2)] + scale, citation: nil)
            }
        }
    }

    public static let quadrantConsistent = rule(
        "er.sst.quadrant.consistent", .error, 441...463,
        title: LocalizedText(it: "Il quadrante indicato è quello dei punteggi e delle soglie",
                             en: "The quadrant recorded is the one the scores and thresholds give"),
        message: LocalizedText(
            it: "criterio {0}: quadrante indicato {1}, ma importanza {2} (soglia {3}) e attuazione {4} (soglia {5}) danno {6}",
            en: "criterion {0}: quadrant recorded {1}, but importance {2} (threshold {3}) and implementation {4} (threshold {5}) give {6}"),
        decision: "The seed gives no threshold between \"poco\" and \"molto\" (L441-L463): it is the profile's, else the "
            + "scale's midpoint, and a score equal to it counts as high. A plan item's quadrant must be its criterion's.") { profile, report in
        func arguments(_ judgement: SSTCriterionJudgement, recorded: SSTQuadrant) -> [MessageArgument] {
            [.text(judgement.criterion.rawValue), .localized(recorded.label),
             .fixed(judgement.importance, scale: 2), .fixed(profile.importance.effectiveThreshold, scale: 2),
             .fixed(judgement.implementation, scale: 2), .fixed(profile.implementation.effectiveThreshold, scale: 2),
             .localized(profile.quadrant(of: judgement).label)]
        }
        guard profile.thresholdsOnScale else { return }
        for (index, judgement) in profile.judgements.enumerated() where profile.quadrant(of: judgement) != judgement.quadrant {
            report.report(at: path("judgements", index, "quadrant"), arguments: arguments(judgement, recorded: judgement.quadrant), citation: nil)
        }
        for (index, item) in profile.plan.enumerated() {
            guard let judgement = profile.judgement(of: item.criterion), profile.quadrant(of: judgement) != item.quadrant else { continue }
            report.report(at: path("plan", index, "quadrant"), arguments: arguments(judgement, recorded: item.quadrant), citation: nil)
        }
    }

    public static let horizonKnown = rule(
        "er.sst.plan.horizon.known", .error, 495...502,
        title: LocalizedText(it: "Ogni voce del piano non abbandonata ha un orizzonte (breve, medio, medio-lungo termine)",
                             en: "Every plan item not dropped has a horizon (short, medium, medium-to-long term)"),
        message: LocalizedText(it: "la voce del piano per {0} non indica l'orizzonte (breve, medio o medio-lungo termine)",
                               en: "the plan item for {0} gives no horizon (short, medium or medium-to-long term)"),
        decision: "The three horizons are a closed code (an unknown one is refused when read); an item may be drafted "
            + "without one, but the plan is not complete until every item that is not dropped has one.") { profile, report in
        for (index, item) in profile.plan.enumerated() where item.status != .dropped && item.horizon == nil {
            report.report(at: path("plan", index), .text(item.criterion.rawValue))
        }
    }

    public static let strategyKnown = rule(
        "er.sst.plan.strategy.known", .error, 518...537,
        title: LocalizedText(it: "Ogni voce del piano non abbandonata indica almeno una delle cinque strategie",
                             en: "Every plan item not dropped names at least one of the five strategies"),
        message: LocalizedText(it: "la voce del piano per {0} non indica alcuna strategia ({1})",
                               en: "the plan item for {0} names no strategy ({1})"),
        decision: "The five strategies are a closed code (an unknown one is refused when read); the rule asks that an "
            + "item not dropped names at least one.") { profile, report in
        for (index, item) in profile.plan.enumerated() where item.status != .dropped && item.strategies.isEmpty {
            report.report(at: path("plan", index, "strategies"), .text(item.criterion.rawValue), .list(SSTStrategy.allCases.map(\.rawValue)))
        }
    }

    public static let investNeedsAction = rule(
        "er.sst.plan.invest-needs-action", .warning, 441...446,
        title: LocalizedText(it: "Un criterio da INVESTIRE (molto importante, poco attuato) ha una voce nel piano",
                             en: "A criterion to INVEST in (very important, little implemented) has a plan item"),
        message: LocalizedText(it: "il criterio {0} è da investire ma il piano non ha una voce attiva per esso",
                               en: "criterion {0} is to invest in but the plan has no active item for it"),
        decision: "The seed does not say that the plan must cover every INVESTIRE criterion; it is where action is "
            + "needed first, so a missing or dropped item is a warning.") { profile, report in
        guard profile.thresholdsOnScale else { return }
        for (index, judgement) in profile.judgements.enumerated() where profile.quadrant(of: judgement) == .invest {
            if let item = profile.planItem(for: judgement.criterion), item.status != .dropped { continue }
            report.report(at: path("judgements", index), .text(judgement.criterion.rawValue))
        }
    }

    public static let delegationExtent = rule(
        "er.sst.delegation.extent", .error, 87...104,
        title: LocalizedText(it: "La modalità di esercizio del Comune corrisponde ai servizi delegati",
                             en: "A municipality's exercise mode matches its delegated services"),
        message: LocalizedText(it: "{0}: esercizio {1}, ma {2} servizi su {3} sono delegati",
                               en: "{0}: exercise {1}, but {2} of {3} services are delegated"),
        decision: "A service is delegated when its holder (titolarità, L117) is not the municipality; delivery by a third "
            + "party under the municipality is not delegation (L128-L131 tell delegating management from using third "
            + "parties). Direct: none delegated; delegated: all; mixed: some, \"anche un solo servizio\" (L103-L104), "
            + "not all (L88-L91).") { profile, report in
        for (index, municipality) in profile.territory.municipalities.enumerated() {
            let delegated = municipality.delegatedServices.count
            let total = municipality.services.count
            let consistent = switch municipality.exercise {
            case .direct: delegated == 0
            case .delegated: total > 0 && delegated == total
            case .mixed: delegated > 0 && delegated < total
            }
            if !consistent {
                report.report(at: path("territory", "municipalities", index), .text(municipality.name), .localized(municipality.exercise.label),
                              .integer(delegated), .integer(total))
            }
        }
    }

    public static let surveyCount = rule(
        "er.sst.survey.n", .error, 57...58,
        title: LocalizedText(it: "Le risposte al questionario non superano i Comuni interpellati, né questi i Comuni del territorio",
                             en: "Questionnaire responses do not exceed the municipalities surveyed, nor these the territory's"),
        message: LocalizedText(it: "{0} risposte su {1} Comuni interpellati, e {2} Comuni nel territorio",
                               en: "{0} responses from {1} municipalities surveyed, and {2} municipalities in the territory"),
        decision: "The seed's counts nest (314 of 348 municipalities, L57-L58; every chart n at most 314, L75, L116, L124): "
            + "a profile's responses cannot exceed those surveyed, nor these the municipalities it lists.") { profile, report in
        guard let survey = profile.survey else { return }
        let listed = profile.territory.municipalities.count
        if survey.responses > survey.municipalities || survey.municipalities > listed {
            report.report(at: path("survey"), .integer(survey.responses), .integer(survey.municipalities), .integer(listed))
        }
    }

    public static let socialWorkerDensity = rule(
        "er.sst.socialworker.density", .info, 231...234,
        title: LocalizedText(it: "Assistenti sociali rispetto alla media regionale di circa 1 ogni 5.000 abitanti",
                             en: "Social workers against the regional mean of about 1 per 5,000 inhabitants"),
        message: LocalizedText(it: "{0} assistenti sociali ogni 5.000 abitanti ({1} su {2}), sotto la media regionale di circa 1",
                               en: "{0} social workers per 5,000 inhabitants ({1} for {2}), below the regional mean of about 1"),
        decision: "The mean is \"c.a.\" (about) and not a standard: a territory below it is reported for information.") { profile, report in
        guard let per5000 = socialWorkersPer5000(profile.territory), per5000 < 100, let workers = profile.territory.socialWorkers else { return }
        report.report(at: path("territory", "socialWorkers"), .fixed(per5000, scale: 2), .fixed(workers.hundredths, scale: 2),
                      .integer(profile.territory.inhabitants))
    }

    /// In the order `rules list` shows them.
    public static let all: [Rule<SSTQualityProfile>] = [
        criterionKnown, inScale, quadrantConsistent, horizonKnown, strategyKnown, investNeedsAction,
        delegationExtent, surveyCount, socialWorkerDensity,
    ]
}
