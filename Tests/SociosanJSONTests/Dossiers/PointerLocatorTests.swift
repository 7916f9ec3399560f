import Testing
import Sociosan
import SociosanJSON

@Suite("Pointer locator")
struct PointerLocatorTests {
    let text = Array("{\n  \"name\": \"città\",\n  \"a/b\": {\"x~y\": [10, {\"k\": \"v\\\"]}\"}, 30]},\n  \"rooms\": [\n    {\"id\": \"1\", \"beds\": 0}\n  ]\n}\n".utf8)

    @Test(arguments: [
        ("/rooms/0/beds", 5, 17),
        ("/rooms/0", 5, 5),
        ("/rooms", 4, 3),
        ("/name", 2, 3),
        ("/a~1b/x~0y/2", 3, 39),
        ("/a~1b/x~0y/1/k", 3, 24),
        ("", 1, 1),
        ("/missing", 1, 1),
        ("/rooms/7", 4, 3),
    ])
    func findsTheValueOrItsNearestAncestor(pointer: String, line: Int, column: Int) throws {
        let location = try #require(PointerLocator.locate(JSONPointer(parsing: pointer)!, in: text))
        #expect(location.line == line && location.column == column, "\(pointer): \(location)")
    }

    @Test func contentFindingsOfAFileCarryLineAndColumn() throws {
        let result = DossierValidator.validate(text: "{\n  \"kind\": \"er.psychiatry.spoi\",\n  \"schemaVersion\": 1,\n  \"extra\": true\n}")
        let unknown = try #require(result.findings.first { $0.ruleID == "json.unknown-field" })
        #expect(unknown.location?.line == 4 && unknown.location?.column == 3)
        let missing = try #require(result.findings.first { $0.ruleID == "json.required" })
        #expect(missing.location?.line == 1 && missing.location?.column == 1)
    }
}
