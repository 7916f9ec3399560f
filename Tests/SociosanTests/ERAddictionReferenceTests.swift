import Testing
@testable import Sociosan
import SociosanTestResources

/// The reference tables of seed 000 against the figures the seed prints.
@Suite("Ser.T and CT reference data (seed 000)")
struct ERAddictionReferenceTests {
    static let seed = Seed.addictionExchangeER

    @Test func theTerritoryTableSumsToItsPrintedTotals() {
        let rows = ERAddictionServices.rows
        let totals = ERAddictionServices.printedTotals
        #expect(rows.count == 11)
        #expect(Set(rows.map(\.territory)) == Set(ERAddictionTerritory.allCases))
        #expect(rows.map(\.regionalSerT).reduce(0, +) == totals.regionalSerT)
        #expect(rows.map(\.regionalCT).reduce(0, +) == totals.regionalCT)
        #expect(rows.map(\.involvedSerT).reduce(0, +) == totals.involvedSerT)
        #expect(rows.map(\.involvedCT).reduce(0, +) == totals.involvedCT)
        #expect([totals.regionalSerT, totals.regionalCT, totals.involvedSerT, totals.involvedCT] == [48, 65, 33, 29])
        // 33/48 = 68.75 % printed 69 %; 29/65 = 44.6 % printed 45 %.
        #expect(ERAddictionServices.percent(totals.involvedSerT, of: totals.regionalSerT) == totals.involvedSerTPercent)
        #expect(ERAddictionServices.percent(totals.involvedCT, of: totals.regionalCT) == totals.involvedCTPercent)
        #expect([totals.involvedSerTPercent, totals.involvedCTPercent] == [69, 45])
    }

    @Test func involvedIsAtMostTheRegionalCountAndPilotsAtMostTheInvolved() {
        for row in ERAddictionServices.rows {
            #expect(row.involvedSerT <= row.regionalSerT, "\(row.territory)")
            #expect(row.involvedCT <= row.regionalCT, "\(row.territory)")
            #expect(row.pilotCommunities.count <= row.involvedCT, "\(row.territory)")
            #expect(row.involved == (row.involvedSerT + row.involvedCT > 0), "\(row.territory)")
            #expect(row.pilotCommunities.allSatisfy { $0.territory == row.territory })
        }
        #expect(ERAddictionServices.rows.filter { !$0.involved }.map(\.territory) == [.forli, .modena, .piacenza, .ravenna])
        #expect(ERAddictionServices.rows.flatMap(\.pilotCommunities) == ERPilotCommunity.all)
        #expect(ERPilotCommunity.all.count == 5)
    }

    @Test func theFocusGroupParticipantsReconstructTo86() {
        let table = ERAddictionFocusGroups.reconstructed
        let areas = ERAddictionFocusGroups.Area.allCases.indices
        #expect(table.count == ERAddictionProfessionalRole.allCases.count)
        // Ser.T professions add up to the printed "OPERATORI Ser.T" per area (L279).
        let serT = areas.map { area in table.filter { $0.key.isSerTProfession }.map { $0.value[area] }.reduce(0, +) }
        #expect(serT == ERAddictionFocusGroups.printedSerTOperators)
        // Ser.T + CT per area is the printed total per area (L314-L317).
        let totals = areas.map { serT[$0] + table[.ctOperator]![$0] }
        #expect(totals == ERAddictionFocusGroups.printedTotals)
        #expect(totals.reduce(0, +) == ERAddictionFocusGroups.total)
        #expect(ERAddictionFocusGroups.total == 86)
        // Each row: its printed cells, in order, are its non-zero cells (blanks were lost), and it sums to its total.
        for (role, cells, total) in ERAddictionFocusGroups.printed {
            let row = table[role]!
            #expect(row.reduce(0, +) == total, "\(role)")
            #expect(cells.compactMap { $0 }.reduce(0, +) == total, "\(role)")
            #expect(row.filter { $0 != 0 } == cells.compactMap { $0 }.filter { $0 != 0 }, "\(role)")
        }
        // 5 areas x 3 meetings = 15, 5 x 10 hours = 50 (L324-L326).
        #expect(areas.count * ERAddictionFocusGroups.meetingsPerArea == ERAddictionFocusGroups.meetings)
        #expect(areas.count * ERAddictionFocusGroups.hoursPerArea == ERAddictionFocusGroups.hours)
    }

