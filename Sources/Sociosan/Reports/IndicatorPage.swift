/// A page of indicators, independent of the region and of the regulation: what
/// ``IndicatorPageHTML`` turns into one self-contained HTML document. A region's report builds
/// it from its own results (``IndicatorPage/init(emiliaRomagna:lines:language:audit:)`` for the
/// Emilia-Romagna indicators); the renderer knows nothing of structures, ASSTs or seeds.
///
/// The page holds sections (one per structure and year, one per ASST, a comparison, ...), each
/// with a table of indicator rows and charts; then the indicators that the seed reports but
/// records cannot yield, with the value as printed and its precision; then notes.
///
/// ```swift
/// let share = IndicatorPage.Row(
///     id: "LI09", name: LocalizedText(it: "Valutazione strutturata iniziale", en: "Initial structured assessment"),
///     numerator: 34, denominator: 40, value: IndicatorValue(numerator: 34, denominator: 40, unit: .percent),
///     citation: "seed 003, L410-L415")
/// let funnel = IndicatorPage.FunnelChart(
///     title: LocalizedText(it: "Percorso del PTI", en: "PTI funnel"),
///     steps: [.init(label: LocalizedText(it: "attivato", en: "activated"), count: 40),
///             .init(label: LocalizedText(it: "condiviso", en: "shared"), count: 31)])
/// let page = IndicatorPage(
///     title: LocalizedText(it: "Indicatori ImpleMENTAL", en: "ImpleMENTAL indicators"), language: .english,
///     sections: [.init(id: "asst-lodi", title: LocalizedText(it: "ASST di Lodi", en: "ASST of Lodi"),
///                      rows: [share], charts: [.funnel(funnel)])])
/// let html = IndicatorPageHTML.render(page)  // "<!DOCTYPE html>\n<html lang=\"en\">..."
/// ```
public struct IndicatorPage: Sendable, Hashable {
    public var title: LocalizedText
    public var subtitle: LocalizedText?
    /// The language every text of the page is written in; also the page's `lang`.
    public var language: Language
    public var sections: [Section]
    /// Indicators the seed reports that the records cannot yield, listed after the sections.
    public var notComputable: [NotComputable]
    /// Closing remarks: the source, the counts read, the readings taken where a seed is open.
    public var notes: [LocalizedText]

    public init(
        title: LocalizedText, subtitle: LocalizedText? = nil, language: Language, sections: [Section] = [],
        notComputable: [NotComputable] = [], notes: [LocalizedText] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.sections = sections
        self.notComputable = notComputable
        self.notes = notes
    }

    /// One part of the page: a group (a structure in a year, an ASST, an age band) with its
    /// table and its charts, or charts alone (a comparison across groups).
    ///
    /// ```swift
    /// IndicatorPage.Section(id: "spoi-bo-maggiore-2025",
    ///                       title: LocalizedText(it: "spoi-bo-maggiore 2025", en: "spoi-bo-maggiore 2025"),
    ///                       rows: rows)
    /// ```
    public struct Section: Sendable, Hashable {
        /// The anchor of the section in the page (`#id`); letters, digits, `-`, `_` and `.`
        /// are kept, anything else becomes `-`.
        public var id: String
        public var title: LocalizedText
        public var subtitle: LocalizedText?
        public var rows: [Row]
        public var charts: [Chart]

        public init(id: String, title: LocalizedText, subtitle: LocalizedText? = nil, rows: [Row] = [], charts: [Chart] = []) {
            self.id = id
            self.title = title
            self.subtitle = subtitle
            self.rows = rows
            self.charts = charts
        }
    }

    /// One indicator in one group: the counts, the exact value, the standard and the outcome.
    ///
    /// ```swift
    /// IndicatorPage.Row(id: "spoi-ind-1", name: indicator.name, numerator: 5, denominator: 6,
    ///                   value: IndicatorValue(numerator: 5, denominator: 6, unit: .percent),
    ///                   standard: LocalizedText(it: "almeno 100%", en: "at least 100%"), outcome: .notMet,
    ///                   citation: "DGR Emilia-Romagna 2000/2009, L435-L835")
    /// ```
    public struct Row: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        /// `nil` for a value that is not a ratio of two counts (a median).
        public var numerator: Int?
        public var denominator: Int?
        /// `nil` when there is nothing to compute (a zero denominator): the page shows `-`.
        public var value: IndicatorValue?
        /// The standard or target as the reader sees it; `nil` shows as "-".
        public var standard: LocalizedText?
        public var outcome: IndicatorOutcome
        /// Where the indicator is defined, as a reader cites it.
        public var citation: String
        /// Lines shown under the row (a second ratio, a reading taken).
        public var notes: [LocalizedText]
        /// The records behind the numerator (an audit); listed in a `<details>` element.
        public var records: [String]

