import Foundation
import Sociosan
import SociosanJSON
import Testing

/// A declared kind that opts into ``ProtectedMembers`` refuses a protected member at the top
/// level too, as an error without `--strict`, in both languages.
@Suite struct DeclaredProtectedMembersTests {
    static func internship(adding key: String) throws -> String {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/sicily.inclusion.internship/valid")
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().first)
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let open = try #require(text.firstIndex(of: "{"))
        return text.replacingCharacters(in: open...open, with: "{\"\(key)\": \"x\", ")
    }

    @Test(arguments: ["firstName", "codice_fiscale", "DateOfBirth"])
    func topLevelProtectedMemberIsRefusedWithoutStrict(key: String) throws {
        let text = try Self.internship(adding: key)
        do {
            _ = try SicilyInternship.decode(jsonText: text, strict: false)
            Issue.record("\(key) at the top level was accepted")
        } catch {
            guard let found = error.diagnostics.first(where: { $0.path.description == "/\(key)" }) else {
                Issue.record("no diagnostic at /\(key)"); return
            }
            #expect(found.ruleID == "json.value")
            #expect(found.severity == .error)
            #expect(found.message(in: .english).contains("a person (a minor above all) appears in the dossier by a pseudonymous code only"))
            #expect(found.message(in: .italian).contains("compare solo con un codice pseudonimo"))
        }
    }

    @Test func theListIsShared() {
        #expect(SicilyInternship.protectedMembers?.entries == SicilyMinors.protectedNames)
        #expect(SicilyControlVisit.protectedMembers?.match("fullName") != nil)
    }
}
