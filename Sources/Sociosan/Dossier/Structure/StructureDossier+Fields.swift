// The field tables of the parts every structure dossier shares, in schema order. A kind's
// whole table (``StructureKind/fields``) is the envelope, its members (by default these shared
// ones, then its sections), then its attested areas.

extension StructureDossier {
    /// The members structure dossiers share, one ``Field`` each, so that a kind whose JSON
    /// differs (the SPOI: no `healthAuthority`, its own `staff` and `access`) lists the ones it
    /// has, in its own order, among its own (``StructureKind/init(type:schemaVersion:title:summary:members:attestationAreas:rules:)``).
    ///
    /// ```swift
    /// let members = [StructureDossier.SharedFields.id, StructureDossier.SharedFields.name]
    /// ```
    public enum SharedFields {
        public static let id: Field<StructureDossier> = .required("id", \.id, ValueCodecs.identifier)
        public static let name: Field<StructureDossier> = .required("name", \.name, ValueCodecs.string())
        public static let managingOperator: Field<StructureDossier> =
            .required("operator", \.managingOperator, ValueCodecs.object(ERStructureOperator.fields))
        public static let province: Field<StructureDossier> = .required("province", \.province, ValueCodecs.code(Province.self))
        public static let healthAuthority: Field<StructureDossier> = .required(
            "healthAuthority", \.healthAuthority, ValueCodecs.string(),
            summary: "The local health authority (AUSL, ASP) on whose territory the structure stands.")
        public static let disciplineCode: Field<StructureDossier> = .optional(
            "disciplineCode", \.disciplineCode, ValueCodecs.string(), summary: "Hospital discipline code, where the type has one.")
        public static let buildingPermitDate: Field<StructureDossier> = .optional(
            "buildingPermitDate", \.buildingPermitDate, ValueCodecs.date,
            summary: "Date of the building permit (permesso di costruzione), when known.")
        public static let accreditation: Field<StructureDossier> =
            .required("accreditation", \.accreditation, ValueCodecs.object(ERAccreditation.fields))
        // the seed gives the residences no bed number; the dossier must declare one.
        public static let beds: Field<StructureDossier> =
            .required("beds", \.beds, ValueCodecs.integer(1...1000), summary: "Accredited beds; a positive count is required (A-17).")
        /// `beds` of a service without bedrooms: its capacity in the type's unit.
        public static func capacity(_ type: StructureType) -> Field<StructureDossier> {
            .required("beds", \.beds, ValueCodecs.integer(1...1000),
                      summary: "Capacity of the service in \(type.capacityUnit.label.english) (it has no bedrooms; the member keeps the name every structure dossier gives its capacity).")
        }
        public static let rooms: Field<StructureDossier> = rooms(ERRoom.fields)
        public static let staff: Field<StructureDossier> =
            .required("staff", \.staff, ValueCodecs.list(ValueCodecs.object(ERStaffMember.fields)))
        public static let access: Field<StructureDossier> = .required("access", \.access, ValueCodecs.object(ERStructureAccess.fields))

        /// `rooms` with the room members of `table` (a kind whose rooms have no floor area
        /// passes ``ERRoom/fields`` without `squareMetres`).
        public static func rooms(_ table: FieldTable<ERRoom>) -> Field<StructureDossier> {
            .required("rooms", \.rooms, ValueCodecs.list(ValueCodecs.object(table), minimumCount: 1, distinctID: { $0.id }))
        }

        /// Every shared member, in the order of a kind that has them all.
        public static let all: [Field<StructureDossier>] = [
            id, name, managingOperator, province, healthAuthority, disciplineCode, buildingPermitDate, accreditation, beds,
            rooms, staff, access,
        ]

        /// The shared members of a kind of `type`: all of them for a building with bedrooms;
        /// without bedrooms, no `rooms`, and `beds` is the capacity in the type's unit.
        public static func all(for type: StructureType, premises: StructurePremises) -> [Field<StructureDossier>] {
            guard premises == .serviceWithoutBedrooms else { return all }
            return [id, name, managingOperator, province, healthAuthority, disciplineCode, buildingPermitDate, accreditation,
                    capacity(type), staff, access]
        }
    }

