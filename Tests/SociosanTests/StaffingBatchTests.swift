import Testing
@testable import Sociosan

/// The batch evaluator must give exactly what the scalar calculator gives: the sum over
/// `requirement(for:capacity:parameters:).lines` of `line.hoursPerWeek.hundredths`, or a
/// sentinel where the scalar API throws.
@Suite("Staffing batch evaluator")
struct StaffingBatchTests {
    /// The scalar reference: the total, or nil when the scalar API rejects the capacity.
    static func scalarTotal(_ standard: StaffingStandard, _ capacity: Int, _ parameters: StaffingParameters) -> Int64? {
        guard let needs = try? StaffingCalculator.requirement(for: standard, capacity: capacity, parameters: parameters) else { return nil }
        return Int64(needs.lines.reduce(0) { $0 + $1.hoursPerWeek.hundredths })
    }

    /// The scalar lines, one slot per requirement of the standard (0 where the condition is off).
    static func scalarLines(_ standard: StaffingStandard, _ capacity: Int, _ parameters: StaffingParameters, hours: Bool) -> [Int64]? {
        guard let needs = try? StaffingCalculator.requirement(for: standard, capacity: capacity, parameters: parameters) else { return nil }
        var lines = needs.lines[...]
        return standard.requirements.map { requirement in
            guard let line = lines.first, line.requirement == requirement else { return 0 }
            lines.removeFirst()
            return Int64(hours ? line.hoursPerWeek.hundredths : line.minimum.hundredths)
        }
    }

    /// Capacities across a standard's limits and a little beyond (0...300 when unlimited).
    static func capacities(_ standard: StaffingStandard, large: Bool = true) -> [Int] {
        if let limits = standard.capacityLimits {
            return Array((limits.lowerBound - 3)...min(limits.upperBound + 3, limits.lowerBound + 2_000))
        }
        return Array(-3...300) + (large ? [1_023, 1_024, 1_025, 5_000, 1_000_000, Int(Int32.max)] : [])
    }

    /// No condition, each condition the standard uses on its own, all of them together.
    static func conditionSets(_ standard: StaffingStandard) -> [Set<StaffingCondition>] {
        let used = Set(standard.requirements.compactMap(\.condition))
        return [[]] + used.sorted { $0.rawValue < $1.rawValue }.map { [$0] } + (used.count > 1 ? [used] : [])
    }

    /// `mask` (one structure's words) for each of `count` structures, one after another.
    static func repeated(_ mask: [UInt64], _ count: Int) -> [UInt64] {
        Array([[UInt64]](repeating: mask, count: count).joined())
    }

    /// The conditions a structure's mask words declare.
    static func declared(by words: ArraySlice<UInt64>, in evaluator: StaffingBatchEvaluator) -> Set<StaffingCondition> {
        let base = words.startIndex
        return Set(evaluator.conditions.indices.filter { words[base + $0 / 64] & (1 << UInt64($0 % 64)) != 0 }.map { evaluator.conditions[$0] })
    }

