// The compiled form of a StaffingBatchEvaluator: flat integer coefficients, per-standard
// ranges and the memoised totals, in buffers allocated once at construction and never written
// again (so sharing them between threads is safe).

extension StaffingBatchEvaluator {
    /// How a law's amount depends on the capacity `N`: `P × h(N) / Q`.
    enum LawMode: UInt8 {
        /// `h = 1` (a fixed amount).
        case constant
        /// `h = N` (a share of capacity, per user, proportional to a reference or a module).
        case linear
        /// `h = ⌈N / moduleSize⌉` (whole modules).
        case wholeModules
    }

    /// One requirement line as integers.
    struct CompiledRequirement {
        var mode: LawMode
        var rounding: RoundingRule
        var hasFloor: Bool
        /// The word of a condition mask that holds the requirement's condition (0 when it has none).
        var conditionWord: Int
        /// The bit of the requirement's condition in that word, 0 when it has none.
        var conditionBit: UInt64
        /// The law's coefficient `P / Q`, `Q > 0`.
        var p: Int
        var q: Int
        var moduleSize: Int
        /// The floor `floorN / floorD`, `floorD > 0`.
        var floorN: Int
        var floorD: Int
        /// Hours a week per unit of the requirement, `hoursN / hoursD`, `hoursD > 0`.
        var hoursN: Int
        var hoursD: Int
        /// The largest capacity magnitude for which no intermediate product can overflow
        /// (-1: never; such lines use the scalar `Rational` arithmetic).
        var safeMagnitude: Int

        // The fast path, for non-negative coefficients and capacities in 0...safeMagnitude
        // (the whole catalogue): every numerator is then non-negative, so each rounding is one
        // division, and the constants below are precomputed.
        var fast = false
        /// The floor test is `numerator × floorD < floorRHS` (`floorN`, or `floorN × Q` for an
        /// exact line whose denominator stays `Q`).
        var floorRHS = 0
        /// The line's value when the floor wins, in hundredths of hours and of the unit.
        var floorHours = 0
        var floorMinimum = 0
        /// The value is `(numerator × scale + divisor) / (2 × divisor)`: half up of
        /// `numerator × 100 × hoursN / (denominator × hoursD)` (hours) or of
        /// `numerator × 100 / denominator` (minimum).
        var hoursScale = 0
        var hoursDivisor = 1
        var minimumScale = 0
        var minimumDivisor = 1
        /// On the fast path `h = ⌈N / M⌉ = (2N + moduleAddend) / 2M` for whole modules (`h = N`
        /// for the other laws, 1 for a fixed amount); the rounding is
        /// `(2 × numerator + roundingAddend) / 2Q`; the floor test fails by construction
        /// (`0 < 0`) when there is none. Every division is a multiplication (``Divider``).
        var isConstant = false
        var hasModules = false
        var isRounded = false
        /// A fast line whose value is `hoursDivider.divide(h × linearScale + hoursDivisor)`:
        /// capacity-dependent, exact, no floor, no condition (most lines of the catalogue).
        var isSimple = false
        var linearScale = 0
        var moduleAddend = 0
        var moduleDivider = Divider()
        var roundingAddend = 0
        var roundingDivider = Divider()
        var floorFactor = 0
        var hoursDivider = Divider()
        var minimumDivider = Divider()
    }

    /// Division of a non-negative integer below 2⁵⁶ by a constant `d` in `2..<2⁵⁵`, as one
    /// 64×64→128-bit multiplication and a shift (Granlund and Montgomery, "Division by
    /// invariant integers using multiplication", 1994, theorem 4.2): with `ℓ = ⌈log₂ d⌉`,
    /// `N = max(56, 64 - ℓ)` and `m = ⌊2^(N+ℓ) / d⌋ + 1`, `⌊n × m / 2^(N+ℓ)⌋ = ⌊n / d⌋` for every
    /// `0 ≤ n < 2^N`, because `2^(N+ℓ) < m × d ≤ 2^(N+ℓ) + 2^ℓ`.
    struct Divider {
        var multiplier: UInt64 = 0
        /// `N + ℓ - 64` (`N + ℓ ≥ 64`, so only the high word is shifted).
        var shift: UInt64 = 0

