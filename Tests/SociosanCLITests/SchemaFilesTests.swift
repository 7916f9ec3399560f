import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The schemas the binary prints, every one written from the field tables, are the files in
/// `Schemas/`, byte for byte, and there is one for every kind.
@Suite("Schema files")
struct SchemaFilesTests {
    static let suffix = ".schema.json"

    static func schemaFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Sociosan.repositoryRoot.appendingPathComponent("Schemas").path)
            .filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test("every Schemas/*.schema.json is what the binary prints from the field tables")
    func filesAreWhatTheTablesWrite() throws {
        let files = try Self.schemaFiles()
        try #require(!files.isEmpty)
        let kinds = files.map { DossierKind(rawValue: String($0.dropLast(Self.suffix.count))) }
        #expect(Set(DossierSchemas.kinds) == Set(kinds), "the kinds with a schema differ from Schemas/")
        #expect(Set(FieldSchema.kinds) == Set(kinds), "every schema is written from a field table")
        for (file, kind) in zip(files, kinds) {
            let bytes = try Data(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Schemas").appendingPathComponent(file))
            let printed = DossierSchemas.text(for: kind).map { Data($0.utf8) }
            #expect(printed == bytes, "Schemas/\(file) differs from what `sociosan schema` prints: regenerate it with `sociosan schema KIND`")
        }
        #expect(DossierSchemas.text(for: "xx.no-such-kind") == nil)
    }

    @Test("every kind of the catalogue has a schema")
    func everyKindHasASchema() {
        for info in DossierCatalogue.kinds {
            #expect(DossierSchemas.text(for: info.kind) != nil, "\(info.kind) has no Schemas/\(info.kind)\(Self.suffix)")
        }
    }
}
