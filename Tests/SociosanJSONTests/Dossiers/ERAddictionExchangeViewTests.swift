import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The fast view path (issue 13) against what it replaced: the same bytes as writing
/// `placement.keeping(allowed)` through the kind's field table, and the same refusals as
/// running every rule.
@Suite("Ser.T-CT exchange: the fast view path")
struct ERAddictionExchangeViewTests {
    typealias Fixtures = ERAddictionExchangeTests

    /// The reference: the cut placement built, then written through the table.
    static func reference(_ placement: ERAddictionPlacement, keeping allowed: [ERAddictionDimension]) -> [UInt8] {
        placement.keeping(Set(allowed)).encoded()
    }

    /// Allowed sets that keep some exchanges whole, trim others (dropping their consent and
    /// attachments) and leave some out: each dimension alone, the health-condition ones, all,
    /// none, and a few mixed.
    static let allowedSets: [[ERAddictionDimension]] = ERAddictionDimension.allCases.map { [$0] } + [
        [], ERAddictionDimension.allCases, ERAddictionDimension.allCases.filter(\.isHealthCondition),
        ERAddictionDimension.allCases.filter { !$0.isHealthCondition },
        [.objectivesDefinition, .healthStatus, .goalVerification, .outcome],
        [.inclusionExclusionCriteria, .toxicologicalICD10, .multidimensional, .pharmacologicalTreatment, .continuityOfCare],
    ]

    @Test(arguments: ["placement-fe-2025-0031", "placement-rn-2025-0112", "placement-re-2025-0207"])
    func theViewIsByteForByteTheCutPlacement(name: String) throws {
        let placement = try Fixtures.placement(name)
        for allowed in Self.allowedSets {
            let ours = ERAddictionExchangeFiles.encode(placement: placement, keeping: allowed)
            #expect(ours == Self.reference(placement, keeping: allowed), "\(name) keeping \(allowed.map(\.rawValue))")
        }
    }

    /// Not only well-behaved fixtures: odd exchange records (no dimension allowed, all of them,
    /// attachments without a consent, several attachments, a date early in the year).
    @Test func oddExchangeRecordsAreCutAsBefore() throws {
        var placement = try Fixtures.placement(Fixtures.ferrara)
        var odd = placement.exchanges[0]
        odd.id = "x-odd \"quoted\""
        odd.attachments = ["ref-b", "ref-a", "ref-c"]
        odd.consent = nil
        odd.sentOn = LocalDate(year: 2025, month: 1, day: 2)!
        odd.dimensions = Set(ERAddictionDimension.allCases)
        placement.exchanges.append(odd)
        for allowed in Self.allowedSets {
            #expect(ERAddictionExchangeFiles.encode(placement: placement, keeping: allowed) == Self.reference(placement, keeping: allowed))
        }
    }

    @Test func writingADateIsItsDescription() {
        for (year, month, day) in [(1, 1, 1), (2025, 3, 3), (999, 12, 31), (9999, 12, 31), (2024, 2, 29)] {
            let date = LocalDate(year: year, month: month, day: day)!
            var ours = JSONWriter(style: .compact), theirs = JSONWriter(style: .compact)
            ours.beginArray(); ours.date(date); ours.date(date); ours.endArray()
            theirs.beginArray(); theirs.string(date.description); theirs.string(date.description); theirs.endArray()
            #expect(ours.bytes == theirs.bytes, "\(date)")
        }
    }

    /// A placement is refused exactly when some rule finds an error, and then with every
    /// finding (warnings too); a valid one (warnings or not) is not stopped.
    @Test func theStoppingFindingsAreEveryFindingWhenAnErrorIsFound() throws {
        let cases = try InvalidCase.all(kind: ERAddictionPlacement.declaration.kind)
        var refused = 0
        for row in cases {
            guard let placement = try? ERAddictionPlacement.decode(jsonText: row.text()) else { continue }
            let all = ERAddictionPlacement.declaration.ruleSet.evaluate(placement)
            let stopping = ERAddictionPlacementRules.findingsStoppingAccess(placement)
            if all.contains(where: { $0.severity == .error }) {
                #expect(stopping == all, "\(row.name)")
                refused += 1
            } else {
                #expect(stopping.isEmpty, "\(row.name)")
            }
        }
        #expect(refused >= 5)
        for name in [Fixtures.ferrara, Fixtures.rimini, "placement-re-2025-0207"] {
            #expect(ERAddictionPlacementRules.findingsStoppingAccess(try Fixtures.placement(name)).isEmpty)
        }
    }
}