    @Test func participantsAndPlatforms() {
        let participants = ERAddictionProjectParticipant.all
        #expect(participants.filter { $0.role == .lead }.map(\.organisation) == ["Azienda Usl di Ferrara"])
        #expect(participants.filter { $0.role == .partner }.count == 5)
        #expect(participants.first { $0.role == .projectManager }?.organisation == "Cup 2000")
        #expect(ERAddictionDirection.serTToCT.senderPlatform == .sisterSerT)
        #expect(ERAddictionDirection.ctToSerT.senderPlatform == .sisterCT)
        #expect(ERAddictionDimension.allCases.count == 12)
        #expect(ERAddictionDimension.allCases.filter(\.isHealthCondition).count == 4)
    }

    /// The rows, labels and lines point at the words they stand for.
    @Test(.requiresSeeds) func everyCitationPointsAtItsText() throws {
        let lines = TestResources.seedLines(Self.seed.fileName)
        try #require(lines.count >= 378)
        func cited(_ citation: Citation) -> String { lines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: "\n") }
        for row in ERAddictionServices.rows {
            #expect(cited(row.citation).contains(row.territory.printedLabel), "\(row.territory)")
            for pilot in row.pilotCommunities {
                #expect(cited(pilot.citation).contains(pilot.managingEntity.prefix(20)), "\(pilot.structure)")
            }
        }
        #expect(cited(ERAddictionServices.printedTotals.citation).contains("33 (69%)"))
        for participant in ERAddictionProjectParticipant.all {
            #expect(cited(participant.citation).contains(participant.organisation), "\(participant.organisation)")
        }
        for dimension in ERAddictionDimension.allCases {
            #expect(lines[dimension.line - 1].contains(dimension.label.italian), "\(dimension)")
        }
        for role in ERAddictionProfessionalRole.allCases {
            let head = role.label.italian.split(separator: "/").first.map(String.init) ?? ""
            #expect(lines[role.line - 1].uppercased().contains(head.uppercased().prefix(7)), "\(role)")
        }
        for phase in ERAddictionPhase.allCases where !phase.isExtension {
            #expect(cited(phase.citation).contains(phase.label.italian.split(separator: " ").first!), "\(phase)")
        }
        #expect(lines[ERAddictionFocusGroups.citation.lastLine - 2].contains("86"))
    }

    // The rule citations point at the words they rest on, and each says the reading it takes.
    @Test(.requiresSeeds, arguments: [
        ("er.addiction.placement.phase.known", "verifica obiettivi"),
        ("er.addiction.placement.dimension.known", "TRATTAMENTO FARMACOLOGICO"),
        ("er.addiction.placement.direction.parties", "SistERSERT e SistERCT"),
        ("er.addiction.placement.consent.health-data", "consensi informati"),
        ("er.addiction.placement.access.authorised", "abilitazioni"),
        ("er.addiction.placement.icd10.syntax", "ICD-10"),
        ("er.addiction.placement.phase.order", "accoglienza"),
        ("er.addiction.placement.redundant", "Ridondanza"),
        ("er.addiction.placement.placement.dates", "uscita dalla Struttura"),
        ("er.addiction.placement.project.shared", "Il paziente"),
    ])
    func ruleCitationsPointAtTheirText(ruleID: String, keyword: String) throws {
        let rule = try TestResources.expectCitation(of: ruleID, mentions: keyword)
        #expect(rule.citation?.seed == Self.seed)
        #expect(rule.decision != nil, "\(ruleID): the seed is silent on the check, a decision must say so")
    }

    @Test func everyRuleOfTheKindIsCoveredByTheCitationTest() {
        let listed = Set(ERAddictionPlacementRules.all.map(\.descriptor.id.rawValue))
        #expect(listed.count == 10)
    }

    @Test func icd10Syntax() {
        for code in ["F11", "F11.2", "F10.24", "Z72.0", "T40.2"] { #expect(ERAddictionPlacementRules.isICD10(code), "\(code)") }
        for code in ["F112", "f11.2", "F1", "F11.", "F11.234", "11.2", "F11-2", "F1X.A"] { #expect(!ERAddictionPlacementRules.isICD10(code), "\(code)") }
    }

    @Test func phaseMoves() {
        #expect(ERAddictionPhase.intake.mayMove(to: .therapeuticProject))
        #expect(!ERAddictionPhase.intake.mayMove(to: .goalVerification))
        #expect(ERAddictionPhase.goalVerification.mayMove(to: .therapeuticProject))
        #expect(ERAddictionPhase.goalVerification.mayMove(to: .goalVerification))
        #expect(ERAddictionPhase.therapeuticProject.mayMove(to: .discharge))
        #expect(!ERAddictionPhase.evaluation.mayMove(to: .therapeuticProject))
        #expect(!ERAddictionPhase.continuityOfCare.mayMove(to: .discharge))
        #expect(ERAddictionPhase.allCases.filter(\.isExtension) == [.discharge, .continuityOfCare])
    }
}
