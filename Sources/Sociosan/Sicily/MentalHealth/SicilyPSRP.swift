/// A Sicilian personalised socio-rehabilitative project (*Progetto Socio-Riabilitativo
/// Personalizzato*, PSRP, seed 004 §6.1.1-6.1.3, L929-L1080): the document a socio-rehabilitative
/// residence writes for one user in answer to the DSM's PTI, with its diagnoses, interventions,
/// duration and dated reviews (the fields of the *Scheda informatizzata di PSRP*, L1021-L1079).
///
/// A document, not a building: a ``DeclaredDossier``. The user is named by a pseudonymous code;
/// the personal data of the electronic form (L1023) stay with the structure and the DSM.
///
/// ```swift
/// let psrp = try SicilyPSRP.decode(jsonText: text)
/// psrp.reviews.map(\.on)
/// ```
public struct SicilyPSRP: DeclaredDossier {
    public var id: StructureID
    public var personCode: StructureID
    public var province: Province
    /// The residence's dossier id (for example a `sicily.psychiatry.residence-24h` dossier).
    public var structureID: StructureID
    public var treatment: Treatment
    public var drawnUpOn: LocalDate
    /// The DSM's individual treatment plan the PSRP answers (L970-L974), attached to it (L1025-L1026).
    public var pti: PTIReference
    /// The structure's case manager, by pseudonymous staff code (L987-L989).
    public var structureCaseManager: StructureID
    /// The DSM's case manager, by pseudonymous staff code (L984-L986).
    public var dsmCaseManager: StructureID
    /// Who holds the PSRP jointly (L1011-L1012).
    public var coSignedBy: Set<Party>
    /// With whom the team drew it up (L972-L974).
    public var drawnUpWith: Set<Contributor>
    public var referralReason: String
    public var clinicalDiagnosis: ClinicalDiagnosis
    /// The ICF areas observed (L1042-L1058).
    public var functionalAreas: Set<FunctionalArea>
    public var socioRehabilitativeIntensity: Intensity
    public var socioAssistanceIntensity: Intensity
    public var interventions: [Intervention]
    public var durationMonths: Int
    public var reviews: [SicilyProjectReview]

    public init(
        id: StructureID, personCode: StructureID, province: Province, structureID: StructureID, treatment: Treatment,
        drawnUpOn: LocalDate, pti: PTIReference, structureCaseManager: StructureID, dsmCaseManager: StructureID,
        coSignedBy: Set<Party>, drawnUpWith: Set<Contributor>, referralReason: String, clinicalDiagnosis: ClinicalDiagnosis,
        functionalAreas: Set<FunctionalArea>, socioRehabilitativeIntensity: Intensity, socioAssistanceIntensity: Intensity,
        interventions: [Intervention], durationMonths: Int, reviews: [SicilyProjectReview]
    ) {
        self.id = id
        self.personCode = personCode
        self.province = province
        self.structureID = structureID
        self.treatment = treatment
        self.drawnUpOn = drawnUpOn
        self.pti = pti
        self.structureCaseManager = structureCaseManager
        self.dsmCaseManager = dsmCaseManager
        self.coSignedBy = coSignedBy
        self.drawnUpWith = drawnUpWith
        self.referralReason = referralReason
        self.clinicalDiagnosis = clinicalDiagnosis
        self.functionalAreas = functionalAreas
        self.socioRehabilitativeIntensity = socioRehabilitativeIntensity
        self.socioAssistanceIntensity = socioAssistanceIntensity
        self.interventions = interventions
        self.durationMonths = durationMonths
        self.reviews = reviews
    }

    /// The last day of the programme: ``drawnUpOn`` plus ``durationMonths``.
    public var programmeEnd: LocalDate { SicilyProject.adding(months: durationMonths, to: drawnUpOn) }

    /// The two levels of protective care of 6.1 (L938-L963).
    public enum Treatment: String, Sendable, Hashable, CaseIterable, TableCoded {
        /// Staff present 24 hours (§6.1.4.1).
        case staff24h = "staff-24h"
        /// Staff in time slots (§6.1.4.2).
        case timeSlots = "time-slots"
        public static let codeTable = CodeTable<Self>()
    }

    /// The three holders of the PSRP (L1011-L1012).
    public enum Party: String, Sendable, Hashable, CaseIterable, TableCoded {
        case structureCaseManager = "structure-case-manager"
        case patient
        case dsmCaseManager = "dsm-case-manager"
        public static let codeTable = CodeTable<Self>()

        public var label: LocalizedText {
            switch self {
            case .structureCaseManager: LocalizedText(it: "case manager della struttura", en: "the structure's case manager")
            case .patient: LocalizedText(it: "paziente", en: "patient")
            case .dsmCaseManager: LocalizedText(it: "case manager del DSM", en: "the DSM case manager")
            }
        }
    }