        init() {}

        init(_ divisor: Int) {
            precondition(divisor >= 2 && divisor < 1 << 55, "divisor \(divisor) outside 2..<2^55")
            let log = 64 - (UInt64(divisor) - 1).leadingZeroBitCount
            let bits = max(56, 64 - log)
            let total = bits + log
            let quotient = UInt64(divisor).dividingFullWidth((high: UInt64(1) << UInt64(total - 64), low: 0)).quotient
            multiplier = quotient + 1
            shift = UInt64(total - 64)
        }

        /// `n / divisor` for `0 ≤ n < 2⁵⁶`.
        @inline(__always)
        func divide(_ n: Int) -> Int {
            Int(truncatingIfNeeded: UInt64(truncatingIfNeeded: n).multipliedFullWidth(by: multiplier).high &>> shift)
        }
    }

    /// What the hot loop reads per standard (12 bytes).
    struct HotInfo {
        var tableBase: Int32
        var tableLow: Int32
        var tableCount: UInt32
    }

    /// The rest of a standard's compiled form.
    struct StandardInfo {
        var requirementStart: Int32
        var requirementEnd: Int32
        /// Admissible capacities (`0...Int.max` when the standard sets no limits).
        var limitLow: Int
        var limitHigh: Int
        /// The lines the direct total computes per structure, `directLines[directStart..<directEnd]`:
        /// those that depend on the capacity or on a condition.
        var directStart: Int32 = 0
        var directEnd: Int32 = 0
        /// The sum of the other lines (a fixed amount with no condition), folded once.
        var constantTotal = 0
    }

    final class Storage: @unchecked Sendable {
        let standards: [StaffingStandard]
        let parameters: StaffingParameters
        let flatRequirements: [RoleRequirement]
        let standardCount: Int
        /// Whether any standard has a table (`tableCapacity > 0`); without tables, batches take
        /// the grouped direct path.
        let hasTables: Bool
        /// The words of one structure's condition mask.
        let maskWidth: Int
        /// The base parameters' conditions, `maskWidth` words.
        let baseMask: UnsafeMutablePointer<UInt64>
        /// Per standard, `maskWidth` words: the conditions it uses that the base parameters do
        /// not declare. A structure whose mask has none of them set can read the table.
        let extraMasks: UnsafeMutablePointer<UInt64>
        let hot: UnsafeMutablePointer<HotInfo>
        let info: UnsafeMutablePointer<StandardInfo>
        let requirements: UnsafeMutablePointer<CompiledRequirement>
        let directLines: UnsafeMutablePointer<Int32>
        let table: UnsafeMutablePointer<Int32>