    /// Checks every capacity of `standard` under every condition set, with and without tables,
    /// totals and both line measures, against the scalar API.
    static func checkAgainstScalar(_ evaluators: [StaffingBatchEvaluator], standardIndex: Int, large: Bool = true) {
        let base = evaluators[0].parameters
        let standard = evaluators[0].standards[standardIndex]
        let capacities = Self.capacities(standard, large: large)
        let types = [Int32](repeating: Int32(standardIndex), count: capacities.count)
        let batchCapacities = capacities.map { Int32($0) }
        for conditions in conditionSets(standard) {
            var parameters = base
            parameters.conditions.formUnion(conditions)
            let expected = capacities.map { scalarTotal(standard, $0, parameters) ?? StaffingBatchEvaluator.outOfLimits }
            let expectedErrors = expected.filter { $0 == StaffingBatchEvaluator.outOfLimits }.count
            for evaluator in evaluators {
                let masks = repeated(evaluator.conditionMask(conditions), capacities.count)
                let (totals, errors) = evaluator.totals(types: types, capacities: batchCapacities, conditionMasks: masks)
                #expect(totals == expected, "\(standard.id) \(conditions) full time \(base.fullTimeHours)")
                #expect(errors == expectedErrors)
                if conditions.isEmpty {
                    let unmasked = evaluator.totals(types: types, capacities: batchCapacities)
                    #expect(unmasked.totals == expected, "\(standard.id) without masks")
                }
            }
            for hours in [false, true] {
                let (lines, errors) = evaluators[0].lines(
                    types: types, capacities: batchCapacities, conditionMasks: repeated(evaluators[0].conditionMask(conditions), capacities.count),
                    measure: hours ? .hoursPerWeek : .minimum)
                let width = standard.requirements.count
                let expectedLines = capacities.flatMap {
                    scalarLines(standard, $0, parameters, hours: hours) ?? [Int64](repeating: StaffingBatchEvaluator.outOfLimits, count: width)
                }
                #expect(lines == expectedLines, "\(standard.id) lines (hours: \(hours)) \(conditions)")
                #expect(errors == expectedErrors)
            }
        }
    }

    @Test(arguments: [StaffingParameters(), StaffingParameters(fullTimeHours: 38), StaffingParameters(fullTimeHours: Rational(75, 2))])
    func batchEqualsScalarForEveryStandard(parameters: StaffingParameters) throws {
        let evaluators = [
            try StaffingBatchEvaluator(parameters: parameters),
            try StaffingBatchEvaluator(parameters: parameters, tableCapacity: 0),
            try StaffingBatchEvaluator(parameters: parameters, tableCapacity: 7),
        ]
        #expect(evaluators[0].standards.count == StaffingCatalogue.standards.count)
        for index in evaluators[0].standards.indices {
            Self.checkAgainstScalar(evaluators, standardIndex: index)
        }
    }

    @Test func baseConditionsHoldForEveryStructure() throws {
        let all = Set(StaffingCatalogue.standards.flatMap { $0.requirements.compactMap(\.condition) })
        #expect(!all.isEmpty)
        for condition in all {
            let parameters = StaffingParameters(conditions: [condition])
            let evaluators = [try StaffingBatchEvaluator(parameters: parameters), try StaffingBatchEvaluator(parameters: parameters, tableCapacity: 0)]
            #expect(evaluators[0].baseMask == evaluators[0].conditionMask([condition]))
            for (index, standard) in StaffingCatalogue.standards.enumerated() where standard.requirements.contains(where: { $0.condition != nil }) {
                Self.checkAgainstScalar(evaluators, standardIndex: index)
            }
        }
    }

    @Test func documentedExample() throws {
        let evaluator = try StaffingBatchEvaluator()
        let spoi = try #require(evaluator.standardIndex("er.spoi"))
        let minors = try #require(evaluator.standardIndex("sicily.minors-apartment"))
        let types: [Int32] = [spoi, spoi, minors, spoi]
        let capacities: [Int32] = [15, 12, 5, 99]
        #expect(evaluator.conditionMaskWidth == 1)
        let none = evaluator.conditionMask([])
        let masks = none + none + evaluator.conditionMask([SicilyMinorsStaffingStandards.hostsMinors]) + none
        var totals = [Int64](repeating: 0, count: types.count)
        let errors = evaluator.evaluate(types: types, capacities: capacities, conditionMasks: masks, into: &totals)
        #expect(errors == 1)
        #expect(totals[3] == StaffingBatchEvaluator.outOfLimits)
        #expect(totals[0] == Self.scalarTotal(StaffingCatalogue.standard("er.spoi")!, 15, .init()))
        #expect(totals[0] == 68_400)
        let withMinors = StaffingParameters(conditions: [SicilyMinorsStaffingStandards.hostsMinors])
        #expect(totals[2] == Self.scalarTotal(StaffingCatalogue.standard("sicily.minors-apartment")!, 5, withMinors))
        #expect(totals[2] != Self.scalarTotal(StaffingCatalogue.standard("sicily.minors-apartment")!, 5, .init()))
    }

