/// The staffing rules of a structure dossier kind, built from its staffing standard
/// (``StaffingCatalogue``): one rule per line of the standard, with the standard's own rule id,
/// citation and decision; each role minimum is checked by ``StaffingCalculator`` over the whole
/// roster at the dossier's capacity (its beds unless the family says otherwise) with the
/// family's parameters (conditions, full-time hours); each coverage requirement over the roster
/// lines present in its window (round-the-clock lines for a 24-hour window; round-the-clock and
/// daytime lines for an opening window).
///
/// ```swift
/// StructureStaffingRules.rules(.rtp, standard: ERStaffingStandards.rtp).map(\.id)
/// // ["er.rtp.staff.nurse-hours-minimum"]
/// ```
public enum StructureStaffingRules {
    public static func rules(
        _ type: StructureType, standard: StaffingStandard,
        capacity: @escaping @Sendable (ERStructureDossier) -> Int = { $0.beds },
        parameters: @escaping @Sendable (ERStructureDossier) -> StaffingParameters = { _ in StaffingParameters() }
    ) -> [Rule<ERStructureDossier>] {
        // The roster's check at the dossier's capacity, worked out by the first minimum rule that
        // runs on a dossier and read by the others: one check per dossier, not one per line.
        let checked = RuleMemo<StaffingCheck?>()
        let minima = standard.requirements.enumerated().map { position, requirement -> Rule<ERStructureDossier> in
            // Whether the rule id alone tells this line apart from the standard's others.
            let uniqueRule = standard.requirements.lazy.filter { $0.rule == requirement.rule }.count == 1
            return Rule<ERStructureDossier>(
                descriptor: RuleDescriptor(
                    id: requirement.rule, kinds: [type.kind], severity: .error, citation: requirement.citation,
                    title: minimumTitle(requirement, capacity: standard.capacityUnit),
                    message: LocalizedText(
                        it: "{0}: presenti {1} h/settimana, con {2} {6} ne servono {3} ({4} {5})",
                        en: "{0}: {1} h/week present, {2} {6} need {3} ({4} {5})"),
                    decision: requirement.decision)
            ) { dossier, report in
                guard dossier.type == type else { return }
                // A capacity outside the standard's limits is the calculator's error, not a
                // shortfall; the rule that bounds the capacity reports it.
                guard let check = report.memo(checked, {
                          try? StaffingCalculator.check(dossier.roster, against: standard, capacity: capacity(dossier), parameters: parameters(dossier))
                      }),
                      let line = roleCheck(of: requirement, at: position, uniqueRule: uniqueRule, in: check.roles),
                      !line.isMet
                else { return }
                let size = check.requirement.capacity
                report.report(at: "/staff", .localized(requirement.target.label), line.presentHoursPerWeek.argument,
                              .integer(size), line.line.hoursPerWeek.argument, line.line.minimum.argument,
                              .localized(unitLabel(requirement.unit, count: line.line.minimum)), .localized(standard.capacityUnit.label))
            }
        }
        let coverage = standard.coverage.map { requirement in
            let roundTheClock = requirement.window == .roundTheClock
            let window = roundTheClock
                ? LocalizedText(it: "presenza sulle 24 ore", en: "presence around the clock")
                : LocalizedText(it: "presenza per l'orario di apertura", en: "presence over the opening hours")
            let coverages: Set<Coverage> = roundTheClock ? [.roundTheClock] : [.roundTheClock, .daytime]
            return Rule<ERStructureDossier>(
                descriptor: RuleDescriptor(
                    id: requirement.rule, kinds: [type.kind], severity: .error, citation: requirement.citation,
                    title: LocalizedText(it: "\(requirement.target.label.italian): \(window.italian)",
                                         en: "\(requirement.target.label.english): \(window.english)"),
                    message: LocalizedText(
                        it: "{0}: {1} h/settimana di {2}, ne servono almeno {3}",
                        en: "{0}: {1} h/week of {2}, at least {3} needed"))
            ) { dossier, report in
                guard dossier.type == type else { return }
                let present = dossier.hours(of: requirement.target.roles, coverages: coverages)
                if present < Rational(requirement.hoursPerWeek) {
                    report.report(at: "/staff", .localized(requirement.target.label), present.argument, .localized(window),
                                  .integer(requirement.hoursPerWeek))
                }
            }
        }
        return minima + coverage
    }

