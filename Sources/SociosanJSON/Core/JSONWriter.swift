/// Writes canonical JSON as UTF-8 bytes, value by value, without building a tree.
///
/// The output is deterministic, so that the same data always gives the same bytes:
/// - members are written in the order the caller writes them (the caller owns field order);
/// - strings escape only what JSON requires: `"` and `\` as `\"` `\\`, the control characters
///   U+0008, U+0009, U+000A, U+000C, U+000D as `\b` `\t` `\n` `\f` `\r`, the other controls
///   below U+0020 as `\u00XX` (lowercase hex); `/`, DEL and all non-ASCII text are written as
///   they are (raw UTF-8);
/// - integers in decimal;
/// - a `Double` as Swift's shortest text that reads back to the same `Double` (`0.1`,
///   `1e+300`, `5e-324`); an integral double keeps a fraction or an exponent (`1.0`,
///   `1e+16`), so that it reads back as a real, not an integer; `-0.0` is written `-0.0` and
///   reads back as `-0.0`; NaN and the infinities are refused with a thrown error;
/// - ``Style/compact`` has no whitespace; ``Style/pretty`` indents by 2 spaces, puts one member
///   or element per line, writes `"key": value`, and keeps `{}` and `[]` on one line.
///
/// Writing a value and parsing it gives back an equal ``JSONValue``, and writing that again
/// gives the same bytes.
///
/// ```swift
/// var writer = JSONWriter(style: .pretty)
/// writer.beginObject()
/// writer.key("kind"); writer.string("er.psychiatry.spoi")
/// writer.key("beds"); writer.integer(16)
/// writer.key("rooms"); writer.beginArray(); writer.endArray()
/// writer.endObject()
/// writer.finish()
/// // {
/// //   "kind": "er.psychiatry.spoi",
/// //   "beds": 16,
/// //   "rooms": []
/// // }
/// ```
///
/// Misuse of the structure (a key outside an object, a value where a key is due, an
/// unbalanced end, a second top-level value) is a programming error and stops the program
/// with a message; values JSON cannot hold are refused by a typed error instead.
public struct JSONWriter: Sendable {
    /// The layout of the output.
    public enum Style: Sendable, Hashable {
        /// No whitespace at all: for JSON Lines and machine exchange.
        case compact
        /// 2-space indentation, one member or element per line: for files people read and diff.
        case pretty
    }

    /// The layout chosen at creation.
    public let style: Style
    /// The UTF-8 text written so far.
    public internal(set) var bytes: [UInt8]
    private var frames: [Frame] = []
    private var hasTopLevelValue = false
    private var isFinished = false

    private struct Frame: Sendable {
        let isObject: Bool
        var count = 0
        var awaitsValue = false
    }

    /// Creates a writer with room for `capacity` bytes before it grows.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .compact, capacity: 1 << 16)
    /// ```
    public init(style: Style = .compact, capacity: Int = 4096) {
        self.style = style
        bytes = []
        bytes.reserveCapacity(capacity)
        frames.reserveCapacity(16)
    }

    /// Whether one complete top-level value has been written.
    ///
    /// ```swift
    /// var writer = JSONWriter(); writer.beginArray()
    /// writer.isComplete   // false
    /// ```
    public var isComplete: Bool { frames.isEmpty && hasTopLevelValue }

    /// Ends the document with exactly one newline, as canonical files do; calling it again
    /// adds nothing.
    ///
    /// ```swift
    /// var writer = JSONWriter(); writer.null(); writer.finish()
    /// writer.bytes   // Array("null\n".utf8)
    /// ```
    public mutating func finish() {
        precondition(isComplete, "JSONWriter.finish(): the top-level value is not complete")
        if !isFinished {
            bytes.append(UInt8(ascii: "\n"))
            isFinished = true
        }
    }

