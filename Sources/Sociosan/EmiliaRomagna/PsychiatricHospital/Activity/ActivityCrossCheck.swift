/// The rules of an activity file that need more than one line: stay ids are unique, a
/// patient's stays do not overlap, an event that names its stay happened in it (same
/// patient, same structure, between admission and discharge), and a structure keeps one type.
///
/// Lines are fed in file order. An event whose stay is already known is judged at once; one
/// whose stay comes later waits, and ``finish()`` judges it (or reports that the stay is not
/// in the file). Memory holds one small entry per stay (id, patient, structure, dates) and
/// one per waiting event, never a whole record: a file that puts each stay before its events
/// keeps almost nothing waiting.
///
/// ```swift
/// var check = ActivityCrossCheck()
/// switch check.add(record, at: ActivityCrossCheck.LineReference(index: 0, line: 1)) {
/// case .checked(let findings): print(findings)
/// case .pending: break   // judged by finish()
/// }
/// for (line, findings) in check.finish() { print(line.line, findings) }
/// ```
public struct ActivityCrossCheck: Sendable {
    /// Where a record is: its position among the file's records and its line.
    public struct LineReference: Sendable, Hashable {
        public let index: Int
        public let line: Int

        public init(index: Int, line: Int) {
            self.index = index
            self.line = line
        }
    }

    /// What ``add(_:at:)`` knows about a line.
    public enum Outcome: Sendable, Hashable {
        /// Judged now (no finding when empty).
        case checked([Diagnostic])
        /// An event whose stay has not been seen yet: ``finish()`` returns its findings.
        case pending
    }

    struct StayEntry: Sendable {
        let patient: PatientID
        let structure: StructureID
        let structureType: ERPsychiatricStructureType
        let admission: LocalDate
        let discharge: LocalDate?
        let line: Int
    }

    struct WaitingEvent: Sendable {
        let reference: LineReference
        let patient: PatientID
        let structure: StructureID
        let structureType: ERPsychiatricStructureType
        let date: LocalDate
        /// Findings already known when the event started waiting (its structure's type).
        var earlier: [Diagnostic] = []
    }

    private var stays: [ActivityID: StayEntry] = [:]
    /// The type each structure was first given, and on which line.
    private var structureTypes: [StructureID: (type: ERPsychiatricStructureType, line: Int)] = [:]
    /// Each patient's stays, for the overlap check.
    private var staysOfPatient: [PatientID: [ActivityID]] = [:]
    private var waiting: [ActivityID: [WaitingEvent]] = [:]
    private var judgedLater: [(LineReference, [Diagnostic])] = []

    public init() {}

    public static let uniqueStayIDs = ActivityRules.descriptor(
        "ids.unique", lines: 416...420,
        title: LocalizedText(it: "Ogni ricovero ha un identificativo distinto nel file",
                             en: "Every stay has its own id in the file"),
        message: LocalizedText(it: "l'identificativo \"{0}\" è già usato dal ricovero alla riga {1}",
                               en: "the id \"{0}\" is already used by the stay on line {1}"),
        decision: "The personalised project is kept \"relativamente ad ogni ricovero\" (L416): each stay is one record, so two lines with the same stay id are one stay written twice or two stays confused.")

    public static let eventInsideStay = ActivityRules.descriptor(
        "event.stay", lines: 422...426,
        title: LocalizedText(
            it: "Un evento che indica il proprio ricovero vi appartiene: stesso paziente, stessa struttura, tra ricovero e dimissione",
            en: "An event that names its stay belongs to it: same patient, same structure, between admission and discharge"),
        message: LocalizedText(it: "il ricovero \"{0}\" dell'evento: {1}", en: "the event's stay \"{0}\": {1}"),
        decision: "The events are recorded in the documentation of the stay (L422-L426); an event whose stay is given must fall in it. An event that names no stay is not checked against the stays. An event whose type differs from its stay's in the same structure is a finding of structure-type.consistent."
    )

    public static let staysDoNotOverlap = ActivityRules.descriptor(
        "stays.overlap", lines: 416...420,
        title: LocalizedText(
            it: "I ricoveri di uno stesso paziente non si sovrappongono",
            en: "A patient's stays do not overlap"),
        message: LocalizedText(it: "il ricovero si sovrappone al ricovero \"{0}\" della riga {1} ({2})",
                               en: "the stay overlaps the stay \"{0}\" on line {1} ({2})"),
        decision: "Each stay has its admission and discharge dates (L416-L420); a patient is in one structure at a time, so a stay admitted before another of the same patient is discharged means a missing discharge or a stay written twice. A transfer on the day of discharge (admission on the discharge date) does not overlap; an open stay overlaps every later one.")

    public static let consistentStructureType = ActivityRules.descriptor(
        "structure-type.consistent", lines: 116...2991,
        title: LocalizedText(
            it: "Una struttura ha lo stesso tipo in tutte le righe del file",
            en: "A structure has the same type on every line of the file"),
        message: LocalizedText(it: "la struttura \"{0}\" è di tipo {1} alla riga {2}, qui {3}",
                               en: "structure \"{0}\" is of type {1} on line {2}, here {3}"),
        decision: "Each structure belongs to one of the seven types of seed 002, whose rules and indicator table follow from it; a structure given two types on different lines has one of them wrong. The first line's type is taken as the structure's.")

