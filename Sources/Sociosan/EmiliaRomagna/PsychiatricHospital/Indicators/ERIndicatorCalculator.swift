/// Computes the 27 indicators of seed 002 (``ERIndicatorCatalogue``) per structure and
/// calendar year from activity records, in one pass.
///
/// Feed it every record of an activity file, in any order, then ask for ``results()`` (or
/// ``finalResults()`` when the calculator is not used again).
/// Memory holds counters per structure and year, the stays still open (they are in care up
/// to the last year the data reach), and, for the third-admission indicators, the admissions
/// of the current calendar year (and of the one before until the input is ``pruneMargin``
/// days past it) with the two before them of each patient (16 bytes each; see
/// ``pruneHistory``; with a year filter only those of the year and the one before); it does
/// not hold the records. Records may come in any order: see ``isExact``.
///
/// ```swift
/// var calculator = ERIndicatorCalculator(year: 2025)
/// for record in records { calculator.add(record) }
/// for result in calculator.results() {
///     print(result.structure, result.indicator.id, result.numerator, result.denominator, result.status)
/// }
/// ```
///
/// What each indicator counts is the pair of ``ERIndicatorMeasure``s its catalogue entry
/// names (the decisions of the catalogue, A-22..A-33, applied); per structure and year the
/// calculator counts the measures its family's indicators name, and no other:
///
/// - ``ERIndicatorMeasure/dischargedStays(_:)`` ("dimessi anno"): the stays whose discharge
///   date falls in the year, each stay once (the SDO counts discharges, not people).
/// - ``ERIndicatorMeasure/staysInCare(_:)`` ("pazienti in carico"): the stays that cover at
///   least one day of the year; a stay without discharge is in care from its admission to
///   the last year the data reach. "Progetti" are the stays in care with a written
///   personalised project, one project a stay (RES-IND-2..4, DCA-IND-5; A-26).
/// - ``ERIndicatorMeasure/events(_:)``: in the year of their date at their structure; the
///   relevant events are ``Event/Kind/countsAsRelevantEvent``.
/// - ``ERIndicatorMeasure/admittedPatients(_:)`` (SPOI-IND-5, RES-IND-6, GP-IND-5): a
///   sliding 12-month window per patient over the admissions of the structure's group
///   ``readmissionGroup(of:)``.
/// - ``ERIndicatorMeasure/admittedStays(_:)``: DCA-IND-1 counts the diagnostic evaluations
///   of the stays admitted in the year (the evaluation is made at admission).
public struct ERIndicatorCalculator: Sendable {
    /// Only this year is computed (and only the records that can touch it are kept).
    public let year: Int?
    /// Only this structure is reported; the other structures' admissions are still read for
    /// the third-admission window, which spans a group of structures.
    public let structure: StructureID?
    /// Whether to keep the ids of the records that make each numerator.
    public let audit: Bool
    /// Whether to count and forget the admissions of whole calendar years once the input has
    /// moved ``pruneMargin`` days past their end, keeping the last two of each patient and
    /// group for the window: memory bounded by the patients and about a year of admissions
    /// when the input is in admission order, as a discharge-record extract is.
    public let pruneHistory: Bool
    /// `false` when, with ``pruneHistory``, an admission came in a year already counted, or
    /// less than a year after admissions already forgotten (the input is out of admission
    /// order by more than ``pruneMargin`` days): the third-admission counts may then be
    /// wrong, and the input must be read again with `pruneHistory: false` (which
    /// `sociosan indicators` does by itself). Every other indicator is exact whatever the
    /// order.
    public private(set) var isExact = true

