/// The placement of a patient of a Ser.T in a therapeutic community (CT), and what the two
/// shared about it through SistER SERT and SistER CT (seed 000): kind `er.addiction.placement`.
///
/// The patient is named by a pseudonymous code only. The shared information is held in the
/// four REX areas (L143-L177); each of the 12 dimensions is one optional member of its area,
/// so that a view or an export leaves out, as an absent member, every dimension its reader may
/// not see (``keeping(_:)``). The consents and the access grants are data of the dossier
/// (L361-L366), and so is every exchange between the platforms (``Exchange``).
///
/// ```swift
/// let placement = try ERAddictionPlacement.decode(jsonText: text)
/// placement.phase                                   // .goalVerification
/// placement.keeping([.objectivesDefinition]).diagnosticAssessment  // nil
/// ```
public struct ERAddictionPlacement: DeclaredDossier {
    public var id: StructureID
    /// The patient's pseudonymous code (health data: never a name, tax code or birth date).
    public var patientCode: StructureID
    /// The organisation code of the referring Ser.T, the "ente inviante" (L197).
    public var referringSerT: StructureID
    /// The territory of the referring Ser.T (L56-L79).
    public var territory: ERAddictionTerritory
    /// The organisation code of the therapeutic community (L184).
    public var community: StructureID
    /// "ingresso" (L238).
    public var admissionDate: LocalDate
    /// "uscita dalla Struttura" (L238-L239).
    public var exitDate: LocalDate?
    public var phase: ERAddictionPhase
    /// Every phase the placement went through, with the day it began, in order.
    public var phaseHistory: [PhaseStep]
    public var therapeuticProject: TherapeuticProject?
    public var diagnosticAssessment: DiagnosticAssessment?
    public var appropriateness: Appropriateness?
    public var outcomeEvaluation: OutcomeEvaluation?
    public var consents: [ERAddictionConsent]
    public var grants: [ERAddictionGrant]
    public var exchanges: [Exchange]

    public init(
        id: StructureID, patientCode: StructureID, referringSerT: StructureID, territory: ERAddictionTerritory, community: StructureID,
        admissionDate: LocalDate, exitDate: LocalDate? = nil, phase: ERAddictionPhase, phaseHistory: [PhaseStep],
        therapeuticProject: TherapeuticProject? = nil, diagnosticAssessment: DiagnosticAssessment? = nil,
        appropriateness: Appropriateness? = nil, outcomeEvaluation: OutcomeEvaluation? = nil, consents: [ERAddictionConsent] = [],
        grants: [ERAddictionGrant] = [], exchanges: [Exchange] = []
    ) {
        self.id = id
        self.patientCode = patientCode
        self.referringSerT = referringSerT
        self.territory = territory
        self.community = community
        self.admissionDate = admissionDate
        self.exitDate = exitDate
        self.phase = phase
        self.phaseHistory = phaseHistory
        self.therapeuticProject = therapeuticProject
        self.diagnosticAssessment = diagnosticAssessment
        self.appropriateness = appropriateness
        self.outcomeEvaluation = outcomeEvaluation
        self.consents = consents
        self.grants = grants
        self.exchanges = exchanges
    }

    static let blankDate = LocalDate(year: 2000, month: 1, day: 1)!

    /// The organisation on the side of the Ser.T or of the CT.
    public func organisation(_ party: ERAddictionParty) -> StructureID? {
        switch party {
        case .serT: referringSerT
        case .therapeuticCommunity: community
        case .patient: nil
        }
    }

    /// The side an organisation is on in this placement: the Ser.T, the CT, or neither (`nil`).
    public func side(of organisation: StructureID) -> ERAddictionParty? {
        if organisation == referringSerT { return .serT }
        if organisation == community { return .therapeuticCommunity }
        return nil
    }

    /// The dimensions whose data the placement holds.
    public var heldDimensions: [ERAddictionDimension] {
        ERAddictionDimension.allCases.filter { has($0) }
    }

