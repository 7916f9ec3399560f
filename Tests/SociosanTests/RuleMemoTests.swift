import Testing
@testable import Sociosan

/// A value shared by the rules of one evaluation (``FindingReporter/memo(_:_:)``): worked out
/// once per subject, read by every rule that asks, never carried over to the next subject.
@Suite("Values shared by the rules of one subject")
struct RuleMemoTests {
    /// Counts the computations (the test's only mutable state, read after the evaluations).
    final class Counter: @unchecked Sendable {
        var computations = 0
    }

    func descriptor(_ id: String) -> RuleDescriptor {
        RuleDescriptor(id: RuleID(rawValue: id), kinds: [], severity: .error, citation: nil,
                       title: LocalizedText(it: id, en: id), message: LocalizedText(it: "{0}", en: "{0}"))
    }

    @Test("three rules read one value computed once per subject, and each subject gets its own")
    func computedOncePerSubject() {
        let counter = Counter()
        let doubled = RuleMemo<Int>()
        let rules = ["a", "b", "c"].map { id in
            Rule<Int>(descriptor: descriptor(id)) { subject, report in
                let value = report.memo(doubled) {
                    counter.computations += 1
                    return subject * 2
                }
                report.report(at: "/value", .integer(value))
            }
        }
        let set = RuleSet<Int>(kind: "test.memo", rules: rules)
        #expect(set.evaluate(4).map(\.arguments) == Array(repeating: [.integer(8)], count: 3))
        #expect(counter.computations == 1)
        #expect(set.evaluate(5).map(\.arguments) == Array(repeating: [.integer(10)], count: 3))
        #expect(counter.computations == 2)
    }

    @Test("two keys of the same type keep two values, and a nil result is remembered too")
    func keysAreDistinct() {
        let counter = Counter()
        let first = RuleMemo<Int?>(), second = RuleMemo<Int?>()
        let rule = Rule<Int>(descriptor: descriptor("pair")) { subject, report in
            for _ in 0..<2 {
                let a = report.memo(first) { counter.computations += 1; return nil }
                let b = report.memo(second) { counter.computations += 1; return subject }
                report.report(at: "/pair", .integer(a ?? -1), .integer(b ?? -1))
            }
        }
        let findings = RuleSet<Int>(kind: "test.memo", rules: [rule]).evaluate(7)
        #expect(findings.map(\.arguments) == [[.integer(-1), .integer(7)], [.integer(-1), .integer(7)]])
        #expect(counter.computations == 2)
    }
}
