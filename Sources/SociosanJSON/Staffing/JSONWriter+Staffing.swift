import Sociosan

extension JSONWriter {
    /// An exact fraction as a JSON number rounded half up to two decimals, without trailing
    /// zeros: `11.25`, `6`, `0.33` for 1/3. Staffing documents keep the exact value beside
    /// it where it matters (`"exactFraction": "45/4"`).
    ///
    /// ```swift
    /// writer.number(Rational(45, 4))   // 11.25
    /// ```
    public mutating func number(_ value: Rational) {
        hundredths(value.hundredths)
    }

    /// A network total as a JSON number rounded half up to two decimals (``NetworkTally/Amount/hundredths``).
    ///
    /// ```swift
    /// writer.number(tally.total.hoursPerWeek)   // 1676
    /// ```
    public mutating func number(_ amount: NetworkTally.Amount) {
        hundredths(amount.hundredths)
    }

    /// `value` / 100 as a JSON number without trailing zeros.
    mutating func hundredths(_ value: Int) {
        if value % 100 == 0 {
            integer(value / 100)
        } else {
            // The shortest round-trip text of a finite quotient: never throws.
            try? double(Double(value) / 100)
        }
    }

    /// One failing requirement of a roster as an object whose `kind` is `role`, `coverage`
    /// or `share-cap`, with what is required, what is present and the hours missing.
    mutating func failure(_ failure: StaffingCheck.Failure, in language: Language) {
        beginObject()
        switch failure {
        case .role(let role):
            let requirement = role.line.requirement
            key("kind"); string("role")
            key("rule"); string(requirement.rule.rawValue)
            key("role"); string(requirement.target.id)
            key("label"); string(requirement.target.label.text(in: language))
            key("unit"); string(requirement.unit.rawValue)
            key("required"); number(role.line.minimum)
            key("present"); number(role.present)
            key("requiredHoursPerWeek"); number(role.line.hoursPerWeek)
            key("presentHoursPerWeek"); number(role.presentHoursPerWeek)
            key("shortfallHoursPerWeek"); number(role.shortfallHoursPerWeek)
            key("citation"); citation(requirement.citation)
        case .coverage(let coverage):
            let requirement = coverage.requirement
            key("kind"); string("coverage")
            key("rule"); string(requirement.rule.rawValue)
            key("role"); string(requirement.target.id)
            key("label"); string(requirement.target.label.text(in: language))
            key("window"); string(requirement.window.code)
            key("requiredHoursPerWeek"); integer(requirement.hoursPerWeek)
            key("presentHoursPerWeek"); number(coverage.presentHoursPerWeek)
            key("shortfallHoursPerWeek"); number(coverage.shortfallHoursPerWeek)
            key("citation"); citation(requirement.citation)
        case .shareCap(let cap):
            key("kind"); string("share-cap")
            key("rule"); string(cap.cap.rule.rawValue)
            key("contract"); string(cap.cap.contract.rawValue)
            key("permitted"); bool(cap.permitted)
            key("presentHoursPerWeek"); number(cap.presentHoursPerWeek)
            key("maximumHoursPerWeek"); number(cap.maximumHoursPerWeek)
            key("membersBelowMinimumHours"); integer(cap.membersBelowMinimumHours)
            key("citation"); citation(cap.cap.citation)
        }
        endObject()
    }

    /// `[min, max]`, or `null` when the regulation sets no limits.
    mutating func limits(_ limits: ClosedRange<Int>?) {
        guard let limits else { null(); return }
        beginArray()
        integer(limits.lowerBound)
        integer(limits.upperBound)
        endArray()
    }

    /// One finished document: `build` writes the value, a newline ends it.
    static func document(style: Style = .pretty, capacity: Int = 1 << 13, _ build: (inout JSONWriter) -> Void) -> [UInt8] {
        var writer = JSONWriter(style: style, capacity: capacity)
        build(&writer)
        writer.finish()
        return writer.bytes
    }
}

extension CoverageRequirement.Window {
    /// The window's code in staffing documents: `24h` or `opening`.
    var code: String {
        switch self {
        case .roundTheClock: return "24h"
        case .opening: return "opening"
        }
    }
}