    /// Whether the placement holds data for `dimension`.
    public func has(_ dimension: ERAddictionDimension) -> Bool {
        switch dimension {
        case .objectivesDefinition: therapeuticProject?.objectivesDefinition != nil
        case .sharing: therapeuticProject?.sharing != nil
        case .verification: therapeuticProject?.verification != nil
        case .toxicologicalICD10: diagnosticAssessment?.toxicologicalICD10 != nil
        case .multidimensional: diagnosticAssessment?.multidimensional != nil
        case .healthStatus: diagnosticAssessment?.healthStatus != nil
        case .pharmacologicalTreatment: diagnosticAssessment?.pharmacologicalTreatment != nil
        case .inclusionExclusionCriteria: appropriateness?.inclusionExclusionCriteria != nil
        case .dischargeFromTreatment: appropriateness?.dischargeFromTreatment != nil
        case .continuityOfCare: appropriateness?.continuityOfCare != nil
        case .goalVerification: outcomeEvaluation?.goalVerification != nil
        case .outcome: outcomeEvaluation?.outcome != nil
        }
    }

    /// The placement with only `dimensions` of its shared information: every other dimension,
    /// and an area left empty, is removed (an absent member when written, not a blank); the
    /// consents and grants are removed; each exchange keeps only the dimensions in `dimensions`
    /// (and, when it loses one, its attachments and consent reference, which may concern it),
    /// and an exchange left with none is removed.
    ///
    /// ```swift
    /// let view = placement.keeping([.objectivesDefinition, .sharing])
    /// view.diagnosticAssessment  // nil
    /// ```
    public func keeping(_ dimensions: Set<ERAddictionDimension>, exchanges keepExchanges: Bool = true) -> ERAddictionPlacement {
        var copy = self
        copy.consents = []
        copy.grants = []
        let kept = keepExchanges ? exchanges.compactMap { exchange -> Exchange? in
            var trimmed = exchange
            trimmed.dimensions = exchange.dimensions.intersection(dimensions)
            if trimmed.dimensions != exchange.dimensions {
                // The reports attached and the consent relied on may belong to a dimension left out.
                trimmed.attachments = []
                trimmed.consent = nil
            }
            return trimmed.dimensions.isEmpty ? nil : trimmed
        } : []
        copy.exchanges = kept
        for dimension in ERAddictionDimension.allCases where !dimensions.contains(dimension) { copy.remove(dimension) }
        if copy.therapeuticProject?.isEmpty == true { copy.therapeuticProject = nil }
        if copy.diagnosticAssessment?.isEmpty == true { copy.diagnosticAssessment = nil }
        if copy.appropriateness?.isEmpty == true { copy.appropriateness = nil }
        if copy.outcomeEvaluation?.isEmpty == true { copy.outcomeEvaluation = nil }
        return copy
    }

    mutating func remove(_ dimension: ERAddictionDimension) {
        switch dimension {
        case .objectivesDefinition: therapeuticProject?.objectivesDefinition = nil
        case .sharing: therapeuticProject?.sharing = nil
        case .verification: therapeuticProject?.verification = nil
        case .toxicologicalICD10: diagnosticAssessment?.toxicologicalICD10 = nil
        case .multidimensional: diagnosticAssessment?.multidimensional = nil
        case .healthStatus: diagnosticAssessment?.healthStatus = nil
        case .pharmacologicalTreatment: diagnosticAssessment?.pharmacologicalTreatment = nil
        case .inclusionExclusionCriteria: appropriateness?.inclusionExclusionCriteria = nil
        case .dischargeFromTreatment: appropriateness?.dischargeFromTreatment = nil
        case .continuityOfCare: appropriateness?.continuityOfCare = nil
        case .goalVerification: outcomeEvaluation?.goalVerification = nil
        case .outcome: outcomeEvaluation?.outcome = nil
        }
    }

    /// One step of the pathway: the phase and the day it began.
    public struct PhaseStep: Sendable, Hashable {
        public var phase: ERAddictionPhase
        public var from: LocalDate

        public init(phase: ERAddictionPhase, from: LocalDate) {
            self.phase = phase
            self.from = from
        }

        public static let fields = FieldTable(blank: PhaseStep(phase: .intake, from: blankDate), [
            .required("phase", \.phase, ValueCodecs.code(ERAddictionPhase.self)),
            .required("from", \.from, ValueCodecs.date, summary: "The day the phase began."),
        ])
    }