        init(standards: [StaffingStandard], parameters: StaffingParameters, conditions: [StaffingCondition],
             baseMask: [UInt64], tableCapacity: Int) {
            self.standards = standards
            self.parameters = parameters
            self.standardCount = standards.count
            let width = baseMask.count
            self.maskWidth = width
            var bitOf: [StaffingCondition: Int] = [:]
            for (bit, condition) in conditions.enumerated() { bitOf[condition] = bit }
            var flat: [RoleRequirement] = []
            var compiled: [CompiledRequirement] = []
            var infos: [StandardInfo] = []
            var hots: [HotInfo] = []
            var extras: [UInt64] = []
            for standard in standards {
                let start = Int32(compiled.count)
                var used = [UInt64](repeating: 0, count: width)
                for requirement in standard.requirements {
                    let bit = requirement.condition.flatMap { bitOf[$0] }
                    let (word, mask) = bit.map { ($0 / 64, UInt64(1) << UInt64($0 % 64)) } ?? (0, 0)
                    used[word] |= mask
                    flat.append(requirement)
                    compiled.append(Storage.compile(requirement, standard: standard, parameters: parameters,
                                                    conditionWord: word, conditionBit: mask))
                }
                let limits = standard.capacityLimits
                infos.append(StandardInfo(requirementStart: start, requirementEnd: Int32(compiled.count),
                                          limitLow: limits?.lowerBound ?? 0, limitHigh: limits?.upperBound ?? Int.max))
                hots.append(HotInfo(tableBase: 0, tableLow: 0, tableCount: 0))
                extras.append(contentsOf: zip(used, baseMask).map { $0 & ~$1 })
            }
            self.flatRequirements = flat
            // Fold the capacity-free unconditional lines of each standard into one integer.
            var direct: [Int32] = []
            for index in infos.indices {
                infos[index].directStart = Int32(direct.count)
                for line in Int(infos[index].requirementStart)..<Int(infos[index].requirementEnd) {
                    let r = compiled[line]
                    if r.mode == .constant, r.conditionBit == 0 {
                        infos[index].constantTotal += Storage.lineValue(r, capacity: 0, hours: true) {
                            StaffingCalculator.line(flat[line], standard: standards[index], capacity: 0,
                                                    parameters: parameters).hoursPerWeek.hundredths
                        }
                    } else {
                        direct.append(Int32(line))
                    }
                }
                infos[index].directEnd = Int32(direct.count)
            }

            // The memo: totals under the base conditions for the first `tableCapacity`
            // admissible capacities of each standard, computed by the same direct path.
            var entries: [Int32] = []
            if tableCapacity > 0 {
                for index in 0..<standards.count {
                    let limits = infos[index]
                    guard limits.limitLow >= Int(Int32.min), limits.limitLow <= Int(Int32.max) else { continue }
                    let room = Int(Int32.max) - limits.limitLow
                    let high = min(limits.limitHigh, limits.limitLow + min(tableCapacity - 1, room))
                    guard high >= limits.limitLow else { continue }
                    let base = entries.count
                    guard base + (high - limits.limitLow + 1) < Int(Int32.max) else { break }
                    var capacity = limits.limitLow
                    while capacity <= high {
                        let total = Storage.directTotal(
                            standard: index, capacity: capacity, mask: nil, base: baseMask, infos: infos, compiled: compiled,
                            directLines: direct, fallback: { requirement, capacity in
                                StaffingCalculator.line(flat[requirement], standard: standards[index], capacity: capacity,
                                                        parameters: parameters).hoursPerWeek.hundredths
                            })
                        guard let entry = Int32(exactly: total) else { break }
                        entries.append(entry)
                        capacity += 1
                    }
                    hots[index].tableBase = Int32(base)
                    hots[index].tableLow = Int32(limits.limitLow)
                    hots[index].tableCount = UInt32(entries.count - base)
                }
            }
            self.requirements = .allocate(capacity: max(compiled.count, 1))
            self.requirements.initialize(from: compiled, count: compiled.count)
            self.info = .allocate(capacity: max(infos.count, 1))
            self.info.initialize(from: infos, count: infos.count)
            self.hot = .allocate(capacity: max(hots.count, 1))
            self.hot.initialize(from: hots, count: hots.count)
            self.hasTables = !entries.isEmpty
            self.table = .allocate(capacity: max(entries.count, 1))
            self.table.initialize(from: entries, count: entries.count)
            self.directLines = .allocate(capacity: max(direct.count, 1))
            self.directLines.initialize(from: direct, count: direct.count)
            self.baseMask = .allocate(capacity: width)
            self.baseMask.initialize(from: baseMask, count: width)
            self.extraMasks = .allocate(capacity: max(extras.count, 1))
            self.extraMasks.initialize(from: extras, count: extras.count)
        }

        deinit {
            baseMask.deallocate()
            extraMasks.deallocate()
            directLines.deallocate()
            requirements.deallocate()
            info.deallocate()
            hot.deallocate()
            table.deallocate()
        }

        // MARK: Compilation

