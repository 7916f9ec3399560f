/// The quality profile of one territory's SST (*servizio sociale territoriale*), as a district
/// planning office (UDP) or a municipality records its self-assessment with the method of
/// seed 001: the territory and how it runs the SST (L75-L137), a judgement of importance and
/// implementation for each of the 28 criteria (L363-L482), and the improvement plan
/// (L494-L537). Kind `er.sst.quality-profile`.
///
/// The seed gives no scale and no threshold for "molto" and "poco" (L441-L463): each dimension
/// carries its scale and, optionally, its threshold; without one the threshold is the scale's
/// midpoint, and a score equal to the threshold counts as high (``SSTJudgementDimension``).
///
/// ```swift
/// let profile = try SSTQualityProfile.decode(jsonText: text)   // SociosanJSON
/// profile.quadrant(of: profile.judgements[0])                    // .invest
/// SSTQualityProfile.declaration.ruleSet.evaluate(profile)        // findings
/// ```
public struct SSTQualityProfile: DeclaredDossier {
    public var id: StructureID
    /// The day the assessment was closed.
    public var assessedOn: LocalDate
    /// Who ran the self-assessment.
    public var assessedBy: SSTAssessor
    public var territory: SSTTerritory
    /// The municipalities asked and those that answered, when a questionnaire was used (L57-L58, L71-L72).
    public var survey: SSTSurvey?
    public var importance: SSTJudgementDimension
    public var implementation: SSTJudgementDimension
    public var judgements: [SSTCriterionJudgement]
    public var plan: [SSTPlanItem]

    public init(id: StructureID, assessedOn: LocalDate, assessedBy: SSTAssessor, territory: SSTTerritory, survey: SSTSurvey?,
                importance: SSTJudgementDimension, implementation: SSTJudgementDimension,
                judgements: [SSTCriterionJudgement], plan: [SSTPlanItem]) {
        self.id = id
        self.assessedOn = assessedOn
        self.assessedBy = assessedBy
        self.territory = territory
        self.survey = survey
        self.importance = importance
        self.implementation = implementation
        self.judgements = judgements
        self.plan = plan
    }

    /// The quadrant the scores of `judgement` place it in, with this profile's thresholds.
    public func quadrant(of judgement: SSTCriterionJudgement) -> SSTQuadrant {
        SSTQuadrant(importanceHigh: importance.isHigh(judgement.importance),
                    implementationHigh: implementation.isHigh(judgement.implementation))
    }

    /// Whether both thresholds lie within their scales (and the scales are not empty); when
    /// not, quadrants mean nothing and only `er.sst.judgement.in-scale` reports it.
    public var thresholdsOnScale: Bool {
        [importance, implementation].allSatisfy { $0.minimum < $0.maximum && $0.contains($0.effectiveThreshold) }
    }

    /// The judgement of a criterion, if the profile has one.
    public func judgement(of criterion: SSTCriterionID) -> SSTCriterionJudgement? {
        judgements.first { $0.criterion == criterion }
    }

    /// The plan item of a criterion, if the plan has one.
    public func planItem(for criterion: SSTCriterionID) -> SSTPlanItem? {
        plan.first { $0.criterion == criterion }
    }

