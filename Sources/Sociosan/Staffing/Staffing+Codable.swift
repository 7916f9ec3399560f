// Codable conformances for the staffing vocabulary (standard library only, no Foundation).
// For users who prefer Foundation's JSONEncoder/JSONDecoder; the fast path, with full
// diagnostics, is the SociosanJSON module.

/// Coded as its kebab-case id (`"guard-physician"`).
extension StaffRole: Codable {}

/// Coded as its id (`"24h"`, `"on-call"`, `"daytime"`, `"programmed"`).
extension Coverage: Codable {}

/// Coded as a JSON number of units: `6` for whole units, `0.5` or `5.25` otherwise (the
/// value `Double(hundredths) / 100`, whose shortest text reads back to the same hundredths).
/// Decoding refuses a number with more than two decimals, and non-finite or out-of-range
/// values, with a `DecodingError.dataCorrupted`.
extension StaffUnits: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        let scaled = value * 100
        guard scaled.isFinite, abs(scaled) < 1e15 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(value) is not a number of staff units")
        }
        let hundredths = scaled.rounded()
        // Two decimals at most: 5.5 and 0.25 are fine, 0.125 is not.
        guard abs(hundredths - scaled) < 1e-6 else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "at most two decimals (found \(value))")
        }
        self.init(hundredths: Int(hundredths))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if hundredths % 100 == 0 {
            try container.encode(hundredths / 100)
        } else {
            try container.encode(Double(hundredths) / 100)
        }
    }
}
