import Testing
import Foundation
@testable import Sociosan

@Suite("Rule catalogue")
struct CatalogueTests {
    @Test func ruleIdsAreUniqueAndWellFormed() {
        let ids = DossierCatalogue.rules.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" }, "\(id)")
        }
    }

    @Test func everyRegulationRuleCitesLinesThatExistInItsSeed() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/seeds").standardizedFileURL
        for rule in DossierCatalogue.rules where !rule.kinds.isEmpty {
            let citation = try #require(rule.citation, "\(rule.id) has no citation")
            let text = try String(contentsOf: seeds.appendingPathComponent(citation.seed.fileName), encoding: .utf8)
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(citation.firstLine >= 1 && citation.firstLine <= citation.lastLine && citation.lastLine <= lineCount, "\(rule.id): \(citation)")
        }
    }

    @Test func messagesHaveTheSamePlaceholdersInBothLanguages() {
        for rule in DossierCatalogue.rules {
            #expect(rule.message.placeholderCount.italian == rule.message.placeholderCount.english, "\(rule.id)")
            #expect(!rule.title.italian.isEmpty && !rule.title.english.isEmpty && rule.title.italian != rule.title.english, "\(rule.id)")
        }
    }

    @Test func everyKindHasRulesAndEveryRuleAKnownKind() {
        let kinds = Set(DossierCatalogue.kinds.map(\.kind))
        for rule in DossierCatalogue.rules { #expect(rule.kinds.allSatisfy(kinds.contains)) }
        for kind in kinds { #expect(DossierCatalogue.rules(for: kind).contains { !$0.kinds.isEmpty }) }
    }

    // The cited lines really speak of what the rule checks: a keyword from the seed per rule family.
    @Test(arguments: [
        ("er.spoi.staff.non-medical-minimum", "75%"),
        ("er.spoi.staff.medical-minimum", "13%"),
        ("er.spoi.access.no-tso", "TSO"),
        ("er.spoi.rooms.single-room", "1 posto letto"),
        ("er.spoi.nucleus.size", "18/20"),
        ("er.spoi.staff.guard-physician-24h", "Guardia Medica"),
        ("er.spoi.documentation.restraint-records", "contenzione"),
        ("er.spoi.equipment.protected-telephone", "telefonico"),
        ("er.spoi.discipline-code", "40.2"),
    ])
    func citationsPointAtTheRightText(ruleID: String, keyword: String) throws {
        let rule = try #require(DossierCatalogue.rule(RuleID(rawValue: ruleID)))
        let citation = try #require(rule.citation)
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/seeds")
        let lines = try String(contentsOf: seeds.appendingPathComponent(citation.seed.fileName), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let cited = lines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: "\n")
        #expect(cited.contains(keyword), "\(ruleID) cites \(citation) which does not mention \(keyword)")
    }
}
