import Foundation
import Sociosan
import SociosanJSON
import Testing
@testable import SociosanJSON

@Suite("Activity JSON Lines")
struct ActivityJSONTests {
    static func validFiles() -> [URL] { fixtureFiles(kind: .psychiatryActivity, "valid") }

    static func lines(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    @Test("every line of the valid fixtures decodes and encodes back to the same bytes")
    func validLinesRoundTripByteForByte() throws {
        var count = 0
        for file in Self.validFiles() {
            for line in try Self.lines(of: file) {
                let record = try ActivityRecord.decode(jsonText: line)
                #expect(record.encoded(style: .compact) == Array((line + "\n").utf8), "\(file.lastPathComponent): \(record.id)")
                let again = try ActivityRecord.decode(jsonText: String(decoding: record.encoded(style: .pretty), as: UTF8.self))
                #expect(again == record)
                count += 1
            }
        }
        #expect(count == 68)
    }

    @Test func decodesEveryFieldOfAStay() throws {
        let file = try #require(Self.validFiles().first { $0.lastPathComponent == "residences-2025.jsonl" })
        let line = try #require(try Self.lines(of: file).first { $0.contains("\"rtp-fe-2024-010\"") })
        let stay = try #require(try ActivityRecord.decode(jsonText: line).stay)
        #expect(stay.structureType == .rtp)
        #expect(stay.admission == (try LocalDateTime(iso8601: "2024-08-01T10:00")))
        #expect(stay.lengthOfStay == 226)
        #expect(stay.extensions.count == 1)
        #expect(stay.extensions[0].firstSixtyDaysEvaluation)
        #expect(stay.extensions[0].projectReformulatedOn == (try LocalDate(iso8601: "2025-01-20")))
        #expect(stay.project?.reviews.count == 2)
        #expect(stay.project?.isReviewed(in: 2025) == true)
        #expect(stay.project?.objectivesReached == true)
        #expect(stay.adherence == true)
        #expect(stay.familyMeeting == (try LocalDate(iso8601: "2024-08-06")))
        #expect(stay.discharge?.kind == .agreed)
    }

    @Test func decodesEatingDisorderDataExactly() throws {
        let file = try #require(Self.validFiles().first { $0.lastPathComponent == "eating-disorder-2025.jsonl" })
        let line = try #require(try Self.lines(of: file).first { $0.contains("\"dca-pc-2025-002\"") })
        let data = try #require(try ActivityRecord.decode(jsonText: line).stay?.eatingDisorder)
        #expect(data.bmiAtAdmission == BodyMassIndex(tenths: 160))
        #expect(data.bmiAtDischarge == BodyMassIndex(tenths: 185))
        #expect(data.reachedHealthyBMI == true)
        #expect(data.carePlanComplete)
        #expect(line.contains("\"bmiAtAdmission\":16,"))
    }

    @Test func decodesARestraintEvent() throws {
        let file = try #require(Self.validFiles().first { $0.lastPathComponent == "spoi-2025.jsonl" })
        let line = try #require(try Self.lines(of: file).first { $0.contains("\"ev-spoi-bo-002\"") })
        let event = try #require(try ActivityRecord.decode(jsonText: line).event)
        #expect(event.kind == .restraint)
        #expect(event.time == LocalTime(hour: 23, minute: 30))
        #expect(event.stay?.rawValue == "spoi-bo-2025-004")
        #expect(event.restraint?.missingItems == [])
        #expect(event.restraint?.durationMinutes == 45)
    }

    static let header = #"{"kind":"er.psychiatry.activity","schemaVersion":1,"#

    @Test(arguments: [
        (#""record":"visit""#, "/record"),
        (#""record":"stay","id":"s","patient":"p","structure":"x","structureType":"rti","admission":"2025-02-29T10:00","channel":"dsm-dp","urgency":"programmed","tso":false"#, "/admission"),
        (#""record":"stay","id":"s","patient":"p","structure":"x","structureType":"rti","admission":"2025-02-28T10:00","channel":"dsm-dp","urgency":"soon","tso":false"#, "/urgency"),
        (#""record":"stay","id":"s","patient":"p","structure":"x","structureType":"rti","admission":"2025-02-28T10:00","channel":"dsm-dp","urgency":"urgent","tso":false,"eatingDisorder":{"disorder":"other","bmiAtAdmission":17.25}"#, "/eatingDisorder/bmiAtAdmission"),
        (#""record":"event","id":"e","patient":"p","structure":"x","structureType":"rti","date":"2025-02-28","time":"7:30","type":"restraint""#, "/time"),
        (#""record":"event","id":"e","patient":"p","structure":"x","structureType":"rti","date":"2025-02-28","type":"suicide","restraint":{"patientNamed":true,"doctorSigned":true}"#, "/restraint"),
        (#""record":"event","id":"e","patient":"p","structure":"x","structureType":"rti","type":"suicide""#, ""),
    ])
    func contentErrorsCarryTheirJSONPointer(body: String, path: String) {
        let text = Self.header + body + "}"
        #expect(throws: DossierDecodingError.self) { try ActivityRecord.decode(jsonText: text) }
        do {
            _ = try ActivityRecord.decode(jsonText: text)
        } catch {
            let paths = error.diagnostics.filter { $0.severity == .error }.map(\.path.description)
            #expect(paths.contains(path), "\(paths)")
        }
    }

    @Test func readerGivesRecordsAndLocatedProblemsWithLineNumbers() throws {
        let file = try #require(Self.validFiles().first { $0.lastPathComponent == "spoi-2025.jsonl" })
        var text = try String(contentsOf: file, encoding: .utf8)
        text += "\n{\"kind\":\"er.psychiatry.activity\",\n" + Self.header + #""record":"event","id":"e","patient":"p","structure":"x","structureType":"rti","date":"2025-02-28","type":"fall"}"# + "\n"
        var reader = ActivityReader(bytes: Array(text.utf8))
        var stays = 0, events = 0
        var invalid: [(Int, [String])] = []
        while let line = try reader.next() {
            switch line.outcome {
            case .record(.stay): stays += 1
            case .record(.event): events += 1
            case .invalid(let result): invalid.append((line.lineNumber, result.findings.map(\.ruleID.rawValue)))
            }
        }
        #expect(stays == 12 && events == 6)
        // Line 19 is blank (skipped but counted), 20 is not JSON, 21 has an unknown event type.
        #expect(invalid.map(\.0) == [20, 21])
        #expect(invalid.map(\.1) == [["json.syntax"], ["json.value"]])
    }

    @Test("the reader holds one buffer, however long the file")
    func readerMemoryIsFlatInFileLength() throws {
        let file = try #require(Self.validFiles().first { $0.lastPathComponent == "spoi-2025.jsonl" })
        let lines = try Self.lines(of: file)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("activity-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        // About 2.7 MB: forty times the reader's 64 KiB buffer.
        var text = ""
        for round in 0..<300 {
            for line in lines { text += line.replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"r\(round)-") + "\n" }
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(text.utf8.count > 40 * JSONLinesReader.bufferSize)
        var reader = try ActivityReader(path: path)
        var count = 0
        var largest = 0
        while let line = try reader.next() {
            #expect(line.record != nil)
            count += 1
            largest = max(largest, reader.bufferCapacity)
        }
        #expect(count == 300 * lines.count)
        #expect(largest == JSONLinesReader.bufferSize)
    }

    @Test("validate: an event before its stay is judged at the end, on its own line")
    func crossLineFindingsKeepTheirLine() throws {
        let stay = Self.header + #""record":"stay","id":"s1","patient":"p1","structure":"spoi-x","structureType":"spoi","admission":"2025-03-03T10:00","channel":"dsm-dp","urgency":"programmed","tso":false,"discharge":{"date":"2025-03-17","kind":"agreed","agreedDischargeReport":true}}"#
        let early = Self.header + #""record":"event","id":"e1","patient":"p1","structure":"spoi-x","structureType":"spoi","stay":"s1","date":"2025-03-20","type":"ab-ingestis"}"#
        let fine = Self.header + #""record":"event","id":"e2","patient":"p1","structure":"spoi-x","structureType":"spoi","stay":"s1","date":"2025-03-05","type":"ab-ingestis"}"#
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cross-\(getpid()).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try [early, stay, fine, stay].joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var results: [DossierResult] = []
        try DossierValidator.validateFile(atPath: path) { results.append($0) }
        #expect(results.count == 4)
        #expect(Set(results.map(\.line)) == [1, 2, 3, 4])
        let byLine = Dictionary(uniqueKeysWithValues: results.map { ($0.line, $0.findings.map(\.ruleID.rawValue)) })
        #expect(byLine[1] == ["er.activity.event.stay"])
        #expect(byLine[2] == [])
        #expect(byLine[3] == [])
        #expect(byLine[4] == ["er.activity.ids.unique"])
        let late = try #require(results.first { $0.line == 1 }?.findings.first)
        #expect(late.path == "/date")
        #expect(late.location?.line == 1)
        #expect(late.message(in: .english).contains("2025-03-20"))
    }
}
