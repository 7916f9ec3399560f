/// The staffing requirement of many structures at once, over contiguous arrays (struct of
/// arrays), with integer arithmetic only and no allocation per structure.
///
/// The evaluator is compiled once from a list of standards (by default
/// ``StaffingCatalogue/standards``) and a base ``StaffingParameters``: every requirement line of
/// every standard is flattened into one contiguous array of integer coefficients (law mode,
/// coefficient `P/Q`, module size, rounding, floor, the factor that turns the requirement's unit
/// into hours a week, the bit of its condition). A batch is then three parallel arrays, the
/// structure types (indices into ``standards``), their capacities and optionally their
/// condition masks, and its result is written into a buffer the caller provides.
///
/// A structure's condition mask is ``conditionMaskWidth`` words of 64 bits, bit `b` of the
/// whole declaring ``conditions``[b]: one word while the standards use at most 64 conditions
/// (the catalogue's standards use a handful), one more for every 64 beyond. Any number of
/// conditions works; the single word is the fast path.
///
/// ## What a total is
///
/// For a structure of standard `s`, capacity `N` and declared conditions `C` (the base
/// parameters' conditions plus those of its mask), the total is the standard's required
/// staff-hours a week **in hundredths of an hour**, each requirement line rounded half up to
/// the hundredth *before* the lines are added:
///
/// ```swift
/// let needs = try StaffingCalculator.requirement(for: s, capacity: N, parameters: p)  // p.conditions = C
/// let total = needs.lines.reduce(0) { $0 + $1.hoursPerWeek.hundredths }
/// ```
///
/// that is, for every requirement `r` of `s` whose condition is absent or in `C`:
/// 1. `exact = r.law.amount(at: N)` (exact fraction);
/// 2. `minimum = exact.rounded(r.rounding)`, raised to `r.floor` when below it;
/// 3. `hours = minimum × factor`, the factor being the full-time hours for persons and FTE,
///    1 for hours a week, ``StaffingStandard/daysPerWeek`` for hours a day, 168 for posts around
///    the clock and the first coverage window's hours for posts over the opening;
/// 4. the line's contribution is `hours.hundredths` (`hours × 100` rounded half up).
///
/// The total is a plain sum of lines: where a standard states a group and a role inside it
/// (SPOI: non-medical care staff, and at least 6 nurses among them) both lines count. It is
/// the measure to compare structures and types by, not the deduplicated hours ``NetworkTally``
/// works out for a network.
///
/// Capacities the scalar API rejects (outside ``StaffingStandard/capacityLimits``, or negative
/// when the standard sets none) give ``outOfLimits``; a type index outside ``standards`` gives
/// ``unknownType``; both count in the error count the evaluation returns.
///
/// ## How it is fast
///
/// Every step above is done in 64-bit integers on the unreduced fraction (the roundings depend
/// only on the value of a fraction, not on its terms, so no `gcd` is needed), and every
/// division by a line's constant is a multiplication by a precomputed reciprocal
/// (Granlund–Montgomery). Lines of a fixed amount with no condition are folded into one
/// integer per standard at construction.
///
/// Because a total is a pure function of (standard, capacity, conditions), the evaluator also
/// **memoises** it: for each standard it tabulates the totals under the base conditions for
/// the first `tableCapacity` admissible capacities (from the lower limit, or from 0), once, at
/// construction (the whole catalogue: about 15,000 `Int32`, 60 KB). A structure whose capacity
/// falls in its standard's table, and whose mask switches on no further condition that the
/// standard uses, costs one table read (and one test of its mask word, when masks are given);
/// any other structure is computed from the coefficients.
///
/// With `tableCapacity: 0` there are no tables and every structure is computed: the batch is
/// taken in chunks of 4,096 structures, grouped by type with a counting sort, and each line of
/// a type runs over that type's structures, free of unpredictable branches.
///
/// Where a capacity is so large that the integer path could overflow, the line falls back to
/// the scalar ``Rational`` arithmetic, so results are always the scalar API's. Nothing is
/// allocated per structure: a batch with tables allocates nothing at all; one without takes a
/// 16 KB scratch buffer for its counting sort (`withUnsafeTemporaryAllocation`: on the stack
/// where the platform allows, else one heap allocation per call).
///
/// ```swift
/// let evaluator = try StaffingBatchEvaluator()                       // the whole catalogue, 36 h full time
/// let spoi = evaluator.standardIndex("er.spoi")!
/// let minors = evaluator.standardIndex("sicily.minors-apartment")!
/// let types: [Int32] = [spoi, spoi, minors, spoi]
/// let capacities: [Int32] = [15, 12, 5, 99]                          // 99 beds: outside SPOI's limits
/// let none = evaluator.conditionMask([])                            // conditionMaskWidth words each
/// let minors = evaluator.conditionMask([SicilyMinorsStaffingStandards.hostsMinors])
/// let masks = none + none + minors + none
/// var totals = [Int64](repeating: 0, count: types.count)
/// let errors = evaluator.evaluate(types: types, capacities: capacities, conditionMasks: masks, into: &totals)
/// // totals[0] == 68_400 (684 h a week at 15 beds: 11 non-medical, 6 nurses, 2 doctors at 36 h)
/// // totals[3] == StaffingBatchEvaluator.outOfLimits, errors == 1
/// ```
///
/// The evaluator is immutable and `Sendable`: threads may evaluate disjoint slices of one batch
/// with the same evaluator.
public struct StaffingBatchEvaluator: Sendable {
    /// The total of a structure whose capacity its standard does not admit.
    public static let outOfLimits: Int64 = -1
    /// The total of a structure whose type index is not an index of ``standards``.
    public static let unknownType: Int64 = -2
    /// The default number of capacities tabulated per standard.
    public static let defaultTableCapacity = 1_024