        public init(
            id: String, name: LocalizedText, numerator: Int? = nil, denominator: Int? = nil, value: IndicatorValue?,
            standard: LocalizedText? = nil, outcome: IndicatorOutcome = .none, citation: String,
            notes: [LocalizedText] = [], records: [String] = []
        ) {
            self.id = id
            self.name = name
            self.numerator = numerator
            self.denominator = denominator
            self.value = value
            self.standard = standard
            self.outcome = outcome
            self.citation = citation
            self.notes = notes
            self.records = records
        }
    }

    /// A chart of a section, drawn as inline SVG.
    public enum Chart: Sendable, Hashable {
        case bars(BarChart)
        case funnel(FunnelChart)
    }

    /// One indicator across groups: a horizontal bar per group, to scale, with its value
    /// written beside it; an optional target drawn as a dashed line.
    ///
    /// ```swift
    /// IndicatorPage.BarChart(
    ///     indicator: "LI18", title: LocalizedText(it: "Con case manager", en: "With a case manager"), unit: .percent,
    ///     bars: [.init(label: LocalizedText(it: "Lodi", en: "Lodi"),
    ///                  value: IndicatorValue(numerator: 9, denominator: 12, unit: .percent))])
    /// ```
    public struct BarChart: Sendable, Hashable {
        /// The indicator drawn; written in the chart's title.
        public var indicator: String
        public var title: LocalizedText
        public var unit: IndicatorValue.Unit
        public var bars: [Bar]
        /// A target or standard in the same unit, drawn across the bars.
        public var target: IndicatorValue?

        public init(indicator: String, title: LocalizedText, unit: IndicatorValue.Unit, bars: [Bar], target: IndicatorValue? = nil) {
            self.indicator = indicator
            self.title = title
            self.unit = unit
            self.bars = bars
            self.target = target
        }

        /// One group's bar; `nil` value: nothing to compute, drawn as `-` with no bar.
        public struct Bar: Sendable, Hashable {
            public var label: LocalizedText
            public var value: IndicatorValue?
            public var outcome: IndicatorOutcome

            public init(label: LocalizedText, value: IndicatorValue?, outcome: IndicatorOutcome = .none) {
                self.label = label
                self.value = value
                self.outcome = outcome
            }
        }
    }

    /// Ordered steps that each keep part of the one before (PTI activated, shared with the
    /// patient, signed, shared with social services, carried out): a bar per step, to the
    /// scale of the first, with the count and its share of the first step.
    ///
    /// ```swift
    /// IndicatorPage.FunnelChart(title: LocalizedText(it: "PTI", en: "PTI"),
    ///                           steps: [.init(label: LocalizedText(it: "attivato", en: "activated"), count: 40)])
    /// ```
    public struct FunnelChart: Sendable, Hashable {
        public var title: LocalizedText
        public var steps: [Step]

        public init(title: LocalizedText, steps: [Step]) {
            self.title = title
            self.steps = steps
        }

        public struct Step: Sendable, Hashable {
            public var label: LocalizedText
            public var count: Int

            public init(label: LocalizedText, count: Int) {
                self.label = label
                self.count = count
            }
        }
    }

    /// An indicator the seed reports but the records cannot yield: listed with the value the
    /// seed prints and how precise that print is.
    ///
    /// ```swift
    /// IndicatorPage.NotComputable(
    ///     id: "LI21", name: LocalizedText(it: "Pazienti con lavoro", en: "Patients in work"),
    ///     printedValue: LocalizedText(it: "circa un terzo", en: "about a third"), precision: .approximate,
    ///     citation: "seed 003, L702")
    /// ```
    public struct NotComputable: Sendable, Hashable {
        public var id: String
        public var name: LocalizedText
        /// The value as the seed prints it (`"68%"`, `"circa un terzo"`).
        public var printedValue: LocalizedText
        public var precision: IndicatorPrecision
        public var citation: String
        /// Why the records cannot yield it, when worth saying.
        public var reason: LocalizedText?

        public init(
            id: String, name: LocalizedText, printedValue: LocalizedText, precision: IndicatorPrecision,
            citation: String, reason: LocalizedText? = nil
        ) {
            self.id = id
            self.name = name
            self.printedValue = printedValue
            self.precision = precision
            self.citation = citation
            self.reason = reason
        }
    }

    /// Every indicator id on the page, in page order, each once: rows, charts, then the
    /// indicators not computable. A test holds a rendered page against it.
    public var indicatorIDs: [String] {
        var seen = Set<String>(), ids: [String] = []
        func add(_ id: String) { if seen.insert(id).inserted { ids.append(id) } }
        for section in sections {
            for row in section.rows { add(row.id) }
            for case .bars(let chart) in section.charts { add(chart.indicator) }
        }
        for entry in notComputable { add(entry.id) }
        return ids
    }
}

