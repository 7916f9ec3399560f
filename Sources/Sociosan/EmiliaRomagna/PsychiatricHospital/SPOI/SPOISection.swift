/// What an SPOI (*Servizio Psichiatrico Ospedaliero Intensivo*, Emilia-Romagna DGR 2000/2009,
/// seed 002 L116-L835, kind `er.psychiatry.spoi`) states beyond the parts every structure
/// dossier shares: the SDO, day-hospital beds, nuclei, contiguity, a roster counted in units
/// (establishment posts, not weekly hours), the small-unit evaluation and its own access.
///
/// Its members are written at the dossier's top level, among the shared ones (``Field/inline(_:)``),
/// as the SPOI's JSON has always had them. The shared `staff`, `access` and `healthAuthority`
/// of ``StructureDossier`` stay blank for an SPOI: its roster and access are these, and the seed
/// asks it for no health authority. ``SPOIRules`` judges the dossier.
///
/// ```swift
/// let dossier = StructureDossier.spoi(id: id, name: "SPOI Bologna", managingOperator: op, province: .bologna,
///                                     beds: 15, nuclei: [SPOINucleus(id: "A", beds: 15)], rooms: rooms,
///                                     staff: staff, access: access, attestations: Set(SPOIRequirement.allCases))
/// dossier.spoi.nuclei.count  // 1
/// ```
public struct SPOISection: StructureSection {
    public static let member = "spoi"
    public static let summary = "What an SPOI states beyond the shared parts, at the dossier's top level."

    /// Whether the unit produces the hospital discharge record (SDO) (L132).
    public var producesSDO: Bool
    /// Day-hospital beds (L126-L127); not counted in the staffing ratios (decision A-06).
    public var dayHospitalBeds: Int
    public var nuclei: [SPOINucleus]
    /// Required below 15 beds (L222-L223).
    public var contiguity: SPOIContiguity?
    /// The roster, in units of establishment posts.
    public var staff: [SPOIStaffLine]
    /// The date of the individual evaluation that L257-L259 and L268-L270 ask of units with
    /// fewer than 15 beds.
    public var smallUnitEvaluationOn: LocalDate?
    public var access: SPOIAccess

    public init(
        producesSDO: Bool = true, dayHospitalBeds: Int = 0, nuclei: [SPOINucleus], contiguity: SPOIContiguity? = nil,
        staff: [SPOIStaffLine], smallUnitEvaluationOn: LocalDate? = nil, access: SPOIAccess
    ) {
        self.producesSDO = producesSDO
        self.dayHospitalBeds = dayHospitalBeds
        self.nuclei = nuclei
        self.contiguity = contiguity
        self.staff = staff
        self.smallUnitEvaluationOn = smallUnitEvaluationOn
        self.access = access
    }

    /// Units on the roster for the given roles, whatever their coverage.
    ///
    /// ```swift
    /// dossier.spoi.units(of: [.nurse])
    /// ```
    public func units(of roles: some Collection<StaffRole>) -> StaffUnits {
        // The few roles are scanned, not hashed: a role hashes its code's text.
        staff.reduce(.zero) { total, line in roles.contains { $0 == line.role } ? total + line.units : total }
    }

    static let blank = SPOISection(
        producesSDO: false, nuclei: [], staff: [],
        access: SPOIAccess(channels: [], admissionKinds: [], singleRequestForm: false, urgentAccess24h: false, outOfHoursVia: []))

    // The members, one field each, so that the SPOI kind places each among the shared ones.
    public static let producesSDO: Field<SPOISection> = .required("producesSDO", \.producesSDO, ValueCodecs.bool)
    public static let dayHospitalBeds: Field<SPOISection> =
        .defaulted("dayHospitalBeds", \.dayHospitalBeds, ValueCodecs.integer(0...1000), default: 0,
                   summary: "Day-hospital beds (L126-L127), 0 when absent; not counted in the staffing ratios.")
    public static let nuclei: Field<SPOISection> =
        .required("nuclei", \.nuclei, ValueCodecs.list(ValueCodecs.object(SPOINucleus.fields), minimumCount: 1))
    public static let contiguity: Field<SPOISection> = .optional("contiguity", \.contiguity, ValueCodecs.object(SPOIContiguity.fields))
    public static let staff: Field<SPOISection> = .required("staff", \.staff, ValueCodecs.list(ValueCodecs.object(SPOIStaffLine.fields)))
    public static let smallUnitEvaluationOn: Field<SPOISection> = .optional(
        "smallUnitEvaluationOn", \.smallUnitEvaluationOn, ValueCodecs.date,
        summary: "Date of the individual staffing evaluation asked of units below 15 beds (L257-L270).")
    public static let access: Field<SPOISection> = .required("access", \.access, ValueCodecs.object(SPOIAccess.fields))

    public static let fields = FieldTable(
        blank: blank, [producesSDO, dayHospitalBeds, nuclei, contiguity, staff, smallUnitEvaluationOn, access])
}

/// A nucleus (*nucleo*) of beds (L119-L120, L221).
public struct SPOINucleus: Sendable, Hashable {
    public var id: String
    public var beds: Int

    public init(id: String, beds: Int) {
        self.id = id
        self.beds = beds
    }

    static let fields = FieldTable(blank: SPOINucleus(id: "", beds: 0), [
        .required("id", \.id, ValueCodecs.string()),
        .required("beds", \.beds, ValueCodecs.integer(1...1000)),
    ])
}