    /// What each family counts, by ``ERIndicatorFamily/position``.
    private let plans = ERIndicatorCountingPlan.byFamily
    private var structureIndex: [StructureKey: Int32] = [:]
    private var structures: [StructureKey] = []
    private var tallies: [TallyKey: Tally] = [:]
    private var openStays: [InCareFacts] = []
    private var horizon = Int.min
    /// Patients of the third-admission window, numbered; a number is reused once a patient's
    /// admissions are all forgotten.
    private var patientIndex: [PatientID: UInt32] = [:]
    private var patientIDs: [PatientID] = []
    private var freePatients: [UInt32] = []
    /// The admissions of the third-admission groups not yet counted, and per patient and group
    /// the last two counted ones (context for the window), 16 bytes each.
    private var admissions: [Admission] = []
    private var admissionIDs: [ActivityID] = []
    /// Admissions before this year are counted; every one forgotten was before
    /// ``forgottenBefore``.
    private var countedBeforeYear = Int.min
    private var forgottenBefore: Int?
    private var readmissionTotals: [TallyKey: AdmittedPatientsCount] = [:]
    private var latestAdmissionDay = Int32.min
    private let firstPruneThreshold: Int
    private var pruneThreshold: Int

    public init(year: Int? = nil, structure: StructureID? = nil, audit: Bool = false, pruneHistory: Bool = true) {
        self.init(year: year, structure: structure, audit: audit, pruneHistory: pruneHistory, pruneThreshold: Self.initialPruneThreshold)
    }

    /// For tests: prune as soon as `pruneThreshold` admissions are held.
    init(year: Int?, structure: StructureID?, audit: Bool, pruneHistory: Bool, pruneThreshold: Int) {
        self.year = year
        self.structure = structure
        self.audit = audit
        self.pruneHistory = pruneHistory
        self.firstPruneThreshold = pruneThreshold
        self.pruneThreshold = pruneThreshold
    }

    // MARK: Input

    /// Adds one line of an activity file.
    public mutating func add(_ record: ActivityRecord) {
        switch record {
        case .stay(let stay): add(stay)
        case .event(let event): add(event)
        }
    }

    /// Adds a stay: its admission (third-admission window, DCA-IND-1), its discharge and the
    /// years it is in care.
    public mutating func add(_ stay: Stay) {
        let admissionYear = stay.admission.date.year
        horizon = max(horizon, admissionYear)
        if let discharge = stay.discharge { horizon = max(horizon, discharge.date.year) }

        if let group = Self.readmissionGroup(of: stay.structureType) { recordAdmission(stay, group: group) }
        if let structure, stay.structure != structure { return }
        let index = intern(StructureKey(id: stay.structure, type: stay.structureType))

        admitted(stay, at: index)
        if let discharge = stay.discharge {
            discharged(stay, on: discharge, at: index)
            let facts = InCareFacts(stay)
            for inCareYear in admissionYear...max(admissionYear, discharge.date.year) where year == nil || year == inCareYear {
                inCare(facts, year: inCareYear, at: index)
            }
        } else if year.map({ admissionYear <= $0 }) ?? true {
            // Its in-care years end with the data, known only at the end.
            openStays.append(InCareFacts(stay))
        }
    }

    /// Adds an event, counted in the year of its date in the ``ERIndicatorMeasure/events(_:)``
    /// its family's indicators name: suicides and attempts (SPOI-IND-2, GP-IND-2), relevant
    /// events (SPOI-IND-3, RES-IND-5, GP-IND-3).
    public mutating func add(_ event: Event) {
        horizon = max(horizon, event.date.year)
        if let structure, event.structure != structure { return }
        if let year, event.date.year != year { return }
        let plan = plan(for: event.structureType)
        // No indicator of the family counts events (the rehabilitation units): the event
        // does not make the structure and year one to report.
        guard plan.events != 0 else { return }
        let index = intern(StructureKey(id: event.structure, type: event.structureType))
        let audit = self.audit
        update(index, event.date.year) { tally in
            for raw in ERIndicatorMeasureBits(plan.events) {
                let measure = ERIndicatorMeasure.Events(rawValue: raw)!
                if measure.counts(event) { tally.count(raw, id: event.id, keepingID: audit, plan) }
            }
        }
    }

    // MARK: Output

    /// Every indicator of each structure's family, for every year the structure has activity
    /// in (or only ``year``), ordered by structure, type, year and table order.
    public func results() -> [ERIndicatorResult] {
        var finished = self
        return finished.finish()
    }

