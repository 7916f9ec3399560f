import Testing
import Sociosan
@testable import SociosanJSON

// The JSON mapping of the family sections: canonical round trips, and bad input reported
// with a JSON Pointer and no crash.

private func decodeSection<T>(_ text: String, _ decode: (JSONNode, inout DecodingContext) -> T?) -> (T?, [Diagnostic]) {
    let document = try! JSONDocument.parse(text)
    var context = DecodingContext()
    let value = decode(document.root, &context)
    return (context.hasErrors ? nil : value, context.diagnostics)
}

private func encoded(_ body: (inout JSONWriter) -> Void) -> String {
    var writer = JSONWriter()
    body(&writer)
    writer.finish()
    return String(decoding: writer.bytes, as: UTF8.self)
}

@Suite("ER family sections: JSON")
struct ERFamilySectionsJSONTests {
    @Test func psychogeriatricRoundTrip() {
        let text = #"{"evaluationArea":[{"id":"amb-1","squareMetres":18.5,"insideStructure":true},{"id":"amb-2","squareMetres":18,"insideStructure":true}],"rehabilitationArea":[{"id":"palestra","squareMetres":40,"insideStructure":true}],"team":[{"figure":"psychiatrist"},{"figure":"neurologist"}],"available":["social-worker","psychologist"],"externalLaboratory":false}"# + "\n"
        let (section, diagnostics) = decodeSection(text) { PsychogeriatricSection.decode(from: $0, context: &$1) }
        #expect(diagnostics.isEmpty)
        #expect(section?.evaluationArea.totalArea == SquareMetres(hundredths: 3650))
        #expect(section?.available == [.socialWorker, .psychologist])
        // Canonical order of codes is declaration order: psychologist before social-worker.
        let again = encoded { section!.encode(to: &$0) }
        #expect(again == text.replacingOccurrences(of: #"["social-worker","psychologist"]"#, with: #"["psychologist","social-worker"]"#))
        #expect(again != text)
    }

    @Test func eatingDisorderRoundTrip() {
        let text = #"{"modules":[{"id":"m1","kind":"psycho-nutritional","beds":20},{"id":"m2","kind":"nutritional","beds":10}],"clinicRooms":[{"id":"s1","squareMetres":12,"insideStructure":false}],"gym":{"id":"palestra","squareMetres":36,"insideStructure":true},"team":[{"figure":"internist","eatingDisorderTraining":true},{"figure":"psychiatrist"}],"available":["social-secretariat"],"externalLaboratory":true,"treatsSevereObesity":false}"# + "\n"
        let (section, diagnostics) = decodeSection(text) { EatingDisorderSection.decode(from: $0, context: &$1) }
        #expect(diagnostics.isEmpty)
        #expect(section?.moduleKinds == [.psychoNutritional, .nutritional])
        #expect(section?.team.first == ERTeamMember(.internist, eatingDisorderTraining: true))
        #expect(encoded { section!.encode(to: &$0) } == text)
    }

    @Test func generalPsychiatryRoundTrip() {
        let text = #"{"authorisedBeds":30,"regionallyCommissioned":false,"staffingAgreedOn":"2024-03-01"}"# + "\n"
        let (section, diagnostics) = decodeSection(text) { GeneralPsychiatrySection.decode(from: $0, context: &$1) }
        #expect(diagnostics.isEmpty)
        #expect(section == GeneralPsychiatrySection(authorisedBeds: 30, staffingAgreedOn: LocalDate(year: 2024, month: 3, day: 1)))
        #expect(encoded { section!.encode(to: &$0) } == text)
    }

    @Test func insideStructureDefaultsToTrue() {
        let (section, _) = decodeSection(#"{"id":"a","squareMetres":36}"#) { $1.areaSpace($0) }
        #expect(section?.insideStructure == true)
    }

    @Test func badValuesAreReportedWithTheirPointer() {
        let text = #"{"modules":[{"id":"m1","kind":"abilitazione","beds":20}],"clinicRooms":[{"id":"s1","squareMetres":0}],"team":[{"figure":"educator"}],"available":[],"externalLaboratory":true,"treatsSevereObesity":true}"#
        let (section, diagnostics) = decodeSection(text) { EatingDisorderSection.decode(from: $0, context: &$1) }
        #expect(section == nil)
        #expect(diagnostics.map(\.path.description) == ["/modules/0/kind", "/clinicRooms/0/squareMetres", "/team/0/figure"])
    }

    @Test func missingAndUnknownMembers() {
        let (section, diagnostics) = decodeSection(#"{"regionallyCommissioned":false,"beds":3}"#) {
            GeneralPsychiatrySection.decode(from: $0, context: &$1)
        }
        #expect(section == nil)
        #expect(diagnostics.map(\.ruleID) == [FormatRules.required.id, FormatRules.unknownField.id])
    }
}
