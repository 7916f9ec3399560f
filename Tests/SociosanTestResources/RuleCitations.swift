import Foundation
import Sociosan
import Testing

extension TestResources {
    /// Checks that the catalogued rule `ruleID` cites lines inside its seed and that those lines
    /// mention `keyword`; returns the rule, for the suite's own further checks (its seed, its
    /// `decision`). Run it from a test marked ``requiresSeeds``.
    ///
    /// ```swift
    /// @Test(.requiresSeeds, arguments: [("sicily.planning.module-split", "due strutture da 10 PL")])
    /// func citationsPointAtTheRightText(ruleID: String, keyword: String) throws {
    ///     let rule = try TestResources.expectCitation(of: ruleID, mentions: keyword)
    ///     #expect(rule.citation?.seed == .structuresSicily)
    /// }
    /// ```
    @discardableResult
    public static func expectCitation(
        of ruleID: String, mentions keyword: String, ignoringCase: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> RuleDescriptor {
        let rule = try #require(DossierCatalogue.rule(RuleID(rawValue: ruleID)), "no rule \(ruleID) in the catalogue",
                                sourceLocation: sourceLocation)
        try expectCitation(of: rule, mentions: keyword, ignoringCase: ignoringCase, sourceLocation: sourceLocation)
        return rule
    }

    /// The same check for a rule at hand (one of a rule set's descriptors).
    ///
    /// - Parameter ignoringCase: compare without letter case, reading the line breaks of the
    ///   cited lines as spaces (a keyword may then run over two lines of the seed).
    public static func expectCitation(
        of rule: RuleDescriptor, mentions keyword: String, ignoringCase: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let citation = try #require(rule.citation, "\(rule.id) cites nothing", sourceLocation: sourceLocation)
        let cited = try #require(seedText(citation.seed.fileName, lines: citation.firstLine, through: citation.lastLine),
                                 "\(rule.id) cites \(citation), outside its seed", sourceLocation: sourceLocation)
        let mentions = ignoringCase
            ? cited.replacingOccurrences(of: "\n", with: " ").lowercased().contains(keyword.lowercased())
            : cited.contains(keyword)
        #expect(mentions, "\(rule.id) cites \(citation), which does not mention \"\(keyword)\"", sourceLocation: sourceLocation)
    }
}
