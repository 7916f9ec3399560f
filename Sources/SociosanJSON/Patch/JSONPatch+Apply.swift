import Sociosan

/// How each operation changes a ``JSONValue`` (see ``JSONPatch`` for the choices the RFC
/// leaves open). Errors are collected as a pointer and a reason; ``JSONPatch/applied(to:)``
/// adds which operation it was.
extension JSONPatch {
    struct Failure: Error {
        /// The operation's pointer that failed: its `path`, or its `from`.
        let pointer: JSONPointer
        let reason: JSONPatchError.Reason
    }

    static func apply(_ operation: Operation, to document: inout JSONValue) throws(Failure) {
        switch operation {
        case .add(let path, let value):
            try put(value, at: path, in: &document, .add)
        case .remove(let path):
            _ = try remove(at: path, from: &document)
        case .replace(let path, let value):
            try put(value, at: path, in: &document, .replace)
        case .move(let from, let path):
            if sameTokens(from.tokens[...], path.tokens[...]) {
                _ = try value(at: from, in: document)
                return
            }
            if path.tokens.count > from.tokens.count, sameTokens(from.tokens[...], path.tokens.prefix(from.tokens.count)) {
                throw Failure(pointer: path, reason: .moveIntoOwnChild(from: from))
            }
            let moved = try remove(at: from, from: &document)
            try put(moved, at: path, in: &document, .add)
        case .copy(let from, let path):
            try put(try value(at: from, in: document), at: path, in: &document, .add)
        case .test(let path, let expected):
            let found = try value(at: path, in: document)
            guard equalAsJSON(found, expected) else {
                throw Failure(pointer: path, reason: .testFailed(found: shortText(found)))
            }
        }
    }

    // MARK: Operations on one location

    /// Where ``put(_:at:in:_:)`` puts a value: `add` inserts into an array and adds or
    /// replaces an object member; `replace` needs the element or member to exist.
    private enum Placement { case add, replace }

    private static func put(_ value: JSONValue, at path: JSONPointer, in document: inout JSONValue, _ placement: Placement) throws(Failure) {
        guard let token = path.tokens.last else {
            document = value
            return
        }
        try withParent(of: path, in: &document) { (parent: inout JSONValue, location: JSONPointer) throws(Failure) in
            switch parent {
            case .object(var members):
                let index = memberIndex(token, in: members)
                if index == nil, placement == .replace {
                    throw Failure(pointer: path, reason: .noSuchMember(token, in: location))
                }
                parent = .null  // leaves `members` the only reference, so it is changed in place
                if let index {
                    members[index].value = value
                } else {
                    members.append((key: token, value: value))
                }
                parent = .object(members)
            case .array(var elements):
                let index = try arrayIndex(token, count: elements.count, allowingEnd: placement == .add, at: location, of: path)
                parent = .null
                if placement == .add {
                    elements.insert(value, at: index)
                } else {
                    elements[index] = value
                }
                parent = .array(elements)
            default:
                throw Failure(pointer: path, reason: .throughScalar(location))
            }
        }
    }

    private static func remove(at path: JSONPointer, from document: inout JSONValue) throws(Failure) -> JSONValue {
        guard let token = path.tokens.last else { throw Failure(pointer: path, reason: .removeWholeDocument) }
        return try withParent(of: path, in: &document) { (parent: inout JSONValue, location: JSONPointer) throws(Failure) -> JSONValue in
            switch parent {
            case .object(var members):
                guard let index = memberIndex(token, in: members) else {
                    throw Failure(pointer: path, reason: .noSuchMember(token, in: location))
                }
                parent = .null
                let removed = members.remove(at: index).value
                parent = .object(members)
                return removed
            case .array(var elements):
                let index = try arrayIndex(token, count: elements.count, at: location, of: path)
                parent = .null
                let removed = elements.remove(at: index)
                parent = .array(elements)
                return removed
            default:
                throw Failure(pointer: path, reason: .throughScalar(location))
            }
        }
    }

    /// The value at `pointer`, which must exist.
    private static func value(at pointer: JSONPointer, in document: JSONValue) throws(Failure) -> JSONValue {
        var node = document
        var location = JSONPointer.root
        for token in pointer.tokens {
            switch node {
            case .object(let members):
                guard let index = memberIndex(token, in: members) else {
                    throw Failure(pointer: pointer, reason: .noSuchMember(token, in: location))
                }
                node = members[index].value
            case .array(let elements):
                node = elements[try arrayIndex(token, count: elements.count, at: location, of: pointer)]
            default:
                throw Failure(pointer: pointer, reason: .throughScalar(location))
            }
            location = location.appending(token)
        }
        return node
    }

    // MARK: Walking

