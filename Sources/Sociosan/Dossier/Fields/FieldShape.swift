/// What a JSON value must look like, as data: the one description that `sociosan schema`,
/// the files in `Schemas/` and the documentation are written from. Every ``ValueCodec`` has
/// one; a ``FieldTable`` turns its fields into ``FieldDescription``s.
///
/// ```swift
/// ValueCodecs.integer(1...1000).shape   // .integer(1...1000)
/// ```
public indirect enum FieldShape: Sendable, Hashable {
    /// A string of at least `minLength` characters, matching `pattern` when one is given.
    case string(minLength: Int, pattern: String?, description: String?)
    /// An ISO 8601 calendar date `YYYY-MM-DD`.
    case date
    /// A whole number within the range.
    case integer(ClosedRange<Int>)
    /// A number with at most `scale` decimals, within the range (in units of 10^-scale).
    case fixedPoint(ClosedRange<Int>, scale: Int)
    case boolean
    /// One of the codes, in their order.
    case code([String])
    /// An array of distinct codes.
    case codeSet([String])
    /// An array whose elements have the given shape.
    case array(FieldShape, minItems: Int)
    /// An array of distinct values of the given shape (a set, such as declared conditions).
    case distinctArray(FieldShape)
    /// A member that must not be there (a roster in a structure without one); the description
    /// says what to do instead.
    case forbidden
    /// Exactly this text (a dossier's `kind`).
    case constantText(String)
    /// Exactly this whole number (a dossier's `schemaVersion`).
    case constantInteger(Int)
    /// An object with exactly these members.
    case object([FieldDescription])
    /// An object of one of these shapes (members each), told apart by the constant value of
    /// the member `discriminator` (``FieldVariants``).
    case variants(discriminator: String, [[FieldDescription]])
}

/// One member of an object shape: its JSON name, shape, whether it is required, and what it
/// means (English, for the schema's `description`).
public struct FieldDescription: Sendable, Hashable {
    public let name: String
    public let shape: FieldShape
    public let isRequired: Bool
    public let summary: String?

    public init(name: String, shape: FieldShape, isRequired: Bool, summary: String? = nil) {
        self.name = name
        self.shape = shape
        self.isRequired = isRequired
        self.summary = summary
    }
}
