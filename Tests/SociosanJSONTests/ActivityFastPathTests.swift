import Foundation
import Sociosan
@testable import SociosanJSON
import Testing

/// The activity line's fast path (the specialised decoder of ``ActivityRecord``, tried first by
/// ``ActivityRecord/decode(from:kind:context:)``) against the kind's field tables
/// (``ActivityRecord/variants``): it reads the members of the tables in their order, and a line
/// it answers is one the tables decode into the same record without a finding, so that a line
/// decoded either way gives the same record or the same findings.
@Suite("Activity line fast path")
struct ActivityFastPathTests {
    @Test func readsTheMembersOfTheFieldTablesInTheirOrder() {
        #expect(ActivityLineKeys.stay == Stay.fields.keys)
        #expect(ActivityLineKeys.event == Event.fields.keys)
        #expect(ActivityLineKeys.extension == Extension.fields.keys)
        #expect(ActivityLineKeys.project == PersonalisedProject.fields.keys)
        #expect(ActivityLineKeys.diagnosis == Diagnosis.fields.keys)
        #expect(ActivityLineKeys.scale == ScaleScores.fields.keys)
        #expect(ActivityLineKeys.eatingDisorder == EatingDisorderData.fields.keys)
        #expect(ActivityLineKeys.discharge == Discharge.fields.keys)
        #expect(ActivityLineKeys.restraint == RestraintRecord.fields.keys)
        #expect(ActivityRecord.variants.cases.map(\.code) == ActivityRecordType.allCases.map(\.rawValue))
    }

    /// The tables alone.
    static func tableDecode(_ document: JSONDocument, strict: Bool) -> Result<ActivityRecord, DossierDecodingError> {
        Result { () throws(DossierDecodingError) -> ActivityRecord in
            try DossierDecoding.decode(document: document, strict: strict, kinds: ActivityRecord.kinds) { node, _, context in
                JSONFieldReader.readDossier(ActivityRecord.variants, from: node, context: &context)
            }
        }
    }

    /// One line both ways; answers whether the fast path took it.
    @discardableResult
    static func expectSame(_ line: String, _ source: String) throws -> Bool {
        let document = try JSONDocument.parse(line)
        var context = DecodingContext()
        let fast = document.root.kind == .object ? ActivityRecord.decodeFast(from: document.root, context: &context) : nil
        let vouched = fast != nil && context.diagnostics.isEmpty
        if vouched {
            // The bodies alone (the envelope is checked before either runs).
            var tableContext = DecodingContext(strict: true)
            let table = JSONFieldReader.readDossier(ActivityRecord.variants, from: document.root, context: &tableContext)
            #expect(table == fast && tableContext.diagnostics.isEmpty, "\(source): the fast path answers a record the tables do not: \(line)")
        }
        for strict in [false, true] {
            let table = tableDecode(document, strict: strict)
            let both = Result { () throws(DossierDecodingError) -> ActivityRecord in try ActivityRecord.decode(document: document, strict: strict) }
            switch (both, table) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(source): \(line)")
            case (.failure(let a), .failure(let b)): #expect(a == b, "\(source): other findings for \(line)")
            default: Issue.record("\(source): a record on one path only: \(line)")
            }
        }
        return vouched
    }

    static func lines(_ folder: String) -> [(String, String)] {
        fixtureFiles(kind: .psychiatryActivity, folder).flatMap { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map { (file.lastPathComponent, String($0)) }
        }
    }

    @Test func everyFixtureLineGivesTheSameRecordOrFindings() throws {
        var vouched = 0
        for (source, line) in Self.lines("valid") {
            #expect(try Self.expectSame(line, source), "\(source): the fast path refuses a valid line: \(line)")
            vouched += 1
        }
        #expect(vouched >= 60)
        for (source, line) in Self.lines("invalid") where (try? JSONDocument.parse(line)) != nil {
            try Self.expectSame(line, source)
        }
    }

    /// Values the tables refuse or read differently, put in every member of a stay with every
    /// optional part and of a restraint event (and their nested objects); members dropped,
    /// added, `null`.
    @Test func alteredLinesGiveTheSameRecordOrFindings() throws {
        var samples: [[(key: String, value: JSONValue)]] = []
        var seen: Set<String> = []
        for (_, line) in Self.lines("valid") {
            guard case .object(let members) = try JSONDocument.parse(line).value else { continue }
            let shape = members.map(\.key).joined(separator: ",") + (members.first { $0.key == "type" }.map { "\($0.value)" } ?? "")
            if seen.insert(shape).inserted { samples.append(members) }
        }
        #expect(samples.count >= 4)
        let replacements: [JSONValue] = [
            .null, .string(""), .string("x"), .string("stay"), .string("event"), .string("restraint"), .string("suicide"),
            .string("rti"), .string("2025-01-01"), .string("2025-02-30"), .string("2025-01-01T10:00"), .string("2025-01-01T24:00"),
            .string("10:00"), .string("25:00"), .string("icd-10"), .string("agreed"), .string("urgent"), .string("dsm-dp"),
            .string("mechanical"), .string("anorexia"), .integer(0), .integer(-1), .integer(1), .integer(3650), .integer(3651),
            .integer(100_000), .integer(100_001), .double(18.5), .double(18.25), .double(4.9), .bool(true), .bool(false),
            .array([]), .array([.string("2025-01-01")]), .array([.string("clinical-check"), .string("clinical-check")]),
            .object([]), .object([(key: "patientNamed", value: .bool(true)), (key: "doctorSigned", value: .bool(true))]),
        ]
        func altered(_ members: [(key: String, value: JSONValue)]) -> [[(key: String, value: JSONValue)]] {
            var result: [[(key: String, value: JSONValue)]] = [members, members + [(key: "notes", value: .string("x"))]]
            result += AlteredLines.droppedAndReplaced(members, replacements)
            for index in members.indices {
                if case .object(let inner) = members[index].value {
                    for nested in altered(inner).dropFirst() {
                        var changed = members
                        changed[index].value = .object(nested)
                        result.append(changed)
                    }
                }
            }
            return result
        }
        var lines = 0
        var vouched = 0
        for members in samples {
            for line in altered(members) {
                if try Self.expectSame(String(decoding: try AlteredLines.line(line), as: UTF8.self), "altered") { vouched += 1 }
                lines += 1
            }
        }
        #expect(lines > 1_000)
        #expect(vouched > samples.count * 10 && vouched < lines)
    }
}
