import Testing
import Sociosan
import SociosanJSON

/// Parses JSON text written in a test.
private func json(_ text: String) throws -> JSONValue {
    try JSONDocument.parse(text).value
}

/// Applies the patch written as JSON text to the document written as JSON text.
private func apply(_ patch: String, to document: String) throws -> JSONValue {
    try JSONPatch(json(patch)).applied(to: json(document))
}

/// Compact JSON text of a value, without the final newline of a written document.
private func compact(_ value: JSONValue) -> String {
    String(value.description.dropLast())
}

/// The error of applying (or reading) a patch, which must fail.
private func failure(_ patch: String, on document: String) throws -> JSONPatchError {
    let document = try json(document)
    do {
        _ = try JSONPatch(json(patch)).applied(to: document)
    } catch let error as JSONPatchError {
        return error
    }
    Issue.record("\(patch) applied to \(document)")
    return JSONPatchError(operationIndex: nil, operationName: nil, pointer: nil, reason: .notAnArray)
}

/// RFC 6902 appendix A, example by example. Where the RFC shows an object result, member
/// order is the one this implementation gives (a new member last), checked exactly.
@Suite("JSON Patch: the examples of RFC 6902 appendix A")
struct JSONPatchRFCExampleTests {
    @Test("A.1 adding an object member") func addMember() throws {
        #expect(try apply(#"[{"op": "add", "path": "/baz", "value": "qux"}]"#, to: #"{"foo": "bar"}"#)
            == (try json(#"{"foo": "bar", "baz": "qux"}"#)))
    }

    @Test("A.2 adding an array element") func addElement() throws {
        #expect(try apply(#"[{"op": "add", "path": "/foo/1", "value": "qux"}]"#, to: #"{"foo": ["bar", "baz"]}"#)
            == (try json(#"{"foo": ["bar", "qux", "baz"]}"#)))
    }

    @Test("A.3 removing an object member") func removeMember() throws {
        #expect(try apply(#"[{"op": "remove", "path": "/baz"}]"#, to: #"{"baz": "qux", "foo": "bar"}"#)
            == (try json(#"{"foo": "bar"}"#)))
    }

    @Test("A.4 removing an array element") func removeElement() throws {
        #expect(try apply(#"[{"op": "remove", "path": "/foo/1"}]"#, to: #"{"foo": ["bar", "qux", "baz"]}"#)
            == (try json(#"{"foo": ["bar", "baz"]}"#)))
    }

    @Test("A.5 replacing a value") func replaceValue() throws {
        #expect(try apply(#"[{"op": "replace", "path": "/baz", "value": "boo"}]"#, to: #"{"baz": "qux", "foo": "bar"}"#)
            == (try json(#"{"baz": "boo", "foo": "bar"}"#)))
    }

    @Test("A.6 moving a value") func moveValue() throws {
        let document = #"{"foo": {"bar": "baz", "waldo": "fred"}, "qux": {"corge": "grault"}}"#
        #expect(try apply(#"[{"op": "move", "from": "/foo/waldo", "path": "/qux/thud"}]"#, to: document)
            == (try json(#"{"foo": {"bar": "baz"}, "qux": {"corge": "grault", "thud": "fred"}}"#)))
    }

    @Test("A.7 moving an array element") func moveElement() throws {
        #expect(try apply(#"[{"op": "move", "from": "/foo/1", "path": "/foo/3"}]"#, to: #"{"foo": ["all", "grass", "cows", "eat"]}"#)
            == (try json(#"{"foo": ["all", "cows", "eat", "grass"]}"#)))
    }

    @Test("A.8 testing a value: success") func testSucceeds() throws {
        let document = #"{"baz": "qux", "foo": ["a", 2, "c"]}"#
        #expect(try apply(#"[{"op": "test", "path": "/baz", "value": "qux"}, {"op": "test", "path": "/foo/1", "value": 2}]"#, to: document)
            == (try json(document)))
    }

    @Test("A.9 testing a value: error") func testFails() throws {
        let error = try failure(#"[{"op": "test", "path": "/baz", "value": "bar"}]"#, on: #"{"baz": "qux"}"#)
        #expect(error.reason == .testFailed(found: #""qux""#))
        #expect(error.englishMessage == #"JSON Patch operation 0 (test /baz): test failed: the value there is "qux""#)
    }

    @Test("A.10 adding a nested member object") func addNested() throws {
        #expect(try apply(#"[{"op": "add", "path": "/child", "value": {"grandchild": {}}}]"#, to: #"{"foo": "bar"}"#)
            == (try json(#"{"foo": "bar", "child": {"grandchild": {}}}"#)))
    }

    @Test("A.11 ignoring unrecognized elements") func ignoresUnknownMembers() throws {
        #expect(try apply(#"[{"op": "add", "path": "/baz", "value": "qux", "xyz": 123}]"#, to: #"{"foo": "bar"}"#)
            == (try json(#"{"foo": "bar", "baz": "qux"}"#)))
    }

    @Test("A.12 adding to a nonexistent target") func addUnderMissingParent() throws {
        let error = try failure(#"[{"op": "add", "path": "/baz/bat", "value": "qux"}]"#, on: #"{"foo": "bar"}"#)
        #expect(error.reason == .noSuchMember("baz", in: .root))
        #expect(error.pointer == "/baz/bat")
        #expect(error.englishMessage == #"JSON Patch operation 0 (add /baz/bat): the document has no member "baz""#)
    }

    @Test("A.13 invalid JSON Patch document: a repeated op is refused by the parser") func repeatedOp() {
        #expect(throws: JSONSyntaxError.self) {
            try JSONDocument.parse(#"[{"op": "add", "path": "/baz", "value": "qux", "op": "remove"}]"#)
        }
    }

    @Test("A.14 ~ escape ordering") func escapeOrdering() throws {
        let document = #"{"/": 9, "~1": 10}"#
        #expect(try apply(#"[{"op": "test", "path": "/~01", "value": 10}]"#, to: document) == (try json(document)))
    }

    @Test("A.15 comparing strings and numbers") func stringIsNotNumber() throws {
        let error = try failure(#"[{"op": "test", "path": "/~01", "value": "10"}]"#, on: #"{"/": 9, "~1": 10}"#)
        #expect(error.reason == .testFailed(found: "10"))
    }

    @Test("A.16 adding an array value") func addArrayValue() throws {
        #expect(try apply(#"[{"op": "add", "path": "/foo/-", "value": ["abc", "def"]}]"#, to: #"{"foo": ["bar"]}"#)
            == (try json(#"{"foo": ["bar", ["abc", "def"]]}"#)))
    }
}

@Suite("JSON Patch: pointers, order, equality and errors")
struct JSONPatchTests {
    /// RFC 6901 section 5: every pointer of the example names the value the RFC gives.
    @Test func pointersOfRFC6901() throws {
        let document = #"{"foo": ["bar", "baz"], "": 0, "a/b": 1, "c%d": 2, "e^f": 3, "g|h": 4, "i\\j": 5, "k\"l": 6, " ": 7, "m~n": 8}"#
        let expected: [(String, String)] = [
            ("", document), ("/foo", #"["bar", "baz"]"#), ("/foo/0", #""bar""#), ("/", "0"), ("/a~1b", "1"),
            ("/c%d", "2"), ("/e^f", "3"), ("/g|h", "4"), (#"/i\\j"#, "5"), (#"/k\"l"#, "6"), ("/ ", "7"), ("/m~0n", "8"),
        ]
        for (pointer, value) in expected {
            let patch = #"[{"op": "test", "path": "\#(pointer)", "value": \#(value)}]"#
            #expect(try apply(patch, to: document) == (try json(document)), "\(pointer)")
        }
    }

    @Test func replacingAMemberKeepsItsPlaceAndAddingANewOneGoesLast() throws {
        let patched = try apply(#"[{"op": "add", "path": "/a", "value": 10}, {"op": "add", "path": "/z", "value": 0}, {"op": "replace", "path": "/b", "value": 20}]"#,
                                to: #"{"a": 1, "b": 2, "c": 3}"#)
        #expect(compact(patched) == #"{"a":10,"b":20,"c":3,"z":0}"#)
    }

    @Test func theWholeDocumentCanBeReplacedOrAddedButNotRemoved() throws {
        #expect(try apply(#"[{"op": "replace", "path": "", "value": [1]}]"#, to: #"{"a": 1}"#) == [1])
        #expect(try apply(#"[{"op": "add", "path": "", "value": "x"}]"#, to: #"{"a": 1}"#) == "x")
        let error = try failure(#"[{"op": "remove", "path": ""}]"#, on: #"{"a": 1}"#)
        #expect(error.reason == .removeWholeDocument)
    }

    @Test func copyLeavesTheSourceAndMoveToItselfChangesNothing() throws {
        #expect(try apply(#"[{"op": "copy", "from": "/a", "path": "/b/-"}]"#, to: #"{"a": {"x": 1}, "b": []}"#)
            == (try json(#"{"a": {"x": 1}, "b": [{"x": 1}]}"#)))
        let document = #"{"a": 1, "b": 2}"#
        #expect(compact(try apply(#"[{"op": "move", "from": "/a", "path": "/a"}]"#, to: document)) == #"{"a":1,"b":2}"#)
        let missing = try failure(#"[{"op": "move", "from": "/x", "path": "/x"}]"#, on: document)
        #expect(missing.reason == .noSuchMember("x", in: .root))
    }

    @Test func aValueCannotMoveIntoItself() throws {
        let error = try failure(#"[{"op": "move", "from": "/a", "path": "/a/b"}]"#, on: #"{"a": {"b": 1}}"#)
        #expect(error.reason == .moveIntoOwnChild(from: JSONPointer(tokens: ["a"])))
        #expect(error.pointer == "/a/b")
        // A sibling whose name merely starts the same is no child.
        #expect(try apply(#"[{"op": "move", "from": "/a", "path": "/ab"}]"#, to: #"{"a": 1}"#) == (try json(#"{"ab": 1}"#)))
    }

    @Test func testComparesAsTheRFCSays() throws {
        let document = #"{"n": 1, "r": 1.0, "o": {"a": 1, "b": [true, null]}, "s": "é"}"#
        let passing = [
            #"{"op": "test", "path": "/n", "value": 1.0}"#,
            #"{"op": "test", "path": "/r", "value": 1}"#,
            #"{"op": "test", "path": "/o", "value": {"b": [true, null], "a": 1}}"#,
            #"{"op": "test", "path": "/s", "value": "\u00e9"}"#,
        ]
        for operation in passing {
            #expect(try apply("[\(operation)]", to: document) == (try json(document)), "\(operation)")
        }
        let failing = [
            #"{"op": "test", "path": "/n", "value": 1.5}"#,
            #"{"op": "test", "path": "/n", "value": true}"#,
            #"{"op": "test", "path": "/o", "value": {"a": 1}}"#,
            #"{"op": "test", "path": "/o", "value": {"a": 1, "b": [null, true]}}"#,
            #"{"op": "test", "path": "/s", "value": "e\u0301"}"#,
            #"{"op": "test", "path": "/r", "value": null}"#,
        ]
        for operation in failing {
            let error = try failure("[\(operation)]", on: document)
            guard case .testFailed = error.reason else {
                Issue.record("\(operation): \(error)")
                continue
            }
        }
    }

    @Test func arrayIndexesFollowRFC6901() throws {
        let document = #"{"a": [10, 20]}"#
        #expect(try apply(#"[{"op": "add", "path": "/a/2", "value": 30}]"#, to: document) == (try json(#"{"a": [10, 20, 30]}"#)))
        let cases: [(String, JSONPatchError.Reason)] = [
            (#"{"op": "add", "path": "/a/3", "value": 0}"#, .indexOutOfRange("3", in: JSONPointer(tokens: ["a"]), count: 2)),
            (#"{"op": "remove", "path": "/a/2"}"#, .indexOutOfRange("2", in: JSONPointer(tokens: ["a"]), count: 2)),
            (#"{"op": "replace", "path": "/a/-", "value": 0}"#, .indexOutOfRange("-", in: JSONPointer(tokens: ["a"]), count: 2)),
            (#"{"op": "remove", "path": "/a/01"}"#, .notAnIndex("01", in: JSONPointer(tokens: ["a"]))),
            (#"{"op": "remove", "path": "/a/x"}"#, .notAnIndex("x", in: JSONPointer(tokens: ["a"]))),
            (#"{"op": "remove", "path": "/a/99999999999999999999"}"#, .indexOutOfRange("99999999999999999999", in: JSONPointer(tokens: ["a"]), count: 2)),
            (#"{"op": "add", "path": "/a/0/x", "value": 0}"#, .throughScalar(JSONPointer(tokens: ["a", "0"]))),
        ]
        for (operation, reason) in cases {
            #expect(try failure("[\(operation)]", on: document).reason == reason, "\(operation)")
        }
    }

    @Test func aFailedPatchChangesNothing() throws {
        var document = try json(#"{"a": 1}"#)
        let patch = try JSONPatch(json(#"[{"op": "replace", "path": "/a", "value": 2}, {"op": "remove", "path": "/b"}]"#))
        #expect(throws: JSONPatchError.self) { try patch.apply(to: &document) }
        #expect(try document == json(#"{"a": 1}"#))
        let good = JSONPatch(Array(patch.operations.prefix(1)))
        try good.apply(to: &document)
        #expect(try document == json(#"{"a": 2}"#))
    }

    @Test func errorsSayWhichOperationAndPointerFailed() throws {
        let error = try failure(#"[{"op": "test", "path": "/a", "value": 1}, {"op": "replace", "path": "/rooms/7/beds", "value": 1}]"#,
                                on: #"{"a": 1, "rooms": [{"beds": 2}]}"#)
        #expect(error.operationIndex == 1)
        #expect(error.operationName == "replace")
        #expect(error.pointer == "/rooms/7/beds")
        #expect(error.englishMessage == "JSON Patch operation 1 (replace /rooms/7/beds): /rooms is an array of 1 element; there is no element 7")
        #expect(error.italianMessage == "JSON Patch, operazione 1 (replace /rooms/7/beds): /rooms è un array di 1 elemento; l'elemento 7 non esiste")
        #expect(error.description == error.englishMessage)
        // A missing source names the `from` pointer.
        let copy = try failure(#"[{"op": "copy", "from": "/b", "path": "/c"}]"#, on: #"{"a": 1}"#)
        #expect(copy.pointer == "/b")
        #expect(copy.italianMessage == #"JSON Patch, operazione 0 (copy /b): il documento non ha il membro "b""#)
    }

    @Test func aMalformedPatchIsRefusedWithItsOperation() throws {
        let cases: [(String, JSONPatchError)] = [
            (#"{"op": "add"}"#, JSONPatchError(operationIndex: nil, operationName: nil, pointer: nil, reason: .notAnArray)),
            (#"[1]"#, JSONPatchError(operationIndex: 0, operationName: nil, pointer: nil, reason: .notAnObject)),
            (#"[{"path": "/a"}]"#, JSONPatchError(operationIndex: 0, operationName: nil, pointer: nil, reason: .missingMember("op"))),
            (#"[{"op": 1, "path": "/a"}]"#, JSONPatchError(operationIndex: 0, operationName: nil, pointer: nil, reason: .notAString("op"))),
            (#"[{"op": "add", "path": "/a", "value": 1}, {"op": "append", "path": "/a"}]"#,
             JSONPatchError(operationIndex: 1, operationName: nil, pointer: nil, reason: .unknownOperation("append"))),
            (#"[{"op": "add", "value": 1}]"#, JSONPatchError(operationIndex: 0, operationName: "add", pointer: nil, reason: .missingMember("path"))),
            (#"[{"op": "add", "path": "/a"}]"#, JSONPatchError(operationIndex: 0, operationName: "add", pointer: "/a", reason: .missingMember("value"))),
            (#"[{"op": "move", "path": "/a"}]"#, JSONPatchError(operationIndex: 0, operationName: "move", pointer: nil, reason: .missingMember("from"))),
            (#"[{"op": "remove", "path": "a"}]"#, JSONPatchError(operationIndex: 0, operationName: "remove", pointer: "a", reason: .malformedPointer)),
            (#"[{"op": "remove", "path": "/a~2"}]"#, JSONPatchError(operationIndex: 0, operationName: "remove", pointer: "/a~2", reason: .malformedPointer)),
            (#"[{"op": "remove", "path": "/a~\u0301"}]"#, JSONPatchError(operationIndex: 0, operationName: "remove", pointer: "/a~\u{301}", reason: .malformedPointer)),
        ]
        for (text, expected) in cases {
            #expect(throws: expected, "\(text)") { try JSONPatch(json(text)) }
        }
        let unknown = try failure(#"[{"op": "append", "path": "/a"}]"#, on: "{}")
        #expect(unknown.englishMessage == #"JSON Patch operation 0: unknown op "append"; use add, remove, replace, move, copy or test"#)
    }

    @Test func aPatchReadsBackFromItsJSON() throws {
        let text = #"[{"op":"add","path":"/a~1b/-","value":{"x":[1,2.5]}},{"op":"remove","path":"/c"},{"op":"replace","path":"","value":null},{"op":"move","from":"/d","path":"/e"},{"op":"copy","from":"/f~0","path":"/g"},{"op":"test","path":"/h","value":"i"}]"#
        let patch = try JSONPatch(json(text))
        #expect(patch.operations.map(\.name) == ["add", "remove", "replace", "move", "copy", "test"])
        #expect(patch.operations[0] == .add(path: JSONPointer(tokens: ["a/b", "-"]), value: ["x": [1, 2.5]]))
        #expect(compact(patch.json) == text)
        #expect(try JSONPatch(patch.json) == patch)
        // A ~ before a combining mark is still escaped, scalar by scalar.
        let combining = JSONPatch([.remove(path: JSONPointer(tokens: ["a~\u{301}/"]))])
        #expect(compact(combining.json) == #"[{"op":"remove","path":"/a~0\#u{301}~1"}]"#)
    }
}