    /// "in collaborazione con l'utente, la sua famiglia e la sua rete sociale di riferimento" (L973-L974).
    public enum Contributor: String, Sendable, Hashable, CaseIterable, TableCoded {
        case user
        case family
        case socialNetwork = "social-network"
        public static let codeTable = CodeTable<Self>()
    }

    /// The ICF areas of the functional diagnosis (L1045-L1058): four in the seed.
    public enum FunctionalArea: String, Sendable, Hashable, CaseIterable, TableCoded {
        case selfCareEnvironment = "self-care-environment"
        case relationalCompetence = "relational-competence"
        case economicManagement = "economic-management"
        case socialSkills = "social-skills"
        public static let codeTable = CodeTable<Self>()

        public var label: LocalizedText {
            switch self {
            case .selfCareEnvironment: LocalizedText(it: "cura di sé / ambiente", en: "self-care / environment")
            case .relationalCompetence: LocalizedText(it: "competenza relazionale", en: "relational competence")
            case .economicManagement: LocalizedText(it: "gestione economica", en: "economic management")
            case .socialSkills: LocalizedText(it: "abilità sociali", en: "social skills")
            }
        }
    }

    /// Intensity of a programme (L1016-L1018); the seed names the grading, not its levels.
    public typealias Intensity = SicilyCareIntensity

    /// The PTI the PSRP answers.
    public struct PTIReference: Sendable, Hashable {
        /// The PTI's code at the DSM.
        public var reference: String
        public var dsm: String
        public var agreedOn: LocalDate
        /// Whether the PTI is attached to the PSRP form (L1025-L1026).
        public var attached: Bool

        public init(reference: String, dsm: String, agreedOn: LocalDate, attached: Bool) {
            self.reference = reference
            self.dsm = dsm
            self.agreedOn = agreedOn
            self.attached = attached
        }

        public static let fields = FieldTable(blank: PTIReference(reference: "", dsm: "", agreedOn: SicilyProject.blankDate, attached: false), [
            .required("reference", \.reference, ValueCodecs.string(), summary: "The PTI's code at the DSM (no personal data)."),
            .required("dsm", \.dsm, ValueCodecs.string(), summary: "The Department of Mental Health that wrote the PTI."),
            .required("agreedOn", \.agreedOn, ValueCodecs.date, summary: "The date the PTI was agreed with the user."),
            .required("attached", \.attached, ValueCodecs.bool, summary: "Whether the PTI is attached to the PSRP (L1025-L1026)."),
        ])
    }

    /// The clinical diagnosis (L1030-L1041): an ICD-10 code and the two areas observed.
    public struct ClinicalDiagnosis: Sendable, Hashable {
        public var icd10: String
        public var areas: Set<ClinicalArea>

        public init(icd10: String, areas: Set<ClinicalArea>) {
            self.icd10 = icd10
            self.areas = areas
        }

        public enum ClinicalArea: String, Sendable, Hashable, CaseIterable, TableCoded {
            case psychopathological
            case generalHealth = "general-health"
            public static let codeTable = CodeTable<Self>()

            public var label: LocalizedText {
                switch self {
                case .psychopathological: LocalizedText(it: "area psicopatologica", en: "psychopathological area")
                case .generalHealth: LocalizedText(it: "area sanitaria generale", en: "general health area")
                }
            }
        }

        public static let fields = FieldTable(blank: ClinicalDiagnosis(icd10: "", areas: []), [
            .required("icd10", \.icd10, ValueCodecs.string(), summary: "ICD-10 code of chapter F (mental and behavioural disorders), e.g. F20.0."),
            .required("areas", \.areas, ValueCodecs.codeSet(ClinicalArea.self), summary: "The areas observed (L1032-L1041)."),
        ])
    }

    /// One intervention of the PSRP (L1059-L1076): its category and the operators involved.
    public struct Intervention: Sendable, Hashable {
        public var id: String
        public var category: Category
        public var description: String
        /// The operators involved, by role (informal-network and volunteer operators included, L1075-L1076).
        public var operators: [String]

        public init(id: String, category: Category, description: String, operators: [String]) {
            self.id = id
            self.category = category
            self.description = description
            self.operators = operators
        }

        /// The five categories of L1059-L1073, each within its treatment axis.
        public enum Category: String, Sendable, Hashable, CaseIterable, TableCoded {
            case psychiatricCare = "psychiatric-care"
            case psychoeducational
            case resocialisation
            case protectionCare = "protection-care"
            case basicSocialNeeds = "basic-social-needs"
            public static let codeTable = CodeTable<Self>()

