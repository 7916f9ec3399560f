/// A Sicilian work-inclusion project in mental health (*inclusione socio-lavorativa*, seed 004
/// §6.2, L1212-L1309): one person's path to work through the three support devices (IPS
/// supported employment, type-B social co-operatives, the district SIL), within the district's
/// PAL and Piano di Zona, with its funding sources.
///
/// A project, not a building: a ``DeclaredDossier``. The person is named by a pseudonymous code.
///
/// ```swift
/// let project = try SicilyWorkInclusionProject.decode(jsonText: text)
/// project.measures.map(\.device)  // [.ips]
/// ```
public struct SicilyWorkInclusionProject: DeclaredDossier {
    public var id: StructureID
    public var personCode: StructureID
    public var province: Province
    /// The Department of Mental Health that follows the person.
    public var dsm: String
    /// The socio-sanitary district.
    public var district: String
    public var startsOn: LocalDate
    /// The district's Piano d'Azione Locale the project is part of (L1215-L1217).
    public var localActionPlan: String?
    /// The Piano di Zona it is integrated with (L1217-L1218).
    public var zonePlan: String?
    /// The person's own preferences on the kind and amount of work (L1251-L1253).
    public var preferences: String?
    /// The district whose SIL runs the project's SIL measures (L1276-L1277).
    public var silDistrict: String?
    public var measures: [Measure]
    public var funding: Set<FundingSource>

    public init(
        id: StructureID, personCode: StructureID, province: Province, dsm: String, district: String, startsOn: LocalDate,
        localActionPlan: String?, zonePlan: String?, preferences: String?, silDistrict: String?, measures: [Measure],
        funding: Set<FundingSource>
    ) {
        self.id = id
        self.personCode = personCode
        self.province = province
        self.dsm = dsm
        self.district = district
        self.startsOn = startsOn
        self.localActionPlan = localActionPlan
        self.zonePlan = zonePlan
        self.preferences = preferences
        self.silDistrict = silDistrict
        self.measures = measures
        self.funding = funding
    }

    /// The three support devices (L1250-L1291).
    public enum Device: String, Sendable, Hashable, CaseIterable, TableCoded {
        /// *Sostegno all'Impiego IPS*: competitive jobs on the open market (L1251-L1262).
        case ips
        /// *Cooperazione Sociale di tipo B*: protected work, work grants, traineeships, company stages (L1263-L1273).
        case typeBCooperative = "type-b-cooperative"
        /// *Servizio Integrazione Lavorativa*: targeted placement in the positions reserved to disabled people (L1274-L1291).
        case sil
        public static let codeTable = CodeTable<Self>()

        /// The forms of work each device offers.
        public var forms: [Form] {
            switch self {
            case .ips: [.competitiveJob]
            case .typeBCooperative: [.workGrant, .traineeship, .companyStage]
            case .sil: [.reservedPosition]
            }
        }

        public var label: LocalizedText {
            switch self {
            case .ips: LocalizedText(it: "sostegno all'impiego IPS", en: "IPS supported employment")
            case .typeBCooperative: LocalizedText(it: "cooperazione sociale di tipo B", en: "type-B social co-operative")
            case .sil: LocalizedText(it: "servizio integrazione lavorativa (SIL)", en: "work integration service (SIL)")
            }
        }
    }

    /// The form of one measure.
    public enum Form: String, Sendable, Hashable, CaseIterable, TableCoded {
        /// A job on the open market (*lavori competitivi nel libero mercato*, L1251).
        case competitiveJob = "competitive-job"
        /// *borsa lavoro* (L1264).
        case workGrant = "work-grant"
        /// *tirocinio* (L1264).
        case traineeship
        /// *stage in azienda* (L1264-L1265).
        case companyStage = "company-stage"
        /// A position reserved to disabled people under L. 68/99 (L1274-L1276).
        case reservedPosition = "reserved-position"
        public static let codeTable = CodeTable<Self>()
    }

    /// The network's actors (L1236-L1240, L1267-L1272).
    public enum PartnerKind: String, Sendable, Hashable, CaseIterable, TableCoded {
        case publicBody = "public-body"
        case privateFirm = "private-firm"
        case socialCooperativeA = "social-cooperative-a"
        case socialCooperativeB = "social-cooperative-b"
        case localDevelopmentAgency = "local-development-agency"
        case microcreditAgency = "microcredit-agency"
        case socialFarm = "social-farm"
        case solidarityPurchasingGroup = "solidarity-purchasing-group"
        case association
        case placementAgency = "placement-agency"
        public static let codeTable = CodeTable<Self>()
    }

