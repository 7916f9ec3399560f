/// Totals over a network of structures: what the structures need, per role, per province and
/// per type, and what the rosters lack. A pure value: feed it structures one at a time with
/// ``add(_:)``; its memory is bounded by the catalogue (role targets, types), the 107
/// provinces and a cache of at most 4,096 worked-out contributions, whatever the number of
/// structures.
///
/// ```swift
/// var tally = NetworkTally()
/// for structure in structures {
///     if case .failing(_, let first, _) = tally.add(structure) { print(structure.id, first.rule) }
/// }
/// tally.total.hoursPerWeek.hundredths   // the staff-hours a week the whole network needs, ×100
/// tally.byRole.map { ($0.id, $0.totals.hoursPerWeek.hundredths) }
/// ```
///
/// What is added up, for each structure:
/// - **per role target** (`nurse`, `non-medical-care-staff`, ...): the largest staff-hours a
///   week that any requirement line or coverage of the standard asks of that target (lines of
///   one target are checked against the same hours, so they are not summed), its FTE at the
///   structure's full-time hours, and, with a roster, the hours missing to reach it;
/// - **per structure** (for the province, type and grand totals): the fewest staff-hours a
///   week that meet every line and coverage at once. Targets nested in a wider group (SPOI's
///   6 nurses inside the 11 non-medical care staff) are counted once: a group needs the larger
///   of its own figure and the sum of what its nested targets need. With a roster, the
///   shortfall is the fewest hours to add, to the right roles, to meet them all. When a
///   standard's role groups overlap without nesting, its lines are summed (an upper bound);
///   ``isNested(_:)`` says whether a standard's groups nest.
public struct NetworkTally: Sendable {
    /// A running sum of staff-hours or FTE, exact while the fraction fits in 64 bits (it
    /// does for hours; FTE of structures with many different full-time hours may not), then
    /// carried on in floating point rather than trapping.
    public struct Amount: Sendable, Hashable {
        // The exact sum is numerator / denominator, not reduced (the denominator is the least
        // common multiple of those added, so it stays small); nil once it no longer fits.
        private var numerator = 0
        private var denominator = 1
        private var isExact = true
        private var overflowed: Double = 0

        public init() {}

        /// The exact sum, or `nil` once it no longer fits in 64-bit fractions.
        public var exact: Rational? { isExact ? Rational(numerator, denominator) : nil }

        /// The sum in floating point.
        public var approximate: Double { isExact ? Double(numerator) / Double(denominator) : overflowed }

        public mutating func add(_ value: Rational) {
            add(numerator: value.numerator, denominator: value.denominator)
        }

        /// Adds `value / divisor` (`divisor` > 0) without reducing the quotient first.
        mutating func add(_ value: Rational, dividedBy divisor: Rational) {
            let (numerator, overflowA) = value.numerator.multipliedReportingOverflow(by: divisor.denominator)
            let (denominator, overflowB) = value.denominator.multipliedReportingOverflow(by: divisor.numerator)
            if overflowA || overflowB || denominator <= 0 {
                add(value / divisor)
            } else {
                add(numerator: numerator, denominator: denominator)
            }
        }

        /// Adds `numerator / denominator` (`denominator` > 0, not necessarily in lowest terms).
        mutating func add(numerator addend: Int, denominator divisor: Int) {
            guard isExact else {
                overflowed += Double(addend) / Double(divisor)
                return
            }
            if divisor == denominator {
                let (sum, overflow) = numerator.addingReportingOverflow(addend)
                if !overflow { numerator = sum; return }
            } else if denominator % divisor == 0 {
                let (scaled, overflowA) = addend.multipliedReportingOverflow(by: denominator / divisor)
                let (sum, overflowB) = numerator.addingReportingOverflow(scaled)
                if !overflowA && !overflowB { numerator = sum; return }
            } else {
                let common = Self.gcd(denominator, divisor)
                let (ownScale, addendScale) = (divisor / common, denominator / common)
                let (left, overflowA) = numerator.multipliedReportingOverflow(by: ownScale)
                let (right, overflowB) = addend.multipliedReportingOverflow(by: addendScale)
                let (sum, overflowC) = left.addingReportingOverflow(right)
                let (lcm, overflowD) = denominator.multipliedReportingOverflow(by: ownScale)
                if !(overflowA || overflowB || overflowC || overflowD) {
                    numerator = sum
                    denominator = lcm
                    return
                }
            }
            overflowed = Double(numerator) / Double(denominator) + Double(addend) / Double(divisor)
            isExact = false
        }

