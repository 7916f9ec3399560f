/// One value of the document a ``FieldSource`` walks: a handle that only its source reads
/// (a jansson node's address, an index into a tree).
public struct FieldNode: Sendable, Hashable {
    public let bits: UInt

    @inlinable
    public init(bits: UInt) { self.bits = bits }
}

/// The document a ``FieldReader`` walks, and where its problems go: the JSON layer implements
/// it over jansson's tree (with JSON Pointers and the `json.*` findings), the `Codable` bridge
/// over a ``FieldTree``.
///
/// Its methods are not generic, so that the field tables, which are, are compiled once for
/// every source: a read is one dynamic call to code written for that document. (When the
/// reader itself was the generic parameter, every table, codec and field ran unspecialised,
/// and about a quarter of a decoding went to looking up generic metadata.)
///
/// Every read reports its own problem at the current position (the member or element entered
/// last) and answers `nil`.
public protocol FieldSource: AnyObject {
    func readString(_ node: FieldNode, nonEmpty: Bool) -> String?
    func readIdentifier(_ node: FieldNode) -> StructureID?
    func readDate(_ node: FieldNode) -> LocalDate?
    func readInteger(_ node: FieldNode, in range: ClosedRange<Int>) -> Int?
    func readHundredths(_ node: FieldNode, in range: ClosedRange<Int>) -> Int?
    func readBool(_ node: FieldNode) -> Bool?

    /// Calls `body` with the UTF-8 bytes of a string value, valid only inside it; `false`
    /// (nothing reported, `body` not called) when the value is not a string.
    func withStringBytes(_ node: FieldNode, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool
    /// The text of a string value for a message (`""` for any other value).
    func text(_ node: FieldNode) -> String

    /// The number of elements of an array; `nil`, reported, when the value is not one.
    func arrayCount(_ node: FieldNode) -> Int?
    /// Element `index` (below ``arrayCount(_:)``) of an array.
    func element(_ node: FieldNode, at index: Int) -> FieldNode

    /// Whether the value is an object; reported when it is not.
    func checkObject(_ node: FieldNode) -> Bool
    /// The member `key` of an object, `nil` when absent. `cursor` (0 at first) is the
    /// source's own place in the object's members: documents list their members in the
    /// table's order, so the one asked for is usually the one after the last found, compared
    /// without hashing.
    func member(_ node: FieldNode, _ key: String, cursor: inout UInt) -> FieldNode?
    func isNull(_ node: FieldNode) -> Bool
    /// The number of members of an object.
    func memberCount(_ node: FieldNode) -> Int
    /// How many of `kind` and `schemaVersion` the object has.
    func envelopeCount(_ node: FieldNode) -> Int
    /// Reports every member of the object that is not in `keys`.
    func reportUnknownMembers(_ node: FieldNode, keys: [String])

    /// Positions: every `enter` is followed by one ``leave()``.
    func enter(key: String)
    func enter(index: Int)
    func leave()

    func reportTypeMismatch(_ node: FieldNode, expected: ValueTypeName)
    /// A value with the right type that is not acceptable, at the current position.
    func reportInvalid(_ explanation: LocalizedText)
    /// A required member `key` missing from the object at the current position.
    func reportMissing(_ key: String)
    /// Element `index` of the array at the current position repeats the `id` of element `first`.
    func reportRepeatedID(_ id: String, first: Int, at index: Int)
}

/// A cursor on one value of a document being decoded, as a field table reads it.
///
/// The core describes a dossier's shape once (``FieldTable``) and never sees JSON text: the
/// cursor asks its ``FieldSource`` (jansson's tree in the JSON layer, a ``FieldTree`` in the
/// `Codable` bridge). Every read reports its own problem at the cursor's position and answers
/// `nil`; decoding goes on, so that one run reports every problem of a document.
///
/// Object members are read through the cursor positioned at the object:
///
/// ```swift
/// guard reader.beginObject(keys: ["id", "beds"]) else { return nil }
/// let id = reader.required("id") { $0.readString(nonEmpty: true) }
/// let beds = reader.required("beds") { $0.readInteger(in: 1...1000) }
/// reader.endObject()
/// ```
public struct FieldReader {
    // The source outlives every cursor: cursors are made by the source's reading and never
    // escape it, so they hold it without counting references.
    unowned(unsafe) let source: any FieldSource
    let node: FieldNode
    private var keys: [String] = []
    private var isObject = false
    private var presentCount = 0
    private var cursor: UInt = 0

    /// A cursor on `node` of `source`.
    public init(source: any FieldSource, node: FieldNode) {
        self.source = source
        self.node = node
    }