    /// Empties the writer for the next document, keeping its memory (for JSON Lines).
    ///
    /// ```swift
    /// writer.reset()
    /// writer.bytes.isEmpty   // true
    /// ```
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        frames.removeAll(keepingCapacity: true)
        hasTopLevelValue = false
        isFinished = false
    }

    // MARK: Structure

    /// Opens an object; write ``key(_:)`` then a value for each member, then ``endObject()``.
    ///
    /// ```swift
    /// writer.beginObject(); writer.key("a"); writer.integer(1); writer.endObject()   // {"a":1}
    /// ```
    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        frames.append(Frame(isObject: true))
    }

    /// Closes the innermost object.
    ///
    /// ```swift
    /// writer.beginObject(); writer.endObject()   // {}
    /// ```
    public mutating func endObject() {
        guard let frame = frames.last, frame.isObject, !frame.awaitsValue else {
            preconditionFailure("JSONWriter.endObject(): no open object, or its last key has no value")
        }
        close(UInt8(ascii: "}"))
    }

    /// Opens an array; write its elements, then ``endArray()``.
    ///
    /// ```swift
    /// writer.beginArray(); writer.integer(1); writer.integer(2); writer.endArray()   // [1,2]
    /// ```
    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        frames.append(Frame(isObject: false))
    }

    /// Closes the innermost array.
    ///
    /// ```swift
    /// writer.beginArray(); writer.endArray()   // []
    /// ```
    public mutating func endArray() {
        guard let frame = frames.last, !frame.isObject else {
            preconditionFailure("JSONWriter.endArray(): no open array")
        }
        close(UInt8(ascii: "]"))
    }

    /// Writes the next member's key; its value must follow.
    ///
    /// ```swift
    /// writer.key("beds"); writer.integer(16)   // "beds":16
    /// ```
    public mutating func key(_ key: String) {
        writeKey(key) { $0.appendQuoted(key) }
    }

    /// A key whose UTF-8 bytes need no escape (the caller knows): written as they are, without
    /// reading a `String` (a field table's member names, made once, ``key(_:)-(FieldName)``).
    mutating func key(unescapedUTF8 utf8: [UInt8]) {
        writeKey(String(decoding: utf8, as: UTF8.self)) { $0.appendPlainQuoted(utf8) }
    }

    /// The separator before a key, the key (`appendKey`), `:`; `text` names it in a misuse.
    private mutating func writeKey(_ text: @autoclosure () -> String, _ appendKey: (inout JSONWriter) -> Void) {
        let top = frames.count - 1
        guard top >= 0, frames[top].isObject, !frames[top].awaitsValue else {
            preconditionFailure("JSONWriter.key(\"\(text())\"): a key belongs in an object, before a value")
        }
        if frames[top].count > 0 { bytes.append(UInt8(ascii: ",")) }
        if style == .pretty { newlineAndIndent(depth: frames.count) }
        frames[top].count += 1
        frames[top].awaitsValue = true
        appendKey(&self)
        bytes.append(UInt8(ascii: ":"))
        if style == .pretty { bytes.append(UInt8(ascii: " ")) }
    }

    // MARK: Scalars

    /// A string whose UTF-8 bytes need no escape (the caller knows), as ``key(unescapedUTF8:)``.
    mutating func string(unescapedUTF8 utf8: [UInt8]) {
        beforeValue()
        appendPlainQuoted(utf8)
        afterValue()
    }

    /// Writes a string, escaped canonically.
    ///
    /// ```swift
    /// writer.string("a\"b\n")   // "a\"b\n"
    /// ```
    public mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
        afterValue()
    }

    /// Writes an integer in decimal.
    ///
    /// ```swift
    /// writer.integer(-42)   // -42
    /// ```
    public mutating func integer(_ value: Int64) {
        beforeValue()
        appendDecimal(value)
        afterValue()
    }

    /// Writes an `Int` in decimal.
    ///
    /// ```swift
    /// writer.integer(rooms.count)
    /// ```
    public mutating func integer(_ value: Int) {
        integer(Int64(value))
    }

    /// Writes a finite double as its shortest round-trip text; NaN and the infinities are
    /// refused and nothing is written.
    ///
    /// ```swift
    /// try writer.double(0.1)   // 0.1
    /// try writer.double(2)     // 2.0
    /// try writer.double(.nan)  // throws JSONWriterError.nonFiniteNumber(.nan)
    /// ```
    public mutating func double(_ value: Double) throws(JSONWriterError) {
        if let nonFinite = JSONWriterError.NonFiniteValue(value) { throw .nonFiniteNumber(nonFinite) }
        beforeValue()
        appendDouble(value)
        afterValue()
    }

    /// Writes `true` or `false`.
    ///
    /// ```swift
    /// writer.bool(true)   // true
    /// ```
    public mutating func bool(_ value: Bool) {
        beforeValue()
        bytes.append(contentsOf: value ? Self.trueText : Self.falseText)
        afterValue()
    }

    /// Writes `null`.
    ///
    /// ```swift
    /// writer.null()   // null
    /// ```
    public mutating func null() {
        beforeValue()
        bytes.append(contentsOf: Self.nullText)
        afterValue()
    }

    // MARK: Whole values

    /// Writes a whole ``JSONValue``. If it holds NaN or an infinity, the error is thrown and
    /// the writer is left exactly as before the call.
    ///
    /// ```swift
    /// try writer.value(["a": [1, 2.5, .null]])   // {"a":[1,2.5,null]}
    /// ```
    public mutating func value(_ value: JSONValue) throws(JSONWriterError) {
        let savedCount = bytes.count
        let savedFrames = frames.count
        let savedTop = frames.last
        let savedHasTopLevelValue = hasTopLevelValue

        enum Step { case value(JSONValue), key(String), endArray, endObject }
        var steps: [Step] = [.value(value)]
        while let step = steps.popLast() {
            switch step {
            case .key(let name): key(name)
            case .endArray: endArray()
            case .endObject: endObject()
            case .value(let current):
                switch current {
                case .null: null()
                case .bool(let flag): bool(flag)
                case .integer(let number): integer(number)
                case .string(let text): string(text)
                case .double(let number):
                    do {
                        try double(number)
                    } catch {
                        // Undo the partial value, so the caller can write something else.
                        bytes.removeSubrange(savedCount...)
                        frames.removeSubrange(savedFrames...)
                        if let savedTop { frames[frames.count - 1] = savedTop }
                        hasTopLevelValue = savedHasTopLevelValue
                        throw error
                    }
                case .array(let elements):
                    beginArray()
                    steps.append(.endArray)
                    for element in elements.reversed() { steps.append(.value(element)) }
                case .object(let members):
                    beginObject()
                    steps.append(.endObject)
                    for member in members.reversed() {
                        steps.append(.value(member.value))
                        steps.append(.key(member.key))
                    }
                }
            }
        }
    }

    /// Copies a parsed value with everything under it, in canonical form. Never fails:
    /// parsed numbers are always finite.
    ///
    /// ```swift
    /// let document = try JSONDocument.parse("{ \"b\" : 1,\n \"a\" : [ ] }")
    /// var writer = JSONWriter()
    /// writer.value(document.root)   // {"b":1,"a":[]}
    /// ```
    public mutating func value(_ node: JSONNode) {
        enum Step { case node(JSONNode), key(String), endArray, endObject }
        var steps: [Step] = [.node(node)]
        while let step = steps.popLast() {
            switch step {
            case .key(let name): key(name)
            case .endArray: endArray()
            case .endObject: endObject()
            case .node(let current):
                switch current.kind {
                case .null: null()
                case .bool: bool(current.boolValue ?? false)
                case .integer: integer(current.integerValue ?? 0)
                case .string: string(current.stringValue ?? "")
                case .real:
                    beforeValue()
                    appendDouble(current.doubleValue ?? 0)
                    afterValue()
                case .array:
                    beginArray()
                    steps.append(.endArray)
                    for element in current.elements.reversed() { steps.append(.node(element)) }
                case .object:
                    beginObject()
                    steps.append(.endObject)
                    for member in current.members.reversed() {
                        steps.append(.node(member.value))
                        steps.append(.key(member.key))
                    }
                }
            }
        }
    }

    /// The bytes of one value, with the final newline of ``finish()``.
    ///
    /// ```swift
    /// try JSONWriter.encode(["a": 1], style: .pretty)   // Array("{\n  \"a\": 1\n}\n".utf8)
    /// ```
    public static func encode(_ value: JSONValue, style: Style = .compact) throws(JSONWriterError) -> [UInt8] {
        var writer = JSONWriter(style: style)
        try writer.value(value)
        writer.finish()
        return writer.bytes
    }

    // MARK: Internals

    /// Internal, not private: ``date(_:)`` (JSONWriter+Values) writes through it.
    mutating func beforeValue() {
        let top = frames.count - 1
        guard top >= 0 else {
            precondition(!hasTopLevelValue, "JSONWriter: a document holds one top-level value; call reset() to start another")
            return
        }
        if frames[top].isObject {
            precondition(frames[top].awaitsValue, "JSONWriter: in an object, write key(_:) before each value")
            frames[top].awaitsValue = false
            return
        }
        if frames[top].count > 0 { bytes.append(UInt8(ascii: ",")) }
        if style == .pretty { newlineAndIndent(depth: frames.count) }
        frames[top].count += 1
    }

    mutating func afterValue() {
        if frames.isEmpty { hasTopLevelValue = true }
    }

    private mutating func close(_ bracket: UInt8) {
        let frame = frames.removeLast()
        if style == .pretty && frame.count > 0 { newlineAndIndent(depth: frames.count) }
        bytes.append(bracket)
        afterValue()
    }

    private mutating func newlineAndIndent(depth: Int) {
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func appendDecimal(_ value: Int64) {
        // Digits are produced backwards into a stack buffer: no String, no allocation.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var magnitude = value.magnitude
            var index = 20
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<20]))
        }
    }

    private mutating func appendDouble(_ value: Double) {
        // Swift's description is the shortest text that reads back to the same Double, and
        // always has a '.' or an exponent, so it reads back as a real. Finite values only.
        var text = value.description
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// `"`, bytes that need no escape, `"`.
    private mutating func appendPlainQuoted(_ utf8: [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendQuoted(_ text: String) {
        var text = text
        text.withUTF8 { Self.appendQuoted($0, to: &bytes) }
    }

    /// Appends `"…"` with canonical escapes; runs of plain bytes are copied in one go.
    static func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            appendEscape(byte, to: &output)
            runStart = index + 1
        }
        if runStart < utf8.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        output.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): output.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): output.append(UInt8(ascii: "\\"))
        case 0x08: output.append(UInt8(ascii: "b"))
        case 0x09: output.append(UInt8(ascii: "t"))
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0C: output.append(UInt8(ascii: "f"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            output.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
        }
    }

    /// A string as a quoted, escaped JSON literal (used to show keys in messages).
    static func quotedBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        var text = text
        text.withUTF8 { appendQuoted($0, to: &output) }
        return output
    }

    private static let trueText = Array("true".utf8)
    private static let falseText = Array("false".utf8)
    private static let nullText = Array("null".utf8)
}
