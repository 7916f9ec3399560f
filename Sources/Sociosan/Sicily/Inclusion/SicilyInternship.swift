/// Regione Siciliana, D.A. 17/2014 (seed 004) §8, L3410-L3482: *Linee guida per i tirocini di
/// orientamento, formazione e inserimento/reinserimento finalizzati all'inclusione sociale,
/// all'autonomia delle persone e alla riabilitazione*. The dossier is the "progetto
/// personalizzato" attached to the convention for one intern (L3429-L3457), with its duration,
/// the certification of necessity that alone allows going past 24 months (L3422-L3428), and
/// the signatures of the parties (L3431-L3434).
///
/// People appear by pseudonymous code only (``SicilyPseudonymousPerson``); organisations by name.
///
/// ```swift
/// let project = try SicilyInternship.decode(jsonText: text)   // SociosanJSON
/// SicilyInternship.declaration.ruleSet.evaluate(project)       // the findings
/// SicilyInternshipRules.months(from: project.period.start, to: project.period.end)
/// ```
public struct SicilyInternship: DeclaredDossier {
    public var id: StructureID
    /// The convention the project is attached to (L3430).
    public var convention: Convention?
    /// The predefined template the project follows (L3431).
    public var template: String?
    public var internshipType: InternshipType
    public var intern: Intern
    public var host: Host
    public var promoter: Organisation
    /// The public service that has the person in charge (L3416-L3421, L3432-L3433).
    public var serviceInCharge: ServiceInCharge
    /// The tutor the host appoints (L3439).
    public var hostTutor: SicilyPseudonymousPerson?
    /// The contact person the promoter appoints (L3439-L3440).
    public var promoterContact: SicilyPseudonymousPerson?
    /// The professional area of the activity, a CP ISTAT code (L3442-L3443).
    public var cpIstatCode: String?
    /// The main site where the internship takes place (L3444-L3445).
    public var mainSite: String?
    /// The identifying details of the insurance policies (L3444).
    public var insurance: [Insurance]
    /// The duration and period of this project (L3444-L3445).
    public var period: Period
    /// Months of earlier internships of this type for the same person, the one being extended
    /// included (L3424-L3428: duration and repeatability count together).
    public var earlierMonths: Int
    public var continuation: Continuation
    /// The public service's certification that the extension or repetition is necessary (L3427-L3428).
    public var necessityCertification: Certification?
    /// The allowance, when one is paid (L3445-L3446, L3469-L3475).
    public var allowance: Allowance?
    /// Competences for social inclusion, autonomy and rehabilitation (L3447-L3448).
    public var inclusionCompetences: [String]
    /// Basic and transversal professional competences (L3448-L3449).
    public var professionalCompetences: [String]
    /// The reference profile in the national (or regional) repertory, where possible (L3449-L3452).
    public var repertoryProfile: String?
    public var eqfLevel: Int?
    /// Activities given to the intern (L3452-L3453).
    public var activities: [String]
    /// Objectives of the internship (L3453).
    public var objectives: [String]
    /// How the internship runs (L3453).
    public var arrangements: String?
    /// The parties whose rights and duties the project states (L3453-L3455).
    public var rightsAndDuties: Set<RightsAndDutiesParty>
    /// Why this type of internship, given the intern's needs (L3456-L3457).
    public var activationReason: String?
    /// Whether the host counts the internship in a convention under art. 11 c. 2 L. 68/1999 (L3466-L3468).
    public var countsTowardDisabilityConvention: Bool
    public var signatures: [Signature]

    public init(
        id: StructureID, convention: Convention? = nil, template: String? = nil, internshipType: InternshipType,
        intern: Intern, host: Host, promoter: Organisation, serviceInCharge: ServiceInCharge,
        hostTutor: SicilyPseudonymousPerson? = nil, promoterContact: SicilyPseudonymousPerson? = nil,
        cpIstatCode: String? = nil, mainSite: String? = nil, insurance: [Insurance] = [], period: Period,
        earlierMonths: Int = 0, continuation: Continuation = .first, necessityCertification: Certification? = nil,
        allowance: Allowance? = nil, inclusionCompetences: [String] = [], professionalCompetences: [String] = [],
        repertoryProfile: String? = nil, eqfLevel: Int? = nil, activities: [String] = [], objectives: [String] = [],
        arrangements: String? = nil, rightsAndDuties: Set<RightsAndDutiesParty> = [], activationReason: String? = nil,
        countsTowardDisabilityConvention: Bool = false, signatures: [Signature] = []
    ) {
        self.id = id
        self.convention = convention
        self.template = template
        self.internshipType = internshipType
        self.intern = intern
        self.host = host
        self.promoter = promoter
        self.serviceInCharge = serviceInCharge
        self.hostTutor = hostTutor
        self.promoterContact = promoterContact
        self.cpIstatCode = cpIstatCode
        self.mainSite = mainSite
        self.insurance = insurance
        self.period = period
        self.earlierMonths = earlierMonths
        self.continuation = continuation
        self.necessityCertification = necessityCertification
        self.allowance = allowance
        self.inclusionCompetences = inclusionCompetences
        self.professionalCompetences = professionalCompetences
        self.repertoryProfile = repertoryProfile
        self.eqfLevel = eqfLevel
        self.activities = activities
        self.objectives = objectives
        self.arrangements = arrangements
        self.rightsAndDuties = rightsAndDuties
        self.activationReason = activationReason
        self.countsTowardDisabilityConvention = countsTowardDisabilityConvention
        self.signatures = signatures
    }

