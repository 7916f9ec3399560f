/// A Sicilian individual therapeutic project funded by a health budget (*Progetto Terapeutico
/// Individualizzato* with its *budget di salute*, seed 004 §6.3, L1310-L1473): one person's PTI,
/// who shares it, its contents (objectives, ICD-9 diagnosis, standardised assessments, SWOT), its
/// care intensity, its interventions on the three axes (housing, work, sociality) with validated
/// providers, its annual budget by part, its duration and its reviews.
///
/// A project, not a building: a ``DeclaredDossier``. The person is named by a pseudonymous code;
/// the seed's "adulti e adolescenti" is kept as a population code, not an age. The seed asks no
/// PTI to cover all three axes: they are the axes of the providers' offers (L1446-L1448).
///
/// ```swift
/// let pti = try SicilyHealthBudgetPTI.decode(jsonText: text)
/// pti.budget.parts.map(\.part)  // [.healthComponent, .socioAssistanceComponent, ...]
/// ```
public struct SicilyHealthBudgetPTI: DeclaredDossier {
    public var id: StructureID
    public var personCode: StructureID
    public var population: Population
    public var province: Province
    public var dsm: String
    /// The person's Comune of residence, whose social services share the PTI (L1386-L1388).
    public var comune: String
    public var drawnUpOn: LocalDate
    public var durationMonths: Int
    /// Who shares the PTI (L1374-L1376, L1384-L1388, L1406-L1408).
    public var sharedBy: Set<Participant>
    /// The PTI's case manager, by pseudonymous staff code (L1472-L1473).
    public var caseManager: StructureID?
    public var objectives: [String]
    public var diagnosis: PTIDiagnosis
    /// The current personal and social functioning (L1424).
    public var functioning: String
    /// The standardised tools the dysfunctions were measured with (L1424-L1425).
    public var assessmentTools: Set<AssessmentTool>
    public var swot: SWOT
    /// High, medium or low care intensity, from the individual health needs (BIS, L1393-L1395).
    public var intensity: SicilyCareIntensity
    public var interventions: [Intervention]
    public var budget: Budget
    public var reviews: [SicilyProjectReview]

    public init(
        id: StructureID, personCode: StructureID, population: Population, province: Province, dsm: String, comune: String,
        drawnUpOn: LocalDate, durationMonths: Int, sharedBy: Set<Participant>, caseManager: StructureID?, objectives: [String],
        diagnosis: PTIDiagnosis, functioning: String, assessmentTools: Set<AssessmentTool>, swot: SWOT, intensity: SicilyCareIntensity,
        interventions: [Intervention], budget: Budget, reviews: [SicilyProjectReview]
    ) {
        self.id = id
        self.personCode = personCode
        self.population = population
        self.province = province
        self.dsm = dsm
        self.comune = comune
        self.drawnUpOn = drawnUpOn
        self.durationMonths = durationMonths
        self.sharedBy = sharedBy
        self.caseManager = caseManager
        self.objectives = objectives
        self.diagnosis = diagnosis
        self.functioning = functioning
        self.assessmentTools = assessmentTools
        self.swot = swot
        self.intensity = intensity
        self.interventions = interventions
        self.budget = budget
        self.reviews = reviews
    }

    /// "pazienti con grave patologia mentale (adulti e adolescenti)" (L1396-L1397).
    public enum Population: String, Sendable, Hashable, CaseIterable, TableCoded {
        case adult, adolescent
        public static let codeTable = CodeTable<Self>()
    }

    /// The parties that take part in the PTI.
    public enum Participant: String, Sendable, Hashable, CaseIterable, TableCoded {
        /// The ASP through its DSM (L1386).
        case aspDSM = "asp-dsm"
        /// The social services of the Comune of residence (L1386-L1387).
        case comune
        case patient
        case family
        /// The user's tutor, who may choose among the DSM's offers (L1442-L1443).
        case tutor
        /// Social enterprises and the third sector (L1407-L1408, L1444).
        case thirdSector = "third-sector"
        case privateEnterprise = "private-enterprise"
        case volunteers
        public static let codeTable = CodeTable<Self>()