    // MARK: Therapeutic project (L144-L145, L163-L165)

    /// The shared therapeutic project, "requisiti Progetto Rex" (L101-L105, L163-L165).
    public struct TherapeuticProject: Sendable, Hashable {
        public var objectivesDefinition: [Objective]?
        public var sharing: Sharing?
        public var verification: [Verification]?

        public init(objectivesDefinition: [Objective]? = nil, sharing: Sharing? = nil, verification: [Verification]? = nil) {
            self.objectivesDefinition = objectivesDefinition
            self.sharing = sharing
            self.verification = verification
        }

        var isEmpty: Bool { objectivesDefinition == nil && sharing == nil && verification == nil }

        public static let fields = FieldTable(blank: TherapeuticProject(), [
            .optional("objectivesDefinition", \.objectivesDefinition, ValueCodecs.list(ValueCodecs.object(Objective.fields), distinctID: \.id),
                      summary: "\"Definizione obiettivi\" (L163): the therapeutic objectives (L246)."),
            .optional("sharing", \.sharing, ValueCodecs.object(Sharing.fields), summary: "\"Condivisione\" (L164, L181-L186)."),
            .optional("verification", \.verification, ValueCodecs.list(ValueCodecs.object(Verification.fields)),
                      summary: "\"Verifica\" (L165): the verifications of the objectives."),
        ])
    }

    /// A therapeutic objective.
    public struct Objective: Sendable, Hashable {
        public var id: String
        public var text: String
        public var definedBy: ERAddictionParty

        public init(id: String, text: String, definedBy: ERAddictionParty) {
            self.id = id
            self.text = text
            self.definedBy = definedBy
        }

        public static let fields = FieldTable(blank: Objective(id: "", text: "", definedBy: .serT), [
            .required("id", \.id, ValueCodecs.string()),
            .required("text", \.text, ValueCodecs.string()),
            .required("definedBy", \.definedBy, ValueCodecs.code(ERAddictionParty.self)),
        ])
    }

    /// With whom the project was shared, and when.
    public struct Sharing: Sendable, Hashable {
        public var sharedWith: Set<ERAddictionParty>
        public var sharedOn: LocalDate

        public init(sharedWith: Set<ERAddictionParty>, sharedOn: LocalDate) {
            self.sharedWith = sharedWith
            self.sharedOn = sharedOn
        }

        public static let fields = FieldTable(blank: Sharing(sharedWith: [], sharedOn: blankDate), [
            .required("sharedWith", \.sharedWith, ValueCodecs.codeSet(ERAddictionParty.self)),
            .required("sharedOn", \.sharedOn, ValueCodecs.date),
        ])
    }

    /// One verification of one objective.
    public struct Verification: Sendable, Hashable {
        public var on: LocalDate
        public var objective: String
        public var status: ERAddictionGoalStatus
        public var by: ERAddictionParty
        public var note: String?

        public init(on: LocalDate, objective: String, status: ERAddictionGoalStatus, by: ERAddictionParty, note: String? = nil) {
            self.on = on
            self.objective = objective
            self.status = status
            self.by = by
            self.note = note
        }

        public static let fields = FieldTable(blank: Verification(on: blankDate, objective: "", status: .open, by: .serT), [
            .required("on", \.on, ValueCodecs.date),
            .required("objective", \.objective, ValueCodecs.string(), summary: "The id of the objective verified."),
            .required("status", \.status, ValueCodecs.code(ERAddictionGoalStatus.self)),
            .required("by", \.by, ValueCodecs.code(ERAddictionParty.self)),
            .optional("note", \.note, ValueCodecs.string()),
        ])
    }

    // MARK: Diagnostic assessment (L147-L148, L167-L170)

    /// "valutazione diagnostica" (L147-L148, L167-L170): health-condition data (L361-L363).
    public struct DiagnosticAssessment: Sendable, Hashable {
        public var toxicologicalICD10: [ICD10Diagnosis]?
        public var multidimensional: MultidimensionalAssessment?
        public var healthStatus: [HealthStatusEntry]?
        public var pharmacologicalTreatment: [Medication]?

