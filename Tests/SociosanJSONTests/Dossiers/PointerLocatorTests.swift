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

    /// The one-pass locator gives what the per-pointer scan gives, for every pointer above.
    @Test(arguments: ["/rooms/0/beds", "/rooms/0", "/rooms", "/name", "/a~1b/x~0y/2", "/a~1b/x~0y/1/k", "", "/missing", "/rooms/7"])
    func theLocatorAgreesWithTheScan(pointer: String) throws {
        let path = try #require(JSONPointer(parsing: pointer))
        let expected = PointerLocator.locate(path, in: text)
        let found = text.withUnsafeBytes { bytes -> TextLocation? in
            var locator = PointerLocator.Locator(text: bytes)
            _ = locator.locate(try! JSONPointer(parsing: "/a~1b/x~0y/1")!)  // tables built by another pointer first
            return locator.locate(path)
        }
        #expect(found == expected)
    }

    /// Issue 16: a finding per duplicate room used to rescan the text from byte 0. The work
    /// (bytes examined) of locating every finding must grow with the text: 8 times the rooms,
    /// at most 9 times the work (one pass over the text, one over each container).
    @Test func locatingEveryFindingIsLinearInTheText() throws {
        func work(rooms: Int) -> (Int, Int) {
            var text = "{\n  \"rooms\": [\n"
            text += Array(repeating: "    {\"id\": \"camera-01\", \"beds\": 2}", count: rooms).joined(separator: ",\n")
            text += "\n  ]\n}\n"
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBytes { raw in
                var locator = PointerLocator.Locator(text: raw)
                for index in 1..<rooms {
                    let location = locator.locate(JSONPointer(parsing: "/rooms/\(index)/id")!)
                    precondition(location?.line == index + 3 && location?.column == 6)
                }
                return (locator.work, bytes.count)
            }
        }
        let (small, smallSize) = work(rooms: 1_000)
        let (large, largeSize) = work(rooms: 8_000)
        #expect(large <= small * 9)
        // Bytes examined stay within a few passes over the text (the old scan: rooms x text);
        // each finding adds at most two 64-byte blocks of character counting.
        #expect(small <= smallSize * 8 && large <= largeSize * 8, "\(small) for \(smallSize) bytes, \(large) for \(largeSize)")
    }

    /// Issue 16: a dossier lists at most 1,000 findings, the rest counted by one more.
    @Test func findingsAreCappedAndTheRestCounted() throws {
        var text = #"{"kind": "er.psychiatry.eating-disorder-rehab", "schemaVersion": 1, "rooms": ["#
        text += Array(repeating: #"{"id": "camera-01", "beds": 2}"#, count: 1_200).joined(separator: ",") + "]}"
        let result = DossierValidator.validate(text: text)
        #expect(result.findings.count == FormatRules.findingsLimit + 1)
        let last = try #require(result.findings.last)
        #expect(last.ruleID == FormatRules.moreFindings.id && last.severity == .info)
        guard case .integer(let more) = last.arguments.first else { Issue.record("no count"); return }
        #expect(more >= 199)  // at least the duplicate rooms beyond the limit
        #expect(last.message(in: .english) == "\(more) more findings not listed (at most 1000 per dossier)")
        #expect(result.findings.dropLast().allSatisfy { $0.severity == .error })

        // Exactly: 600 infos, 600 errors, 300 warnings in that order keep every error, every
        // warning and the first 100 infos, in the order found, and count the other 500.
        func finding(_ severity: Severity, _ number: Int) -> Diagnostic {
            Diagnostic(ruleID: "test.rule", severity: severity, path: JSONPointer(tokens: [String(number)]), message: LocalizedText(it: "x", en: "x"), citation: nil)
        }
        let mixed = (0..<600).map { finding(.info, $0) } + (0..<600).map { finding(.error, $0) } + (0..<300).map { finding(.warning, $0) }
        let limited = FormatRules.limited(mixed)
        #expect(limited.count == 1_001)
        #expect(limited.prefix(100).allSatisfy { $0.severity == .info } && limited[99].path.tokens == ["99"])
        #expect(limited.dropFirst(100).prefix(600).allSatisfy { $0.severity == .error })
        #expect(limited.dropFirst(700).prefix(300).allSatisfy { $0.severity == .warning })
        #expect(limited.last?.arguments.first == .integer(500))
        #expect(FormatRules.limited(Array(mixed.prefix(1_000))) == Array(mixed.prefix(1_000)))
    }

    @Test func contentFindingsOfAFileCarryLineAndColumn() throws {
        let result = DossierValidator.validate(text: "{\n  \"kind\": \"er.psychiatry.spoi\",\n  \"schemaVersion\": 1,\n  \"extra\": true\n}")
        let unknown = try #require(result.findings.first { $0.ruleID == "json.unknown-field" })
        #expect(unknown.location?.line == 4 && unknown.location?.column == 3)
        let missing = try #require(result.findings.first { $0.ruleID == "json.required" })
        #expect(missing.location?.line == 1 && missing.location?.column == 1)
    }
}
