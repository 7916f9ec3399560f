/// How a patient reaches a hospital psychiatric structure (DGR 2000/2009).
public enum AccessChannel: String, Sendable, Hashable, CaseIterable {
    /// Direct referral by the Department of Mental Health and Pathological Addictions.
    case dsmDP = "dsm-dp"
    /// Public prescription by the general practitioner (*medico di base*).
    case generalPractitioner = "general-practitioner"
    /// Public prescription by a specialist.
    case specialist
    /// Referral from the emergency department (*Pronto Soccorso*).
    case emergencyDepartment = "emergency-department"
    /// Referral from a psychiatric diagnosis and care service (SPDC).
    case spdc
    /// The patient presents without any referral (*accesso diretto*).
    case direct
}

/// The kind of an admission.
public enum AdmissionKind: String, Sendable, Hashable, CaseIterable {
    /// Urgent, voluntary admission.
    case voluntaryUrgent = "voluntary-urgent"
    /// Programmed (elective) admission.
    case programmed
    /// Compulsory treatment (*Trattamento Sanitario Obbligatorio*, TSO).
    case compulsoryTSO = "compulsory-tso"
}