        public init(toxicologicalICD10: [ICD10Diagnosis]? = nil, multidimensional: MultidimensionalAssessment? = nil,
                    healthStatus: [HealthStatusEntry]? = nil, pharmacologicalTreatment: [Medication]? = nil) {
            self.toxicologicalICD10 = toxicologicalICD10
            self.multidimensional = multidimensional
            self.healthStatus = healthStatus
            self.pharmacologicalTreatment = pharmacologicalTreatment
        }

        var isEmpty: Bool { toxicologicalICD10 == nil && multidimensional == nil && healthStatus == nil && pharmacologicalTreatment == nil }

        public static let fields = FieldTable(blank: DiagnosticAssessment(), [
            .optional("toxicologicalICD10", \.toxicologicalICD10, ValueCodecs.list(ValueCodecs.object(ICD10Diagnosis.fields), minimumCount: 1),
                      summary: "\"TOSSICOLOGICA ICD-10\" (L167): the toxicological diagnoses, coded in ICD-10."),
            .optional("multidimensional", \.multidimensional, ValueCodecs.object(MultidimensionalAssessment.fields),
                      summary: "\"MULTIDIMENSIONALE\" (L168)."),
            .optional("healthStatus", \.healthStatus, ValueCodecs.list(ValueCodecs.object(HealthStatusEntry.fields)),
                      summary: "\"STATO DI SALUTE\" (L169), updated continuously (L348-L349)."),
            .optional("pharmacologicalTreatment", \.pharmacologicalTreatment, ValueCodecs.list(ValueCodecs.object(Medication.fields)),
                      summary: "\"TRATTAMENTO FARMACOLOGICO\" (L170)."),
        ])
    }

    /// One toxicological diagnosis in ICD-10.
    public struct ICD10Diagnosis: Sendable, Hashable {
        public var code: String
        public var description: String?

        public init(code: String, description: String? = nil) {
            self.code = code
            self.description = description
        }

        public static let fields = FieldTable(blank: ICD10Diagnosis(code: ""), [
            .required("code", \.code, ValueCodecs.string(), summary: "ICD-10 code, e.g. F11.2 (letter, two digits, optional subcode)."),
            .optional("description", \.description, ValueCodecs.string()),
        ])
    }

    /// The multidimensional assessment. The seed names no instrument.
    public struct MultidimensionalAssessment: Sendable, Hashable {
        public var assessedOn: LocalDate
        public var instrument: String?
        public var summary: String

        public init(assessedOn: LocalDate, instrument: String? = nil, summary: String) {
            self.assessedOn = assessedOn
            self.instrument = instrument
            self.summary = summary
        }

        public static let fields = FieldTable(blank: MultidimensionalAssessment(assessedOn: blankDate, summary: ""), [
            .required("assessedOn", \.assessedOn, ValueCodecs.date),
            .optional("instrument", \.instrument, ValueCodecs.string()),
            .required("summary", \.summary, ValueCodecs.string()),
        ])
    }

    /// One dated note on the health status.
    public struct HealthStatusEntry: Sendable, Hashable {
        public var on: LocalDate
        public var note: String

        public init(on: LocalDate, note: String) {
            self.on = on
            self.note = note
        }

        public static let fields = FieldTable(blank: HealthStatusEntry(on: blankDate, note: ""), [
            .required("on", \.on, ValueCodecs.date),
            .required("note", \.note, ValueCodecs.string()),
        ])
    }

    /// One medicine of the pharmacological treatment.
    public struct Medication: Sendable, Hashable {
        public var drug: String
        public var dose: String
        public var from: LocalDate
        public var to: LocalDate?

        public init(drug: String, dose: String, from: LocalDate, to: LocalDate? = nil) {
            self.drug = drug
            self.dose = dose
            self.from = from
            self.to = to
        }

        public static let fields = FieldTable(blank: Medication(drug: "", dose: "", from: blankDate), [
            .required("drug", \.drug, ValueCodecs.string()),
            .required("dose", \.dose, ValueCodecs.string()),
            .required("from", \.from, ValueCodecs.date),
            .optional("to", \.to, ValueCodecs.date),
        ])
    }

    // MARK: Appropriateness (L150-L152, L172-L174)