    /// The same as ``results()``, consuming the calculator: its tables are finished in place
    /// rather than in a copy, which at the end of a long file would double the admissions
    /// held for the third-admission window (`sociosan indicators` reads them once).
    ///
    /// ```swift
    /// var calculator = ERIndicatorCalculator()
    /// for record in records { calculator.add(record) }
    /// let results = calculator.finalResults()  // `calculator` is not used again
    /// ```
    public consuming func finalResults() -> [ERIndicatorResult] {
        finish()
    }

    /// Closes the open stays, counts every admission still held, and reports.
    private mutating func finish() -> [ERIndicatorResult] {
        closeOpenStays()
        walk(countBeforeYear: Int.max, forgetBefore: Int.max, final: true)
        let finished = self
        let readmissions = finished.readmissionTotals
        var keys = Set(finished.tallies.keys)
        keys.formUnion(readmissions.keys)

        var results: [ERIndicatorResult] = []
        let ordered = keys.sorted {
            let (a, b) = (finished.structures[Int($0.structure)], finished.structures[Int($1.structure)])
            if a.id != b.id { return a.id < b.id }
            if a.type != b.type { return a.type.rawValue < b.type.rawValue }
            return $0.year < $1.year
        }
        // Sized once: grown by doubling, the output (about 570 bytes a result) would be held
        // twice over for a moment.
        results.reserveCapacity(ordered.reduce(0) { total, key in
            let subject = finished.structures[Int(key.structure)]
            if let structure, subject.id != structure { return total }
            if let year, key.year != year { return total }
            return total + ERIndicatorCatalogue.indicators(for: Self.family(subject.type)).count
        })
        for key in ordered {
            let subject = finished.structures[Int(key.structure)]
            if let structure, subject.id != structure { continue }
            if let year, key.year != year { continue }
            let family = Self.family(subject.type)
            let counted = Counted(tally: finished.tallies[key], admittedPatients: readmissions[key])
            for indicator in ERIndicatorCatalogue.indicators(for: family) {
                let breakdown = indicator.measuredBreakdown.map {
                    ERIndicatorResult.Breakdown(
                        label: $0.label, numerator: counted.count($0.numerator), denominator: counted.count($0.denominator))
                }
                results.append(ERIndicatorResult(
                    indicator: indicator, structure: subject.id, structureType: subject.type, year: key.year,
                    numerator: counted.count(indicator.numeratorMeasure),
                    denominator: counted.count(indicator.denominatorMeasure), breakdown: breakdown,
                    numeratorRecords: audit ? counted.records(indicator.numeratorMeasure) : []))
            }
        }
        return results
    }

    // MARK: Third admission within 12 months

    /// The structures whose admissions share one 12-month window: every SPOI
    /// together (a "paziente SPOI", L798); RTI and RTI specialistiche together, after the
    /// title of RES-IND-6 (L1393-L1399); RTPs among themselves; general-psychiatry
    /// structures among themselves (A-33: SPOI admissions do not count for GP-IND-5). The
    /// rehabilitation units (cod. 56) have no such indicator.
    ///
    /// ```swift
    /// ERIndicatorCalculator.readmissionGroup(of: .rti)  // .intensiveResidences, with .rtiSpecialist
    /// ```
    public static func readmissionGroup(of type: ERPsychiatricStructureType) -> ERReadmissionGroup? {
        readmissionGroups[type]
    }

    /// A-33 as data: the group each type's admissions are counted in; the cod. 56 units have none.
    static let readmissionGroups: [ERPsychiatricStructureType: ERReadmissionGroup] = [
        .spoi: .spoi, .rti: .intensiveResidences, .rtiSpecialist: .intensiveResidences,
        .rtp: .extendedResidences, .generalPsychiatry: .generalPsychiatry,
    ]

    /// The last day on which an admission is within 12 months of `date`: the same calendar
    /// date a year later, 28 February standing for 29 February.
    ///
    /// ```swift
    /// ERIndicatorCalculator.windowEnd(after: LocalDate(year: 2024, month: 2, day: 29)!)  // 2025-02-28
    /// ```
    public static func windowEnd(after date: LocalDate) -> LocalDate {
        LocalDate(year: date.year + 1, month: date.month, day: date.day)
            ?? LocalDate(year: date.year + 1, month: date.month, day: 28)!
    }