    /// Orientation, training, or placement and re-entry (L3413-L3414, L3441).
    public enum InternshipType: String, Sendable, Hashable, CaseIterable {
        case orientation, training
        case placement = "placement-reentry"
    }

    /// The public services that take a person in charge (L3416-L3417).
    public enum InChargeService: String, Sendable, Hashable, CaseIterable {
        case socialService = "social-service"
        case healthServices = "health-services"
    }

    public struct Intern: Sendable, Hashable {
        public var code: StructureID
        public var takenInChargeBy: Set<InChargeService>

        public init(code: StructureID, takenInChargeBy: Set<InChargeService>) {
            self.code = code
            self.takenInChargeBy = takenInChargeBy
        }
    }

    public struct Organisation: Sendable, Hashable {
        public var name: String
        public init(name: String) { self.name = name }
    }

    /// A company (with its ATECO code) or a public administration (L3438, L3441-L3442).
    public struct Host: Sendable, Hashable {
        public var name: String
        public var sector: Sector
        public var atecoCode: String?

        public init(name: String, sector: Sector, atecoCode: String? = nil) {
            self.name = name
            self.sector = sector
            self.atecoCode = atecoCode
        }

        public enum Sector: String, Sendable, Hashable, CaseIterable {
            case company
            case publicAdministration = "public-administration"
        }
    }

    /// The public service in charge, and whether it is also the promoter or the host (its
    /// signature is asked for only when it is neither, L3432-L3434).
    public struct ServiceInCharge: Sendable, Hashable {
        public var name: String
        public var actsAs: Role

        public init(name: String, actsAs: Role) {
            self.name = name
            self.actsAs = actsAs
        }

        public enum Role: String, Sendable, Hashable, CaseIterable {
            case promoter, host
            /// Neither the promoter nor the host.
            case distinct
        }
    }

    public struct Convention: Sendable, Hashable {
        public var reference: String
        public var signedOn: LocalDate
        public init(reference: String, signedOn: LocalDate) {
            self.reference = reference
            self.signedOn = signedOn
        }
    }

    public struct Insurance: Sendable, Hashable {
        public var cover: Cover
        public var reference: String
        public init(cover: Cover, reference: String) {
            self.cover = cover
            self.reference = reference
        }

        public enum Cover: String, Sendable, Hashable, CaseIterable {
            case workAccidents = "work-accidents"
            case civilLiability = "civil-liability"
            case other
        }
    }

    public struct Period: Sendable, Hashable {
        public var start: LocalDate
        public var end: LocalDate
        public init(start: LocalDate, end: LocalDate) {
            self.start = start
            self.end = end
        }
    }

    /// Whether the project is a first internship, an extension ("proroga") or a repetition (L3427).
    public enum Continuation: String, Sendable, Hashable, CaseIterable {
        case first, `extension`, repetition
    }

    public struct Certification: Sendable, Hashable {
        public var issuedBy: String
        public var issuedOn: LocalDate
        public var reference: String
        public init(issuedBy: String, issuedOn: LocalDate, reference: String) {
            self.issuedBy = issuedBy
            self.issuedOn = issuedOn
            self.reference = reference
        }
    }

    /// The amount is in euro a month; the seed sets none (L3445-L3446).
    public struct Allowance: Sendable, Hashable {
        public var monthlyEuroCents: Int
        public var payer: Payer
        public init(monthlyEuroCents: Int, payer: Payer) {
            self.monthlyEuroCents = monthlyEuroCents
            self.payer = payer
        }

        public enum Payer: String, Sendable, Hashable, CaseIterable {
            case serviceInCharge = "service-in-charge"
            case host, promoter, other
        }
    }

    public enum RightsAndDutiesParty: String, Sendable, Hashable, CaseIterable {
        case intern
        case hostTutor = "host-tutor"
        case promoterContact = "promoter-contact"
    }

    public enum Party: String, Sendable, Hashable, CaseIterable {
        case intern, host, promoter
        case serviceInCharge = "service-in-charge"

