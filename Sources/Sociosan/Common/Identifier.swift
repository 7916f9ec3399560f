/// A dossier's identifier: 1 to 64 characters from `a-z`, `0-9`, `.`, `_`, `-`, starting with
/// a letter or digit. The set is deliberately narrow so that an identifier is also a safe
/// file name (no `/`, no `..`, no NUL) on every system the store may run on.
///
/// ```swift
/// let id = try StructureID("spoi-bo-villa-serena")
/// try StructureID("../etc/passwd")  // throws .invalidCharacter
/// ```
public struct StructureID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public static let maximumLength = 64

    /// An identifier known to be valid (a literal in the library's own code).
    init(verified text: String) { self.rawValue = text }

    /// A valid identifier to start a field table's blank value from (decoding overwrites it).
    public static let placeholder = StructureID(verified: "blank")

    /// The same rule as a regular expression, for JSON Schema.
    public static let pattern = "^[a-z0-9][a-z0-9._-]{0,63}$"

    public init(_ text: String) throws(IdentifierError) {
        let bytes = text.utf8
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= StructureID.maximumLength else { throw .tooLong(text, limit: StructureID.maximumLength) }
        if let offset = StructureID.firstInvalidByte(bytes) { throw .invalidCharacter(text, offset: offset) }
        self.rawValue = text
    }

    /// Whether UTF-8 bytes form a valid identifier, without making a `String` (for readers
    /// that check many identifiers and keep few).
    ///
    /// Inlinable, like the check it calls: the JSON layer's network reader calls it on every
    /// line from another module, and an unspecialised generic there (an `EnumeratedSequence`
    /// of an unknown collection, its metadata looked up at run time) cost a fifth of the
    /// network path's instructions (issue 17).
    @inlinable
    public static func isValid(utf8 bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.count <= maximumLength && firstInvalidByte(bytes) == nil
    }

    /// An identifier read from UTF-8 bytes, checked once on the bytes; `nil` when they do not
    /// form one (for readers of many lines: ``init(_:)`` checks a `String` it is given).
    ///
    /// ```swift
    /// let id = Array("p-lc-001".utf8).withUnsafeBytes { StructureID(utf8: $0) }
    /// ```
    public init?(utf8 bytes: UnsafeRawBufferPointer) {
        guard StructureID.isValid(utf8: bytes) else { return nil }
        self.init(verified: String(decoding: bytes, as: UTF8.self))
    }

    /// The offset of the first byte not allowed where it stands, or `nil`.
    @inlinable
    static func firstInvalidByte(_ bytes: some Sequence<UInt8>) -> Int? {
        var offset = 0
        for byte in bytes {
            let isAlphanumeric = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            let isPunctuation = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            if offset == 0 ? !isAlphanumeric : !(isAlphanumeric || isPunctuation) { return offset }
            offset += 1
        }
        return nil
    }

    public var description: String { rawValue }
    public static func < (lhs: StructureID, rhs: StructureID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Why a text is not a valid identifier.
public enum IdentifierError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case tooLong(String, limit: Int)
    /// The character at `offset` (in bytes) is not allowed there.
    case invalidCharacter(String, offset: Int)

    /// What is wrong, in Italian and English, quoting at most the start of a long text.
    ///
    /// ```swift
    /// IdentifierError.empty.message.text(in: .italian)  // "l'identificativo non può essere vuoto"
    /// ```
    public var message: LocalizedText {
        switch self {
        case .empty:
            return LocalizedText(it: "l'identificativo non può essere vuoto", en: "an identifier cannot be empty")
        case .tooLong(let text, let limit):
            let quoted = MessageExcerpt.of(text)
            return LocalizedText(it: "l'identificativo \"\(quoted)\" supera i \(limit) caratteri",
                                 en: "identifier \"\(quoted)\" is longer than \(limit) characters")
        case .invalidCharacter(let text, let offset):
            let quoted = MessageExcerpt.of(text)
            return LocalizedText(
                it: "l'identificativo \"\(quoted)\" ha un carattere non ammesso al byte \(offset): si usano a-z, 0-9, '.', '_', '-' e si comincia con una lettera o una cifra",
                en: "identifier \"\(quoted)\" has a character not allowed at byte \(offset): use a-z, 0-9, '.', '_', '-', starting with a letter or digit")
        }
    }

    public var description: String {
        switch self {
        case .empty:
            return "an identifier cannot be empty"
        case .tooLong(let text, let limit):
            return "identifier \"\(text)\" is longer than \(limit) characters"
        case .invalidCharacter(let text, let offset):
            return "identifier \"\(text)\" has a character not allowed at byte \(offset): use a-z, 0-9, '.', '_', '-', starting with a letter or digit"
        }
    }
}
