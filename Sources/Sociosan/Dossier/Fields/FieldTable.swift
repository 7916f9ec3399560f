/// The shape of one JSON object as data: each member's JSON name, the key path of the Swift
/// property it fills, its codec (which carries its allowed codes and numeric range), whether it
/// is required, and what it means.
///
/// One table is the single source for decoding (with JSON Pointers), canonical encoding and
/// member order, `sociosan schema`, the files in `Schemas/` and the `Codable` bridge.
///
/// ```swift
/// extension ERRoom {
///     static let fields = FieldTable(blank: ERRoom(id: "", beds: 0), [
///         .required("id", \.id, ValueCodecs.string()),
///         .required("beds", \.beds, ValueCodecs.integer(1...1000), summary: "Beds in the room."),
///     ])
/// }
/// ```
public struct FieldTable<Root: Sendable>: Sendable {
    /// The value decoding starts from; every required field overwrites its part.
    public let blank: Root
    public let fields: [Field<Root>]
    /// The member names in canonical order.
    public let keys: [String]

    public init(blank: Root, _ fields: [Field<Root>]) {
        self.blank = blank
        self.fields = fields
        self.keys = fields.map(\.description.name)
    }

    /// The members' descriptions, in canonical order (for schemas and documentation).
    public var descriptions: [FieldDescription] { fields.map(\.description) }

    /// A table with `other`'s fields inserted after the member named `key` (or appended).
    public func inserting(_ other: [Field<Root>], after key: String?) -> FieldTable<Root> {
        var all = fields
        let index = key.flatMap { name in all.firstIndex { $0.description.name == name }.map { $0 + 1 } } ?? all.count
        all.insert(contentsOf: other, at: index)
        return FieldTable(blank: blank, all)
    }

    /// The table without the members named in `names` (a kind whose rooms have no floor area).
    public func removing(_ names: Set<String>) -> FieldTable<Root> {
        FieldTable(blank: blank, fields.filter { !names.contains($0.description.name) })
    }

    /// Reads an object of this shape; `nil` when it is not an object or any member is wrong
    /// (every problem is reported through the reader).
    public func read(_ reader: inout FieldReader) -> Root? {
        guard reader.beginObject(keys: keys) else { return nil }
        var root = blank
        let ok = readMembers(into: &root, from: &reader)
        reader.endObject()
        return ok ? root : nil
    }

    /// Reads a dossier's top level: an object of this shape whose envelope (`kind`,
    /// `schemaVersion`) the caller has already checked.
    public func readDossier(_ reader: inout FieldReader) -> Root? {
        guard reader.beginObject(keys: keys) else { return nil }
        reader.acceptEnvelope()
        var root = blank
        let ok = readMembers(into: &root, from: &reader)
        reader.endObject()
        return ok ? root : nil
    }

    /// Reads every field of the object the reader is positioned on, without opening or
    /// closing it (a dossier's top level accepts its envelope first).
    public func readMembers(into root: inout Root, from reader: inout FieldReader) -> Bool {
        var ok = true
        // Through the buffer, not `for field in fields`: the loop variable would be a copy of
        // each Field (its accessor and both closures retained and released, every member of
        // every object read).
        fields.withUnsafeBufferPointer { fields in
            for index in fields.indices where !fields[index].read(&root, &reader) { ok = false }
        }
        return ok
    }

    /// Writes the members of `value` in canonical order into the object just begun.
    public func writeMembers(of value: Root, to writer: inout FieldOutput) {
        // Through the buffer, as readMembers(into:from:) does.
        fields.withUnsafeBufferPointer { fields in
            for index in fields.indices { fields[index].write(value, &writer) }
        }
    }

    /// Writes the members of `value` in canonical order into the object `writer` has just begun.
    public func writeMembers<W: FieldWriter>(of value: Root, to writer: inout W) {
        FieldOutput.writing(into: &writer) { writeMembers(of: value, to: &$0) }
    }
}

