/// One attested requirement of DGR 2000/2009 (seed 002): a sentence that a structure either
/// attests in its dossier or does not (a room, an item of equipment, a procedure, a service
/// agreement, a competence, a training level, a quality process, a documentation item).
///
/// A requirement whose wording the seed repeats for several structure types is written once,
/// with the lines where the seed applies it to each type (digest §1.4-§1.7): the rule of each
/// type cites that type's lines.
///
/// ```swift
/// let item = ERRequirementCatalogue.requirement("restraint-records")!
/// item.applies(to: .rtp)                 // false: the residences ask for alternatives instead
/// item.citation(for: .generalPsychiatry) // 002_6a5f046dd59f793e.txt L2563-L2565
/// ```
public struct ERRequirement: Sendable, Hashable, Identifiable {
    /// Kebab-case code, unique in the catalogue; the value a dossier lists in the array named
    /// by ``area``. Rule ids are `<type.ruleIDPrefix>.<area>.<code>`.
    public let code: String
    public let area: RequirementArea
    /// The requirement in one sentence, in the seed's Italian and in English.
    public let title: LocalizedText
    /// Where the seed applies the requirement to each type; a type without an entry is not
    /// bound by it.
    public let sources: [ERPsychiatricStructureType: Citation]
    /// How the wording differs between types, or the reading taken where the seed is
    /// ambiguous (with the ambiguity id of digest §10).
    public let note: String?

    public var id: String { code }

    public init(
        code: String, area: RequirementArea, title: LocalizedText,
        sources: [ERPsychiatricStructureType: Citation], note: String? = nil
    ) {
        self.code = code
        self.area = area
        self.title = title
        self.sources = sources
        self.note = note
    }

    public func applies(to type: ERPsychiatricStructureType) -> Bool { sources[type] != nil }

    public func citation(for type: ERPsychiatricStructureType) -> Citation? { sources[type] }
}
