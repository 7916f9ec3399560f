import CJansson

/// A JSON value as a plain Swift enum, detached from any document: for generic
/// canonicalisation, tests and building values to write.
///
/// Objects keep their members in order, as an array of pairs: the order in the text is kept
/// on reading and is the order written. Integers and reals stay apart, as in the parser.
///
/// ```swift
/// let value: JSONValue = ["kind": "er.psychiatry.spoi", "beds": 16, "ratio": 0.5, "rooms": [1, 2]]
/// let bytes = try JSONWriter.encode(value, style: .compact)
/// // {"kind":"er.psychiatry.spoi","beds":16,"ratio":0.5,"rooms":[1,2]}
/// ```
///
/// Equality is exact, matching the canonical bytes: strings and keys compare by their UTF-8
/// bytes (not by Unicode canonical equivalence, so "é" and "e\u{301}" differ), member order
/// matters, `.integer(1)` differs from `.double(1.0)`, and `-0.0` differs from `0.0`.
public enum JSONValue: Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// An integer: written in decimal, read from a number without fraction or exponent.
    case integer(Int64)
    /// A real: written with a fraction or an exponent (`2.0`), so it reads back as a real.
    case double(Double)
    /// A string (it may contain U+0000).
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object: members in order; keys should be unique (the parser refuses repeats).
    case object([(key: String, value: JSONValue)])
}

extension JSONValue: Equatable {
    /// Exact equality (see ``JSONValue``), checked without recursion, so any depth is safe.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        var pending: [(JSONValue, JSONValue)] = []
        var left = lhs
        var right = rhs
        while true {
            switch (left, right) {
            case (.null, .null):
                break
            case let (.bool(a), .bool(b)):
                if a != b { return false }
            case let (.integer(a), .integer(b)):
                if a != b { return false }
            case let (.double(a), .double(b)):
                if !(a == b && a.sign == b.sign) { return false }
            case let (.string(a), .string(b)):
                if !a.utf8.elementsEqual(b.utf8) { return false }
            case let (.array(a), .array(b)):
                if a.count != b.count { return false }
                pending.append(contentsOf: zip(a, b))
            case let (.object(a), .object(b)):
                if a.count != b.count { return false }
                for (x, y) in zip(a, b) {
                    if !x.key.utf8.elementsEqual(y.key.utf8) { return false }
                    pending.append((x.value, y.value))
                }
            default:
                return false
            }
            guard let next = pending.popLast() else { return true }
            (left, right) = next
        }
    }
}

extension JSONValue: CustomStringConvertible {
    /// Compact JSON text; `NaN` or an infinity (which JSON cannot hold) shows as such.
    public var description: String {
        do {
            return String(decoding: try JSONWriter.encode(self, style: .compact), as: UTF8.self)
        } catch {
            return "<not JSON: \(error.englishMessage)>"
        }
    }
}

extension JSONValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    /// `true` as `.bool(true)`.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `42` as `.integer(42)`.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// `0.5` as `.double(0.5)`.
    public init(floatLiteral value: Double) { self = .double(value) }
    /// `"text"` as `.string("text")`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// `[1, "a"]` as an array.
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// `["a": 1, "b": 2]` as an object, members in the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { (key: $0.0, value: $0.1) })
    }
}

extension JSONNode {
    /// Copies this value and everything under it into a ``JSONValue``.
    ///
    /// Works with an explicit stack, not recursion, so nesting costs heap, not thread stack.
    ///
    /// ```swift
    /// try JSONDocument.parse(#"{"a": [1, 2.5]}"#).root.toValue()
    /// // .object([("a", .array([.integer(1), .double(2.5)]))])
    /// ```
    public func toValue() -> JSONValue {
        // Walks jansson's pointers directly: this node keeps the document alive throughout,
        // and skipping a node value per child saves a reference count each.
        typealias Pointer = UnsafeMutablePointer<json_t>
        if let scalar = Self.scalarValue(pointer) { return scalar }

        struct Frame {
            var children: [(key: String, pointer: Pointer)]
            let isObject: Bool
            var next = 0
            var values: [JSONValue] = []
        }
        func frame(for pointer: Pointer) -> Frame {
            var children: [(key: String, pointer: Pointer)] = []
            let isObject = pointer.pointee.type == JSON_OBJECT
            if isObject {
                children.reserveCapacity(json_object_size(pointer))
                var iterator = json_object_iter(pointer)
                while let current = iterator, let value = json_object_iter_value(current) {
                    let key = UnsafeRawBufferPointer(start: json_object_iter_key(current), count: json_object_iter_key_len(current))
                    children.append((String(decoding: key, as: UTF8.self), value))
                    iterator = json_object_iter_next(pointer, current)
                }
            } else {
                let count = json_array_size(pointer)
                children.reserveCapacity(count)
                for index in 0..<count { children.append(("", json_array_get(pointer, index))) }
            }
            var frame = Frame(children: children, isObject: isObject)
            frame.values.reserveCapacity(children.count)
            return frame
        }

        var stack = [frame(for: pointer)]
        while true {
            let top = stack.count - 1
            if stack[top].next < stack[top].children.count {
                let child = stack[top].children[stack[top].next].pointer
                stack[top].next += 1
                if let scalar = Self.scalarValue(child) {
                    stack[top].values.append(scalar)
                } else {
                    stack.append(frame(for: child))
                }
                continue
            }
            let done = stack.removeLast()
            let value: JSONValue = done.isObject
                ? .object(zip(done.children, done.values).map { (key: $0.0.key, value: $0.1) })
                : .array(done.values)
            if stack.isEmpty { return value }
            stack[stack.count - 1].values.append(value)
        }
    }

    /// The value of a scalar; `nil` for an object or array.
    private static func scalarValue(_ pointer: UnsafeMutablePointer<json_t>) -> JSONValue? {
        switch pointer.pointee.type {
        case JSON_STRING:
            let bytes = UnsafeRawBufferPointer(start: json_string_value(pointer), count: json_string_length(pointer))
            return .string(String(decoding: bytes, as: UTF8.self))
        case JSON_INTEGER: return .integer(Int64(json_integer_value(pointer)))
        case JSON_REAL: return .double(json_real_value(pointer))
        case JSON_TRUE: return .bool(true)
        case JSON_FALSE: return .bool(false)
        case JSON_NULL: return .null
        default: return nil
        }
    }
}
