/// Which structures for minors are overdue for a control visit, for an interval the user gives.
///
/// Seed 004 §7.10 (L3402-L3409) asks for ordinary and extraordinary controls and sets **no
/// interval**: the interval is the caller's parameter, never a default of this SDK, and every
/// answer carries ``SicilyControlSchedule/seedSetsNoInterval`` so that a report can say so.
///
/// A structure is overdue when more than `intervalDays` days have passed from its latest visit
/// (ordinary or extraordinary) to `date`; a structure known from its own dossier and never
/// visited is overdue. Visits dated after `date` are not counted.
///
/// ```swift
/// let entries = SicilyControlSchedule.entries(visits: visits, intervalDays: 365,
///                                             on: LocalDate(year: 2026, month: 6, day: 30)!)
/// entries.filter(\.isOverdue).map(\.structureID)
/// ```
public enum SicilyControlSchedule {
    /// What every report of the schedule says.
    public static let seedSetsNoInterval = LocalizedText(
        it: "Il D.A. 17/2014 (§7.10, L3402-L3409) non fissa una periodicità dei controlli: l'intervallo è quello indicato dall'utente.",
        en: "D.A. 17/2014 (§7.10, L3402-L3409) sets no interval between controls: the interval is the one the user gave.")

    /// A structure known from its own dossier, visited or not.
    public struct KnownStructure: Sendable, Hashable {
        public var id: StructureID
        public var kind: String
        public init(id: StructureID, kind: String) {
            self.id = id
            self.kind = kind
        }
    }

    /// One structure and where it stands.
    public struct Entry: Sendable, Hashable {
        public var structureID: StructureID
        public var structureKind: String
        /// The latest visit on or before the reference date, if any.
        public var lastVisit: LocalDate?
        public var lastVisitID: StructureID?
        /// Days from the latest visit to the reference date.
        public var daysSinceLastVisit: Int?
        public var isOverdue: Bool
    }

    /// Every structure of `visits` and `structures`, ordered by id, with its latest visit and
    /// whether it is overdue at `date` for `intervalDays` (at least 1).
    public static func entries(
        visits: [SicilyControlVisit], structures: [KnownStructure] = [], intervalDays: Int, on date: LocalDate
    ) -> [Entry] {
        precondition(intervalDays >= 1, "the interval is at least one day")
        var latest: [StructureID: SicilyControlVisit] = [:]
        var kinds: [StructureID: String] = [:]
        for structure in structures { kinds[structure.id] = structure.kind }
        for visit in visits {
            if kinds[visit.structure.id] == nil { kinds[visit.structure.id] = visit.structure.kind }
            guard !(date < visit.visitedOn) else { continue }
            if let known = latest[visit.structure.id], !(known.visitedOn < visit.visitedOn) { continue }
            latest[visit.structure.id] = visit
        }
        return kinds.keys.sorted { $0.rawValue < $1.rawValue }.map { id in
            guard let visit = latest[id] else {
                return Entry(structureID: id, structureKind: kinds[id]!, lastVisit: nil, lastVisitID: nil, daysSinceLastVisit: nil, isOverdue: true)
            }
            let days = visit.visitedOn.days(until: date)
            return Entry(structureID: id, structureKind: kinds[id]!, lastVisit: visit.visitedOn, lastVisitID: visit.id,
                         daysSinceLastVisit: days, isOverdue: days > intervalDays)
        }
    }
}