    public mutating func readString(nonEmpty: Bool) -> String? { source.readString(node, nonEmpty: nonEmpty) }
    public mutating func readIdentifier() -> StructureID? { source.readIdentifier(node) }
    public mutating func readDate() -> LocalDate? { source.readDate(node) }
    public mutating func readInteger(in range: ClosedRange<Int>) -> Int? { source.readInteger(node, in: range) }
    /// A number with at most two decimals, as exact hundredths within `range` (in hundredths).
    public mutating func readHundredths(in range: ClosedRange<Int>) -> Int? { source.readHundredths(node, in: range) }
    public mutating func readBool() -> Bool? { source.readBool(node) }

    /// One of the codes of `Code` (of `allowed`, when given), found by its bytes.
    public mutating func readCode<Code: TableCoded & Hashable>(_ type: Code.Type, allowed: [Code]?) -> Code? {
        var found: Code?
        guard source.withStringBytes(node, { found = Code.codeTable.lookup($0) }) else {
            source.reportTypeMismatch(node, expected: .string)
            return nil
        }
        if let found, allowed?.contains(found) ?? true { return found }
        source.reportInvalid(ValueProblem.notAllowed(source.text(node), allowed: (allowed ?? Array(Code.allCases)).map(\.rawValue)))
        return nil
    }

    /// An array of distinct codes of `Code`; each wrong or repeated element is reported at itself.
    public mutating func readCodeSet<Code: TableCoded & Hashable>(_ type: Code.Type) -> Set<Code>? {
        guard let count = source.arrayCount(node) else { return nil }
        var result = Set<Code>(minimumCapacity: count)
        var ok = true
        for index in 0..<count {
            source.enter(index: index)
            defer { source.leave() }
            var element = FieldReader(source: source, node: source.element(node, at: index))
            guard let code = element.readCode(Code.self, allowed: nil) else { ok = false; continue }
            if !result.insert(code).inserted {
                source.reportInvalid(ValueProblem.repeated(code.rawValue))
                ok = false
            }
        }
        return ok ? result : nil
    }

    /// An array of distinct strings, each one of `codes`: `insert` is called with the
    /// position in `codes` of each (no `String` is made for a good code) and answers whether
    /// it was new; each wrong or repeated element is reported at itself.
    public mutating func readCodes(_ codes: StringCodeList, insert: (Int) -> Bool) -> Bool {
        guard let count = source.arrayCount(node) else { return false }
        var ok = true
        // Documents list the codes in the catalogue's order: each is first looked for right
        // after the one before.
        var next = 0
        for index in 0..<count {
            let element = source.element(node, at: index)
            var position: Int?
            let isString = source.withStringBytes(element) { position = codes.position(of: $0, from: next) }
            // The element is entered only to report at it: a good code needs no position.
            guard isString, let position else {
                source.enter(index: index)
                if isString {
                    source.reportInvalid(ValueProblem.notAllowed(source.text(element), allowed: codes.codes))
                } else {
                    source.reportTypeMismatch(element, expected: .string)
                }
                source.leave()
                ok = false
                continue
            }
            next = position + 1
            if !insert(position) {
                source.enter(index: index)
                source.reportInvalid(ValueProblem.repeated(codes.codes[position]))
                source.leave()
                ok = false
            }
        }
        return ok
    }

    /// An array of distinct strings, each one of `codes`, inserted into `set` (the catalogue's
    /// own string: none is made for a good code); each wrong or repeated element is reported
    /// at itself.
    public mutating func readStrings(_ codes: StringCodeList, into set: inout Set<String>) -> Bool {
        readCodes(codes) { set.insert(codes.codes[$0]).inserted }
    }

    /// An array read element by element; `nil` when it is not an array, is shorter than
    /// `minimumCount`, or any element fails.
    public mutating func readArray<Element>(minimumCount: Int, _ element: (inout FieldReader) -> Element?) -> [Element]? {
        guard let count = source.arrayCount(node) else { return nil }
        if count < minimumCount {
            source.reportInvalid(ValueProblem.tooFewElements(minimumCount))
            return nil
        }
        var result: [Element] = []
        result.reserveCapacity(count)
        var ok = true
        for index in 0..<count {
            source.enter(index: index)
            var child = FieldReader(source: source, node: source.element(node, at: index))
            if let value = element(&child) { result.append(value) } else { ok = false }
            source.leave()
        }
        return ok ? result : nil
    }

    /// Positions the cursor on an object whose members are `keys` (in schema order); `false`
    /// (reported) when the value is not an object.
    public mutating func beginObject(keys: [String]) -> Bool {
        guard source.checkObject(node) else { return false }
        self.keys = keys
        isObject = true
        return true
    }

    /// Counts the envelope members (`kind`, `schemaVersion`) as read.
    public mutating func acceptEnvelope() {
        if isObject { presentCount += source.envelopeCount(node) }
    }

