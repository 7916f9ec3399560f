extension StaffingCheck {
    /// One thing a roster fails: a requirement line, a coverage or a share cap.
    ///
    /// ```swift
    /// for failure in check.failures {
    ///     print(failure.rule, failure.citation)
    /// }
    /// ```
    public enum Failure: Sendable, Hashable {
        case role(RoleCheck)
        case coverage(CoverageCheck)
        case shareCap(ShareCapCheck)

        /// The rule id that reports it.
        public var rule: RuleID {
            switch self {
            case .role(let check): return check.line.requirement.rule
            case .coverage(let check): return check.requirement.rule
            case .shareCap(let check): return check.cap.rule
            }
        }

        /// The regulation line it comes from.
        public var citation: Citation {
            switch self {
            case .role(let check): return check.line.requirement.citation
            case .coverage(let check): return check.requirement.citation
            case .shareCap(let check): return check.cap.citation
            }
        }
    }

    /// Everything the roster fails, in the standard's order: requirement lines, then
    /// coverage, then share caps. Empty when the roster meets the standard.
    ///
    /// ```swift
    /// check.failures.map(\.rule)   // ["er.spoi.staff.nurses", "er.spoi.coverage.guard-physician"]
    /// ```
    public var failures: [Failure] {
        roles.filter { !$0.isMet }.map(Failure.role)
            + coverage.filter { !$0.isMet }.map(Failure.coverage)
            + shareCaps.filter { !$0.isMet }.map(Failure.shareCap)
    }

    /// ``failures`` with the failure of `limiting` (a requirement line) moved first, when it
    /// fails; the others keep the standard's order. A capacity answer lists what stops the
    /// next capacity this way, the line that limits it first.
    ///
    /// ```swift
    /// check.failures(limitingFirst: answer.limitingRequirement).first?.rule
    /// ```
    public func failures(limitingFirst limiting: RoleRequirement?) -> [Failure] {
        var list = failures
        if let limiting, let index = list.firstIndex(where: { if case .role(let role) = $0 { role.line.requirement == limiting } else { false } }) {
            list.insert(list.remove(at: index), at: 0)
        }
        return list
    }

    /// The first of ``failures`` and how many there are, or `nil` when the roster meets the
    /// standard. Found in one pass without building the list (a network check calls it for
    /// every structure).
    ///
    /// ```swift
    /// if let (first, count) = check.failureSummary { print(first.rule, "and", count - 1, "more") }
    /// ```
    public var failureSummary: (first: Failure, count: Int)? {
        var first: Failure?
        var count = 0
        for index in roles.indices where !roles[index].isMet {
            if first == nil { first = .role(roles[index]) }
            count += 1
        }
        for index in coverage.indices where !coverage[index].isMet {
            if first == nil { first = .coverage(coverage[index]) }
            count += 1
        }
        for index in shareCaps.indices where !shareCaps[index].isMet {
            if first == nil { first = .shareCap(shareCaps[index]) }
            count += 1
        }
        return first.map { ($0, count) }
    }
}
