/// The two kinds of ``StaffedStructure`` as field tables: `staffing.roster` (with `members`) and
/// `staffing.structure` (a line of a network file, without). One table per kind is the single
/// source of decoding (with JSON Pointers), canonical encoding and member order, `sociosan
/// schema`, the files in `Schemas/` and the `Codable` bridge.
///
/// Defaults are omitted in canonical output: `fullTimeHours` 36, no conditions, contract
/// `employee`.
///
/// ```swift
/// let table = StaffedStructure.fields(for: "staffing.roster")!
/// table.keys   // ["kind", "schemaVersion", "id", "type", "capacity", "province", "fullTimeHours", "conditions", "members"]
/// ```
extension StaffedStructure {
    /// The capacity a structure may declare (beds, places, users or families).
    public static let capacityRange = 0...1_000_000
    /// Weekly hours of one full-time post, in hundredths (0.01 to 168 hours).
    public static let fullTimeHoursRange = 1...16_800
    /// Weekly hours of one roster member, in hundredths (0 to 168 hours).
    public static let hoursPerWeekRange = 0...16_800
    public static let defaultFullTimeHours: Rational = StaffingParameters().fullTimeHours
    /// The ids a `type` may be (``StaffingCatalogue/ids``), found by their bytes.
    public static let types = StringCodeList(StaffingCatalogue.ids)

    /// The table of `kind` (``rosterKind`` or ``structureKind``), `nil` for any other kind.
    public static func fields(for kind: DossierKind) -> FieldTable<StaffedStructure>? {
        kind == rosterKind ? rosterFields : kind == structureKind ? structureFields : nil
    }

    /// The table of the kind the structure is written as.
    public var fields: FieldTable<StaffedStructure> { roster == nil ? Self.structureFields : Self.rosterFields }

    static let blank = StaffedStructure(id: .placeholder, type: "", capacity: 0)

    /// The members both kinds share, after the envelope.
    static let sharedFields: [Field<StaffedStructure>] = [
        .required("id", \.id, ValueCodecs.identifier),
        .required("type", \.type, StandardTypeCodec(),
                  summary: "The id of a staffing standard (`sociosan staffing --list`), e.g. er.spoi, sicily.home-education."),
        .required("capacity", \.capacity, ValueCodecs.integer(capacityRange),
                  summary: "Beds, places, users or families, as the type counts them."),
        .optional("province", \.province, ValueCodecs.code(Province.self)),
        .defaulted("fullTimeHours", \.parameters.fullTimeHours,
                   ValueCodecs.mapped(ValueCodecs.hundredths(fullTimeHoursRange), read: { Rational($0, 100) }, write: \.hundredths),
                   default: defaultFullTimeHours, writesDefault: false,
                   summary: "Weekly hours of one full-time post; default 36 (omitted in canonical output)."),
        .defaulted("conditions", \.parameters.conditions, ConditionSetCodec(), default: [], writesDefault: false,
                   summary: "Declared circumstances that switch conditional requirements on (e.g. minors-under-penal-measure)."),
    ]

    static let rosterFields = FieldTable.dossier(kind: rosterKind, schemaVersion: schemaVersion, blank: blank, sharedFields + [
        .required("members", \.roster,
                  ValueCodecs.mapped(ValueCodecs.list(ValueCodecs.object(RosterMember.fields)),
                                     read: { Roster?.some(Roster(members: $0)) }, write: { (roster: Roster?) in roster?.members ?? [] })),
    ])

    static let structureFields = FieldTable.dossier(kind: structureKind, schemaVersion: schemaVersion, blank: blank, sharedFields + [
        .forbidden("members", LocalizedText(it: "una struttura con organico è un dossier \"staffing.roster\"",
                                            en: "a structure with a roster is a \"staffing.roster\" dossier"),
                   summary: "Not allowed: a structure with a roster is a staffing.roster dossier."),
    ])

    /// The schema text of both kinds: their title and description (``TableKinds``).
    static let tableKinds: [TableKind] = [
        TableKind(kind: rosterKind, title: "Staffing roster of one structure",
                  summary: "A structure's roster checked against the staffing standard of its type by `sociosan validate` and "
                      + "`sociosan staffing check`. Every finding cites the seed line of the standard it applies.",
                  fields: rosterFields.descriptions),
        TableKind(kind: structureKind, title: "A structure of a regional network (one JSON Lines record)",
                  summary: "One line of a network file read by `sociosan network`: type, capacity and province of a structure "
                      + "without a roster. A line with a roster is a staffing.roster dossier; a network file may mix both kinds.",
                  fields: structureFields.descriptions),
    ]
}