    public static let declaration = DossierDeclaration<SSTQualityProfile>(
        kind: "er.sst.quality-profile",
        title: LocalizedText(it: "Profilo di qualità del servizio sociale territoriale (SST), Emilia-Romagna",
                             en: "Quality profile of the territorial social service (SST), Emilia-Romagna"),
        summary: "The self-assessment of one territory's SST with the method of the ASSR quality profile: the territory and "
            + "how it runs the SST, importance and implementation of each of the 28 quality criteria, their quadrants "
            + "(invest, consolidate, check, maintain) and the improvement plan. Source: seed "
            + "\(Citation(.territorialSocialServiceER, lines: 363...537).fileReference). This schema checks structure and "
            + "codes; the quality rules are checked by `sociosan validate`.",
        citation: Citation(.territorialSocialServiceER, lines: 363...537),
        blank: SSTQualityProfile(
            id: .placeholder, assessedOn: LocalDate(year: 2000, month: 1, day: 1)!, assessedBy: .udp,
            territory: SSTTerritory.fields.blank, survey: nil,
            importance: SSTJudgementDimension.fields.blank, implementation: SSTJudgementDimension.fields.blank,
            judgements: [], plan: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("assessedOn", \.assessedOn, ValueCodecs.date, summary: "The day the assessment was closed."),
            .required("assessedBy", \.assessedBy, ValueCodecs.code(SSTAssessor.self),
                      summary: "Who ran the self-assessment: the district planning office (udp) or a municipality."),
            .required("territory", \.territory, ValueCodecs.object(SSTTerritory.fields)),
            .optional("survey", \.survey, ValueCodecs.object(SSTSurvey.fields)),
            .required("importance", \.importance, ValueCodecs.object(SSTJudgementDimension.fields),
                      summary: "How importance was judged: source, scale and threshold."),
            .required("implementation", \.implementation, ValueCodecs.object(SSTJudgementDimension.fields),
                      summary: "How implementation was judged: source, scale and threshold."),
            .required("judgements", \.judgements,
                      ValueCodecs.list(ValueCodecs.object(SSTCriterionJudgement.fields), minimumCount: 1, distinctID: \.criterion.rawValue),
                      summary: "One judgement per criterion, at most once each."),
            .required("plan", \.plan, ValueCodecs.list(ValueCodecs.object(SSTPlanItem.fields), distinctID: \.criterion.rawValue),
                      summary: "The improvement plan: at most one item per criterion."),
        ],
        rules: SSTQualityRules.all)
}

/// Who runs the self-assessment.
public enum SSTAssessor: String, Sendable, Hashable, CaseIterable {
    /// The district planning office (*Ufficio di Piano*; "UDP", L482, not expanded by the seed).
    case udp
    /// A municipality (*Comune*).
    case municipality
}

/// The territory assessed: a district (*Distretto*, L84-L85) and its municipalities.
public struct SSTTerritory: Sendable, Hashable {
    public var district: String
    public var province: Province
    public var inhabitants: Int
    /// Social workers (*assistenti sociali*) of the SST in full-time equivalents, two decimals;
    /// compared with the regional mean of about 1 per 5,000 inhabitants (L231-L234).
    public var socialWorkers: Rational?
    public var municipalities: [SSTMunicipality]

    public init(district: String, province: Province, inhabitants: Int, socialWorkers: Rational?, municipalities: [SSTMunicipality]) {
        self.district = district
        self.province = province
        self.inhabitants = inhabitants
        self.socialWorkers = socialWorkers
        self.municipalities = municipalities
    }

    public static let fields = FieldTable(
        blank: SSTTerritory(district: "", province: .bologna, inhabitants: 0, socialWorkers: nil, municipalities: []), [
            .required("district", \.district, ValueCodecs.string(), summary: "The district (Distretto) assessed."),
            .required("province", \.province, ValueCodecs.code(Province.self, allowed: Region.emiliaRomagna.provinces)),
            .required("inhabitants", \.inhabitants, ValueCodecs.integer(1...10_000_000)),
            .optional("socialWorkers", \.socialWorkers,
                      ValueCodecs.mapped(ValueCodecs.hundredths(0...10_000_000), read: { Rational($0, 100) }, write: \.hundredths),
                      summary: "Social workers of the SST, full-time equivalents, at most two decimals."),
            .required("municipalities", \.municipalities,
                      ValueCodecs.list(ValueCodecs.object(SSTMunicipality.fields), minimumCount: 1, distinctID: \.name)),
        ])
}

/// How a municipality exercises the SST function (L87-L91).
public enum SSTExerciseMode: String, Sendable, Hashable, CaseIterable {
    /// "del Comune": every service held by the municipality.
    case direct
    /// "esercizio misto (in parte del Comune, in parte delegato a soggetti terzi)".
    case mixed
    /// Every service delegated.
    case delegated

    public var label: LocalizedText {
        switch self {
        case .direct: LocalizedText(it: "diretto (del Comune)", en: "direct (by the municipality)")
        case .mixed: LocalizedText(it: "misto (in parte delegato)", en: "mixed (delegated in part)")
        case .delegated: LocalizedText(it: "delegato", en: "delegated in full")
        }
    }
}

/// One municipality of the territory and its services.
public struct SSTMunicipality: Sendable, Hashable {
    public var name: String
    public var exercise: SSTExerciseMode
    public var services: [SSTServiceGovernance]