    /// The table of a structure type, without the catalogue's search (this runs per record).
    static func family(_ type: ERPsychiatricStructureType) -> ERIndicatorFamily {
        families[type]!
    }

    /// Each type's family, read once from the type rows (``StructureType/indicatorFamily``).
    static let families: [ERPsychiatricStructureType: ERIndicatorFamily] = Dictionary(
        uniqueKeysWithValues: ERPsychiatricStructureType.allCases.map { ($0, $0.row.indicatorFamily!) })

    /// The measures of a structure type's family.
    private func plan(for type: ERPsychiatricStructureType) -> ERIndicatorCountingPlan {
        plans[Self.family(type).position]
    }

    private mutating func recordAdmission(_ stay: Stay, group: ERReadmissionGroup) {
        let admissionYear = stay.admission.date.year
        // With a year filter only the year and the one before can matter: the admission two
        // before a third one in the year is at most a year earlier.
        if let year, admissionYear != year, admissionYear != year - 1 { return }
        let patient: UInt32
        if let found = patientIndex[stay.patient] {
            patient = found
        } else if let free = freePatients.popLast() {
            patient = free
            patientIndex[stay.patient] = patient
            patientIDs[Int(patient)] = stay.patient
        } else {
            patient = UInt32(patientIDs.count)
            patientIndex[stay.patient] = patient
            patientIDs.append(stay.patient)
        }
        let day = Int32(stay.admission.date.daysSinceEpoch)
        // An admission in a year already counted, or less than a year after admissions already
        // forgotten, would have needed them: the result is no longer exact.
        if admissionYear < countedBeforeYear { isExact = false }
        if let forgottenBefore, Int(day) < forgottenBefore + 366 { isExact = false }
        latestAdmissionDay = max(latestAdmissionDay, day)
        let structureIndex = intern(StructureKey(id: stay.structure, type: stay.structureType))
        admissions.append(Admission(
            patient: patient, day: day, structure: UInt32(structureIndex),
            minute: UInt16(stay.admission.time.minutesSinceMidnight), group: group.rawValue, isContext: false))
        if audit { admissionIDs.append(stay.id) }
        if pruneHistory, admissions.count >= pruneThreshold { prune() }
    }

    static let initialPruneThreshold = 1 << 16

    /// For tests: the earliest admission held and not yet counted (the window's backlog).
    var earliestUncountedAdmission: LocalDate? {
        admissions.lazy.filter { !$0.isContext }.map(\.day).min().flatMap { LocalDate(daysSinceEpoch: Int($0)) }
    }

    /// Days of disorder tolerated in the input: admissions are counted up to the calendar
    /// year of the latest admission minus this many days.
    static let pruneMargin = 62

    /// ``ERIndicatorMeasure/admittedPatients(_:)`` of one structure and year.
    private struct AdmittedPatientsCount {
        var all = 0
        var withThirdAdmission = 0
        /// Audit: every admission that is a third (or later) within 12 months.
        var thirdAdmissionIDs: [ActivityID] = []
    }

    /// Counts the admissions that no later admission of an input in admission order can
    /// change (those of the years before the year of the latest admission minus
    /// ``pruneMargin`` days), keeps the last two of each patient and group as context, and
    /// forgets the context more than a year older than the first day not counted.
    private mutating func prune() {
        // A year is complete once the input is `pruneMargin` days past its end: the window of
        // a later admission looks back only (two admissions before it, within 12 months), and
        // the last two counted ones stay as context, so nothing later changes its counts.
        // (Waiting a further year, as this did before, held two years of admissions instead
        // of one: memory that grew with the file up to three years of data.)
        let cutoffYear = LocalDate(daysSinceEpoch: Int(latestAdmissionDay) - Self.pruneMargin)!.year
        // The first uncounted admission may be on 1 January of that year: context within a
        // year before it is still needed.
        let cutoff = LocalDate(year: cutoffYear, month: 1, day: 1)!.daysSinceEpoch - 366
        walk(countBeforeYear: cutoffYear, forgetBefore: cutoff)
        countedBeforeYear = max(countedBeforeYear, cutoffYear)
        forgottenBefore = max(forgottenBefore ?? cutoff, cutoff)
        // Pruned again after as many new admissions as the first threshold: the held
        // admissions stay within a threshold of what must be held.
        pruneThreshold = admissions.count + firstPruneThreshold
    }

