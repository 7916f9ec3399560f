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

    public init(_ text: String) throws(IdentifierError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= StructureID.maximumLength else { throw .tooLong(text, limit: StructureID.maximumLength) }
        for (offset, byte) in bytes.enumerated() {
            let isAlphanumeric = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            let isPunctuation = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            if offset == 0 ? !isAlphanumeric : !(isAlphanumeric || isPunctuation) {
                throw .invalidCharacter(text, offset: offset)
            }
        }
        self.rawValue = text
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
