/// A structure dossier kind, declared: its type row, the sections its family adds, the areas
/// of requirements it attests, and its rules. From these the kind's field table (and so its
/// JSON, schema and `Codable` form) is composed; nothing else is written by hand.
///
/// ```swift
/// let kind = StructureKind(
///     type: .sicilyPsychiatricResidence24h,
///     title: LocalizedText(it: "...", en: "..."), summary: "...",
///     sections: [.section(SicilyResidence24hSection.self)],
///     attestationAreas: SicilyResidence24hRules.attestationAreas,
///     rules: SicilyResidence24hRules.rules)
/// ```
public struct StructureKind: Sendable {
    public let type: StructureType
    public let schemaVersion: Int
    /// The kind's title in the catalogue and in its schema.
    public let title: LocalizedText
    /// What the dossier is, in English (the schema's `description`).
    public let summary: String
    /// Every member between the envelope and the attested requirements, in canonical order:
    /// the shared ones the kind has (``StructureDossier/SharedFields``) and its own.
    public let members: [Field<StructureDossier>]
    /// The lists of attested requirements, one member each, after the sections.
    public let attestationAreas: [AttestationArea]
    /// The kind's rules; each checks only dossiers of its own type.
    public let rules: [Rule<StructureDossier>]
    /// Every member of the dossier, in canonical order.
    public let fields: FieldTable<StructureDossier>

    /// A kind with every shared member (``StructureDossier/SharedFields/all``), then its
    /// family's `sections` (``Field/section(_:)``).
    public init(
        type: StructureType, schemaVersion: Int = StructureDossier.schemaVersion, title: LocalizedText, summary: String,
        sections: [Field<StructureDossier>], attestationAreas: [AttestationArea], rules: [Rule<StructureDossier>]
    ) {
        self.init(type: type, schemaVersion: schemaVersion, title: title, summary: summary,
                  members: StructureDossier.SharedFields.all + sections, attestationAreas: attestationAreas, rules: rules)
    }

    /// A kind whose JSON is not the shared shape: `members` lists, in canonical order, the
    /// shared members it has and its own (a section's members inline, ``Field/inline(_:)``).
    /// The shared properties it leaves out keep their blank value (`""`, `[]`).
    ///
    /// ```swift
    /// StructureKind(type: .spoi, title: ..., summary: ..., members: [
    ///     StructureDossier.SharedFields.id, StructureDossier.SharedFields.name, .inline(SPOISection.producesSDO),
    /// ], attestationAreas: ..., rules: ...)
    /// ```
    public init(
        type: StructureType, schemaVersion: Int = StructureDossier.schemaVersion, title: LocalizedText, summary: String,
        members: [Field<StructureDossier>], attestationAreas: [AttestationArea], rules: [Rule<StructureDossier>]
    ) {
        self.type = type
        self.schemaVersion = schemaVersion
        self.title = title
        self.summary = summary
        self.members = members
        self.attestationAreas = attestationAreas
        self.rules = rules
        self.fields = StructureDossier.fieldTable(type: type, schemaVersion: schemaVersion, members: members, areas: attestationAreas)
    }

    public var kind: DossierKind { type.kind }

    /// What the catalogue says of the kind.
    public var info: DossierKindInfo {
        DossierKindInfo(kind: kind, schemaVersion: schemaVersion, supportedVersions: 1...schemaVersion, title: title, citation: type.citation)
    }
}

/// One list of attested requirements: a dossier member holding distinct codes, each one of
/// `codes` (in the order they are written back).
public struct AttestationArea: Sendable, Hashable {
    public let member: String
    public let codes: [String]
    public let summary: String

    public init(member: String, codes: [String], summary: String) {
        self.member = member
        self.codes = codes
        self.summary = summary
    }
}

/// Every structure dossier kind of this build, and their rules: the one registration list.
///
/// ```swift
/// StructureKinds.kind(for: "er.psychiatry.rtp")?.rules.count
/// ```
public enum StructureKinds {
    public static let all: [StructureKind] = [SPOIRules.kind] + ERStructureRules.kinds + [SicilyResidence24hRules.kind]

    /// Every kind but the SPOI: the catalogue lists the SPOI, the first kind this tool read, at
    /// its head, before the staffing and activity kinds, and these after them.
    public static var afterSPOI: ArraySlice<StructureKind> { all.dropFirst() }

