extension IndicatorPage {
    /// The page of the DGR 2000/2009 indicators (seed 002): a section per structure and year
    /// with the same rows as `sociosan indicators` prints, in the same order, then per year a
    /// comparison section with a bar chart per indicator that two or more structures report,
    /// the standard drawn across where the table gives one.
    ///
    /// With `audit`, each row lists the stays or events of its numerator in a `<details>`
    /// element of the HTML (closed on screen and on paper: a reader opens it).
    ///
    /// ```swift
    /// let results = calculator.finalResults()
    /// let page = IndicatorPage(emiliaRomagna: results, lines: 68, language: .english)
    /// let html = IndicatorPageHTML.render(page)
    /// ```
    public init(emiliaRomagna results: [ERIndicatorResult], lines: Int? = nil, language: Language, audit: Bool = false) {
        var sections: [Section] = []
        for group in ERIndicatorResult.groups(results) {
            let first = group[group.startIndex]
            let family = ERIndicatorFamily(structureType: first.structureType)
            let type = first.structureType.label
            sections.append(Section(
                id: "\(first.structure.rawValue)-\(first.year)",
                title: LocalizedText(it: "\(first.structure.rawValue) (\(type.italian)) \(first.year)",
                                     en: "\(first.structure.rawValue) (\(type.english)) \(first.year)"),
                subtitle: LocalizedText(it: family.label.italian + " [" + family.tableCitation.description + "]",
                                        en: family.label.english + " [" + family.tableCitation.description + "]"),
                rows: group.map { Self.row($0, audit: audit) }))
        }
        sections += Self.comparisons(results)

        var notes: [LocalizedText] = []
        if results.isEmpty {
            notes.append(LocalizedText(it: "nessun risultato: nessuna attività per i filtri dati",
                                       en: "no results: no activity for the filters given"))
        }
        if let lines {
            let counts = LocalizedText(it: "{0} righe lette, {1} risultati", en: "{0} lines read, {1} results")
            let arguments: [MessageArgument] = [.integer(lines), .integer(results.count)]
            notes.append(LocalizedText(it: counts.render(arguments, in: .italian), en: counts.render(arguments, in: .english)))
        }
        notes.append(LocalizedText(
            it: "Fonte: DGR Emilia-Romagna 2000/2009, tabelle degli indicatori. Valori calcolati dai conteggi esatti, "
                + "arrotondati solo nella scrittura; \"-\": denominatore zero.",
            en: "Source: DGR Emilia-Romagna 2000/2009, indicator tables. Values computed from the exact counts, "
                + "rounded only when written; \"-\": zero denominator."))
        self.init(
            title: LocalizedText(it: "Indicatori della DGR 2000/2009", en: "Indicators of DGR 2000/2009"),
            subtitle: LocalizedText(it: "Emilia-Romagna, strutture psichiatriche: indicatori per struttura e anno",
                                    en: "Emilia-Romagna psychiatric structures: indicators per structure and year"),
            language: language, sections: sections, notes: notes)
    }

    static func row(_ result: ERIndicatorResult, audit: Bool) -> Row {
        let indicator = result.indicator
        var notes: [LocalizedText] = []
        if let breakdown = result.breakdown {
            let counts = ": \(breakdown.numerator)/\(breakdown.denominator)"
            notes.append(LocalizedText(it: breakdown.label.italian + counts, en: breakdown.label.english + counts))
        }
        return Row(
            id: indicator.id, name: indicator.name, numerator: result.numerator, denominator: result.denominator,
            value: IndicatorValue(numerator: result.numerator, denominator: result.denominator, unit: unit(indicator)),
            standard: indicator.standard.label, outcome: outcome(result.status), citation: indicator.citation.description,
            notes: notes, records: audit ? result.numeratorRecords.map(\.rawValue) : [])
    }

