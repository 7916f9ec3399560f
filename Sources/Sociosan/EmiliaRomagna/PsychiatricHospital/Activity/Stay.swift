/// A stay (*ricovero*) in an Emilia-Romagna hospital psychiatric structure: admission, the
/// time-boxed steps of the residences, the personalised project, discharge and the outcome
/// fields every indicator of ``ERIndicatorCatalogue`` is computed from.
///
/// Fields the seed requires only of some types are optional; ``ActivityRules`` says which type
/// needs which. A stay still in progress has no ``discharge``.
///
/// ```swift
/// let stay = Stay(
///     id: try ActivityID("rti-bo-2025-0001"), patient: try PatientID("p-00017"),
///     structure: try StructureID("rti-bo-villa-azzurra"), structureType: .rti,
///     admission: try LocalDateTime(iso8601: "2025-01-07T10:30"),
///     channel: .dsmDP, urgency: .programmed)
/// stay.lengthOfStay  // nil: not discharged yet
/// ```
public struct Stay: Sendable, Hashable {
    public var id: ActivityID
    public var patient: PatientID
    public var structure: StructureID
    public var structureType: ERPsychiatricStructureType
    /// When the patient was admitted (date and wall-clock time).
    public var admission: LocalDateTime
    /// When the access was requested (the *modello unico di richiesta*, L134-L137; the request
    /// the residences must answer within 24 h or 5 days, L924). Unknown when absent.
    public var accessRequest: LocalDateTime?
    /// Who referred the patient (L129-L137, L916-L918). A DSM-DP referral is the channel the
    /// SPOI's 80 % share is computed on (L129-L130, A-11).
    public var channel: AccessChannel
    public var urgency: Urgency
    /// A compulsory treatment (*Trattamento Sanitario Obbligatorio*); never in an SPOI
    /// (L122-L123, A-12).
    public var tso: Bool
    /// Extensions of the stay beyond the type's ordinary maximum (L929-L940), in order.
    public var extensions: [Extension]
    /// Meeting with the family or carers (first evaluation, within 10 days, L943).
    public var familyMeeting: LocalDate?
    /// Consultation with the external treating doctor (within 10 days, L943-L944).
    public var externalDoctorConsult: LocalDate?
    /// Evaluation or re-evaluation of a possible discharge criticality (within 15 days, L949).
    public var dischargeCriticalityEvaluation: LocalDate?
    /// Whether that evaluation found a criticality: a discharge made complex by the context
    /// although the patient is clinically stable (L945-L946, L959-L960, A-21).
    public var dischargeCriticality: Bool?
    /// The written personalised project of the stay (L416-L420, L1061-L1064); `nil` when none
    /// was written.
    public var project: PersonalisedProject?
    /// Whether the patient adheres to the treatment (compliance, RES-IND-3, L1222-L1227);
    /// `nil` when not assessed.
    public var adherence: Bool?
    /// The diagnosis and whether the record is complete with recognised ICD or DSM criteria
    /// (SPOI-IND-1, GP-IND-1, L440-L441).
    public var diagnosis: Diagnosis?
    /// An outcome scale scored at admission and discharge (L431-L433; for the
    /// psychogeriatric unit the functional-autonomy scale of PG-IND-3, L1720-L1724, L1882-L1886).
    public var outcomeScale: ScaleScores?
    /// Eating-disorder data (DCA units: DCA-IND-1 ... DCA-IND-4).
    public var eatingDisorder: EatingDisorderData?
    public var discharge: Discharge?

    public init(
        id: ActivityID, patient: PatientID, structure: StructureID, structureType: ERPsychiatricStructureType,
        admission: LocalDateTime, accessRequest: LocalDateTime? = nil, channel: AccessChannel,
        urgency: Urgency, tso: Bool = false, extensions: [Extension] = [], familyMeeting: LocalDate? = nil,
        externalDoctorConsult: LocalDate? = nil, dischargeCriticalityEvaluation: LocalDate? = nil,
        dischargeCriticality: Bool? = nil, project: PersonalisedProject? = nil, adherence: Bool? = nil,
        diagnosis: Diagnosis? = nil, outcomeScale: ScaleScores? = nil,
        eatingDisorder: EatingDisorderData? = nil, discharge: Discharge? = nil
    ) {
        self.id = id
        self.patient = patient
        self.structure = structure
        self.structureType = structureType
        self.admission = admission
        self.accessRequest = accessRequest
        self.channel = channel
        self.urgency = urgency
        self.tso = tso
        self.extensions = extensions
        self.familyMeeting = familyMeeting
        self.externalDoctorConsult = externalDoctorConsult
        self.dischargeCriticalityEvaluation = dischargeCriticalityEvaluation
        self.dischargeCriticality = dischargeCriticality
        self.project = project
        self.adherence = adherence
        self.diagnosis = diagnosis
        self.outcomeScale = outcomeScale
        self.eatingDisorder = eatingDisorder
        self.discharge = discharge
    }

