import CorpusSupport
import Sociosan
import SociosanJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deterministic network of structures for the `network` benchmarks: JSON Lines of
/// `staffing.structure` and `staffing.roster` dossiers, the input of `sociosan network`.
///
/// Line `i` depends only on `i` (a SplitMix64 stream seeded with `i`): its type uniformly
/// among ``StaffingCatalogue/standards``, its capacity within the type's limits (`1...60`
/// without limits), a province (5 % give none), an id such as `struttura-bo-0012345`
/// (20 bytes, longer than a small string, as real ids are), full-time hours of 36 (90 %) or
/// 38 / 37.5, the first condition of a standard that has conditional lines (20 % of them),
/// and a roster on 10 % of the lines. A roster holds, for every line and coverage of the
/// requirement, employees of the target's first role up to those hours in posts of at most
/// 36 hours: it meets its standard, except one roster in ten, whose hours are all halved.
/// Every line is admissible: the only failures are those rosters (1 % of the lines).
///
/// ```swift
/// let bytes = NetworkCorpus.writeJSONLines(count: 1_000_000, to: "/tmp/network.jsonl")
/// ```
public enum NetworkCorpus {
    /// Lines of the benchmarks' network.
    public static let standardCount = 1_000_000
    static let unlimitedMaximum = 60
    static let seed: UInt64 = 0x4E45_5457_4F52_4B53  // "NETWORKS"

    /// Structure `index` of the network.
    public static func structure(_ index: Int) -> StaffedStructure {
        var random = Generator(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let standards = StaffingCatalogue.standards
        let standard = standards[Int(random.next(below: UInt64(standards.count)))]
        let limits = standard.capacityLimits ?? 1...unlimitedMaximum
        let capacity = limits.lowerBound + Int(random.next(below: UInt64(limits.upperBound - limits.lowerBound + 1)))
        let provinces = Province.allCases
        let province: Province? = random.next(below: 20) == 0 ? nil : provinces[Int(random.next(below: UInt64(provinces.count)))]
        let code = province.map { $0.rawValue.lowercased() } ?? "xx"
        let number = String(index)
        let id = try! StructureID("struttura-\(code)-" + String(repeating: "0", count: max(0, 7 - number.count)) + number)
        var parameters = StaffingParameters()
        switch random.next(below: 20) {
        case 0: parameters.fullTimeHours = 38
        case 1: parameters.fullTimeHours = Rational(75, 2)
        default: break
        }
        if let condition = standard.requirements.lazy.compactMap(\.condition).first, random.next(below: 5) == 0 {
            parameters.conditions = [condition]
        }
        var structure = StaffedStructure(id: id, type: standard.id, capacity: capacity, province: province, parameters: parameters)
        if random.next(below: 10) == 0 {
            let failing = random.next(below: 10) == 0
            structure.roster = roster(for: standard, capacity: capacity, parameters: parameters, halved: failing)
        }
        return structure
    }

    static func roster(for standard: StaffingStandard, capacity: Int, parameters: StaffingParameters, halved: Bool) -> Roster {
        let requirement = try! StaffingCalculator.requirement(for: standard, capacity: capacity, parameters: parameters)
        var members: [RosterMember] = []
        func staff(_ target: StaffTarget, hours: Rational) {
            // The target's first role by name (a set's order differs between processes).
            let role = target.roles.min { $0.rawValue < $1.rawValue }!
            // Up to the hundredth above, in posts of at most 36 hours.
            var left = (hours.numerator * 100 + hours.denominator - 1) / hours.denominator
            while left > 0 {
                var post = min(left, 3_600)
                left -= post
                if halved { post = max(post / 2, 1) }
                members.append(RosterMember(role: role, hoursPerWeek: Rational(post, 100)))
            }
        }
        for line in requirement.lines { staff(line.requirement.target, hours: line.hoursPerWeek) }
        for coverage in standard.coverage { staff(coverage.target, hours: Rational(coverage.hoursPerWeek)) }
        return Roster(members: members)
    }

    /// Writes lines `0..<count` as compact JSON Lines to `path`; returns the bytes written.
    @discardableResult
    public static func writeJSONLines(count: Int, to path: String) -> Int {
        CorpusFile.writeJSONLines(count: count, to: path) { structure($0).encoded(style: .compact) }
    }

    /// SplitMix64 (Steele, Lea and Flood), the same stream on every platform.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func next(below bound: UInt64) -> UInt64 {
            bound.multipliedFullWidth(by: next()).high
        }
    }
}
