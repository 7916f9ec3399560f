import Foundation
import Sociosan
@testable import SociosanJSON
import Testing

/// The network reader's fast path (``StaffedStructure/decodeNetworkLine(_:)``) must agree with
/// the kinds' field tables: it reads the same members with the same shapes, whatever it accepts
/// the tables decode into the same value, and a file read with it gives the same tally, the same
/// failing structures and the same findings (rule, pointer, message, line, column) as without.
@Suite("Network fast path")
struct NetworkFastPathTests {
    static func documents() throws -> [(String, JSONDocument)] {
        var result: [(String, JSONDocument)] = []
        for kind in ["staffing.roster", "staffing.structure"] {
            for folder in ["valid", "invalid"] {
                for file in fixtureFiles(kind: DossierKind(rawValue: kind), folder) {
                    if let document = try? JSONDocument.parse(contentsOfFile: file.path) {
                        result.append((file.lastPathComponent, document))
                    }
                }
            }
            for invalid in try InvalidCase.all(kind: DossierKind(rawValue: kind)) {
                result.append((invalid.name, try JSONDocument.parse(invalid.text())))
            }
        }
        let network = repositoryRoot.appendingPathComponent("Fixtures/network")
        for name in (try FileManager.default.contentsOfDirectory(atPath: network.path)).sorted() where name.hasSuffix(".jsonl") {
            let lines = try String(contentsOf: network.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
            for (index, line) in lines.enumerated() {
                if let document = try? JSONDocument.parse(String(line)) { result.append(("\(name):\(index + 1)", document)) }
            }
        }
        return result
    }

    /// The kinds' tables alone.
    static func tableDecode(_ document: JSONDocument, strict: Bool = false) throws(DossierDecodingError) -> StaffedStructure {
        try DossierDecoding.decode(document: document, strict: strict, kinds: StaffedStructure.kinds,
                                   body: StaffedStructure.decodeWithTable(from:kind:context:))
    }

    @Test func fastPathAgreesWithTheDecoder() throws {
        let documents = try Self.documents()
        #expect(documents.count > 100)
        var accepted = 0
        for (name, document) in documents {
            let full = try? Self.tableDecode(document)
            guard let (fast, idNode) = StaffedStructure.decodeNetworkLine(document.root) else { continue }
            accepted += 1
            let decoded = try #require(full, "\(name): the fast path accepted what the decoder refuses")
            var withID = fast
            withID.id = try StructureID(try #require(idNode.stringValue))
            #expect(withID == decoded, "\(name)")
        }
        #expect(accepted >= 20, "the fast path should take the common well-formed lines")
    }

    /// A table's descriptions without their summaries, at every depth (the fast path says
    /// what it reads, not what it means).
    static func shapes(_ fields: [FieldDescription]) -> [FieldDescription] {
        fields.map { FieldDescription(name: $0.name, shape: shape($0.shape), isRequired: $0.isRequired) }
    }

    static func shape(_ shape: FieldShape) -> FieldShape {
        switch shape {
        case .object(let fields): .object(shapes(fields))
        case .array(let element, let minItems): .array(Self.shape(element), minItems: minItems)
        case .distinctArray(let element): .distinctArray(Self.shape(element))
        default: shape
        }
    }

    @Test func readsTheMembersOfTheFieldTablesInTheirOrder() throws {
        for roster in [true, false] {
            let table = try #require(StaffedStructure.fields(for: roster ? StaffedStructure.rosterKind : StaffedStructure.structureKind))
            #expect(StaffedStructure.networkLineMembers(roster: roster) == Self.shapes(table.descriptions), "roster: \(roster)")
            #expect(StaffedStructure.networkLineMembers(roster: roster).map(\.name) == table.keys)
        }
    }

    /// The file read both ways: the same summary, tally, failing structures and findings.
    static func expectSameReading(_ bytes: [UInt8], _ source: String) throws {
        struct Failing: Hashable {
            let line: Int
            let structure: StaffedStructure
            let first: StaffingCheck.Failure
            let failures: Int
        }
        struct Tallied: Hashable {
            let roles: [NetworkTally.RoleEntry]
            let provinces: [NetworkTally.ProvinceEntry]
            let types: [NetworkTally.TypeEntry]
        }
        func read(fastPath: Bool) throws -> (NetworkReader.Summary, [Failing], Tallied, [DossierResult]) {
            var reader = JSONLinesReader(bytes: bytes)
            var tally = NetworkTally()
            var failing: [Failing] = []
            var invalid: [DossierResult] = []
            let summary = try NetworkReader.read(&reader, into: &tally, fastPath: fastPath, failing: {
                failing.append(Failing(line: $0.lineNumber, structure: $0.structure, first: $0.first, failures: $0.failures))
            }, invalid: { invalid.append($0) })
            return (summary, failing, Tallied(roles: tally.byRole, provinces: tally.byProvince, types: tally.byType), invalid)
        }
        let fast = try read(fastPath: true)
        let generic = try read(fastPath: false)
        #expect(fast.0 == generic.0, "\(source): summaries")
        #expect(fast.1 == generic.1, "\(source): failing structures")
        #expect(fast.2 == generic.2, "\(source): tallies")
        #expect(fast.3 == generic.3, "\(source): findings")
    }

    /// Values the tables refuse or read differently, put in every member of sample lines of
    /// both kinds (a roster member's too); members dropped, added, reordered, `null`; other
    /// envelopes. All in one file, so that line numbers and columns are compared too.
    @Test func alteredLinesGiveTheSameTallyAndFindings() throws {
        let network = repositoryRoot.appendingPathComponent("Fixtures/network/emilia-romagna-psychiatry.jsonl")
        var samples: [[(key: String, value: JSONValue)]] = []
        var kinds: Set<String> = []
        for line in try String(contentsOf: network, encoding: .utf8).split(separator: "\n") {
            guard let document = try? JSONDocument.parse(String(line)), case .object(let members) = document.value,
                  case .string(let kind)? = members.first(where: { $0.key == "kind" })?.value,
                  StaffedStructure.decodeNetworkLine(document.root) != nil, kinds.insert(kind).inserted else { continue }
            samples.append(members)
        }
        #expect(samples.count == 2, "one line of each kind")
        let replacements: [JSONValue] = [
            .null, .string(""), .string("x"), .string("Bad"), .string("BO"), .string("bo"), .string("er.spoi"), .string("er.nope"),
            .string("staffing.roster"), .string("staffing.structure"), .string("er.psychiatry.spoi"), .string("nurse"),
            .string("trainee"), .string("hosts-minors"), .string(String(repeating: "a", count: 65)), .integer(0), .integer(-1),
            .integer(1), .integer(2), .integer(36), .integer(168), .integer(169), .integer(1_000_000), .integer(1_000_001),
            .integer(Int64.max), .double(0.005), .double(0.01), .double(37.5), .double(36.125), .double(168.01), .bool(true),
            .array([]), .array([.string("hosts-minors")]), .array([.string("b-cond"), .string("a-cond"), .string("b-cond")]),
            .array([.string("Bad")]), .array([.integer(1)]), .array([.object([(key: "role", value: .string("nurse")), (key: "hoursPerWeek", value: .integer(36))])]),
            .object([]),
        ]
        var lines: [[(key: String, value: JSONValue)]] = []
        for members in samples {
            lines.append(members)
            lines.append(members.reversed())
            lines.append(members + [(key: "notes", value: .string("x"))])
            for field in ["province", "fullTimeHours", "conditions", "members"] where !members.contains(where: { $0.key == field }) {
                lines.append(members + [(key: field, value: .null)])
                for value in replacements { lines.append(members + [(key: field, value: value)]) }
            }
            lines += AlteredLines.droppedAndReplaced(members, replacements)
            for index in members.indices {
                // A roster member's own members.
                if members[index].key == "members", case .array(let people) = members[index].value, case .object(let person)? = people.first {
                    for field in person.indices {
                        for value in replacements + [.string("employee")] {
                            var changedPerson = person
                            changedPerson[field].value = value
                            var changed = members
                            changed[index].value = .array([.object(changedPerson)] + people.dropFirst())
                            lines.append(changed)
                        }
                        var droppedPerson = person
                        droppedPerson.remove(at: field)
                        var changed = members
                        changed[index].value = .array([.object(droppedPerson)])
                        lines.append(changed)
                    }
                    var extra = members
                    extra[index].value = .array([.object(person + [(key: "contract", value: .null), (key: "name", value: .string("x"))])])
                    lines.append(extra)
                }
            }
        }
        var bytes: [UInt8] = []
        var accepted = 0
        for members in lines {
            let line = try AlteredLines.line(members)
            let document = try JSONDocument.parse(line)
            if let (fast, idNode) = StaffedStructure.decodeNetworkLine(document.root) {
                accepted += 1
                var withID = fast
                withID.id = try StructureID(try #require(idNode.stringValue))
                #expect(withID == (try? Self.tableDecode(document)), "\(String(decoding: line, as: UTF8.self))")
                #expect(withID == (try? Self.tableDecode(document, strict: true)))
            }
            bytes += line + [UInt8(ascii: "\n")]
        }
        bytes += Array("[]\n\"x\"\n\n{\"kind\":\"staffing.structure\",\n{}\n".utf8)
        #expect(lines.count > 500)
        #expect(accepted > 40 && accepted < lines.count)
        try Self.expectSameReading(bytes, "altered")
    }

    /// The network fixtures and every staffing fixture line, read both ways.
    @Test func fixtureLinesGiveTheSameTallyAndFindings() throws {
        let network = repositoryRoot.appendingPathComponent("Fixtures/network")
        for name in try FileManager.default.contentsOfDirectory(atPath: network.path) where name.hasSuffix(".jsonl") {
            try Self.expectSameReading(Array(try Data(contentsOf: network.appendingPathComponent(name))), name)
        }
        var bytes: [UInt8] = []
        for (_, document) in try Self.documents() {
            guard case .object(let members) = document.value else { continue }
            bytes += try AlteredLines.line(members) + [UInt8(ascii: "\n")]
        }
        try Self.expectSameReading(bytes, "fixtures")
    }
}