    @Test func outOfLimitsAndUnknownTypesGiveSentinels() throws {
        let evaluator = try StaffingBatchEvaluator()
        let spoi = try #require(evaluator.standardIndex("er.spoi"))
        let limits = try #require(StaffingCatalogue.standard("er.spoi")?.capacityLimits)
        let unlimited = try #require(evaluator.standards.firstIndex { $0.capacityLimits == nil })
        let types: [Int32] = [spoi, spoi, spoi, spoi, Int32(unlimited), Int32(unlimited), -1, Int32(evaluator.standards.count), Int32.max]
        let capacities: [Int32] = [Int32(limits.lowerBound - 1), Int32(limits.upperBound + 1), Int32.min, Int32(limits.upperBound), -1, 0, 10, 10, 10]
        let (totals, errors) = evaluator.totals(types: types, capacities: capacities)
        #expect(Array(totals[0..<3]) == [StaffingBatchEvaluator.outOfLimits, StaffingBatchEvaluator.outOfLimits, StaffingBatchEvaluator.outOfLimits])
        #expect(totals[3] > 0)
        #expect(totals[4] == StaffingBatchEvaluator.outOfLimits)
        #expect(totals[5] >= 0)
        #expect(Array(totals[6...]) == [StaffingBatchEvaluator.unknownType, StaffingBatchEvaluator.unknownType, StaffingBatchEvaluator.unknownType])
        #expect(errors == 7)
        // Lines: an unknown type has no slots; an inadmissible capacity fills its slots with the sentinel.
        let (lines, lineErrors) = evaluator.lines(types: [spoi, -1, spoi], capacities: [0, 10, 15])
        let width = StaffingCatalogue.standard("er.spoi")!.requirements.count
        #expect(lines.count == 2 * width)
        #expect(lines[0..<width].allSatisfy { $0 == StaffingBatchEvaluator.outOfLimits })
        #expect(lineErrors == 2)
    }

