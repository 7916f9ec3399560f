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

/// Reads `text` with the field table of `Root`, as a structure dossier reads its section.
private func decodeTable<Root>(_ text: String, _ table: FieldTable<Root>) -> (Root?, [Diagnostic]) {
    decodeSection(text) { node, context in JSONFieldReader.read(ValueCodecs.object(table), from: node, context: &context) }
}

private func encodedTable<Root>(_ value: Root, _ table: FieldTable<Root>) -> String {
    encoded { ValueCodecs.object(table).write(value, to: &$0) }
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
        let (section, diagnostics) = decodeTable(text, PsychogeriatricSection.fields)
        #expect(diagnostics.isEmpty)
        #expect(section?.evaluationArea.totalArea == SquareMetres(hundredths: 3650))
        #expect(section?.available == [.socialWorker, .psychologist])
        // Canonical order of codes is declaration order: psychologist before social-worker.
        let again = encodedTable(section!, type(of: section!).fields)
        #expect(again == text.replacingOccurrences(of: #"["social-worker","psychologist"]"#, with: #"["psychologist","social-worker"]"#))
        #expect(again != text)
    }

    @Test func eatingDisorderRoundTrip() {
        let text = #"{"modules":[{"id":"m1","kind":"psycho-nutritional","beds":20},{"id":"m2","kind":"nutritional","beds":10}],"clinicRooms":[{"id":"s1","squareMetres":12,"insideStructure":false}],"gym":{"id":"palestra","squareMetres":36,"insideStructure":true},"team":[{"figure":"internist","eatingDisorderTraining":true},{"figure":"psychiatrist"}],"available":["social-secretariat"],"externalLaboratory":true,"treatsSevereObesity":false}"# + "\n"
        let (section, diagnostics) = decodeTable(text, EatingDisorderSection.fields)
        #expect(diagnostics.isEmpty)
        #expect(section?.moduleKinds == [.psychoNutritional, .nutritional])
        #expect(section?.team.first == ERTeamMember(.internist, eatingDisorderTraining: true))
        #expect(encodedTable(section!, type(of: section!).fields) == text)
    }

    @Test func generalPsychiatryRoundTrip() {
        let text = #"{"authorisedBeds":30,"regionallyCommissioned":false,"staffingAgreedOn":"2024-03-01"}"# + "\n"
        let (section, diagnostics) = decodeTable(text, GeneralPsychiatrySection.fields)
        #expect(diagnostics.isEmpty)
        #expect(section == GeneralPsychiatrySection(authorisedBeds: 30, staffingAgreedOn: LocalDate(year: 2024, month: 3, day: 1)))
        #expect(encodedTable(section!, type(of: section!).fields) == text)
    }

    @Test func insideStructureDefaultsToTrue() {
        let (section, _) = decodeTable(#"{"id":"a","squareMetres":36}"#, ERAreaSpace.fields)
        #expect(section?.insideStructure == true)
    }

    @Test func badValuesAreReportedWithTheirPointer() {
        let text = #"{"modules":[{"id":"m1","kind":"abilitazione","beds":20}],"clinicRooms":[{"id":"s1","squareMetres":0}],"team":[{"figure":"educator"}],"available":[],"externalLaboratory":true,"treatsSevereObesity":true}"#
        let (section, diagnostics) = decodeTable(text, EatingDisorderSection.fields)
        #expect(section == nil)
        #expect(diagnostics.map(\.path.description) == ["/modules/0/kind", "/clinicRooms/0/squareMetres", "/team/0/figure"])
    }

    @Test func missingAndUnknownMembers() {
        let (section, diagnostics) = decodeTable(#"{"regionallyCommissioned":false,"beds":3}"#, GeneralPsychiatrySection.fields)
        #expect(section == nil)
        #expect(diagnostics.map(\.ruleID) == [FormatRules.required.id, FormatRules.unknownField.id])
    }
}
