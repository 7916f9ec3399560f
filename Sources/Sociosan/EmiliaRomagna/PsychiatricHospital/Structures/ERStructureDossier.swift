/// The accreditation dossier of an Emilia-Romagna hospital psychiatric structure other than
/// the SPOI (seed 002, DGR 2000/2009): the residences (RTI, RTI specialistica, RTP,
/// L836-L1511) and, as their families are added, the cod. 56 units and general psychiatry.
///
/// One type serves every such kind: the common parts (identity, rooms, roster, access, the
/// attested requirements of ``ERRequirementCatalogue``) are fields of the dossier; what only
/// one family has lives in that family's optional section (``residence``). ``ERStructureRules``
/// judges it.
///
/// ```swift
/// let findings = ERStructureRules.ruleSet(for: dossier.type).evaluate(dossier)
/// let valid = !findings.contains { $0.severity == .error }
/// ```
public struct ERStructureDossier: Sendable, Hashable {
    public static let schemaVersion = 1

    /// The structure type; the dossier's kind is `type.kind`.
    public var type: ERPsychiatricStructureType
    public var id: StructureID
    public var name: String
    public var managingOperator: ERStructureOperator
    public var province: Province
    /// The Local Health Authority (AUSL) on whose territory the structure stands: the first one
    /// its procedures and access protocols are agreed with (L893-L894, L917-L918).
    public var healthAuthority: String
    /// The hospital discipline code, when the structure declares one. The residences have none
    /// cod. 56 and general psychiatry have theirs (``ERPsychiatricStructureType/disciplineCode``).
    public var disciplineCode: String?
    /// The building permit (*permesso di costruzione*) date, when known (grandfathering of
    /// three-bed rooms, digest §1.2).
    public var buildingPermitDate: LocalDate?
    public var accreditation: ERAccreditation
    /// The accredited beds. The seed gives the residences no number ("un numero definito di
    /// posti letto", L845-L846); decision (A-17): the dossier must declare a positive count.
    public var beds: Int
    public var rooms: [ERRoom]
    public var staff: [ERStaffMember]
    public var access: ERStructureAccess
    /// The codes of ``ERRequirementCatalogue`` the structure attests (each code is unique in
    /// the catalogue; in JSON they are listed area by area).
    public var attestations: Set<String>
    /// The residences' own section: the specialty of an RTI specialistica; `nil` for the RTI, the
    /// RTP and other families.
    public var residence: ERResidenceSection?
    /// The neuro-psychogeriatric rehabilitation unit's section (cod. 56); `nil` for other families.
    public var psychogeriatric: PsychogeriatricSection?
    /// The eating-disorder rehabilitation unit's section (DCA, cod. 56); `nil` for other families.
    public var eatingDisorder: EatingDisorderSection?
    /// The general-psychiatry section (code 40, SDO 40.3); `nil` for other families.
    public var generalPsychiatry: GeneralPsychiatrySection?

    public init(
        type: ERPsychiatricStructureType, id: StructureID, name: String, managingOperator: ERStructureOperator,
        province: Province, healthAuthority: String, disciplineCode: String? = nil, buildingPermitDate: LocalDate? = nil,
        accreditation: ERAccreditation = ERAccreditation(), beds: Int, rooms: [ERRoom], staff: [ERStaffMember],
        access: ERStructureAccess, attestations: Set<String>, residence: ERResidenceSection? = nil,
        psychogeriatric: PsychogeriatricSection? = nil, eatingDisorder: EatingDisorderSection? = nil,
        generalPsychiatry: GeneralPsychiatrySection? = nil
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
        self.attestations = attestations
        self.residence = residence
        self.psychogeriatric = psychogeriatric
        self.eatingDisorder = eatingDisorder
        self.generalPsychiatry = generalPsychiatry
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