        static func compile(_ requirement: RoleRequirement, standard: StaffingStandard, parameters: StaffingParameters,
                            conditionWord: Int, conditionBit: UInt64) -> CompiledRequirement {
            var mode = LawMode.linear
            var p = 0, q = 1, module = 0
            var exact = true
            func scaled(_ amount: Rational, by divisor: Int) {
                precondition(divisor != 0, "\(requirement.rule): a module, reference or user count of 0")
                let (product, overflow) = amount.denominator.multipliedReportingOverflow(by: divisor)
                if overflow { exact = false; return }
                (p, q) = product < 0 ? (-amount.numerator, -product) : (amount.numerator, product)
            }
            switch requirement.law {
            case .fixed(let amount):
                mode = .constant; (p, q) = (amount.numerator, amount.denominator)
            case .shareOfCapacity(let share):
                (p, q) = (share.numerator, share.denominator)
            case .perModule(let amount, let size, .proportional):
                scaled(amount, by: size)
            case .perModule(let amount, let size, .wholeModules):
                // Modules of one place are the capacity itself.
                mode = size == 1 ? .linear : .wholeModules; (p, q, module) = (amount.numerator, amount.denominator, size)
            case .proportionalToReference(let amount, let reference):
                scaled(amount, by: reference)
            case .perUsers(let amount, let users):
                scaled(amount, by: users)
            }
            let hours: Rational
            switch requirement.unit {
            case .persons, .fullTimeEquivalents: hours = parameters.fullTimeHours
            case .hoursPerWeek: hours = 1
            case .hoursPerDay: hours = Rational(standard.daysPerWeek)
            case .postsAroundTheClock: hours = 168
            case .postsOverOpening: hours = Rational(standard.coverage.first?.window.hoursPerWeekPerPost ?? 0)
            }
            let floor = requirement.floor ?? .zero
            var compiled = CompiledRequirement(
                mode: mode, rounding: requirement.rounding, hasFloor: requirement.floor != nil,
                conditionWord: conditionWord, conditionBit: conditionBit,
                p: p, q: q, moduleSize: module, floorN: floor.numerator, floorD: floor.denominator,
                hoursN: hours.numerator, hoursD: hours.denominator, safeMagnitude: -1)
            if exact { compiled.safeMagnitude = safeMagnitude(of: compiled) }
            let rounded = compiled.rounding != .exact
            compiled.fast = compiled.safeMagnitude >= 0 && p >= 0 && compiled.hoursN >= 0 && compiled.floorN >= 0
                && (mode != .wholeModules || (module >= 2 && module < 1 << 40))
            if compiled.fast {
                // Within the safe magnitude every product below stays under 2^54 (see safeMagnitude(of:)).
                let denominator = rounded ? 1 : q
                compiled.floorRHS = rounded ? compiled.floorN : compiled.floorN * q
                compiled.floorHours = RoundingRule.halfUp.round(numerator: 100 * compiled.floorN * compiled.hoursN,
                                                                denominator: compiled.floorD * compiled.hoursD)
                compiled.floorMinimum = RoundingRule.halfUp.round(numerator: 100 * compiled.floorN, denominator: compiled.floorD)
                compiled.hoursScale = 200 * compiled.hoursN
                compiled.hoursDivisor = denominator * compiled.hoursD
                compiled.minimumScale = 200
                compiled.minimumDivisor = denominator
                compiled.isConstant = mode == .constant
                compiled.hasModules = mode == .wholeModules
                compiled.isRounded = rounded
                let modules = mode == .wholeModules ? module : 1
                compiled.moduleAddend = 2 * modules - 2
                compiled.moduleDivider = Divider(2 * modules)
                compiled.roundingDivider = Divider(rounded ? 2 * q : 2)
                switch compiled.rounding {
                case .halfUp: compiled.roundingAddend = q
                case .up: compiled.roundingAddend = 2 * q - 2
                case .down, .exact: compiled.roundingAddend = 0
                }
                compiled.isSimple = mode != .constant && !rounded && !compiled.hasFloor && conditionBit == 0
                compiled.linearScale = p * compiled.hoursScale
                compiled.floorFactor = compiled.hasFloor ? compiled.floorD : 0
                if !compiled.hasFloor { compiled.floorRHS = 0 }
                compiled.hoursDivider = Divider(2 * compiled.hoursDivisor)
                compiled.minimumDivider = Divider(2 * compiled.minimumDivisor)
            }
            return compiled
        }

