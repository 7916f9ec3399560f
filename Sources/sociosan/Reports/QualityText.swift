import Sociosan

/// The text and CSV forms of `sociosan quality` (its JSON is ``SSTQualityReport/encode(to:in:)``,
/// its chart ``SSTQualityChart``).
enum QualityText {
    static func scores(_ value: Int?, in language: Language) -> String {
        value.map { SSTQualityChart.decimal($0, in: language) } ?? "-"
    }

    static func plan(_ item: SSTPlanItem?, in language: Language) -> String {
        guard let item else { return "-" }
        let horizon = item.horizon?.label.text(in: language) ?? "?"
        let strategies = SSTStrategy.allCases.filter(item.strategies.contains).map { $0.label.text(in: language) }.joined(separator: ", ")
        return "\(horizon); \(strategies.isEmpty ? "-" : strategies); \(item.owner); \(item.status.label.text(in: language))"
    }

    static func text(_ report: SSTQualityReport, to console: Console, in language: Language) {
        let profile = report.profile
        let t = { (text: LocalizedText) in text.text(in: language) }
        console.line("\(profile.id): \(t(SSTQualityProfile.declaration.title))")
        let assessor = profile.assessedBy == .udp ? "UDP" : t(LocalizedText(it: "Comune", en: "municipality"))
        console.line("\(profile.territory.district) (\(profile.territory.province.rawValue)), "
                     + "\(MessageArgument.date(profile.assessedOn).text(in: language)), \(assessor)")
        for (label, dimension) in [(LocalizedText(it: "importanza", en: "importance"), profile.importance),
                                   (LocalizedText(it: "attuazione", en: "implementation"), profile.implementation)] {
            console.line(LocalizedText(it: "Soglia di {0}: {1} su scala {2}-{3} ({4}{5})", en: "Threshold of {0}: {1} on a {2}-{3} scale ({4}{5})")
                .render([.localized(label), .text(SSTQualityChart.decimal(dimension.effectiveThreshold, in: language)), .integer(dimension.minimum),
                         .integer(dimension.maximum), .localized(dimension.source.label),
                         .localized(dimension.threshold == nil
                                    ? LocalizedText(it: ", punto medio", en: ", midpoint") : LocalizedText(it: "", en: ""))], in: language))
        }
        console.line(t(LocalizedText(it: "Un punteggio uguale alla soglia conta come alto.", en: "A score equal to the threshold counts as high.")))
        console.line()

        var table = TextTable(headings: [
            LocalizedText(it: "Criterio", en: "Criterion"), LocalizedText(it: "Categoria", en: "Category"),
            LocalizedText(it: "Ambito*", en: "Scope*"), LocalizedText(it: "Importanza", en: "Importance"),
            LocalizedText(it: "Attuazione", en: "Implementation"), LocalizedText(it: "Quadrante", en: "Quadrant"),
            LocalizedText(it: "Piano (orizzonte; strategie; responsabile; stato)", en: "Plan (horizon; strategies; owner; status)"),
            LocalizedText(it: "Testo", en: "Text"),
        ].map(t))
        for entry in report.entries {
            table.append([
                entry.criterion.id.rawValue, t(entry.criterion.category.label), t(entry.criterion.scope.label),
                scores(entry.judgement?.importance, in: language), scores(entry.judgement?.implementation, in: language),
                entry.quadrant.map { t($0.label) } ?? "-", plan(entry.planItem, in: language), t(entry.criterion.text),
            ])
        }
        for line in table.lines() { console.line(line) }
        console.line(t(LocalizedText(it: "* ambito dedotto: la fonte (001 L371-L373) non assegna gli ambiti ai criteri.",
                                     en: "* scope inferred: the source (001 L371-L373) assigns no scope to the criteria.")))
        console.line()

        var counts = TextTable(headings: [t(LocalizedText(it: "Categoria", en: "Category")), t(LocalizedText(it: "Giudicati", en: "Judged"))]
                               + SSTQuadrant.allCases.map { t($0.label) })
        let judged = report.judgedPerCategory
        for category in SSTCriterionCategory.allCases {
            counts.append([t(category.label), "\(judged[category] ?? 0)/\(SSTQualityCriteria.count(of: category))"]
                          + SSTQuadrant.allCases.map { String(report.count(category, $0)) })
        }
        let quadrantCounts = report.quadrantCounts
        counts.append([t(LocalizedText(it: "Totale", en: "Total")), "\(judged.values.reduce(0, +))/\(SSTQualityCriteria.all.count)"]
                      + SSTQuadrant.allCases.map { String(quadrantCounts[$0] ?? 0) })
        for line in counts.lines() { console.line(line) }
        console.line()

        let first = report.actionFirst
        console.line(t(LocalizedText(it: "Da affrontare per primi (da investire, scarto maggiore prima):",
                                     en: "Needing action first (to invest in, widest gap first):")))
        if first.isEmpty { console.line("  -") }
        for entry in first {
            let planned = entry.planItem.map { plan($0, in: language) } ?? t(LocalizedText(it: "nessuna voce nel piano", en: "no plan item"))
            console.line("  \(entry.criterion.id.rawValue) \(t(entry.criterion.text)) [\(planned)]")
        }
        if !report.unjudged.isEmpty {
            console.line(t(LocalizedText(it: "Non giudicati: ", en: "Not judged: ")) + report.unjudged.map(\.id.rawValue).joined(separator: ", "))
        }
        if let survey = profile.survey, let percent = survey.responsePercent {
            console.line(LocalizedText(it: "Questionario: {0} risposte su {1} Comuni ({2} %)", en: "Questionnaire: {0} responses from {1} municipalities ({2} %)")
                .render([.integer(survey.responses), .integer(survey.municipalities), .integer(percent)], in: language))
        }
        if let density = report.socialWorkersPer5000 {
            console.line(LocalizedText(it: "Assistenti sociali ogni 5.000 abitanti: {0} (media regionale circa 1, 001 L231-L234)",
                                       en: "Social workers per 5,000 inhabitants: {0} (regional mean about 1, 001 L231-L234)")
                .render([.fixed(density, scale: 2)], in: language))
        }
    }

