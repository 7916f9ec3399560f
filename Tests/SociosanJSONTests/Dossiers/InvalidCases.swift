import Foundation
import Testing
import Sociosan
import SociosanJSON

/// One row of `Fixtures/<kind>/invalid-cases.json`: a valid fixture of the kind, an RFC 6902
/// JSON Patch, and the one rule the patched dossier must trigger (Fixtures/README.md).
struct InvalidCase: Sendable, CustomTestStringConvertible {
    let kind: DossierKind
    /// `<rule-id>` or `<rule-id>--<variant>`: the name of the file the case stands for.
    let name: String
    let rule: String
    /// The valid fixture patched, relative to the kind folder (`valid/spoi-15-beds.json`).
    let base: String
    let patch: JSONPatch

    var testDescription: String { "\(kind.rawValue)/\(name)" }

    /// The cases file of a kind.
    static func file(kind: DossierKind) -> URL {
        repositoryRoot.appendingPathComponent("Fixtures/\(kind.rawValue)/invalid-cases.json")
    }

    /// Every case of a kind, in the file's order; none when the kind has no cases file.
    static func all(kind: DossierKind) throws -> [InvalidCase] {
        let url = file(kind: kind)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        guard case .array(let rows) = try JSONDocument.parse(contentsOfFile: url.path).value else {
            throw CaseFileError("\(url.lastPathComponent) of \(kind) is not a JSON array")
        }
        return try rows.map { row in
            guard case .object(let members) = row else { throw CaseFileError("a case of \(kind) is not an object: \(row)") }
            let keys = Set(members.map(\.key))
            guard keys.isSubset(of: ["name", "rule", "base", "description", "patch"]), keys.isSuperset(of: ["name", "rule", "base", "patch"]) else {
                throw CaseFileError("a case of \(kind) has the members \(keys.sorted()), not name, rule, base, patch (and description)")
            }
            func string(_ key: String) throws -> String {
                guard case .string(let text)? = members.first(where: { $0.key == key })?.value else {
                    throw CaseFileError("a case of \(kind): \"\(key)\" is not a string")
                }
                return text
            }
            let patch = try JSONPatch(members.first { $0.key == "patch" }!.value)
            return InvalidCase(kind: kind, name: try string("name"), rule: try string("rule"), base: try string("base"), patch: patch)
        }
    }

    /// The patched dossier.
    func document() throws -> JSONValue {
        let path = repositoryRoot.appendingPathComponent("Fixtures/\(kind.rawValue)/\(base)").path
        return try patch.applied(to: JSONDocument.parse(contentsOfFile: path).value)
    }

    /// The patched dossier as pretty JSON text, as a file of it would hold.
    func text() throws -> String {
        String(decoding: try JSONWriter.encode(document(), style: .pretty), as: UTF8.self)
    }

    /// Validates the patched dossier as the tool validates a file's text.
    func validate(strict: Bool = false) throws -> DossierResult {
        DossierValidator.validate(text: try text(), options: ValidationOptions(strict: strict))
    }
}

struct CaseFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