        /// The sum in hundredths, rounded half up (for display and JSON).
        public var hundredths: Int {
            if isExact, case (let scaled, false) = numerator.multipliedReportingOverflow(by: 100) {
                return RoundingRule.halfUp.round(numerator: scaled, denominator: denominator)
            }
            return Int((approximate * 100).rounded())
        }

        public static func == (lhs: Amount, rhs: Amount) -> Bool {
            lhs.exact == rhs.exact && (lhs.isExact || lhs.overflowed == rhs.overflowed)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(exact)
            if !isExact { hasher.combine(overflowed) }
        }

        static func gcd(_ a: Int, _ b: Int) -> Int {
            var (a, b) = (a, b)
            while b != 0 { (a, b) = (b, a % b) }
            return max(a, 1)
        }
    }

    /// The totals of one breakdown entry (a role target, a province, a type, or everything).
    public struct Totals: Sendable, Hashable {
        /// Structures counted: for a role target, those whose requirement names it.
        public internal(set) var structures = 0
        /// Of those, the structures with a roster.
        public internal(set) var withRoster = 0
        /// Of those, the structures whose roster does not meet the standard (for a role
        /// target: whose roster is short on it).
        public internal(set) var failing = 0
        /// Staff-hours a week needed.
        public internal(set) var hoursPerWeek = Amount()
        /// The same as full-time equivalents, each structure at its own full-time hours.
        public internal(set) var fullTimeEquivalents = Amount()
        /// Staff-hours a week missing from the rosters.
        public internal(set) var shortfallHoursPerWeek = Amount()

        public init() {}
    }

    /// The totals of one role target.
    public struct RoleEntry: Sendable, Hashable {
        /// The target id (`nurse`, `non-medical-care-staff`).
        public let id: String
        public let label: LocalizedText
        public let totals: Totals
    }

    /// The totals of one province (`nil`: structures that give none).
    public struct ProvinceEntry: Sendable, Hashable {
        public let province: Province?
        public let totals: Totals
    }

    /// The totals of one structure type.
    public struct TypeEntry: Sendable, Hashable {
        /// The standard's id (`er.spoi`).
        public let type: String
        public let totals: Totals
    }

    /// What ``add(_:)`` made of a structure.
    public enum Outcome: Sendable, Hashable {
        /// Counted; it has no roster to check.
        case required(StaffingRequirement)
        /// Counted; its roster meets the standard.
        case met(StaffingCheck)
        /// Counted; its roster does not meet the standard. `first` is the first failing
        /// requirement; `failures` how many requirements, coverages and caps fail.
        case failing(StaffingCheck, first: StaffingCheck.Failure, failures: Int)
        /// Not counted: the calculator refuses it (unknown type, capacity out of limits,
        /// full-time hours not positive).
        case rejected(StaffingError)
    }

    /// Structures counted (rejected ones are not).
    public var structures: Int { total.structures }
    /// Counted structures with a roster.
    public var withRoster: Int { total.withRoster }
    /// Counted structures whose roster does not meet the standard.
    public var failing: Int { total.failing }
    /// Structures the calculator refused.
    public private(set) var rejected = 0
    /// Everything counted, as one entry.
    public private(set) var total = Totals()