    /// Sorts the admissions by patient, group and time; counts into ``readmissionTotals`` the
    /// uncounted ones of the years before `countBeforeYear`; keeps the uncounted rest, and the
    /// last two counted of each patient and group as context unless they are before
    /// `forgetBefore`; frees the patients left with nothing.
    /// `final`: nothing is kept after this walk, so no patient is freed (on a copy of the
    /// calculator, freeing would copy the patient table).
    private mutating func walk(countBeforeYear: Int, forgetBefore: Int, final: Bool = false) {
        func precedes(_ a: Admission, _ b: Admission) -> Bool {
            if a.patient != b.patient { return a.patient < b.patient }
            if a.group != b.group { return a.group < b.group }
            if a.day != b.day { return a.day < b.day }
            if a.minute != b.minute { return a.minute < b.minute }
            return a.structure < b.structure
        }
        let order: [Int]
        if audit {
            // The ids must follow the admissions: sort positions.
            order = admissions.indices.sorted { precedes(admissions[$0], admissions[$1]) || (!precedes(admissions[$1], admissions[$0]) && $0 < $1) }
        } else {
            // Sorted and compacted in place: no second copy of the admissions.
            admissions.sort(by: precedes)
            order = []
        }
        func position(_ index: Int) -> Int { audit ? order[index] : index }
        var keptIDs: [ActivityID] = []
        var write = 0
        var start = 0
        let count = admissions.count
        while start < count {
            let first = admissions[position(start)]
            var patientEnd = start
            while patientEnd < count, admissions[position(patientEnd)].patient == first.patient { patientEnd += 1 }
            var keptForPatient = 0
            var groupStart = start
            while groupStart < patientEnd {
                var groupEnd = groupStart
                let group = admissions[position(groupStart)].group
                while groupEnd < patientEnd, admissions[position(groupEnd)].group == group { groupEnd += 1 }
                let positions = (groupStart..<groupEnd).map(position)
                let keep = walkGroup(positions, countBeforeYear: countBeforeYear, forgetBefore: forgetBefore)
                if audit {
                    // Written to a new array below: collect.
                    for (kept, asContext) in keep {
                        var admission = admissions[kept]
                        admission.isContext = admission.isContext || asContext
                        keptAdmissions.append(admission)
                        keptIDs.append(admissionIDs[kept])
                    }
                } else {
                    // In place: every kept position is at or after `write` (a group keeps at
                    // most its own admissions, read in increasing order).
                    for (kept, asContext) in keep {
                        var admission = admissions[kept]
                        admission.isContext = admission.isContext || asContext
                        admissions[write] = admission
                        write += 1
                    }
                }
                keptForPatient += keep.count
                groupStart = groupEnd
            }
            if keptForPatient == 0, !final {
                patientIndex[patientIDs[Int(first.patient)]] = nil
                freePatients.append(first.patient)
            }
            start = patientEnd
        }
        if audit {
            admissions = keptAdmissions
            admissionIDs = keptIDs
            keptAdmissions = []
        } else {
            admissions.removeSubrange(write...)
        }
    }

    /// The audit path's kept admissions, built during a walk.
    private var keptAdmissions: [Admission] = []

