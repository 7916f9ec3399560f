import Foundation
import Sociosan
import SociosanJSON
import Testing

/// Foundation's JSONDecoder / JSONEncoder through the Codable conformance read and write the
/// same records as the SociosanJSON mapping.
@Suite("Activity Codable")
struct ActivityCodableTests {
    @Test func codableAndSociosanJSONAgreeOnEveryValidLine() throws {
        var count = 0
        for file in fixtureFiles(kind: .psychiatryActivity, "valid") {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let ours = try ActivityRecord.decode(jsonText: String(line))
                let theirs = try JSONDecoder().decode(ActivityRecord.self, from: Data(line.utf8))
                #expect(theirs == ours, "\(file.lastPathComponent): \(ours.id)")
                let encoded = try JSONEncoder().encode(ours)
                #expect(try ActivityRecord.decode(jsonText: String(decoding: encoded, as: UTF8.self)) == ours)
                count += 1
            }
        }
        #expect(count == 68)
    }

    @Test(arguments: [
        #"{"kind":"er.psychiatry.spoi","schemaVersion":1,"record":"stay"}"#,
        #"{"kind":"er.psychiatry.activity","schemaVersion":2,"record":"stay"}"#,
        #"{"kind":"er.psychiatry.activity","schemaVersion":1,"record":"visit","id":"a","patient":"p","structure":"s","structureType":"rti"}"#,
        #"{"kind":"er.psychiatry.activity","schemaVersion":1,"record":"event","id":"a","patient":"p","structure":"s","structureType":"rti","date":"2025-01-01","type":"suicide","restraint":{"patientNamed":true,"doctorSigned":true}}"#,
        #"{"kind":"er.psychiatry.activity","schemaVersion":1,"record":"stay","id":"a","patient":"p","structure":"s","structureType":"rti","admission":"2025-01-01T24:00","channel":"dsm-dp","urgency":"urgent","tso":false}"#,
        #"{"kind":"er.psychiatry.activity","schemaVersion":1,"record":"stay","id":"a","patient":"p","structure":"s","structureType":"rti","admission":"2025-01-01T10:00","channel":"dsm-dp","urgency":"urgent","tso":false,"eatingDisorder":{"disorder":"other","bmiAtAdmission":18.25}}"#,
    ])
    func codableRefusesWhatTheMappingRefuses(_ text: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ActivityRecord.self, from: Data(text.utf8)) }
        #expect(throws: DossierDecodingError.self) { try ActivityRecord.decode(jsonText: text) }
    }
}