    @Test func emptyBatch() throws {
        let evaluator = try StaffingBatchEvaluator()
        let (totals, errors) = evaluator.totals(types: [], capacities: [])
        #expect(totals.isEmpty && errors == 0)
        let masked = evaluator.totals(types: [], capacities: [], conditionMasks: [])
        #expect(masked.totals.isEmpty && masked.errors == 0)
        let (lines, lineErrors) = evaluator.lines(types: [], capacities: [])
        #expect(lines.isEmpty && lineErrors == 0)
        let empty = UnsafeMutableBufferPointer<Int64>(start: nil, count: 0)
        #expect(evaluator.evaluate(types: UnsafeBufferPointer(start: nil, count: 0), capacities: UnsafeBufferPointer(start: nil, count: 0),
                                   into: empty) == 0)
        let none = try StaffingBatchEvaluator(standards: [])
        #expect(none.totals(types: [0], capacities: [1]).totals == [StaffingBatchEvaluator.unknownType])
    }

    @Test func invalidFullTimeHoursThrowsLikeTheScalarAPI() {
        #expect(throws: StaffingError.invalidFullTimeHours(0)) { try StaffingBatchEvaluator(parameters: .init(fullTimeHours: 0)) }
    }

    /// Random mixed batches, deterministic: random types (a few unknown), capacities mostly within
    /// limits and sometimes outside, random condition masks; batch against scalar, structure by structure.
    @Test(arguments: [UInt64(1), 2, 3, 0xDEAD_BEEF])
    func randomMixedBatchesEqualScalar(seed: UInt64) throws {
        var generator = BatchTestGenerator(seed: seed)
        let full = Rational(Int(generator.next(below: 20)) + 30, Int(generator.next(below: 2)) + 1)
        let evaluator = try StaffingBatchEvaluator(parameters: .init(fullTimeHours: full), tableCapacity: Int(generator.next(below: 300)))
        let standards = evaluator.standards
        let count = 5_000
        var types: [Int32] = [], capacities: [Int32] = [], masks: [UInt64] = []
        for _ in 0..<count {
            let type = generator.next(below: 50) == 0 ? Int32(standards.count) : Int32(generator.next(below: UInt64(standards.count)))
            types.append(type)
            let limits = Int(type) < standards.count ? standards[Int(type)].capacityLimits ?? 0...400 : 0...400
            let capacity = generator.next(below: 20) == 0
                ? Int(generator.next(below: 2_000)) - 1_000
                : limits.lowerBound + Int(generator.next(below: UInt64(min(limits.upperBound - limits.lowerBound, 10_000) + 1)))
            capacities.append(Int32(capacity))
            masks.append(generator.next(below: 3) == 0 ? generator.next() : 0)
        }
        let (totals, errors) = evaluator.totals(types: types, capacities: capacities, conditionMasks: masks)
        var expectedErrors = 0
        for index in 0..<count {
            let expected: Int64
            if Int(types[index]) >= standards.count {
                expected = StaffingBatchEvaluator.unknownType
            } else {
                var parameters = evaluator.parameters
                parameters.conditions = Self.declared(by: masks[index...index], in: evaluator)
                expected = Self.scalarTotal(standards[Int(types[index])], Int(capacities[index]), parameters) ?? StaffingBatchEvaluator.outOfLimits
            }
            if expected < 0 { expectedErrors += 1 }
            #expect(totals[index] == expected, "structure \(index): \(types[index]) at \(capacities[index]), mask \(masks[index])")
        }
        #expect(errors == expectedErrors)
        // Without tables (grouped by type, chunk by chunk: 5,000 structures span two chunks).
        let direct = try StaffingBatchEvaluator(parameters: evaluator.parameters, tableCapacity: 0)
        let directResult = direct.totals(types: types, capacities: capacities, conditionMasks: masks)
        #expect(directResult.totals == totals)
        #expect(directResult.errors == errors)
        // The same batch through the buffer API, without masks, agrees with the masked one where masks are 0.
        var unmasked = [Int64](repeating: 7, count: count)
        evaluator.evaluate(types: types, capacities: capacities, into: &unmasked)
        for index in 0..<count where masks[index] == 0 { #expect(unmasked[index] == totals[index]) }
    }

    /// Synthetic standards that exercise what the catalogue does not: huge coefficients (the
    /// scalar fallback), negative amounts, a module size of 0, negative lower limits, fractional
    /// floors, every unit and every law.
    @Test func syntheticStandardsEqualScalar() throws {
        let citation = Citation(.psychiatricStructuresER, lines: 1...2)
        func requirement(_ law: ScalingLaw, _ unit: StaffingUnit, _ rounding: RoundingRule, floor: Rational? = nil,
                         condition: StaffingCondition? = nil) -> RoleRequirement {
            RoleRequirement(rule: "test.rule", target: .role(.nurse), unit: unit, law: law, floor: floor, rounding: rounding,
                            condition: condition, citation: citation)
        }
        let laws: [ScalingLaw] = [
            .fixed(Rational(7, 3)), .shareOfCapacity(Rational(13, 100)), .shareOfCapacity(Rational(-3, 7)),
            .perModule(amount: Rational(5, 2), moduleSize: 20, partialModules: .proportional),
            .perModule(amount: Rational(5, 2), moduleSize: 20, partialModules: .wholeModules),
            .perModule(amount: 1, moduleSize: 0, partialModules: .wholeModules),
            .perModule(amount: 1, moduleSize: -6, partialModules: .proportional),
            .proportionalToReference(amount: 3, reference: 60), .perUsers(amount: 1, users: 4),
            .fixed(Rational(1 << 50, 3)), .shareOfCapacity(Rational(1 << 40, 7)),
        ]
        var requirements: [RoleRequirement] = []
        for (index, law) in laws.enumerated() {
            let unit = StaffingUnit.allCases[index % StaffingUnit.allCases.count]
            for rounding in RoundingRule.allCases {
                requirements.append(requirement(law, unit, rounding, floor: index % 3 == 0 ? Rational(9, 4) : nil,
                                                condition: index % 4 == 1 ? "synthetic" : nil))
            }
        }
        let standards = [
            StaffingStandard(id: "test.unlimited", title: .init(it: "t", en: "t"), capacityUnit: .places, capacityLimits: nil,
                             limitsCitation: nil, requirements: requirements,
                             coverage: [CoverageRequirement(rule: "test.coverage", target: .role(.nurse), window: .opening(hoursPerWeek: 45), citation: citation)],
                             citation: citation, daysPerWeek: 6),
            StaffingStandard(id: "test.negative", title: .init(it: "t", en: "t"), capacityUnit: .places, capacityLimits: -40...40,
                             limitsCitation: citation, requirements: requirements, citation: citation),
            StaffingStandard(id: "test.empty", title: .init(it: "t", en: "t"), capacityUnit: .places, capacityLimits: 1...3,
                             limitsCitation: citation, requirements: [], citation: citation),
        ]
        for parameters in [StaffingParameters(), StaffingParameters(fullTimeHours: Rational(77, 2))] {
            let evaluators = [
                try StaffingBatchEvaluator(standards: standards, parameters: parameters),
                try StaffingBatchEvaluator(standards: standards, parameters: parameters, tableCapacity: 0),
            ]
            #expect(evaluators[0].conditions == ["synthetic"])
            for index in standards.indices {
                Self.checkAgainstScalar(evaluators, standardIndex: index, large: false)
            }
        }
    }

    /// Standards that use `count` conditions between them: each condition switches on one line
    /// of its own amount, some lines are shared by both standards, and each standard keeps
    /// lines without a condition.
    static func standardsUsing(conditions count: Int) -> [StaffingStandard] {
        let citation = Citation(.structuresSicily, lines: 1...2)
        func line(_ law: ScalingLaw, _ condition: StaffingCondition?) -> RoleRequirement {
            RoleRequirement(rule: "test.rule", target: .role(.educator), unit: .hoursPerWeek, law: law, rounding: .up,
                            condition: condition, citation: citation)
        }
        let names = (0..<count).map { StaffingCondition(rawValue: "condition-\($0)") }
        let half = count / 2
        let first = [line(.fixed(3), nil)] + names[0..<(half + 4)].enumerated().map { offset, name in
            line(offset % 2 == 0 ? .fixed(Rational(offset + 1)) : .shareOfCapacity(Rational(offset + 1, 10)), name)
        }
        let second = [line(.perUsers(amount: 2, users: 5), nil)] + names[half...].enumerated().map { offset, name in
            line(.perModule(amount: Rational(offset + 1, 2), moduleSize: 4, partialModules: .wholeModules), name)
        }
        return [
            StaffingStandard(id: "test.first", title: .init(it: "t", en: "t"), capacityUnit: .places, capacityLimits: 1...40,
                             limitsCitation: citation, requirements: first, citation: citation),
            StaffingStandard(id: "test.second", title: .init(it: "t", en: "t"), capacityUnit: .places, capacityLimits: 0...50,
                             limitsCitation: citation, requirements: second, citation: citation),
        ]
    }

    /// Past 32 conditions (a precondition stopped the process there) and past one 64-bit word:
    /// every condition set and random masks give the scalar API's totals and lines, with and
    /// without tables, with and without base conditions.
    @Test(arguments: [40, 65, 150])
    func anyNumberOfConditions(count: Int) throws {
        let standards = Self.standardsUsing(conditions: count)
        let baseConditions: Set<StaffingCondition> = ["condition-1", StaffingCondition(rawValue: "condition-\(count - 1)")]
        for parameters in [StaffingParameters(), StaffingParameters(conditions: baseConditions)] {
            let evaluators = [
                try StaffingBatchEvaluator(standards: standards, parameters: parameters),
                try StaffingBatchEvaluator(standards: standards, parameters: parameters, tableCapacity: 0),
                try StaffingBatchEvaluator(standards: standards, parameters: parameters, tableCapacity: 7),
            ]
            let evaluator = evaluators[0]
            #expect(evaluator.conditions.count == count)
            #expect(evaluator.conditionMaskWidth == (count + 63) / 64)
            #expect(evaluator.baseMask == evaluator.conditionMask(parameters.conditions))
            for index in standards.indices {
                Self.checkAgainstScalar(evaluators, standardIndex: index, large: false)
            }

            // Random structures, each with its own random mask words.
            var generator = BatchTestGenerator(seed: UInt64(count))
            let width = evaluator.conditionMaskWidth
            var types: [Int32] = [], capacities: [Int32] = [], masks: [UInt64] = []
            for _ in 0..<3_000 {
                types.append(Int32(generator.next(below: 2)))
                capacities.append(Int32(generator.next(below: 45)))
                for _ in 0..<width { masks.append(generator.next(below: 4) == 0 ? 0 : generator.next()) }
            }
            for candidate in evaluators {
                let (totals, errors) = candidate.totals(types: types, capacities: capacities, conditionMasks: masks)
                var expectedErrors = 0
                for index in types.indices {
                    var scalar = parameters
                    scalar.conditions.formUnion(Self.declared(by: masks[(index * width)..<((index + 1) * width)], in: evaluator))
                    let expected = Self.scalarTotal(standards[Int(types[index])], Int(capacities[index]), scalar) ?? StaffingBatchEvaluator.outOfLimits
                    if expected < 0 { expectedErrors += 1 }
                    #expect(totals[index] == expected, "\(count) conditions, structure \(index)")
                }
                #expect(errors == expectedErrors)
            }
            let (lines, _) = evaluator.lines(types: types, capacities: capacities, conditionMasks: masks, measure: .hoursPerWeek)
            var slot = 0
            for index in types.indices {
                let standard = standards[Int(types[index])]
                var scalar = parameters
                scalar.conditions.formUnion(Self.declared(by: masks[(index * width)..<((index + 1) * width)], in: evaluator))
                let expected = Self.scalarLines(standard, Int(capacities[index]), scalar, hours: true)
                    ?? [Int64](repeating: StaffingBatchEvaluator.outOfLimits, count: standard.requirements.count)
                #expect(Array(lines[slot..<(slot + standard.requirements.count)]) == expected, "\(count) conditions, lines of structure \(index)")
                slot += standard.requirements.count
            }
        }
    }
}

