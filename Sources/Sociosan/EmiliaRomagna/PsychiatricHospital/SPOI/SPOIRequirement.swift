/// The requirements an SPOI attests in its dossier, one per checkable sentence of seed 002
/// L231-L433 (spaces, equipment, procedures, services, competence, training, quality,
/// documentation). Each becomes a rule `er.spoi.<area>.<id>` that fails when the dossier
/// does not attest it.
///
/// ```swift
/// SPOIRequirement.restraintRecords.area        // .documentation
/// SPOIRequirement.restraintRecords.citation    // 002_6a5f046dd59f793e.txt L424-L426
/// ```
public enum SPOIRequirement: String, Sendable, Hashable, CaseIterable {
    // spaces
    case mealRoom = "meal-room"
    case groupTherapyRoom = "group-therapy-room"
    case adequateSpaces = "adequate-spaces"
    case safeFurnishings = "safe-furnishings"
    case smokingArea = "smoking-area"
    case belongingsStorage = "belongings-storage"
    // equipment
    case psychodiagnosticTests = "psychodiagnostic-tests"
    case protectedTelephone = "protected-telephone"
    case accessDoorSystem = "access-door-system"
    // procedures
    case departmentCommittees = "department-committees"
    case sharedProcedures = "shared-procedures"
    case crisisContainment = "crisis-containment"
    case safetyActions = "safety-actions"
    case patientSupport = "patient-support"
    case settingClarification = "setting-clarification"
    case patientFamilyInvolvement = "patient-family-involvement"
    case awarenessActions = "awareness-actions"
    case earlyExternalLiaison = "early-external-liaison"
    case continuityOfCare = "continuity-of-care"
    case admissionAppropriateness = "admission-appropriateness"
    case informedConsent = "informed-consent"
    case familyInformation = "family-information"
    case integrationProtocols = "integration-protocols"
    case admissionMonitoring = "admission-monitoring"
    case internalRegulations = "internal-regulations"
    case assistedDischarge = "assisted-discharge"
    // services
    case medicalBiologicalCare = "medical-biological-care"
    case psychiatricDrugTreatment = "psychiatric-drug-treatment"
    case diagnosticInvestigations = "diagnostic-investigations"
    case specialistConsults = "specialist-consults"
    case diagnosticServiceRelations = "diagnostic-service-relations"
    case generalWardTransfer = "general-ward-transfer"
    // competence
    case integratedActivities = "integrated-activities"
    case specialisedPathways = "specialised-pathways"
    // training
    case workplaceLevel = "workplace-level"
    case unitLevel = "unit-level"
    case collaboratorLevel = "collaborator-level"
    case managerial = "managerial"
    // quality
    case diagnosticProcessAudit = "diagnostic-process-audit"
    case ectAudit = "ect-audit"
    case asoTsoAudit = "aso-tso-audit"
    case safetyAudit = "safety-audit"
    case diagnosisCommunicationSupport = "diagnosis-communication-support"
    case referentDoctorMeetings = "referent-doctor-meetings"
    case clinicalCarePlan = "clinical-care-plan"
    case indicatorsAndStandards = "indicators-and-standards"
    case periodicAudits = "periodic-audits"
    // documentation
    case accurateRecords = "accurate-records"
    case personalisedProject = "personalised-project"
    case leaveLimitationRecords = "leave-limitation-records"
    case restraintRecords = "restraint-records"
    case sdoDataEntry = "sdo-data-entry"
    case validatedOutcomeScale = "validated-outcome-scale"

    /// The requirement's entry in ``ERRequirementCatalogue``, where its area, SPOI citation and
    /// title are written (once for every structure type that shares it).
    ///
    /// ```swift
    /// SPOIRequirement.restraintRecords.catalogueEntry.applies(to: .generalPsychiatry)  // true
    /// ```
    public var catalogueEntry: ERRequirement { Self.catalogueEntries[Int(ordinal)] }

    /// The dossier array that attests the requirement.
    public var area: RequirementArea { Self.areas[Int(ordinal)] }

    /// The seed lines the requirement comes from (the SPOI's lines of the catalogue entry).
    public var citation: Citation { Self.citations[Int(ordinal)] }

    /// The requirement in a sentence.
    public var title: LocalizedText { catalogueEntry.title }

    /// The requirements of one area, in declaration order (the canonical JSON order).
    public static func requirements(in area: RequirementArea) -> [SPOIRequirement] {
        byArea[area] ?? []
    }

    /// The catalogue entries in declaration order. Every case has one that binds the SPOI
    /// (`ERRequirementCatalogueTests` checks it), so a missing one is a programming error.
    private static let catalogueEntries: [ERRequirement] = allCases.map { requirement in
        guard let entry = ERRequirementCatalogue.requirement(requirement.rawValue), entry.applies(to: .spoi) else {
            preconditionFailure("SPOI requirement \(requirement.rawValue) has no SPOI entry in ERRequirementCatalogue")
        }
        return entry
    }

    // Read per dossier while decoding and encoding: kept as plain arrays indexed by ordinal so that
    // reading them copies no catalogue entry.
    private static let areas: [RequirementArea] = catalogueEntries.map(\.area)
    private static let citations: [Citation] = catalogueEntries.map { $0.citation(for: .spoi)! }
    private static let byArea: [RequirementArea: [SPOIRequirement]] = Dictionary(grouping: allCases, by: \.area)
}

extension SPOIRequirement {
    /// The case's position in declaration order, read from its one-byte tag. Equality and
    /// hashing use it instead of the raw string, which the `RawRepresentable` defaults would
    /// hash: every dossier inserts and looks up some fifty requirements, so this is the
    /// difference between hashing one byte and hashing fifty strings.
    var ordinal: UInt8 { withUnsafeBytes(of: self) { $0[0] } }

    public static func == (lhs: SPOIRequirement, rhs: SPOIRequirement) -> Bool { lhs.ordinal == rhs.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
