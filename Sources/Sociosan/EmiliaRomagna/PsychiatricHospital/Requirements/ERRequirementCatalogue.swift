/// Every attested requirement of seed 002, each written once (see ``ERRequirement``).
///
/// The data lives in one file per area (`ERRequirementCatalogue+Spaces.swift`, ...); `all`
/// concatenates them in area order (the order of ``RequirementArea``), seed order within each area.
/// The SPOI's requirements keep the codes, areas, citations and titles of ``SPOIRequirement``,
/// which reads them from here.
///
/// Not in the catalogue, because they are not attestations: numeric structural figures (beds per
/// room, m² areas, clinic rooms per 20 beds, modules), staffing (the staffing calculator), access
/// channels and times, and lengths of stay (the activity data).
///
/// ```swift
/// ERRequirementCatalogue.requirements(for: .eatingDisorderRehab).count
/// ERRequirementCatalogue.requirement("restraint-records")?.applies(to: .rtp)  // false
/// ERRequirementCatalogue.condition(of: "bariatric-beds")?.english  // "Only when the structure treats ..."
/// ```
public enum ERRequirementCatalogue {
    /// The catalogue, in seed order within each area.
    public static let all: [ERRequirement] =
        spaces + equipment + procedures + services + competence + training + quality + documentation

    /// The requirements that bind one structure type, in catalogue order.
    public static func requirements(for type: ERPsychiatricStructureType) -> [ERRequirement] {
        all.filter { $0.applies(to: type) }
    }

    public static func requirement(_ code: String) -> ERRequirement? {
        index[code].map { all[$0] }
    }

    /// The requirements of one area that bind one type, in catalogue order (the canonical order
    /// of the dossier array named by the area).
    ///
    /// ```swift
    /// ERRequirementCatalogue.requirements(for: .rtp, in: .training).map(\.code)
    /// // ["workplace-level", "unit-level", "collaborator-level", "managerial", "annual-training-programme"]
    /// ```
    public static func requirements(for type: ERPsychiatricStructureType, in area: RequirementArea) -> [ERRequirement] {
        all.filter { $0.area == area && $0.applies(to: type) }
    }

    /// The condition under which a conditional requirement binds a structure of a type it applies
    /// to (the seed's "qualora ..."), in Italian and English; `nil` for a requirement that binds
    /// unconditionally. A dossier rule should ask for a conditional requirement only when the
    /// dossier states that the condition holds.
    ///
    /// ```swift
    /// ERRequirementCatalogue.condition(of: "external-lab-agreements")?.italian
    /// // "Solo se gli esami sono eseguiti da laboratori esterni alla struttura"
    /// ```
    public static func condition(of code: String) -> LocalizedText? { conditions[code] }

    /// Conditional requirements and their condition (seed lines in each entry's note).
    static let conditions: [String: LocalizedText] = [
        "bariatric-beds": LocalizedText(
            it: "Solo se l'offerta della struttura prevede prestazioni per i grandi obesi",
            en: "Only when the structure treats severely obese patients"),
        "external-lab-agreements": LocalizedText(
            it: "Solo se gli esami sono eseguiti da laboratori esterni alla struttura",
            en: "Only when tests are carried out by laboratories outside the structure"),
    ]

    /// Position of each code in `all`.
    private static let index: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, requirement) in all.enumerated() where index[requirement.code] == nil {
            index[requirement.code] = position
        }
        return index
    }()
}

extension ERRequirementCatalogue {
    /// The sources of one requirement: the seed lines where each type's section states it.
    /// `residences` applies to RTI, RTI specialistica and RTP alike (one section, L836-L1511);
    /// `rtiSpecialist` is for the sentences the seed addresses to the specialist RTI only.
    static func sources(
        spoi: ClosedRange<Int>? = nil,
        residences: ClosedRange<Int>? = nil,
        rtiSpecialist: ClosedRange<Int>? = nil,
        psychogeriatric: ClosedRange<Int>? = nil,
        dca: ClosedRange<Int>? = nil,
        general: ClosedRange<Int>? = nil
    ) -> [ERPsychiatricStructureType: Citation] {
        var sources: [ERPsychiatricStructureType: Citation] = [:]
        func add(_ type: ERPsychiatricStructureType, _ lines: ClosedRange<Int>?) {
            if let lines { sources[type] = Citation(.psychiatricStructuresER, lines: lines) }
        }
        add(.spoi, spoi)
        add(.rti, residences)
        add(.rtiSpecialist, residences ?? rtiSpecialist)
        add(.rtp, residences)
        add(.psychogeriatricRehab, psychogeriatric)
        add(.eatingDisorderRehab, dca)
        add(.generalPsychiatry, general)
        return sources
    }
}