        public var label: LocalizedText {
            switch self {
            case .aspDSM: LocalizedText(it: "ASP tramite il DSM", en: "the ASP through the DSM")
            case .comune: LocalizedText(it: "Comune di residenza", en: "the Comune of residence")
            case .patient: LocalizedText(it: "paziente", en: "patient")
            case .family: LocalizedText(it: "familiari", en: "family")
            case .tutor: LocalizedText(it: "tutor", en: "tutor")
            case .thirdSector: LocalizedText(it: "privato sociale", en: "third sector")
            case .privateEnterprise: LocalizedText(it: "privato imprenditoriale", en: "private enterprise")
            case .volunteers: LocalizedText(it: "volontariato", en: "volunteers")
            }
        }
    }

    /// "strumenti di valutazione standardizzati (HONOS, BPRS, VADO)" (L1424-L1425).
    public enum AssessmentTool: String, Sendable, Hashable, CaseIterable, TableCoded {
        case honos, bprs, vado
        public static let codeTable = CodeTable<Self>()
    }

    /// The three axes of intervention (L1446-L1448).
    public enum Axis: String, Sendable, Hashable, CaseIterable, TableCoded {
        /// *abitare*: social housing, family foster care, cohabitation groups (L1399-L1400).
        case housing
        /// *inserimento lavorativo*.
        case work
        /// *socialità*.
        case sociality
        public static let codeTable = CodeTable<Self>()
    }

    /// The six determinants of health the rehabilitation paths address (L1403-L1405).
    public enum Determinant: String, Sendable, Hashable, CaseIterable, TableCoded {
        case learning
        case expressiveness
        case training
        case incomeWork = "income-work"
        case homeHabitat = "home-habitat"
        case affectivitySociality = "affectivity-sociality"
        public static let codeTable = CodeTable<Self>()
    }

    /// The diagnosis "sulla base dei criteri dell'ICD9 della OMS" with severity and complexity (L1422-L1424).
    public struct PTIDiagnosis: Sendable, Hashable {
        public var system: Diagnosis.DiagnosticSystem
        public var code: String
        public var severityAndComplexity: String

        public init(system: Diagnosis.DiagnosticSystem, code: String, severityAndComplexity: String) {
            self.system = system
            self.code = code
            self.severityAndComplexity = severityAndComplexity
        }

        public static let fields = FieldTable(blank: PTIDiagnosis(system: .icd9cm, code: "", severityAndComplexity: ""), [
            .required("system", \.system, ValueCodecs.code(Diagnosis.DiagnosticSystem.self, allowed: [.icd9cm, .icd10]),
                      summary: "The classification: ICD-9-CM as §6.3 asks (L1423), or ICD-10 as §6.1.3 asks of the PSRP (L1031)."),
            .required("code", \.code, ValueCodecs.string(), summary: "The diagnosis code in that classification (e.g. 295.30)."),
            .required("severityAndComplexity", \.severityAndComplexity, ValueCodecs.string(),
                      summary: "The severity and complexity of the clinical picture (L1423-L1424)."),
        ])
    }

    /// The short SWOT analysis of the project (L1425-L1428).
    public struct SWOT: Sendable, Hashable {
        public var strengths: [String]
        public var weaknesses: [String]
        public var opportunities: [String]
        public var threats: [String]

        public init(strengths: [String], weaknesses: [String], opportunities: [String], threats: [String]) {
            self.strengths = strengths
            self.weaknesses = weaknesses
            self.opportunities = opportunities
            self.threats = threats
        }

        public static let fields = FieldTable(blank: SWOT(strengths: [], weaknesses: [], opportunities: [], threats: []), [
            .required("strengths", \.strengths, ValueCodecs.list(ValueCodecs.string())),
            .required("weaknesses", \.weaknesses, ValueCodecs.list(ValueCodecs.string())),
            .required("opportunities", \.opportunities, ValueCodecs.list(ValueCodecs.string())),
            .required("threats", \.threats, ValueCodecs.list(ValueCodecs.string())),
        ])
    }

    /// One intervention, on one axis, co-managed by a provider validated by the ASP-DSM (L1443-L1450).
    public struct Intervention: Sendable, Hashable {
        public var id: String
        public var axis: Axis
        public var determinants: Set<Determinant>
        public var description: String
        /// The provider by its name as an organisation (a social enterprise, a firm); a citizen
        /// offering family foster care is named by a pseudonymous code.
        public var provider: String
        /// The date the ASP-DSM validated the provider's expression of interest (L1449-L1450).
        public var providerValidatedOn: LocalDate?
        public var startsOn: LocalDate