    public static func kind(for kind: DossierKind) -> StructureKind? {
        all.first { $0.kind == kind }
    }

    /// The rules of every kind, kind by kind; each rule checks only dossiers of its own type.
    public static let ruleSet = RuleSet<StructureDossier>(kind: all[0].kind, rules: all.flatMap(\.rules))
}

extension Field where Root == StructureDossier {
    /// A family's section, required in the kind that registers it.
    public static func section<Section: StructureSection>(_ type: Section.Type) -> Field {
        Field(SectionField<Section>())
    }
}

struct SectionField<Section: StructureSection>: FieldAccessor {
    var description: FieldDescription {
        FieldDescription(name: Section.member, shape: .object(Section.fields.descriptions), isRequired: true, summary: Section.summary)
    }

    func read<R: FieldReader>(into root: inout StructureDossier, from reader: inout R) -> Bool {
        guard let section = reader.required(Section.member, { Section.fields.read(&$0) }) else { return false }
        root.sections[Section.self] = section
        return true
    }

    func write<W: FieldWriter>(from root: StructureDossier, to writer: inout W) {
        guard let section = root.sections[Section.self] else { return }
        writer.key(Section.member)
        writer.beginObject()
        Section.fields.writeMembers(of: section, to: &writer)
        writer.endObject()
    }
}

extension Field where Root == StructureDossier {
    /// One member of a family's section written at the dossier's top level rather than under
    /// the section's own member: for a kind whose own members sit among the shared ones (the
    /// SPOI's `producesSDO` between `disciplineCode` and `buildingPermitDate`). Reading a
    /// member fills the dossier's section (starting from the section's blank).
    ///
    /// ```swift
    /// let member: Field<StructureDossier> = .inline(SPOISection.producesSDO)
    /// ```
    public static func inline<Section: StructureSection>(_ field: Field<Section>) -> Field {
        Field(InlineSectionMember<Section>(field: field))
    }
}

struct InlineSectionMember<Section: StructureSection>: FieldAccessor {
    let field: Field<Section>

    var description: FieldDescription { field.description }

    func read<R: FieldReader>(into root: inout StructureDossier, from reader: inout R) -> Bool {
        var section = root.sections[Section.self] ?? Section.fields.blank
        let ok = field.accessor.read(into: &section, from: &reader)
        root.sections[Section.self] = section
        return ok
    }

    func write<W: FieldWriter>(from root: StructureDossier, to writer: inout W) {
        guard let section = root.sections[Section.self] else { return }
        field.accessor.write(from: section, to: &writer)
    }
}

struct AttestationAreaField: FieldAccessor {
    let area: AttestationArea

    var description: FieldDescription {
        FieldDescription(name: area.member, shape: .codeSet(area.codes), isRequired: true, summary: area.summary)
    }

    func read<R: FieldReader>(into root: inout StructureDossier, from reader: inout R) -> Bool {
        reader.required(area.member) { $0.readStrings(allowed: area.codes, into: &root.attestations) ? true : nil } != nil
    }

    func write<W: FieldWriter>(from root: StructureDossier, to writer: inout W) {
        writer.key(area.member)
        writer.beginArray()
        for code in area.codes where root.attestations.contains(code) { writer.string(code) }
        writer.endArray()
    }
}

/// `kind` and `schemaVersion`: checked by the validator before the body is read, written first.
struct EnvelopeField: FieldAccessor {
    let kind: DossierKind
    let schemaVersion: Int
    let isKind: Bool

    var description: FieldDescription {
        isKind
            ? FieldDescription(name: "kind", shape: .constantText(kind.rawValue), isRequired: true, summary: "The dossier kind.")
            : FieldDescription(name: "schemaVersion", shape: .constantInteger(schemaVersion), isRequired: true,
                               summary: "The version of this schema.")
    }

    func read<R: FieldReader>(into root: inout StructureDossier, from reader: inout R) -> Bool { true }

    func write<W: FieldWriter>(from root: StructureDossier, to writer: inout W) {
        if isKind {
            writer.key("kind"); writer.string(root.kind.rawValue)
        } else {
            writer.key("schemaVersion"); writer.integer(schemaVersion)
        }
    }
}