    /// The standards, in the order their indices refer to.
    public let standards: [StaffingStandard]
    /// The base parameters: their full-time hours convert persons and FTE, their conditions
    /// hold for every structure.
    public let parameters: StaffingParameters
    /// The conditions the standards use, in the order of their first use; bit `i` of a
    /// condition mask (bit `i % 64` of its word `i / 64`) declares `conditions[i]`.
    public let conditions: [StaffingCondition]
    /// The words of one structure's condition mask: `max(1, ⌈conditions.count / 64⌉)`.
    public let conditionMaskWidth: Int
    /// The mask of the base parameters' conditions (``conditionMaskWidth`` words).
    public let baseMask: [UInt64]
    let storage: Storage

    /// Compiles `standards` under `parameters`.
    ///
    /// - Parameter tableCapacity: capacities tabulated per standard (0: no tables).
    /// - Throws: ``StaffingError/invalidFullTimeHours(_:)`` when the full-time hours are not
    ///   positive, as the scalar API does.
    /// - Precondition: every module size, reference capacity and user count is non-zero (the
    ///   scalar API traps on zero as well). The standards may use any number of conditions.
    public init(
        standards: [StaffingStandard] = StaffingCatalogue.standards, parameters: StaffingParameters = .init(),
        tableCapacity: Int = StaffingBatchEvaluator.defaultTableCapacity
    ) throws(StaffingError) {
        guard parameters.fullTimeHours > .zero else { throw .invalidFullTimeHours(parameters.fullTimeHours) }
        precondition(standards.count < Int(Int32.max), "too many standards for Int32 type indices")
        var conditions: [StaffingCondition] = []
        var seen: Set<StaffingCondition> = []
        for standard in standards {
            for requirement in standard.requirements {
                if let condition = requirement.condition, seen.insert(condition).inserted { conditions.append(condition) }
            }
        }
        let width = Self.maskWidth(conditions: conditions.count)
        let baseMask = Self.mask(declaring: parameters.conditions, among: conditions, width: width)
        self.standards = standards
        self.parameters = parameters
        self.conditions = conditions
        self.conditionMaskWidth = width
        self.baseMask = baseMask
        self.storage = Storage(standards: standards, parameters: parameters, conditions: conditions,
                               baseMask: baseMask, tableCapacity: max(0, tableCapacity))
    }

    static func maskWidth(conditions count: Int) -> Int { max(1, (count + 63) / 64) }

    static func mask(declaring declared: Set<StaffingCondition>, among conditions: [StaffingCondition], width: Int) -> [UInt64] {
        var mask = [UInt64](repeating: 0, count: width)
        for (bit, condition) in conditions.enumerated() where declared.contains(condition) {
            mask[bit / 64] |= 1 << UInt64(bit % 64)
        }
        return mask
    }

