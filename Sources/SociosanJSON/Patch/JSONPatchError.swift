import Sociosan

/// Why a JSON Patch could not be read or applied: which operation, on which pointer, and why.
///
/// ```swift
/// let patch = JSONPatch([.replace(path: JSONPointer(tokens: ["rooms", "7", "beds"]), value: 1)])
/// do {
///     _ = try patch.applied(to: ["rooms": [["beds": 2]]])
/// } catch {
///     error.operationIndex   // 0
///     error.pointer          // "/rooms/7/beds"
///     error.reason           // .indexOutOfRange("7", in: "/rooms", count: 1)
///     error.englishMessage   // JSON Patch operation 0 (replace /rooms/7/beds): /rooms is an array of 1 element; there is no element 7
/// }
/// ```
public struct JSONPatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, for programs; people read ``englishMessage`` or ``italianMessage``.
    public enum Reason: Sendable, Hashable {
        /// The patch is not a JSON array.
        case notAnArray
        /// An operation is not a JSON object.
        case notAnObject
        /// The operation lacks this member (`op`, `path`, `from` or `value`).
        case missingMember(String)
        /// This member (`op`, `path` or `from`) is not a string.
        case notAString(String)
        /// The `op` is none of `add`, `remove`, `replace`, `move`, `copy`, `test`.
        case unknownOperation(String)
        /// The pointer is not RFC 6901 text: neither empty nor starting with `/`, or a `~`
        /// not followed by `0` or `1`.
        case malformedPointer
        /// The object at `in` has no member with this key.
        case noSuchMember(String, in: JSONPointer)
        /// The array at `in`, of `count` elements, has no element at this token (a number
        /// past the end, or `-` outside an `add`).
        case indexOutOfRange(String, in: JSONPointer, count: Int)
        /// The token is no array index: not digits, or digits with a leading zero.
        case notAnIndex(String, in: JSONPointer)
        /// The pointer goes on through the value at this location, which is neither an object
        /// nor an array.
        case throughScalar(JSONPointer)
        /// A `move` into a location inside the value moved (`from` is a proper prefix of `path`).
        case moveIntoOwnChild(from: JSONPointer)
        /// A `remove` of the whole document (path `""`).
        case removeWholeDocument
        /// A `test` found this value (compact JSON, cut to 80 characters), not the one given.
        case testFailed(found: String)
    }

    /// The position of the operation in the patch, counted from 0 as in the array (`nil`
    /// when the patch itself is not an array).
    public let operationIndex: Int?
    /// The operation's `op`, when it could be read.
    public let operationName: String?
    /// The pointer that failed, as written: the operation's `path`, or its `from` when the
    /// value to move or copy is not there.
    public let pointer: String?
    /// Why.
    public let reason: Reason

    /// An error of the operation at `operationIndex`.
    ///
    /// ```swift
    /// JSONPatchError(operationIndex: 2, operationName: "remove", pointer: "", reason: .removeWholeDocument)
    /// ```
    public init(operationIndex: Int?, operationName: String?, pointer: String?, reason: Reason) {
        self.operationIndex = operationIndex
        self.operationName = operationName
        self.pointer = pointer
        self.reason = reason
    }

    /// A sentence for a person.
    ///
    /// ```swift
    /// error.englishMessage   // JSON Patch operation 1 (remove /beds): the document has no member "beds"
    /// ```
    public var englishMessage: String {
        var head = "JSON Patch"
        if let index = operationIndex { head += " operation \(index)" }
        if let name = operationName { head += " (\(name)\(pointer.map { " \($0)" } ?? ""))" }
        return head + ": " + englishReason
    }

    /// The same sentence in Italian.
    ///
    /// ```swift
    /// error.italianMessage   // JSON Patch, operazione 1 (remove /beds): il documento non ha il membro "beds"
    /// ```
    public var italianMessage: String {
        var head = "JSON Patch"
        if let index = operationIndex { head += ", operazione \(index)" }
        if let name = operationName { head += " (\(name)\(pointer.map { " \($0)" } ?? ""))" }
        return head + ": " + italianReason
    }

    /// The English message, so that `print(error)` helps a person.
    public var description: String { englishMessage }

    private var englishReason: String {
        switch reason {
        case .notAnArray:
            return "a patch is a JSON array of operations"
        case .notAnObject:
            return "an operation is a JSON object with \"op\" and \"path\""
        case .missingMember(let name):
            return "\"\(name)\" is missing"
        case .notAString(let name):
            return "\"\(name)\" must be a string"
        case .unknownOperation(let name):
            return "unknown op \"\(name)\"; use add, remove, replace, move, copy or test"
        case .malformedPointer:
            return "not a JSON Pointer: write \"\" for the whole document or /-separated names, with ~0 for ~ and ~1 for /"
        case .noSuchMember(let key, let location):
            return "\(Self.english(location)) has no member \"\(key)\""
        case .indexOutOfRange(let token, let location, let count):
            let elements = count == 1 ? "1 element" : "\(count) elements"
            let append = token == "-" ? " (\"-\", after the last element, is only for add)" : ""
            return "\(Self.english(location)) is an array of \(elements); there is no element \(token)\(append)"
        case .notAnIndex(let token, let location):
            return "\(Self.english(location)) is an array, and \"\(token)\" is no index: write digits without a leading zero, or - to append"
        case .throughScalar(let location):
            return "\(Self.english(location)) is neither an object nor an array, so the pointer cannot go into it"
        case .moveIntoOwnChild(let from):
            return "cannot move \(from) into a place inside itself"
        case .removeWholeDocument:
            return "cannot remove the whole document (replace it instead)"
        case .testFailed(let found):
            return "test failed: the value there is \(found)"
        }
    }

    private var italianReason: String {
        switch reason {
        case .notAnArray:
            return "una patch è un array JSON di operazioni"
        case .notAnObject:
            return "un'operazione è un oggetto JSON con \"op\" e \"path\""
        case .missingMember(let name):
            return "manca \"\(name)\""
        case .notAString(let name):
            return "\"\(name)\" deve essere una stringa"
        case .unknownOperation(let name):
            return "op \"\(name)\" sconosciuta; usare add, remove, replace, move, copy o test"
        case .malformedPointer:
            return "non è un JSON Pointer: scrivere \"\" per l'intero documento o nomi separati da /, con ~0 per ~ e ~1 per /"
        case .noSuchMember(let key, let location):
            return "\(Self.italian(location)) non ha il membro \"\(key)\""
        case .indexOutOfRange(let token, let location, let count):
            let elements = count == 1 ? "1 elemento" : "\(count) elementi"
            let append = token == "-" ? " (\"-\", dopo l'ultimo elemento, vale solo per add)" : ""
            return "\(Self.italian(location)) è un array di \(elements); l'elemento \(token) non esiste\(append)"
        case .notAnIndex(let token, let location):
            return "\(Self.italian(location)) è un array, e \"\(token)\" non è un indice: scrivere cifre senza zeri iniziali, o - per aggiungere in fondo"
        case .throughScalar(let location):
            return "\(Self.italian(location)) non è né un oggetto né un array, quindi il puntatore non può entrarvi"
        case .moveIntoOwnChild(let from):
            return "impossibile spostare \(from) in un punto al suo interno"
        case .removeWholeDocument:
            return "impossibile rimuovere l'intero documento (sostituirlo, piuttosto)"
        case .testFailed(let found):
            return "test non superato: il valore è \(found)"
        }
    }

    /// A location for a sentence: the root is "the document", anything else its pointer.
    private static func english(_ location: JSONPointer) -> String {
        location.tokens.isEmpty ? "the document" : location.description
    }

    private static func italian(_ location: JSONPointer) -> String {
        location.tokens.isEmpty ? "il documento" : location.description
    }
}
