import Sociosan

/// An RFC 6902 JSON Patch: operations applied in order to a JSON document, all or nothing.
///
/// A patch says how one document differs from another in a few lines, so an invalid
/// example can be written as "this valid dossier, with the beds set to 12" instead of a full
/// copy (`Fixtures/<kind>/invalid-cases.json`). The patched ``JSONValue`` is written with
/// ``JSONWriter`` and validated like any other text.
///
/// ```swift
/// let patch = try JSONPatch(JSONDocument.parse(#"""
///     [{"op": "replace", "path": "/beds", "value": 12},
///      {"op": "remove", "path": "/rooms/7"}]
///     """#).value)
/// let dossier = try JSONDocument.parse(contentsOfFile: "spoi-15-beds.json").value
/// let patched = try patch.applied(to: dossier)
/// let result = DossierValidator.validate(text: String(decoding: try JSONWriter.encode(patched, style: .pretty), as: UTF8.self))
/// ```
///
/// What the RFC leaves to the implementation:
/// - an `add` of a new object member puts it after the existing ones; an `add` or `replace`
///   of an existing member keeps its place (JSON objects are unordered, but ``JSONValue``
///   and the written text keep an order);
/// - `move` from a location to itself changes nothing (it must exist);
/// - `remove` of the whole document (path `""`) is refused, since no document would remain;
/// - members an operation does not define are ignored, as the RFC requires;
/// - `test` compares as RFC 6902 section 4.6 says: numbers by value (`1` equals `1.0`),
///   objects regardless of member order, strings by their code points.
public struct JSONPatch: Sendable, Equatable {
    /// One operation of a patch (RFC 6902 section 4).
    ///
    /// ```swift
    /// let operation = JSONPatch.Operation.replace(path: JSONPointer.root.appending("beds"), value: 12)
    /// operation.name   // "replace"
    /// ```
    public enum Operation: Sendable, Equatable {
        /// Adds `value` at `path`: a new object member, an array element inserted before the
        /// index (`-` appends), or the whole document when `path` is `""`; an existing
        /// member is replaced.
        case add(path: JSONPointer, value: JSONValue)
        /// Removes the member or element at `path`, which must exist.
        case remove(path: JSONPointer)
        /// Replaces the value at `path`, which must exist.
        case replace(path: JSONPointer, value: JSONValue)
        /// Removes the value at `from` and adds it at `path`.
        case move(from: JSONPointer, path: JSONPointer)
        /// Adds a copy of the value at `from` at `path`.
        case copy(from: JSONPointer, path: JSONPointer)
        /// Fails the patch unless the value at `path` equals `value`.
        case test(path: JSONPointer, value: JSONValue)

        /// The `op` member: `add`, `remove`, `replace`, `move`, `copy` or `test`.
        public var name: String {
            switch self {
            case .add: "add"
            case .remove: "remove"
            case .replace: "replace"
            case .move: "move"
            case .copy: "copy"
            case .test: "test"
            }
        }

        /// The `path` member: where the operation acts.
        public var path: JSONPointer {
            switch self {
            case .add(let path, _), .remove(let path), .replace(let path, _), .test(let path, _),
                 .move(_, let path), .copy(_, let path):
                path
            }
        }
    }

    /// The operations, applied first to last.
    public var operations: [Operation]

    /// A patch of these operations.
    ///
    /// ```swift
    /// let patch = JSONPatch([.remove(path: JSONPointer(tokens: ["rooms", "7"]))])
    /// ```
    public init(_ operations: [Operation]) {
        self.operations = operations
    }

