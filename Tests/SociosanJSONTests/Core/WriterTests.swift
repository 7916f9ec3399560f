import SociosanJSON
import Testing

/// The canonical writer: exact bytes for each style, canonical escapes and numbers, refusal
/// of non-finite numbers, and the round-trip property.
@Suite("Canonical writer")
struct WriterTests {
    static func text(_ writer: JSONWriter) -> String { String(decoding: writer.bytes, as: UTF8.self) }

    static func write(_ style: JSONWriter.Style, _ build: (inout JSONWriter) throws -> Void) rethrows -> String {
        var writer = JSONWriter(style: style)
        try build(&writer)
        return text(writer)
    }

    static func sampleDocument(_ writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind"); writer.string("er.psychiatry.spoi")
        writer.key("beds"); writer.integer(16)
        writer.key("rooms"); writer.beginArray(); writer.endArray()
        writer.key("nested")
        writer.beginObject()
        writer.key("a"); writer.beginArray(); writer.integer(1); writer.beginObject(); writer.endObject(); writer.endArray()
        writer.endObject()
        writer.endObject()
        writer.finish()
    }

    @Test("compact style has no whitespace")
    func compact() {
        #expect(Self.write(.compact, Self.sampleDocument) == #"{"kind":"er.psychiatry.spoi","beds":16,"rooms":[],"nested":{"a":[1,{}]}}"# + "\n")
    }

    @Test("pretty style: 2 spaces, one member per line, empty containers on one line")
    func pretty() {
        let expected = """
        {
          "kind": "er.psychiatry.spoi",
          "beds": 16,
          "rooms": [],
          "nested": {
            "a": [
              1,
              {}
            ]
          }
        }

        """
        #expect(Self.write(.pretty, Self.sampleDocument) == expected)
        #expect(Self.write(.pretty) { $0.beginArray(); $0.endArray(); $0.finish() } == "[]\n")
    }

    @Test("strings escape only quote, backslash and control characters")
    func escaping() {
        let input = "\u{0}\u{1}\u{8}\t\n\u{B}\u{C}\r\u{1F}\"\\/\u{7F}é😀\u{2028}"
        let output = Self.write(.compact) { $0.string(input) }
        #expect(output == #""\u0000\u0001\b\t\n\u000b\f\r\u001f\"\\/"# + "\u{7F}é😀\u{2028}\"")
        #expect(Self.write(.compact) { $0.beginObject(); $0.key("a\"b\u{0}"); $0.null(); $0.endObject() } == #"{"a\"b\u0000":null}"#)
    }