    /// "appropriatezza degli inserimenti in struttura" (L150-L152, L172-L174).
    public struct Appropriateness: Sendable, Hashable {
        public var inclusionExclusionCriteria: CriteriaAssessment?
        public var dischargeFromTreatment: Discharge?
        public var continuityOfCare: Continuity?

        public init(inclusionExclusionCriteria: CriteriaAssessment? = nil, dischargeFromTreatment: Discharge? = nil,
                    continuityOfCare: Continuity? = nil) {
            self.inclusionExclusionCriteria = inclusionExclusionCriteria
            self.dischargeFromTreatment = dischargeFromTreatment
            self.continuityOfCare = continuityOfCare
        }

        var isEmpty: Bool { inclusionExclusionCriteria == nil && dischargeFromTreatment == nil && continuityOfCare == nil }

        public static let fields = FieldTable(blank: Appropriateness(), [
            .optional("inclusionExclusionCriteria", \.inclusionExclusionCriteria, ValueCodecs.object(CriteriaAssessment.fields),
                      summary: "\"CRITERI DI INCLUSIONE/ESCLUSIONE\" (L172)."),
            .optional("dischargeFromTreatment", \.dischargeFromTreatment, ValueCodecs.object(Discharge.fields),
                      summary: "\"DIMISSIONE DAL TRATTAMENTO\" (L173)."),
            .optional("continuityOfCare", \.continuityOfCare, ValueCodecs.object(Continuity.fields),
                      summary: "\"CONTINUITA' ASSISTENZIALE\" (L174)."),
        ])
    }

    /// Whether the patient met the community's inclusion criteria and none of its exclusions.
    public struct CriteriaAssessment: Sendable, Hashable {
        public var assessedOn: LocalDate
        public var met: Bool
        public var note: String?

        public init(assessedOn: LocalDate, met: Bool, note: String? = nil) {
            self.assessedOn = assessedOn
            self.met = met
            self.note = note
        }

        public static let fields = FieldTable(blank: CriteriaAssessment(assessedOn: blankDate, met: false), [
            .required("assessedOn", \.assessedOn, ValueCodecs.date),
            .required("met", \.met, ValueCodecs.bool),
            .optional("note", \.note, ValueCodecs.string()),
        ])
    }

    /// The discharge from treatment; the reason codes are an extension (digest A.3.10).
    public struct Discharge: Sendable, Hashable {
        public var on: LocalDate
        public var reason: ERAddictionDischargeReason
        public var note: String?

        public init(on: LocalDate, reason: ERAddictionDischargeReason, note: String? = nil) {
            self.on = on
            self.reason = reason
            self.note = note
        }

        public static let fields = FieldTable(blank: Discharge(on: blankDate, reason: .other), [
            .required("on", \.on, ValueCodecs.date),
            .required("reason", \.reason, ValueCodecs.code(ERAddictionDischargeReason.self)),
            .optional("note", \.note, ValueCodecs.string()),
        ])
    }

    /// Who takes the patient back into care after the community, from when, with which plan.
    public struct Continuity: Sendable, Hashable {
        public var from: LocalDate
        public var takenBackBy: StructureID
        public var plan: String

        public init(from: LocalDate, takenBackBy: StructureID, plan: String) {
            self.from = from
            self.takenBackBy = takenBackBy
            self.plan = plan
        }

        public static let fields = FieldTable(blank: Continuity(from: blankDate, takenBackBy: .placeholder, plan: ""), [
            .required("from", \.from, ValueCodecs.date),
            .required("takenBackBy", \.takenBackBy, ValueCodecs.identifier, summary: "The organisation code of the service taking over."),
            .required("plan", \.plan, ValueCodecs.string()),
        ])
    }

    // MARK: Outcome evaluation (L154-L156, L176-L177)

    /// "valutazione degli esiti dei trattamenti" (L154-L156, L176-L177).
    public struct OutcomeEvaluation: Sendable, Hashable {
        public var goalVerification: DatedNote?
        public var outcome: DatedNote?

        public init(goalVerification: DatedNote? = nil, outcome: DatedNote? = nil) {
            self.goalVerification = goalVerification
            self.outcome = outcome
        }

        var isEmpty: Bool { goalVerification == nil && outcome == nil }

