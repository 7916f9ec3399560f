/// A value that is one of several object shapes, told apart by one member, the discriminator
/// (`"record": "stay"` or `"record": "event"` on an activity line): each shape is a
/// ``FieldTable`` of its own Swift type, and the variants map each to the one `Root` (an enum).
///
/// Reading looks at the discriminator first: missing, or not one of the codes, it is reported
/// and nothing else is read (the other members mean nothing without it); otherwise the case's
/// table reads the whole object, the discriminator included, and reports as any table does.
/// Writing picks the case that holds the value. The schema is a `oneOf` of the cases' objects,
/// each with the discriminator as a constant (``FieldShape/variants(discriminator:_:)``), and
/// the `Codable` bridge reads and writes through the same tables.
///
/// ```swift
/// let variants = FieldVariants<ActivityRecord>(discriminator: "record", [
///     .init("stay", Stay.fields, embed: ActivityRecord.stay, extract: \.stay),
///     .init("event", Event.fields, embed: ActivityRecord.event, extract: \.event),
/// ])
/// ```
public struct FieldVariants<Root: Sendable>: Sendable {
    /// The member whose code names the shape.
    public let discriminator: String
    public let cases: [Variant]
    let codes: StringCodeList

    /// One shape: its code, its table, and how its value is the root's.
    public struct Variant: Sendable {
        public let code: String
        /// The case's members, in canonical order, the discriminator included.
        public let descriptions: [FieldDescription]
        let read: @Sendable (inout FieldReader, _ dossier: Bool) -> Root?
        /// Writes the members of a root of this case and answers `true`; `false` for another case.
        let write: @Sendable (Root, inout FieldOutput) -> Bool

        /// - Parameters:
        ///   - table: the case's members, with the discriminator
        ///     (``Field/discriminator(_:_:)``) where canonical order puts it.
        ///   - embed: the root holding a value of the case.
        ///   - extract: the case's value in a root, `nil` when the root is of another case.
        public init<Case: Sendable>(
            _ code: String, _ table: FieldTable<Case>, embed: @escaping @Sendable (Case) -> Root,
            extract: @escaping @Sendable (Root) -> Case?
        ) {
            self.code = code
            self.descriptions = table.descriptions
            self.read = { reader, dossier in (dossier ? table.readDossier(&reader) : table.read(&reader)).map(embed) }
            self.write = { root, output in
                guard let value = extract(root) else { return false }
                table.writeMembers(of: value, to: &output)
                return true
            }
        }
    }

    public init(discriminator: String, _ cases: [Variant]) {
        self.discriminator = discriminator
        self.cases = cases
        self.codes = StringCodeList(cases.map(\.code))
    }

    public var shape: FieldShape { .variants(discriminator: discriminator, cases.map(\.descriptions)) }

    /// Reads the object the reader is on; `dossier` when it is a dossier's top level (its
    /// envelope already checked).
    public func read(_ reader: inout FieldReader, dossier: Bool) -> Root? {
        let source = reader.source
        guard source.checkObject(reader.node) else { return nil }
        var cursor: UInt = 0
        guard let member = source.member(reader.node, discriminator, cursor: &cursor) else {
            source.reportMissing(discriminator)
            return nil
        }
        source.enter(key: discriminator)
        var child = FieldReader(source: source, node: member)
        let code = child.readListed(codes) { ValueProblem.notAllowed($0, allowed: codes.codes) }
        source.leave()
        guard let code, let index = cases.firstIndex(where: { $0.code == code }) else { return nil }
        return cases[index].read(&reader, dossier)
    }

    /// Writes the members of `value` (its case's) into the object just begun.
    public func writeMembers(of value: Root, to writer: inout FieldOutput) {
        for variant in cases where variant.write(value, &writer) { return }
    }

    /// Writes the members of `value` into the object `writer` has just begun.
    public func writeMembers<W: FieldWriter>(of value: Root, to writer: inout W) {
        FieldOutput.writing(into: &writer) { writeMembers(of: value, to: &$0) }
    }

    /// Reads a dossier's top level from a tree, for a `Decoder`: every problem becomes one
    /// `DecodingError` whose underlying error (``DossierReadingError``) keeps the pointers.
    func decodeDossier(from tree: FieldTree, codingPath: [any CodingKey]) throws -> Root {
        let source = FieldTreeSource(tree: tree, protectedMembers: nil)
        let root = withExtendedLifetime(source) { () -> Root? in
            var reader = FieldReader(source: source, node: FieldNode(bits: 0))
            return read(&reader, dossier: true)
        }
        guard let root, !source.hasErrors else {
            let error = DossierReadingError(diagnostics: source.diagnostics)
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: error.description, underlyingError: error))
        }
        return root
    }

    /// Writes `value` as one object of its case's members, in canonical order, for an `Encoder`.
    func encode(_ value: Root, to encoder: any Encoder) throws {
        try FieldTreeWriter.encodeObject(to: encoder) { writeMembers(of: value, to: &$0) }
    }
}

extension FieldTreeWriter {
    /// Writes one object whose members `body` writes, for an `Encoder` (a table's or a
    /// variant's `Codable` bridge).
    static func encodeObject(to encoder: any Encoder, _ body: (inout FieldTreeWriter) -> Void) throws {
        var writer = FieldTreeWriter()
        writer.beginObject()
        body(&writer)
        writer.endObject()
        try writer.result?.encode(to: encoder)
    }
}

/// A value of one of several object shapes inside a table (``FieldVariants``).
public struct VariantCodec<Root: Sendable>: ValueCodec {
    public let variants: FieldVariants<Root>
    public var shape: FieldShape { variants.shape }
    public func read(_ reader: inout FieldReader) -> Root? { variants.read(&reader, dossier: false) }
    public func write(_ value: Root, to writer: inout FieldOutput) {
        writer.beginObject()
        variants.writeMembers(of: value, to: &writer)
        writer.endObject()
    }
}

extension ValueCodecs {
    /// One of several object shapes told apart by a member (``FieldVariants``).
    public static func variants<Root: Sendable>(_ variants: FieldVariants<Root>) -> VariantCodec<Root> { VariantCodec(variants: variants) }
}

/// The discriminator of one case of ``FieldVariants``: already read when the case's table
/// runs, so reading only counts it as present; written as the case's code.
struct DiscriminatorField<Root: Sendable>: FieldAccessor {
    let name: String
    let code: String

    var description: FieldDescription { FieldDescription(name: name, shape: .constantText(code), isRequired: true) }

    func read(into root: inout Root, from reader: inout FieldReader) -> Bool {
        reader.required(name) { _ in () } != nil
    }

    func write(from root: Root, to writer: inout FieldOutput) {
        writer.key(name)
        writer.string(code)
    }
}

extension Field {
    /// The member that names this case of ``FieldVariants`` (`"record": "stay"`).
    public static func discriminator(_ name: String, _ code: String) -> Field {
        Field(DiscriminatorField<Root>(name: name, code: code))
    }
}
