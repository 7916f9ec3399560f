extension StaffingStandard {
    /// The conditions that switch one of its requirement lines on, sorted by name, each once.
    ///
    /// ```swift
    /// StaffingCatalogue.standard("sicily.minors-apartment")!.requirementConditions.map(\.rawValue)   // ["hosts-minors"]
    /// ```
    public var requirementConditions: [StaffingCondition] {
        Set(requirements.compactMap(\.condition)).sorted { $0.rawValue < $1.rawValue }
    }

    /// Every condition the standard reads: those of its requirement lines and those that
    /// admit a capped contract (``ShareCap/permittedOnlyWhen``).
    ///
    /// ```swift
    /// StaffingCatalogue.standard("sicily.addiction-reception")!.conditions.contains(SicilyStaffingStandards.Condition.nonProfitOperator)   // true
    /// ```
    public var conditions: Set<StaffingCondition> {
        Set(requirements.compactMap(\.condition) + shareCaps.compactMap(\.permittedOnlyWhen))
    }
}

extension StaffingParameters {
    /// The declared conditions that switch none of `standard`'s requirement lines on, sorted
    /// by name: declared by mistake, or read only by a share cap (which a requirement alone
    /// does not show).
    ///
    /// ```swift
    /// StaffingParameters(conditions: ["hosts-minors", "typo"]).conditions(unusedBy: apartment)   // ["typo"]
    /// ```
    public func conditions(unusedBy standard: StaffingStandard) -> [StaffingCondition] {
        let used = Set(standard.requirements.compactMap(\.condition))
        return conditions.filter { !used.contains($0) }.sorted { $0.rawValue < $1.rawValue }
    }
}

extension StaffingRequirement {
    /// The standard's requirement lines that a condition keeps off because the parameters
    /// do not declare it, in the standard's order: what would apply in other circumstances.
    ///
    /// ```swift
    /// try StaffingCalculator.requirement(for: apartment, capacity: 5).inactiveRequirements.map { $0.condition?.rawValue }   // ["hosts-minors"]
    /// ```
    public var inactiveRequirements: [RoleRequirement] {
        standard.requirements.filter { requirement in
            requirement.condition.map { !parameters.conditions.contains($0) } ?? false
        }
    }
}
