extension IndicatorPage {
    /// The page of the ImpleMENTAL indicators (seed 003): a section for the whole file and one
    /// per group (ASST, EI, age band or quarter, as the report was split), each with the rows
    /// `sociosan implemental indicators` prints and the PTI funnel (activated, signed by the
    /// patient, shared with the social services, carried out; Figures 20-21, L612-L631); then,
    /// when there are groups, a comparison section with a bar chart per share; then the
    /// indicators the records cannot yield, with the seed's figure and its precision.
    ///
    /// ```swift
    /// var calculator = ImplementalIndicatorCalculator(grouping: .asst)
    /// for record in records { calculator.add(record) }
    /// let html = IndicatorPageHTML.render(IndicatorPage(implemental: calculator.report(), language: .italian))
    /// ```
    public init(implemental report: ImplementalIndicatorReport, language: Language, audit: Bool = false) {
        var sections: [Section] = []
        for group in report.groups {
            let title = Self.implementalTitle(group, grouping: report.grouping)
            let counts = LocalizedText(it: "{0} pazienti, {1} con i primi tre mesi conclusi",
                                       en: "{0} patients, {1} with their first three months over")
            let arguments: [MessageArgument] = [.integer(group.patients), .integer(group.windowClosed)]
            sections.append(Section(
                id: "group-" + (group.key ?? "all"), title: title,
                subtitle: LocalizedText(it: counts.render(arguments, in: .italian), en: counts.render(arguments, in: .english)),
                rows: group.results.map { Self.implementalRow($0, audit: audit) },
                charts: [.funnel(Self.ptiFunnel(group))]))
        }
        let groups = report.groups.dropFirst()
        if !groups.isEmpty {
            let shares = report.groups[0].results.filter { $0.indicator.unit == .percent }.map(\.indicator)
            sections.append(Section(
                id: "comparison",
                title: LocalizedText(it: "Confronto tra i gruppi", en: "Comparison across groups"),
                charts: shares.map { indicator in
                    .bars(BarChart(indicator: indicator.id, title: indicator.title, unit: .percent, bars: groups.map { group in
                        let result = group.result(indicator.id)
                        return BarChart.Bar(label: Self.implementalTitle(group, grouping: report.grouping),
                                            value: result.flatMap(Self.implementalValue))
                    }, target: indicator.seedFigure.precision == .exact
                        ? indicator.seedFigure.value.flatMap { IndicatorValue(numerator: Int($0.rounded()), denominator: 100, unit: .percent) }
                        : nil))
                }))
        }
        let asOf = report.asOf.map { date in
            LocalizedText(it: "alla data " + MessageArgument.date(date).text(in: .italian), en: "as of " + date.description)
        }
        self.init(
            title: LocalizedText(it: "Indicatori ImpleMENTAL, progetto pilota lombardo", en: "ImpleMENTAL indicators, Lombardy pilot"),
            subtitle: asOf,
            language: language, sections: sections,
            notComputable: report.notFromRecords.map { indicator in
                NotComputable(id: indicator.id, name: indicator.title, printedValue: indicator.seedFigure.text,
                              precision: indicator.seedFigure.precision == .exact ? .exact : .approximate,
                              citation: indicator.citation.description,
                              reason: LocalizedText(it: "non ricavabile dai record di attività (questionari, formazione, gruppi)",
                                                    en: "not derivable from activity records (questionnaires, training, groups)"))
            },
            notes: [
                LocalizedText(
                    it: "Fonte: Regione Lombardia, JA ImpleMENTAL, progetto pilota lombardo (seed 003). Il valore del seed è accanto a ogni indicatore, con la sua precisione.",
                    en: "Source: Regione Lombardia, JA ImpleMENTAL, Lombardy pilot (seed 003). The seed's figure is beside each indicator, with its precision."),
                LocalizedText(
                    it: "Primi tre mesi (LI08-LI12): tre mesi di calendario dalla data di arruolamento, escluso il giorno finale; un paziente i cui tre mesi non sono conclusi è escluso dai denominatori (decisione IM-13, L505, L517-L518).",
                    en: "First three months (LI08-LI12): three calendar months from the enrolment date, the end day excluded; a patient whose three months are not over is left out of the denominators (decision IM-13, L505, L517-L518)."),
                LocalizedText(
                    it: "\(report.records) record letti, \(report.unmatchedRecords) senza arruolamento precedente (non contati).",
                    en: "\(report.records) records read, \(report.unmatchedRecords) without an earlier enrolment (not counted)."),
            ])
    }

    static func implementalTitle(_ group: ImplementalIndicatorGroup, grouping: ImplementalIndicatorCalculator.Grouping) -> LocalizedText {
        guard let key = group.key else { return LocalizedText(it: "Tutti i pazienti", en: "All patients") }
        switch grouping {
        case .asst: return ImplementalASST(rawValue: key)?.label ?? LocalizedText(it: key, en: key)
        case .ageBand: return ImplementalAgeBand(rawValue: key)?.label ?? LocalizedText(it: key, en: key)
        case .none, .ei, .period: return LocalizedText(it: key, en: key)
        }
    }

    static func implementalValue(_ result: ImplementalIndicatorResult) -> IndicatorValue? {
        switch result.indicator.unit {
        case .percent:
            guard let numerator = result.numerator, let denominator = result.denominator else { return nil }
            return IndicatorValue(numerator: numerator, denominator: denominator, unit: .percent)
        case .count:
            return result.numerator.map { IndicatorValue.count($0) }
        case .median:
            // A median is a whole number or a half: kept exact as halves.
            return result.value.map { IndicatorValue.count(Int(($0 * 2).rounded()), over: 2) }
        case nil:
            return nil
        }
    }

    static func implementalRow(_ result: ImplementalIndicatorResult, audit: Bool) -> Row {
        let figure = result.indicator.seedFigure
        let seed = LocalizedText(it: "seed 003: \(figure.text.italian) (\(figure.precision.label.italian))",
                                 en: "seed 003: \(figure.text.english) (\(figure.precision.label.english))")
        return Row(id: result.indicator.id, name: result.indicator.title, numerator: result.numerator, denominator: result.denominator,
                   value: implementalValue(result), standard: seed, citation: result.indicator.citation.description,
                   records: audit ? result.numeratorPatients.map(\.rawValue) : [])
    }

    static func ptiFunnel(_ group: ImplementalIndicatorGroup) -> FunnelChart {
        let activated = group.result("LI16")?.denominator ?? 0
        let signed = group.result("LI16")?.numerator ?? 0
        let shared = group.result("LI17a")?.numerator ?? 0
        let carriedOut = group.result("LI17b")?.numerator ?? 0
        return FunnelChart(
            title: LocalizedText(it: "Piani di Trattamento Individuale (Figure 20-21)", en: "Individual treatment plans (Figures 20-21)"),
            steps: [
                .init(label: ImplementalPTIStep.activated.label, count: activated),
                .init(label: ImplementalPTIStep.signedByPatient.label, count: signed),
                .init(label: ImplementalPTIStep.sharedWithSocialServices.label, count: shared),
                .init(label: ImplementalPTIStep.carriedOut.label, count: carriedOut),
            ])
    }
}