    /// Whether the DSM-DP referred the patient (the "normal" channel, L129-L130).
    public var isDSMDPReferral: Bool { channel == .dsmDP }

    /// Days from admission to discharge (the day of admission not counted, as hospital
    /// bed-days are); `nil` while the stay is open.
    public var lengthOfStay: Int? {
        discharge.map { admission.date.days(until: $0.date) }
    }

    /// Days the stay occupies in `range` (bed-days: the admission day counts, the discharge
    /// day does not; an open stay runs to the end of the range). For occupancy shares.
    public func bedDays(in range: ClosedRange<LocalDate>) -> Int {
        let start = max(admission.date, range.lowerBound)
        let endExclusive: Int = {
            let rangeEnd = range.upperBound.daysSinceEpoch + 1
            guard let discharge else { return rangeEnd }
            return min(discharge.date.daysSinceEpoch, rangeEnd)
        }()
        return max(0, endExclusive - start.daysSinceEpoch)
    }

    /// Whether the patient is in the structure at any time on a day of `range` ("in carico").
    public func isInCare(during range: ClosedRange<LocalDate>) -> Bool {
        guard admission.date <= range.upperBound else { return false }
        guard let discharge else { return true }
        return discharge.date >= range.lowerBound
    }

    /// Urgent or programmed (L279-L283, L924). The TSO flag is separate: an urgent admission
    /// may be compulsory where the type allows it.
    public enum Urgency: String, Sendable, Hashable, CaseIterable {
        /// Urgent (voluntary unless ``Stay/tso``).
        case urgent
        /// Programmed (elective).
        case programmed
    }
}

/// An extension (*proroga*) of a residence stay beyond its ordinary maximum (L929-L940).
///
/// The justification form (*scheda giustificativa*, L935-L940) has two items: a short reason,
/// including persisting clinical acuity and the onset of complications, and the admitting
/// ward's evaluation of the first 60 days. An RTP extension also needs the therapeutic
/// project reformulated (L930-L931).
///
/// ```swift
/// let item = Extension(decidedOn: try LocalDate(iso8601: "2025-02-05"),
///                      reason: "Persistenza dell'acuzie", persistentAcuity: true)
/// item.hasReason  // true
/// ```
public struct Extension: Sendable, Hashable {
    public var decidedOn: LocalDate
    /// The short reason for the request (*motivazione sintetica*); `nil` when none is written.
    public var reason: String?
    /// The reason states that the clinical acuity persists.
    public var persistentAcuity: Bool
    /// The reason states that clinical complications arose.
    public var clinicalComplications: Bool
    /// The admitting ward's evaluation of the first 60 days is attached (L939-L940).
    public var firstSixtyDaysEvaluation: Bool
    /// When the therapeutic project was reformulated for the extension (RTP, L930-L931).
    public var projectReformulatedOn: LocalDate?

    public init(
        decidedOn: LocalDate, reason: String? = nil, persistentAcuity: Bool = false,
        clinicalComplications: Bool = false, firstSixtyDaysEvaluation: Bool = false,
        projectReformulatedOn: LocalDate? = nil
    ) {
        self.decidedOn = decidedOn
        self.reason = reason
        self.persistentAcuity = persistentAcuity
        self.clinicalComplications = clinicalComplications
        self.firstSixtyDaysEvaluation = firstSixtyDaysEvaluation
        self.projectReformulatedOn = projectReformulatedOn
    }

    /// A reason is written (non-blank).
    public var hasReason: Bool { reason.map { !$0.allSatisfy(\.isWhitespace) } ?? false }
}

/// The written personalised project of a stay (*progetto personalizzato*): its elements
/// (L416-L420: admission date, objectives, expected duration, the DSM-DP doctor who agreed
/// it, the doctor who agreed the discharge; the residences' list L1061-L1064), who defined it
/// and how it was followed.
///
/// ```swift
/// let project = PersonalisedProject(writtenOn: try LocalDate(iso8601: "2025-01-09"),
///                                   teamDefined: true, objectives: true, expectedDurationDays: 30)
/// ```
public struct PersonalisedProject: Sendable, Hashable {
    public var writtenOn: LocalDate
    /// Defined by the team (*in équipe*, RES-IND-2, L1185-L1215).
    public var teamDefined: Bool
    /// The objectives of the stay are written.
    public var objectives: Bool
    /// The expected duration written in the project.
    public var expectedDurationDays: Int?
    /// The DSM-DP doctor the project was agreed with is named (L418).
    public var agreedWithDSMDPDoctor: Bool
    /// The doctor the discharge was agreed with is named (L419-L420).
    public var dischargeAgreedWithDoctor: Bool
    /// The team's reviews of the project (RES-IND-4, L1248-L1259).
    public var reviews: [LocalDate]
    /// Whether the objectives were reached, at the last review or at discharge (L955;
    /// RES-IND-4, PG-IND-2); `nil` while not evaluated.
    public var objectivesReached: Bool?
    /// The project was checked with a validated evaluation scale (DCA-IND-5, L2397-L2432).
    public var checkedWithValidatedScale: Bool

