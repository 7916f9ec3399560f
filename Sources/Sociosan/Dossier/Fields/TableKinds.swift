/// A kind read and written by a field table of a type that is neither a structure kind nor a
/// ``DeclaredDossier`` (a type read from several kinds, with rules of its own): what its schema
/// is written from.
public struct TableKind: Sendable {
    public let kind: DossierKind
    /// The schema's `title`.
    public let title: String
    /// The schema's `description`.
    public let summary: String
    /// The dossier's shape: an object (its members, envelope first, in canonical order) or
    /// variants of objects (``FieldVariants``).
    public let shape: FieldShape

    public init(kind: DossierKind, title: String, summary: String, shape: FieldShape) {
        self.kind = kind
        self.title = title
        self.summary = summary
        self.shape = shape
    }

    /// A kind whose dossier is one object of these members.
    public init(kind: DossierKind, title: String, summary: String, fields: [FieldDescription]) {
        self.init(kind: kind, title: title, summary: summary, shape: .object(fields))
    }
}

/// Every ``TableKind`` of this build: with the structure kinds and the declared kinds, the
/// kinds whose schema `sociosan schema` writes from a field table.
///
/// ```swift
/// TableKinds.kind(for: "staffing.roster")?.shape
/// ```
public enum TableKinds {
    public static let all: [TableKind] = StaffedStructure.tableKinds + ActivityRecord.tableKinds

    public static func kind(for kind: DossierKind) -> TableKind? {
        all.first { $0.kind == kind }
    }
}