    public init(name: String, exercise: SSTExerciseMode, services: [SSTServiceGovernance]) {
        self.name = name
        self.exercise = exercise
        self.services = services
    }

    /// The services whose holder is not the municipality: delegated, "anche un solo servizio" (L103-L104).
    public var delegatedServices: [SSTServiceGovernance] { services.filter { $0.holder != .municipality } }

    public static let fields = FieldTable(blank: SSTMunicipality(name: "", exercise: .direct, services: []), [
        .required("name", \.name, ValueCodecs.string()),
        .required("exercise", \.exercise, ValueCodecs.code(SSTExerciseMode.self),
                  summary: "How the SST function is exercised: direct, mixed (delegated in part) or delegated (in full)."),
        .required("services", \.services, ValueCodecs.list(ValueCodecs.object(SSTServiceGovernance.fields))),
    ])
}

/// The areas of the SST questionnaire (L222-L228).
public enum SSTServiceArea: String, Sendable, Hashable, CaseIterable {
    case socialSecretariat = "social-secretariat", elderly, disability, familyMinors = "family-minors"
    case adultHardship = "adult-hardship", immigrants
}

/// Who holds or delivers a service: the municipality, a body it delegated to (L109-L110), or a
/// third party (L91, L128-L131).
public enum SSTParty: String, Sendable, Hashable, CaseIterable {
    /// "Comune".
    case municipality
    /// "gestione associata comune-Ausl" (L109).
    case associatedManagement = "associated-management"
    /// "comune capofila" (L110).
    case leadMunicipality = "lead-municipality"
    /// "soggetti terzi" (L91, L130).
    case thirdParty = "third-party"
}

/// One service of a municipality: its area, who holds it (*titolarità*, L117) and who delivers
/// it (*erogazione*, L119).
public struct SSTServiceGovernance: Sendable, Hashable {
    public var service: String
    public var area: SSTServiceArea
    public var holder: SSTParty
    public var deliverer: SSTParty

    public init(service: String, area: SSTServiceArea, holder: SSTParty, deliverer: SSTParty) {
        self.service = service
        self.area = area
        self.holder = holder
        self.deliverer = deliverer
    }

    public static let fields = FieldTable(
        blank: SSTServiceGovernance(service: "", area: .socialSecretariat, holder: .municipality, deliverer: .municipality), [
            .required("service", \.service, ValueCodecs.string(),
                      summary: "The service, as named by the Nomenclatore nazionale degli interventi e servizi sociali (2009)."),
            .required("area", \.area, ValueCodecs.code(SSTServiceArea.self)),
            .required("holder", \.holder, ValueCodecs.code(SSTParty.self), summary: "Who holds the service (titolarità)."),
            .required("deliverer", \.deliverer, ValueCodecs.code(SSTParty.self), summary: "Who delivers it (erogazione)."),
        ])
}

/// The municipalities a questionnaire went to and those that answered (the region's
/// mapping: "314 comuni su 348", L57-L58).
public struct SSTSurvey: Sendable, Hashable {
    public var municipalities: Int
    public var responses: Int

    public init(municipalities: Int, responses: Int) {
        self.municipalities = municipalities
        self.responses = responses
    }

    /// The responses as a whole percentage, halves rounded up: 314 of 348 is 90 (90.2).
    public var responsePercent: Int? {
        guard municipalities > 0 else { return nil }
        return (200 * responses + municipalities) / (2 * municipalities)
    }

    public static let fields = FieldTable(blank: SSTSurvey(municipalities: 0, responses: 0), [
        .required("municipalities", \.municipalities, ValueCodecs.integer(1...10_000), summary: "Municipalities surveyed."),
        .required("responses", \.responses, ValueCodecs.integer(0...10_000), summary: "Municipalities that answered."),
    ])
}

/// Where the judgements of a dimension come from (L475-L482).
public enum SSTJudgementSource: String, Sendable, Hashable, CaseIterable {
    /// "Giudizi provenienti dall'NGT": the nominal group technique meetings (L69, L475-L477).
    case nominalGroupTechnique = "ngt"
    /// "Giudizi provenienti dai questionari (UDP)" (L477-L482), the short questionnaire (L71-L72).
    case udpQuestionnaire = "udp-questionnaire"

