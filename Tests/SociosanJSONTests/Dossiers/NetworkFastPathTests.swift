import Foundation
import Sociosan
@testable import SociosanJSON
import Testing

/// The network reader's fast path must agree with the full decoder: whatever it accepts, the
/// decoder accepts with the same value, and whatever the decoder refuses, it refuses too.
@Suite("Network fast path")
struct NetworkFastPathTests {
    static func documents() throws -> [(String, JSONDocument)] {
        var result: [(String, JSONDocument)] = []
        for kind in ["staffing.roster", "staffing.structure"] {
            for folder in ["valid", "invalid"] {
                for file in fixtureFiles(kind: DossierKind(rawValue: kind), folder) {
                    if let document = try? JSONDocument.parse(contentsOfFile: file.path) {
                        result.append((file.lastPathComponent, document))
                    }
                }
            }
            for invalid in try InvalidCase.all(kind: DossierKind(rawValue: kind)) {
                result.append((invalid.name, try JSONDocument.parse(invalid.text())))
            }
        }
        let network = repositoryRoot.appendingPathComponent("Fixtures/network")
        for name in (try FileManager.default.contentsOfDirectory(atPath: network.path)).sorted() where name.hasSuffix(".jsonl") {
            let lines = try String(contentsOf: network.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
            for (index, line) in lines.enumerated() {
                if let document = try? JSONDocument.parse(String(line)) { result.append(("\(name):\(index + 1)", document)) }
            }
        }
        return result
    }

    @Test func fastPathAgreesWithTheDecoder() throws {
        let documents = try Self.documents()
        #expect(documents.count > 100)
        var accepted = 0
        for (name, document) in documents {
            let full = try? StaffedStructure.decode(document: document)
            guard let (fast, idNode) = StaffedStructure.decodeNetworkLine(document.root) else { continue }
            accepted += 1
            let decoded = try #require(full, "\(name): the fast path accepted what the decoder refuses")
            var withID = fast
            withID.id = try StructureID(try #require(idNode.stringValue))
            #expect(withID == decoded, "\(name)")
        }
        #expect(accepted >= 20, "the fast path should take the common well-formed lines")
    }
}
