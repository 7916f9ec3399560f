import Foundation
import Testing
import Sociosan
@testable import SociosanJSON

// Every registered declared kind (DeclaredKinds.all), through its valid fixtures: the files are
// in canonical form, round-trip pretty and compact, and Foundation's coders read and write the
// same dossier through the field table. A new declared kind is covered by adding its fixtures.
@Suite("Declared kinds through their fixtures")
struct DeclaredKindFixtureTests {
    static let files = DeclaredKinds.all.flatMap { fixtureFiles(kind: $0.kindInfo.kind, "valid") }

    static func type(of file: URL) -> (any DeclaredDossier.Type)? {
        DeclaredKinds.type(for: DossierKind(rawValue: file.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent))
    }

    @Test func everyDeclaredKindHasValidFixtures() {
        for type in DeclaredKinds.all {
            #expect(fixtureFiles(kind: type.kindInfo.kind, "valid").count >= 3, "Fixtures/\(type.kindInfo.kind)/valid")
        }
    }

    @Test(arguments: files)
    func canonicalAndCodable(file: URL) throws {
        let type = try #require(Self.type(of: file))
        try Self.check(type, file: file)
    }

    static func check<Dossier: DeclaredDossier>(_ type: Dossier.Type, file: URL) throws {
        if file.pathExtension == "jsonl" {
            try checkLines(type, file: file)
            return
        }
        let data = try Data(contentsOf: file)
        let text = String(decoding: data, as: UTF8.self)
        let dossier = try Dossier.decode(jsonText: text)
        #expect(dossier.encoded() == Array(data), "\(file.lastPathComponent) is not in canonical form")
        let compact = dossier.encoded(style: .compact)
        #expect(compact.last == UInt8(ascii: "\n") && !compact.dropLast().contains(UInt8(ascii: "\n")))
        #expect(try Dossier.decode(jsonText: String(decoding: compact, as: UTF8.self)) == dossier)
        let viaCodable = try JSONDecoder().decode(Dossier.self, from: data)
        #expect(viaCodable == dossier)
        let again = try JSONDecoder().decode(Dossier.self, from: JSONEncoder().encode(viaCodable))
        #expect(again.encoded() == Array(data))
    }

    /// A JSON Lines kind (one dossier a line, `lombardy.implemental.activity`): every line is
    /// the compact canonical form of its dossier, and Foundation's coders agree with it.
    static func checkLines<Dossier: DeclaredDossier>(_ type: Dossier.Type, file: URL) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasSuffix("\n"), "\(file.lastPathComponent) lacks its final newline")
        for line in text.split(separator: "\n") {
            let dossier = try Dossier.decode(jsonText: String(line))
            #expect(dossier.encoded(style: .compact) == Array((line + "\n").utf8), "\(file.lastPathComponent): \(line.prefix(60)) is not canonical")
            let viaCodable = try JSONDecoder().decode(Dossier.self, from: Data(line.utf8))
            #expect(viaCodable == dossier)
        }
    }
}