    public init(
        writtenOn: LocalDate, teamDefined: Bool = false, objectives: Bool = false,
        expectedDurationDays: Int? = nil, agreedWithDSMDPDoctor: Bool = false,
        dischargeAgreedWithDoctor: Bool = false, reviews: [LocalDate] = [], objectivesReached: Bool? = nil,
        checkedWithValidatedScale: Bool = false
    ) {
        self.writtenOn = writtenOn
        self.teamDefined = teamDefined
        self.objectives = objectives
        self.expectedDurationDays = expectedDurationDays
        self.agreedWithDSMDPDoctor = agreedWithDSMDPDoctor
        self.dischargeAgreedWithDoctor = dischargeAgreedWithDoctor
        self.reviews = reviews
        self.objectivesReached = objectivesReached
        self.checkedWithValidatedScale = checkedWithValidatedScale
    }

    /// Whether the team reviewed the project at least once in `year` (RES-IND-4).
    public func isReviewed(in year: Int) -> Bool { reviews.contains { $0.year == year } }
}

/// The diagnosis of a stay, as the clinical record gives it.
///
/// ```swift
/// Diagnosis(code: "F32.2", system: .icd10, criteriaComplete: true)
/// ```
public struct Diagnosis: Sendable, Hashable {
    /// The code in ``system`` (free text: the seed prescribes no coding).
    public var code: String?
    public var system: DiagnosticSystem?
    /// The record is complete with the recognised criteria (SPOI-IND-1, GP-IND-1, L440-L441).
    public var criteriaComplete: Bool

    public init(code: String? = nil, system: DiagnosticSystem? = nil, criteriaComplete: Bool) {
        self.code = code
        self.system = system
        self.criteriaComplete = criteriaComplete
    }

    /// The recognised diagnostic criteria (*I.C.D.-D.S.M.*, L440).
    public enum DiagnosticSystem: String, Sendable, Hashable, CaseIterable {
        case icd9cm = "icd-9-cm"
        case icd10 = "icd-10"
        case icd11 = "icd-11"
        case dsm4 = "dsm-iv"
        case dsm5 = "dsm-5"
    }
}

/// Scores of one evaluation scale at admission and at discharge, recorded so that a higher
/// score means a better state (PG-IND-3 decision, A-31).
///
/// ```swift
/// ScaleScores(scale: "Barthel", admission: 40, discharge: 65).improved  // true
/// ```
public struct ScaleScores: Sendable, Hashable {
    /// The scale's name (the seed names none, L1720-L1724).
    public var scale: String
    public var admission: Int?
    public var discharge: Int?

    public init(scale: String, admission: Int? = nil, discharge: Int? = nil) {
        self.scale = scale
        self.admission = admission
        self.discharge = discharge
    }

    /// `true` when both scores exist and discharge is higher; `nil` without both.
    public var improved: Bool? {
        guard let admission, let discharge else { return nil }
        return discharge > admission
    }
}

/// What the DCA indicators need of a stay (L2254-L2432).
///
/// ```swift
/// EatingDisorderData(disorder: .anorexiaNervosa, bmiAtAdmission: BodyMassIndex(tenths: 152),
///                    bmiAtDischarge: BodyMassIndex(tenths: 186)).reachedHealthyBMI  // true
/// ```
public struct EatingDisorderData: Sendable, Hashable {
    public var disorder: EatingDisorder
    public var bmiAtAdmission: BodyMassIndex?
    public var bmiAtDischarge: BodyMassIndex?
    /// For bulimia: the record states at discharge that the compensatory behaviours resolved
    /// (DCA-IND-3, A-32); `nil` when not assessed.
    public var compensatoryBehavioursResolved: Bool?
    /// The standardised diagnostic evaluation of the stay, if one was made (DCA-IND-1,
    /// L2254-L2292): `true` when it used psychometric tests.
    public var diagnosticEvaluationWithPsychometricTests: Bool?
    /// The items of the clinical-care plan that are present (DCA-IND-4, L2135-L2140,
    /// L2372-L2375); `nil` when there is no plan.
    public var carePlanItems: Set<CarePlanItem>?