    /// The funding sources the seed lists (L1292-L1309).
    public enum FundingSource: String, Sendable, Hashable, CaseIterable, TableCoded {
        case europeanSocialFund = "european-social-fund"
        case cooperativeFunding = "cooperative-funding"
        case socialPromotionAssociations = "social-promotion-associations"
        case reservedContracts = "reserved-contracts"
        case privateSocialClauses = "private-social-clauses"
        case law68Funds = "law-68-99-funds"
        case otherIncentives = "other-incentives"
        case zonePlanFunds = "zone-plan-funds"
        case vocationalTrainingFunds = "vocational-training-funds"
        case socialCohesionFunds = "social-cohesion-funds"
        public static let codeTable = CodeTable<Self>()
    }

    /// One measure of the project: a device, its form, the partner and, for IPS, the
    /// mental-health operator who supports the person.
    public struct Measure: Sendable, Hashable {
        public var id: String
        public var device: Device
        public var form: Form
        /// The partner by its role or trade name (a firm, a co-operative); no personal data.
        public var partner: String
        public var partnerKind: PartnerKind
        public var startsOn: LocalDate
        /// The mental-health operator of reference, by pseudonymous staff code (L1253-L1255).
        public var supportOperator: StructureID?

        public init(
            id: String, device: Device, form: Form, partner: String, partnerKind: PartnerKind, startsOn: LocalDate,
            supportOperator: StructureID? = nil
        ) {
            self.id = id
            self.device = device
            self.form = form
            self.partner = partner
            self.partnerKind = partnerKind
            self.startsOn = startsOn
            self.supportOperator = supportOperator
        }

        public static let fields = FieldTable(
            blank: Measure(id: "", device: .ips, form: .competitiveJob, partner: "", partnerKind: .privateFirm, startsOn: SicilyProject.blankDate), [
                .required("id", \.id, ValueCodecs.string()),
                .required("device", \.device, ValueCodecs.code(Device.self)),
                .required("form", \.form, ValueCodecs.code(Form.self)),
                .required("partner", \.partner, ValueCodecs.string(), summary: "The partner firm or body (no personal data)."),
                .required("partnerKind", \.partnerKind, ValueCodecs.code(PartnerKind.self)),
                .required("startsOn", \.startsOn, ValueCodecs.date),
                .optional("supportOperator", \.supportOperator, ValueCodecs.identifier,
                          summary: "Pseudonymous staff code of the mental-health operator who supports the person (IPS, L1253-L1255)."),
            ])
    }

    public static let declaration = DossierDeclaration<SicilyWorkInclusionProject>(
        kind: "sicily.psychiatry.work-inclusion",
        title: LocalizedText(it: "Progetto di inclusione socio-lavorativa in salute mentale, Regione Siciliana",
                             en: "Work-inclusion project in mental health, Sicily"),
        summary: "Inclusione socio-lavorativa in salute mentale: one person's work-inclusion project (D.A. 17/2014 §6.2): the "
            + "support devices (IPS, type-B social co-operatives, the district SIL), the district plans it belongs to and its "
            + "funding sources. Health data: the person and the operators are named by pseudonymous codes only. Source: seed "
            + "004 L1212-L1309. This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        citation: Citation(.structuresSicily, lines: 1212...1309),
        blank: SicilyWorkInclusionProject(
            id: .placeholder, personCode: .placeholder, province: .palermo, dsm: "", district: "", startsOn: SicilyProject.blankDate,
            localActionPlan: nil, zonePlan: nil, preferences: nil, silDistrict: nil, measures: [], funding: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("personCode", \.personCode, SicilyProject.personCode, summary: SicilyProject.personCodeSummary),
            .required("province", \.province, ValueCodecs.code(Province.self)),
            .required("dsm", \.dsm, ValueCodecs.string(), summary: "The Department of Mental Health that follows the person."),
            .required("district", \.district, ValueCodecs.string(), summary: "The socio-sanitary district."),
            .required("startsOn", \.startsOn, ValueCodecs.date),
            .optional("localActionPlan", \.localActionPlan, ValueCodecs.string(),
                      summary: "The district's Piano d'Azione Locale (PAL) the project is part of (L1215-L1217)."),
            .optional("zonePlan", \.zonePlan, ValueCodecs.string(), summary: "The Piano di Zona it is integrated with (L1217-L1218)."),
            .optional("preferences", \.preferences, ValueCodecs.string(),
                      summary: "The person's own preferences on the kind and amount of work (IPS, L1251-L1253)."),
            .optional("silDistrict", \.silDistrict, ValueCodecs.string(), summary: "The district whose SIL runs the SIL measures."),
            .required("measures", \.measures, ValueCodecs.list(ValueCodecs.object(Measure.fields), minimumCount: 1, distinctID: \.id)),
            .required("funding", \.funding, ValueCodecs.codeSet(FundingSource.self), summary: "Funding sources (L1292-L1309)."),
        ],
        rules: SicilyWorkInclusionRules.all)
}