        public var label: LocalizedText {
            switch self {
            case .intern: return LocalizedText(it: "il tirocinante", en: "the intern")
            case .host: return LocalizedText(it: "il soggetto ospitante", en: "the host")
            case .promoter: return LocalizedText(it: "il soggetto promotore", en: "the promoter")
            case .serviceInCharge: return LocalizedText(it: "la Pubblica Amministrazione che ha in carico la persona",
                                                        en: "the public administration that has the person in charge")
            }
        }
    }

    public struct Signature: Sendable, Hashable {
        public var party: Party
        public var signedOn: LocalDate
        public init(party: Party, signedOn: LocalDate) {
            self.party = party
            self.signedOn = signedOn
        }
    }
}

extension DossierKind {
    /// Sicily §8: the personalised project of an internship for social inclusion, autonomy and rehabilitation.
    public static let sicilyInclusionInternship: DossierKind = "sicily.inclusion.internship"
}

extension SicilyInternship.InternshipType: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.InChargeService: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.Host.Sector: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.ServiceInCharge.Role: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.Insurance.Cover: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.Continuation: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.Allowance.Payer: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.RightsAndDutiesParty: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyInternship.Party: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyInternship {
    static let someDay = LocalDate(year: 2000, month: 1, day: 1)!
    static let text = ValueCodecs.string()

    static let internFields = FieldTable(blank: Intern(code: .placeholder, takenInChargeBy: []), [
        .required("code", \.code, ValueCodecs.identifier, summary: "Pseudonymous code: never a name, a tax code or a birth date."),
        .required("takenInChargeBy", \.takenInChargeBy, ValueCodecs.codeSet(InChargeService.self),
                  summary: "The services that have the person in charge (L3416-L3421)."),
    ])
    static let organisationFields = FieldTable(blank: Organisation(name: ""), [.required("name", \.name, text)])
    static let hostFields = FieldTable(blank: Host(name: "", sector: .company), [
        .required("name", \.name, text),
        .required("sector", \.sector, ValueCodecs.code(Host.Sector.self)),
        .optional("atecoCode", \.atecoCode, text, summary: "ATECO 2007 code of the company's economic sector (L3441-L3442)."),
    ])
    static let serviceFields = FieldTable(blank: ServiceInCharge(name: "", actsAs: .distinct), [
        .required("name", \.name, text),
        .required("actsAs", \.actsAs, ValueCodecs.code(ServiceInCharge.Role.self),
                  summary: "Whether the service in charge is also the promoter or the host, or neither (L3432-L3434)."),
    ])
    static let conventionFields = FieldTable(blank: Convention(reference: "", signedOn: someDay), [
        .required("reference", \.reference, text), .required("signedOn", \.signedOn, ValueCodecs.date),
    ])
    static let insuranceFields = FieldTable(blank: Insurance(cover: .other, reference: ""), [
        .required("cover", \.cover, ValueCodecs.code(Insurance.Cover.self)), .required("reference", \.reference, text),
    ])
    static let periodFields = FieldTable(blank: Period(start: someDay, end: someDay), [
        .required("start", \.start, ValueCodecs.date), .required("end", \.end, ValueCodecs.date),
    ])
    static let certificationFields = FieldTable(blank: Certification(issuedBy: "", issuedOn: someDay, reference: ""), [
        .required("issuedBy", \.issuedBy, text), .required("issuedOn", \.issuedOn, ValueCodecs.date),
        .required("reference", \.reference, text),
    ])
    static let allowanceFields = FieldTable(blank: Allowance(monthlyEuroCents: 0, payer: .serviceInCharge), [
        .required("monthlyEuro", \.monthlyEuroCents, ValueCodecs.hundredths(0...100_000_000), summary: "Euro a month (L3445-L3446)."),
        .required("payer", \.payer, ValueCodecs.code(Allowance.Payer.self), summary: "Who pays it (L3472-L3473)."),
    ])
    static let signatureFields = FieldTable(blank: Signature(party: .intern, signedOn: someDay), [
        .required("party", \.party, ValueCodecs.code(Party.self)), .required("signedOn", \.signedOn, ValueCodecs.date),
    ])

