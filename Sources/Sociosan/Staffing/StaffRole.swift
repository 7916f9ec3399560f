/// The shared vocabulary of staff roles across regions. Raw values are stable kebab-case
/// English ids used in JSON; the Italian label is data.
///
/// ```swift
/// StaffRole(rawValue: "oss")?.italianLabel  // "Operatore socio-sanitario (OSS)"
/// ```
public enum StaffRole: String, Sendable, Hashable, CaseIterable {
    case psychiatrist
    /// A physician of another specialty working in the unit's establishment.
    case physician
    /// The hospital's on-duty doctor (*Guardia Medica*).
    case guardPhysician = "guard-physician"
    case neurologist
    case geriatrician
    case physiatrist
    case nurse
    /// Operatore socio-sanitario.
    case oss
    /// Operatore tecnico addetto all'assistenza (transitional qualification).
    case ota
    /// Addetto all'assistenza di base (transitional qualification).
    case adb
    case psychologist
    case psychotherapist
    case socialWorker = "social-worker"
    case educator
    case psychiatricRehabTechnician = "psychiatric-rehab-technician"
    case rehabilitationTherapist = "rehabilitation-therapist"
    case occupationalTherapist = "occupational-therapist"
    case physiotherapist
    case dietitian
    case qualifiedOperator = "qualified-operator"
    case genericOperator = "generic-operator"
    case coordinator
    case administrative
    case cook
    case auxiliary

    public var label: LocalizedText {
        switch self {
        case .psychiatrist: return LocalizedText(it: "Medico psichiatra", en: "Psychiatrist")
        case .physician: return LocalizedText(it: "Medico", en: "Physician")
        case .guardPhysician: return LocalizedText(it: "Medico di guardia (Guardia Medica)", en: "On-duty physician (Guardia Medica)")
        case .neurologist: return LocalizedText(it: "Medico neurologo", en: "Neurologist")
        case .geriatrician: return LocalizedText(it: "Medico geriatra", en: "Geriatrician")
        case .physiatrist: return LocalizedText(it: "Medico fisiatra", en: "Physiatrist")
        case .nurse: return LocalizedText(it: "Infermiere", en: "Nurse")
        case .oss: return LocalizedText(it: "Operatore socio-sanitario (OSS)", en: "Social-health operator (OSS)")
        case .ota: return LocalizedText(it: "Operatore tecnico addetto all'assistenza (OTA)", en: "Technical care operator (OTA)")
        case .adb: return LocalizedText(it: "Addetto all'assistenza di base (ADB)", en: "Basic care assistant (ADB)")
        case .psychologist: return LocalizedText(it: "Psicologo", en: "Psychologist")
        case .psychotherapist: return LocalizedText(it: "Psicoterapeuta", en: "Psychotherapist")
        case .socialWorker: return LocalizedText(it: "Assistente sociale", en: "Social worker")
        case .educator: return LocalizedText(it: "Educatore professionale", en: "Educator")
        case .psychiatricRehabTechnician: return LocalizedText(it: "Tecnico della riabilitazione psichiatrica", en: "Psychiatric rehabilitation technician")
        case .rehabilitationTherapist: return LocalizedText(it: "Terapista della riabilitazione", en: "Rehabilitation therapist")
        case .occupationalTherapist: return LocalizedText(it: "Terapista occupazionale", en: "Occupational therapist")
        case .physiotherapist: return LocalizedText(it: "Fisioterapista", en: "Physiotherapist")
        case .dietitian: return LocalizedText(it: "Dietista", en: "Dietitian")
        case .qualifiedOperator: return LocalizedText(it: "Operatore qualificato", en: "Qualified operator")
        case .genericOperator: return LocalizedText(it: "Operatore generico", en: "Generic operator")
        case .coordinator: return LocalizedText(it: "Coordinatore", en: "Coordinator")
        case .administrative: return LocalizedText(it: "Amministrativo", en: "Administrative")
        case .cook: return LocalizedText(it: "Cuoco", en: "Cook")
        case .auxiliary: return LocalizedText(it: "Ausiliario", en: "Auxiliary")
        }
    }

    /// Support workers: OSS, or OTA and ADB while OSS-qualified staff are not available
    /// (002 L251-L252, L867-L868, L2466-L2467).
    public static let supportWorkers: Set<StaffRole> = [.oss, .ota, .adb]
}

/// How a role's presence is organised.
public enum Coverage: String, Sendable, Hashable, CaseIterable {
    /// On site around the clock (*presenza sulle 24 ore*).
    case roundTheClock = "24h"
    /// Reachable around the clock through the hospital's on-call service (*pronta disponibilità*).
    case onCall = "on-call"
    /// On site during the day only.
    case daytime
    /// Present on a planned schedule (*presenza programmata*).
    case programmed
}

// Rosters and staffing standards keep roles and coverages in sets that every staffing rule
// reads: the `RawRepresentable` defaults would hash (and compare) the raw string each time,
// which cost more than the staffing check itself. The case's one-byte tag is its identity.
extension StaffRole {
    /// The case's position in declaration order, read from its one-byte tag.
    var ordinal: UInt8 { withUnsafeBytes(of: self) { $0[0] } }

    public static func == (lhs: StaffRole, rhs: StaffRole) -> Bool { lhs.ordinal == rhs.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}

extension Coverage {
    /// The case's position in declaration order, read from its one-byte tag.
    var ordinal: UInt8 { withUnsafeBytes(of: self) { $0[0] } }

    public static func == (lhs: Coverage, rhs: Coverage) -> Bool { lhs.ordinal == rhs.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }
}
