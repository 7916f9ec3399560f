import Foundation
import Testing
import Sociosan
@testable import SociosanJSON

// The schemas of the structure and declared kinds are written from their field tables: the files in
// Schemas/ must be exactly what the tables produce (regenerate with
// `swift run sociosan schema KIND > Schemas/KIND.schema.json`).
@Suite("Schemas from field tables")
struct FieldSchemaTests {
    // Every kind written from a table, structure or declared (FieldSchema.kinds).
    @Test(arguments: FieldSchema.kinds)
    func schemaFileIsWhatTheFieldTableWrites(kind: DossierKind) throws {
        let url = repositoryRoot.appendingPathComponent("Schemas/\(kind.rawValue).schema.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        let generated = try #require(DossierSchemas.text(for: kind))
        #expect(file == generated, "Schemas/\(kind.rawValue).schema.json differs from its field table: regenerate it with `swift run sociosan schema \(kind.rawValue)`")
    }

    @Test func requiredMembersAndRangesComeFromTheTable() throws {
        let text = FieldSchema.text(for: StructureKinds.kind(for: .sicilyPsychiatricResidence24h)!)
        let schema = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let required = schema["required"] as! [String]
        #expect(required.contains("residence24h") && required.contains("psrp") && !required.contains("disciplineCode"))
        let properties = schema["properties"] as! [String: Any]
        let beds = properties["beds"] as! [String: Any]
        #expect(beds["minimum"] as? Int == 1 && beds["maximum"] as? Int == 1000)
        let kind = properties["kind"] as! [String: Any]
        #expect(kind["const"] as? String == "sicily.psychiatry.residence-24h")
    }

    @Test func sicilianFloorAreaReadings() {
        // Both readings of L1154-L1156 give 200 m² at 10 places.
        #expect(SicilyResidence24hRules.minimumFloorArea(places: 10, cautious: false) == SquareMetres(whole: 200))
        #expect(SicilyResidence24hRules.minimumFloorArea(places: 10, cautious: true) == SquareMetres(whole: 200))
        #expect(SicilyResidence24hRules.minimumFloorArea(places: 8, cautious: false) == SquareMetres(whole: 176))
        #expect(SicilyResidence24hRules.minimumFloorArea(places: 8, cautious: true) == SquareMetres(whole: 185))
    }
}