/// How an indicator stands against its standard or target.
public enum IndicatorOutcome: String, Sendable, Hashable, CaseIterable {
    case met
    case notMet = "not-met"
    /// A standard that a zero denominator leaves nothing to judge by.
    case notMeasurable = "not-measurable"
    /// No standard or target to judge by.
    case none

    public var label: LocalizedText {
        switch self {
        case .met: return LocalizedText(it: "raggiunto", en: "met")
        case .notMet: return LocalizedText(it: "non raggiunto", en: "not met")
        case .notMeasurable: return LocalizedText(it: "non misurabile", en: "not measurable")
        case .none: return LocalizedText(it: "nessuno standard", en: "no standard")
        }
    }
}

/// How precisely a seed prints a value it reports.
public enum IndicatorPrecision: String, Sendable, Hashable, CaseIterable {
    /// The value as printed is the value (a count, a share of small counts).
    case exact
    /// Rounded as printed (`68%`): the true value lies within half a unit of the last digit.
    case rounded
    /// Words, not a number (`"circa un terzo"`, `"la maggioranza"`).
    case approximate

    public var label: LocalizedText {
        switch self {
        case .exact: return LocalizedText(it: "esatto", en: "exact")
        case .rounded: return LocalizedText(it: "arrotondato", en: "rounded")
        case .approximate: return LocalizedText(it: "approssimato", en: "approximate")
        }
    }
}

/// An exact indicator value: a ratio of two integers in a unit, never a floating-point
/// number, rounded half up only when written.
///
/// ```swift
/// let share = IndicatorValue(numerator: 1, denominator: 3, unit: .percent)!
/// share.rounded                    // (3333, 2): 33.33
/// share.text(in: .italian)         // "33,33%"
/// IndicatorValue(numerator: 5, denominator: 6, unit: .ratio)!.text(in: .english)  // "0.833"
/// IndicatorValue.count(7, over: 2).text(in: .english)                           // "3.5" (a median)
/// ```
public struct IndicatorValue: Sendable, Hashable {
    /// What the ratio means and how it is written.
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// numerator / denominator × 100, written with `%` and up to two decimals.
        case percent
        /// numerator / denominator, up to three decimals.
        case ratio
        /// A number of things (a count, a median of counts), up to two decimals.
        case count

        /// Decimals kept when the value is written (trailing zeros are dropped).
        public var scale: Int {
            switch self {
            case .percent, .count: return 2
            case .ratio: return 3
            }
        }
    }

    public let numerator: Int
    public let denominator: Int
    public let unit: Unit

    /// `nil` with a zero denominator: there is nothing to compute. A negative denominator is
    /// folded into the numerator's sign.
    public init?(numerator: Int, denominator: Int, unit: Unit) {
        guard denominator != 0 else { return nil }
        self.numerator = denominator < 0 ? -numerator : numerator
        self.denominator = abs(denominator)
        self.unit = unit
    }

    /// A count, or a count over a small divisor (a median of an even number of patients is
    /// half a sum).
    public static func count(_ value: Int, over divisor: Int = 1) -> IndicatorValue {
        IndicatorValue(numerator: value, denominator: max(divisor, 1), unit: .count)!
    }

    /// The value in the unit as a fixed-point integer, rounded half away from zero:
    /// `value / 10^scale`.
    public var rounded: (value: Int, scale: Int) {
        let scale = unit.scale
        var power = 1
        for _ in 0..<scale { power *= 10 }
        let multiplier = unit == .percent ? 100 : 1
        let magnitude = (2 * numerator.magnitude * UInt(multiplier * power) + UInt(denominator)) / (2 * UInt(denominator))
        return (numerator < 0 ? -Int(magnitude) : Int(magnitude), scale)
    }

    /// The value as the language writes it: `33,33%` / `33.33%`, `0,833` / `0.833`.
    public func text(in language: Language) -> String {
        let (value, scale) = rounded
        let text = MessageArgument.fixed(value, scale: scale).text(in: language)
        return unit == .percent ? text + "%" : text
    }
}