/// One member of a ``FieldTable``.
public struct Field<Root: Sendable>: Sendable {
    public let description: FieldDescription
    let accessor: any FieldAccessor<Root>
    /// The accessor's read, made where its type is known: a call through `accessor` would run
    /// the generic accessor unspecialised (its codec and value type looked up at run time).
    let read: @Sendable (inout Root, inout FieldReader) -> Bool
    /// The accessor's write, made where its type is known (as ``read``).
    let write: @Sendable (Root, inout FieldOutput) -> Void

    /// A field read and written by a custom accessor (for members that are not one property,
    /// such as the areas of attested requirements, which all fill one set).
    public init<Accessor: FieldAccessor<Root>>(_ accessor: Accessor) {
        self.description = accessor.description
        self.accessor = accessor
        self.read = { root, reader in accessor.read(into: &root, from: &reader) }
        self.write = { root, output in accessor.write(from: root, to: &output) }
    }

    /// A member that must be present.
    public static func required<C: ValueCodec>(
        _ name: String, _ keyPath: WritableKeyPath<Root, C.Value> & Sendable, _ codec: C, summary: String? = nil
    ) -> Field {
        Field(RequiredField(name: name, keyPath: keyPath, codec: codec, summary: summary))
    }

    /// A member that may be absent or `null` (then `nil`); written only when it has a value.
    public static func optional<C: ValueCodec>(
        _ name: String, _ keyPath: WritableKeyPath<Root, C.Value?> & Sendable, _ codec: C, summary: String? = nil
    ) -> Field {
        Field(OptionalField(name: name, keyPath: keyPath, codec: codec, summary: summary))
    }

    /// A member that may be absent (then `default`); written always, or only when it differs
    /// from the default when `writesDefault` is false.
    public static func defaulted<C: ValueCodec>(
        _ name: String, _ keyPath: WritableKeyPath<Root, C.Value> & Sendable, _ codec: C, default value: C.Value,
        writesDefault: Bool = true, summary: String? = nil
    ) -> Field where C.Value: Equatable & Sendable {
        Field(DefaultedField(name: name, keyPath: keyPath, codec: codec, defaultValue: value, writesDefault: writesDefault, summary: summary))
    }
}

/// Reads one member into a root value and writes it back; conform to add a field kind.
public protocol FieldAccessor<Root>: Sendable {
    associatedtype Root: Sendable
    var description: FieldDescription { get }
    /// Reads the member from the object the reader is positioned on; `false` when it is wrong.
    func read(into root: inout Root, from reader: inout FieldReader) -> Bool
    func write(from root: Root, to writer: inout FieldOutput)
}

struct RequiredField<Root: Sendable, C: ValueCodec>: FieldAccessor {
    let name: String
    /// The name's bytes, for writing.
    let key: FieldName
    let property: StoredProperty<Root, C.Value>
    let codec: C
    let summary: String?

    init(name: String, keyPath: WritableKeyPath<Root, C.Value> & Sendable, codec: C, summary: String?) {
        self.name = name
        self.key = FieldName(name)
        self.property = StoredProperty(keyPath)
        self.codec = codec
        self.summary = summary
    }

    var description: FieldDescription { FieldDescription(name: name, shape: codec.shape, isRequired: true, summary: summary) }

    func read(into root: inout Root, from reader: inout FieldReader) -> Bool {
        guard let value = reader.required(name, { codec.read(&$0) }) else { return false }
        property.set(&root, value)
        return true
    }

    func write(from root: Root, to writer: inout FieldOutput) {
        writer.key(key)
        codec.write(property.get(root), to: &writer)
    }
}

struct OptionalField<Root: Sendable, C: ValueCodec>: FieldAccessor {
    let name: String
    let key: FieldName
    let property: StoredProperty<Root, C.Value?>
    let codec: C
    let summary: String?

