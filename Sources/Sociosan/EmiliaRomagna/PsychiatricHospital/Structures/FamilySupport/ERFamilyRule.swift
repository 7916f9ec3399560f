extension ERStructureRules {
    /// A rule of a family with its own section: like ``rule(_:_:_:lines:title:message:decision:check:)``
    /// (id `<type.ruleIDPrefix>.<name>`, runs only on dossiers of `type`), with the section handed
    /// to the check. A dossier of the type without its section is a decoding error already
    /// reported, so the rule has nothing to add.
    ///
    /// ```swift
    /// let rule = ERStructureRules.familyRule(.eatingDisorderRehab, section: { $0.eatingDisorder }, "areas.gym", ...) { dossier, section, report in ... }
    /// ```
    static func familyRule<Section: Sendable>(
        _ type: ERPsychiatricStructureType, section: @escaping @Sendable (ERStructureDossier) -> Section?,
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ERStructureDossier, Section, inout FindingReporter) -> Void
    ) -> Rule<ERStructureDossier> {
        rule(type, name, severity, lines: lines, title: title, message: message, decision: decision) { dossier, report in
            guard let value = section(dossier) else { return }
            check(dossier, value, &report)
        }
    }

    /// The condition of a conditional requirement (``ERRequirementCatalogue/condition(of:)``)
    /// read from a family's section: `external-lab-agreements` binds only when tests are done
    /// outside (L1627-L1628, L2084-L2085), `bariatric-beds` only when severely obese patients
    /// are treated (L2031-L2032).
    static func conditions(
        externalLaboratory: @escaping @Sendable (ERStructureDossier) -> Bool,
        severeObesity: (@Sendable (ERStructureDossier) -> Bool)? = nil
    ) -> (ERRequirement) -> (@Sendable (ERStructureDossier) -> Bool)? {
        { requirement in
            switch requirement.code {
            case "external-lab-agreements": return externalLaboratory
            case "bariatric-beds": return severeObesity
            default: return nil
            }
        }
    }
}

extension JSONPointer {
    /// The pointer followed by `keys` (member names or array indexes written as strings).
    func appending(path keys: String...) -> JSONPointer {
        keys.reduce(self) { $0.appending($1) }
    }
}
