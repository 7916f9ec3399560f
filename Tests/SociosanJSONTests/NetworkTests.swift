import Foundation
import Sociosan
import SociosanJSON
import Testing

/// `NetworkReader`: a network file streamed into a `NetworkTally`, bad lines reported and skipped.
@Suite("Network reader")
struct NetworkTests {
    static let types: [(id: String, capacities: ClosedRange<Int>)] = [
        ("er.spoi", 1...90), ("sicily.psychiatric-residence-24h", 1...10), ("sicily.home-education", 1...40),
        ("sicily.rehab-residential", 20...60), ("sicily.minors-apartment", 1...7),
    ]
    static let provinces = ["BO", "MO", "PA", "CT"]

    /// One structure line; every third has a roster of SPOI-like staff.
    static func structureLine(_ index: Int) -> (line: String, hasRoster: Bool) {
        let type = types[index % types.count]
        let capacity = type.capacities.lowerBound + (index * 7) % (type.capacities.count)
        var object: [String: Any] = [
            "kind": "staffing.structure", "schemaVersion": 1, "id": "s-\(index)", "type": type.id, "capacity": capacity,
        ]
        if index % 5 != 4 { object["province"] = provinces[index % provinces.count] }
        let hasRoster = index % 3 == 0
        if hasRoster {
            object["kind"] = "staffing.roster"
            object["members"] = Array(repeating: ["role": "nurse", "hoursPerWeek": 36], count: 3 + index % 6)
                + Array(repeating: ["role": "oss", "hoursPerWeek": 36], count: 5)
                + [["role": "psychiatrist", "hoursPerWeek": 36], ["role": "psychiatrist", "hoursPerWeek": 36],
                   ["role": "guard-physician", "hoursPerWeek": 168]]
        }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return (String(decoding: data, as: UTF8.self), hasRoster)
    }