    /// The index of the standard with `id`, for the `types` array.
    public func standardIndex(_ id: String) -> Int32? {
        standards.firstIndex { $0.id == id }.map { Int32($0) }
    }

    /// The mask that declares `conditions`, ``conditionMaskWidth`` words (conditions no
    /// standard uses are ignored). A batch's masks are its structures' masks one after another.
    public func conditionMask(_ conditions: Set<StaffingCondition>) -> [UInt64] {
        Self.mask(declaring: conditions, among: self.conditions, width: conditionMaskWidth)
    }

    /// The capacities of standard `index` whose totals under the base conditions are
    /// tabulated (empty when tables are off).
    public func tabulatedCapacities(ofStandard index: Int) -> Range<Int> {
        let hot = storage.hot[index]
        return Int(hot.tableLow)..<(Int(hot.tableLow) + Int(hot.tableCount))
    }

    // MARK: Totals

    /// Writes the total of structure `i` (see the type's documentation) into `totals[i]`.
    ///
    /// - Parameters:
    ///   - types: indices into ``standards``.
    ///   - capacities: capacities in each standard's own unit; as many as `types`.
    ///   - conditionMasks: per structure, ``conditionMaskWidth`` words declaring conditions besides
    ///     the base parameters' (bit `i` of a structure's words declares `conditions[i]`);
    ///     `nil` for none. `conditionMaskWidth × types.count` words when given.
    ///   - totals: receives one total per structure; as many as `types`.
    /// - Returns: the number of structures with an unknown type or an inadmissible capacity.
    @discardableResult
    public func evaluate(
        types: UnsafeBufferPointer<Int32>, capacities: UnsafeBufferPointer<Int32>,
        conditionMasks: UnsafeBufferPointer<UInt64>? = nil, into totals: UnsafeMutableBufferPointer<Int64>
    ) -> Int {
        let count = types.count
        precondition(capacities.count == count && totals.count == count, "types, capacities and totals differ in length")
        if let masks = conditionMasks {
            precondition(masks.count == count * conditionMaskWidth, "condition masks must hold conditionMaskWidth words per structure")
        }
        guard count > 0 else { return 0 }
        if let masks = conditionMasks {
            return storage.totals(count: count, types: types.baseAddress!, capacities: capacities.baseAddress!,
                                  masks: masks.baseAddress!, output: totals.baseAddress!)
        }
        return storage.totals(count: count, types: types.baseAddress!, capacities: capacities.baseAddress!,
                              output: totals.baseAddress!)
    }

    /// ``evaluate(types:capacities:conditionMasks:into:)-(UnsafeBufferPointer<Int32>,_,_,_)``
    /// over arrays; `totals` must already hold as many elements as `types`.
    @discardableResult
    public func evaluate(
        types: [Int32], capacities: [Int32], conditionMasks: [UInt64]? = nil, into totals: inout [Int64]
    ) -> Int {
        precondition(totals.count == types.count, "totals must hold one element per structure")
        return types.withUnsafeBufferPointer { types in
            capacities.withUnsafeBufferPointer { capacities in
                totals.withUnsafeMutableBufferPointer { totals in
                    if let masks = conditionMasks {
                        return masks.withUnsafeBufferPointer { masks in
                            evaluate(types: types, capacities: capacities, conditionMasks: masks, into: totals)
                        }
                    }
                    return evaluate(types: types, capacities: capacities, conditionMasks: nil, into: totals)
                }
            }
        }
    }

    /// The totals of a batch in a new array (one allocation per batch), with the error count.
    public func totals(types: [Int32], capacities: [Int32], conditionMasks: [UInt64]? = nil) -> (totals: [Int64], errors: Int) {
        var totals = [Int64](repeating: 0, count: types.count)
        let errors = evaluate(types: types, capacities: capacities, conditionMasks: conditionMasks, into: &totals)
        return (totals, errors)
    }

    // MARK: Lines

    /// What ``evaluateLines(types:capacities:conditionMasks:measure:into:)`` writes per line.
    public enum LineMeasure: Sendable, Hashable {
        /// The line's minimum in the requirement's own unit, in hundredths rounded half up
        /// (`line.minimum.hundredths`).
        case minimum
        /// The line's staff-hours a week in hundredths rounded half up (`line.hoursPerWeek.hundredths`).
        case hoursPerWeek
    }

