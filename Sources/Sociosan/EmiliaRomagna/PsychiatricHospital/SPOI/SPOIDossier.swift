/// The accreditation dossier of an SPOI (*Servizio Psichiatrico Ospedaliero Intensivo*),
/// Emilia-Romagna DGR 2000/2009, seed 002 L116-L835. Kind `er.psychiatry.spoi`.
///
/// The dossier states what the structure has; ``SPOIRules`` judges it. Fields that a
/// regulation does not make mandatory for the dossier (the building-permit date, contiguity
/// for units of 15 beds or more) are optional.
///
/// ```swift
/// let findings = SPOIRules.ruleSet.evaluate(dossier)
/// let valid = !findings.contains { $0.severity == .error }
/// ```
public struct SPOIDossier: Sendable, Hashable {
    public static let kind = DossierKind.spoi
    public static let schemaVersion = 1

    public var id: StructureID
    public var name: String
    public var managingOperator: Operator
    public var province: Province
    /// The hospital discipline code; an SPOI is `40.2` (L132).
    public var disciplineCode: String
    /// Whether the unit produces the hospital discharge record (SDO) (L132).
    public var producesSDO: Bool
    /// The building permit (*permesso di costruzione*) date, when known (L224-L227).
    public var buildingPermitDate: LocalDate?
    public var accreditation: Accreditation
    /// Ordinary beds (*posti letto*), the base of every staffing ratio.
    public var beds: Int
    /// Day-hospital beds (L126-L127); not counted in the staffing ratios (decision A-06).
    public var dayHospitalBeds: Int
    public var nuclei: [Nucleus]
    /// Required below 15 beds (L222-L223).
    public var contiguity: Contiguity?
    public var rooms: [Room]
    public var staff: [StaffEntry]
    /// The date of the individual evaluation that L257-L259 and L268-L270 ask of units with
    /// fewer than 15 beds.
    public var smallUnitEvaluationOn: LocalDate?
    public var access: Access
    /// Every requirement the structure attests, across spaces, equipment, procedures,
    /// services, competence, training, quality and documentation.
    public var attestations: Set<SPOIRequirement>

    public init(
        id: StructureID, name: String, managingOperator: Operator, province: Province,
        disciplineCode: String = "40.2", producesSDO: Bool = true, buildingPermitDate: LocalDate? = nil,
        accreditation: Accreditation = Accreditation(), beds: Int, dayHospitalBeds: Int = 0,
        nuclei: [Nucleus], contiguity: Contiguity? = nil, rooms: [Room], staff: [StaffEntry],
        smallUnitEvaluationOn: LocalDate? = nil, access: Access, attestations: Set<SPOIRequirement>
    ) {
        self.id = id
        self.name = name
        self.managingOperator = managingOperator
        self.province = province
        self.disciplineCode = disciplineCode
        self.producesSDO = producesSDO
        self.buildingPermitDate = buildingPermitDate
        self.accreditation = accreditation
        self.beds = beds
        self.dayHospitalBeds = dayHospitalBeds
        self.nuclei = nuclei
        self.contiguity = contiguity
        self.rooms = rooms
        self.staff = staff
        self.smallUnitEvaluationOn = smallUnitEvaluationOn
        self.access = access
        self.attestations = attestations
    }

    /// The body that runs the structure; shared by every structure type (``ERStructureOperator``).
    public typealias Operator = ERStructureOperator
    /// Public or private provider (``ERStructureOwnership``).
    public typealias Ownership = ERStructureOwnership
    /// Accreditation dates (``ERAccreditation``).
    public typealias Accreditation = ERAccreditation

    /// A nucleus (*nucleo*) of beds (L119-L120, L221).
    public struct Nucleus: Sendable, Hashable {
        public var id: String
        public var beds: Int

        public init(id: String, beds: Int) {
            self.id = id
            self.beds = beds
        }
    }

    /// How a unit below 15 beds sits beside other psychiatric wards (L222-L223).
    public struct Contiguity: Sendable, Hashable {
        public var contiguousToPsychiatricWard: Bool
        public var autonomous: Bool

        public init(contiguousToPsychiatricWard: Bool, autonomous: Bool) {
            self.contiguousToPsychiatricWard = contiguousToPsychiatricWard
            self.autonomous = autonomous
        }
    }

    /// A bedroom (``ERRoom``), shared by every structure type.
    public typealias Room = ERRoom

    /// One line of the staff roster: a role, its units in the establishment, and how its
    /// presence is organised.
    public struct StaffEntry: Sendable, Hashable {
        public var role: StaffRole
        public var units: StaffUnits
        public var coverage: Coverage

        public init(role: StaffRole, units: StaffUnits, coverage: Coverage) {
            self.role = role
            self.units = units
            self.coverage = coverage
        }
    }

    /// Access channels and admission kinds (L129-L137, L279-L283).
    public struct Access: Sendable, Hashable {
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
    }

    /// Units on the roster for the given roles, whatever their coverage.
    public func units(of roles: Set<StaffRole>) -> StaffUnits {
        staff.reduce(.zero) { roles.contains($1.role) ? $0 + $1.units : $0 }
    }
}