    /// Reads a patch from its JSON form: an array of operation objects.
    ///
    /// Throws a ``JSONPatchError`` naming the first operation that cannot be read (not an
    /// object, an unknown `op`, a missing or malformed `path`, `from` or `value`).
    ///
    /// ```swift
    /// let patch = try JSONPatch(JSONDocument.parse(#"[{"op": "add", "path": "/a~1b", "value": 1}]"#).value)
    /// patch.operations[0].path.tokens   // ["a/b"]
    /// ```
    public init(_ json: JSONValue) throws(JSONPatchError) {
        guard case .array(let elements) = json else {
            throw JSONPatchError(operationIndex: nil, operationName: nil, pointer: nil, reason: .notAnArray)
        }
        var operations: [Operation] = []
        operations.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            operations.append(try Self.operation(element, index: index))
        }
        self.operations = operations
    }

    /// The JSON form of the patch, members in the RFC's order (`op`, `from`, `path`, `value`).
    ///
    /// ```swift
    /// JSONPatch([.remove(path: JSONPointer(tokens: ["beds"]))]).json.description
    /// // [{"op":"remove","path":"/beds"}]
    /// ```
    public var json: JSONValue {
        .array(operations.map { operation in
            var members: [(key: String, value: JSONValue)] = [("op", .string(operation.name))]
            switch operation {
            case .move(let from, _), .copy(let from, _):
                members.append(("from", .string(Self.pointerText(from))))
            default:
                break
            }
            members.append(("path", .string(Self.pointerText(operation.path))))
            switch operation {
            case .add(_, let value), .replace(_, let value), .test(_, let value):
                members.append(("value", value))
            default:
                break
            }
            return .object(members)
        })
    }

    /// `document` with every operation applied, first to last.
    ///
    /// Throws a ``JSONPatchError`` saying which operation failed, on which pointer, and why;
    /// `document` itself is never changed.
    ///
    /// ```swift
    /// let patch = JSONPatch([.add(path: JSONPointer(tokens: ["rooms", "-"]), value: ["id": "12", "beds": 1])])
    /// let patched = try patch.applied(to: dossier)   // one more room, last
    /// ```
    public func applied(to document: JSONValue) throws(JSONPatchError) -> JSONValue {
        var result = document
        for (index, operation) in operations.enumerated() {
            do {
                try Self.apply(operation, to: &result)
            } catch {
                throw JSONPatchError(operationIndex: index, operationName: operation.name,
                                     pointer: Self.pointerText(error.pointer), reason: error.reason)
            }
        }
        return result
    }

    /// Applies every operation to `document`, which changes only when all of them succeed.
    ///
    /// ```swift
    /// var dossier = try JSONDocument.parse(contentsOfFile: "rti-16-beds.json").value
    /// try JSONPatch([.replace(path: JSONPointer(tokens: ["beds"]), value: 30)]).apply(to: &dossier)
    /// ```
    public func apply(to document: inout JSONValue) throws(JSONPatchError) {
        document = try applied(to: document)
    }
}

// MARK: - Reading a patch

extension JSONPatch {
    private static func operation(_ element: JSONValue, index: Int) throws(JSONPatchError) -> Operation {
        guard case .object(let members) = element else {
            throw JSONPatchError(operationIndex: index, operationName: nil, pointer: nil, reason: .notAnObject)
        }
        func member(_ name: String) -> JSONValue? {
            members.first { $0.key.utf8.elementsEqual(name.utf8) }?.value
        }
        func string(_ name: String, operation: String?) throws(JSONPatchError) -> String {
            guard let value = member(name) else {
                throw JSONPatchError(operationIndex: index, operationName: operation, pointer: nil, reason: .missingMember(name))
            }
            guard case .string(let text) = value else {
                throw JSONPatchError(operationIndex: index, operationName: operation, pointer: nil, reason: .notAString(name))
            }
            return text
        }
        let name = try string("op", operation: nil)
        let pathText = try string("path", operation: name)
        func pointer(_ text: String) throws(JSONPatchError) -> JSONPointer {
            guard let pointer = Self.parsePointer(text) else {
                throw JSONPatchError(operationIndex: index, operationName: name, pointer: text, reason: .malformedPointer)
            }
            return pointer
        }
        func value() throws(JSONPatchError) -> JSONValue {
            guard let value = member("value") else {
                throw JSONPatchError(operationIndex: index, operationName: name, pointer: pathText, reason: .missingMember("value"))
            }
            return value
        }
        switch name {
        case "add": return .add(path: try pointer(pathText), value: try value())
        case "remove": return .remove(path: try pointer(pathText))
        case "replace": return .replace(path: try pointer(pathText), value: try value())
        case "test": return .test(path: try pointer(pathText), value: try value())
        case "move", "copy":
            let from = try pointer(try string("from", operation: name))
            let path = try pointer(pathText)
            return name == "move" ? .move(from: from, path: path) : .copy(from: from, path: path)
        default:
            throw JSONPatchError(operationIndex: index, operationName: nil, pointer: nil, reason: .unknownOperation(name))
        }
    }

    /// An RFC 6901 pointer read strictly: `""` or `/`-separated tokens, where `~` is only
    /// ever `~0` (a `~`) or `~1` (a `/`). Works on Unicode scalars, so that a `~` followed by
    /// a combining mark is still seen as a `~`.
    static func parsePointer(_ text: String) -> JSONPointer? {
        if text.isEmpty { return .root }
        var scalars = text.unicodeScalars.makeIterator()
        guard scalars.next() == "/" else { return nil }
        var tokens: [String] = []
        var token = String.UnicodeScalarView()
        while let scalar = scalars.next() {
            switch scalar {
            case "/":
                tokens.append(String(token))
                token = String.UnicodeScalarView()
            case "~":
                switch scalars.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            default:
                token.append(scalar)
            }
        }
        tokens.append(String(token))
        return JSONPointer(tokens: tokens)
    }

    /// The text of a pointer, escaped scalar by scalar (the inverse of ``parsePointer(_:)``).
    static func pointerText(_ pointer: JSONPointer) -> String {
        var text = String.UnicodeScalarView()
        for token in pointer.tokens {
            text.append("/")
            for scalar in token.unicodeScalars {
                switch scalar {
                case "~": text.append(contentsOf: "~0".unicodeScalars)
                case "/": text.append(contentsOf: "~1".unicodeScalars)
                default: text.append(scalar)
                }
            }
        }
        return String(text)
    }
}
