/// A cursor on one value of a JSON-like document being decoded, as a field table reads it.
///
/// The core describes a dossier's shape once (``FieldTable``) and never sees JSON text: the
/// JSON layer implements this protocol over jansson's tree (with JSON Pointers and the
/// `json.*` findings), and the `Codable` bridge over a ``FieldTree``. Every read reports its
/// own problem at the cursor's position and answers `nil`; decoding goes on, so that one run
/// reports every problem of a document.
///
/// Object members are read through the cursor positioned at the object:
///
/// ```swift
/// guard reader.beginObject(keys: ["id", "beds"]) else { return nil }
/// let id = reader.required("id") { $0.readString(nonEmpty: true) }
/// let beds = reader.required("beds") { $0.readInteger(in: 1...1000) }
/// reader.endObject()
/// ```
public protocol FieldReader {
    mutating func readString(nonEmpty: Bool) -> String?
    mutating func readIdentifier() -> StructureID?
    mutating func readDate() -> LocalDate?
    mutating func readInteger(in range: ClosedRange<Int>) -> Int?
    /// A number with at most two decimals, as exact hundredths within `range` (in hundredths).
    mutating func readHundredths(in range: ClosedRange<Int>) -> Int?
    mutating func readBool() -> Bool?
    /// One of the codes of `Code` (of `allowed`, when given).
    mutating func readCode<Code: TableCoded & Hashable>(_ type: Code.Type, allowed: [Code]?) -> Code?
    /// An array of distinct codes of `Code`.
    mutating func readCodeSet<Code: TableCoded & Hashable>(_ type: Code.Type) -> Set<Code>?
    /// An array of distinct strings, each one of `allowed`, inserted into `set`.
    mutating func readStrings(allowed: [String], into set: inout Set<String>) -> Bool
    /// An array read element by element; `nil` when it is not an array, is shorter than
    /// `minimumCount`, or any element fails.
    mutating func readArray<Element>(minimumCount: Int, _ element: (inout Self) -> Element?) -> [Element]?

    /// Positions the cursor on an object whose members are `keys` (in schema order); `false`
    /// (reported) when the value is not an object.
    mutating func beginObject(keys: [String]) -> Bool
    /// Counts the envelope members (`kind`, `schemaVersion`) as read.
    mutating func acceptEnvelope()
    /// A required member of the current object; reports a missing one.
    mutating func required<T>(_ key: String, _ body: (inout Self) -> T?) -> T?
    /// An optional member: absent or `null` gives `.some(nil)`, a bad value `nil`.
    mutating func optional<T>(_ key: String, _ body: (inout Self) -> T?) -> T??
    /// Reports the members of the current object that no field asked for.
    mutating func endObject()

    /// Reports a value that has the right type but is not acceptable.
    mutating func reportInvalid(_ explanation: LocalizedText)
    /// Reports that element `index` of the current array repeats the `id` of element `first`.
    mutating func reportRepeatedID(_ id: String, first: Int, at index: Int)
}

/// The writing side of a field table: the JSON layer's canonical writer conforms, and so does
/// the tree the `Codable` bridge encodes.
public protocol FieldWriter {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    mutating func key(_ key: String)
    mutating func string(_ value: String)
    mutating func integer(_ value: Int)
    /// A fixed-point number: `value` in units of 10^-scale (`1680, scale 2` is `16.8`).
    mutating func fixedPoint(_ value: Int, scale: Int)
    mutating func bool(_ value: Bool)
}