    public var label: LocalizedText {
        switch self {
        case .nominalGroupTechnique: LocalizedText(it: "NGT (gruppo nominale)", en: "NGT (nominal group technique)")
        case .udpQuestionnaire: LocalizedText(it: "questionario UDP", en: "UDP questionnaire")
        }
    }
}

/// One dimension of the judgements (importance or implementation): its source, its scale and
/// the threshold between "poco" and "molto".
///
/// The seed states neither scale nor threshold. Without a stated threshold it is the scale's
/// midpoint; a score equal to the threshold counts as high ("molto").
///
/// ```swift
/// let dimension = SSTJudgementDimension(source: .nominalGroupTechnique, minimum: 1, maximum: 5, threshold: nil)
/// dimension.effectiveThreshold   // 300 (3.00)
/// dimension.isHigh(300)          // true: a tie counts as high
/// ```
public struct SSTJudgementDimension: Sendable, Hashable {
    public var source: SSTJudgementSource
    public var minimum: Int
    public var maximum: Int
    /// The threshold in hundredths; `nil`: the midpoint.
    public var threshold: Int?

    public init(source: SSTJudgementSource, minimum: Int, maximum: Int, threshold: Int?) {
        self.source = source
        self.minimum = minimum
        self.maximum = maximum
        self.threshold = threshold
    }

    /// The threshold in hundredths: the stated one, else the scale's midpoint.
    public var effectiveThreshold: Int { threshold ?? (minimum + maximum) * 50 }

    /// A score (hundredths) at or above the threshold is high.
    public func isHigh(_ score: Int) -> Bool { score >= effectiveThreshold }

    /// Whether a score (hundredths) lies on the scale.
    public func contains(_ score: Int) -> Bool { score >= minimum * 100 && score <= maximum * 100 }

    public static let fields = FieldTable(blank: SSTJudgementDimension(source: .nominalGroupTechnique, minimum: 0, maximum: 0, threshold: nil), [
        .required("source", \.source, ValueCodecs.code(SSTJudgementSource.self)),
        .required("scaleMinimum", \.minimum, ValueCodecs.integer(0...100), summary: "The lowest score of the scale."),
        .required("scaleMaximum", \.maximum, ValueCodecs.integer(1...100), summary: "The highest score of the scale."),
        .optional("threshold", \.threshold, ValueCodecs.hundredths(0...10_000),
                  summary: "A score at or above it is high (\"molto\"); absent: the scale's midpoint."),
    ])
}

/// The judgement of one criterion: its category as the assessor recorded it, the two scores
/// (hundredths, on the dimensions' scales) and the quadrant recorded.
public struct SSTCriterionJudgement: Sendable, Hashable {
    public var criterion: SSTCriterionID
    public var category: SSTCriterionCategory
    public var importance: Int
    public var implementation: Int
    public var quadrant: SSTQuadrant

    public init(criterion: SSTCriterionID, category: SSTCriterionCategory, importance: Int, implementation: Int, quadrant: SSTQuadrant) {
        self.criterion = criterion
        self.category = category
        self.importance = importance
        self.implementation = implementation
        self.quadrant = quadrant
    }

    public static let fields = FieldTable(
        blank: SSTCriterionJudgement(criterion: .p01, category: .process, importance: 0, implementation: 0, quadrant: .check), [
            .required("criterion", \.criterion, ValueCodecs.code(SSTCriterionID.self)),
            .required("category", \.category, ValueCodecs.code(SSTCriterionCategory.self)),
            .required("importance", \.importance, ValueCodecs.hundredths(0...10_000), summary: "Importance score, at most two decimals."),
            .required("implementation", \.implementation, ValueCodecs.hundredths(0...10_000),
                      summary: "Implementation score, at most two decimals."),
            .required("quadrant", \.quadrant, ValueCodecs.code(SSTQuadrant.self)),
        ])
}

/// The horizons at which results are judged feasible (L495-L502).
public enum SSTHorizon: String, Sendable, Hashable, CaseIterable {
    /// "BREVE termine".
    case short
    /// "MEDIO termine".
    case medium
    /// "MEDIO – Lungo termine": medium to long, not long.
    case mediumLong = "medium-long"