    /// The table of one kind: envelope, `members`, then the attested `areas`.
    static func fieldTable(
        type: StructureType, schemaVersion: Int, members: [Field<StructureDossier>], areas: [AttestationArea]
    ) -> FieldTable<StructureDossier> {
        // The kind's catalogue: its areas' codes one after the other. The blank's attestations
        // have room for all of them: the first code read copies its words, none grows them.
        let catalogue = AttestationCatalogue(areas.flatMap(\.codes))
        let blank = StructureDossier(blankOf: type, catalogue: catalogue)
        let envelope: [Field<StructureDossier>] = [
            Field(EnvelopeField(kind: type.kind, schemaVersion: schemaVersion, isKind: true)),
            Field(EnvelopeField(kind: type.kind, schemaVersion: schemaVersion, isKind: false)),
        ]
        return FieldTable(blank: blank, envelope + members + areas.map { Field(AttestationAreaField(area: $0, catalogue: catalogue)) })
    }
}

extension ERStructureOperator {
    static let blank = ERStructureOperator(name: "", ownership: .public)

    /// `operator`: name, ownership and an optional 11-digit VAT number.
    public static let fields = FieldTable(blank: blank, [
        .required("name", \.name, ValueCodecs.string()),
        .required("ownership", \.ownership, ValueCodecs.code(ERStructureOwnership.self)),
        .optional("vatNumber", \.vatNumber, VATNumberCodec()),
    ])
}

/// An Italian VAT number (*partita IVA*): 11 digits.
public struct VATNumberCodec: ValueCodec {
    public init() {}
    public var shape: FieldShape { .string(minLength: 11, pattern: "^[0-9]{11}$", description: nil) }

    public func read(_ reader: inout FieldReader) -> String? {
        guard let text = reader.readString(nonEmpty: false) else { return nil }
        guard text.utf8.count == 11, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            reader.reportInvalid(LocalizedText(it: "la partita IVA ha 11 cifre", en: "a VAT number has 11 digits"))
            return nil
        }
        return text
    }

    public func write(_ value: String, to writer: inout FieldOutput) { writer.string(value) }
}

extension ERAccreditation {
    /// `accreditation`: the optional dates of grant and last renewal (A-09 reads them).
    public static let fields = FieldTable(blank: ERAccreditation(), [
        .optional("grantedOn", \.grantedOn, ValueCodecs.date, summary: "Date the accreditation was granted."),
        .optional("lastRenewedOn", \.lastRenewedOn, ValueCodecs.date, summary: "Date of the last renewal."),
    ])
}

extension ERRoom {
    /// A room: an id and 1 to 1000 beds.
    public static let fields = FieldTable(blank: ERRoom(id: "", beds: 0), [
        .required("id", \.id, ValueCodecs.string()),
        .required("beds", \.beds, ValueCodecs.integer(1...1000)),
        .optional("squareMetres", \.squareMetres,
                  ValueCodecs.mapped(ValueCodecs.hundredths(1...10_000_000), read: SquareMetres.init(hundredths:), write: \.hundredths),
                  summary: "Usable floor area in m², net of bathrooms, at most two decimals (where the regulation sets one)."),
    ])
}

extension ERStaffMember {
    /// A roster line: role, weekly hours (two decimals) and coverage.
    public static let fields = FieldTable(blank: ERStaffMember(role: .nurse, hoursPerWeek: .zero, coverage: .roundTheClock), [
        .required("role", \.role, ValueCodecs.code(StaffRole.self)),
        .required("hoursPerWeek", \.hoursPerWeek,
                  ValueCodecs.mapped(ValueCodecs.hundredths(0...1_000_000), read: { Rational($0, 100) }, write: { $0.hundredths }),
                  summary: "Weekly hours worked in the structure, at most two decimals."),
        .required("coverage", \.coverage, ValueCodecs.code(Coverage.self)),
    ])
}

extension ERStructureAccess {
    static let blank = ERStructureAccess(channels: [], admissionKinds: [], accessProtocol: false, informationTransferProtocol: false)

    /// `access`: channels, admission kinds, protocols and the promised access times.
    public static let fields = FieldTable(blank: blank, [
        .required("channels", \.channels, ValueCodecs.codeSet(AccessChannel.self)),
        .required("admissionKinds", \.admissionKinds, ValueCodecs.codeSet(AdmissionKind.self)),
        .required("accessProtocol", \.accessProtocol, ValueCodecs.bool),
        .required("informationTransferProtocol", \.informationTransferProtocol, ValueCodecs.bool),
        .optional("urgentAccessHours", \.urgentAccessHours, ValueCodecs.integer(0...8760)),
        .optional("ordinaryAccessDays", \.ordinaryAccessDays, ValueCodecs.integer(0...365)),
    ])
}
