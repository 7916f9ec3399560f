import Sociosan

extension StaffingRequirement {
    /// Writes the requirement as one JSON object, words in `language`:
    ///
    /// `{"type", "capacity", "requirements": [{"role", "unit", "minimum", "exact",
    /// "exactFraction" (only when the exact value is not whole), "hoursPerWeek",
    /// "fullTimeEquivalents", "rounding", "rule", "citation", "decision", "condition"}],
    /// "coverage": [{"rule", "roles", "hoursPerWeek", "window", "citation"}],
    /// "notes": [{"text", "citation"}]}`. Numbers are rounded to two decimals; a citation is
    /// `{"seed", "lines": [first, last]}`.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .pretty)
    /// try StaffingCalculator.requirement(for: spoi, capacity: 15).encode(to: &writer, in: .english)
    /// ```
    public func encode(to json: inout JSONWriter, in language: Language) {
        json.beginObject()
        json.key("type"); json.string(standard.id)
        json.key("capacity"); json.integer(capacity)
        json.key("requirements")
        json.beginArray()
        for line in lines {
            let rule = line.requirement
            json.beginObject()
            json.key("role"); json.string(rule.target.id)
            json.key("unit"); json.string(rule.unit.rawValue)
            json.key("minimum"); json.number(line.minimum)
            json.key("exact"); json.number(line.exact)
            if !line.exact.isWhole { json.key("exactFraction"); json.string(line.exact.description) }
            json.key("hoursPerWeek"); json.number(line.hoursPerWeek)
            json.key("fullTimeEquivalents"); json.number(line.fullTimeEquivalents)
            json.key("rounding"); json.string(rule.rounding.rawValue)
            json.key("rule"); json.string(rule.rule.rawValue)
            json.key("citation"); json.citation(rule.citation)
            json.key("decision"); json.string(orNull: rule.decision)
            json.key("condition"); json.string(orNull: rule.condition?.rawValue)
            json.endObject()
        }
        json.endArray()
        json.key("coverage")
        json.beginArray()
        for coverage in standard.coverage {
            json.beginObject()
            json.key("rule"); json.string(coverage.rule.rawValue)
            json.key("roles"); json.string(coverage.target.id)
            json.key("hoursPerWeek"); json.integer(coverage.hoursPerWeek)
            json.key("window"); json.string(coverage.window.code)
            json.key("citation"); json.citation(coverage.citation)
            json.endObject()
        }
        json.endArray()
        json.key("notes")
        json.beginArray()
        for note in standard.notes {
            json.beginObject()
            json.key("text"); json.string(note.text.text(in: language))
            json.key("citation"); json.citation(note.citation)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    /// The requirement as a finished JSON document (``encode(to:in:)``, then a newline):
    /// the bytes `sociosan staffing TYPE --capacity N --format json` prints.
    ///
    /// ```swift
    /// let needs = try StaffingCalculator.requirement(for: spoi, capacity: 15)
    /// let bytes = needs.encoded(in: .italian)
    /// ```
    public func encoded(in language: Language, style: JSONWriter.Style = .pretty) -> [UInt8] {
        JSONWriter.document(style: style) { encode(to: &$0, in: language) }
    }
}

extension StaffingCatalogue {
    /// The standards as a JSON array, words in `language`: `[{"id", "title",
    /// "capacityUnit", "capacityLimits": [min, max] | null, "limitsCitation", "citation",
    /// "conditions": [...]}]`, where `conditions` are those that switch a requirement line
    /// on. The bytes `sociosan staffing --list --format json` prints.
    ///
    /// ```swift
    /// let bytes = StaffingCatalogue.encoded(StaffingCatalogue.standards, in: .english)
    /// ```
    public static func encoded(_ standards: [StaffingStandard], in language: Language, style: JSONWriter.Style = .pretty) -> [UInt8] {
        JSONWriter.document(style: style, capacity: 1 << 14) { json in
            json.beginArray()
            for standard in standards {
                json.beginObject()
                json.key("id"); json.string(standard.id)
                json.key("title"); json.string(standard.title.text(in: language))
                json.key("capacityUnit"); json.string(standard.capacityUnit.rawValue)
                json.key("capacityLimits"); json.limits(standard.capacityLimits)
                json.key("limitsCitation"); json.citation(standard.limitsCitation)
                json.key("citation"); json.citation(standard.citation)
                json.key("conditions")
                json.beginArray()
                for condition in standard.requirementConditions { json.string(condition.rawValue) }
                json.endArray()
                json.endObject()
            }
            json.endArray()
        }
    }
}