        /// The largest capacity magnitude (at most 2³¹) whose intermediate products all stay
        /// below 2⁵⁴, bounded in floating point with a wide margin (sums of up to 2⁸ lines
        /// then stay far from `Int.max`).
        static func safeMagnitude(of r: CompiledRequirement) -> Int {
            func worst(_ magnitude: Int) -> Double {
                let h = r.mode == .constant ? 1 : Double(max(magnitude, 1))
                let pn = Double(r.p.magnitude) * h
                let rounded = r.rounding != .exact
                var numerator = rounded ? pn + 1 : pn
                var denominator = rounded ? 1 : Double(r.q)
                var worst = 2 * pn + Double(r.q)
                if r.hasFloor {
                    worst = max(worst, numerator * Double(r.floorD), Double(r.floorN.magnitude) * denominator)
                    numerator = max(numerator, Double(r.floorN.magnitude))
                    denominator = max(denominator, Double(r.floorD))
                }
                let hoursN = max(Double(r.hoursN.magnitude), 1)
                return max(worst, 200 * numerator * hoursN + denominator * Double(r.hoursD))
            }
            let limit = 0x1p54
            guard worst(0) < limit else { return -1 }
            var (low, high) = (0, 1 << 31)
            if worst(high) < limit { return high }
            while high - low > 1 {
                let middle = (low + high) / 2
                if worst(middle) < limit { low = middle } else { high = middle }
            }
            return low
        }

        // MARK: Direct computation

        /// Line `r` at `capacity`, in hundredths (of hours a week, or of the requirement's unit).
        @inline(__always)
        static func lineValue(_ r: CompiledRequirement, capacity: Int, hours: Bool, fallback: () -> Int) -> Int {
            if r.fast, capacity >= 0, capacity <= r.safeMagnitude {
                // The two tests are the same for every structure of a line: in the grouped loop
                // they always predict.
                var modules = r.isConstant ? 1 : capacity
                if r.hasModules { modules = r.moduleDivider.divide(2 &* modules &+ r.moduleAddend) }
                var numerator = r.p &* modules
                if r.isRounded { numerator = r.roundingDivider.divide(2 &* numerator &+ r.roundingAddend) }
                let floored = numerator &* r.floorFactor < r.floorRHS
                if hours {
                    let value = r.hoursDivider.divide(numerator &* r.hoursScale &+ r.hoursDivisor)
                    return floored ? r.floorHours : value
                }
                let value = r.minimumDivider.divide(numerator &* r.minimumScale &+ r.minimumDivisor)
                return floored ? r.floorMinimum : value
            }
            return generalLineValue(r, capacity: capacity, hours: hours, fallback: fallback)
        }

        /// Any coefficients, any sign: the scalar API's roundings, in integers while safe.
        static func generalLineValue(_ r: CompiledRequirement, capacity: Int, hours: Bool, fallback: () -> Int) -> Int {
            guard r.safeMagnitude >= 0, capacity.magnitude <= UInt(r.safeMagnitude) else { return fallback() }
            let h: Int
            switch r.mode {
            case .constant: h = 1
            case .linear: h = capacity
            case .wholeModules: h = RoundingRule.up.round(numerator: capacity, denominator: r.moduleSize)
            }
            var numerator = r.p * h
            var denominator = r.q
            if r.rounding != .exact {
                numerator = r.rounding.round(numerator: numerator, denominator: denominator)
                denominator = 1
            }
            if r.hasFloor, numerator * r.floorD < r.floorN * denominator {
                (numerator, denominator) = (r.floorN, r.floorD)
            }
            if hours {
                return RoundingRule.halfUp.round(numerator: 100 * numerator * r.hoursN, denominator: denominator * r.hoursD)
            }
            return RoundingRule.halfUp.round(numerator: 100 * numerator, denominator: denominator)
        }