@Suite("Staffing batch divider")
struct StaffingBatchDividerTests {
    /// The multiply-and-shift division equals `/` for divisors across 2..<2^55 and dividends
    /// across 0..<2^56, edges included.
    @Test func divisionByMultiplicationIsExact() {
        var generator = BatchTestGenerator(seed: 42)
        let top = 1 << 56
        var divisors: [Int] = Array(2...300)
        for bit in 1..<55 {
            let power = 1 << bit
            divisors += [power - 1, power, power + 1].filter { $0 >= 2 }
        }
        for _ in 0..<200 { divisors.append(Int(generator.next(below: UInt64(1 << 55) - 2)) + 2) }
        for divisor in divisors {
            let divider = StaffingBatchEvaluator.Divider(divisor)
            var dividends: [Int] = [0, 1, divisor - 1, divisor, divisor + 1, top - 1, top - divisor, top / 2]
            for _ in 0..<200 { dividends.append(Int(generator.next(below: UInt64(top)))) }
            for _ in 0..<50 {
                let multiple = Int(generator.next(below: UInt64(min(1 << 20, top / divisor)))) * divisor
                dividends += [multiple - 1, multiple, multiple + 1]
            }
            for dividend in dividends where dividend >= 0 && dividend < top {
                #expect(divider.divide(dividend) == dividend / divisor, "\(dividend) / \(divisor)")
            }
        }
    }
}

/// SplitMix64: a small deterministic generator for the property tests.
struct BatchTestGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: UInt64) -> UInt64 { bound == 0 ? 0 : next() % bound }
}