extension RosterMember {
    public static let fields = FieldTable(blank: RosterMember(role: .nurse, hoursPerWeek: 0), [
        .required("role", \.role, ValueCodecs.code(StaffRole.self)),
        .required("hoursPerWeek", \.hoursPerWeek,
                  ValueCodecs.mapped(ValueCodecs.hundredths(StaffedStructure.hoursPerWeekRange), read: { Rational($0, 100) }, write: \.hundredths)),
        .defaulted("contract", \.contract, ValueCodecs.code(ContractType.self), default: .employee, writesDefault: false,
                   summary: "Default employee (omitted in canonical output). Trainees and volunteers never count towards minima."),
    ])
}

/// A structure's `type`: the id of a standard of ``StaffingCatalogue``, found by its bytes
/// (the catalogue's own string: none is made per structure of a network file).
struct StandardTypeCodec: ValueCodec {
    static var ids: StringCodeList { StaffedStructure.types }

    var shape: FieldShape { .code(Self.ids.codes) }

    func read(_ reader: inout FieldReader) -> String? {
        reader.readListed(Self.ids) { text in
            let known = Self.ids.codes.joined(separator: ", ")
            let excerpt = MessageExcerpt.of(text)
            return LocalizedText(it: "tipologia \"\(excerpt)\" sconosciuta; tipologie: \(known)",
                                 en: "unknown structure type \"\(excerpt)\"; types: \(known)")
        }
    }

    func write(_ value: String, to writer: inout FieldOutput) { writer.string(value) }
}

/// Declared conditions: an array of condition codes (``StaffingCondition/isCode(_:)``), written
/// sorted. A repeated code is one condition, as before the table.
struct ConditionSetCodec: ValueCodec {
    var shape: FieldShape { .distinctArray(.string(minLength: 1, pattern: "^[a-z0-9.-]+$", description: nil)) }

    func read(_ reader: inout FieldReader) -> Set<StaffingCondition>? {
        let names = reader.readArray(minimumCount: 0) { element -> String? in
            guard let text = element.readString(nonEmpty: false) else { return nil }
            guard StaffingCondition.isCode(text.utf8) else {
                element.reportInvalid(LocalizedText(it: "una condizione è un codice come \"hosts-minors\" (a-z, 0-9, '-', '.')",
                                                    en: "a condition is a code such as \"hosts-minors\" (a-z, 0-9, '-', '.')"))
                return nil
            }
            return text
        }
        return names.map { Set($0.map(StaffingCondition.init(rawValue:))) }
    }

    func write(_ value: Set<StaffingCondition>, to writer: inout FieldOutput) {
        writer.beginArray()
        for condition in value.map(\.rawValue).sorted() { writer.string(condition) }
        writer.endArray()
    }
}

extension StaffingCondition {
    /// Whether `bytes` spell a condition code: lower-case letters, digits, '-' and '.'
    /// (namespaced codes such as "sicily.addiction.non-profit-operator"); one rule for the
    /// table and the network reader's fast path.
    public static func isCode(_ bytes: some Collection<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 46 }
    }
}

/// `Codable` through the kinds' field tables (``FieldTree``), so Foundation's coders see the
/// same members, order, defaults and checks as the JSON layer: the kind follows the roster
/// (`staffing.roster` with `members`, `staffing.structure` without); every problem becomes a
/// `DecodingError` whose underlying ``DossierReadingError`` keeps the JSON Pointers.
///
/// ```swift
/// let structure = try JSONDecoder().decode(StaffedStructure.self, from: line)
/// let text = try JSONEncoder().encode(structure)
/// ```
extension StaffedStructure: Codable {
    public init(from decoder: any Decoder) throws {
        self = try FieldTable.decode(from: decoder, CodableKindLookup(
            table: { Self.fields(for: $0) },
            accepts: { _, version in version == Self.schemaVersion },
            protectedMembers: { _ in nil },
            unknownKind: { "\"kind\" must be \"\(Self.rosterKind)\" or \"\(Self.structureKind)\"" },
            expectedVersion: { _ in "\(Self.schemaVersion)" }))
    }

    public func encode(to encoder: any Encoder) throws {
        try fields.encode(self, to: encoder)
    }
}