        /// Whether line `r` applies to a structure whose own mask is `mask` (`nil`: none) on top
        /// of the base conditions `base`: it has no condition, or either declares it.
        @inline(__always)
        static func isDeclared(_ r: CompiledRequirement, mask: UnsafePointer<UInt64>?, base: UnsafePointer<UInt64>) -> Bool {
            let word = (mask?[r.conditionWord] ?? 0) | base[r.conditionWord]
            return word & r.conditionBit == r.conditionBit
        }

        /// The total of standard `standard` at an admissible `capacity` for a structure whose
        /// own conditions are `mask` (`nil`: none) on top of the base conditions `base`.
        static func directTotal(
            standard: Int, capacity: Int, mask: UnsafePointer<UInt64>?, base: UnsafePointer<UInt64>,
            infos: UnsafePointer<StandardInfo>, compiled: UnsafePointer<CompiledRequirement>, directLines: UnsafePointer<Int32>,
            fallback: (_ requirement: Int, _ capacity: Int) -> Int
        ) -> Int {
            let info = infos[standard]
            var total = info.constantTotal
            for slot in Int(info.directStart)..<Int(info.directEnd) {
                let index = Int(directLines[slot])
                let r = compiled[index]
                // Branch-free on the fast path: an undeclared condition's line is computed and
                // discarded; off the fast path (which may trap like the scalar API) it is skipped.
                let declared = isDeclared(r, mask: mask, base: base)
                if declared || (r.fast && capacity >= 0 && capacity <= r.safeMagnitude) {
                    let value = lineValue(r, capacity: capacity, hours: true) { fallback(index, capacity) }
                    total += declared ? value : 0
                }
            }
            return total
        }

        func fallbackLine(standard: Int, requirement: Int, capacity: Int, hours: Bool) -> Int {
            let line = StaffingCalculator.line(flatRequirements[requirement], standard: standards[standard],
                                               capacity: capacity, parameters: parameters)
            return hours ? line.hoursPerWeek.hundredths : line.minimum.hundredths
        }

        /// The total of one structure off the table: limits checked, then computed directly.
        @inline(never)
        func slowTotal(type: Int32, capacity: Int32, mask: UnsafePointer<UInt64>?, errors: inout Int) -> Int64 {
            guard UInt32(bitPattern: type) < UInt32(standardCount) else {
                errors += 1
                return StaffingBatchEvaluator.unknownType
            }
            let standard = Int(type)
            let capacity = Int(capacity)
            let limits = info[standard]
            guard capacity >= limits.limitLow, capacity <= limits.limitHigh else {
                errors += 1
                return StaffingBatchEvaluator.outOfLimits
            }
            let total = Storage.directTotal(
                standard: standard, capacity: capacity, mask: mask, base: baseMask, infos: info, compiled: requirements,
                directLines: directLines, fallback: { requirement, capacity in
                    self.fallbackLine(standard: standard, requirement: requirement, capacity: capacity, hours: true)
                })
            return Int64(total)
        }

        // MARK: Batches

        func totals(count: Int, types: UnsafePointer<Int32>, capacities: UnsafePointer<Int32>,
                    output: UnsafeMutablePointer<Int64>) -> Int {
            guard hasTables else { return groupedTotals(count: count, types: types, capacities: capacities, masks: nil, output: output) }
            var errors = 0
            let hot = self.hot, table = self.table
            let standards = UInt32(truncatingIfNeeded: standardCount)
            for index in 0..<count {
                let type = UInt32(bitPattern: types[index])
                let capacity = capacities[index]
                if type < standards {
                    let info = hot[Int(type)]
                    let offset = UInt32(bitPattern: capacity) &- UInt32(bitPattern: info.tableLow)
                    if offset < info.tableCount {
                        output[index] = Int64(table[Int(info.tableBase) &+ Int(offset)])
                        continue
                    }
                }
                output[index] = slowTotal(type: types[index], capacity: capacity, mask: nil, errors: &errors)
            }
            return errors
        }

