/// How one value is read, written and described: the leaves and branches of a field table.
///
/// A codec is generic over the reader and writer, so that the JSON layer (jansson), the
/// `Codable` bridge and the schema writer all use the same declaration.
///
/// ```swift
/// let beds = ValueCodecs.integer(1...1000)
/// let rooms = ValueCodecs.list(ValueCodecs.object(ERRoom.fields), minimumCount: 1, distinctID: \.id)
/// ```
public protocol ValueCodec<Value>: Sendable {
    associatedtype Value
    var shape: FieldShape { get }
    func read(_ reader: inout FieldReader) -> Value?
    func write(_ value: Value, to writer: inout FieldOutput)
}

extension ValueCodec {
    /// Writes `value` into any ``FieldWriter`` (the JSON layer's writer, a ``FieldTreeWriter``).
    ///
    /// ```swift
    /// ValueCodecs.object(ERRoom.fields).write(room, to: &jsonWriter)
    /// ```
    public func write<W: FieldWriter>(_ value: Value, to writer: inout W) {
        FieldOutput.writing(into: &writer) { write(value, to: &$0) }
    }
}

/// The built-in codecs. Each is a small struct; a table names them through these factories.
public enum ValueCodecs {
    /// Text; `nonEmpty` refuses `""`.
    public static func string(nonEmpty: Bool = true, summary: String? = nil) -> StringCodec {
        StringCodec(nonEmpty: nonEmpty, summary: summary)
    }

    /// A dossier identifier (``StructureID``).
    public static var identifier: IdentifierCodec { IdentifierCodec() }

    /// An ISO 8601 date.
    public static var date: DateCodec { DateCodec() }

    public static func integer(_ range: ClosedRange<Int>) -> IntegerCodec { IntegerCodec(range: range) }

    public static var bool: BoolCodec { BoolCodec() }

    /// A number with at most two decimals, held as hundredths within `range` (hundredths).
    public static func hundredths(_ range: ClosedRange<Int>) -> HundredthsCodec { HundredthsCodec(range: range) }

    /// One code of a closed code set (an enum).
    public static func code<Code: TableCoded & Hashable>(_ type: Code.Type, allowed: [Code]? = nil) -> CodeCodec<Code> {
        CodeCodec(allowed: allowed)
    }

    /// Distinct codes of a closed code set, written in the set's declaration order.
    public static func codeSet<Code: TableCoded & Hashable>(_ type: Code.Type) -> CodeSetCodec<Code> { CodeSetCodec() }

    /// An object described by a field table.
    public static func object<Root: Sendable>(_ table: FieldTable<Root>) -> ObjectCodec<Root> { ObjectCodec(table: table) }

    /// An array of values of `element`; with `distinctID`, no two elements share that id.
    public static func list<Element: ValueCodec>(
        _ element: Element, minimumCount: Int = 0, distinctID: (@Sendable (Element.Value) -> String)? = nil
    ) -> ListCodec<Element> {
        ListCodec(element: element, minimumCount: minimumCount, distinctID: distinctID)
    }

    /// A value kept as another type in Swift (hundredths as ``Rational``, as ``SquareMetres``).
    public static func mapped<Base: ValueCodec, Value>(
        _ base: Base, read: @escaping @Sendable (Base.Value) -> Value, write: @escaping @Sendable (Value) -> Base.Value
    ) -> MappedCodec<Base, Value> {
        MappedCodec(base: base, forward: read, backward: write)
    }
}

public struct StringCodec: ValueCodec {
    let nonEmpty: Bool
    let summary: String?
    public var shape: FieldShape { .string(minLength: nonEmpty ? 1 : 0, pattern: nil, description: summary) }
    public func read(_ reader: inout FieldReader) -> String? { reader.readString(nonEmpty: nonEmpty) }
    public func write(_ value: String, to writer: inout FieldOutput) { writer.string(value) }
}

public struct IdentifierCodec: ValueCodec {
    public var shape: FieldShape {
        .string(minLength: 1, pattern: StructureID.pattern,
                description: "Identifier: 1-64 characters a-z 0-9 . _ -, starting with a letter or digit.")
    }
    public func read(_ reader: inout FieldReader) -> StructureID? { reader.readIdentifier() }
    public func write(_ value: StructureID, to writer: inout FieldOutput) { writer.string(value.rawValue) }
}

public struct DateCodec: ValueCodec {
    public var shape: FieldShape { .date }
    public func read(_ reader: inout FieldReader) -> LocalDate? { reader.readDate() }
    public func write(_ value: LocalDate, to writer: inout FieldOutput) { writer.string(value.description) }
}