    /// A required member of the current object; reports a missing one.
    public mutating func required<T>(_ key: String, _ body: (inout FieldReader) -> T?) -> T? {
        guard isObject else { return nil }
        guard let member = source.member(node, key, cursor: &cursor) else {
            source.reportMissing(key)
            return nil
        }
        presentCount += 1
        source.enter(key: key)
        defer { source.leave() }
        var child = FieldReader(source: source, node: member)
        return body(&child)
    }

    /// An optional member: absent or `null` gives `.some(nil)`, a bad value `nil`.
    public mutating func optional<T>(_ key: String, _ body: (inout FieldReader) -> T?) -> T?? {
        guard isObject else { return nil }
        guard let member = source.member(node, key, cursor: &cursor) else { return .some(nil) }
        presentCount += 1
        if source.isNull(member) { return .some(nil) }
        source.enter(key: key)
        defer { source.leave() }
        var child = FieldReader(source: source, node: member)
        guard let value = body(&child) else { return nil }
        return .some(value)
    }

    /// Reports the members of the current object that no field asked for.
    public mutating func endObject() {
        // Every member was asked for: nothing to scan (the common, fast case).
        guard isObject, source.memberCount(node) > presentCount else { return }
        source.reportUnknownMembers(node, keys: keys)
    }

    /// Reports a value that has the right type but is not acceptable.
    public mutating func reportInvalid(_ explanation: LocalizedText) { source.reportInvalid(explanation) }

    /// Reports that element `index` of the current array repeats the `id` of element `first`.
    public mutating func reportRepeatedID(_ id: String, first: Int, at index: Int) {
        source.reportRepeatedID(id, first: first, at: index)
    }
}

/// A closed list of text codes (the attested requirements of one area), found by the UTF-8
/// bytes of a document's string without making a `String`: codes are grouped by length, and a
/// lookup compares bytes only with the few of the same length.
///
/// ```swift
/// let list = StringCodeList(["a.1", "a.2"])
/// list.position(of: UnsafeRawBufferPointer(...))  // 1 for "a.2"
/// ```
public struct StringCodeList: Sendable, Hashable {
    /// The codes, in their order.
    public let codes: [String]
    /// Every code's UTF-8 bytes, one after the other: code `p` is `bytes[starts[p]..<starts[p + 1]]`.
    /// One buffer, so that a lookup retains nothing (an array of arrays retained the code it
    /// compared, twice a code read).
    private let bytes: [UInt8]
    private let starts: [Int]
    /// The positions of the codes of each length, by length.
    private let byLength: [[Int]]

    public init(_ codes: [String]) {
        self.codes = codes
        var bytes: [UInt8] = []
        var starts = [0]
        var groups: [[Int]] = []
        for (position, code) in codes.enumerated() {
            bytes.append(contentsOf: code.utf8)
            starts.append(bytes.count)
            let length = code.utf8.count
            while groups.count <= length { groups.append([]) }
            groups[length].append(position)
        }
        self.bytes = bytes
        self.starts = starts
        self.byLength = groups
    }

    /// The position in ``codes`` of the code spelled by `bytes`, if any.
    public func position(of bytes: UnsafeRawBufferPointer) -> Int? { position(of: bytes, from: codes.count) }

    /// The position in ``codes`` of the code spelled by `bytes`, trying the code at `expected`
    /// first (a document that lists codes in this order finds each in one comparison).
    public func position(of text: UnsafeRawBufferPointer, from expected: Int) -> Int? {
        self.bytes.withUnsafeBytes { all in
            starts.withUnsafeBufferPointer { starts in
                func matches(_ position: Int) -> Bool {
                    let start = starts[position]
                    guard starts[position + 1] - start == text.count else { return false }
                    return text.isEmpty || Self.same(all.baseAddress! + start, text)
                }
                if expected < codes.count, matches(expected) { return expected }
                guard text.count < byLength.count else { return nil }
                return byLength[text.count].first(where: matches)
            }
        }
    }

