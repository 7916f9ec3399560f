/// A stable rule identifier such as `er.spoi.rooms.max-beds`.
public struct RuleID: RawRepresentable, Sendable, Hashable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A place in a text file: 1-based line and column (in characters), 0-based byte offset.
public struct TextLocation: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let byteOffset: Int

    public init(line: Int, column: Int, byteOffset: Int) {
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
    }
}

/// One finding: which rule, how serious, where (a JSON Pointer, and a line and column when
/// the finding is about the text itself), what (a message in the catalogue and its
/// arguments) and on what authority (the citation).
///
/// ```swift
/// let finding = Diagnostic(rule: SPOIRules.singleRoom.descriptor, path: "/rooms")
/// finding.message(in: .english)  // "no room has a single bed ..."
/// ```
public struct Diagnostic: Sendable, Hashable {
    public let ruleID: RuleID
    public var severity: Severity
    public let path: JSONPointer
    /// The catalogue entry that words the finding; usually the rule's own message.
    public let message: LocalizedText
    public let arguments: [MessageArgument]
    public let citation: Citation?
    /// Set for findings about the JSON text (syntax errors, and line-level JSON Lines errors).
    public var location: TextLocation?

    public init(
        ruleID: RuleID, severity: Severity, path: JSONPointer, message: LocalizedText,
        arguments: [MessageArgument] = [], citation: Citation?, location: TextLocation? = nil
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.path = path
        self.message = message
        self.arguments = arguments
        self.citation = citation
        self.location = location
    }

    /// A finding of `rule`, worded by the rule's own message.
    public init(rule: RuleDescriptor, path: JSONPointer, arguments: [MessageArgument] = [], location: TextLocation? = nil) {
        self.init(
            ruleID: rule.id, severity: rule.severity, path: path, message: rule.message,
            arguments: arguments, citation: rule.citation, location: location)
    }

    /// The message in `language`, with its arguments filled in.
    public func message(in language: Language) -> String {
        message.render(arguments, in: language)
    }
}