public struct IntegerCodec: ValueCodec {
    let range: ClosedRange<Int>
    public var shape: FieldShape { .integer(range) }
    public func read(_ reader: inout FieldReader) -> Int? { reader.readInteger(in: range) }
    public func write(_ value: Int, to writer: inout FieldOutput) { writer.integer(value) }
}

public struct BoolCodec: ValueCodec {
    public var shape: FieldShape { .boolean }
    public func read(_ reader: inout FieldReader) -> Bool? { reader.readBool() }
    public func write(_ value: Bool, to writer: inout FieldOutput) { writer.bool(value) }
}

public struct HundredthsCodec: ValueCodec {
    let range: ClosedRange<Int>
    public var shape: FieldShape { .fixedPoint(range, scale: 2) }
    public func read(_ reader: inout FieldReader) -> Int? { reader.readHundredths(in: range) }
    public func write(_ value: Int, to writer: inout FieldOutput) { writer.fixedPoint(value, scale: 2) }
}

public struct CodeCodec<Code: TableCoded & Hashable>: ValueCodec {
    let allowed: [Code]?
    public var shape: FieldShape { .code((allowed ?? Array(Code.allCases)).map(\.rawValue)) }
    public func read(_ reader: inout FieldReader) -> Code? { reader.readCode(Code.self, allowed: allowed) }
    public func write(_ value: Code, to writer: inout FieldOutput) { writer.string(Code.codeTable.name(of: value)) }
}

public struct CodeSetCodec<Code: TableCoded & Hashable>: ValueCodec {
    public var shape: FieldShape { .codeSet(Code.allCases.map(\.rawValue)) }
    public func read(_ reader: inout FieldReader) -> Set<Code>? { reader.readCodeSet(Code.self) }
    public func write(_ value: Set<Code>, to writer: inout FieldOutput) {
        writer.beginArray()
        let table = Code.codeTable
        for (position, code) in table.cases.enumerated() where value.contains(code) { writer.string(table.names[position]) }
        writer.endArray()
    }
}

public struct ObjectCodec<Root: Sendable>: ValueCodec {
    public let table: FieldTable<Root>
    public var shape: FieldShape { .object(table.descriptions) }
    public func read(_ reader: inout FieldReader) -> Root? { table.read(&reader) }
    public func write(_ value: Root, to writer: inout FieldOutput) {
        writer.beginObject()
        table.writeMembers(of: value, to: &writer)
        writer.endObject()
    }
}

public struct ListCodec<Element: ValueCodec>: ValueCodec {
    /// Up to this many elements, repeated ids are found by comparing each with those before it.
    static var smallList: Int { 16 }

    let element: Element
    let minimumCount: Int
    let distinctID: (@Sendable (Element.Value) -> String)?
    public var shape: FieldShape { .array(element.shape, minItems: minimumCount) }

    public func read(_ reader: inout FieldReader) -> [Element.Value]? {
        let items = reader.readArray(minimumCount: minimumCount) { element.read(&$0) }
        guard let items, let distinctID else { return items }
        // A room listed twice would count its beds twice towards a minimum, and a finding
        // naming it would not say which one is meant: each repetition is reported, with the
        // first element that has its id.
        let ids = items.map(distinctID)
        var ok = true
        if ids.count <= Self.smallList {
            // A few ids are compared with those before them: no dictionary to build and hash
            // into (most lists in a dossier are a handful of rooms or spaces).
            for index in ids.indices {
                if let earlier = ids[..<index].firstIndex(of: ids[index]) {
                    reader.reportRepeatedID(ids[index], first: earlier, at: index)
                    ok = false
                }
            }
        } else {
            var first: [String: Int] = [:]
            first.reserveCapacity(ids.count)
            for (index, id) in ids.enumerated() {
                if let earlier = first[id] {
                    reader.reportRepeatedID(id, first: earlier, at: index)
                    ok = false
                } else {
                    first[id] = index
                }
            }
        }
        return ok ? items : nil
    }

    public func write(_ value: [Element.Value], to writer: inout FieldOutput) {
        writer.beginArray()
        for item in value { element.write(item, to: &writer) }
        writer.endArray()
    }
}

public struct MappedCodec<Base: ValueCodec, Value>: ValueCodec {
    let base: Base
    let forward: @Sendable (Base.Value) -> Value
    let backward: @Sendable (Value) -> Base.Value
    public var shape: FieldShape { base.shape }
    public func read(_ reader: inout FieldReader) -> Value? { base.read(&reader).map(forward) }
    public func write(_ value: Value, to writer: inout FieldOutput) { base.write(backward(value), to: &writer) }
}
