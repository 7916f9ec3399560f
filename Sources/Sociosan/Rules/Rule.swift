/// What a rule is, without its check: enough to list it, cite it and word its findings.
public struct RuleDescriptor: Sendable, Hashable, Identifiable {
    public let id: RuleID
    /// The dossier kinds the rule applies to; empty for format rules that apply to every kind.
    public let kinds: [DossierKind]
    public let severity: Severity
    /// The regulation text the rule implements; `nil` only for JSON and dossier-format rules.
    public let citation: Citation?
    /// A one-line statement of the requirement (for `rules list` and SARIF help).
    public let title: LocalizedText
    /// The wording of a finding, with `{n}` placeholders.
    public let message: LocalizedText
    /// Where the seed is ambiguous: the reading taken, with its citations.
    public let decision: String?

    public init(
        id: RuleID, kinds: [DossierKind], severity: Severity, citation: Citation?,
        title: LocalizedText, message: LocalizedText, decision: String? = nil
    ) {
        self.id = id
        self.kinds = kinds
        self.severity = severity
        self.citation = citation
        self.title = title
        self.message = message
        self.decision = decision
    }
}

/// A checkable requirement: data (``RuleDescriptor``) plus a small pure function.
///
/// The check receives the decoded dossier and reports findings through a ``FindingReporter``
/// that stamps each one with the rule's id, severity and citation.
///
/// ```swift
/// let singleRoom = Rule<StructureDossier>(descriptor: ...) { dossier, report in
///     if !dossier.rooms.contains(where: { $0.beds == 1 }) { report.report(at: "/rooms") }
/// }
/// ```
///
/// A rule is not `Hashable` because its check is a function; its descriptor is.
public struct Rule<Subject>: Sendable {
    public let descriptor: RuleDescriptor
    public let check: @Sendable (Subject, inout FindingReporter) -> Void

    public init(descriptor: RuleDescriptor, check: @escaping @Sendable (Subject, inout FindingReporter) -> Void) {
        self.descriptor = descriptor
        self.check = check
    }

    public var id: RuleID { descriptor.id }
}

/// Collects a rule's findings; the rule only says where and with what arguments.
public struct FindingReporter: Sendable {
    public private(set) var diagnostics: [Diagnostic]
    /// The descriptors of the rule set being run and the position of the rule being checked:
    /// the descriptor is read only when a finding is reported, so running a rule copies none
    /// (a descriptor holds a dozen references; copying one per rule and dossier cost half of
    /// the SPOI rules' instructions, issue 17).
    var descriptors: [RuleDescriptor]
    var currentIndex: Int
    /// The values worked out once for the subject being checked (``memo(_:_:)``), by key.
    private var memos: [(key: ObjectIdentifier, box: any AnyObject & Sendable)] = []

    public init() {
        self.diagnostics = []
        self.descriptors = []
        self.currentIndex = -1
    }

    init(descriptors: [RuleDescriptor]) {
        self.diagnostics = []
        self.descriptors = descriptors
        self.currentIndex = -1
    }

    /// A value about the subject being checked that several rules read, worked out by the first
    /// rule that asks for it and shared with the others: a structure's staffing check is one,
    /// which each of its staffing rules reads (it cost as much as the rest of a dossier's rules
    /// when every rule reran it, issue 11). A reporter serves one subject (``RuleSet/evaluate(_:)``
    /// makes one a subject), so the value is the subject's.
    ///
    /// ```swift
    /// let checked = RuleMemo<StaffingCheck?>()   // made once, with the rules that share it
    /// let check = report.memo(checked) { try? StaffingCalculator.check(dossier.roster, against: standard, capacity: dossier.beds) }
    /// ```
    public mutating func memo<Value: Sendable>(_ key: RuleMemo<Value>, _ compute: () -> Value) -> Value {
        let id = ObjectIdentifier(key)
        for entry in memos where entry.key == id {
            // A key of type RuleMemo<Value> only ever stores a MemoBox<Value>: no dynamic cast
            // (as? on an existential cost each staffing rule more than its own check).
            return unsafeDowncast(entry.box, to: MemoBox<Value>.self).value
        }
        let value = compute()
        memos.append((key: id, box: MemoBox(value)))
        return value
    }

    /// Reports a finding of the rule being checked, at `path`.
    public mutating func report(at path: JSONPointer, _ arguments: MessageArgument..., severity: Severity? = nil) {
        report(at: path, arguments: arguments, severity: severity, citation: nil)
    }

    /// Reports a finding whose authority is more precise than the rule's own citation (a
    /// generic rule such as "a role is below its minimum" cites each standard's line).
    public mutating func report(at path: JSONPointer, arguments: [MessageArgument], severity: Severity? = nil, citation: Citation?) {
        guard descriptors.indices.contains(currentIndex) else { return }
        let rule = descriptors[currentIndex]
        let diagnostic = Diagnostic(
            ruleID: rule.id, severity: severity ?? rule.severity, path: path, message: rule.message,
            arguments: arguments, citation: citation ?? rule.citation)
        diagnostics.append(diagnostic)
    }

    mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }
}

/// The key of a value several rules share about one subject (``FindingReporter/memo(_:_:)``):
/// made once, beside the rules that read the value; its identity is the key.
public final class RuleMemo<Value: Sendable>: Sendable {
    public init() {}
}

/// A memoised value as ``FindingReporter`` keeps it: boxed by its own type.
private final class MemoBox<Value: Sendable>: Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The rules of one dossier kind, run in order over a decoded dossier.
public struct RuleSet<Subject>: Sendable {
    public let kind: DossierKind
    public let rules: [Rule<Subject>]
    /// The rules' descriptors in rule order, kept beside the rules for the reporter.
    public let descriptors: [RuleDescriptor]

    public init(kind: DossierKind, rules: [Rule<Subject>]) {
        self.kind = kind
        self.rules = rules
        self.descriptors = rules.map(\.descriptor)
    }

    /// Runs every rule and returns the findings in rule order.
    public func evaluate(_ subject: Subject) -> [Diagnostic] {
        var reporter = FindingReporter(descriptors: descriptors)
        // Through the buffer, so that each rule's check is called in place: `for rule in rules`
        // copied every rule (descriptor included) and destroyed it again.
        rules.withUnsafeBufferPointer { rules in
            for index in rules.indices {
                reporter.currentIndex = index
                rules[index].check(subject, &reporter)
            }
        }
        return reporter.diagnostics
    }
}