    public init(
        disorder: EatingDisorder, bmiAtAdmission: BodyMassIndex? = nil, bmiAtDischarge: BodyMassIndex? = nil,
        compensatoryBehavioursResolved: Bool? = nil, diagnosticEvaluationWithPsychometricTests: Bool? = nil,
        carePlanItems: Set<CarePlanItem>? = nil
    ) {
        self.disorder = disorder
        self.bmiAtAdmission = bmiAtAdmission
        self.bmiAtDischarge = bmiAtDischarge
        self.compensatoryBehavioursResolved = compensatoryBehavioursResolved
        self.diagnosticEvaluationWithPsychometricTests = diagnosticEvaluationWithPsychometricTests
        self.carePlanItems = carePlanItems
    }

    /// BMI of at least 18.5 at discharge (DCA-IND-2, A-32); `nil` without a discharge BMI.
    public var reachedHealthyBMI: Bool? {
        bmiAtDischarge.map { $0 >= BodyMassIndex.normalLowerBound }
    }

    /// Whether the plan has all five items (DCA-IND-4).
    public var carePlanComplete: Bool {
        carePlanItems.map { $0.count == CarePlanItem.allCases.count } ?? false
    }

    /// The diagnoses the DCA indicators name: anorexia (AN) and bulimia (BN) nervosa
    /// (L2294-L2344); the others are counted in no disorder-specific indicator.
    public enum EatingDisorder: String, Sendable, Hashable, CaseIterable {
        case anorexiaNervosa = "anorexia-nervosa"
        case bulimiaNervosa = "bulimia-nervosa"
        case bingeEating = "binge-eating"
        case other
    }

    /// The five items of the DCA clinical-care plan (L2135-L2140).
    public enum CarePlanItem: String, Sendable, Hashable, CaseIterable, Comparable {
        /// Periodic clinical check.
        case clinicalCheck = "clinical-check"
        /// Scheduled talks with the reference professionals.
        case scheduledTalks = "scheduled-talks"
        /// Participation in therapeutic-rehabilitative activity.
        case rehabilitativeActivity = "rehabilitative-activity"
        /// Contacts with the person's DSM-DP.
        case dsmDPContacts = "dsm-dp-contacts"
        /// Drug therapy.
        case drugTherapy = "drug-therapy"

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}

/// A body-mass index to one decimal, kept exact in tenths (18.5 is 185).
///
/// ```swift
/// BodyMassIndex(tenths: 185) == .normalLowerBound  // true
/// BodyMassIndex(tenths: 185).description          // "18.5"
/// ```
public struct BodyMassIndex: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let tenths: Int

    /// The lower bound of the normal range, 18.5 (the seed's "BMI di 18.5", L2305-L2307).
    public static let normalLowerBound = BodyMassIndex(tenths: 185)

    public init(tenths: Int) { self.tenths = tenths }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.tenths < rhs.tenths }

    /// `18.5`, `21.0`.
    public var description: String { String(tenths / 10) + "." + String(tenths % 10) }
}

/// How a stay ended.
///
/// ```swift
/// Discharge(date: try LocalDate(iso8601: "2025-02-01"), kind: .agreed, agreedDischargeReport: true)
/// ```
public struct Discharge: Sendable, Hashable {
    public var date: LocalDate
    public var kind: Kind
    /// A written discharge report referring to the agreements with the receiving structure or
    /// service (RES-IND-7, L1479-L1511; PG-PRO-12, L1725-L1726).
    public var agreedDischargeReport: Bool

    public init(date: LocalDate, kind: Kind, agreedDischargeReport: Bool = false) {
        self.date = date
        self.kind = kind
        self.agreedDischargeReport = agreedDischargeReport
    }

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Agreed discharge home or to the territorial services (assisted discharge, L343).
        case agreed
        /// To a protected (residential) structure (PG-IND-4, L1902-L1910).
        case protectedStructure = "protected-structure"
        /// Planned transfer to another psychiatric structure or hospital ward.
        case plannedTransfer = "planned-transfer"
        /// Unplanned transfer to an acute ward (PG-IND-1, L1821-L1832).
        case unplannedAcuteTransfer = "unplanned-acute-transfer"
        /// Transfer to a general-hospital ward when medical or surgical illness prevails (L363-L365).
        case medicalWardTransfer = "medical-ward-transfer"
        /// The patient died (PG-IND-5, L1933-L1939).
        case death
        /// The patient left against medical advice (*dimissione volontaria*).
        case selfDischarge = "self-discharge"
        case other
    }
}