    public static let declaration = DossierDeclaration<SicilyInternship>(
        kind: .sicilyInclusionInternship,
        title: LocalizedText(it: "Progetto personalizzato di tirocinio per l'inclusione sociale, l'autonomia e la riabilitazione",
                             en: "Personalised project of an internship for social inclusion, autonomy and rehabilitation"),
        summary: "Progetto personalizzato di tirocinio (Regione Siciliana, D.A. 17/2014 §8): the project attached to the "
            + "convention for one intern, with its parties, duration, certification of necessity and signatures. Source: seed "
            + "\(Citation(.structuresSicily, lines: 3410...3482)). People appear by pseudonymous code only. This schema checks "
            + "structure and domains; the rules are checked by `sociosan validate`.",
        citation: Citation(.structuresSicily, lines: 3410...3482),
        blank: SicilyInternship(
            id: .placeholder, internshipType: .training, intern: Intern(code: .placeholder, takenInChargeBy: []),
            host: Host(name: "", sector: .company), promoter: Organisation(name: ""),
            serviceInCharge: ServiceInCharge(name: "", actsAs: .distinct), period: Period(start: someDay, end: someDay)),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .optional("convention", \.convention, ValueCodecs.object(conventionFields), summary: "The convention the project is attached to (L3430)."),
            .optional("template", \.template, text, summary: "The predefined template the project follows (L3431)."),
            .required("internshipType", \.internshipType, ValueCodecs.code(InternshipType.self), summary: "L3413-L3414, L3441."),
            .required("intern", \.intern, SicilyProtectedObjectCodec(internFields), summary: "The intern, by pseudonymous code (L3438)."),
            .required("host", \.host, ValueCodecs.object(hostFields), summary: "The host company or public administration (L3438, L3441-L3442)."),
            .required("promoter", \.promoter, ValueCodecs.object(organisationFields), summary: "The promoter (L3439)."),
            .required("serviceInCharge", \.serviceInCharge, ValueCodecs.object(serviceFields),
                      summary: "The public administration that has the person in charge (L3416-L3421, L3432-L3433)."),
            .optional("hostTutor", \.hostTutor, SicilyProtectedObjectCodec(SicilyPseudonymousPerson.fields),
                      summary: "The tutor the host appoints, by pseudonymous code (L3439)."),
            .optional("promoterContact", \.promoterContact, SicilyProtectedObjectCodec(SicilyPseudonymousPerson.fields),
                      summary: "The contact person the promoter appoints, by pseudonymous code (L3439-L3440)."),
            .optional("cpIstatCode", \.cpIstatCode, text, summary: "CP ISTAT 2011 code of the professional area (L3442-L3443)."),
            .optional("mainSite", \.mainSite, text, summary: "Main site (L3444-L3445)."),
            .required("insurance", \.insurance, ValueCodecs.list(ValueCodecs.object(insuranceFields)), summary: "Insurance policies (L3444)."),
            .required("period", \.period, ValueCodecs.object(periodFields), summary: "Duration and period of this project (L3444-L3445)."),
            .defaulted("earlierMonths", \.earlierMonths, ValueCodecs.integer(0...600), default: 0, writesDefault: false,
                       summary: "Months of earlier internships of this type for the person, the one extended included (L3424-L3428)."),
            .defaulted("continuation", \.continuation, ValueCodecs.code(Continuation.self), default: .first, writesDefault: false,
                       summary: "first, extension or repetition (L3427)."),
            .optional("necessityCertification", \.necessityCertification, ValueCodecs.object(certificationFields),
                      summary: "The public service's certification of necessity (L3427-L3428)."),
            .optional("allowance", \.allowance, ValueCodecs.object(allowanceFields), summary: "The allowance, when one is paid (L3445-L3446, L3469-L3475)."),
            .required("inclusionCompetences", \.inclusionCompetences, ValueCodecs.list(text), summary: "L3447-L3448."),
            .required("professionalCompetences", \.professionalCompetences, ValueCodecs.list(text), summary: "L3448-L3449."),
            .optional("repertoryProfile", \.repertoryProfile, text, summary: "Reference profile in the national or regional repertory (L3449-L3452)."),
            .optional("eqfLevel", \.eqfLevel, ValueCodecs.integer(1...8), summary: "EQF level, where given (L3451)."),
            .required("activities", \.activities, ValueCodecs.list(text), summary: "L3452-L3453."),
            .required("objectives", \.objectives, ValueCodecs.list(text), summary: "L3453."),
            .optional("arrangements", \.arrangements, text, summary: "How the internship runs (L3453)."),
            .required("rightsAndDuties", \.rightsAndDuties, ValueCodecs.codeSet(RightsAndDutiesParty.self),
                      summary: "The parties whose rights and duties the project states (L3453-L3455)."),
            .optional("activationReason", \.activationReason, text, summary: "Why this type of internship (L3456-L3457)."),
            .defaulted("countsTowardDisabilityConvention", \.countsTowardDisabilityConvention, ValueCodecs.bool, default: false,
                       writesDefault: false, summary: "Counted in an art. 11 c. 2 L. 68/1999 convention (refused, L3466-L3468)."),
            .required("signatures", \.signatures, ValueCodecs.list(ValueCodecs.object(signatureFields), distinctID: { $0.party.rawValue }),
                      summary: "Who signed the project, and when (L3431-L3434)."),
        ],
        rules: SicilyInternshipRules.all, protectedMembers: .personAsValue)
}
