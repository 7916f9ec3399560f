/// One indicator of the tables of DGR 2000/2009 (seed 002 §2.6, §3.6, §4.6, §5.6, §6.6), as
/// data. ``ERIndicatorCatalogue`` holds all 27; the computation over activity data is keyed by
/// ``id``.
///
/// ```swift
/// let third = ERIndicatorCatalogue.indicator("spoi-ind-5")!
/// third.multiplier   // 100
/// third.standard     // .detectionSystemPresent
/// ```
public struct ERIndicator: Sendable, Hashable, Identifiable {
    /// `<family>-ind-<n>`: `spoi-ind-1` ... `spoi-ind-5`, `res-ind-1` ... `res-ind-7`,
    /// `pg-ind-1` ... `pg-ind-5`, `dca-ind-1` ... `dca-ind-5`, `gp-ind-1` ... `gp-ind-5`
    /// (the numbering of the digest, in table order).
    public let id: String
    public let family: ERIndicatorFamily
    public let name: LocalizedText
    public let numerator: LocalizedText
    public let denominator: LocalizedText
    /// 100 for a percentage, 1 for a bare ratio.
    public let multiplier: Int
    /// *Articolazioni*: the breakdowns the table asks for.
    public let breakdowns: [LocalizedText]
    public let rationale: LocalizedText
    public let standard: ERIndicatorStandard
    public let levelsOfUse: [ERIndicatorUseLevel]
    public let dataSources: [ERIndicatorDataSource]
    /// *Gestione*: how often and by whom.
    public let frequency: LocalizedText
    /// The whole table entry of the indicator.
    public let citation: Citation
    /// The reading taken where the table is defective or ambiguous, with its ambiguity id.
    public let decision: String?

    public init(
        id: String, family: ERIndicatorFamily, name: LocalizedText, numerator: LocalizedText,
        denominator: LocalizedText, multiplier: Int, breakdowns: [LocalizedText] = [],
        rationale: LocalizedText, standard: ERIndicatorStandard, levelsOfUse: [ERIndicatorUseLevel],
        dataSources: [ERIndicatorDataSource], frequency: LocalizedText, citation: Citation, decision: String? = nil
    ) {
        self.id = id
        self.family = family
        self.name = name
        self.numerator = numerator
        self.denominator = denominator
        self.multiplier = multiplier
        self.breakdowns = breakdowns
        self.rationale = rationale
        self.standard = standard
        self.levelsOfUse = levelsOfUse
        self.dataSources = dataSources
        self.frequency = frequency
        self.citation = citation
        self.decision = decision
    }
}

/// The five indicator tables, and the structure types each applies to.
public enum ERIndicatorFamily: String, Sendable, Hashable, CaseIterable {
    case spoi
    /// RTI, RTI specialistiche and RTP share one table.
    case residences = "res"
    case psychogeriatricRehab = "pg"
    case eatingDisorderRehab = "dca"
    case generalPsychiatry = "gp"

    /// The types whose rows name this family (``StructureType/indicatorFamily``).
    public var structureTypes: [ERPsychiatricStructureType] {
        ERPsychiatricStructureType.allCases.filter { $0.row.indicatorFamily == self }
    }

    public init(structureType: ERPsychiatricStructureType) {
        // Every Emilia-Romagna psychiatric row names its family.
        self = structureType.row.indicatorFamily!
    }
}

/// The standard an indicator's value is held against.
public enum ERIndicatorStandard: Sendable, Hashable {
    /// The table gives none.
    case none
    /// The value must be at least this percentage (for example 100).
    case minimumPercent(Int)
    /// The value must be at most this percentage.
    case maximumPercent(Int)
    /// "Presenza del sistema di rilevazione": met when the structure reports the data at all.
    case detectionSystemPresent
    /// The text speaks of reaching "the standard" but gives no value.
    case unstated
}

/// *Livello di utilizzo*.
public enum ERIndicatorUseLevel: String, Sendable, Hashable, CaseIterable {
    case structure
    case dsm
    case operativeUnit = "operative-unit"
    case company
    case region
}

/// *Fonte dei dati*.
public enum ERIndicatorDataSource: String, Sendable, Hashable, CaseIterable {
    case clinicalRecord = "clinical-record"
    case sdo
    case regionalIncidentSystem = "regional-incident-system"
    case adHocSurvey = "ad-hoc-survey"
    case register
    case dischargeLetter = "discharge-letter"
}
