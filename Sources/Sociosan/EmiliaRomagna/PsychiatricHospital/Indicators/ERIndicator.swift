/// One indicator of the tables of DGR 2000/2009 (seed 002 §2.6, §3.6, §4.6, §5.6, §6.6), as
/// data. ``ERIndicatorCatalogue`` holds all 27. What the computation over activity data counts
/// is named by ``numeratorMeasure`` and ``denominatorMeasure``; the table's own wording of them
/// is ``numerator`` and ``denominator``.
///
/// ```swift
/// let third = ERIndicatorCatalogue.indicator("spoi-ind-5")!
/// third.numeratorMeasure    // .admittedPatients(.withThirdAdmissionWithin12Months)
/// third.denominatorMeasure  // .admittedPatients(.all)
/// third.multiplier          // 100
/// third.standard            // .detectionSystemPresent
/// ```
public struct ERIndicator: Sendable, Hashable, Identifiable {
    /// `<family>-ind-<n>`: `spoi-ind-1` ... `spoi-ind-5`, `res-ind-1` ... `res-ind-7`,
    /// `pg-ind-1` ... `pg-ind-5`, `dca-ind-1` ... `dca-ind-5`, `gp-ind-1` ... `gp-ind-5`
    /// (the numbering of the digest, in table order).
    public let id: String
    public let family: ERIndicatorFamily
    public let name: LocalizedText
    /// The numerator as the table writes it.
    public let numerator: LocalizedText
    /// The denominator as the table writes it (or as read where the table is defective: see
    /// ``decision``).
    public let denominator: LocalizedText
    /// What the numerator counts.
    public let numeratorMeasure: ERIndicatorMeasure
    /// What the denominator counts.
    public let denominatorMeasure: ERIndicatorMeasure
    /// 100 for a percentage, 1 for a bare ratio.
    public let multiplier: Int
    /// *Articolazioni*: the breakdowns the table asks for.
    public let breakdowns: [LocalizedText]
    /// The breakdown that is a ratio of counts, computed beside the value: suicide attempts
    /// over the patients discharged for SPOI-IND-2 and GP-IND-2 (L549-L551, L2688-L2690).
    public let measuredBreakdown: MeasuredBreakdown?
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
        denominator: LocalizedText, numeratorMeasure: ERIndicatorMeasure, denominatorMeasure: ERIndicatorMeasure,
        multiplier: Int, breakdowns: [LocalizedText] = [], measuredBreakdown: MeasuredBreakdown? = nil,
        rationale: LocalizedText, standard: ERIndicatorStandard, levelsOfUse: [ERIndicatorUseLevel],
        dataSources: [ERIndicatorDataSource], frequency: LocalizedText, citation: Citation, decision: String? = nil
    ) {
        self.id = id
        self.family = family
        self.name = name
        self.numerator = numerator
        self.denominator = denominator
        self.numeratorMeasure = numeratorMeasure
        self.denominatorMeasure = denominatorMeasure
        self.multiplier = multiplier
        self.breakdowns = breakdowns
        self.measuredBreakdown = measuredBreakdown
        self.rationale = rationale
        self.standard = standard
        self.levelsOfUse = levelsOfUse
        self.dataSources = dataSources
        self.frequency = frequency
        self.citation = citation
        self.decision = decision
    }

    /// A breakdown of the table computed as a second ratio of two measures.
    ///
    /// ```swift
    /// let breakdown = ERIndicatorCatalogue.indicator("spoi-ind-2")!.measuredBreakdown!
    /// breakdown.numerator    // .events(.suicideAttempts)
    /// breakdown.denominator  // .dischargedStays(.all)
    /// ```
    public struct MeasuredBreakdown: Sendable, Hashable {
        /// The breakdown as the table writes it.
        public let label: LocalizedText
        public let numerator: ERIndicatorMeasure
        public let denominator: ERIndicatorMeasure

        public init(label: LocalizedText, numerator: ERIndicatorMeasure, denominator: ERIndicatorMeasure) {
            self.label = label
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// Every measure the indicator reads: numerator, denominator and those of its measured
    /// breakdown.
    public var measures: [ERIndicatorMeasure] {
        [numeratorMeasure, denominatorMeasure] + (measuredBreakdown.map { [$0.numerator, $0.denominator] } ?? [])
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
