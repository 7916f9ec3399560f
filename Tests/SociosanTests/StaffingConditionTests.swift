import Foundation
import Testing
@testable import Sociosan

/// Condition ids follow one scheme (kebab-case English, no prefix), and the ids renamed to
/// follow it are still read, by the core, by `Codable` and so by every input path.
@Suite("Staffing condition ids")
struct StaffingConditionTests {
    /// Every condition a standard of the catalogue uses: requirement lines and share caps.
    static let used: Set<StaffingCondition> = Set(StaffingCatalogue.standards.flatMap { standard in
        standard.requirements.compactMap(\.condition) + standard.shareCaps.compactMap(\.permittedOnlyWhen)
    })

    @Test func everyIdIsKebabCaseEnglishWithoutAPrefix() {
        #expect(Self.used.count >= 9)
        for condition in Self.used {
            let id = condition.rawValue
            let words = id.split(separator: "-", omittingEmptySubsequences: false)
            #expect(words.count >= 2 && words.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLowercase && $0.isASCII } },
                    "\(id) is not kebab-case words")
        }
    }

    @Test func formerIdsReadAsTheCurrentOnes() {
        #expect(StaffingCondition.formerIDs.count == 3)
        for (former, current) in StaffingCondition.formerIDs {
            #expect(Self.used.contains(StaffingCondition(rawValue: current)), "\(current) is not used by any standard")
            #expect(StaffingCondition(rawValue: former).rawValue == current)
            #expect(StaffingCondition(stringLiteral: former) == StaffingCondition(rawValue: current))
            #expect(!Self.used.contains { $0.rawValue == former })
        }
        #expect(StaffingCondition(rawValue: "hosts-minors").rawValue == "hosts-minors")
        #expect(StaffingCondition(rawValue: "some.other.id").rawValue == "some.other.id")
    }

    /// The requirement of an addiction service is the same whichever spelling declares the
    /// condition that switches its psychologist and instructor lines on.
    @Test func aFormerIdSwitchesTheSameLinesOn() throws {
        let standard = try #require(StaffingCatalogue.standard("sicily.addiction-day"))
        let former: Set<StaffingCondition> = [
            StaffingCondition(rawValue: "sicily.addiction.no-psychologist-among-qualified-operators"),
            StaffingCondition(rawValue: "sicily.addiction.no-vocational-training-agreement"),
        ]
        let current: Set<StaffingCondition> = [
            SicilyStaffingStandards.Condition.noPsychologistAmongQualifiedOperators,
            SicilyStaffingStandards.Condition.noVocationalTrainingAgreement,
        ]
        let withFormer = try StaffingCalculator.requirement(for: standard, capacity: 20, parameters: .init(conditions: former))
        let withCurrent = try StaffingCalculator.requirement(for: standard, capacity: 20, parameters: .init(conditions: current))
        let without = try StaffingCalculator.requirement(for: standard, capacity: 20)
        #expect(withFormer == withCurrent)
        #expect(withFormer.lines.count == without.lines.count + 2)
    }

    @Test func codableReadsAFormerIdAndWritesTheCurrentOne() throws {
        let text = #"{"kind":"staffing.structure","schemaVersion":1,"id":"x-1","type":"sicily.addiction-day","capacity":20,"conditions":["sicily.addiction.non-profit-operator"]}"#
        let structure = try JSONDecoder().decode(StaffedStructure.self, from: Data(text.utf8))
        #expect(structure.parameters.conditions == [SicilyStaffingStandards.Condition.nonProfitOperator])
        let encoded = String(decoding: try JSONEncoder().encode(structure), as: UTF8.self)
        #expect(encoded.contains(#""conditions":["non-profit-operator"]"#))
    }
}