        public init(
            id: String, axis: Axis, determinants: Set<Determinant>, description: String, provider: String,
            providerValidatedOn: LocalDate?, startsOn: LocalDate
        ) {
            self.id = id
            self.axis = axis
            self.determinants = determinants
            self.description = description
            self.provider = provider
            self.providerValidatedOn = providerValidatedOn
            self.startsOn = startsOn
        }

        public static let fields = FieldTable(
            blank: Intervention(id: "", axis: .housing, determinants: [], description: "", provider: "", providerValidatedOn: nil,
                                startsOn: SicilyProject.blankDate), [
                .required("id", \.id, ValueCodecs.string()),
                .required("axis", \.axis, ValueCodecs.code(Axis.self), summary: "Housing, work or sociality (L1446-L1448)."),
                .required("determinants", \.determinants, ValueCodecs.codeSet(Determinant.self),
                          summary: "The determinants of health addressed (L1403-L1405)."),
                .required("description", \.description, ValueCodecs.string()),
                .required("provider", \.provider, ValueCodecs.string(),
                          summary: "The co-managing provider (an organisation; a foster citizen by pseudonymous code only)."),
                .optional("providerValidatedOn", \.providerValidatedOn, ValueCodecs.date,
                          summary: "Date the ASP-DSM validated the provider's expression of interest (L1449-L1450)."),
                .required("startsOn", \.startsOn, ValueCodecs.date),
            ])
    }

    /// The annual health budget (L1401-L1406) and its parts (L1378-L1383, with L1012-L1014).
    public struct Budget: Sendable, Hashable {
        public var from: LocalDate
        public var to: LocalDate
        public var totalEuroCents: Int
        public var parts: [Share]

        public init(from: LocalDate, to: LocalDate, totalEuroCents: Int, parts: [Share]) {
            self.from = from
            self.to = to
            self.totalEuroCents = totalEuroCents
            self.parts = parts
        }

        /// The parts as the seed lists them.
        public enum Part: String, Sendable, Hashable, CaseIterable, TableCoded {
            /// *componente sanitaria* of the socio-sanitary fund (L1379-L1380).
            case healthComponent = "health-component"
            /// *componente socio-assistenziale* (L1380).
            case socioAssistanceComponent = "socio-assistance-component"
            /// *compartecipazione dell'utenza* (L1380-L1381).
            case userCopayment = "user-copayment"
            /// The local authorities' social co-funding (*cofinanziamenti sociali degli Enti Locali*, L1013).
            case localAuthorityCofunding = "local-authority-cofunding"
            /// Non-state funds: European (L1382).
            case europeanFunds = "european-funds"
            /// Non-public funds (L1382-L1383): private foundations, religious bodies, family donations.
            case privateFoundations = "private-foundations"
            case religiousBodies = "religious-bodies"
            case familyDonations = "family-donations"
            public static let codeTable = CodeTable<Self>()

            public var label: LocalizedText {
                switch self {
                case .healthComponent: LocalizedText(it: "componente sanitaria", en: "health component")
                case .socioAssistanceComponent: LocalizedText(it: "componente socio-assistenziale", en: "socio-assistance component")
                case .userCopayment: LocalizedText(it: "compartecipazione dell'utenza", en: "user co-payment")
                case .localAuthorityCofunding: LocalizedText(it: "cofinanziamento degli Enti Locali", en: "local-authority co-funding")
                case .europeanFunds: LocalizedText(it: "fondi europei", en: "European funds")
                case .privateFoundations: LocalizedText(it: "fondazioni private", en: "private foundations")
                case .religiousBodies: LocalizedText(it: "enti religiosi", en: "religious bodies")
                case .familyDonations: LocalizedText(it: "donazioni di familiari", en: "family donations")
                }
            }
        }

        public struct Share: Sendable, Hashable {
            public var part: Part
            public var euroCents: Int

            public init(part: Part, euroCents: Int) {
                self.part = part
                self.euroCents = euroCents
            }

            public static let fields = FieldTable(blank: Share(part: .healthComponent, euroCents: 0), [
                .required("part", \.part, ValueCodecs.code(Part.self)),
                .required("euro", \.euroCents, SicilyProject.euro),
            ])
        }

