/// Member names a kind refuses wherever its field tables do not declare them, because such a
/// member would hold what identifies a person the dossier may only name by a pseudonymous code
/// (a minor's name, tax code or birth date).
///
/// The readers (JSON and `Codable`) report a protected member with ``rule``, an error whether
/// or not unknown fields are strict, instead of the `json.unknown-field` warning; the generated
/// schema refuses it with `propertyNames` in every object. A member the table declares (the
/// structure's own `name`, the operator's `name`) is the structure's, not a person's, and stays.
///
/// ```swift
/// let members = ProtectedMembers(rule: descriptor, entries: [
///     .init(["first", "name"], holds: LocalizedText(it: "un nome", en: "a name")),
/// ])
/// members.match("first_name")?.holds.english  // "a name"
/// members.match("FirstName") != nil            // true: case and "_"/"-" between words do not matter
/// ```
public struct ProtectedMembers: Sendable {
    /// One protected name, as its words, and what a member of that name would hold.
    public struct Entry: Sendable, Hashable {
        public let words: [String]
        public let holds: LocalizedText

        public init(_ words: [String], holds: LocalizedText) {
            self.words = words.map { $0.lowercased() }
            self.holds = holds
        }

        /// The spellings matched: the words joined by nothing, `_` or `-` in each gap, any case.
        var spellings: [String] {
            words.dropFirst().reduce([words[0]]) { partial, word in
                partial.flatMap { [$0 + word, $0 + "_" + word, $0 + "-" + word] }
            }
        }
    }

    /// The rule a protected member is reported with: its message takes the member ({0}) and
    /// what it would hold ({1}).
    public let rule: RuleDescriptor
    public let entries: [Entry]
    private let bySpelling: [String: Entry]

    public init(rule: RuleDescriptor, entries: [Entry]) {
        self.rule = rule
        self.entries = entries
        var table: [String: Entry] = [:]
        for entry in entries { for spelling in entry.spellings where table[spelling] == nil { table[spelling] = entry } }
        bySpelling = table
    }

    /// The entry `key` spells, if any.
    public func match(_ key: String) -> Entry? { bySpelling[key.lowercased()] }

    /// An ECMA-262 pattern matching every protected spelling in any case, for a schema's
    /// `propertyNames` (JSON Schema has no case-insensitive flag, so each letter is a class).
    public var pattern: String {
        let alternatives = entries.map { entry in
            entry.words.map { word in
                word.map { character -> String in
                    let lower = String(character).lowercased(), upper = String(character).uppercased()
                    return lower == upper ? lower : "[\(lower)\(upper)]"
                }.joined()
            }.joined(separator: "[_-]?")
        }
        return "^(?:" + alternatives.joined(separator: "|") + ")$"
    }
}
