extension Rule where Subject == StructureDossier {
    /// A rule of a structure kind: id `<type.ruleIDPrefix>.<name>`, citing `lines` of `seed`; its
    /// check runs only on dossiers of `type`, so the rules of every kind can run together.
    ///
    /// ```swift
    /// let rule = Rule.structure(.sicilyPsychiatricResidence24h, "capacity.max-users", seed: .structuresSicily,
    ///                           lines: 1081...1082, title: ..., message: ...) { dossier, report in ... }
    /// rule.id  // "sicily.residence-24h.capacity.max-users"
    /// ```
    public static func structure(
        _ type: StructureType, _ name: String, _ severity: Severity = .error, seed: Seed, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (StructureDossier, inout FindingReporter) -> Void
    ) -> Rule<StructureDossier> {
        Rule(
            descriptor: RuleDescriptor(
                id: RuleID(rawValue: type.ruleIDPrefix + "." + name), kinds: [type.kind], severity: severity,
                citation: Citation(seed, lines: lines), title: title, message: message, decision: decision)
        ) { dossier, report in
            guard dossier.type == type else { return }
            check(dossier, &report)
        }
    }
}
