/// Member names a kind refuses wherever its field tables do not declare them, because such a
/// member would hold what identifies a person the dossier may only name by a pseudonymous code
/// (a minor's name, tax code or birth date).
///
/// A structure kind opts in with ``StructureKind/protectedMembers``, a declared kind with
/// ``DossierDeclaration/protectedMembers`` (one line: `protectedMembers: .person(rule: ...)` or
/// `.personAsValue`). The readers (JSON and `Codable`) report a protected member with ``rule``, an
/// error whether or not unknown fields are strict, instead of the `json.unknown-field` warning;
/// the generated schema refuses it with `propertyNames` in every object. A member the table declares (the
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

    /// The one list of names that would hold a person's identity (issue 12): in Italian and
    /// English, camelCase, snake_case or kebab-case, any letter case. The Sicilian minors' kinds
    /// and the declared kinds with people (internship, control visit) share it.
    public static let personEntries: [Entry] = [
        ["name"], ["first", "name"], ["last", "name"], ["given", "name"], ["family", "name"], ["full", "name"], ["surname"],
        ["forename"], ["middle", "name"], ["nome"], ["cognome"], ["nominativo"], ["nome", "completo"],
    ].map { Entry($0, holds: holdsName) } + [
        ["tax", "code"], ["tax", "id"], ["fiscal", "code"], ["codice", "fiscale"], ["cod", "fisc"], ["cf"], ["ssn"],
    ].map { Entry($0, holds: holdsTaxCode) } + [
        ["birth", "date"], ["date", "of", "birth"], ["birthdate"], ["birthday"], ["dob"], ["data", "di", "nascita"],
        ["data", "nascita"], ["born", "on"],
    ].map { Entry($0, holds: holdsBirthDate) }

    /// What a protected member would hold.
    public static let holdsName = LocalizedText(it: "il nome", en: "the name")
    public static let holdsTaxCode = LocalizedText(it: "il codice fiscale", en: "the tax code")
    public static let holdsBirthDate = LocalizedText(it: "la data di nascita", en: "the birth date")

    /// ``personEntries`` reported with `rule`, whose message takes the member ({0}) and what it
    /// would hold ({1}).
    public static func person(rule: RuleDescriptor) -> ProtectedMembers { ProtectedMembers(rule: rule, entries: personEntries) }

    /// ``personEntries`` reported as a wrong value (`json.value`) with ``refusal(_:)``: the wording
    /// the declared kinds with people (internship, control visit) have always used.
    ///
    /// ```swift
    /// DossierDeclaration(kind: ..., rules: rules, protectedMembers: .personAsValue)
    /// ```
    public static let personAsValue = ProtectedMembers(rule: FormatRules.value, entries: personEntries)

    /// The explanation of a protected member reported as a wrong value.
    public static func refusal(_ holds: LocalizedText) -> LocalizedText {
        LocalizedText(
            it: "questo campo conterrebbe \(holds.italian) di una persona: nel fascicolo una persona (un minore in particolare) compare solo con un codice pseudonimo",
            en: "this member would hold \(holds.english) of a person: a person (a minor above all) appears in the dossier by a pseudonymous code only")
    }

    /// Whether ``rule`` is `json.value`, whose message takes only ``refusal(_:)``.
    public var reportsAsValue: Bool { rule.id == FormatRules.value.id }

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