    /// Whether the `text.count` (> 0) bytes at `code` are `text`'s: eight bytes at a time, then
    /// one by one (`elementsEqual` ran as generic code, about 20 instructions a byte).
    @inline(__always)
    private static func same(_ code: UnsafeRawPointer, _ text: UnsafeRawBufferPointer) -> Bool {
        let count = text.count
        let other = text.baseAddress!
        var index = 0
        while index + 8 <= count {
            if code.loadUnaligned(fromByteOffset: index, as: UInt64.self) != other.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < count {
            if code.load(fromByteOffset: index, as: UInt8.self) != other.load(fromByteOffset: index, as: UInt8.self) { return false }
            index += 1
        }
        return true
    }

    public static func == (lhs: StringCodeList, rhs: StringCodeList) -> Bool { lhs.codes == rhs.codes }
    public func hash(into hasher: inout Hasher) { hasher.combine(codes) }
}

/// The writing side of a field table: the JSON layer's canonical writer conforms, and so does
/// the tree the `Codable` bridge encodes.
public protocol FieldWriter {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ key: String)
    mutating func string(_ value: String)
    mutating func integer(_ value: Int)
    /// A fixed-point number: `value` in units of 10^-scale (`1680, scale 2` is `16.8`).
    mutating func fixedPoint(_ value: Int, scale: Int)
    mutating func bool(_ value: Bool)
    /// A member name known when the table was made (``FieldName``): a writer can use its
    /// bytes, made once, rather than the text's.
    mutating func key(_ name: FieldName)
    /// A string value known when the table was made (a code).
    mutating func string(_ value: FieldName)
}

extension FieldWriter {
    public mutating func key(_ name: FieldName) { key(name.text) }
    public mutating func string(_ value: FieldName) { string(value.text) }
}

/// A text fixed when a table is made (a member name, a code), with its UTF-8 bytes made once:
/// writing a dossier writes each some hundred times, and a writer that copies bytes need not
/// read the `String` each time.
///
/// ```swift
/// let name = FieldName("beds")
/// name.utf8          // [98, 101, 100, 115]
/// name.isPlainASCII  // true: JSON writes it between quotes as it is
/// ```
public struct FieldName: Sendable, Hashable {
    public let text: String
    public let utf8: [UInt8]
    /// Whether every byte is printable ASCII other than `"` and `\`: JSON writes it as it is.
    public let isPlainASCII: Bool

    public init(_ text: String) {
        self.text = text
        self.utf8 = Array(text.utf8)
        self.isPlainASCII = utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }
}

/// Where a field table writes: a cursor over any ``FieldWriter`` (the JSON layer's canonical
/// writer, the `Codable` bridge's tree), so that the tables, codecs and fields, which are
/// generic, are compiled once rather than run unspecialised for a generic writer.
///
/// ```swift
/// ValueCodecs.integer(1...1000).write(12, to: &output)
/// ```
public struct FieldOutput {
    // The target outlives the output: both live only inside FieldTable.writeMembers.
    unowned(unsafe) let target: any FieldOutputTarget

    init(target: any FieldOutputTarget) { self.target = target }

    /// Runs `body` with an output that writes into `writer`.
    static func writing<W: FieldWriter>(into writer: inout W, _ body: (inout FieldOutput) -> Void) {
        withUnsafeMutablePointer(to: &writer) { pointer in
            let target = WriterTarget(pointer)
            withExtendedLifetime(target) {
                var output = FieldOutput(target: target)
                body(&output)
            }
        }
    }

    public mutating func beginObject() { target.beginObject() }
    public mutating func endObject() { target.endObject() }
    public mutating func beginArray() { target.beginArray() }
    public mutating func endArray() { target.endArray() }
    public mutating func key(_ key: String) { target.key(key) }
    public mutating func key(_ name: FieldName) { target.key(name) }
    public mutating func string(_ value: String) { target.string(value) }
    public mutating func string(_ value: FieldName) { target.string(value) }
    public mutating func integer(_ value: Int) { target.integer(value) }
    /// A fixed-point number: `value` in units of 10^-scale (`1680, scale 2` is `16.8`).
    public mutating func fixedPoint(_ value: Int, scale: Int) { target.fixedPoint(value, scale: scale) }
    public mutating func bool(_ value: Bool) { target.bool(value) }
}

/// The writer behind a ``FieldOutput``.
protocol FieldOutputTarget: AnyObject {
    func beginObject()
    func endObject()
    func beginArray()
    func endArray()
    func key(_ key: String)
    func key(_ name: FieldName)
    func string(_ value: String)
    func string(_ value: FieldName)
    func integer(_ value: Int)
    func fixedPoint(_ value: Int, scale: Int)
    func bool(_ value: Bool)
}

/// A ``FieldWriter`` as a target, through a pointer valid only inside
/// ``FieldTable/writeMembers(of:to:)-generic``.
final class WriterTarget<W: FieldWriter>: FieldOutputTarget {
    let writer: UnsafeMutablePointer<W>
    init(_ writer: UnsafeMutablePointer<W>) { self.writer = writer }
    func beginObject() { writer.pointee.beginObject() }
    func endObject() { writer.pointee.endObject() }
    func beginArray() { writer.pointee.beginArray() }
    func endArray() { writer.pointee.endArray() }
    func key(_ key: String) { writer.pointee.key(key) }
    func key(_ name: FieldName) { writer.pointee.key(name) }
    func string(_ value: String) { writer.pointee.string(value) }
    func string(_ value: FieldName) { writer.pointee.string(value) }
    func integer(_ value: Int) { writer.pointee.integer(value) }
    func fixedPoint(_ value: Int, scale: Int) { writer.pointee.fixedPoint(value, scale: scale) }
    func bool(_ value: Bool) { writer.pointee.bool(value) }
}
