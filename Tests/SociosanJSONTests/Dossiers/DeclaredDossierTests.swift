import Foundation
import Testing
import Sociosan
@testable import SociosanJSON

/// A declared kind made for this test only: a visit with a date, an optional note and a list of
/// checked items, and one rule.
private struct TestVisit: DeclaredDossier {
    var id: StructureID
    var visitedOn: LocalDate
    var note: String?
    var checked: [String]

    static let tooEarly = RuleDescriptor(
        id: "test.visit.too-early", kinds: ["test.visit"], severity: .error, citation: nil,
        title: LocalizedText(it: "Visita troppo presto", en: "Visit too early"),
        message: LocalizedText(it: "la visita è prima del 2015", en: "the visit is before 2015"))

    static let declaration = DossierDeclaration<TestVisit>(
        kind: "test.visit", title: LocalizedText(it: "Visita di prova", en: "Test visit"), summary: "A visit, for tests.",
        citation: Citation(.structuresSicily, lines: 3322...3409),
        blank: TestVisit(id: .placeholder, visitedOn: LocalDate(year: 2000, month: 1, day: 1)!, note: nil, checked: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("visitedOn", \.visitedOn, ValueCodecs.date),
            .optional("note", \.note, ValueCodecs.string()),
            .required("checked", \.checked, ValueCodecs.list(ValueCodecs.string())),
        ],
        rules: [Rule(descriptor: tooEarly) { visit, findings in
            if visit.visitedOn < LocalDate(year: 2015, month: 1, day: 1)! { findings.report(at: "/visitedOn") }
        }])
}

@Suite("Declared (non-structure) dossier kinds")
struct DeclaredDossierTests {
    static let text = """
        {
          "kind": "test.visit",
          "schemaVersion": 1,
          "id": "visit-1",
          "visitedOn": "2014-03-02",
          "checked": [
            "hygiene",
            "fire"
          ]
        }

        """

    @Test func readsRunsItsRulesAndWritesCanonicalBytes() throws {
        let visit = try TestVisit.decode(jsonText: Self.text)
        #expect(visit.id.rawValue == "visit-1")
        #expect(visit.checked == ["hygiene", "fire"])
        #expect(visit.kind == "test.visit")
        #expect(String(decoding: visit.encoded(), as: UTF8.self) == Self.text)
        let findings = TestVisit.declaration.ruleSet.evaluate(visit)
        #expect(findings.map(\.ruleID) == ["test.visit.too-early"])
        #expect(findings.first?.path.description == "/visitedOn")
    }

    @Test func badMembersAreReportedWithTheirPointer() {
        let text = Self.text.replacingOccurrences(of: "\"2014-03-02\"", with: "\"2014-02-30\"")
            .replacingOccurrences(of: "\"visit-1\"", with: "\"Visit 1\"")
        do {
            _ = try TestVisit.decode(jsonText: text)
            Issue.record("an impossible date was accepted")
        } catch {
            #expect(Set(error.diagnostics.map { $0.path.description }) == ["/id", "/visitedOn"])
        }
    }

    @Test func anotherKindIsRefused() {
        let text = Self.text.replacingOccurrences(of: "test.visit", with: "er.psychiatry.spoi")
        #expect(throws: DossierDecodingError.self) { try TestVisit.decode(jsonText: text) }
    }

    @Test func codableGoesThroughTheTable() throws {
        let visit = try JSONDecoder().decode(TestVisit.self, from: Data(Self.text.utf8))
        #expect(visit == (try TestVisit.decode(jsonText: Self.text)))
        let again = try JSONDecoder().decode(TestVisit.self, from: JSONEncoder().encode(visit))
        #expect(again.encoded() == Array(Self.text.utf8))
        let wrongKind = Self.text.replacingOccurrences(of: "test.visit", with: "test.other")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TestVisit.self, from: Data(wrongKind.utf8)) }
    }

    @Test func codecValidatesThroughTheRegistryPath() throws {
        let codec = DossierCodec(declared: TestVisit.self)
        #expect(codec.info.kind == "test.visit")
        let document = try JSONDocument.parse(Self.text)
        var context = DecodingContext()
        let findings = codec.validateBody(document.root, &context)
        #expect(findings.map(\.ruleID) == ["test.visit.too-early"])
        #expect(codec.canonicalText(document, .pretty) == Array(Self.text.utf8))
    }

    @Test func schemaIsWrittenFromTheTable() throws {
        let schema = FieldSchema.text(for: TestVisit.self)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Test visit")
        #expect(object["required"] as? [String] == ["kind", "schemaVersion", "id", "visitedOn", "checked"])
        let properties = try #require(object["properties"] as? [String: Any])
        #expect((properties["kind"] as? [String: Any])?["const"] as? String == "test.visit")
        #expect(properties["note"] != nil)
    }
}
