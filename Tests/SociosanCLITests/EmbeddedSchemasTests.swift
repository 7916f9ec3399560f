import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The schemas the binary prints are the files in `Schemas/`, byte for byte: the hand-written
/// ones embedded, the others written from the field tables.
@Suite("EmbeddedSchemas")
struct EmbeddedSchemasTests {
    static let suffix = ".schema.json"

    static func schemaFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Sociosan.repositoryRoot.appendingPathComponent("Schemas").path)
            .filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test("every Schemas/*.schema.json is what the binary prints, and only the hand-written ones are embedded")
    func embeddedMatchesFiles() throws {
        let files = try Self.schemaFiles()
        try #require(!files.isEmpty)
        let kinds = files.map { DossierKind(rawValue: String($0.dropLast(Self.suffix.count))) }
        #expect(Set(DossierSchemas.kinds) == Set(kinds), "the kinds with a schema differ from Schemas/")
        #expect(Set(EmbeddedSchemas.kinds) == Set(kinds.filter { !FieldSchema.kinds.contains($0) }),
                "the embedded kinds differ from the hand-written files of Schemas/: run Tools/embed-schemas")
        for (file, kind) in zip(files, kinds) {
            let bytes = try Data(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Schemas").appendingPathComponent(file))
            let printed = DossierSchemas.text(for: kind).map { Data($0.utf8) }
            #expect(printed == bytes, "Schemas/\(file) differs from what `sociosan schema` prints: regenerate it or run Tools/embed-schemas")
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