    public var label: LocalizedText {
        switch self {
        case .short: LocalizedText(it: "breve termine", en: "short term")
        case .medium: LocalizedText(it: "medio termine", en: "medium term")
        case .mediumLong: LocalizedText(it: "medio-lungo termine", en: "medium to long term")
        }
    }
}

/// The five kinds of strategy of the improvement plan (L518-L537).
public enum SSTStrategy: String, Sendable, Hashable, CaseIterable {
    /// "Strategie di tipo normativo" (L519-L521).
    case regulatory
    /// "Strategie di tipo formativo" (L523-L525).
    case training
    /// "Attività di supporto e di accompagnamento" (L527-L530).
    case support
    /// "Attività di ricerca e ricerca – azione" (L532-L534).
    case research
    /// "Attivazione d'interventi pilota" (L536-L537).
    case pilot

    public var label: LocalizedText {
        switch self {
        case .regulatory: LocalizedText(it: "normativa", en: "regulatory")
        case .training: LocalizedText(it: "formativa", en: "training")
        case .support: LocalizedText(it: "supporto e accompagnamento", en: "support and accompaniment")
        case .research: LocalizedText(it: "ricerca e ricerca-azione", en: "research and action research")
        case .pilot: LocalizedText(it: "interventi pilota", en: "pilot interventions")
        }
    }
}

/// Where a plan item stands.
public enum SSTPlanStatus: String, Sendable, Hashable, CaseIterable {
    case planned, inProgress = "in-progress", achieved, dropped

    public var label: LocalizedText {
        switch self {
        case .planned: LocalizedText(it: "previsto", en: "planned")
        case .inProgress: LocalizedText(it: "in corso", en: "in progress")
        case .achieved: LocalizedText(it: "raggiunto", en: "achieved")
        case .dropped: LocalizedText(it: "abbandonato", en: "dropped")
        }
    }
}

/// One item of the improvement plan ("Il piano di miglioramento", L494-L537): a criterion, its
/// quadrant, the horizon, the strategies, who owns it and where it stands. The horizon may be
/// left out while it is being agreed, and the strategies empty; the rules require both of an
/// item that is not dropped.
public struct SSTPlanItem: Sendable, Hashable {
    public var criterion: SSTCriterionID
    public var quadrant: SSTQuadrant
    public var horizon: SSTHorizon?
    public var strategies: Set<SSTStrategy>
    public var owner: String
    public var status: SSTPlanStatus

    public init(criterion: SSTCriterionID, quadrant: SSTQuadrant, horizon: SSTHorizon?, strategies: Set<SSTStrategy>,
                owner: String, status: SSTPlanStatus) {
        self.criterion = criterion
        self.quadrant = quadrant
        self.horizon = horizon
        self.strategies = strategies
        self.owner = owner
        self.status = status
    }

    public static let fields = FieldTable(
        blank: SSTPlanItem(criterion: .p01, quadrant: .invest, horizon: nil, strategies: [], owner: "", status: .planned), [
            .required("criterion", \.criterion, ValueCodecs.code(SSTCriterionID.self)),
            .required("quadrant", \.quadrant, ValueCodecs.code(SSTQuadrant.self)),
            .optional("horizon", \.horizon, ValueCodecs.code(SSTHorizon.self)),
            .required("strategies", \.strategies, ValueCodecs.codeSet(SSTStrategy.self)),
            .required("owner", \.owner, ValueCodecs.string(), summary: "Who answers for the item (an office or a role, not a person)."),
            .required("status", \.status, ValueCodecs.code(SSTPlanStatus.self)),
        ])
}

extension SSTAssessor: TableCoded { public static let codeTable = CodeTable<SSTAssessor>() }
extension SSTExerciseMode: TableCoded { public static let codeTable = CodeTable<SSTExerciseMode>() }
extension SSTServiceArea: TableCoded { public static let codeTable = CodeTable<SSTServiceArea>() }
extension SSTParty: TableCoded { public static let codeTable = CodeTable<SSTParty>() }
extension SSTJudgementSource: TableCoded { public static let codeTable = CodeTable<SSTJudgementSource>() }
extension SSTHorizon: TableCoded { public static let codeTable = CodeTable<SSTHorizon>() }
extension SSTStrategy: TableCoded { public static let codeTable = CodeTable<SSTStrategy>() }
extension SSTPlanStatus: TableCoded { public static let codeTable = CodeTable<SSTPlanStatus>() }