    static let csvHeader = [
        "criterion", "category", "scope", "scopeInferred", "importance", "implementation", "quadrant", "horizon",
        "strategies", "owner", "status", "text",
    ]

    static func csv(_ report: SSTQualityReport, to console: Console, in language: Language) {
        console.write(csvHeader.joined(separator: ",") + "\r\n")
        for entry in report.entries {
            let item = entry.planItem
            let importance = entry.judgement.map { SSTQualityChart.decimal($0.importance, in: .english) } ?? ""
            let implementation = entry.judgement.map { SSTQualityChart.decimal($0.implementation, in: .english) } ?? ""
            let strategies: String = item.map { plan in
                SSTStrategy.allCases.filter { plan.strategies.contains($0) }.map(\.rawValue).joined(separator: " ")
            } ?? ""
            var row: [String] = [entry.criterion.id.rawValue, entry.criterion.category.rawValue, entry.criterion.scope.rawValue]
            row += [String(entry.criterion.scopeInferred), importance, implementation, entry.quadrant?.rawValue ?? ""]
            row += [item?.horizon?.rawValue ?? "", strategies, item?.owner ?? "", item?.status.rawValue ?? ""]
            row.append(entry.criterion.text.text(in: language))
            console.write(row.map(cell).joined(separator: ",") + "\r\n")
        }
    }

    /// An RFC 4180 cell: quoted when it holds a comma, a quote or a line break.
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }

    static func text(_ comparison: SSTQualityComparison, to console: Console, in language: Language) {
        let t = { (text: LocalizedText) in text.text(in: language) }
        console.line("\(comparison.new.territory.district): \(comparison.old.id) (\(MessageArgument.date(comparison.old.assessedOn).text(in: language)))"
                     + " -> \(comparison.new.id) (\(MessageArgument.date(comparison.new.assessedOn).text(in: language)))")
        console.line()
        console.line(t(LocalizedText(it: "Criteri che hanno cambiato quadrante:", en: "Criteria that moved quadrant:")))
        if comparison.moves.isEmpty { console.line("  -") }
        for move in comparison.moves {
            let text = SSTQualityCriteria.criterion(move.criterion).map { t($0.text) } ?? ""
            console.line("  \(move.criterion.rawValue) \(t(move.from.label)) -> \(t(move.to.label))  \(text)")
        }
        console.line()
        console.line(t(LocalizedText(it: "Voci del piano precedente:", en: "Items of the older plan:")))
        if comparison.plan.isEmpty { console.line("  -") }
        for change in comparison.plan {
            let now = change.new.map { t($0.status.label) } ?? t(LocalizedText(it: "assente", en: "absent"))
            console.line("  \(change.criterion.rawValue) \(t(change.outcome.label)) (\(t(change.old.status.label)) -> \(now))")
        }
        if !comparison.added.isEmpty {
            console.line()
            console.line(t(LocalizedText(it: "Voci nuove:", en: "New items:")))
            for item in comparison.added { console.line("  \(item.criterion.rawValue) \(t(item.quadrant.label)), \(t(item.status.label))") }
        }
    }

    static func csv(_ comparison: SSTQualityComparison, to console: Console) {
        console.write("criterion,change,from,to\r\n")
        for move in comparison.moves { console.write("\(move.criterion.rawValue),quadrant,\(move.from.rawValue),\(move.to.rawValue)\r\n") }
        for change in comparison.plan {
            console.write("\(change.criterion.rawValue),plan-\(change.outcome.rawValue),\(change.old.status.rawValue),\(change.new?.status.rawValue ?? "")\r\n")
        }
        for item in comparison.added { console.write("\(item.criterion.rawValue),plan-added,,\(item.status.rawValue)\r\n") }
    }
}
