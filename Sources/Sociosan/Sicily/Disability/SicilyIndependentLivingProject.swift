/// A Sicilian personalised Independent Living plan (*piano personalizzato di Vita Indipendente*,
/// seed 004 §5.1.2, L800-L910): one disabled adult's project after the multidimensional
/// assessment, its social pact, its areas of intervention, its personal assistant and its budget.
///
/// A project, not a building: a ``DeclaredDossier``. The person is named by a pseudonymous code
/// and an age in years at the plan's start, never by name or date of birth.
///
/// ```swift
/// let plan = try SicilyIndependentLivingProject.decode(jsonText: text)
/// SicilyIndependentLivingProject.declaration.ruleSet.evaluate(plan).isEmpty
/// ```
public struct SicilyIndependentLivingProject: DeclaredDossier {
    public var id: StructureID
    public var personCode: StructureID
    /// Age in completed years on ``startsOn``: the plan is for adults of 18-64 (L831).
    public var ageAtStart: Int
    public var province: Province
    /// The socio-sanitary district (*Distretto socio-sanitario*) that runs the plan (L845-L847).
    public var district: String
    /// The date of the assessment by the Unità di Valutazione Multidimensionale (L828-L829).
    public var assessedOn: LocalDate
    /// The date the social pact (*Patto sociale*) was agreed with the person and the family (L829-L830).
    public var socialPactOn: LocalDate?
    public var startsOn: LocalDate
    /// The seed sets no duration; stated for the budget's reading.
    public var durationMonths: Int
    /// The areas of intervention the plan covers (L834-L839).
    public var areas: Set<SicilyIndependentLivingArea>
    /// The professional profiles the plan needs (L840-L841).
    public var professionalProfiles: [String]
    public var personalAssistant: SicilyPersonalAssistant?
    public var budget: SicilyIndependentLivingBudget

    public init(
        id: StructureID, personCode: StructureID, ageAtStart: Int, province: Province, district: String, assessedOn: LocalDate,
        socialPactOn: LocalDate?, startsOn: LocalDate, durationMonths: Int, areas: Set<SicilyIndependentLivingArea>,
        professionalProfiles: [String], personalAssistant: SicilyPersonalAssistant?, budget: SicilyIndependentLivingBudget
    ) {
        self.id = id
        self.personCode = personCode
        self.ageAtStart = ageAtStart
        self.province = province
        self.district = district
        self.assessedOn = assessedOn
        self.socialPactOn = socialPactOn
        self.startsOn = startsOn
        self.durationMonths = durationMonths
        self.areas = areas
        self.professionalProfiles = professionalProfiles
        self.personalAssistant = personalAssistant
        self.budget = budget
    }

    public static let declaration = DossierDeclaration<SicilyIndependentLivingProject>(
        kind: "sicily.disability.independent-living-project",
        title: LocalizedText(it: "Progetto di Vita Indipendente, Regione Siciliana", en: "Independent-living project, Sicily"),
        summary: "Piano personalizzato di Vita Indipendente: one disabled adult's independent-living project (D.A. 17/2014 §5.1.2): "
            + "the multidimensional assessment, the social pact, the areas of intervention, the personal assistant and the budget. "
            + "Health data: the person is named by a pseudonymous code and an age only. Source: seed 004 L800-L910. "
            + "This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        citation: Citation(.structuresSicily, lines: 800...910),
        blank: SicilyIndependentLivingProject(
            id: .placeholder, personCode: .placeholder, ageAtStart: 0, province: .palermo, district: "", assessedOn: SicilyProject.blankDate,
            socialPactOn: nil, startsOn: SicilyProject.blankDate, durationMonths: 1, areas: [], professionalProfiles: [],
            personalAssistant: nil, budget: SicilyIndependentLivingBudget(totalEuroCents: 0, items: [])),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("personCode", \.personCode, SicilyProject.personCode, summary: SicilyProject.personCodeSummary),
            .required("ageAtStart", \.ageAtStart, ValueCodecs.integer(0...120),
                      summary: "Age in completed years when the plan starts (the plan is for adults of 18-64, L831)."),
            .required("province", \.province, ValueCodecs.code(Province.self)),
            .required("district", \.district, ValueCodecs.string(), summary: "The socio-sanitary district that runs the plan."),
            .required("assessedOn", \.assessedOn, ValueCodecs.date,
                      summary: "Date of the multidimensional assessment (Unità di Valutazione Multidimensionale, L828)."),
            .optional("socialPactOn", \.socialPactOn, ValueCodecs.date,
                      summary: "Date of the social pact (Patto sociale) agreed with the person and the family (L829-L830)."),
            .required("startsOn", \.startsOn, ValueCodecs.date),
            .required("durationMonths", \.durationMonths, ValueCodecs.integer(1...120)),
            .required("areas", \.areas, ValueCodecs.codeSet(SicilyIndependentLivingArea.self),
                      summary: "Areas of intervention (L834-L839)."),
            .required("professionalProfiles", \.professionalProfiles, ValueCodecs.list(ValueCodecs.string()),
                      summary: "The professional profiles the plan needs (L840-L841)."),
            .optional("personalAssistant", \.personalAssistant, ValueCodecs.object(SicilyPersonalAssistant.fields)),
            .required("budget", \.budget, ValueCodecs.object(SicilyIndependentLivingBudget.fields)),
        ],
        rules: SicilyIndependentLivingProjectRules.all)
}

