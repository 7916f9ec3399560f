extension Rule {
    /// A rule of a declared (non-structure) kind: id `<kind>.<name>`, citing `lines` of `seed`.
    /// A declared kind's rules run only on dossiers of that kind, so no kind guard is needed.
    ///
    /// ```swift
    /// let rule = Rule<SicilyInternship>.declared(
    ///     .sicilyInclusionInternship, "duration.max-24-months", seed: .structuresSicily, lines: 3422...3428,
    ///     title: ..., message: ...) { internship, report in ... }
    /// rule.id  // "sicily.inclusion.internship.duration.max-24-months"
    /// ```
    public static func declared(
        _ kind: DossierKind, _ name: String, _ severity: Severity = .error, seed: Seed, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (Subject, inout FindingReporter) -> Void
    ) -> Rule {
        Rule(
            descriptor: RuleDescriptor(
                id: RuleID(rawValue: kind.rawValue + "." + name), kinds: [kind], severity: severity,
                citation: Citation(seed, lines: lines), title: title, message: message, decision: decision),
            check: check)
    }
}