    // Role targets get a slot the first time a standard naming them is seen.
    private var roleSlots: [String: Int] = [:]
    private var roleIDs: [String] = []
    private var roleLabels: [LocalizedText] = []
    private var roleTotals: [Totals] = []
    private var typeTotals: [Totals] = Array(repeating: Totals(), count: StaffingCatalogue.standards.count)
    // Per province, by ``provinceSlot(_:)`` (no province first): an array, not a dictionary,
    // so that adding a structure hashes nothing for its province.
    private var provinceTotals: [Totals] = Array(repeating: Totals(), count: Province.allCases.count + 1)
    private var plans: [String: Plan] = [:]
    private var scratch = Scratch()
    private var contributions: [ContributionKey: Contribution] = [:]
    /// How many contributions (type, capacity, full-time hours) are kept (memory stays bounded
    /// whatever the network's size); 0 turns the cache off.
    var cacheLimit = 4096

    public init() {}

    // MARK: Breakdowns

    /// Role targets that at least one counted structure needs, by id.
    public var byRole: [RoleEntry] {
        roleIDs.indices.filter { roleTotals[$0].structures > 0 }
            .map { RoleEntry(id: roleIDs[$0], label: roleLabels[$0], totals: roleTotals[$0]) }
            .sorted { $0.id < $1.id }
    }

    /// Provinces with at least one counted structure, by code; structures without a province last.
    public var byProvince: [ProvinceEntry] {
        provinceTotals.indices.filter { provinceTotals[$0].structures > 0 }.map { slot in
            ProvinceEntry(province: slot == 0 ? nil : Province.allCases[slot - 1], totals: provinceTotals[slot])
        }.sorted { a, b in
            switch (a.province, b.province) {
            case (let x?, let y?): return x.rawValue < y.rawValue
            case (nil, _): return false
            case (_, nil): return true
            }
        }
    }

    /// Types with at least one counted structure, in catalogue order.
    public var byType: [TypeEntry] {
        StaffingCatalogue.standards.indices.filter { typeTotals[$0].structures > 0 }
            .map { TypeEntry(type: StaffingCatalogue.standards[$0].id, totals: typeTotals[$0]) }
    }

    // MARK: Adding

    /// Works out the structure's requirement (and checks its roster, when it has one), adds
    /// it to the totals, and says what came of it.
    @discardableResult
    public mutating func add(_ structure: StaffedStructure) -> Outcome {
        guard let plan = plan(for: structure.type) else {
            rejected += 1
            return .rejected(.unknownStandard(structure.type, known: StaffingCatalogue.ids))
        }
        let parameters = structure.parameters
        let fullTime = parameters.fullTimeHours

        // A structure contributes what its type, capacity and parameters say, so the
        // contributions of the common ones (no conditions) are kept, up to ``cacheLimit`` of
        // them: networks repeat the same few sizes. A structure with a roster reuses the kept
        // requirement (its need does not depend on the roster) and only checks its roster.
        var key: ContributionKey?
        var cachedRequirement: StaffingRequirement?
        if parameters.conditions.isEmpty {
            let candidate = ContributionKey(type: plan.typeSlot, capacity: structure.capacity,
                                            fullTimeNumerator: fullTime.numerator, fullTimeDenominator: fullTime.denominator)
            if let cached = contributions[candidate] {
                guard structure.roster != nil else {
                    record(plan, province: structure.province, targetNeed: cached.targetNeed, targetActive: cached.targetActive,
                           targetPresent: nil, combinedNeed: cached.combinedNeed, combinedMissing: .zero, failing: false, fullTime: fullTime)
                    return .required(cached.requirement)
                }
                cachedRequirement = cached.requirement
            } else {
                key = candidate
            }
        }

        let requirement: StaffingRequirement
        let check: StaffingCheck?
        if let cachedRequirement {
            requirement = cachedRequirement
        } else {
            do {
                requirement = try StaffingCalculator.requirement(for: plan.standard, capacity: structure.capacity, parameters: parameters)
            } catch {
                rejected += 1
                return .rejected(error)
            }
        }
        if let roster = structure.roster {
            // The same check as StaffingCalculator.check, with each member's hours added up once
            // per role rather than once per requirement line.
            check = self.check(roster, plan: plan, requirement: requirement, parameters: parameters)
        } else {
            check = nil
        }

        fillScratch(plan, requirement: requirement, check: check)
        let (combinedNeed, combinedMissing) = combineScratch(plan)
        let failure = check?.failureSummary
        record(plan, province: structure.province, targetNeed: scratch.targetNeed, targetActive: scratch.targetActive,
               targetPresent: check == nil ? nil : scratch.targetPresent, combinedNeed: combinedNeed, combinedMissing: combinedMissing,
               failing: failure != nil, fullTime: fullTime)

        if let key, contributions.count < cacheLimit {
            contributions[key] = Contribution(requirement: requirement, targetNeed: scratch.targetNeed,
                                              targetActive: scratch.targetActive, combinedNeed: combinedNeed)
        }
        guard let check else { return .required(requirement) }
        guard let failure else { return .met(check) }
        return .failing(check, first: failure.first, failures: failure.count)
    }