    /// The check of `requirement`, the standard's line at `position`: the check's line at the
    /// same position unless a line before it does not apply at this capacity (then looked for).
    /// The check's lines are the standard's own, so when no other line has its rule id
    /// (`uniqueRule`) the id is enough: comparing whole requirements hashes their role sets.
    static func roleCheck(of requirement: RoleRequirement, at position: Int, uniqueRule: Bool, in roles: [RoleCheck]) -> RoleCheck? {
        func matches(_ check: RoleCheck) -> Bool {
            check.line.requirement.rule == requirement.rule && (uniqueRule || check.line.requirement == requirement)
        }
        if position < roles.count, matches(roles[position]) { return roles[position] }
        return roles.first(where: matches)
    }

    /// "Nurse: 1 posts 24h for every started block of 20 beds" and the like, from the law itself.
    static func minimumTitle(_ requirement: RoleRequirement, capacity: CapacityUnit) -> LocalizedText {
        let who = requirement.target.label
        let places = capacity.label
        let law: LocalizedText
        switch requirement.law {
        case .fixed(let amount):
            let unit = unitLabel(requirement.unit, count: amount)
            law = LocalizedText(it: "almeno \(amount.argument.text(in: .italian)) \(unit.italian)",
                                en: "at least \(amount.argument.text(in: .english)) \(unit.english)")
        case .shareOfCapacity(let share):
            let unit = unitLabel(requirement.unit)
            let percent = (share * 100).argument
            law = LocalizedText(it: "\(percent.text(in: .italian)) % dei \(places.italian) (\(unit.italian))",
                                en: "\(percent.text(in: .english)) % of \(places.english) (\(unit.english))")
        case .perModule(let amount, let size, let partial):
            let unit = unitLabel(requirement.unit, count: amount)
            let whole = partial == .wholeModules
            law = LocalizedText(
                it: "\(amount.argument.text(in: .italian)) \(unit.italian) ogni \(size) \(places.italian)\(whole ? " (per ogni modulo avviato)" : "")",
                en: "\(amount.argument.text(in: .english)) \(unit.english) for every \(whole ? "started block of " : "")\(size) \(places.english)")
        case .proportionalToReference(let amount, let reference):
            let unit = unitLabel(requirement.unit, count: amount)
            law = LocalizedText(it: "\(amount.argument.text(in: .italian)) \(unit.italian) ogni \(reference) \(places.italian), in proporzione",
                                en: "\(amount.argument.text(in: .english)) \(unit.english) per \(reference) \(places.english), in proportion")
        case .perUsers(let amount, let users):
            let unit = unitLabel(requirement.unit, count: amount)
            law = LocalizedText(it: "\(amount.argument.text(in: .italian)) \(unit.italian) ogni \(users) \(places.italian)",
                                en: "\(amount.argument.text(in: .english)) \(unit.english) for every \(users) \(places.english)")
        }
        return LocalizedText(it: who.italian + ": " + law.italian, en: who.english + ": " + law.english)
    }

    /// The unit of a requirement as a finding words it, singular for a count of exactly one
    /// ("1 posto h24", not "1 posti h24").
    public static func unitLabel(_ unit: StaffingUnit, count: Rational? = nil) -> LocalizedText {
        if count == 1 {
            switch unit {
            case .persons: return LocalizedText(it: "unità", en: "person")
            case .postsAroundTheClock: return LocalizedText(it: "posto h24", en: "post 24h")
            case .postsOverOpening: return LocalizedText(it: "posto in apertura", en: "post over opening")
            case .fullTimeEquivalents, .hoursPerWeek, .hoursPerDay: break
            }
        }
        switch unit {
        case .persons: return LocalizedText(it: "unità", en: "persons")
        case .fullTimeEquivalents: return LocalizedText(it: "ETP", en: "FTE")
        case .hoursPerWeek: return LocalizedText(it: "h/settimana", en: "h/week")
        case .hoursPerDay: return LocalizedText(it: "h/giorno", en: "h/day")
        case .postsAroundTheClock: return LocalizedText(it: "posti h24", en: "posts 24h")
        case .postsOverOpening: return LocalizedText(it: "posti in apertura", en: "posts over opening")
        }
    }

}