    /// The requirements of every standard, flattened: those of standard `s` are
    /// `requirements[requirementRange(ofStandard: s)]`, in the standard's order.
    public var requirements: [RoleRequirement] { storage.flatRequirements }

    /// Where standard `index`'s requirements sit in ``requirements``.
    public func requirementRange(ofStandard index: Int) -> Range<Int> {
        let info = storage.info[index]
        return Int(info.requirementStart)..<Int(info.requirementEnd)
    }

    /// The number of line slots ``evaluateLines(types:capacities:conditionMasks:measure:into:)``
    /// writes for `types`: the sum of their standards' requirement counts (0 for an unknown type).
    public func lineCount(types: UnsafeBufferPointer<Int32>) -> Int {
        var total = 0
        for type in types where UInt32(bitPattern: type) < UInt32(standards.count) {
            let info = storage.info[Int(type)]
            total += Int(info.requirementEnd - info.requirementStart)
        }
        return total
    }

    /// ``lineCount(types:)-(UnsafeBufferPointer<Int32>)`` over an array.
    public func lineCount(types: [Int32]) -> Int {
        types.withUnsafeBufferPointer { lineCount(types: $0) }
    }

    /// Writes every requirement line of every structure, one slot per requirement of its
    /// standard, structure after structure: structure `i`'s slots start where structure
    /// `i - 1`'s end, and slot `j` of them is requirement `requirementRange(ofStandard: type).lowerBound + j`.
    ///
    /// A requirement whose condition is not declared needs nothing and writes 0; every slot of
    /// a structure whose capacity is inadmissible writes ``outOfLimits``; a structure of an
    /// unknown type has no slots. Lines are always computed (the tables hold totals only).
    ///
    /// - Parameter lines: exactly ``lineCount(types:)-(UnsafeBufferPointer<Int32>)`` slots.
    /// - Returns: the number of structures with an unknown type or an inadmissible capacity.
    @discardableResult
    public func evaluateLines(
        types: UnsafeBufferPointer<Int32>, capacities: UnsafeBufferPointer<Int32>,
        conditionMasks: UnsafeBufferPointer<UInt64>? = nil, measure: LineMeasure = .minimum,
        into lines: UnsafeMutableBufferPointer<Int64>
    ) -> Int {
        let count = types.count
        let width = conditionMaskWidth
        precondition(capacities.count == count, "types and capacities differ in length")
        if let masks = conditionMasks {
            precondition(masks.count == count * width, "condition masks must hold conditionMaskWidth words per structure")
        }
        precondition(lines.count == lineCount(types: types), "lines must hold lineCount(types:) slots")
        var errors = 0
        var slot = 0
        for index in 0..<count {
            let type = types[index]
            guard UInt32(bitPattern: type) < UInt32(standards.count) else { errors += 1; continue }
            let mask = conditionMasks.map { $0.baseAddress! + index * width }
            if !storage.writeLines(standard: Int(type), capacity: capacities[index], mask: mask, measure: measure,
                                   into: lines.baseAddress! + slot) {
                errors += 1
            }
            let info = storage.info[Int(type)]
            slot += Int(info.requirementEnd - info.requirementStart)
        }
        return errors
    }

    /// ``evaluateLines(types:capacities:conditionMasks:measure:into:)-(UnsafeBufferPointer<Int32>,_,_,_,_)``
    /// over arrays, in a new array of ``lineCount(types:)-([Int32])`` slots, with the error count.
    public func lines(
        types: [Int32], capacities: [Int32], conditionMasks: [UInt64]? = nil, measure: LineMeasure = .minimum
    ) -> (lines: [Int64], errors: Int) {
        var lines = [Int64](repeating: 0, count: lineCount(types: types))
        let errors = types.withUnsafeBufferPointer { types in
            capacities.withUnsafeBufferPointer { capacities in
                lines.withUnsafeMutableBufferPointer { lines in
                    if let masks = conditionMasks {
                        return masks.withUnsafeBufferPointer { masks in
                            evaluateLines(types: types, capacities: capacities, conditionMasks: masks, measure: measure, into: lines)
                        }
                    }
                    return evaluateLines(types: types, capacities: capacities, conditionMasks: nil, measure: measure, into: lines)
                }
            }
        }
        return (lines, errors)
    }
}