    public static let descriptors = [uniqueStayIDs, staysDoNotOverlap, eventInsideStay, consistentStructureType]

    /// The finding for a record whose structure had another type on an earlier line.
    private mutating func checkStructureType(_ record: ActivityRecord, line: Int) -> [Diagnostic] {
        guard let first = structureTypes[record.structure] else {
            structureTypes[record.structure] = (record.structureType, line)
            return []
        }
        guard first.type != record.structureType else { return [] }
        return [Diagnostic(rule: Self.consistentStructureType, path: "/structureType", arguments: [
            .text(record.structure.rawValue), .text(first.type.rawValue), .integer(first.line), .text(record.structureType.rawValue),
        ])]
    }

    /// Feeds one decoded record of the file.
    public mutating func add(_ record: ActivityRecord, at reference: LineReference) -> Outcome {
        let typeFindings = checkStructureType(record, line: reference.line)
        switch record {
        case .stay(let stay):
            var findings = typeFindings
            if let first = stays[stay.id] {
                findings.append(Diagnostic(rule: Self.uniqueStayIDs, path: "/id", arguments: [.text(stay.id.rawValue), .integer(first.line)]))
            } else {
                let entry = StayEntry(patient: stay.patient, structure: stay.structure, structureType: stay.structureType,
                                      admission: stay.admission.date,
                                      discharge: stay.discharge?.date, line: reference.line)
                for otherID in staysOfPatient[stay.patient] ?? [] {
                    guard let other = stays[otherID], Self.overlap(entry, other) else { continue }
                    let span = LocalizedText(
                        it: "\(other.admission.italianText) - \(other.discharge?.italianText ?? "in corso")",
                        en: "\(other.admission) - \(other.discharge?.description ?? "open")")
                    findings.append(Diagnostic(rule: Self.staysDoNotOverlap, path: "/admission", arguments: [
                        .text(otherID.rawValue), .integer(other.line), .localized(span),
                    ]))
                }
                stays[stay.id] = entry
                staysOfPatient[stay.patient, default: []].append(stay.id)
                if let events = waiting.removeValue(forKey: stay.id) {
                    for event in events {
                        judgedLater.append((event.reference, Self.judge(event, stayID: stay.id, against: entry)))
                    }
                }
            }
            return .checked(findings)
        case .event(let event):
            guard let stayID = event.stay else { return .checked(typeFindings) }
            let waitingEvent = WaitingEvent(reference: reference, patient: event.patient, structure: event.structure,
                                            structureType: event.structureType, date: event.date, earlier: typeFindings)
            if let entry = stays[stayID] {
                return .checked(Self.judge(waitingEvent, stayID: stayID, against: entry))
            }
            waiting[stayID, default: []].append(waitingEvent)
            return .pending
        }
    }

    /// The findings of every line that ``add(_:at:)`` left pending, in file order; the events
    /// whose stay never came are reported as such.
    public mutating func finish() -> [(LineReference, [Diagnostic])] {
        var results = judgedLater
        for (stayID, events) in waiting {
            for event in events {
                let missing = Diagnostic(rule: Self.eventInsideStay, path: "/stay", arguments: [
                    .text(stayID.rawValue),
                    .localized(LocalizedText(it: "non è nel file", en: "is not in the file")),
                ])
                results.append((event.reference, event.earlier + [missing]))
            }
        }
        waiting = [:]
        judgedLater = []
        results.sort { $0.0.index < $1.0.index }
        return results
    }

    /// Whether two stays share a night: [admission, discharge) intervals meet, an open stay
    /// running on for ever.
    static func overlap(_ a: StayEntry, _ b: StayEntry) -> Bool {
        let aEnd = a.discharge ?? LocalDate(year: 9999, month: 12, day: 31)!
        let bEnd = b.discharge ?? LocalDate(year: 9999, month: 12, day: 31)!
        return a.admission < bEnd && b.admission < aEnd
    }

    static func judge(_ event: WaitingEvent, stayID: ActivityID, against stay: StayEntry) -> [Diagnostic] {
        var findings = event.earlier
        func finding(_ path: JSONPointer, _ it: String, _ en: String) {
            findings.append(Diagnostic(rule: eventInsideStay, path: path, arguments: [
                .text(stayID.rawValue), .localized(LocalizedText(it: it, en: en)),
            ]))
        }
        if event.patient != stay.patient {
            finding("/patient", "è del paziente \(stay.patient), non di \(event.patient)",
                    "belongs to patient \(stay.patient), not \(event.patient)")
        }
        if event.structure != stay.structure {
            finding("/structure", "è nella struttura \(stay.structure), non in \(event.structure)",
                    "is in structure \(stay.structure), not \(event.structure)")
        }
        let outside = event.date < stay.admission || (stay.discharge.map { event.date > $0 } ?? false)
        if outside {
            let end = stay.discharge
            finding("/date",
                    "va dal \(stay.admission.italianText) \(end.map { "al \($0.italianText)" } ?? "in poi"), l'evento è del \(event.date.italianText)",
                    "runs from \(stay.admission) \(end.map { "to \($0)" } ?? "onwards"), the event is on \(event.date)")
        }
        return findings
    }
}