/// How a unit below 15 beds sits beside other psychiatric wards (L222-L223).
public struct SPOIContiguity: Sendable, Hashable {
    public var contiguousToPsychiatricWard: Bool
    public var autonomous: Bool

    public init(contiguousToPsychiatricWard: Bool, autonomous: Bool) {
        self.contiguousToPsychiatricWard = contiguousToPsychiatricWard
        self.autonomous = autonomous
    }

    static let fields = FieldTable(blank: SPOIContiguity(contiguousToPsychiatricWard: false, autonomous: false), [
        .required("contiguousToPsychiatricWard", \.contiguousToPsychiatricWard, ValueCodecs.bool),
        .required("autonomous", \.autonomous, ValueCodecs.bool),
    ])
}

/// One line of the SPOI roster: a role, its units in the establishment, and how its presence
/// is organised.
public struct SPOIStaffLine: Sendable, Hashable {
    public var role: StaffRole
    public var units: StaffUnits
    public var coverage: Coverage

    public init(role: StaffRole, units: StaffUnits, coverage: Coverage) {
        self.role = role
        self.units = units
        self.coverage = coverage
    }

    static let fields = FieldTable(blank: SPOIStaffLine(role: .nurse, units: .zero, coverage: .roundTheClock), [
        .required("role", \.role, ValueCodecs.code(StaffRole.self)),
        .required("units", \.units,
                  ValueCodecs.mapped(ValueCodecs.hundredths(0...1_000_000), read: StaffUnits.init(hundredths:), write: \.hundredths),
                  summary: "Establishment posts (FTE), at most two decimals."),
        .required("coverage", \.coverage, ValueCodecs.code(Coverage.self)),
    ])
}

/// SPOI access: channels and admission kinds (L129-L137, L279-L283).
public struct SPOIAccess: Sendable, Hashable {
    public var channels: Set<AccessChannel>
    public var admissionKinds: Set<AdmissionKind>
    /// Admission needs the *modello unico di richiesta* filled in by an SSN professional (L134-L136).
    public var singleRequestForm: Bool
    /// Urgent voluntary admissions are accepted around the clock (L279-L280).
    public var urgentAccess24h: Bool
    /// Who refers patients at night and on holidays (L281-L282).
    public var outOfHoursVia: Set<AccessChannel>

    public init(
        channels: Set<AccessChannel>, admissionKinds: Set<AdmissionKind>, singleRequestForm: Bool,
        urgentAccess24h: Bool, outOfHoursVia: Set<AccessChannel>
    ) {
        self.channels = channels
        self.admissionKinds = admissionKinds
        self.singleRequestForm = singleRequestForm
        self.urgentAccess24h = urgentAccess24h
        self.outOfHoursVia = outOfHoursVia
    }

    static let fields = FieldTable(
        blank: SPOIAccess(channels: [], admissionKinds: [], singleRequestForm: false, urgentAccess24h: false, outOfHoursVia: []), [
            .required("channels", \.channels, ValueCodecs.codeSet(AccessChannel.self)),
            .required("admissionKinds", \.admissionKinds, ValueCodecs.codeSet(AdmissionKind.self)),
            .required("singleRequestForm", \.singleRequestForm, ValueCodecs.bool),
            .required("urgentAccess24h", \.urgentAccess24h, ValueCodecs.bool),
            .required("outOfHoursVia", \.outOfHoursVia, ValueCodecs.codeSet(AccessChannel.self)),
        ])
}

extension StructureDossier {
    /// An SPOI dossier (type ``StructureType/spoi``), from the SPOI's own members.
    ///
    /// ```swift
    /// let dossier = StructureDossier.spoi(id: id, name: "SPOI Parma", managingOperator: op, province: .parma, beds: 12,
    ///                                     nuclei: nuclei, rooms: rooms, staff: staff, access: access, attestations: [])
    /// ```
    public static func spoi(
        id: StructureID, name: String, managingOperator: ERStructureOperator, province: Province,
        disciplineCode: String = "40.2", producesSDO: Bool = true, buildingPermitDate: LocalDate? = nil,
        accreditation: ERAccreditation = ERAccreditation(), beds: Int, dayHospitalBeds: Int = 0,
        nuclei: [SPOINucleus], contiguity: SPOIContiguity? = nil, rooms: [ERRoom], staff: [SPOIStaffLine],
        smallUnitEvaluationOn: LocalDate? = nil, access: SPOIAccess, attestations: Set<SPOIRequirement>
    ) -> StructureDossier {
        StructureDossier(
            type: .spoi, id: id, name: name, managingOperator: managingOperator, province: province, healthAuthority: "",
            disciplineCode: disciplineCode, buildingPermitDate: buildingPermitDate, accreditation: accreditation, beds: beds,
            rooms: rooms, staff: [], access: ERStructureAccess.blank, attestations: Attestations(attestations.map(\.rawValue), in: SPOIRules.kind.attestationCatalogue),
            sections: StructureSections([SPOISection(
                producesSDO: producesSDO, dayHospitalBeds: dayHospitalBeds, nuclei: nuclei, contiguity: contiguity,
                staff: staff, smallUnitEvaluationOn: smallUnitEvaluationOn, access: access)]))
    }

    /// The SPOI's own members; blank for a dossier of another type.
    public var spoi: SPOISection {
        get { sections[SPOISection.self] ?? SPOISection.blank }
        set { sections[SPOISection.self] = newValue }
    }
}