            /// Socio-rehabilitative (L1061-L1066) or socio-assistance (L1067-L1073) treatment.
            public var isSocioRehabilitative: Bool { self == .psychiatricCare || self == .psychoeducational }
        }

        public static let fields = FieldTable(blank: Intervention(id: "", category: .psychiatricCare, description: "", operators: []), [
            .required("id", \.id, ValueCodecs.string()),
            .required("category", \.category, ValueCodecs.code(Category.self)),
            .required("description", \.description, ValueCodecs.string()),
            .required("operators", \.operators, ValueCodecs.list(ValueCodecs.string()),
                      summary: "The operators involved, by role (no names)."),
        ])
    }

    public static let declaration = DossierDeclaration<SicilyPSRP>(
        kind: "sicily.psychiatry.psrp",
        title: LocalizedText(it: "Progetto socio-riabilitativo personalizzato (PSRP), Regione Siciliana",
                             en: "Personalised socio-rehabilitative project (PSRP), Sicily"),
        summary: "Progetto Socio-Riabilitativo Personalizzato: the project a Sicilian socio-rehabilitative psychiatric residence "
            + "draws up for one user in answer to the DSM's PTI (D.A. 17/2014 §6.1.1-6.1.3), with the fields of the electronic "
            + "PSRP form, its interventions, duration and dated reviews. Health data: the user and the case managers are named by "
            + "pseudonymous codes only. Source: seed 004 L929-L1080. This schema checks structure and domains; the rules are "
            + "checked by `sociosan validate`.",
        citation: Citation(.structuresSicily, lines: 929...1080),
        blank: SicilyPSRP(
            id: .placeholder, personCode: .placeholder, province: .palermo, structureID: .placeholder, treatment: .staff24h,
            drawnUpOn: SicilyProject.blankDate, pti: PTIReference(reference: "", dsm: "", agreedOn: SicilyProject.blankDate, attached: false),
            structureCaseManager: .placeholder, dsmCaseManager: .placeholder, coSignedBy: [], drawnUpWith: [], referralReason: "",
            clinicalDiagnosis: ClinicalDiagnosis(icd10: "", areas: []), functionalAreas: [], socioRehabilitativeIntensity: .low,
            socioAssistanceIntensity: .low, interventions: [], durationMonths: 1, reviews: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("personCode", \.personCode, SicilyProject.personCode, summary: SicilyProject.personCodeSummary),
            .required("province", \.province, ValueCodecs.code(Province.self)),
            .required("structureID", \.structureID, ValueCodecs.identifier, summary: "The id of the residence's dossier."),
            .required("treatment", \.treatment, ValueCodecs.code(Treatment.self),
                      summary: "Staff present 24 hours, or in time slots (L938-L963)."),
            .required("drawnUpOn", \.drawnUpOn, ValueCodecs.date),
            .required("pti", \.pti, ValueCodecs.object(PTIReference.fields)),
            .required("structureCaseManager", \.structureCaseManager, ValueCodecs.identifier,
                      summary: "Pseudonymous staff code of the structure's case manager."),
            .required("dsmCaseManager", \.dsmCaseManager, ValueCodecs.identifier, summary: "Pseudonymous staff code of the DSM case manager."),
            .required("coSignedBy", \.coSignedBy, ValueCodecs.codeSet(Party.self), summary: "Who holds the PSRP jointly (L1011-L1012)."),
            .required("drawnUpWith", \.drawnUpWith, ValueCodecs.codeSet(Contributor.self), summary: "With whom it was drawn up (L972-L974)."),
            .required("referralReason", \.referralReason, ValueCodecs.string(), summary: "The DSM's reason for the referral, from the PTI."),
            .required("clinicalDiagnosis", \.clinicalDiagnosis, ValueCodecs.object(ClinicalDiagnosis.fields)),
            .required("functionalAreas", \.functionalAreas, ValueCodecs.codeSet(FunctionalArea.self),
                      summary: "The ICF areas of the functional diagnosis observed (L1042-L1058)."),
            .required("socioRehabilitativeIntensity", \.socioRehabilitativeIntensity, ValueCodecs.code(Intensity.self)),
            .required("socioAssistanceIntensity", \.socioAssistanceIntensity, ValueCodecs.code(Intensity.self)),
            .required("interventions", \.interventions,
                      ValueCodecs.list(ValueCodecs.object(Intervention.fields), minimumCount: 1, distinctID: \.id)),
            .required("durationMonths", \.durationMonths, ValueCodecs.integer(1...120), summary: "The programme's duration (L1078)."),
            .required("reviews", \.reviews, ValueCodecs.list(ValueCodecs.object(SicilyProjectReview.fields)),
                      summary: "The periodic reviews with their dates (L1078-L1079)."),
        ],
        rules: SicilyPSRPRules.all)
}