    /// A percentage where the table multiplies by 100, a bare ratio otherwise.
    static func unit(_ indicator: ERIndicator) -> IndicatorValue.Unit {
        indicator.multiplier == 100 ? .percent : .ratio
    }

    static func outcome(_ status: ERIndicatorResult.Status) -> IndicatorOutcome {
        switch status {
        case .met: return .met
        case .notMet: return .notMet
        case .notMeasurable: return .notMeasurable
        case .noStandard: return .none
        }
    }

    /// Per year, a bar chart for each indicator that two or more structures report, bars in
    /// the order of the sections.
    static func comparisons(_ results: [ERIndicatorResult]) -> [Section] {
        var years: [Int] = []
        for result in results where !years.contains(result.year) { years.append(result.year) }
        return years.sorted().compactMap { year -> Section? in
            let ofYear = results.filter { $0.year == year }
            var indicators: [ERIndicator] = []
            for result in ofYear where !indicators.contains(result.indicator) { indicators.append(result.indicator) }
            indicators.sort { ($0.family.rawValue, number($0.id)) < ($1.family.rawValue, number($1.id)) }
            let charts = indicators.compactMap { indicator -> Chart? in
                let entries = ofYear.filter { $0.indicator == indicator }
                guard entries.count >= 2 else { return nil }
                let unit = unit(indicator)
                let bars = entries.map { result in
                    BarChart.Bar(label: LocalizedText(it: result.structure.rawValue, en: result.structure.rawValue),
                                 value: IndicatorValue(numerator: result.numerator, denominator: result.denominator, unit: unit),
                                 outcome: outcome(result.status))
                }
                return .bars(BarChart(indicator: indicator.id, title: indicator.name, unit: unit, bars: bars,
                                      target: target(indicator.standard, unit: unit)))
            }
            guard !charts.isEmpty else { return nil }
            return Section(
                id: "comparison-\(year)",
                title: LocalizedText(it: "Confronto tra strutture, \(year)", en: "Comparison across structures, \(year)"),
                subtitle: LocalizedText(it: "Un grafico per indicatore riportato da almeno due strutture; in verde raggiunto, "
                                            + "in rosso non raggiunto, in blu senza standard.",
                                        en: "One chart per indicator reported by at least two structures; green met, "
                                            + "red not met, blue no standard."),
                charts: charts)
        }
    }

    /// The standard as a value to draw: a percentage bound, in the chart's unit.
    static func target(_ standard: ERIndicatorStandard, unit: IndicatorValue.Unit) -> IndicatorValue? {
        switch standard {
        case .minimumPercent(let percent), .maximumPercent(let percent):
            // A share of percent hundredths: 100 % is 1, written 100% or 1 by the unit.
            return IndicatorValue(numerator: percent, denominator: 100, unit: unit)
        case .none, .unstated, .detectionSystemPresent:
            return nil
        }
    }

    /// The table number at the end of an id (`spoi-ind-12` gives 12), so that 10 sorts after 9.
    static func number(_ id: String) -> Int {
        Int(id.split(separator: "-").last ?? "") ?? 0
    }
}

extension ERIndicatorResult {
    /// The results of one structure (and type) and year, in a row: how the text report and
    /// the page group ``ERIndicatorCalculator``'s results, which come sorted that way.
    ///
    /// ```swift
    /// for group in ERIndicatorResult.groups(calculator.results()) {
    ///     print(group.first!.structure, group.first!.year, group.count)  // spoi-bo-maggiore 2025 5
    /// }
    /// ```
    public static func groups(_ results: [ERIndicatorResult]) -> [ArraySlice<ERIndicatorResult>] {
        var groups: [ArraySlice<ERIndicatorResult>] = []
        var index = 0
        while index < results.count {
            let first = results[index]
            var end = index
            while end < results.count, results[end].structure == first.structure,
                  results[end].structureType == first.structureType, results[end].year == first.year {
                end += 1
            }
            groups.append(results[index..<end])
            index = end
        }
        return groups
    }
}