    /// `StaffingCalculator.check(roster, against: plan.standard, ...)` for a requirement
    /// already worked out: the same values, with the counted hours of each role summed once
    /// (sums of fractions are exact, so the order does not change them).
    private mutating func check(_ roster: Roster, plan: Plan, requirement: StaffingRequirement, parameters: StaffingParameters) -> StaffingCheck {
        let standard = plan.standard
        scratch.resetRoles()
        roster.members.withUnsafeBufferPointer { members in
            for member in members where member.contract.countsTowardsMinima {
                let slot = Self.roleSlot(member.role)
                scratch.roleHours[slot] = Self.plus(scratch.roleHours[slot], member.hoursPerWeek)
            }
        }
        func counted(_ slots: [Int]) -> Rational {
            var total = Rational.zero
            for slot in slots { total = Self.plus(total, scratch.roleHours[slot]) }
            return total
        }
        var roles: [RoleCheck] = []
        roles.reserveCapacity(requirement.lines.count)
        let conditions = parameters.conditions
        requirement.lines.withUnsafeBufferPointer { lines in
            var lineIndex = 0
            for index in plan.requirementConditions.indices {
                if let condition = plan.requirementConditions[index], conditions.isEmpty || !conditions.contains(condition) { continue }
                let line = lines[lineIndex]
                let hours = counted(plan.requirementRoles[index])
                roles.append(RoleCheck(
                    line: line,
                    present: StaffingCalculator.amount(fromHoursPerWeek: hours, unit: line.requirement.unit, standard: standard, parameters: parameters),
                    presentHoursPerWeek: hours))
                lineIndex += 1
            }
        }
        var coverage: [CoverageCheck] = []
        coverage.reserveCapacity(standard.coverage.count)
        for (index, requirement) in standard.coverage.enumerated() {
            coverage.append(CoverageCheck(requirement: requirement, presentHoursPerWeek: counted(plan.coverageRoles[index])))
        }
        return StaffingCheck(requirement: requirement, roles: roles, coverage: coverage,
                             shareCaps: standard.shareCaps.isEmpty ? [] : standard.shareCaps.map { $0.check(roster, against: requirement) })
    }

    /// The position of `role` in ``StaffRole/allCases``.
    static func roleSlot(_ role: StaffRole) -> Int {
        // A payload-free enum is stored as its case's position; checked once against allCases.
        if Self.roleSlotsAreCaseIndices { return Int(unsafeBitCast(role, to: UInt8.self)) }
        return StaffRole.allCases.firstIndex(of: role)!
    }

    /// 0 for no province, else 1 + the position of `province` in ``Province/allCases``.
    static func provinceSlot(_ province: Province?) -> Int {
        guard let province else { return 0 }
        if Self.provinceSlotsAreCaseIndices { return 1 + Int(unsafeBitCast(province, to: UInt8.self)) }
        return 1 + Province.allCases.firstIndex(of: province)!
    }

