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

/// Seed 004 §8 and §7.10 through the JSON layer: a person's name, tax code or birth date is
/// refused by the readers (with or without --strict) in both languages, and by the schema.
@Suite("Sicily internships and control visits, JSON")
struct SicilyControlAndInclusionJSONTests {
    static let internshipFile = repositoryRoot.appendingPathComponent(
        "Fixtures/sicily.inclusion.internship/valid/tirocinio-pa-panificio-12-mesi.json")

    static func patched(_ member: String, into object: String, value: String) throws -> String {
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: internshipFile)) as? [String: Any])
        var inner = try #require(json[object] as? [String: Any])
        inner[member] = value
        json[object] = inner
        return String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
    }

    @Test(arguments: [("name", "intern", "Giuseppe"), ("taxCode", "intern", "RSSGPP08A41G273X"),
                      ("birthDate", "intern", "2008-01-01"), ("cognome", "hostTutor", "Rossi")])
    func aPersonsIdentityIsRefusedStrictOrNot(member: String, object: String, value: String) throws {
        let text = try Self.patched(member, into: object, value: value)
        for strict in [false, true] {
            let result = DossierValidator.validate(text: text, options: ValidationOptions(strict: strict))
            #expect(!result.isValid)
            #expect(result.findings.map(\.ruleID.rawValue) == ["json.value"])
            let finding = try #require(result.findings.first)
            #expect(finding.severity == .error)
            #expect(finding.path.description == "/\(object)/\(member)")
            #expect(finding.message(in: .italian).contains("compare solo con un codice pseudonimo"))
            #expect(finding.message(in: .english).contains("appears in the dossier by a pseudonymous code only"))
        }
        // Codable refuses it too.
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SicilyInternship.self, from: Data(text.utf8)) }
        // The schema admits no such member.
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(FieldSchema.text(for: SicilyInternship.self).utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        let person = try #require(properties[object] as? [String: Any])
        #expect(person["additionalProperties"] as? Bool == false)
        #expect((person["properties"] as? [String: Any])?[member] == nil)
    }

    @Test func theTwentyFiveMonthFixtureIsValidOnlyWithItsCertification() throws {
        let file = repositoryRoot.appendingPathComponent("Fixtures/sicily.inclusion.internship/valid/tirocinio-tp-cooperativa-agricola-25-mesi.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let project = try SicilyInternship.decode(jsonText: text)
        #expect(SicilyInternshipRules.months(from: project.period.start, to: project.period.end) == 25)
        #expect(DossierValidator.validate(text: text).findings.isEmpty)
        var json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        json.removeValue(forKey: "necessityCertification")
        let without = DossierValidator.validate(text: String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self))
        #expect(without.findings.map(\.ruleID.rawValue) == ["sicily.inclusion.internship.duration.max-24-months"])
        #expect(without.findings.first?.message(in: .english)
                == "the internship runs 25 months in all (0 of them earlier), more than 24, with no certification of its necessity")
    }
}
