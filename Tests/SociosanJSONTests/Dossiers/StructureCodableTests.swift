import Foundation
import Testing
import Sociosan
@testable import SociosanJSON

// The Codable bridge of the field tables: a Foundation user decodes and encodes every structure
// kind without hand-written Codable, and gets the same dossier and the same problems (with
// their JSON Pointers) as the JSON layer.
@Suite("Structure dossiers through Codable")
struct StructureCodableTests {
    static let files = StructureKinds.all.flatMap { fixtureFiles(kind: $0.kind, "valid") }

    @Test(arguments: files)
    func foundationReadsWhatTheJSONLayerReads(file: URL) throws {
        let data = try Data(contentsOf: file)
        let viaCodable = try JSONDecoder().decode(StructureDossier.self, from: data)
        let viaJansson = try StructureDossier.decode(jsonText: String(decoding: data, as: UTF8.self))
        #expect(viaCodable == viaJansson)
        // Encoding with JSONEncoder and reading it back gives the same dossier; the members come
        // in the table's order, so the canonical writer gives back the fixture's bytes.
        let encoded = try JSONEncoder().encode(viaCodable)
        let again = try JSONDecoder().decode(StructureDossier.self, from: encoded)
        #expect(again == viaCodable)
        #expect(again.encoded() == Array(data))
    }

    @Test func problemsNameTheirPointer() throws {
        let file = try #require(Self.files.first { $0.path.contains("sicily.psychiatry.residence-24h") })
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        object.removeValue(forKey: "beds")
        var section = try #require(object["residence24h"] as? [String: Any])
        section["floorAreaSquareMetres"] = 12.345
        object["residence24h"] = section
        let data = try JSONSerialization.data(withJSONObject: object)
        do {
            _ = try JSONDecoder().decode(StructureDossier.self, from: data)
            Issue.record("a dossier without beds was accepted")
        } catch DecodingError.dataCorrupted(let context) {
            let error = try #require(context.underlyingError as? DossierReadingError)
            #expect(Set(error.diagnostics.map(\.path.description)) == ["", "/residence24h/floorAreaSquareMetres"])
            #expect(error.diagnostics.map(\.ruleID).contains(FormatRules.required.id))
        }
    }

    @Test func anUnknownKindIsRefused() throws {
        let data = Data(#"{"kind":"er.psychiatry.unknown","schemaVersion":1}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(StructureDossier.self, from: data) }
    }
}