    private mutating func walkGroup(
        _ positions: [Int], countBeforeYear: Int, forgetBefore: Int
    ) -> [(position: Int, asContext: Bool)] {
        var admittedIn: Set<TallyKey> = []
        var countedIn: Set<TallyKey> = []
        var dates: [LocalDate] = []
        var counted: [Int] = []  // positions now counted, the last two become context
        var uncounted: [Int] = []
        for position in positions {
            let admission = admissions[position]
            let date = LocalDate(daysSinceEpoch: Int(admission.day))!
            dates.append(date)
            if admission.isContext {
                counted.append(position)
                continue
            }
            guard date.year < countBeforeYear else {
                uncounted.append(position)
                continue
            }
            counted.append(position)
            let key = TallyKey(structure: Int32(admission.structure), year: date.year)
            if admittedIn.insert(key).inserted { readmissionTotals[key, default: AdmittedPatientsCount()].all += 1 }
            let seen = dates.count
            guard seen >= 3, date <= Self.windowEnd(after: dates[seen - 3]) else { continue }
            if countedIn.insert(key).inserted {
                readmissionTotals[key, default: AdmittedPatientsCount()].withThirdAdmission += 1
            }
            if audit {
                readmissionTotals[key, default: AdmittedPatientsCount()].thirdAdmissionIDs.append(admissionIDs[position])
            }
        }
        // Uncounted admissions are after every counted one (they are of later years), so the
        // last two counted are what a later admission's window can reach back to.
        var keep: [(position: Int, asContext: Bool)] = []
        for position in counted.suffix(2) where Int(admissions[position].day) >= forgetBefore {
            keep.append((position, true))
        }
        for position in uncounted { keep.append((position, false)) }
        return keep
    }

    // MARK: Stays

    private mutating func intern(_ key: StructureKey) -> Int32 {
        if let index = structureIndex[key] { return index }
        let index = Int32(structures.count)
        structureIndex[key] = index
        structures.append(key)
        return index
    }

    private mutating func closeOpenStays() {
        let stays = openStays
        openStays = []
        for stay in stays {
            let index = intern(stay.structure)
            for inCareYear in stay.admissionYear...max(stay.admissionYear, horizon) where year == nil || year == inCareYear {
                inCare(stay, year: inCareYear, at: index)
            }
        }
    }


    private mutating func update(_ index: Int32, _ year: Int, _ body: (inout Tally) -> Void) {
        if let filter = self.year, filter != year { return }
        // In place: a copy taken out of the dictionary would copy the counters' arrays.
        body(&tallies[TallyKey(structure: index, year: year), default: Tally(audit: audit)])
    }

    /// The ``ERIndicatorMeasure/admittedStays(_:)`` (DCA-IND-1: the diagnostic evaluation is
    /// made at admission).
    private mutating func admitted(_ stay: Stay, at index: Int32) {
        let plan = plan(for: stay.structureType)
        guard plan.admittedStays != 0 else { return }
        let audit = self.audit
        update(index, stay.admission.date.year) { tally in
            for raw in ERIndicatorMeasureBits(plan.admittedStays) {
                let measure = ERIndicatorMeasure.AdmittedStays(rawValue: raw)!
                if measure.counts(stay) { tally.count(raw, id: stay.id, keepingID: audit, plan) }
            }
        }
    }

    /// The ``ERIndicatorMeasure/dischargedStays(_:)``, in the year of the discharge.
    private mutating func discharged(_ stay: Stay, on discharge: Discharge, at index: Int32) {
        let plan = plan(for: stay.structureType)
        let audit = self.audit
        update(index, discharge.date.year) { tally in
            for raw in ERIndicatorMeasureBits(plan.dischargedStays) {
                let measure = ERIndicatorMeasure.DischargedStays(rawValue: raw)!
                if measure.counts(stay, discharge) { tally.count(raw, id: stay.id, keepingID: audit, plan) }
            }
        }
    }

    /// What the in-care measures read of a stay: all an open stay keeps until the end.
    struct InCareFacts: Sendable {
        var id: ActivityID
        var family: ERIndicatorFamily
        var structure: StructureKey
        var admissionYear: Int
        var hasProject: Bool
        var teamDefined: Bool
        var adherent: Bool
        var objectivesReached: Bool
        var checkedWithValidatedScale: Bool
        var carePlanComplete: Bool
        var reviewYears: [Int]
        var deathYear: Int?