    init(name: String, keyPath: WritableKeyPath<Root, C.Value?> & Sendable, codec: C, summary: String?) {
        self.name = name
        self.key = FieldName(name)
        self.property = StoredProperty(keyPath)
        self.codec = codec
        self.summary = summary
    }

    var description: FieldDescription { FieldDescription(name: name, shape: codec.shape, isRequired: false, summary: summary) }

    func read(into root: inout Root, from reader: inout FieldReader) -> Bool {
        guard let value = reader.optional(name, { codec.read(&$0) }) else { return false }
        property.set(&root, value)
        return true
    }

    func write(from root: Root, to writer: inout FieldOutput) {
        guard let value = property.get(root) else { return }
        writer.key(key)
        codec.write(value, to: &writer)
    }
}

struct DefaultedField<Root: Sendable, C: ValueCodec>: FieldAccessor where C.Value: Equatable & Sendable {
    let name: String
    let key: FieldName
    let property: StoredProperty<Root, C.Value>
    let codec: C
    let defaultValue: C.Value
    let writesDefault: Bool
    let summary: String?

    init(
        name: String, keyPath: WritableKeyPath<Root, C.Value> & Sendable, codec: C, defaultValue: C.Value,
        writesDefault: Bool, summary: String?
    ) {
        self.name = name
        self.key = FieldName(name)
        self.property = StoredProperty(keyPath)
        self.codec = codec
        self.defaultValue = defaultValue
        self.writesDefault = writesDefault
        self.summary = summary
    }

    var description: FieldDescription { FieldDescription(name: name, shape: codec.shape, isRequired: false, summary: summary) }

    func read(into root: inout Root, from reader: inout FieldReader) -> Bool {
        guard let value = reader.optional(name, { codec.read(&$0) }) else { return false }
        property.set(&root, value ?? defaultValue)
        return true
    }

    func write(from root: Root, to writer: inout FieldOutput) {
        let value = property.get(root)
        guard writesDefault || value != defaultValue else { return }
        writer.key(key)
        codec.write(value, to: &writer)
    }
}

/// One property of `Root` that a field fills and writes back, read and written at its byte
/// offset when the key path names stored storage (``MemoryLayout/offset(of:)``), through the
/// key path otherwise (a computed property).
///
/// `root[keyPath: keyPath]` with a key path held in a value is not inlined: every read is a
/// call into the runtime's generic projection (`swift_getAtKeyPath`, which instantiates
/// generic metadata as it goes); it was about a third of encoding an SPOI. At a known offset a
/// field's value is one load or store.
///
/// ```swift
/// let beds = StoredProperty(\ERRoom.beds)
/// var room = ERRoom(id: "A", beds: 1)
/// beds.set(&room, 2)   // room.beds == 2
/// ```
struct StoredProperty<Root, Value>: @unchecked Sendable {
    // @unchecked: the key path is Sendable (the fields take only Sendable key paths) and the
    // offset is an integer; the key path's own type, a class, is what the checker cannot see.
    let keyPath: WritableKeyPath<Root, Value>
    /// The property's offset in `Root`, `nil` when it is not stored inline.
    let offset: Int?

    init(_ keyPath: WritableKeyPath<Root, Value>) {
        self.keyPath = keyPath
        self.offset = MemoryLayout<Root>.offset(of: keyPath)
    }

    @inline(__always)
    func get(_ root: Root) -> Value {
        guard let offset else { return root[keyPath: keyPath] }
        // The offset is where the key path's value is stored inside `Root`, so the memory
        // there is bound to `Value` (MemoryLayout.offset(of:)).
        return withUnsafePointer(to: root) { UnsafeRawPointer($0).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee }
    }

    @inline(__always)
    func set(_ root: inout Root, _ value: Value) {
        guard let offset else {
            root[keyPath: keyPath] = value
            return
        }
        withUnsafeMutablePointer(to: &root) {
            UnsafeMutableRawPointer($0).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee = value
        }
    }
}