    static let provinceSlotsAreCaseIndices: Bool = {
        guard MemoryLayout<Province>.size == 1, Province.allCases.count <= 256 else { return false }
        return Province.allCases.enumerated().allSatisfy { Int(unsafeBitCast($0.element, to: UInt8.self)) == $0.offset }
    }()

    static let roleSlotsAreCaseIndices: Bool = {
        guard MemoryLayout<StaffRole>.size == 1, StaffRole.allCases.count <= 256 else { return false }
        return StaffRole.allCases.enumerated().allSatisfy { Int(unsafeBitCast($0.element, to: UInt8.self)) == $0.offset }
    }()

    /// What each local target and each role set needs, and what the roster has of it.
    private mutating func fillScratch(_ plan: Plan, requirement: StaffingRequirement, check: StaffingCheck?) {
        scratch.reset(targets: plan.targetSlots.count, sets: plan.setParents.count)
        // Fields are read through buffer pointers, never copying a whole line (that would
        // retain and release every string and set it holds).
        let conditions = requirement.parameters.conditions
        requirement.lines.withUnsafeBufferPointer { lines in
            (check?.roles ?? []).withUnsafeBufferPointer { roles in
                var lineIndex = 0
                for index in plan.requirementConditions.indices {
                    if let condition = plan.requirementConditions[index], conditions.isEmpty || !conditions.contains(condition) { continue }
                    let present = roles.isEmpty ? .zero : roles[lineIndex].presentHoursPerWeek
                    scratch.need(lines[lineIndex].hoursPerWeek, present: present,
                                 target: plan.requirementTargets[index], set: plan.requirementSets[index])
                    lineIndex += 1
                }
            }
        }
        (check?.coverage ?? []).withUnsafeBufferPointer { coverage in
            for index in plan.coverageHours.indices {
                let present = coverage.isEmpty ? .zero : coverage[index].presentHoursPerWeek
                scratch.need(plan.coverageHours[index], present: present, target: plan.coverageTargets[index], set: plan.coverageSets[index])
            }
        }
    }

    /// Role sets, nested ones first (sets are ordered by size): a set needs the larger of its
    /// own figure and what its nested sets need together; the hours to add are the larger of
    /// its own gap and the nested sets' hours to add. Returns the structure's need and the
    /// hours its roster lacks.
    private mutating func combineScratch(_ plan: Plan) -> (need: Rational, missing: Rational) {
        var combinedNeed = Rational.zero
        var combinedMissing = Rational.zero
        for set in plan.setParents.indices {
            let own = scratch.setNeed[set]
            let need = max(own, scratch.childNeed[set])
            var missing = scratch.childMissing[set]
            if scratch.setActive[set] { missing = max(missing, own - scratch.setPresent[set]) }
            let parent = plan.setParents[set]
            if parent >= 0 {
                scratch.childNeed[parent] = Self.plus(scratch.childNeed[parent], need)
                scratch.childMissing[parent] = Self.plus(scratch.childMissing[parent], missing)
            } else {
                combinedNeed = Self.plus(combinedNeed, need)
                combinedMissing = Self.plus(combinedMissing, missing)
            }
        }
        return (combinedNeed, combinedMissing)
    }

