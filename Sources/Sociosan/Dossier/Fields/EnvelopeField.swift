/// `kind` and `schemaVersion`: checked by the validator before the body is read, written first.
///
/// One table serves one kind, so the kind written is the table's, whatever the root type.
struct EnvelopeField<Root: Sendable>: FieldAccessor {
    let kind: DossierKind
    let schemaVersion: Int
    let isKind: Bool

    var description: FieldDescription {
        isKind
            ? FieldDescription(name: "kind", shape: .constantText(kind.rawValue), isRequired: true, summary: "The dossier kind.")
            : FieldDescription(name: "schemaVersion", shape: .constantInteger(schemaVersion), isRequired: true,
                               summary: "The version of this schema.")
    }

    func read(into root: inout Root, from reader: inout FieldReader) -> Bool { true }

    func write<W: FieldWriter>(from root: Root, to writer: inout W) {
        if isKind {
            writer.key("kind"); writer.string(kind.rawValue)
        } else {
            writer.key("schemaVersion"); writer.integer(schemaVersion)
        }
    }
}

extension FieldTable {
    /// A dossier's whole table: the envelope (`kind`, `schemaVersion`), then `body`.
    static func dossier(kind: DossierKind, schemaVersion: Int, blank: Root, _ body: [Field<Root>]) -> FieldTable {
        FieldTable(blank: blank, [
            Field(EnvelopeField<Root>(kind: kind, schemaVersion: schemaVersion, isKind: true)),
            Field(EnvelopeField<Root>(kind: kind, schemaVersion: schemaVersion, isKind: false)),
        ] + body)
    }
}
