import Foundation
import Testing
@testable import Sociosan

/// The `Codable` conformance of ``StaffedStructure`` against the JSON of the staffing schemas
/// (kind chosen by the roster, defaults omitted) and the network fixtures.
@Suite("StaffedStructure Codable")
struct StaffedStructureCodableTests {
    static let networkFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/network").standardizedFileURL

    static func decode(_ text: String) throws -> StaffedStructure {
        try JSONDecoder().decode(StaffedStructure.self, from: Data(text.utf8))
    }

    static func encode(_ structure: StaffedStructure) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(structure), as: UTF8.self)
    }

    @Test func decodesAStructureWithDefaults() throws {
        let structure = try Self.decode(#"{"kind":"staffing.structure","schemaVersion":1,"id":"spoi-bo-1","type":"er.spoi","capacity":15,"province":"BO"}"#)
        #expect(structure == StaffedStructure(id: try StructureID("spoi-bo-1"), type: "er.spoi", capacity: 15, province: .bologna))
        #expect(try Self.encode(structure) == #"{"capacity":15,"id":"spoi-bo-1","kind":"staffing.structure","province":"BO","schemaVersion":1,"type":"er.spoi"}"#)
    }

    @Test func decodesARosterWithHoursConditionsAndContracts() throws {
        let text = #"{"kind":"staffing.roster","schemaVersion":1,"id":"x-1","type":"er.spoi","capacity":12,"fullTimeHours":37.5,"conditions":["b-cond","a-cond"],"members":[{"role":"nurse","hoursPerWeek":21.6},{"role":"oss","hoursPerWeek":36,"contract":"trainee"}]}"#
        let structure = try Self.decode(text)
        #expect(structure.parameters.fullTimeHours == Rational(75, 2))
        #expect(structure.parameters.conditions == ["a-cond", "b-cond"])
        #expect(structure.roster?.members == [
            RosterMember(role: .nurse, hoursPerWeek: Rational(108, 5)),
            RosterMember(role: .oss, hoursPerWeek: 36, contract: .trainee),
        ])
        #expect(try Self.encode(structure) == #"{"capacity":12,"conditions":["a-cond","b-cond"],"fullTimeHours":37.5,"id":"x-1","kind":"staffing.roster","members":[{"hoursPerWeek":21.6,"role":"nurse"},{"contract":"trainee","hoursPerWeek":36,"role":"oss"}],"schemaVersion":1,"type":"er.spoi"}"#)
        #expect(try Self.decode(Self.encode(structure)) == structure)
    }

    @Test func refusesWhatTheSchemasRefuse() {
        let base = #""schemaVersion":1,"id":"x-1","type":"er.spoi","capacity":12"#
        for text in [
            #"{"kind":"staffing.roster",\#(base)}"#,                                              // roster without members
            #"{"kind":"staffing.structure",\#(base),"members":[]}"#,                              // structure with members
            #"{"kind":"er.psychiatry.spoi",\#(base)}"#,                                           // another kind
            #"{"kind":"staffing.structure","schemaVersion":1,"id":"x-1","type":"er.nope","capacity":12}"#,
            #"{"kind":"staffing.structure",\#(base),"fullTimeHours":36.125}"#,                    // three decimals
            #"{"kind":"staffing.structure",\#(base),"conditions":["Bad"]}"#,
        ] {
            #expect(throws: DecodingError.self, "\(text)") { try Self.decode(text) }
        }
    }

    @Test func readsEveryLineOfTheNetworkFixtures() throws {
        for name in ["emilia-romagna-psychiatry.jsonl", "sicily-network.jsonl"] {
            let text = try String(contentsOf: Self.networkFixtures.appendingPathComponent(name), encoding: .utf8)
            var read = 0
            for line in text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
                // Lines the fixtures make bad on purpose (not JSON, unknown type) are skipped.
                guard let structure = try? Self.decode(String(line)) else { continue }
                #expect(try Self.decode(Self.encode(structure)) == structure)
                read += 1
            }
            #expect(read > 10, "\(name)")
        }
    }
}
