/// An RFC 6901 JSON Pointer: where in a document a finding is (`/rooms/3/beds`).
///
/// The core knows nothing of JSON text, but it does know the shape of a dossier, so rules
/// point at the field they judge with a pointer built from the field names.
///
/// ```swift
/// let pointer = JSONPointer.root.appending("rooms").appending(3).appending("beds")
/// pointer.description  // "/rooms/3/beds"
/// JSONPointer.root.appending("a/b~c").description  // "/a~1b~0c"
/// ```
public struct JSONPointer: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The unescaped reference tokens, outermost first.
    public private(set) var tokens: [String]

    public static let root = JSONPointer(tokens: [])

    public init(tokens: [String]) { self.tokens = tokens }

    /// Parses the textual form; an invalid pointer (not starting with `/`, bad `~` escape)
    /// becomes a single token holding the text, so that it is still shown as given.
    public init(stringLiteral value: String) {
        self = JSONPointer(parsing: value) ?? JSONPointer(tokens: [value])
    }

    public init?(parsing text: String) {
        if text.isEmpty { self.tokens = []; return }
        guard text.first == "/" else { return nil }
        var result: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = ""
            var iterator = raw.makeIterator()
            while let character = iterator.next() {
                if character == "~" {
                    switch iterator.next() {
                    case "0": token.append("~")
                    case "1": token.append("/")
                    default: return nil
                    }
                } else {
                    token.append(character)
                }
            }
            result.append(token)
        }
        self.tokens = result
    }

    public func appending(_ key: String) -> JSONPointer {
        var copy = self
        copy.tokens.append(key)
        return copy
    }

    public func appending(_ index: Int) -> JSONPointer { appending(String(index)) }

    public var description: String {
        var text = ""
        for token in tokens {
            text.append("/")
            for character in token {
                switch character {
                case "~": text.append("~0")
                case "/": text.append("~1")
                default: text.append(character)
                }
            }
        }
        return text
    }
}