    /// Adds one structure's contribution to the role, type, province and grand totals.
    /// `targetPresent` is `nil` when the structure has no roster.
    private mutating func record(
        _ plan: Plan, province: Province?, targetNeed: [Rational], targetActive: [Bool], targetPresent: [Rational]?,
        combinedNeed: Rational, combinedMissing: Rational, failing: Bool, fullTime: Rational
    ) {
        for (local, slot) in plan.targetSlots.enumerated() where targetActive[local] {
            let need = targetNeed[local]
            roleTotals[slot].structures += 1
            roleTotals[slot].hoursPerWeek.add(need)
            roleTotals[slot].fullTimeEquivalents.add(need, dividedBy: fullTime)
            if let targetPresent {
                roleTotals[slot].withRoster += 1
                let present = targetPresent[local]
                if present < need {
                    roleTotals[slot].failing += 1
                    roleTotals[slot].shortfallHoursPerWeek.add(need - present)
                }
            }
        }
        let hasRoster = targetPresent != nil
        func count(into totals: inout Totals) {
            totals.structures += 1
            totals.hoursPerWeek.add(combinedNeed)
            totals.fullTimeEquivalents.add(combinedNeed, dividedBy: fullTime)
            if hasRoster {
                totals.withRoster += 1
                if failing { totals.failing += 1 }
                if .zero < combinedMissing { totals.shortfallHoursPerWeek.add(combinedMissing) }
            }
        }
        count(into: &total)
        count(into: &typeTotals[plan.typeSlot])
        count(into: &provinceTotals[Self.provinceSlot(province)])
    }

    /// `a + b`, without reducing when either is zero (most are).
    private static func plus(_ a: Rational, _ b: Rational) -> Rational {
        if a.numerator == 0 { return b }
        if b.numerator == 0 { return a }
        return a + b
    }

    /// Whether the role groups of `standard` (lines and coverage) nest: any two are disjoint
    /// or one contains the other. When they do, a structure's combined need is exact;
    /// otherwise it is the sum of its lines, an upper bound.
    public static func isNested(_ standard: StaffingStandard) -> Bool {
        let sets = Array(Set(standard.requirements.map(\.target.roles) + standard.coverage.map(\.target.roles)))
        for (index, a) in sets.enumerated() {
            for b in sets[(index + 1)...] where !a.isDisjoint(with: b) && !a.isSubset(of: b) && !b.isSubset(of: a) {
                return false
            }
        }
        return true
    }

    // MARK: Plans

    /// Where each line and coverage of a standard goes: its target's slot and its role set.
    final class Plan: Sendable {
        let typeSlot: Int
        let standard: StaffingStandard
        /// The global role slot of each local target.
        let targetSlots: [Int]
        /// Per requirement of the standard (conditional ones included): local target and set.
        let requirementTargets: [Int]
        let requirementSets: [Int]
        /// Per requirement: the condition that switches it on, if any.
        let requirementConditions: [StaffingCondition?]
        let coverageTargets: [Int]
        let coverageSets: [Int]
        /// Per coverage: the staff-hours a week it needs.
        let coverageHours: [Rational]
        /// Per role set, ordered by size (nested sets first): the set it nests in, or -1.
        let setParents: [Int]
        /// Per requirement and per coverage: the ``StaffRole/allCases`` positions of its roles.
        let requirementRoles: [[Int]]
        let coverageRoles: [[Int]]

        init(typeSlot: Int, standard: StaffingStandard, targetSlots: [Int], requirementTargets: [Int], requirementSets: [Int],
             coverageTargets: [Int], coverageSets: [Int], setParents: [Int]) {
            self.typeSlot = typeSlot
            self.standard = standard
            self.targetSlots = targetSlots
            self.requirementTargets = requirementTargets
            self.requirementSets = requirementSets
            self.coverageTargets = coverageTargets
            self.coverageSets = coverageSets
            self.setParents = setParents
            requirementConditions = standard.requirements.map(\.condition)
            coverageHours = standard.coverage.map { Rational($0.hoursPerWeek) }
            requirementRoles = standard.requirements.map { $0.target.roles.map(NetworkTally.roleSlot).sorted() }
            coverageRoles = standard.coverage.map { $0.target.roles.map(NetworkTally.roleSlot).sorted() }
        }
    }

