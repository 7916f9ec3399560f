/// A relevant event during a stay: the events the seed asks structures to monitor
/// (L442-L446; the event tables L641-L657, L1334-L1350, L2790-L2806; suicides L539-L591) and
/// restraint interventions, which the record must write down (L424-L426).
///
/// ```swift
/// let event = Event(
///     id: try ActivityID("ev-2025-0003"), patient: try PatientID("p-00017"),
///     structure: try StructureID("spoi-bo-maggiore"), structureType: .spoi, date: try LocalDate(iso8601: "2025-02-11"),
///     time: LocalTime(hour: 23, minute: 40), kind: .leftWithoutPermission)
/// event.kind.countsAsRelevantEvent  // true (SPOI-IND-3)
/// ```
public struct Event: Sendable, Hashable {
    public var id: ActivityID
    public var patient: PatientID
    public var structure: StructureID
    /// The type of the structure (which rules and which indicator table apply: the restraint
    /// record binds SPOI, DCA and general psychiatry, A-20).
    public var structureType: ERPsychiatricStructureType
    /// The stay the event happened in, when the file says so; otherwise the stay of the same
    /// patient and structure whose dates contain the event.
    public var stay: ActivityID?
    public var date: LocalDate
    /// The wall-clock time, when known (required for restraint, L424).
    public var time: LocalTime?
    public var kind: Kind
    /// For ``Kind/restraint`` only: what the record writes (L424-L426).
    public var restraint: RestraintRecord?

    public init(
        id: ActivityID, patient: PatientID, structure: StructureID, structureType: ERPsychiatricStructureType,
        stay: ActivityID? = nil,
        date: LocalDate, time: LocalTime? = nil, kind: Kind, restraint: RestraintRecord? = nil
    ) {
        self.id = id
        self.patient = patient
        self.structure = structure
        self.structureType = structureType
        self.stay = stay
        self.date = date
        self.time = time
        self.kind = kind
        self.restraint = restraint
    }

    /// What happened.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Suicide (SPOI-IND-2, GP-IND-2).
        case suicide
        /// Suicide attempt (the breakdown of SPOI-IND-2 and GP-IND-2).
        case suicideAttempt = "suicide-attempt"
        /// The patient left without permission (*allontanamento*).
        case leftWithoutPermission = "left-without-permission"
        /// Neuroleptic overdose or impregnation syndrome (the table's "sovradosaggio" and the
        /// narrative's "impregnazione", L445, read as one category: A-24).
        case neurolepticOverdose = "neuroleptic-overdose"
        /// Neuroleptic malignant syndrome.
        case neurolepticMalignantSyndrome = "neuroleptic-malignant-syndrome"
        /// *Patologie ab ingestis* (aspiration).
        case abIngestis = "ab-ingestis"
        /// Injury from a conflict between patients.
        case injuryPatientPatient = "injury-patient-patient"
        /// Injury from a conflict between a patient and staff.
        case injuryPatientStaff = "injury-patient-staff"
        /// A restraint intervention (*contenzione*, L424-L426).
        case restraint

        /// Whether the relevant-events indicators (SPOI-IND-3, RES-IND-5, GP-IND-3) count the
        /// kind: the six categories of their tables; suicides and attempts have their own
        /// indicator and restraint is documentation, not a monitored event.
        public var countsAsRelevantEvent: Bool {
            switch self {
            case .leftWithoutPermission, .neurolepticOverdose, .neurolepticMalignantSyndrome, .abIngestis,
                 .injuryPatientPatient, .injuryPatientStaff:
                return true
            case .suicide, .suicideAttempt, .restraint:
                return false
            }
        }
    }
}

/// The written record of a restraint intervention: "data, ora, nome e cognome del paziente,
/// diagnosi, motivi dell'intervento, tipo di intervento restrittivo attuato, firma del medico"
/// (L424-L426). Date and time are the event's; the patient's name stays in the clinical
/// record, and the activity file says only whether it is written there.
///
/// ```swift
/// let record = RestraintRecord(patientNamed: true, diagnosis: "F20.0", reasons: "Agitazione",
///                              intervention: .mechanical, doctorSigned: true)
/// record.missingItems  // []
/// ```
public struct RestraintRecord: Sendable, Hashable {
    /// The patient's first and last name are written in the record.
    public var patientNamed: Bool
    public var diagnosis: String?
    /// The reasons for the intervention.
    public var reasons: String?
    /// The type of restrictive intervention carried out.
    public var intervention: Intervention?
    /// The doctor signed the record.
    public var doctorSigned: Bool
    /// How long the restraint lasted, when recorded (not required by the seed).
    public var durationMinutes: Int?

    public init(
        patientNamed: Bool = false, diagnosis: String? = nil, reasons: String? = nil,
        intervention: Intervention? = nil, doctorSigned: Bool = false, durationMinutes: Int? = nil
    ) {
        self.patientNamed = patientNamed
        self.diagnosis = diagnosis
        self.reasons = reasons
        self.intervention = intervention
        self.doctorSigned = doctorSigned
        self.durationMinutes = durationMinutes
    }

    /// The items of L424-L426 a record lacks, other than the event's date and time.
    public var missingItems: [Item] {
        var missing: [Item] = []
        if !patientNamed { missing.append(.patientName) }
        if RestraintRecord.isBlank(diagnosis) { missing.append(.diagnosis) }
        if RestraintRecord.isBlank(reasons) { missing.append(.reasons) }
        if intervention == nil { missing.append(.intervention) }
        if !doctorSigned { missing.append(.doctorSignature) }
        return missing
    }

    static func isBlank(_ text: String?) -> Bool { text.map { $0.allSatisfy(\.isWhitespace) } ?? true }

    /// The type of restrictive intervention.
    public enum Intervention: String, Sendable, Hashable, CaseIterable {
        case mechanical
        case pharmacological
        case physical
        case environmental
        case other
    }

    /// The items of the record (L424-L426), named as the JSON fields that carry them.
    public enum Item: String, Sendable, Hashable, CaseIterable {
        case date
        case time
        case patientName = "patientNamed"
        case diagnosis
        case reasons
        case intervention
        case doctorSignature = "doctorSigned"
    }
}
