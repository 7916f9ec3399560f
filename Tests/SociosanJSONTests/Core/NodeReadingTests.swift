import Foundation
import SociosanJSON
import Testing

/// Reading parsed documents through ``JSONNode`` and converting them to ``JSONValue``.
@Suite("Reading nodes")
struct NodeReadingTests {
    static let sample = #"""
    {"kind": "er.psychiatry.spoi", "beds": 16, "ratio": 0.5, "open": true, "closed": false,
     "note": null, "rooms": [{"id": "A", "beds": 2}, {"id": "B", "beds": 1}], "": "empty key"}
    """#

    @Test("kinds and scalar values")
    func scalars() throws {
        let root = try JSONDocument.parse(Self.sample).root
        #expect(root.kind == .object)
        #expect(root["kind"]?.stringValue == "er.psychiatry.spoi")
        #expect(root["beds"]?.kind == .integer && root["beds"]?.integerValue == 16)
        #expect(root["beds"]?.doubleValue == 16)
        #expect(root["ratio"]?.kind == .real && root["ratio"]?.doubleValue == 0.5)
        #expect(root["ratio"]?.integerValue == nil)
        #expect(root["open"]?.boolValue == true && root["closed"]?.boolValue == false)
        #expect(root["note"]?.isNull == true && root["note"]?.kind == .null)
        #expect(root["kind"]?.integerValue == nil && root["beds"]?.stringValue == nil)
        #expect(root[""]?.stringValue == "empty key")
        #expect(root["missing"] == nil)
        #expect(root["beds"]?.count == 0)
    }

    @Test("arrays by index and as a collection; objects by key and in order")
    func containers() throws {
        let root = try JSONDocument.parse(Self.sample).root
        let rooms = try #require(root["rooms"])
        #expect(rooms.count == 2)
        #expect(rooms[1]?["id"]?.stringValue == "B")
        #expect(rooms[2] == nil && rooms[-1] == nil)
        #expect(rooms.elements.compactMap { $0["beds"]?.integerValue } == [2, 1])
        #expect(root[0] == nil && rooms["id"] == nil)
        #expect(root.members.map(\.key) == ["kind", "beds", "ratio", "open", "closed", "note", "rooms", ""])
        var keys: [String] = []
        root.forEachMember { key, _ in keys.append(key) }
        #expect(keys == root.members.map(\.key))
        #expect(root.members.contains { $0.hasKey("rooms") && $0.value.kind == .array })
        #expect(root["kind"]?.isString("er.psychiatry.spoi") == true)
        #expect(root["kind"]?.isString("er.psychiatry") == false)
        #expect(root["beds"]?.isString("16") == false)
        #expect(rooms.members.underestimatedCount == 0 && Array(root["beds"]!.elements).isEmpty)
    }

    @Test("strings keep U+0000, emoji and escapes exactly")
    func exactStrings() throws {
        let root = try JSONDocument.parse(#"["a\u0000b", "😀\ud83d\ude00", "\"\\\/\b\f\n\r\t", "\u00e9"]"#).root
        #expect(root[0]?.stringValue == "a\u{0}b")
        #expect(root[0]?.withStringBytes { Array($0) } == [0x61, 0x00, 0x62])
        #expect(root[1]?.stringValue == "😀😀")
        #expect(root[2]?.stringValue == "\"\\/\u{8}\u{C}\n\r\t")
        #expect(root[3]?.stringValue?.utf8.elementsEqual("é".utf8) == true)
    }

    @Test("keys containing U+0000 are read, looked up and kept in order")
    func nulInKeys() throws {
        let root = try JSONDocument.parse(#"{"z": 0, "a\u0000b": 1, "a": 2, "v": "x\u0000y"}"#).root
        #expect(root.members.map(\.key) == ["z", "a\u{0}b", "a", "v"])
        #expect(root["a\u{0}b"]?.integerValue == 1)
        #expect(root["a"]?.integerValue == 2)
        #expect(root["v"]?.stringValue == "x\u{0}y")

        // A repeated NUL key is a duplicate, reported as the user wrote it.
        let duplicate = try #require(CoreTestSupport.syntaxError(#"{"k\u0000": 1, "k\u0000": 2}"#))
        #expect(duplicate.reason == .duplicateKey && duplicate.key == "k\u{0}")
        #expect(duplicate.detail == #"duplicate object key near '"k\u0000"'"#)
        // Another error after a NUL key keeps its exact position.
        let later = try #require(CoreTestSupport.syntaxError(#"{"a\u0000": 1, "b": tru}"#))
        #expect(later.reason == .invalidLiteral && later.byteOffset == 20 && later.column == 21)
        // The rewrite avoids characters present in the text: U+FDD0 here stays U+FDD0.
        let fdd0 = String(Unicode.Scalar(0xFDD0)!)
        let marker = try JSONDocument.parse(#"{"\u0000": ""# + fdd0 + #"", "x": "\uFDD1", "\\u0000": 3}"#).root
        #expect(marker["\u{0}"]?.stringValue == fdd0)
        #expect(marker["x"]?.stringValue == String(Unicode.Scalar(0xFDD1)!))
        #expect(marker["\\u0000"]?.integerValue == 3)
        // The same from a file and from a pipe.
        let text = Array(#"{"a\u0000b": [1, {"c\u0000": null}]}"#.utf8)
        let expected: JSONValue = ["a\u{0}b": [1, ["c\u{0}": .null]]]
        try CoreTestSupport.withTemporaryDirectory { directory in
            let path = try CoreTestSupport.write(text, to: directory, name: "nul-key.json")
            #expect(try JSONDocument.parse(contentsOfFile: path).value == expected)
        }
        let fromPipe = try CoreTestSupport.withPipe(containing: text) { descriptor in
            try JSONDocument.parse(fileDescriptor: descriptor, path: "<pipe>").value
        }
        #expect(fromPipe == expected)
    }

    @Test("toValue converts the whole tree, keeping order and number kinds")
    func conversion() throws {
        let value = try JSONDocument.parse(#"{"b": [1, 1.0, -0.0, "s", true, null], "a": {}}"#).value
        let expected: JSONValue = .object([
            (key: "b", value: .array([.integer(1), .double(1.0), .double(-0.0), .string("s"), .bool(true), .null])),
            (key: "a", value: .object([])),
        ])
        #expect(value == expected)
        #expect(value != ["a": [:], "b": [1, 1.0, -0.0, "s", true, .null]])
    }

    @Test("JSONValue equality is exact: bytes, order, number kinds, sign of zero")
    func valueEquality() {
        #expect(JSONValue.string("é") != .string("e\u{301}"))
        #expect(JSONValue.integer(1) != .double(1))
        #expect(JSONValue.double(0.0) != .double(-0.0))
        #expect(JSONValue.double(.nan) != .double(.nan))
        #expect(JSONValue(dictionaryLiteral: ("a", 1), ("b", 2)) != ["b": 2, "a": 1])
        #expect(JSONValue.array([[["x"]]]) == [[["x"]]])
        #expect(JSONValue.object([(key: "k", value: [1, 2])]) == ["k": [1, 2]])
    }

    @Test("nodes keep their document alive")
    func nodesOutliveExpressions() throws {
        // The document is a temporary here: the nodes must keep it.
        let rooms = try JSONDocument.parse(Self.sample).root["rooms"]
        let first = rooms?[0]
        #expect(first?["id"]?.stringValue == "A")
        let members = try JSONDocument.parse(#"{"x": "y"}"#).root.members
        #expect(members.map { $0.key + ($0.value.stringValue ?? "") } == ["xy"])
    }

    @Test("one document can be read from many tasks at once")
    func concurrentReading() async throws {
        let document = try JSONDocument.parse(Self.sample)
        let sums = await withTaskGroup(of: Int64.self, returning: [Int64].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var sum: Int64 = 0
                    for _ in 0..<1_000 {
                        for room in document.root["rooms"]?.elements ?? JSONNode.Elements() {
                            sum += room["beds"]?.integerValue ?? 0
                        }
                    }
                    return sum
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sums == Array(repeating: 3_000, count: 8))
    }
}