    /// Runs `body` on the object or array that holds the last token of `pointer` (which has
    /// at least one token), changing it in place; every container on the way must exist.
    private static func withParent<Result>(
        of pointer: JSONPointer, in document: inout JSONValue,
        _ body: (inout JSONValue, JSONPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try descend(&document, through: pointer.tokens.dropLast(), location: .root, of: pointer, body)
    }

    private static func descend<Result>(
        _ node: inout JSONValue, through tokens: ArraySlice<String>, location: JSONPointer, of pointer: JSONPointer,
        _ body: (inout JSONValue, JSONPointer) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        guard let token = tokens.first else { return try body(&node, location) }
        switch node {
        case .object(var members):
            guard let index = memberIndex(token, in: members) else {
                throw Failure(pointer: pointer, reason: .noSuchMember(token, in: location))
            }
            node = .null
            defer { node = .object(members) }
            return try descend(&members[index].value, through: tokens.dropFirst(), location: location.appending(token), of: pointer, body)
        case .array(var elements):
            let index = try arrayIndex(token, count: elements.count, at: location, of: pointer)
            node = .null
            defer { node = .array(elements) }
            return try descend(&elements[index], through: tokens.dropFirst(), location: location.appending(token), of: pointer, body)
        default:
            throw Failure(pointer: pointer, reason: .throughScalar(location))
        }
    }

    /// Keys are compared by their UTF-8 bytes, as ``JSONValue`` equality and the parser do
    /// (Swift's `==` on strings would take "é" and "e\u{301}" for one key).
    private static func memberIndex(_ key: String, in members: [(key: String, value: JSONValue)]) -> Int? {
        members.firstIndex { $0.key.utf8.elementsEqual(key.utf8) }
    }

    /// The index an array token names: digits without a leading zero (RFC 6901 section 4),
    /// below `count`, or up to `count` when an element may be added at the end, which `-`
    /// also names.
    private static func arrayIndex(
        _ token: String, count: Int, allowingEnd: Bool = false, at location: JSONPointer, of pointer: JSONPointer
    ) throws(Failure) -> Int {
        if token == "-" {
            guard allowingEnd else { throw Failure(pointer: pointer, reason: .indexOutOfRange(token, in: location, count: count)) }
            return count
        }
        let digits = token.utf8
        let isIndex = !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && (digits.count == 1 || digits.first != UInt8(ascii: "0"))
        guard isIndex else { throw Failure(pointer: pointer, reason: .notAnIndex(token, in: location)) }
        // Int(token) is nil past Int.max: out of range as well.
        guard let index = Int(token), index < count || (allowingEnd && index == count) else {
            throw Failure(pointer: pointer, reason: .indexOutOfRange(token, in: location, count: count))
        }
        return index
    }

    private static func sameTokens(_ a: ArraySlice<String>, _ b: ArraySlice<String>) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.utf8.elementsEqual($1.utf8) }
    }

    // MARK: Equality of RFC 6902 section 4.6

    /// Whether two values are equal as `test` means it: numbers by value (`1` equals `1.0`),
    /// strings by their code points, arrays element by element, objects member by member
    /// whatever their order. Iterative, so any depth is safe.
    static func equalAsJSON(_ lhs: JSONValue, _ rhs: JSONValue) -> Bool {
        var pending: [(JSONValue, JSONValue)] = [(lhs, rhs)]
        while let (left, right) = pending.popLast() {
            switch (left, right) {
            case (.null, .null):
                continue
            case let (.bool(a), .bool(b)):
                if a != b { return false }
            case let (.integer(a), .integer(b)):
                if a != b { return false }
            case let (.double(a), .double(b)):
                if a != b { return false }
            case let (.integer(a), .double(b)), let (.double(b), .integer(a)):
                // Equal only when the real is exactly that integer (2^63 is no Int64).
                guard let exact = Int64(exactly: b), exact == a else { return false }
            case let (.string(a), .string(b)):
                if !a.unicodeScalars.elementsEqual(b.unicodeScalars) { return false }
            case let (.array(a), .array(b)):
                if a.count != b.count { return false }
                pending.append(contentsOf: zip(a, b))
            case let (.object(a), .object(b)):
                if a.count != b.count { return false }
                var byKey: [[UInt8]: JSONValue] = [:]
                byKey.reserveCapacity(b.count)
                for member in b { byKey[Array(member.key.utf8)] = member.value }
                for member in a {
                    guard let other = byKey[Array(member.key.utf8)] else { return false }
                    pending.append((member.value, other))
                }
            default:
                return false
            }
        }
        return true
    }

    /// Compact JSON, cut to its first 80 characters and `…`, for a message.
    private static func shortText(_ value: JSONValue) -> String {
        var text = value.description
        if text.last == "\n" { text.removeLast() }  // the writer ends a document with a newline
        return text.count <= 80 ? text : String(text.prefix(80)) + "…"
    }
}