/// The three areas of intervention of an Independent Living plan (L834-L839).
public enum SicilyIndependentLivingArea: String, Sendable, Hashable, CaseIterable, TableCoded {
    /// *trasporto e mobilità*.
    case transportMobility = "transport-mobility"
    /// *inclusione sociale (formativa, lavorativa, culturale e sociale)*.
    case socialInclusion = "social-inclusion"
    /// *"abitare in autonomia"*, also through social co-housing or group apartments, with home automation.
    case livingIndependently = "living-independently"

    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .transportMobility: LocalizedText(it: "trasporto e mobilità", en: "transport and mobility")
        case .socialInclusion: LocalizedText(it: "inclusione sociale", en: "social inclusion")
        case .livingIndependently: LocalizedText(it: "abitare in autonomia", en: "living independently")
        }
    }
}

/// The personal assistant, central to the plan (L840-L842): chosen by the person or not, and
/// the date the training was attested when the person chose them.
public struct SicilyPersonalAssistant: Sendable, Hashable {
    public var chosenByPerson: Bool
    /// The date of the document attesting the assistant's training (*adeguatamente formato*, L842).
    public var trainingAttestedOn: LocalDate?

    public init(chosenByPerson: Bool, trainingAttestedOn: LocalDate? = nil) {
        self.chosenByPerson = chosenByPerson
        self.trainingAttestedOn = trainingAttestedOn
    }

    public static let fields = FieldTable(blank: SicilyPersonalAssistant(chosenByPerson: false), [
        .required("chosenByPerson", \.chosenByPerson, ValueCodecs.bool),
        .optional("trainingAttestedOn", \.trainingAttestedOn, ValueCodecs.date,
                  summary: "Date of the document attesting the assistant's training (needed when the person chose the assistant, L841-L842)."),
    ])
}

/// The plan's budget: a total and its items, each funding one area. The seed sets no amount.
public struct SicilyIndependentLivingBudget: Sendable, Hashable {
    public var totalEuroCents: Int
    public var items: [Item]

    public init(totalEuroCents: Int, items: [Item]) {
        self.totalEuroCents = totalEuroCents
        self.items = items
    }

    public struct Item: Sendable, Hashable {
        public var id: String
        public var area: SicilyIndependentLivingArea
        public var description: String
        public var euroCents: Int

        public init(id: String, area: SicilyIndependentLivingArea, description: String, euroCents: Int) {
            self.id = id
            self.area = area
            self.description = description
            self.euroCents = euroCents
        }

        public static let fields = FieldTable(blank: Item(id: "", area: .transportMobility, description: "", euroCents: 0), [
            .required("id", \.id, ValueCodecs.string()),
            .required("area", \.area, ValueCodecs.code(SicilyIndependentLivingArea.self)),
            .required("description", \.description, ValueCodecs.string()),
            .required("euro", \.euroCents, SicilyProject.euro),
        ])
    }

    public static let fields = FieldTable(blank: SicilyIndependentLivingBudget(totalEuroCents: 0, items: []), [
        .required("totalEuro", \.totalEuroCents, SicilyProject.euro, summary: "The plan's whole budget in euro."),
        .required("items", \.items, ValueCodecs.list(ValueCodecs.object(Item.fields), minimumCount: 1, distinctID: \.id)),
    ])
}
