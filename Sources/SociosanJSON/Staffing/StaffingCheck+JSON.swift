import Sociosan

extension StaffingCheck {
    /// Writes the check of the roster of structure `id` as one JSON object, words in
    /// `language`:
    ///
    /// `{"id", "type", "capacity", "met", "requirements": [{"role", "unit", "required",
    /// "present", "difference", "requiredHoursPerWeek", "presentHoursPerWeek",
    /// "differenceHoursPerWeek", "met", "rule", "citation"}], "coverage": [{"rule", "roles",
    /// "window", "requiredHoursPerWeek", "presentHoursPerWeek", "differenceHoursPerWeek",
    /// "met", "citation"}], "shareCaps": [{"rule", "contract", "permitted",
    /// "presentHoursPerWeek", "baseHoursPerWeek", "maximumHoursPerWeek", "maximumShare",
    /// "membersBelowMinimumHours", "met", "citation", "decision"}]}`. A difference is present
    /// minus required (negative: shortfall); numbers are rounded to two decimals.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .pretty)
    /// check.encode(to: &writer, id: structure.id, in: .english)
    /// ```
    public func encode(to json: inout JSONWriter, id: StructureID, in language: Language) {
        json.beginObject()
        json.key("id"); json.string(id.rawValue)
        json.key("type"); json.string(requirement.standard.id)
        json.key("capacity"); json.integer(requirement.capacity)
        json.key("met"); json.bool(isMet)
        json.key("requirements")
        json.beginArray()
        for role in roles {
            let line = role.line
            json.beginObject()
            json.key("role"); json.string(line.requirement.target.id)
            json.key("unit"); json.string(line.requirement.unit.rawValue)
            json.key("required"); json.number(line.minimum)
            json.key("present"); json.number(role.present)
            json.key("difference"); json.number(role.difference)
            json.key("requiredHoursPerWeek"); json.number(line.hoursPerWeek)
            json.key("presentHoursPerWeek"); json.number(role.presentHoursPerWeek)
            json.key("differenceHoursPerWeek"); json.number(role.differenceHoursPerWeek)
            json.key("met"); json.bool(role.isMet)
            json.key("rule"); json.string(line.requirement.rule.rawValue)
            json.key("citation"); json.citation(line.requirement.citation)
            json.endObject()
        }
        json.endArray()
        json.key("coverage")
        json.beginArray()
        for coverage in self.coverage {
            json.beginObject()
            json.key("rule"); json.string(coverage.requirement.rule.rawValue)
            json.key("roles"); json.string(coverage.requirement.target.id)
            json.key("window"); json.string(coverage.requirement.window.code)
            json.key("requiredHoursPerWeek"); json.integer(coverage.requirement.hoursPerWeek)
            json.key("presentHoursPerWeek"); json.number(coverage.presentHoursPerWeek)
            json.key("differenceHoursPerWeek"); json.number(coverage.differenceHoursPerWeek)
            json.key("met"); json.bool(coverage.isMet)
            json.key("citation"); json.citation(coverage.requirement.citation)
            json.endObject()
        }
        json.endArray()
        json.key("shareCaps")
        json.beginArray()
        for cap in shareCaps {
            json.beginObject()
            json.key("rule"); json.string(cap.cap.rule.rawValue)
            json.key("contract"); json.string(cap.cap.contract.rawValue)
            json.key("permitted"); json.bool(cap.permitted)
            json.key("presentHoursPerWeek"); json.number(cap.presentHoursPerWeek)
            json.key("baseHoursPerWeek"); json.number(cap.baseHoursPerWeek)
            json.key("maximumHoursPerWeek"); json.number(cap.maximumHoursPerWeek)
            json.key("maximumShare"); json.number(cap.cap.maximumShare)
            json.key("membersBelowMinimumHours"); json.integer(cap.membersBelowMinimumHours)
            json.key("met"); json.bool(cap.isMet)
            json.key("citation"); json.citation(cap.cap.citation)
            json.key("decision"); json.string(orNull: cap.cap.decision)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    /// The check as a finished JSON document (``encode(to:id:in:)``, then a newline): the
    /// bytes `sociosan staffing check FILE --format json` prints.
    ///
    /// ```swift
    /// let check = try StaffingCalculator.check(roster, against: spoi, capacity: 15)
    /// let bytes = check.encoded(id: try StructureID("spoi-bo-1"), in: .italian)
    /// ```
    public func encoded(id: StructureID, in language: Language, style: JSONWriter.Style = .pretty) -> [UInt8] {
        JSONWriter.document(style: style) { encode(to: &$0, id: id, in: language) }
    }
}

extension CapacityAnswer {
    /// Writes the answer as one JSON object, words in `language`:
    ///
    /// `{"type", "capacityUnit", "capacity": N | null, "reachedUpperLimit", "limits":
    /// [min, max] | null, "limitsCitation", "atCapacity": N | null, "limiting": {...} | null,
    /// "failures": [...]}`: `failures` are what fails at `atCapacity` (the capacity after
    /// the answer, or the smallest one), the limiting requirement first; each is an object
    /// whose `kind` is `role`, `coverage` or `share-cap`.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .pretty)
    /// try StaffingCalculator.largestCapacity(for: roster, standard: spoi).encode(to: &writer, in: .english)
    /// ```
    public func encode(to json: inout JSONWriter, in language: Language) {
        json.beginObject()
        json.key("type"); json.string(standard.id)
        json.key("capacityUnit"); json.string(standard.capacityUnit.rawValue)
        json.key("capacity"); json.integer(orNull: capacity)
        json.key("reachedUpperLimit"); json.bool(reachedUpperLimit)
        json.key("limits"); json.limits(standard.capacityLimits)
        json.key("limitsCitation"); json.citation(standard.limitsCitation)
        json.key("atCapacity"); json.integer(orNull: checkedCapacity)
        json.key("limiting")
        if let limitingFailure { json.failure(limitingFailure, in: language) } else { json.null() }
        json.key("failures")
        json.beginArray()
        for failure in failures { json.failure(failure, in: language) }
        json.endArray()
        json.endObject()
    }

    /// The answer as a finished JSON document (``encode(to:in:)``, then a newline): the
    /// bytes `sociosan capacity TYPE --roster FILE --format json` prints.
    ///
    /// ```swift
    /// let bytes = try StaffingCalculator.largestCapacity(for: roster, standard: spoi).encoded(in: .italian)
    /// ```
    public func encoded(in language: Language, style: JSONWriter.Style = .pretty) -> [UInt8] {
        JSONWriter.document(style: style, capacity: 1 << 12) { encode(to: &$0, in: language) }
    }
}