        func totals(count: Int, types: UnsafePointer<Int32>, capacities: UnsafePointer<Int32>,
                    masks: UnsafePointer<UInt64>, output: UnsafeMutablePointer<Int64>) -> Int {
            guard hasTables else { return groupedTotals(count: count, types: types, capacities: capacities, masks: masks, output: output) }
            var errors = 0
            let hot = self.hot, table = self.table
            let standards = UInt32(truncatingIfNeeded: standardCount), width = maskWidth
            for index in 0..<count {
                let type = UInt32(bitPattern: types[index])
                let capacity = capacities[index]
                let mask = masks + index &* width
                if type < standards {
                    let info = hot[Int(type)]
                    let offset = UInt32(bitPattern: capacity) &- UInt32(bitPattern: info.tableLow)
                    if offset < info.tableCount, declaresNoExtraCondition(mask, standard: Int(type)) {
                        output[index] = Int64(table[Int(info.tableBase) &+ Int(offset)])
                        continue
                    }
                }
                output[index] = slowTotal(type: types[index], capacity: capacity, mask: mask, errors: &errors)
            }
            return errors
        }

        /// Whether `mask` declares none of the conditions standard `standard` uses beyond the
        /// base ones, so that its tabulated total holds. One word is the fast path.
        @inline(__always)
        func declaresNoExtraCondition(_ mask: UnsafePointer<UInt64>, standard: Int) -> Bool {
            if maskWidth == 1 { return mask[0] & extraMasks[standard] == 0 }
            let extras = extraMasks + standard &* maskWidth
            for word in 0..<maskWidth where mask[word] & extras[word] != 0 { return false }
            return true
        }

        /// The structures of a direct batch are taken in chunks that stay in the first-level cache.
        static let chunkSize = 4_096

