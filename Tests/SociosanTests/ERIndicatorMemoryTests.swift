import Testing
@testable import Sociosan

@Suite("Indicator calculator: memory of a long file")
struct ERIndicatorMemoryTests {
    func lines(_ results: [ERIndicatorResult]) -> [String] {
        results.map { "\($0.indicator.id) \($0.structure) \($0.year) \($0.numerator)/\($0.denominator) \($0.numeratorRecords.map(\.rawValue).sorted())" }
    }

    func calculator(_ records: [ActivityRecord], prune: Bool, audit: Bool) -> ERIndicatorCalculator {
        var calculator = ERIndicatorCalculator(year: nil, structure: nil, audit: audit, pruneHistory: prune, pruneThreshold: 4)
        for record in records { calculator.add(record) }
        return calculator
    }

    @Test(arguments: [(false, false), (false, true), (true, false), (true, true)])
    func finalResultsAreTheResults(prune: Bool, audit: Bool) {
        let records = ERIndicatorPruningTests.chronological
        let expected = calculator(records, prune: prune, audit: audit).results()
        #expect(!expected.isEmpty)
        #expect(lines(calculator(records, prune: prune, audit: audit).finalResults()) == lines(expected))
        // results() leaves the calculator as it was: asking twice gives the same answer.
        let kept = calculator(records, prune: prune, audit: audit)
        #expect(lines(kept.results()) == lines(kept.results()))
    }

    @Test func aYearIsCountedOnceTheInputIsTheMarginPastIt() {
        // In admission order, a year's admissions are counted (and forgotten but for the
        // window's context) once the input is 62 days into the next year: the backlog is the
        // current year, not two (which made memory grow with the file for three years).
        var calculator = ERIndicatorCalculator(year: nil, structure: nil, audit: false, pruneHistory: true, pruneThreshold: 4)
        var latest: LocalDate?
        var decembers = 0
        for record in ERIndicatorPruningTests.chronological {
            calculator.add(record)
            guard case .stay(let stay) = record else { continue }
            latest = stay.admission.date
            // Pruned every 4 admissions: checked after each.
            guard let earliest = calculator.earliestUncountedAdmission, let latest else { continue }
            let countedYear = latest.adding(days: -ERIndicatorCalculator.pruneMargin)!.year
            #expect(earliest.year >= countedYear - 1, "\(earliest) held at \(latest)")
            // In December the last prune (at most four admissions, some 130 days, ago) was
            // past March: every earlier year is counted. Waiting a further year would hold
            // the whole year before.
            if latest.month == 12 {
                decembers += 1
                #expect(earliest.year == latest.year, "\(earliest) held at \(latest)")
            }
        }
        #expect(decembers >= 5)
        #expect(calculator.isExact)
        #expect(calculator.earliestUncountedAdmission!.year >= 2025 - 1)
    }
}
