/// Every declared (non-structure) dossier kind of this build: the one registration list.
///
/// A new kind adds one expression here (a type, or a family's list of types); the validator,
/// the catalogue, the schemas and the store read this list.
///
/// ```swift
/// DeclaredKinds.type(for: "sicily.minors.control-visit")?.kindInfo.title.english
/// ```
public enum DeclaredKinds {
    public static let all: [any DeclaredDossier.Type] = SicilyControlAndInclusionKinds.all + [SSTQualityProfile.self]
        + SicilyProjectKinds.all + [ERAddictionPlacement.self]
        + ImplementalKinds.all

    public static func type(for kind: DossierKind) -> (any DeclaredDossier.Type)? {
        all.first { $0.kindInfo.kind == kind }
    }
}
