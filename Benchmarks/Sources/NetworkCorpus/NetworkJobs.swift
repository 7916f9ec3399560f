import Foundation
import Sociosan
import SociosanJSON

extension NetworkCorpus {
    /// What a pass over a network file found: enough to check that two paths agree.
    public struct Outcome: Equatable, Sendable, CustomStringConvertible {
        public var lines = 0
        public var invalid = 0
        public var failing = 0
        /// Ids of the failing structures, hashed in file order.
        public var failingIDs = 0
        public var total = NetworkTally.Totals()
        public var byRole: [NetworkTally.RoleEntry] = []
        public var byProvince: [NetworkTally.ProvinceEntry] = []
        public var byType: [NetworkTally.TypeEntry] = []

        init(lines: Int, invalid: Int, failing: Int, failingIDs: Int, tally: NetworkTally) {
            self.lines = lines
            self.invalid = invalid
            self.failing = failing
            self.failingIDs = failingIDs
            total = tally.total
            byRole = tally.byRole
            byProvince = tally.byProvince
            byType = tally.byType
        }

        public var description: String {
            "\(lines) lines, \(invalid) invalid, \(failing) failing, \(total.structures) structures, "
                + "\(total.hoursPerWeek.hundredths / 100) staff-hours a week, \(total.shortfallHoursPerWeek.hundredths / 100) missing"
        }
    }

    static func mix(_ hash: Int, _ id: StructureID) -> Int {
        id.rawValue.utf8.reduce(hash) { ($0 &* 31) &+ Int($1) }
    }

    /// `sociosan network PATH` without the printing: ``NetworkReader`` into a ``NetworkTally``.
    public static func runNetwork(path: String) -> Outcome {
        var tally = NetworkTally()
        var failing = 0
        var failingIDs = 0
        var invalid = 0
        let summary = try! NetworkReader.read(
            path: path, into: &tally,
            failing: { found in
                failing += 1
                failingIDs = mix(failingIDs, found.structure.id)
            },
            invalid: { _ in invalid += 1 })
        precondition(invalid == summary.invalidLines)
        return Outcome(lines: summary.lines, invalid: invalid, failing: failing, failingIDs: failingIDs, tally: tally)
    }

    /// The floor: jansson's parse of every line of the file (read with the same reader), nothing more.
    public static func runJanssonParse(path: String) -> Int {
        var reader = try! JSONLinesReader(path: path)
        var members = 0
        while try! reader.nextLine({ line in
            if line.isBlank { return }
            let document = try! JSONDocument.parse(line.bytes)
            members &+= document.root.count
        }) != nil {}
        return members
    }

    /// The Foundation baseline: the same job with each line decoded by `JSONDecoder` (one
    /// decoder reused, lines split by the same reader, which favours the baseline slightly).
    public static func runFoundation(path: String) -> Outcome {
        var reader = try! JSONLinesReader(path: path)
        let decoder = JSONDecoder()
        var tally = NetworkTally()
        var lines = 0
        var invalid = 0
        var failing = 0
        var failingIDs = 0
        while try! reader.nextLine({ line in
            if line.isBlank { return }
            lines += 1
            let data = Data(bytes: line.bytes.baseAddress!, count: line.bytes.count)
            guard let structure = try? decoder.decode(StaffedStructure.self, from: data) else {
                invalid += 1
                return
            }
            switch tally.add(structure) {
            case .required, .met: break
            case .failing:
                failing += 1
                failingIDs = mix(failingIDs, structure.id)
            case .rejected: invalid += 1
            }
        }) != nil {}
        return Outcome(lines: lines, invalid: invalid, failing: failing, failingIDs: failingIDs, tally: tally)
    }
}
