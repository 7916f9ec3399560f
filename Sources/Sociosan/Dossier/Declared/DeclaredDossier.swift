/// A dossier kind that is not a building: a project, a plan, a visit, a profile, a placement.
///
/// Such a kind is declared the way a structure kind is (``StructureKind``): a value type, one
/// ``DossierDeclaration`` with its field table and rules, and one entry in
/// ``DeclaredKinds/all``. From the declaration come the JSON reader and canonical writer,
/// `sociosan validate`, `rules list`, `schema` and `kinds`, the store, and `Codable`; nothing
/// else is written by hand.
///
/// ```swift
/// struct VisitReport: DeclaredDossier {
///     var id: StructureID
///     var visitedOn: LocalDate
///     static let declaration = DossierDeclaration<VisitReport>(
///         kind: "example.visit", title: LocalizedText(it: "Verbale di visita", en: "Visit report"),
///         summary: "A control visit.", citation: Citation(.structuresSicily, lines: 3322...3409),
///         blank: VisitReport(id: .placeholder, visitedOn: LocalDate(year: 2000, month: 1, day: 1)!),
///         fields: [
///             .required("id", \.id, ValueCodecs.identifier),
///             .required("visitedOn", \.visitedOn, ValueCodecs.date),
///         ],
///         rules: [])
/// }
/// ```
public protocol DeclaredDossier: Sendable, Hashable, Codable {
    /// Everything Sociosan knows of the kind: its fields, its rules, its title.
    static var declaration: DossierDeclaration<Self> { get }
}

extension DeclaredDossier {
    /// The kind every dossier of this type is written as.
    public var kind: DossierKind { Self.declaration.kind }
    /// What the catalogue says of the kind (usable through `any DeclaredDossier.Type`).
    public static var kindInfo: DossierKindInfo { declaration.info }
    /// The kind's rules as descriptors, for listings (usable through `any DeclaredDossier.Type`).
    public static var ruleDescriptors: [RuleDescriptor] { declaration.ruleSet.descriptors }
    /// The members of a dossier of the kind, for schemas (usable through `any DeclaredDossier.Type`).
    public static var fieldDescriptions: [FieldDescription] { declaration.fields.descriptions }
    /// What the dossier is, in English (usable through `any DeclaredDossier.Type`).
    public static var summary: String { declaration.summary }

    /// The kind's protected member names (``DossierDeclaration/protectedMembers``), if any.
    public static var protectedMembers: ProtectedMembers? { declaration.protectedMembers }
}

/// The declaration of one ``DeclaredDossier`` kind: its name, its title, the regulation it comes
/// from, its field table (the envelope is added) and its rules.
public struct DossierDeclaration<Dossier: Sendable>: Sendable {
    public let kind: DossierKind
    public let schemaVersion: Int
    /// The kind's title in the catalogue and in its schema.
    public let title: LocalizedText
    /// What the dossier is, in English (the schema's `description`).
    public let summary: String
    /// The regulation text the kind covers.
    public let citation: Citation
    /// Every member, envelope first, in canonical order.
    public let fields: FieldTable<Dossier>
    public let ruleSet: RuleSet<Dossier>
    /// Member names that would hold a person's identity, refused wherever the tables do not
    /// declare them, by the readers (an error even without `--strict`) and by the schema
    /// (``ProtectedMembers``); `nil` for a kind without people.
    public let protectedMembers: ProtectedMembers?

    /// - Parameters:
    ///   - blank: the value decoding starts from; every required field overwrites its part.
    ///   - fields: the members after `kind` and `schemaVersion`, in canonical order.
    public init(
        kind: DossierKind, schemaVersion: Int = 1, title: LocalizedText, summary: String, citation: Citation,
        blank: Dossier, fields: [Field<Dossier>], rules: [Rule<Dossier>], protectedMembers: ProtectedMembers? = nil
    ) {
        self.protectedMembers = protectedMembers
        self.kind = kind
        self.schemaVersion = schemaVersion
        self.title = title
        self.summary = summary
        self.citation = citation
        self.fields = .dossier(kind: kind, schemaVersion: schemaVersion, blank: blank, fields)
        self.ruleSet = RuleSet(kind: kind, rules: rules)
    }

    public var info: DossierKindInfo {
        DossierKindInfo(kind: kind, schemaVersion: schemaVersion, supportedVersions: 1...schemaVersion, title: title, citation: citation)
    }
}