        public static let fields = FieldTable(blank: OutcomeEvaluation(), [
            .optional("goalVerification", \.goalVerification, ValueCodecs.object(DatedNote.fields),
                      summary: "\"VERIFICA DEGLI OBIETTIVI\" (L176)."),
            .optional("outcome", \.outcome, ValueCodecs.object(DatedNote.fields), summary: "\"OUTCOME\" (L177)."),
        ])
    }

    /// A dated summary.
    public struct DatedNote: Sendable, Hashable {
        public var on: LocalDate
        public var summary: String

        public init(on: LocalDate, summary: String) {
            self.on = on
            self.summary = summary
        }

        public static let fields = FieldTable(blank: DatedNote(on: blankDate, summary: ""), [
            .required("on", \.on, ValueCodecs.date),
            .required("summary", \.summary, ValueCodecs.string()),
        ])
    }

    // MARK: Exchanges

    /// One sending of information from one platform to the other (digest A.3.12).
    public struct Exchange: Sendable, Hashable {
        public var id: String
        public var phase: ERAddictionPhase
        public var direction: ERAddictionDirection
        public var senderOrganisation: StructureID
        public var senderPlatform: ERAddictionPlatform
        /// The sending operator's pseudonymous code.
        public var senderOperator: StructureID
        public var receiverOrganisation: StructureID
        public var receiverPlatform: ERAddictionPlatform
        public var sentOn: LocalDate
        public var dimensions: Set<ERAddictionDimension>
        /// The id of the consent the sending relies on, when it carries health-condition data.
        public var consent: String?
        /// References of the reports sent ("referti da inviare", L368).
        public var attachments: [String]

        public init(
            id: String, phase: ERAddictionPhase, direction: ERAddictionDirection, senderOrganisation: StructureID,
            senderPlatform: ERAddictionPlatform, senderOperator: StructureID, receiverOrganisation: StructureID,
            receiverPlatform: ERAddictionPlatform, sentOn: LocalDate, dimensions: Set<ERAddictionDimension>, consent: String? = nil,
            attachments: [String] = []
        ) {
            self.id = id
            self.phase = phase
            self.direction = direction
            self.senderOrganisation = senderOrganisation
            self.senderPlatform = senderPlatform
            self.senderOperator = senderOperator
            self.receiverOrganisation = receiverOrganisation
            self.receiverPlatform = receiverPlatform
            self.sentOn = sentOn
            self.dimensions = dimensions
            self.consent = consent
            self.attachments = attachments
        }

        static let blank = Exchange(
            id: "", phase: .intake, direction: .serTToCT, senderOrganisation: .placeholder, senderPlatform: .sisterSerT,
            senderOperator: .placeholder, receiverOrganisation: .placeholder, receiverPlatform: .sisterCT, sentOn: blankDate, dimensions: [])

        public static let fields = FieldTable(blank: blank, [
            .required("id", \.id, ValueCodecs.string()),
            .required("phase", \.phase, ValueCodecs.code(ERAddictionPhase.self)),
            .required("direction", \.direction, ValueCodecs.code(ERAddictionDirection.self), summary: "L246, L256."),
            .required("senderOrganisation", \.senderOrganisation, ValueCodecs.identifier),
            .required("senderPlatform", \.senderPlatform, ValueCodecs.code(ERAddictionPlatform.self)),
            .required("senderOperator", \.senderOperator, ValueCodecs.identifier, summary: "The sending operator's pseudonymous code."),
            .required("receiverOrganisation", \.receiverOrganisation, ValueCodecs.identifier),
            .required("receiverPlatform", \.receiverPlatform, ValueCodecs.code(ERAddictionPlatform.self)),
            .required("sentOn", \.sentOn, ValueCodecs.date),
            .required("dimensions", \.dimensions, ValueCodecs.codeSet(ERAddictionDimension.self), summary: "What was sent (L163-L177)."),
            .optional("consent", \.consent, ValueCodecs.string(), summary: "The id of the consent relied on (L361-L363)."),
            .defaulted("attachments", \.attachments, ValueCodecs.list(ValueCodecs.string()), default: [], writesDefault: false,
                       summary: "References of the reports sent (L368)."),
        ])
    }

