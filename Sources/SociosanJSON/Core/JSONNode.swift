import CJansson
import Glibc

/// The type of a JSON value as jansson stores it: integers and reals are kept apart.
///
/// ```swift
/// try JSONDocument.parse("[1, 1.0]").root[1]?.kind   // .real
/// ```
public enum JSONKind: String, Sendable, Hashable, CaseIterable {
    /// `{...}`
    case object
    /// `[...]`
    case array
    /// `"..."`
    case string
    /// A number without fraction or exponent that fits `Int64`: `16`, `-3`.
    case integer
    /// A number with a fraction or an exponent: `0.5`, `1e3`, `2.0`.
    case real
    /// `true` or `false`.
    case bool
    /// `null`.
    case null
}

/// A read-only view of one value inside a ``JSONDocument``, read straight from jansson's
/// tree: no copy, no intermediate tree.
///
/// A node keeps its document alive (one reference count), so chained expressions such as
/// `try JSONDocument.parse(text).root["beds"]` are safe. Reading is thread-safe, hence
/// `Sendable`.
///
/// ```swift
/// let document = try JSONDocument.parse(#"{"rooms": [{"beds": 2}, {"beds": 1}]}"#)
/// var total: Int64 = 0
/// for room in document.root["rooms"]?.elements ?? JSONNode.Elements() {
///     total += room["beds"]?.integerValue ?? 0
/// }
/// // total == 3
/// ```
public struct JSONNode: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<json_t>
    /// Keeps the tree alive as long as any view of it exists.
    let document: JSONDocument

    init(_ pointer: UnsafeMutablePointer<json_t>, in document: JSONDocument) {
        self.pointer = pointer
        self.document = document
    }

    /// A node of the same document.
    private func child(_ pointer: UnsafeMutablePointer<json_t>) -> JSONNode {
        JSONNode(pointer, in: document)
    }

    /// The value's type.
    ///
    /// ```swift
    /// try JSONDocument.parse("null").root.kind   // .null
    /// ```
    public var kind: JSONKind {
        switch pointer.pointee.type {
        case JSON_OBJECT: return .object
        case JSON_ARRAY: return .array
        case JSON_STRING: return .string
        case JSON_INTEGER: return .integer
        case JSON_REAL: return .real
        case JSON_TRUE, JSON_FALSE: return .bool
        default: return .null
        }
    }

    // MARK: Scalars

    /// The string, decoded exactly (it may contain U+0000); `nil` for any other kind.
    ///
    /// ```swift
    /// try JSONDocument.parse(#""a\u0000b""#).root.stringValue   // "a\u{0}b"
    /// ```
    public var stringValue: String? {
        guard pointer.pointee.type == JSON_STRING, let bytes = json_string_value(pointer) else { return nil }
        let length = json_string_length(pointer)
        return UnsafeRawPointer(bytes).withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    /// Calls `body` with the string's UTF-8 bytes, without making a `String`; `nil` for any
    /// other kind. The bytes are valid only inside `body`.
    ///
    /// ```swift
    /// let isSPOI = node.withStringBytes { $0.elementsEqual("er.psychiatry.spoi".utf8) } ?? false
    /// ```
    public func withStringBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result? {
        guard pointer.pointee.type == JSON_STRING, let bytes = json_string_value(pointer) else { return nil }
        return try body(UnsafeRawBufferPointer(start: bytes, count: json_string_length(pointer)))
    }

    /// Whether this is a string equal to `text`, byte for byte, without allocating.
    ///
    /// ```swift
    /// root["kind"]?.isString("er.psychiatry.spoi")   // true
    /// ```
    public func isString(_ text: String) -> Bool {
        withStringBytes { bytes in Self.equalBytes(bytes, text) } ?? false
    }

    /// The integer, for an integer only: `1.0` is a real and gives `nil`.
    ///
    /// ```swift
    /// try JSONDocument.parse("-9223372036854775808").root.integerValue   // Int64.min
    /// ```
    public var integerValue: Int64? {
        guard pointer.pointee.type == JSON_INTEGER else { return nil }
        return Int64(json_integer_value(pointer))
    }

    /// The number as a `Double`, for a real or an integer (large integers may round).
    ///
    /// ```swift
    /// try JSONDocument.parse("[2, 0.5]").root[1]?.doubleValue   // 0.5
    /// ```
    public var doubleValue: Double? {
        switch pointer.pointee.type {
        case JSON_REAL: return json_real_value(pointer)
        case JSON_INTEGER: return Double(json_integer_value(pointer))
        default: return nil
        }
    }

    /// The boolean; `nil` for any other kind.
    ///
    /// ```swift
    /// try JSONDocument.parse("true").root.boolValue   // true
    /// ```
    public var boolValue: Bool? {
        switch pointer.pointee.type {
        case JSON_TRUE: return true
        case JSON_FALSE: return false
        default: return nil
        }
    }

    /// Whether the value is `null`.
    ///
    /// ```swift
    /// try JSONDocument.parse("null").root.isNull   // true
    /// ```
    public var isNull: Bool { pointer.pointee.type == JSON_NULL }

    // MARK: Containers

    /// The number of members of an object or elements of an array; 0 for anything else.
    ///
    /// ```swift
    /// try JSONDocument.parse(#"{"a": 1, "b": 2}"#).root.count   // 2
    /// ```
    public var count: Int {
        switch pointer.pointee.type {
        case JSON_OBJECT: return json_object_size(pointer)
        case JSON_ARRAY: return json_array_size(pointer)
        default: return 0
        }
    }

    /// The member named `key` of an object (keys may contain U+0000); `nil` when absent or
    /// when this is not an object.
    ///
    /// ```swift
    /// root["beds"]?.integerValue
    /// ```
    public subscript(key: String) -> JSONNode? {
        guard pointer.pointee.type == JSON_OBJECT else { return nil }
        var key = key
        let found = key.withUTF8 { bytes -> UnsafeMutablePointer<json_t>? in
            // An empty key has no storage of its own; jansson needs a non-null pointer.
            guard let base = bytes.baseAddress else { return "".withCString { json_object_getn(pointer, $0, 0) } }
            return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                json_object_getn(pointer, $0, bytes.count)
            }
        }
        return found.map(child)
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    ///
    /// ```swift
    /// try JSONDocument.parse("[10, 20]").root[1]?.integerValue   // 20
    /// ```
    public subscript(index: Int) -> JSONNode? {
        guard pointer.pointee.type == JSON_ARRAY, index >= 0, index < json_array_size(pointer) else { return nil }
        return json_array_get(pointer, index).map(child)
    }

    /// The members of an object in document order (empty for anything else); keys are
    /// decoded only when asked for.
    ///
    /// ```swift
    /// for member in root.members where !member.hasKey("kind") {
    ///     print(member.key, member.value.kind)
    /// }
    /// ```
    public var members: Members { Members(object: pointer.pointee.type == JSON_OBJECT ? pointer : nil, document: document) }

    /// The elements of an array (empty for anything else).
    ///
    /// ```swift
    /// let numbers = root.elements.compactMap(\.integerValue)
    /// ```
    public var elements: Elements {
        pointer.pointee.type == JSON_ARRAY ? Elements(array: pointer, count: json_array_size(pointer), document: document) : Elements()
    }

    /// Calls `body` with each member of an object, in document order.
    ///
    /// ```swift
    /// root.forEachMember { key, value in print(key, value.kind) }
    /// ```
    public func forEachMember(_ body: (_ key: String, _ value: JSONNode) throws -> Void) rethrows {
        for member in members { try body(member.key, member.value) }
    }

    // MARK: Sequences

    /// The members of an object, in document order (jansson keeps insertion order).
    public struct Members: Sequence {
        let object: UnsafeMutablePointer<json_t>?
        let document: JSONDocument

        /// An iterator from the first member.
        ///
        /// ```swift
        /// var iterator = root.members.makeIterator()
        /// let first = iterator.next()?.key
        /// ```
        public func makeIterator() -> Iterator {
            Iterator(object: object, document: document, position: object.flatMap { json_object_iter($0) })
        }

        /// Walks jansson's member list in insertion order.
        ///
        /// ```swift
        /// var iterator = root.members.makeIterator()
        /// while let member = iterator.next() { print(member.key) }
        /// ```
        public struct Iterator: IteratorProtocol {
            let object: UnsafeMutablePointer<json_t>?
            let document: JSONDocument
            var position: UnsafeMutableRawPointer?

            /// The next member, or `nil` after the last.
            ///
            /// ```swift
            /// let member = iterator.next()
            /// ```
            public mutating func next() -> JSONMember? {
                guard let object, let current = position, let value = json_object_iter_value(current) else { return nil }
                let key = UnsafeRawBufferPointer(start: json_object_iter_key(current), count: json_object_iter_key_len(current))
                position = json_object_iter_next(object, current)
                return JSONMember(keyBytes: key, value: JSONNode(value, in: document))
            }
        }
    }

    /// The elements of an array, by index.
    public struct Elements: RandomAccessCollection {
        let array: UnsafeMutablePointer<json_t>?
        let document: JSONDocument?
        /// The number of elements.
        ///
        /// ```swift
        /// root.elements.count
        /// ```
        public let count: Int

        init(array: UnsafeMutablePointer<json_t>, count: Int, document: JSONDocument) {
            self.array = array
            self.count = count
            self.document = document
        }

        /// An empty collection, for `node.elements ?? JSONNode.Elements()` style defaults.
        public init() {
            array = nil
            count = 0
            document = nil
        }

        /// Always 0.
        ///
        /// ```swift
        /// root.elements[root.elements.startIndex]
        /// ```
        public var startIndex: Int { 0 }

        /// The element count: one past the last index.
        ///
        /// ```swift
        /// root.elements.indices == 0..<root.elements.endIndex
        /// ```
        public var endIndex: Int { count }

        /// The element at `position`, which must be in `0..<count` (use
        /// ``JSONNode/subscript(index:)`` for an optional result).
        ///
        /// ```swift
        /// let first = root.elements[0]
        /// ```
        public subscript(position: Int) -> JSONNode {
            precondition(position >= 0 && position < count, "JSONNode.Elements: index \(position) out of range 0..<\(count)")
            return JSONNode(json_array_get(array, position)!, in: document!)
        }
    }

    static func equalBytes(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.count == bytes.count && (utf8.count == 0 || memcmp(utf8.baseAddress!, bytes.baseAddress!, utf8.count) == 0)
        }
    }
}

/// One member of an object: its key as UTF-8 bytes (decoded on demand) and its value.
///
/// ``keyBytes`` points into the document, which ``value`` keeps alive: use the bytes while
/// the member is in hand.
///
/// ```swift
/// for member in root.members {
///     if member.hasKey("schemaVersion") { print(member.value.integerValue ?? 0) }
/// }
/// ```
public struct JSONMember {
    /// The key's UTF-8 bytes (may contain NUL), valid while this member (or its document) lives.
    ///
    /// ```swift
    /// member.keyBytes.elementsEqual("beds".utf8)
    /// ```
    public let keyBytes: UnsafeRawBufferPointer
    /// The member's value.
    ///
    /// ```swift
    /// member.value.kind
    /// ```
    public let value: JSONNode

    /// The key, decoded.
    ///
    /// ```swift
    /// root.members.map(\.key)   // ["kind", "beds"]
    /// ```
    public var key: String { String(decoding: keyBytes, as: UTF8.self) }

    /// Whether the key is `text`, byte for byte, without allocating.
    ///
    /// ```swift
    /// root.members.first { $0.hasKey("beds") }?.value.integerValue
    /// ```
    public func hasKey(_ text: String) -> Bool { JSONNode.equalBytes(keyBytes, text) }
}
