import Sociosan

/// A deterministic corpus of structures of mixed types for the staffing batch benchmarks and
/// the numpy baseline (`Tools/staffing_numpy_baseline.py`, which reads it through
/// `staffing-export`).
///
/// Structure `i` is drawn from one SplitMix64 stream with a fixed seed: its type uniformly
/// among ``StaffingCatalogue/standards`` (index into that list), its capacity uniformly within
/// the type's limits, or in `1...unlimitedMaximum` for a type the regulation sets no limit
/// for. Every structure is admissible, so a batch over the corpus has no errors.
///
/// ```swift
/// let corpus = StaffingCorpus.Structures(count: 10_000_000)
/// let evaluator = try StaffingBatchEvaluator()
/// var totals = [Int64](repeating: 0, count: corpus.count)
/// evaluator.evaluate(types: corpus.types, capacities: corpus.capacities, into: &totals)
/// ```
public enum StaffingCorpus {
    /// The structure count of the benchmarks.
    public static let standardCount = 10_000_000
    /// The capacities of a type without limits are drawn from `1...unlimitedMaximum`.
    public static let unlimitedMaximum = 200
    static let seed: UInt64 = 0x5354_4146_4649_4E47  // "STAFFING"

    /// Structures `0..<count` as two parallel arrays.
    public struct Structures: Sendable {
        public let types: [Int32]
        public let capacities: [Int32]
        public var count: Int { types.count }

        public init(count: Int, standards: [StaffingStandard] = StaffingCatalogue.standards) {
            precondition(!standards.isEmpty, "no standards to draw types from")
            let ranges = standards.map { standard -> (low: Int, span: UInt64) in
                guard let limits = standard.capacityLimits else { return (1, UInt64(StaffingCorpus.unlimitedMaximum)) }
                return (limits.lowerBound, UInt64(limits.upperBound - limits.lowerBound) + 1)
            }
            var generator = Generator(seed: StaffingCorpus.seed)
            var types = [Int32](repeating: 0, count: count)
            var capacities = [Int32](repeating: 0, count: count)
            for index in 0..<count {
                let type = Int(generator.next(below: UInt64(standards.count)))
                let range = ranges[type]
                types[index] = Int32(type)
                capacities[index] = Int32(range.low + Int(generator.next(below: range.span)))
            }
            self.types = types
            self.capacities = capacities
        }
    }

    /// One benchmark's state: the corpus, the compiled evaluator and the output buffer,
    /// allocated once so that an iteration allocates nothing.
    public final class Run: @unchecked Sendable {
        public let structures: Structures
        public let evaluator: StaffingBatchEvaluator
        public let totals: UnsafeMutableBufferPointer<Int64>

        public init(structures: Structures, evaluator: StaffingBatchEvaluator) {
            self.structures = structures
            self.evaluator = evaluator
            totals = .allocate(capacity: structures.count)
            totals.initialize(repeating: 0)
        }

        deinit { totals.deallocate() }

        /// One batch evaluation of the whole corpus; returns the error count.
        @discardableResult
        public func evaluate() -> Int {
            structures.types.withUnsafeBufferPointer { types in
                structures.capacities.withUnsafeBufferPointer { capacities in
                    evaluator.evaluate(types: types, capacities: capacities, into: totals)
                }
            }
        }
    }

    /// SplitMix64 (Steele, Lea and Flood), the same stream on every platform.
    public struct Generator {
        var state: UInt64
        public init(seed: UInt64) { state = seed }

        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// Uniform in `0..<bound` (Lemire's multiply-shift; the bias is below 2⁻³² for the
        /// bounds used here).
        public mutating func next(below bound: UInt64) -> UInt64 {
            bound.multipliedFullWidth(by: next()).high
        }
    }
}
