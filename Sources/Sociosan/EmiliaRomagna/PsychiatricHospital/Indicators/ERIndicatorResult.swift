/// One indicator computed for one structure and one calendar year by
/// ``ERIndicatorCalculator``: the counts, the value in the indicator's own unit, and how it
/// stands against the indicator's standard.
///
/// ```swift
/// let result = results.first { $0.indicator.id == "spoi-ind-1" }!
/// result.numerator, result.denominator  // 47, 50
/// result.value                          // 94.0 (multiplier 100)
/// result.status                         // .notMet (the standard is 100 %)
/// ```
public struct ERIndicatorResult: Sendable, Hashable {
    public let indicator: ERIndicator
    public let structure: StructureID
    public let structureType: ERPsychiatricStructureType
    public let year: Int
    public let numerator: Int
    public let denominator: Int
    /// The second ratio the table asks for, when it has one: suicide attempts over the same
    /// denominator for SPOI-IND-2 and GP-IND-2 (L549-L551, L2688-L2690).
    public let breakdown: Breakdown?
    /// With auditing on: the ids of the stays (or events) that make the numerator, in the
    /// order they were read (sorted by id for the third-admission indicators); empty otherwise.
    public let numeratorRecords: [ActivityID]

    public init(
        indicator: ERIndicator, structure: StructureID, structureType: ERPsychiatricStructureType, year: Int,
        numerator: Int, denominator: Int, breakdown: Breakdown? = nil, numeratorRecords: [ActivityID] = []
    ) {
        self.indicator = indicator
        self.structure = structure
        self.structureType = structureType
        self.year = year
        self.numerator = numerator
        self.denominator = denominator
        self.breakdown = breakdown
        self.numeratorRecords = numeratorRecords
    }

    /// `numerator / denominator × multiplier`; `nil` with a zero denominator.
    public var value: Double? { indicator.value(numerator: numerator, denominator: denominator) }

    /// How the counts stand against the indicator's standard.
    public var status: Status {
        switch indicator.standard {
        case .none, .unstated: return .noStandard
        case .detectionSystemPresent, .minimumPercent, .maximumPercent:
            switch indicator.isMet(numerator: numerator, denominator: denominator) {
            case .some(true): return .met
            case .some(false): return .notMet
            case .none: return .notMeasurable
            }
        }
    }

    /// A secondary ratio of the same entry.
    public struct Breakdown: Sendable, Hashable {
        public let label: LocalizedText
        public let numerator: Int
        public let denominator: Int

        public init(label: LocalizedText, numerator: Int, denominator: Int) {
            self.label = label
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// Met, not met, no standard to judge by, or nothing to measure.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case met
        case notMet = "not-met"
        /// The table gives no standard, or names one without a value.
        case noStandard = "no-standard"
        /// A percentage standard over a zero denominator: nothing happened to judge.
        case notMeasurable = "not-measurable"

        public var label: LocalizedText {
            switch self {
            case .met: return LocalizedText(it: "raggiunto", en: "met")
            case .notMet: return LocalizedText(it: "non raggiunto", en: "not met")
            case .noStandard: return LocalizedText(it: "nessuno standard", en: "no standard")
            case .notMeasurable: return LocalizedText(it: "non misurabile", en: "not measurable")
            }
        }
    }
}
