/// One line of an activity file (kind `er.psychiatry.activity`, JSON Lines): a stay or an
/// event in an Emilia-Romagna hospital psychiatric structure (seed 002, DGR 2000/2009).
///
/// Activity data are what the indicator tables of the seed are computed from (§2.6, §3.6,
/// §4.6, §5.6, §6.6) and what the time-boxed rules of the residences are checked on
/// (L923-L960). Patients are pseudonymous: the file never holds a name.
///
/// ```swift
/// switch record {
/// case .stay(let stay): print(stay.id, stay.lengthOfStay.map(String.init) ?? "open")
/// case .event(let event): print(event.kind, event.date)
/// }
/// ```
public enum ActivityRecord: Sendable, Hashable {
    case stay(Stay)
    case event(Event)

    /// The record's own id (unique in a file).
    public var id: ActivityID {
        switch self {
        case .stay(let stay): return stay.id
        case .event(let event): return event.id
        }
    }

    /// The pseudonymous patient the record is about.
    public var patient: PatientID {
        switch self {
        case .stay(let stay): return stay.patient
        case .event(let event): return event.patient
        }
    }

    /// The structure the record belongs to.
    public var structure: StructureID {
        switch self {
        case .stay(let stay): return stay.structure
        case .event(let event): return event.structure
        }
    }

    /// The type of the structure the record belongs to.
    public var structureType: ERPsychiatricStructureType {
        switch self {
        case .stay(let stay): return stay.structureType
        case .event(let event): return event.structureType
        }
    }

    public var stay: Stay? {
        if case .stay(let stay) = self { return stay }
        return nil
    }

    public var event: Event? {
        if case .event(let event) = self { return event }
        return nil
    }
}

/// The id of a stay or an event in an activity file: the syntax of ``StructureID``
/// (`a-z`, `0-9`, `.`, `_`, `-`, at most 64 characters).
public typealias ActivityID = StructureID

/// A pseudonymous patient code (the syntax of ``StructureID``). The activity file holds no
/// name: the restraint record's "nome e cognome del paziente" (L424-L426) stays in the
/// clinical record, and the file says only whether it is written there.
public typealias PatientID = StructureID

extension DossierKind {
    /// The same kind as ``psychiatryActivity``, under the name the activity layer uses.
    public static let activity: DossierKind = psychiatryActivity
}
