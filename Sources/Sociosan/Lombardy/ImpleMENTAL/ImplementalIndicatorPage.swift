extension IndicatorPage {
    /// The page of the ImpleMENTAL indicators (seed 003): a section for the whole file and one
    /// per group (ASST, EI, age band or quarter, as the report was split), each with the rows
    /// `sociosan implemental indicators` prints and the PTI funnel (activated, signed by the
    /// patient, shared with the social services, carried out; Figures 20-21, L612-L631); then,
    /// when there are groups, a comparison section with a bar chart per share; then the
    /// indicators the records cannot yield, with the seed's figure and its precision. With team
    /// files (LI20-LI21), the whole-file section also draws the operators by profile (Figure 13)
    /// and by training (Figure 12), and a split by ASST or EI compares the operators per group
    /// (Figure 11).
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
                charts: [.funnel(Self.ptiFunnel(group))] + (group.key == nil ? Self.operatorCharts(group) : [])))
        }
        let groups = report.groups.dropFirst()
        if !groups.isEmpty {
            // The operators are split by ASST or EI only (an age band has none).
            let operatorsSplit = report.grouping == .asst || report.grouping == .ei
            let shares = report.groups[0].results.filter { $0.indicator.unit == .percent && (operatorsSplit || !$0.indicator.fromTeams) }
                .map(\.indicator)
            let operatorCounts: [Chart] = operatorsSplit && report.teamFiles > 0 ? [.bars(BarChart(
                indicator: "LI20a", title: LocalizedText(it: "Operatori attivi nelle EI (Figura 11)", en: "Operators active in the EIs (Figure 11)"),
                unit: .count, bars: groups.map { group in
                    BarChart.Bar(label: Self.implementalTitle(group, grouping: report.grouping),
                                 value: group.result("LI20a").flatMap(Self.implementalValue))
                }))] : []
            sections.append(Section(
                id: "comparison",
                title: LocalizedText(it: "Confronto tra i gruppi", en: "Comparison across groups"),
                charts: operatorCounts + shares.map { indicator in
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
                              reason: indicator.fromTeams
                                ? LocalizedText(it: "richiede i file delle équipe (lombardy.implemental.team, --teams)",
                                                en: "needs the team files (lombardy.implemental.team, --teams)")
                                : LocalizedText(it: "non ricavabile dai record di attività (questionari, formazione, gruppi)",
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
            ] + (report.teamFiles > 0 ? [Self.operatorsNote(teamFiles: report.teamFiles)] : []))
    }

    /// What LI20-LI21 count (decisions IM-14-IM-16), said under the page when they are on it.
    static func operatorsNote(teamFiles: Int) -> LocalizedText {
        LocalizedText(
            it: "Operatori (LI20-LI21) da \(teamFiles) file delle équipe, uno per ASST: contano gli operatori attivi nell'implementazione "
                + "(179 = 124 formati + 55 non formati, L420, L441-L444; decisione IM-14); mediana per ASST sulle ASST con un file, media dei "
                + "due valori centrali se sono in numero pari (IM-15); i formati non attivi (LI21c) sono quelli delle ASST aderenti: le 5 ASST "
                + "che hanno rinunciato non hanno EI (L440-L441, IM-16).",
            en: "Operators (LI20-LI21) from \(teamFiles) team files, one per ASST: the operators active in the implementation count "
                + "(179 = 124 trained + 55 untrained, L420, L441-L444; decision IM-14); the median per ASST is over the ASSTs with a file, "
                + "the mean of the two middle values for an even number (IM-15); the trained not active (LI21c) are those of the "
                + "participating ASSTs: the 5 ASSTs that withdrew have no EI (L440-L441, IM-16).")
    }

    /// The whole file's operators by profile (Figure 13) and by training (Figure 12), when
    /// team files were read.
    static func operatorCharts(_ group: ImplementalIndicatorGroup) -> [Chart] {
        guard group.result("LI20a") != nil else { return [] }
        let profiles = BarChart(
            indicator: "LI20a",
            title: LocalizedText(it: "Operatori attivi per profilo professionale (Figura 13)", en: "Active operators by profession (Figure 13)"),
            unit: .count, bars: ImplementalTeamIndicators.profileIndicators.map { line in
                BarChart.Bar(label: line.profile.label, value: group.result(line.id).flatMap(implementalValue))
            })
        let trained = group.result("LI21c")
        let training = BarChart(
            indicator: "LI21a",
            title: LocalizedText(it: "Operatori tra formazione e implementazione (Figura 12)",
                                 en: "Operators between training and implementation (Figure 12)"),
            unit: .count, bars: [
                BarChart.Bar(label: LocalizedText(it: "formati e attivi", en: "trained and active"),
                             value: group.result("LI21a").flatMap(implementalValue)),
                BarChart.Bar(label: LocalizedText(it: "attivi senza formazione", en: "active untrained"),
                             value: group.result("LI21b").flatMap(implementalValue)),
                BarChart.Bar(label: LocalizedText(it: "formati non attivi", en: "trained not active"),
                             value: trained?.numerator.map { IndicatorValue.count($0) }),
            ])
        return [.bars(profiles), .bars(training)]
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
                   records: audit ? result.numeratorPatients.map(\.rawValue) + result.numeratorOperators : [])
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