        /// Totals computed directly, without tables: chunk by chunk, the structures are grouped
        /// by type (a counting sort of their indices into one scratch buffer), then each line of a type
        /// runs over that type's structures, so the inner loops are free of unpredictable
        /// branches (the type changes only between groups) and of per-line dispatch.
        func groupedTotals(count: Int, types: UnsafePointer<Int32>, capacities: UnsafePointer<Int32>,
                           masks: UnsafePointer<UInt64>?, output: UnsafeMutablePointer<Int64>) -> Int {
            let standards = standardCount
            let known = UInt32(truncatingIfNeeded: standards)
            let width = maskWidth
            return withUnsafeTemporaryAllocation(of: Int32.self, capacity: Storage.chunkSize) { order in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: standards + 1) { ends in
                    let order = order.baseAddress!, ends = ends.baseAddress!
                    var errors = 0
                    var start = 0
                    while start < count {
                        let size = min(Storage.chunkSize, count - start)
                        let types = types + start, capacities = capacities + start, output = output + start
                        let masks = masks.map { $0 + start &* width }
                        // Counting sort: ends[t + 1] counts type t, then ends[t] is where type t
                        // starts; placing advances it, so that it ends where type t ends.
                        ends.initialize(repeating: 0, count: standards + 1)
                        for index in 0..<size {
                            let type = UInt32(bitPattern: types[index])
                            if type < known {
                                ends[Int(type) + 1] &+= 1
                            } else {
                                output[index] = StaffingBatchEvaluator.unknownType
                                errors += 1
                            }
                        }
                        for type in 0..<standards { ends[type + 1] &+= ends[type] }
                        for index in 0..<size {
                            let type = UInt32(bitPattern: types[index])
                            if type < known {
                                order[Int(ends[Int(type)])] = Int32(truncatingIfNeeded: index)
                                ends[Int(type)] &+= 1
                            }
                        }
                        var groupStart = 0
                        for standard in 0..<standards {
                            let groupEnd = Int(ends[standard])
                            defer { groupStart = groupEnd }
                            guard groupEnd > groupStart else { continue }
                            let info = self.info[standard]
                            // Inadmissible capacities leave the group.
                            var admitted = groupStart
                            for slot in groupStart..<groupEnd {
                                let index = Int(order[slot])
                                let capacity = Int(capacities[index])
                                if capacity >= info.limitLow, capacity <= info.limitHigh {
                                    order[admitted] = Int32(truncatingIfNeeded: index)
                                    admitted += 1
                                    output[index] = Int64(info.constantTotal)
                                } else {
                                    output[index] = StaffingBatchEvaluator.outOfLimits
                                    errors += 1
                                }
                            }
                            for line in Int(info.directStart)..<Int(info.directEnd) {
                                let requirement = Int(directLines[line])
                                let r = requirements[requirement]
                                if r.isSimple {
                                    // The common line, with its constants in registers.
                                    let limit = r.safeMagnitude, scale = r.linearScale, addend = r.hoursDivisor
                                    let hours = r.hoursDivider, modules = r.moduleDivider, moduleAddend = r.moduleAddend
                                    let hasModules = r.hasModules
                                    for slot in groupStart..<admitted {
                                        let index = Int(order[slot])
                                        let capacity = Int(capacities[index])
                                        guard capacity >= 0, capacity <= limit else {
                                            output[index] += Int64(Storage.lineValue(r, capacity: capacity, hours: true) {
                                                self.fallbackLine(standard: standard, requirement: requirement, capacity: capacity, hours: true)
                                            })
                                            continue
                                        }
                                        let h = hasModules ? modules.divide(2 &* capacity &+ moduleAddend) : capacity
                                        output[index] += Int64(hours.divide(h &* scale &+ addend))
                                    }
                                    continue
                                }
                                // Declared for every structure by the base conditions (or no
                                // condition at all), else by a structure's own mask word.
                                let always = baseMask[r.conditionWord] & r.conditionBit == r.conditionBit
                                let word = r.conditionWord, bit = r.conditionBit
                                for slot in groupStart..<admitted {
                                    let index = Int(order[slot])
                                    let capacity = Int(capacities[index])
                                    let declared = always || (masks.map { $0[index &* width &+ word] & bit == bit } ?? false)
                                    guard declared || (r.fast && capacity >= 0 && capacity <= r.safeMagnitude) else { continue }
                                    let value = Storage.lineValue(r, capacity: capacity, hours: true) {
                                        self.fallbackLine(standard: standard, requirement: requirement, capacity: capacity, hours: true)
                                    }
                                    output[index] += declared ? Int64(value) : 0
                                }
                            }
                        }
                        start += size
                    }
                    return errors
                }
            }
        }

        /// Writes standard `standard`'s lines at `capacity` under `mask` into `output`; false
        /// when the capacity is inadmissible (every slot then holds `outOfLimits`).
        func writeLines(standard: Int, capacity: Int32, mask: UnsafePointer<UInt64>?, measure: LineMeasure,
                        into output: UnsafeMutablePointer<Int64>) -> Bool {
            let limits = info[standard]
            let capacity = Int(capacity)
            let count = Int(limits.requirementEnd - limits.requirementStart)
            guard capacity >= limits.limitLow, capacity <= limits.limitHigh else {
                output.update(repeating: StaffingBatchEvaluator.outOfLimits, count: count)
                return false
            }
            let hours = measure == .hoursPerWeek
            for slot in 0..<count {
                let index = Int(limits.requirementStart) + slot
                let r = requirements[index]
                if !Storage.isDeclared(r, mask: mask, base: baseMask) {
                    output[slot] = 0
                    continue
                }
                output[slot] = Int64(Storage.lineValue(r, capacity: capacity, hours: hours) {
                    self.fallbackLine(standard: standard, requirement: index, capacity: capacity, hours: hours)
                })
            }
            return true
        }
    }
}