        init(_ stay: Stay) {
            id = stay.id
            family = ERIndicatorCalculator.family(stay.structureType)
            structure = StructureKey(id: stay.structure, type: stay.structureType)
            admissionYear = stay.admission.date.year
            hasProject = stay.project != nil
            teamDefined = stay.project?.teamDefined == true
            adherent = stay.adherence == true
            objectivesReached = stay.project?.objectivesReached == true
            checkedWithValidatedScale = stay.project?.checkedWithValidatedScale == true
            carePlanComplete = stay.eatingDisorder?.carePlanComplete == true
            reviewYears = stay.project?.reviews.map(\.year) ?? []
            deathYear = stay.discharge.flatMap { $0.kind == .death ? $0.date.year : nil }
        }
    }

    /// The ``ERIndicatorMeasure/staysInCare(_:)`` of one year the stay is in care.
    private mutating func inCare(_ stay: InCareFacts, year: Int, at index: Int32) {
        let plan = plans[stay.family.position]
        let audit = self.audit
        update(index, year) { tally in
            for raw in ERIndicatorMeasureBits(plan.staysInCare) {
                let measure = ERIndicatorMeasure.StaysInCare(rawValue: raw)!
                if measure.counts(stay, year: year) { tally.count(raw, id: stay.id, keepingID: audit, plan) }
            }
        }
    }

    // MARK: Storage

    struct StructureKey: Hashable, Sendable {
        var id: StructureID
        var type: ERPsychiatricStructureType
    }

    private struct TallyKey: Hashable, Sendable {
        var structure: Int32
        var year: Int
    }

    private struct Admission: Sendable {
        var patient: UInt32
        var day: Int32
        var structure: UInt32
        var minute: UInt16
        var group: UInt8
        /// Already counted: kept only as one of the two admissions before later ones.
        var isContext: Bool
    }

    /// Counts of one structure and year, by ``ERIndicatorMeasure/index``: a fixed-size array
    /// made once per structure and year, never per record.
    private struct Tally: Sendable {
        var counts: [Int]
        /// With auditing: the ids of the records counted in each measure some indicator has as
        /// its numerator, in the order they were read.
        var ids: [[ActivityID]]

        init(audit: Bool) {
            counts = [Int](repeating: 0, count: ERIndicatorMeasure.count)
            ids = audit ? [[ActivityID]](repeating: [], count: ERIndicatorMeasure.count) : []
        }

        /// One more record in the measure at `index`.
        mutating func count(_ index: UInt8, id: ActivityID, keepingID audit: Bool, _ plan: ERIndicatorCountingPlan) {
            counts[Int(index)] += 1
            if audit, plan.numerators & ERIndicatorCountingPlan.bit(Int(index)) != 0 { ids[Int(index)].append(id) }
        }
    }

    /// What was counted for one structure and year, read by measure.
    private struct Counted {
        let tally: Tally?
        let admittedPatients: AdmittedPatientsCount?

        func count(_ measure: ERIndicatorMeasure) -> Int {
            switch measure {
            case .admittedPatients(.all): return admittedPatients?.all ?? 0
            case .admittedPatients(.withThirdAdmissionWithin12Months): return admittedPatients?.withThirdAdmission ?? 0
            case .dischargedStays, .staysInCare, .admittedStays, .events: return tally?.counts[measure.index] ?? 0
            }
        }

        /// The audit's ids of the records counted in `measure` (a numerator).
        func records(_ measure: ERIndicatorMeasure) -> [ActivityID] {
            switch measure {
            case .admittedPatients(.all): return []
            case .admittedPatients(.withThirdAdmissionWithin12Months):
                // Sorted: the walk's order depends on when histories were finalised.
                return admittedPatients?.thirdAdmissionIDs.sorted() ?? []
            case .dischargedStays, .staysInCare, .admittedStays, .events:
                guard let ids = tally?.ids, !ids.isEmpty else { return [] }
                return ids[measure.index]
            }
        }
    }
}

extension Int {
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