        public static let fields = FieldTable(
            blank: Budget(from: SicilyProject.blankDate, to: SicilyProject.blankDate, totalEuroCents: 0, parts: []), [
                .required("from", \.from, ValueCodecs.date),
                .required("to", \.to, ValueCodecs.date, summary: "Last day of the budget year (the budget is annual, L1405)."),
                .required("totalEuro", \.totalEuroCents, SicilyProject.euro),
                .required("parts", \.parts, ValueCodecs.list(ValueCodecs.object(Share.fields), minimumCount: 1, distinctID: \.part.rawValue)),
            ])
    }

    public static let declaration = DossierDeclaration<SicilyHealthBudgetPTI>(
        kind: "sicily.psychiatry.health-budget-pti",
        title: LocalizedText(it: "Progetto terapeutico individualizzato (PTI) con budget di salute, Regione Siciliana",
                             en: "Individual therapeutic project (PTI) with a health budget, Sicily"),
        summary: "Progetto Terapeutico Individualizzato con budget di salute: one person's PTI (D.A. 17/2014 §6.3): who shares it, "
            + "its contents, care intensity, interventions on the housing, work and sociality axes with validated providers, its "
            + "annual budget by part, duration and reviews. Health data: the person and the case manager are named by pseudonymous "
            + "codes only. Source: seed 004 L1310-L1473. This schema checks structure and domains; the rules are checked by "
            + "`sociosan validate`.",
        citation: Citation(.structuresSicily, lines: 1310...1473),
        blank: SicilyHealthBudgetPTI(
            id: .placeholder, personCode: .placeholder, population: .adult, province: .palermo, dsm: "", comune: "",
            drawnUpOn: SicilyProject.blankDate, durationMonths: 1, sharedBy: [], caseManager: nil, objectives: [],
            diagnosis: PTIDiagnosis(system: .icd9cm, code: "", severityAndComplexity: ""), functioning: "", assessmentTools: [],
            swot: SWOT(strengths: [], weaknesses: [], opportunities: [], threats: []), intensity: .low, interventions: [],
            budget: Budget(from: SicilyProject.blankDate, to: SicilyProject.blankDate, totalEuroCents: 0, parts: []), reviews: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("personCode", \.personCode, SicilyProject.personCode, summary: SicilyProject.personCodeSummary),
            .required("population", \.population, ValueCodecs.code(Population.self), summary: "Adult or adolescent (L1396-L1397)."),
            .required("province", \.province, ValueCodecs.code(Province.self)),
            .required("dsm", \.dsm, ValueCodecs.string(), summary: "The Department of Mental Health that writes the PTI."),
            .required("comune", \.comune, ValueCodecs.string(), summary: "The person's Comune of residence (L1386-L1387)."),
            .required("drawnUpOn", \.drawnUpOn, ValueCodecs.date),
            .required("durationMonths", \.durationMonths, ValueCodecs.integer(1...120)),
            .required("sharedBy", \.sharedBy, ValueCodecs.codeSet(Participant.self), summary: "Who shares the PTI."),
            .optional("caseManager", \.caseManager, ValueCodecs.identifier,
                      summary: "Pseudonymous staff code of the PTI's case manager (L1472-L1473)."),
            .required("objectives", \.objectives, ValueCodecs.list(ValueCodecs.string()), summary: "The PTI's specific objectives (L1422)."),
            .required("diagnosis", \.diagnosis, ValueCodecs.object(PTIDiagnosis.fields)),
            .required("functioning", \.functioning, ValueCodecs.string(),
                      summary: "The current personal and social functioning (L1424), without identifying details."),
            .required("assessmentTools", \.assessmentTools, ValueCodecs.codeSet(AssessmentTool.self),
                      summary: "Standardised tools used (HoNOS, BPRS, VADO; L1424-L1425)."),
            .required("swot", \.swot, ValueCodecs.object(SWOT.fields)),
            .required("intensity", \.intensity, ValueCodecs.code(SicilyCareIntensity.self),
                      summary: "Care intensity from the individual health needs (L1393-L1395)."),
            .required("interventions", \.interventions,
                      ValueCodecs.list(ValueCodecs.object(Intervention.fields), minimumCount: 1, distinctID: \.id)),
            .required("budget", \.budget, ValueCodecs.object(Budget.fields)),
            .required("reviews", \.reviews, ValueCodecs.list(ValueCodecs.object(SicilyProjectReview.fields)),
                      summary: "The PTI's periodic reviews (L967-L969)."),
        ],
        rules: SicilyHealthBudgetPTIRules.all)
}
