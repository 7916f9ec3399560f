import Foundation
import Testing
import Sociosan
import SociosanJSON
import SociosanTestResources

/// The specialised line decoder of `lombardy.implemental.activity` (``ImplementalActivityLine``,
/// the fast path of ``DeclaredLinesReader``) against the kind's field table: it must read the
/// same members as the table, accept only lines the table decodes, into the same record, and
/// leave every other line to the table, so that a file read with the fast path gives the same
/// records and the same findings (rule, pointer, message, line and column) as one read without.
@Suite("ImpleMENTAL activity line fast path")
struct ImplementalActivityLineTests {
    static let folder = repositoryRoot.appendingPathComponent("Fixtures/lombardy.implemental.activity")

    /// Every line of every fixture file of the kind: the valid years, the test vector and each
    /// invalid case (one file a rule or format problem, the kind's "patch rows").
    static func fixtureFiles(_ subfolder: String?) throws -> [URL] {
        let folder = subfolder.map { Self.folder.appendingPathComponent($0) } ?? Self.folder
        return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func lines(of url: URL) throws -> [[UInt8]] {
        try Data(contentsOf: url).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    /// The lines read both ways, compared line by line; answers how many decoded.
    @discardableResult
    static func expectSameLines(_ bytes: [UInt8], _ source: String) throws -> Int {
        var fast = DeclaredLinesReader<ImplementalActivityRecord>(bytes: bytes, fastPath: ImplementalActivityLine.decode)
        var generic = DeclaredLinesReader<ImplementalActivityRecord>(bytes: bytes)
        var records = 0
        while true {
            let a = try fast.next()
            let b = try generic.next()
            guard let a, let b else {
                #expect(a == nil && b == nil, "\(source): one path has more lines")
                return records
            }
            #expect(a.index == b.index && a.lineNumber == b.lineNumber, "\(source): line \(b.lineNumber)")
            switch (a.outcome, b.outcome) {
            case (.record(let x), .record(let y)):
                #expect(x == y, "\(source): line \(b.lineNumber) decodes into another record")
                records += 1
            case (.invalid(let x), .invalid(let y)):
                #expect(x == y, "\(source): line \(b.lineNumber) has other findings")
            default:
                Issue.record("\(source): line \(b.lineNumber) is a record on one path only")
            }
        }
    }

    /// The fast path's answer for one line, held against the table's: when it decodes, the
    /// table decodes the same record.
    static func expectSound(_ line: [UInt8], _ source: String) -> ImplementalActivityRecord? {
        guard let document = try? JSONDocument.parse(line), let fast = ImplementalActivityLine.decode(document) else { return nil }
        let generic = try? ImplementalActivityRecord.decode(document: document)
        let strict = try? ImplementalActivityRecord.decode(document: document, strict: true)
        #expect(fast == generic && fast == strict, "\(source): \(String(decoding: line, as: UTF8.self))")
        return fast
    }

    @Test func readsTheMembersOfTheFieldTableInItsOrder() {
        let table = ImplementalActivityRecord.declaration.fields.descriptions.map {
            FieldDescription(name: $0.name, shape: $0.shape, isRequired: $0.isRequired)
        }
        #expect(ImplementalActivityLine.members == table)
        #expect(ImplementalActivityLine.members.map(\.name) == ImplementalActivityRecord.declaration.fields.keys)
    }

    /// Every valid line goes the fast way (or the target of 1.5x the parse is lost unnoticed).
    @Test func decodesEveryValidLine() throws {
        for url in try Self.fixtureFiles("valid") + [Self.folder.appendingPathComponent("seed-003-shares.jsonl")] {
            let lines = try Self.lines(of: url).filter { !$0.isEmpty }
            #expect(!lines.isEmpty)
            for line in lines {
                #expect(Self.expectSound(line, url.lastPathComponent) != nil,
                        "\(url.lastPathComponent): the fast path refuses \(String(decoding: line, as: UTF8.self))")
            }
            let decoded = try Self.expectSameLines(Array(try Data(contentsOf: url)), url.lastPathComponent)
            #expect(decoded == lines.count)
        }
    }

    /// Each invalid case of the kind, file by file (line numbers and columns included).
    @Test func everyInvalidCaseGivesTheSameFindings() throws {
        let files = try Self.fixtureFiles("invalid")
        #expect(files.count >= 20)
        for url in files {
            for line in try Self.lines(of: url) { _ = Self.expectSound(line, url.lastPathComponent) }
            try Self.expectSameLines(Array(try Data(contentsOf: url)), url.lastPathComponent)
        }
    }

    /// Values the table refuses or reads differently, put in every member of valid lines of
    /// each kind of record; members dropped, added, reordered, `null`; other envelopes. All the
    /// altered lines go in one file, so that line numbers and byte offsets are compared too.
    @Test func alteredLinesGiveTheSameRecordsAndFindings() throws {
        let source = try Self.lines(of: Self.folder.appendingPathComponent("valid/lecco-2024.jsonl")).filter { !$0.isEmpty }
        // One line of each kind of record (and the first enrolment, whose members are the most).
        var samples: [[(key: String, value: JSONValue)]] = []
        var seen: Set<String> = []
        for line in source {
            guard case .object(let members) = try JSONDocument.parse(line).value,
                  case .string(let record)? = members.first(where: { $0.key == "record" })?.value,
                  seen.insert(record).inserted else { continue }
            samples.append(members)
        }
        #expect(samples.count == ImplementalActivityRecord.Kind.allCases.count)

        let replacements: [JSONValue] = [
            .null, .string(""), .string("x"), .string("Mario Rossi"), .string(" lecco"), .string("LECCO"), .string("lecco"),
            .string("p-x-001"), .string("2024-02-30"), .string("2024-2-01"), .string("2024-02-01T10:00"), .string("2024-02-01"),
            .string("individual"), .string("principal"), .string("presa-in-carico"), .string("psychiatrist"), .string("activated"),
            .string("enrolment"), .string("case-manager"), .string("female"), .string("scid-5-pd"), .string("a\u{0}b"),
            .string(String(repeating: "a", count: 65)), .integer(0), .integer(-1), .integer(9), .integer(10), .integer(99),
            .integer(100), .integer(1989), .integer(1990), .integer(2100), .integer(2101), .integer(Int64.max), .double(20.0),
            .double(1.5), .bool(true), .array([]), .array([.string("lecco")]), .object([]),
            .string(DossierKind.implementalActivity.rawValue), .string("lombardy.implemental.team"), .integer(1), .integer(2),
        ]
        var lines: [[(key: String, value: JSONValue)]] = []
        for members in samples {
            lines.append(members)
            lines.append(members.reversed())
            lines.append(Array(members.dropFirst(2)) + Array(members.prefix(2)))
            lines.append(members + [(key: "notes", value: .string("first contact at the CPS"))])
            lines.append([(key: "surname", value: .string("Rossi"))] + members)
            for field in ImplementalActivityRecord.declaration.fields.keys where !members.contains(where: { $0.key == field }) {
                lines.append(members + [(key: field, value: .null)])
            }
            lines += AlteredLines.droppedAndReplaced(members, replacements)
        }
        var bytes: [UInt8] = []
        var accepted = 0
        for members in lines {
            let line = try AlteredLines.line(members)
            if Self.expectSound(line, "altered") != nil { accepted += 1 }
            bytes += line + [UInt8(ascii: "\n")]
        }
        // Not a dossier, not JSON, blank lines between.
        bytes += Array("[]\n\"x\"\n\n{\"kind\":\"lombardy.implemental.activity\",\n{}\n".utf8)
        #expect(lines.count > 2_000)
        // The fast path took the lines it can vouch for, not all of them nor none.
        #expect(accepted > samples.count * 20 && accepted < lines.count)
        let decoded = try Self.expectSameLines(bytes, "altered")
        #expect(decoded >= accepted)
    }
}
