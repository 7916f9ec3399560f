/// The rules of the Sicilian Independent Living plan (seed 004 §5.1.2, L800-L910).
///
/// ```swift
/// SicilyIndependentLivingProjectRules.all.map(\.id.rawValue).first  // "sicily.independent-living.identity.region"
/// ```
public enum SicilyIndependentLivingProjectRules {
    static let kind: DossierKind = "sicily.disability.independent-living-project"
    static let prefix = "sicily.independent-living"
    public typealias Plan = SicilyIndependentLivingProject

    /// "persone adulte (18-64 anni)" (L831).
    public static let ages = 18...64

    static let make = SicilyProjectRuleMaker<Plan>(kind: kind, prefix: prefix)

    public static let all: [Rule<Plan>] = [
        make.region { $0.province },
        make.rule("age.adult", lines: 831...831,
             title: LocalizedText(it: "Il piano è rivolto a persone adulte (18-64 anni)", en: "The plan is for adults (aged 18-64)"),
             message: LocalizedText(it: "la persona ha {0} anni all'avvio del piano: il piano è per persone di {1}-{2} anni",
                                    en: "the person is {0} when the plan starts: the plan is for people aged {1}-{2}"),
             decision: "IL-1: the age is taken in completed years on the plan's start date (L831 gives no date); 64 is "
                + "included, 65 is not.") { plan, report in
            if !ages.contains(plan.ageAtStart) {
                report.report(at: "/ageAtStart", .integer(plan.ageAtStart), .integer(ages.lowerBound), .integer(ages.upperBound))
            }
        },
        make.rule("assessment.first", lines: 828...829,
             title: LocalizedText(it: "La valutazione multidimensionale precede il patto sociale e l'avvio del piano",
                                  en: "The multidimensional assessment comes before the social pact and the plan's start"),
             message: LocalizedText(it: "la valutazione multidimensionale ({0}) è successiva a {1} ({2})",
                                    en: "the multidimensional assessment ({0}) is later than {1} ({2})")) { plan, report in
            if let pact = plan.socialPactOn, plan.assessedOn > pact {
                report.report(at: "/assessedOn", .date(plan.assessedOn), .localized(LocalizedText(it: "il patto sociale", en: "the social pact")), .date(pact))
            } else if plan.assessedOn > plan.startsOn {
                report.report(at: "/assessedOn", .date(plan.assessedOn), .localized(LocalizedText(it: "l'avvio del piano", en: "the plan's start")), .date(plan.startsOn))
            }
        },
        make.rule("social-pact", lines: 828...830,
             title: LocalizedText(it: "Patto sociale con la persona e la famiglia, datato entro l'avvio del piano (presenza e data)",
                                  en: "Social pact with the person and the family, dated by the plan's start (presence and date)"),
             message: LocalizedText(it: "patto sociale {0}: deve esserci, datato al più tardi all'avvio del piano ({1})",
                                    en: "social pact {0}: it must be there, dated no later than the plan's start ({1})"),
             decision: "IL-2: \"il piano ... dovrà essere basato su un Patto sociale\" (L828-L830): the pact is attested by its "
                + "date, on or before the plan's start; its order after the assessment is rule assessment.first.") { plan, report in
            let pact = plan.socialPactOn
            if pact == nil || pact! > plan.startsOn {
                report.report(at: pact == nil ? JSONPointer.root : "/socialPactOn",
                              pact.map { .date($0) } ?? .localized(LocalizedText(it: "assente", en: "missing")), .date(plan.startsOn))
            }
        },
        make.everyOne("areas.all", .warning, lines: 834...839,
             title: LocalizedText(it: "Il piano riguarda i tre ambiti di intervento", en: "The plan covers the three areas of intervention"),
             message: LocalizedText(it: "il piano non riguarda l'ambito: {0}", en: "the plan does not cover the area: {0}"),
             decision: "IL-3: \"dovrà riguardare i seguenti ambiti\" (L834) is read as all three; a person's needs may not "
                + "touch every area, so a missing one is a warning, not an error.",
             at: "/areas", SicilyIndependentLivingArea.allCases, label: { $0.label }) { plan, area in plan.areas.contains(area) },
        make.rule("professional-profiles", lines: 840...841,
             title: LocalizedText(it: "Il piano individua i profili professionali necessari", en: "The plan names the professional profiles it needs"),
             message: LocalizedText(it: "il piano non individua alcun profilo professionale", en: "the plan names no professional profile")) { plan, report in
            if plan.professionalProfiles.isEmpty { report.report(at: "/professionalProfiles") }
        },
        make.rule("personal-assistant", .warning, lines: 840...842,
             title: LocalizedText(it: "Il piano prevede l'assistente personale, cui è riconosciuto il ruolo centrale",
                                  en: "The plan provides the personal assistant, whose role is central"),
             message: LocalizedText(it: "il piano non prevede un assistente personale", en: "the plan provides no personal assistant"),
             decision: "IL-4: \"fermo restando il ruolo centrale riconosciuto all'assistente personale\" (L841) is read as "
                + "expected in every plan; a plan without one is a warning.") { plan, report in
            if plan.personalAssistant == nil { report.report(at: .root) }
        },
        make.rule("personal-assistant.trained", lines: 841...842,
             title: LocalizedText(it: "L'assistente scelto dalla persona è adeguatamente formato (formazione attestata con data)",
                                  en: "An assistant chosen by the person is adequately trained (training attested with its date)"),
             message: LocalizedText(it: "assistente personale scelto dalla persona: formazione {0}, attestata al più tardi all'avvio ({1})",
                                    en: "personal assistant chosen by the person: training {0}, to be attested by the start ({1})")) { plan, report in
            guard let assistant = plan.personalAssistant, assistant.chosenByPerson else { return }
            let trained = assistant.trainingAttestedOn
            if trained == nil || trained! > plan.startsOn {
                report.report(at: "/personalAssistant", trained.map { .date($0) } ?? .localized(LocalizedText(it: "non attestata", en: "not attested")),
                              .date(plan.startsOn))
            }
        },
        make.rule("budget.items-total", lines: 834...839,
             title: LocalizedText(it: "Le voci del budget sommano il totale", en: "The budget items add up to the total"),
             message: LocalizedText(it: "le voci del budget sommano {0} euro, il totale dichiarato è {1} euro",
                                    en: "the budget items add up to {0} euro, the stated total is {1} euro"),
             decision: "IL-5: §5.1.2 sets no amount and no split; the dossier's budget is held to its own total.") { plan, report in
            let sum = plan.budget.items.reduce(0) { $0 + $1.euroCents }
            if sum != plan.budget.totalEuroCents {
                report.report(at: "/budget/totalEuro", .fixed(sum, scale: 2), .fixed(plan.budget.totalEuroCents, scale: 2))
            }
        },
        make.rule("budget.areas-funded", .warning, lines: 834...839,
             title: LocalizedText(it: "Ogni ambito del piano ha una voce di budget", en: "Every area of the plan has a budget item"),
             message: LocalizedText(it: "nessuna voce del budget finanzia l'ambito {0}", en: "no budget item funds the area {0}"),
             decision: "IL-6: an area may be served without cost (free public transport), so an unfunded area is a warning.") { plan, report in
            for area in SicilyIndependentLivingArea.allCases where plan.areas.contains(area) && !plan.budget.items.contains(where: { $0.area == area }) {
                report.report(at: "/budget/items", .localized(area.label))
            }
        },
    ]
}