    public static let declaration = DossierDeclaration<ERAddictionPlacement>(
        kind: "er.addiction.placement",
        title: LocalizedText(it: "Inserimento in comunità terapeutica e condivisione Ser.T-CT (SistER SERT / SistER CT)",
                             en: "Placement in a therapeutic community and Ser.T-CT sharing (SistER SERT / SistER CT)"),
        summary: "A patient of a Ser.T placed in a therapeutic community (CT), Emilia-Romagna: the pathway phases, the shared "
            + "therapeutic project, diagnostic assessment, appropriateness and outcome evaluation (the 12 REX dimensions), the "
            + "informed consents, the access grants and the record of every exchange between SistER SERT and SistER CT. Health "
            + "data: the patient and the operators are named by pseudonymous codes only. Source: seed 000 L1-L378. This schema "
            + "checks structure and domains; the rules are checked by `sociosan validate`.",
        citation: Citation(.addictionExchangeER, lines: 1...378),
        blank: ERAddictionPlacement(
            id: .placeholder, patientCode: .placeholder, referringSerT: .placeholder, territory: .bologna, community: .placeholder,
            admissionDate: blankDate, phase: .intake, phaseHistory: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("patientCode", \.patientCode, ValueCodecs.identifier,
                      summary: "Pseudonymous code of the patient (health data: never a name, tax code or date of birth)."),
            .required("referringSerT", \.referringSerT, ValueCodecs.identifier,
                      summary: "Organisation code of the referring Ser.T, the \"ente inviante\" (L197)."),
            .required("territory", \.territory, ValueCodecs.code(ERAddictionTerritory.self), summary: "The Ser.T's territory (L56-L79)."),
            .required("community", \.community, ValueCodecs.identifier, summary: "Organisation code of the therapeutic community."),
            .required("admissionDate", \.admissionDate, ValueCodecs.date, summary: "\"ingresso\" (L238)."),
            .optional("exitDate", \.exitDate, ValueCodecs.date, summary: "\"uscita dalla Struttura\" (L238-L239)."),
            .required("phase", \.phase, ValueCodecs.code(ERAddictionPhase.self),
                      summary: "The current phase (L204-L206; discharge and continuity-of-care are an extension, L173-L174)."),
            .required("phaseHistory", \.phaseHistory, ValueCodecs.list(ValueCodecs.object(PhaseStep.fields), minimumCount: 1),
                      summary: "Every phase with the day it began, in order."),
            .optional("therapeuticProject", \.therapeuticProject, ValueCodecs.object(TherapeuticProject.fields),
                      summary: "\"progetto terapeutico\" (L144-L145, L163-L165)."),
            .optional("diagnosticAssessment", \.diagnosticAssessment, ValueCodecs.object(DiagnosticAssessment.fields),
                      summary: "\"valutazione diagnostica\" (L147-L148, L167-L170)."),
            .optional("appropriateness", \.appropriateness, ValueCodecs.object(Appropriateness.fields),
                      summary: "\"appropriatezza degli inserimenti in struttura\" (L150-L152, L172-L174)."),
            .optional("outcomeEvaluation", \.outcomeEvaluation, ValueCodecs.object(OutcomeEvaluation.fields),
                      summary: "\"valutazione degli esiti dei trattamenti\" (L154-L156, L176-L177)."),
            .defaulted("consents", \.consents, ValueCodecs.list(ValueCodecs.object(ERAddictionConsent.fields), distinctID: { $0.id.rawValue }),
                       default: [], writesDefault: false, summary: "The shared informed consents (L361-L363)."),
            .defaulted("grants", \.grants, ValueCodecs.list(ValueCodecs.object(ERAddictionGrant.fields)), default: [],
                       writesDefault: false, summary: "Access grants (\"abilitazioni\", L365-L366); may instead be given by file."),
            .defaulted("exchanges", \.exchanges, ValueCodecs.list(ValueCodecs.object(Exchange.fields), distinctID: \.id), default: [],
                       writesDefault: false, summary: "Every exchange between SistER SERT and SistER CT (L41-L42, L111-L117)."),
        ],
        rules: ERAddictionPlacementRules.all, protectedMembers: .personAsValue)
}