    private mutating func plan(for type: String) -> Plan? {
        if let plan = plans[type] { return plan }
        guard let typeSlot = StaffingCatalogue.standards.firstIndex(where: { $0.id == type }) else { return nil }
        let standard = StaffingCatalogue.standards[typeSlot]
        let targets = standard.requirements.map(\.target) + standard.coverage.map(\.target)

        var localTargets: [String: Int] = [:]
        var targetSlots: [Int] = []
        for target in targets where localTargets[target.id] == nil {
            localTargets[target.id] = targetSlots.count
            targetSlots.append(roleSlot(for: target))
        }

        var sets: [Set<StaffRole>] = []
        for target in targets where !sets.contains(target.roles) { sets.append(target.roles) }
        sets.sort { $0.count < $1.count }
        let nested = Self.isNested(standard)
        let parents = sets.indices.map { index -> Int in
            guard nested else { return -1 }
            // The smallest strictly wider set: in nested groups the wider ones form a chain.
            let wider = sets.indices.filter { sets[index].isStrictSubset(of: sets[$0]) }
            return wider.min { sets[$0].count < sets[$1].count } ?? -1
        }
        func setIndex(_ target: StaffTarget) -> Int { sets.firstIndex(of: target.roles)! }

        let requirementCount = standard.requirements.count
        let plan = Plan(
            typeSlot: typeSlot, standard: standard, targetSlots: targetSlots,
            requirementTargets: targets.prefix(requirementCount).map { localTargets[$0.id]! },
            requirementSets: targets.prefix(requirementCount).map(setIndex),
            coverageTargets: targets.dropFirst(requirementCount).map { localTargets[$0.id]! },
            coverageSets: targets.dropFirst(requirementCount).map(setIndex),
            setParents: parents)
        plans[type] = plan
        return plan
    }

    private mutating func roleSlot(for target: StaffTarget) -> Int {
        if let slot = roleSlots[target.id] { return slot }
        let slot = roleIDs.count
        roleSlots[target.id] = slot
        roleIDs.append(target.id)
        roleLabels.append(target.label)
        roleTotals.append(Totals())
        return slot
    }

    private struct ContributionKey: Hashable, Sendable {
        let type: Int
        let capacity: Int
        let fullTimeNumerator: Int
        let fullTimeDenominator: Int
    }

    /// What a structure adds (its roster aside), kept for the next one of the same type,
    /// capacity and full-time hours.
    private struct Contribution: Sendable {
        let requirement: StaffingRequirement
        let targetNeed: [Rational]
        let targetActive: [Bool]
        let combinedNeed: Rational
    }

    /// Per-structure working arrays, kept between structures so that adding allocates little.
    private struct Scratch: Sendable {
        var targetActive: [Bool] = []
        var targetNeed: [Rational] = []
        var targetPresent: [Rational] = []
        var setActive: [Bool] = []
        var setNeed: [Rational] = []
        var setPresent: [Rational] = []
        var childNeed: [Rational] = []
        var childMissing: [Rational] = []
        /// Counted hours of a roster, per ``StaffRole/allCases`` position.
        var roleHours: [Rational] = []

        mutating func resetRoles() {
            Self.fill(&roleHours, .zero, StaffRole.allCases.count)
        }

        mutating func reset(targets: Int, sets: Int) {
            Self.fill(&targetActive, false, targets)
            Self.fill(&targetNeed, .zero, targets)
            Self.fill(&targetPresent, .zero, targets)
            Self.fill(&setActive, false, sets)
            Self.fill(&setNeed, .zero, sets)
            Self.fill(&setPresent, .zero, sets)
            Self.fill(&childNeed, .zero, sets)
            Self.fill(&childMissing, .zero, sets)
        }

        mutating func need(_ hours: Rational, present: Rational, target: Int, set: Int) {
            if !targetActive[target] || targetNeed[target] < hours { targetNeed[target] = hours }
            targetActive[target] = true
            targetPresent[target] = present
            if !setActive[set] || setNeed[set] < hours { setNeed[set] = hours }
            setActive[set] = true
            setPresent[set] = present
        }

        static func fill<T>(_ array: inout [T], _ value: T, _ count: Int) {
            array.removeAll(keepingCapacity: true)
            array.append(contentsOf: repeatElement(value, count: count))
        }
    }
}
