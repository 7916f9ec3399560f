import Sociosan
@testable import SociosanJSON
import Testing

/// The JSON reader takes a condition id renamed to the one scheme in its former spelling, in a
/// roster dossier and on a network line, and canonical output writes the current id.
@Suite("Staffing condition ids in JSON")
struct StaffingConditionJSONTests {
    static let rosterWithFormerID = #"{"kind":"staffing.roster","schemaVersion":1,"id":"ct-1","type":"sicily.addiction-day","capacity":20,"conditions":["sicily.addiction.no-psychologist-among-qualified-operators"],"members":[{"role":"psychologist","hoursPerWeek":8}]}"#

    @Test func aRosterWithAFormerIdDecodesToTheCurrentOne() throws {
        let structure = try StaffedStructure.decode(jsonText: Self.rosterWithFormerID)
        #expect(structure.parameters.conditions == [SicilyStaffingStandards.Condition.noPsychologistAmongQualifiedOperators])
        let text = String(decoding: structure.encoded(), as: UTF8.self)
        #expect(text.contains("\"no-psychologist-among-qualified-operators\""))
        #expect(!text.contains("sicily.addiction."))
    }

    @Test func aNetworkLineWithAFormerIdDecodesToTheCurrentOne() throws {
        let line = #"{"kind":"staffing.structure","schemaVersion":1,"id":"ct-2","type":"sicily.addiction-residential","capacity":20,"province":"PA","conditions":["sicily.addiction.no-vocational-training-agreement"]}"#
        let document = try JSONDocument.parse(line)
        let decoded = try #require(StaffedStructure.decodeNetworkLine(document.root))
        #expect(decoded.structure.parameters.conditions == [SicilyStaffingStandards.Condition.noVocationalTrainingAgreement])
    }
}
