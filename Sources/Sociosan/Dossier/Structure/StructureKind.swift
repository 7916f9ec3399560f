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
///
/// A class: a kind is registered once and never changes, and decoding, encoding and validating
/// look it up for every dossier; as a struct each lookup copied it (some forty references
/// retained and released, its blank dossier's included).
public final class StructureKind: Sendable {
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
    /// The kind's rules as a set: what the validator runs over a dossier of this kind, so that
    /// a dossier does not pay for the guards of every other kind's rules.
    public let ruleSet: RuleSet<StructureDossier>
    /// Whether the dossier lists bedrooms (`rooms`): a service that is not a building, such as
    /// home education, declares only its capacity.
    public let premises: StructurePremises
    /// Member names refused wherever the tables do not declare them (a minor's name, tax code,
    /// birth date), by the readers and the schema; `nil` for kinds without such a guard.
    public let protectedMembers: ProtectedMembers?
    /// Every member of the dossier, in canonical order.
    public let fields: FieldTable<StructureDossier>
    /// The codes its dossiers may attest (its areas' codes, in order): what their
    /// ``StructureDossier/attestations`` are bits of.
    public var attestationCatalogue: AttestationCatalogue { fields.blank.attestations.catalogue }

    /// A kind with every shared member (``StructureDossier/SharedFields/all``), then its
    /// family's `sections` (``Field/section(_:)``).
    public convenience init(
        type: StructureType, schemaVersion: Int = StructureDossier.schemaVersion, title: LocalizedText, summary: String,
        premises: StructurePremises = .bedrooms, sections: [Field<StructureDossier>], attestationAreas: [AttestationArea],
        rules: [Rule<StructureDossier>], protectedMembers: ProtectedMembers? = nil
    ) {
        self.init(type: type, schemaVersion: schemaVersion, title: title, summary: summary, premises: premises,
                  members: StructureDossier.SharedFields.all(for: type, premises: premises) + sections,
                  attestationAreas: attestationAreas, rules: rules, protectedMembers: protectedMembers)
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
        premises: StructurePremises = .bedrooms, members: [Field<StructureDossier>], attestationAreas: [AttestationArea],
        rules: [Rule<StructureDossier>], protectedMembers: ProtectedMembers? = nil
    ) {
        self.type = type
        self.schemaVersion = schemaVersion
        self.title = title
        self.summary = summary
        self.premises = premises
        self.members = members
        self.attestationAreas = attestationAreas
        self.rules = rules
        self.ruleSet = RuleSet(kind: type.kind, rules: rules)
        self.protectedMembers = protectedMembers
        self.fields = StructureDossier.fieldTable(type: type, schemaVersion: schemaVersion, members: members, areas: attestationAreas)
    }

    public var kind: DossierKind { type.kind }

    /// What the catalogue says of the kind.
    public var info: DossierKindInfo {
        DossierKindInfo(kind: kind, schemaVersion: schemaVersion, supportedVersions: 1...schemaVersion, title: title, citation: type.citation)
    }
}

/// What the shared parts say of a kind's premises.
public enum StructurePremises: Sendable, Hashable {
    /// A building with bedrooms: `rooms` (at least one, each with beds) is required and `beds` is
    /// the accredited places.
    case bedrooms
    /// A service delivered where its users live or meet, with no bedrooms: no `rooms` member,
    /// and `beds` holds the capacity in the type's unit (users, families); its premises, if the
    /// regulation sets any, are in the kind's section.
    case serviceWithoutBedrooms
}

/// One list of attested requirements: a dossier member holding distinct codes, each one of
/// `codes` (in the order they are written back).
public struct AttestationArea: Sendable, Hashable {
    public let member: String
    public let codes: [String]
    public let summary: String
    /// The codes, found by their bytes when read.
    public let codeList: StringCodeList

    public init(member: String, codes: [String], summary: String) {
        self.member = member
        self.codes = codes
        self.summary = summary
        self.codeList = StringCodeList(codes)
    }
}