    /// 60 structures with, in the middle, a syntax error, a blank line, a dossier of another
    /// kind, a capacity out of limits and an unknown type.
    static func network() -> (text: String, badLines: [Int], structures: [StaffedStructure]) {
        var lines: [String] = []
        var bad: [Int] = []
        var structures: [StaffedStructure] = []
        for index in 0..<60 {
            switch index {
            case 20:
                lines.append(#"{"kind": "staffing.structure", "schemaVersion": 1, "id": "x", oops}"#); bad.append(lines.count)
                lines.append("   ")
            case 30:
                lines.append(#"{"kind":"er.psychiatry.spoi","schemaVersion":1}"#); bad.append(lines.count)
            case 40:
                lines.append(#"{"kind":"staffing.structure","schemaVersion":1,"id":"big","type":"er.spoi","capacity":91}"#)
                bad.append(lines.count)
                lines.append(#"{"kind":"staffing.structure","schemaVersion":1,"id":"what","type":"xx.none","capacity":1}"#)
                bad.append(lines.count)
            default:
                break
            }
            let (line, _) = structureLine(index)
            lines.append(line)
            structures.append(try! StaffedStructure.decode(jsonText: line))
        }
        return (lines.joined(separator: "\n") + "\n", bad, structures)
    }

    static func withFile<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "sociosan-network-\(UUID().uuidString).jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    @Test("bad lines in the middle are counted with their line numbers and do not stop the run")
    func badLines() throws {
        let (text, badLines, structures) = Self.network()
        var tally = NetworkTally()
        var invalid: [DossierResult] = []
        var failing: [NetworkReader.FailingStructure] = []
        let summary = try Self.withFile(text) { path in
            try NetworkReader.read(path: path, into: &tally, failing: { failing.append($0) }, invalid: { invalid.append($0) })
        }
        #expect(summary.lines == 64)
        #expect(summary.invalidLines == 4)
        #expect(invalid.map(\.line) == badLines)
        #expect(invalid[0].findings.first?.ruleID == "json.syntax")
        #expect(invalid[0].findings.first?.location?.line == badLines[0])
        #expect(invalid[1].findings.contains { $0.ruleID == "dossier.kind" })
        let capacity = try #require(invalid[2].findings.first)
        #expect(capacity.ruleID == "staffing.capacity-limits")
        #expect(capacity.location?.line == badLines[2])
        #expect(capacity.citation == Citation(.psychiatricStructuresER, lines: 119...120))
        #expect(capacity.message(in: .english).contains("1 to 90"))
        #expect(invalid[3].findings.first?.message(in: .english).contains("xx.none") == true)

        #expect(tally.structures == 60)
        #expect(tally.rejected == 1)  // the capacity; the unknown type is refused by the decoder
        #expect(tally.withRoster == structures.filter { $0.roster != nil }.count)

        // Failing structures are those whose check is not met, in file order, with the line
        // each is on.
        var expectedFailing: [String] = []
        for structure in structures {
            guard let roster = structure.roster else { continue }
            let check = try StaffingCalculator.check(roster, against: structure.standard!, capacity: structure.capacity,
                                                     parameters: structure.parameters)
            if !check.isMet { expectedFailing.append(structure.id.rawValue) }
        }
        #expect(!expectedFailing.isEmpty)
        #expect(failing.map(\.structure.id.rawValue) == expectedFailing)
        #expect(tally.failing == expectedFailing.count)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for found in failing {
            #expect(lines[found.lineNumber - 1].contains("\"id\":\"\(found.structure.id)\""))
            #expect(found.failures >= 1)
        }
    }

    @Test("totals equal the sum of the per-structure requirements")
    func totalsAreSums() throws {
        let (text, _, structures) = Self.network()
        var tally = NetworkTally()
        _ = try Self.withFile(text) { path in
            try NetworkReader.read(path: path, into: &tally, failing: { _ in }, invalid: { _ in })
        }
        // Per role target: the largest hours any line or coverage asks of it, structure by structure.
        var expected: [String: Rational] = [:]
        var expectedFTE: [String: Rational] = [:]
        var byType: [String: Int] = [:]
        var byProvince: [Province?: Int] = [:]
        for structure in structures {
            let standard = try #require(structure.standard)
            let needs = try StaffingCalculator.requirement(for: standard, capacity: structure.capacity, parameters: structure.parameters)
            var largest: [String: Rational] = [:]
            for line in needs.lines { largest[line.requirement.target.id] = max(largest[line.requirement.target.id] ?? .zero, line.hoursPerWeek) }
            for coverage in standard.coverage {
                largest[coverage.target.id] = max(largest[coverage.target.id] ?? .zero, Rational(coverage.hoursPerWeek))
            }
            for (id, hours) in largest {
                expected[id, default: .zero] = expected[id, default: .zero] + hours
                expectedFTE[id, default: .zero] = expectedFTE[id, default: .zero] + hours / structure.parameters.fullTimeHours
            }
            byType[structure.type, default: 0] += 1
            byProvince[structure.province, default: 0] += 1
        }
        #expect(Set(tally.byRole.map(\.id)) == Set(expected.keys))
        for entry in tally.byRole {
            #expect(entry.totals.hoursPerWeek.exact == expected[entry.id], "\(entry.id)")
            #expect(entry.totals.fullTimeEquivalents.exact == expectedFTE[entry.id], "\(entry.id)")
        }
        #expect(Dictionary(uniqueKeysWithValues: tally.byType.map { ($0.type, $0.totals.structures) }) == byType)
        #expect(Dictionary(uniqueKeysWithValues: tally.byProvince.map { ($0.province, $0.totals.structures) }) == byProvince)
        // The province and type breakdowns partition the grand total.
        let total = try #require(tally.total.hoursPerWeek.exact)
        #expect(tally.byProvince.reduce(Rational.zero) { $0 + $1.totals.hoursPerWeek.exact! } == total)
        #expect(tally.byType.reduce(Rational.zero) { $0 + $1.totals.hoursPerWeek.exact! } == total)
        #expect(tally.byType.reduce(0) { $0 + $1.totals.failing } == tally.failing)

        // Reading the file gives the same totals as adding the structures directly.
        var direct = NetworkTally()
        for structure in structures { direct.add(structure) }
        #expect(direct.total == tally.total)
        #expect(direct.byRole == tally.byRole)
        #expect(direct.byProvince == tally.byProvince)
    }

    @Test("progress is reported at the interval and at the end; an unreadable path throws")
    func progressAndErrors() throws {
        let (text, _, _) = Self.network()
        var tally = NetworkTally()
        var reports: [(Int, Int)] = []
        var reader = JSONLinesReader(bytes: Array(text.utf8))
        _ = try NetworkReader.read(&reader, into: &tally, progressEvery: 16, progress: { reports.append(($0, $1)) },
                                   failing: { _ in }, invalid: { _ in })
        #expect(reports.map(\.0) == [16, 32, 48, 64, 65])
        #expect(reports.last?.1 == text.utf8.count - 1)  // the end of the last line, before its newline

        var other = NetworkTally()
        #expect(throws: JSONInputError.self) {
            _ = try NetworkReader.read(path: "/nonexistent/network.jsonl", into: &other, failing: { _ in }, invalid: { _ in })
        }
    }
}
