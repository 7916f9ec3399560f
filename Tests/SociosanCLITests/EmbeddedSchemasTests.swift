import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The schemas compiled into the binary are the files in `Schemas/`, byte for byte.
@Suite("EmbeddedSchemas")
struct EmbeddedSchemasTests {
    static let suffix = ".schema.json"

    static func schemaFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: Sociosan.repositoryRoot.appendingPathComponent("Schemas").path)
            .filter { $0.hasSuffix(suffix) }.sorted()
    }

    @Test("every Schemas/*.schema.json is embedded with its exact bytes, and nothing else is")
    func embeddedMatchesFiles() throws {
        let files = try Self.schemaFiles()
        try #require(!files.isEmpty)
        let kinds = files.map { DossierKind(rawValue: String($0.dropLast(Self.suffix.count))) }
        #expect(EmbeddedSchemas.kinds == kinds, "the embedded kinds differ from Schemas/: run Tools/embed-schemas")
        for (file, kind) in zip(files, kinds) {
            let bytes = try Data(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Schemas").appendingPathComponent(file))
            let embedded = EmbeddedSchemas.text(for: kind).map { Data($0.utf8) }
            #expect(embedded == bytes, "Schemas/\(file) differs from its embedded copy: run Tools/embed-schemas")
        }
        #expect(EmbeddedSchemas.text(for: "xx.no-such-kind") == nil)
    }

    @Test("every kind of the catalogue has a schema")
    func everyKindHasASchema() {
        for info in DossierCatalogue.kinds {
            #expect(EmbeddedSchemas.text(for: info.kind) != nil, "\(info.kind) has no Schemas/\(info.kind)\(Self.suffix)")
        }
    }
}