    @Test("integers in decimal, doubles in shortest round-trip form")
    func numbers() throws {
        #expect(Self.write(.compact) { $0.beginArray(); $0.integer(Int64.min); $0.integer(Int64.max); $0.integer(0); $0.integer(-7); $0.endArray() }
            == "[-9223372036854775808,9223372036854775807,0,-7]")
        let doubles: [(Double, String)] = [
            (0.1, "0.1"), (1e300, "1e+300"), (-0.0, "-0.0"), (0.0, "0.0"), (1.0, "1.0"), (2.5, "2.5"),
            (.leastNonzeroMagnitude, "5e-324"), (1e16, "1e+16"), (1e15, "1000000000000000.0"), (0.00001, "1e-05"),
            (123.456, "123.456"), (.greatestFiniteMagnitude, "1.7976931348623157e+308"), (-1.5e-7, "-1.5e-07"),
        ]
        for (value, expected) in doubles {
            let text = try Self.write(.compact) { try $0.double(value) }
            #expect(text == expected)
            // Read back: the same Double, as a real (never as an integer), same sign.
            let node = try JSONDocument.parse(text).root
            #expect(node.kind == .real, "\(expected) reads back as \(node.kind)")
            #expect(node.doubleValue == value && node.doubleValue?.sign == value.sign)
        }
    }

    @Test("NaN and infinities are refused by a typed error, leaving the writer as it was")
    func nonFiniteRefused() throws {
        var writer = JSONWriter()
        writer.beginObject()
        writer.key("a")
        #expect(throws: JSONWriterError.nonFiniteNumber(.nan)) { try writer.double(.nan) }
        #expect(throws: JSONWriterError.nonFiniteNumber(.negativeInfinity)) {
            try writer.value(["ok": [1, 2], "bad": [.double(-.infinity)]])
        }
        #expect(Self.text(writer) == #"{"a":"#)
        writer.null()
        writer.key("b")
        #expect(throws: JSONWriterError.nonFiniteNumber(.positiveInfinity)) { try writer.double(.infinity) }
        try writer.double(1)
        writer.endObject()
        #expect(Self.text(writer) == #"{"a":null,"b":1.0}"#)
        #expect(JSONWriterError.nonFiniteNumber(.nan).englishMessage.hasPrefix("cannot write NaN as JSON: JSON numbers must be finite"))
        #expect(JSONWriterError.nonFiniteNumber(.nan).italianMessage.hasPrefix("impossibile scrivere NaN in JSON: i numeri JSON devono essere finiti"))
        #expect(throws: JSONWriterError.nonFiniteNumber(.nan)) { try JSONWriter.encode([.double(.nan)]) }
    }

    @Test("finish adds exactly one newline; reset reuses the buffer")
    func finishAndReset() {
        var writer = JSONWriter(capacity: 1024)
        #expect(!writer.isComplete)
        writer.beginArray()
        #expect(!writer.isComplete)
        writer.endArray()
        #expect(writer.isComplete)
        writer.finish()
        writer.finish()
        #expect(Self.text(writer) == "[]\n")
        let capacity = writer.bytes.capacity
        writer.reset()
        #expect(writer.bytes.isEmpty && writer.bytes.capacity >= capacity && !writer.isComplete)
        writer.string("again")
        #expect(Self.text(writer) == #""again""#)
    }

    @Test("a parsed document is rewritten canonically: order kept, whitespace normalised")
    func canonicalFromNode() throws {
        let document = try JSONDocument.parse(" { \"b\" : [ 1 , 2.50 , \"\\u00e9\\/\" ] ,\n \"a\" : { } , \"c\":1E2 } ")
        var writer = JSONWriter()
        writer.value(document.root)
        #expect(Self.text(writer) == #"{"b":[1,2.5,"é/"],"a":{},"c":100.0}"#)
        var pretty = JSONWriter(style: .pretty)
        pretty.value(document.root)
        #expect(Self.text(pretty) == "{\n  \"b\": [\n    1,\n    2.5,\n    \"é/\"\n  ],\n  \"a\": {},\n  \"c\": 100.0\n}")
    }

    @Test("round trip: write, read back the same value, write the same bytes (500 random values)")
    func roundTripProperty() throws {
        var generator = SplitMix64(seed: 0x5EED_2024)
        for index in 0..<500 {
            let value = Self.randomValue(depth: 4, &generator)
            for style in [JSONWriter.Style.compact, .pretty] {
                let bytes = try JSONWriter.encode(value, style: style)
                let document = try JSONDocument.parse(bytes)
                #expect(document.value == value, "value \(index), \(style): \(value)")
                #expect(try JSONWriter.encode(document.value, style: style) == bytes, "value \(index), \(style)")
                var fromNode = JSONWriter(style: style)
                fromNode.value(document.root)
                fromNode.finish()
                #expect(fromNode.bytes == bytes, "value \(index), \(style): node and value writers differ")
            }
        }
    }

    @Test("edge values survive the round trip")
    func roundTripEdges() throws {
        let value: JSONValue = [
            "nul": "a\u{0}b", "controls": "\u{1}\u{1F}\u{7F}", "emoji": "👩‍⚕️🇮🇹", "combining": "e\u{301}",
            "min": .integer(.min), "max": .integer(.max), "tenth": 0.1, "huge": 1e300, "negativeZero": -0.0,
            "tiny": .double(.leastNonzeroMagnitude), "integral": 3.0, "empty": [:], "list": [], "\u{0}key": .null, "": true,
        ]
        for style in [JSONWriter.Style.compact, .pretty] {
            let bytes = try JSONWriter.encode(value, style: style)
            #expect(try JSONDocument.parse(bytes).value == value)
            #expect(try JSONWriter.encode(JSONDocument.parse(bytes).value, style: style) == bytes)
        }
    }

    // MARK: Random values

    static let alphabet: [String] = [
        "a", "Z", "0", " ", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{C}", "\r", "\u{1F}", "\"", "\\", "/",
        "\u{7F}", "é", "e\u{301}", "😀", "中", "\u{2028}", "\u{FEFF}", "\u{10FFFF}",
    ]

    static func randomString(_ generator: inout SplitMix64) -> String {
        let length = Int.random(in: 0...8, using: &generator)
        return (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
    }

    static func randomDouble(_ generator: inout SplitMix64) -> Double {
        let special: [Double] = [0.1, -0.0, 0, 1, 1e300, -1e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e16, 2.5, 1 / 3]
        if Bool.random(using: &generator) { return special.randomElement(using: &generator)! }
        while true {
            let value = Double(bitPattern: generator.next())
            if value.isFinite { return value }
        }
    }

    static func randomValue(depth: Int, _ generator: inout SplitMix64) -> JSONValue {
        let choice = Int.random(in: 0..<(depth > 0 ? 8 : 6), using: &generator)
        switch choice {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &generator))
        case 2:
            let edges: [Int64] = [.min, .max, 0, -1, 1]
            return .integer(Bool.random(using: &generator) ? edges.randomElement(using: &generator)! : Int64(bitPattern: generator.next()))
        case 3: return .double(randomDouble(&generator))
        case 4, 5: return .string(randomString(&generator))
        case 6:
            return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in randomValue(depth: depth - 1, &generator) })
        default:
            var members: [(key: String, value: JSONValue)] = []
            var seen = Set<[UInt8]>()
            for _ in 0..<Int.random(in: 0...4, using: &generator) {
                let key = randomString(&generator)
                // Keys are unique by bytes, as the parser requires.
                if seen.insert(Array(key.utf8)).inserted {
                    members.append((key, randomValue(depth: depth - 1, &generator)))
                }
            }
            return .object(members)
        }
    }
}
