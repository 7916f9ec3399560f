/// The accreditation dossier of a structure, whatever its region and type: the Emilia-Romagna
/// residences (RTI, RTI specialistica, RTP), cod. 56 units and general psychiatry, the Sicilian
/// 24-hour psychiatric residence, and each kind registered after them.
///
/// What every structure has is a field here: identity, operator, province, health authority,
/// accreditation dates, beds, rooms, roster, access and attested requirements. What only one
/// family has is a ``StructureSection`` in ``sections``, an open collection: a new family adds
/// its section type and registers it with its kind (``StructureKind``) without touching this
/// type.
///
/// ```swift
/// let findings = StructureKinds.ruleSet.evaluate(dossier)
/// let valid = !findings.contains { $0.severity == .error }
/// dossier.sections[PsychogeriatricSection.self]?.team
/// ```
public struct StructureDossier: Sendable, Hashable {
    public static let schemaVersion = 1

    /// The structure type; the dossier's kind is `type.kind`.
    public var type: StructureType
    public var id: StructureID
    public var name: String
    public var managingOperator: ERStructureOperator
    public var province: Province
    /// The Local Health Authority on whose territory the structure stands (an AUSL in
    /// Emilia-Romagna, L893-L894, L917-L918; an ASP in Sicily).
    public var healthAuthority: String
    /// The hospital discipline code, when the structure declares one (``StructureType/disciplineCode``).
    public var disciplineCode: String?
    /// The building permit (*permesso di costruzione*) date, when known (grandfathering of
    /// three-bed rooms, digest §1.2).
    public var buildingPermitDate: LocalDate?
    public var accreditation: ERAccreditation
    /// The accredited beds (A-17: the dossier must declare a positive count).
    public var beds: Int
    public var rooms: [ERRoom]
    public var staff: [ERStaffMember]
    public var access: ERStructureAccess
    /// The codes of the requirements the structure attests (each code is unique in its
    /// region's catalogue; in JSON they are listed area by area), as bits over its kind's
    /// ``AttestationCatalogue``.
    public var attestations: Attestations
    /// What the structure's family owns beyond the shared parts.
    public var sections: StructureSections

    public init(
        type: StructureType, id: StructureID, name: String, managingOperator: ERStructureOperator,
        province: Province, healthAuthority: String, disciplineCode: String? = nil, buildingPermitDate: LocalDate? = nil,
        accreditation: ERAccreditation = ERAccreditation(), beds: Int, rooms: [ERRoom], staff: [ERStaffMember],
        access: ERStructureAccess, attestations: Attestations, sections: StructureSections = StructureSections()
    ) {
        self.type = type
        self.id = id
        self.name = name
        self.managingOperator = managingOperator
        self.province = province
        self.healthAuthority = healthAuthority
        self.disciplineCode = disciplineCode
        self.buildingPermitDate = buildingPermitDate
        self.accreditation = accreditation
        self.beds = beds
        self.rooms = rooms
        self.staff = staff
        self.access = access
        self.sections = sections
        // In the kind's catalogue, so that the dossier is written and judged by position (codes
        // no kind lists stay in a catalogue of their own).
        if let catalogue = StructureKinds.kind(for: type.kind)?.attestationCatalogue, attestations.catalogue !== catalogue {
            self.attestations = Attestations(attestations.codes, in: catalogue)
        } else {
            self.attestations = attestations
        }
    }

    /// The blank a kind's field table decodes from: nothing attested yet, in `catalogue`. (Not
    /// through the public initialiser: the kinds are being registered when this is made, so
    /// their catalogues cannot be looked up.)
    init(blankOf type: StructureType, catalogue: AttestationCatalogue) {
        self.type = type
        self.id = StructureID(verified: "blank")
        self.name = ""
        self.managingOperator = ERStructureOperator.blank
        self.province = .bologna
        self.healthAuthority = ""
        self.disciplineCode = nil
        self.buildingPermitDate = nil
        self.accreditation = ERAccreditation()
        self.beds = 0
        self.rooms = []
        self.staff = []
        self.access = ERStructureAccess.blank
        self.attestations = Attestations(catalogue: catalogue)
        self.sections = StructureSections()
    }

    public var kind: DossierKind { type.kind }

    /// The roster as the staffing calculator reads it (every line, whatever its coverage).
    public var roster: Roster {
        Roster(members: staff.map { RosterMember(role: $0.role, hoursPerWeek: $0.hoursPerWeek) })
    }

    /// Weekly hours of the given roles, only of lines with one of the given coverages.
    public func hours(of roles: Set<StaffRole>, coverages: Set<Coverage> = Set(Coverage.allCases)) -> Rational {
        staff.reduce(Rational.zero) { roles.contains($1.role) && coverages.contains($1.coverage) ? $0 + $1.hoursPerWeek : $0 }
    }

    /// Whether some line of the given roles, with one of the given coverages, has hours.
    public func hasPresence(_ roles: Set<StaffRole>, _ coverages: Set<Coverage>) -> Bool {
        staff.contains { roles.contains($0.role) && coverages.contains($0.coverage) && Rational.zero < $0.hoursPerWeek }
    }

    /// Whether the three-bed-room grandfathering applies (A-09, ``ERRoomGrandfathering``).
    public var isGrandfathered: Bool {
        ERRoomGrandfathering.applies(permit: buildingPermitDate, accreditation: accreditation)
    }
}

/// The Emilia-Romagna structure dossier is the generic one; the name stays for readers of
/// seed 002's code.
public typealias ERStructureDossier = StructureDossier
