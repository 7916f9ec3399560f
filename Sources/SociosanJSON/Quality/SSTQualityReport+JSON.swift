import Sociosan

extension SSTQualityReport {
    /// Writes the report as one JSON object, words in `language`:
    ///
    /// `{"id", "district", "assessedOn", "thresholds": {"importance", "implementation"},
    /// "criteria": [{"criterion", "category", "scope", "scopeInferred", "text", "importance",
    /// "implementation", "quadrant", "plan": {"horizon", "strategies", "owner", "status"},
    /// "citation"}], "quadrants": {"invest": n, ...}, "categories": {"process": {"judged",
    /// "invest", "consolidate", "check", "maintain"}, ...}, "actionFirst": ["P02", ...],
    /// "unjudged": [...], "socialWorkersPer5000"}`. Scores are numbers with two decimals; an
    /// unjudged criterion has `null` scores and quadrant, and a criterion without a plan item
    /// `"plan": null`.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .pretty)
    /// SSTQualityReport(profile).encode(to: &writer, in: .english)
    /// ```
    public func encode(to json: inout JSONWriter, in language: Language) {
        json.beginObject()
        json.key("id"); json.string(profile.id.rawValue)
        json.key("district"); json.string(profile.territory.district)
        json.key("assessedOn"); json.string(profile.assessedOn.description)
        json.key("thresholds")
        json.beginObject()
        json.key("importance"); json.fixedPoint(profile.importance.effectiveThreshold, scale: 2)
        json.key("implementation"); json.fixedPoint(profile.implementation.effectiveThreshold, scale: 2)
        json.endObject()
        json.key("criteria")
        json.beginArray()
        for entry in entries {
            json.beginObject()
            json.key("criterion"); json.string(entry.criterion.id.rawValue)
            json.key("category"); json.string(entry.criterion.category.rawValue)
            json.key("scope"); json.string(entry.criterion.scope.rawValue)
            json.key("scopeInferred"); json.bool(entry.criterion.scopeInferred)
            json.key("text"); json.string(entry.criterion.text.text(in: language))
            json.key("importance"); entry.judgement.map { json.fixedPoint($0.importance, scale: 2) } ?? json.null()
            json.key("implementation"); entry.judgement.map { json.fixedPoint($0.implementation, scale: 2) } ?? json.null()
            json.key("quadrant"); entry.quadrant.map { json.string($0.rawValue) } ?? json.null()
            json.key("plan")
            if let item = entry.planItem {
                json.beginObject()
                json.key("horizon"); item.horizon.map { json.string($0.rawValue) } ?? json.null()
                json.key("strategies")
                json.beginArray()
                for strategy in SSTStrategy.allCases where item.strategies.contains(strategy) { json.string(strategy.rawValue) }
                json.endArray()
                json.key("owner"); json.string(item.owner)
                json.key("status"); json.string(item.status.rawValue)
                json.endObject()
            } else {
                json.null()
            }
            json.key("citation"); json.citation(entry.criterion.citation)
            json.endObject()
        }
        json.endArray()
        json.key("quadrants")
        json.beginObject()
        let counts = quadrantCounts
        for quadrant in SSTQuadrant.allCases { json.key(quadrant.rawValue); json.integer(counts[quadrant] ?? 0) }
        json.endObject()
        json.key("categories")
        json.beginObject()
        let judged = judgedPerCategory
        for category in SSTCriterionCategory.allCases {
            json.key(category.rawValue)
            json.beginObject()
            json.key("judged"); json.integer(judged[category] ?? 0)
            for quadrant in SSTQuadrant.allCases { json.key(quadrant.rawValue); json.integer(count(category, quadrant)) }
            json.endObject()
        }
        json.endObject()
        json.key("actionFirst")
        json.beginArray()
        for entry in actionFirst { json.string(entry.criterion.id.rawValue) }
        json.endArray()
        json.key("unjudged")
        json.beginArray()
        for criterion in unjudged { json.string(criterion.id.rawValue) }
        json.endArray()
        json.key("socialWorkersPer5000"); socialWorkersPer5000.map { json.fixedPoint($0, scale: 2) } ?? json.null()
        json.endObject()
    }
}

extension SSTQualityComparison {
    /// Writes the comparison as one JSON object: `{"district", "old": {"id", "assessedOn"},
    /// "new": {...}, "moves": [{"criterion", "from", "to"}], "plan": [{"criterion", "oldStatus",
    /// "newStatus", "outcome"}], "added": [{"criterion", "quadrant", "status"}]}`.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .pretty)
    /// try SSTQualityComparison(old: a, new: b).encode(to: &writer)
    /// ```
    public func encode(to json: inout JSONWriter) {
        json.beginObject()
        json.key("district"); json.string(new.territory.district)
        for (key, profile) in [("old", old), ("new", new)] {
            json.key(key)
            json.beginObject()
            json.key("id"); json.string(profile.id.rawValue)
            json.key("assessedOn"); json.string(profile.assessedOn.description)
            json.endObject()
        }
        json.key("moves")
        json.beginArray()
        for move in moves {
            json.beginObject()
            json.key("criterion"); json.string(move.criterion.rawValue)
            json.key("from"); json.string(move.from.rawValue)
            json.key("to"); json.string(move.to.rawValue)
            json.endObject()
        }
        json.endArray()
        json.key("plan")
        json.beginArray()
        for change in plan {
            json.beginObject()
            json.key("criterion"); json.string(change.criterion.rawValue)
            json.key("oldStatus"); json.string(change.old.status.rawValue)
            json.key("newStatus"); change.new.map { json.string($0.status.rawValue) } ?? json.null()
            json.key("outcome"); json.string(change.outcome.rawValue)
            json.endObject()
        }
        json.endArray()
        json.key("added")
        json.beginArray()
        for item in added {
            json.beginObject()
            json.key("criterion"); json.string(item.criterion.rawValue)
            json.key("quadrant"); json.string(item.quadrant.rawValue)
            json.key("status"); json.string(item.status.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