/// Every structure dossier kind of this build, and their rules: the one registration list.
///
/// ```swift
/// StructureKinds.kind(for: "er.psychiatry.rtp")?.rules.count
/// ```
public enum StructureKinds {
    public static let all: [StructureKind] = [SPOIRules.kind] + ERStructureRules.kinds + [SicilyResidence24hRules.kind]
        + SicilyElderlyKinds.all + SicilyDisabilityKinds.all + SicilyMinorsKinds.all + SicilyAddictionKinds.all + [SicilyGroupApartmentRules.kind]

    /// Every kind but the SPOI: the catalogue lists the SPOI, the first kind this tool read, at
    /// its head, before the staffing and activity kinds, and these after them.
    public static var afterSPOI: ArraySlice<StructureKind> { all.dropFirst() }

    public static func kind(for kind: DossierKind) -> StructureKind? {
        positions[kind].map { all[$0] }
    }

    /// Each kind's position in ``all`` (the first, as a search would find): decoding looks
    /// the kind up once a dossier.
    private static let positions: [DossierKind: Int] = {
        var positions: [DossierKind: Int] = [:]
        for (position, kind) in all.enumerated() where positions[kind.kind] == nil { positions[kind.kind] = position }
        return positions
    }()

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

    func read(into root: inout StructureDossier, from reader: inout FieldReader) -> Bool {
        guard let section = reader.required(Section.member, { Section.fields.read(&$0) }) else { return false }
        root.sections[Section.self] = section
        return true
    }

    func write(from root: StructureDossier, to writer: inout FieldOutput) {
        root.sections.with(Section.self) { section in
            writer.key(Section.member)
            writer.beginObject()
            Section.fields.writeMembers(of: section, to: &writer)
            writer.endObject()
        }
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

    func read(into root: inout StructureDossier, from reader: inout FieldReader) -> Bool {
        root.sections.update(Section.self, blank: Section.fields.blank) { field.read(&$0, &reader) }
    }

    func write(from root: StructureDossier, to writer: inout FieldOutput) {
        // The field's own write closure, made where its accessor's type was known: through
        // `field.accessor` the write would run unspecialised (half of encoding an SPOI). The
        // section is read in place, not copied out for each of its members.
        root.sections.with(Section.self) { field.write($0, &writer) }
    }
}

/// A class, so that the table's read and write closures hold it by one reference (as a struct
/// it was copied, its arrays retained, for each area of each dossier read).
final class AttestationAreaField: FieldAccessor {
    let area: AttestationArea
    /// The kind's catalogue, and the position there of each of the area's codes.
    let catalogue: AttestationCatalogue
    let positions: [Int]
    /// The member's name and the codes, made once for writing.
    let key: FieldName
    let names: [FieldName]

    init(area: AttestationArea, catalogue: AttestationCatalogue) {
        self.area = area
        self.catalogue = catalogue
        self.positions = area.codes.map { catalogue.position(of: $0)! }
        self.key = FieldName(area.member)
        self.names = area.codes.map(FieldName.init)
    }

    var description: FieldDescription {
        FieldDescription(name: area.member, shape: .codeSet(area.codes), isRequired: true, summary: area.summary)
    }

    func read(into root: inout StructureDossier, from reader: inout FieldReader) -> Bool {
        // The root is the kind's blank, whose attestations are in `catalogue`: a code found at
        // position `p` of the area is bit `positions[p]`.
        reader.required(area.member) { element in
            positions.withUnsafeBufferPointer { positions in
                element.readCodes(area.codeList) { root.attestations.insert(position: positions[$0]) }
            } ? true : nil
        } != nil
    }

    func write(from root: StructureDossier, to writer: inout FieldOutput) {
        writer.key(key)
        writer.beginArray()
        if root.attestations.catalogue === catalogue {
            for index in positions.indices where root.attestations.contains(position: positions[index]) {
                writer.string(names[index])
            }
        } else {
            // A dossier built by hand whose codes are not all the kind's: looked up by text.
            for index in area.codes.indices where root.attestations.contains(area.codes[index]) { writer.string(names[index]) }
        }
        writer.endArray()
    }
}
