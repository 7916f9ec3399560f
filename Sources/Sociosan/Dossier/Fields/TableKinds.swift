/// A kind read and written by a field table of a type that is neither a structure kind nor a
/// ``DeclaredDossier`` (a type read from several kinds, with rules of its own): what its schema
/// is written from.
public struct TableKind: Sendable {
    public let kind: DossierKind
    /// The schema's `title`.
    public let title: String
    /// The schema's `description`.
    public let summary: String
    /// Every member, envelope first, in canonical order.
    public let fields: [FieldDescription]

    public init(kind: DossierKind, title: String, summary: String, fields: [FieldDescription]) {
        self.kind = kind
        self.title = title
        self.summary = summary
        self.fields = fields
    }
}

/// Every ``TableKind`` of this build: with the structure kinds and the declared kinds, the
/// kinds whose schema `sociosan schema` writes from a field table.
///
/// ```swift
/// TableKinds.kind(for: "staffing.roster")?.fields.map(\.name)
/// ```
public enum TableKinds {
    public static let all: [TableKind] = StaffedStructure.tableKinds

    public static func kind(for kind: DossierKind) -> TableKind? {
        all.first { $0.kind == kind }
    }
}
