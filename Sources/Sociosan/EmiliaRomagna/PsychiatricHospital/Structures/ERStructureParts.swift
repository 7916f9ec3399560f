/// The parts that every Emilia-Romagna hospital psychiatric structure shares (seed 002, DGR
/// 2000/2009): who runs it, its accreditation dates, its rooms, its roster and its access.
/// The SPOI dossier uses some of them (its rooms are ``ERRoom``s without floor area; its roster
/// and access are its own, ``SPOISection``).

/// The body that runs the structure (*ente gestore*).
///
/// ```swift
/// let ausl = ERStructureOperator(name: "Azienda USL di Bologna", ownership: .public)
/// ```
public struct ERStructureOperator: Sendable, Hashable {
    public var name: String
    public var ownership: ERStructureOwnership
    /// Partita IVA, 11 digits, when given.
    public var vatNumber: String?

    public init(name: String, ownership: ERStructureOwnership, vatNumber: String? = nil) {
        self.name = name
        self.ownership = ownership
        self.vatNumber = vatNumber
    }
}

/// Public or private accredited provider (the act covers both, L87-L88, L112).
public enum ERStructureOwnership: String, Sendable, Hashable, CaseIterable {
    case `public`
    case `private`
}

/// The dates of a structure's accreditation.
public struct ERAccreditation: Sendable, Hashable {
    public var grantedOn: LocalDate?
    /// The latest renewal of accreditation; it ends the three-bed-room grandfathering
    /// (L225-L227, L853-L855, L1520-L1522, L1989-L1991, L2442-L2444).
    public var lastRenewedOn: LocalDate?

    public init(grantedOn: LocalDate? = nil, lastRenewedOn: LocalDate? = nil) {
        self.grantedOn = grantedOn
        self.lastRenewedOn = lastRenewedOn
    }
}

/// A bedroom (*camera di degenza*). The decoder refuses rooms without beds.
public struct ERRoom: Sendable, Hashable {
    public var id: String
    public var beds: Int
    /// The room's usable area, where a regulation sets one (Sicily 6.1.4.1 L1137-L1138);
    /// `nil` when the dossier does not state it.
    public var squareMetres: SquareMetres?

    public init(id: String, beds: Int, squareMetres: SquareMetres?) {
        self.id = id
        self.beds = beds
        self.squareMetres = squareMetres
    }

    public init(id: String, beds: Int) {
        self.init(id: id, beds: beds, squareMetres: nil)
    }
}

/// The 30 June 2009 grandfathering of three-bed rooms, written once for every structure type
/// (digest §1.2, ROOM-02).
///
/// ```swift
/// ERRoomGrandfathering.applies(permit: LocalDate(year: 2004, month: 5, day: 17),
///                              accreditation: ERAccreditation(grantedOn: LocalDate(year: 2008, month: 1, day: 1)))  // true
/// ```
public enum ERRoomGrandfathering {
    /// "Permesso di costruzione antecedente alla data del 30 giugno 2009" (L224-L225, L852-L853).
    public static let cutoff = LocalDate(year: 2009, month: 6, day: 30)!

    /// Whether three-bed rooms are still tolerated. Decision: the permit must be strictly
    /// earlier than 30 June 2009 ("antecedente"); the tolerance ends with the first renewal of
    /// accreditation dated after that day. An unknown permit date is not grandfathered: the
    /// structure must prove its right.
    public static func applies(permit: LocalDate?, accreditation: ERAccreditation) -> Bool {
        guard let permit, permit < cutoff else { return false }
        if let renewal = accreditation.lastRenewedOn, renewal > cutoff { return false }
        return true
    }
}

/// One line of a structure's roster: a role, the weekly hours its staff work in the
/// structure, and how its presence is organised.
///
/// Decision: staff are declared in contracted hours a week, not in heads or posts, so
/// that the staffing calculator can compare them with every unit the seed uses (a nurse "nelle
/// 24 ore" is 168 hours a week, "12 ore ogni 20 pl" is 84) without deciding what a "unit" is.
///
/// ```swift
/// let nurses = ERStaffMember(role: .nurse, hoursPerWeek: 180, coverage: .roundTheClock)  // 5 nurses at 36 h
/// ```
public struct ERStaffMember: Sendable, Hashable {
    public var role: StaffRole
    public var hoursPerWeek: Rational
    public var coverage: Coverage

    public init(role: StaffRole, hoursPerWeek: Rational, coverage: Coverage) {
        self.role = role
        self.hoursPerWeek = hoursPerWeek
        self.coverage = coverage
    }
}

/// How patients reach the structure: referral channels, admission kinds, the access protocol
/// and the promised access times. Which of them a type requires is a rule of its family.
public struct ERStructureAccess: Sendable, Hashable {
    public var channels: Set<AccessChannel>
    public var admissionKinds: Set<AdmissionKind>
    /// A written access protocol agreed between the DSM-DP and the structure's head (L916-L918).
    public var accessProtocol: Bool
    /// The protocol states how clinical information is acquired, handed over and transmitted (L920-L921).
    public var informationTransferProtocol: Bool
    /// Hours within which urgent cases are admitted, when the structure declares it.
    public var urgentAccessHours: Int?
    /// Days within which ordinary requests are admitted, when the structure declares it.
    public var ordinaryAccessDays: Int?

    public init(
        channels: Set<AccessChannel>, admissionKinds: Set<AdmissionKind>, accessProtocol: Bool,
        informationTransferProtocol: Bool, urgentAccessHours: Int? = nil, ordinaryAccessDays: Int? = nil
    ) {
        self.channels = channels
        self.admissionKinds = admissionKinds
        self.accessProtocol = accessProtocol
        self.informationTransferProtocol = informationTransferProtocol
        self.urgentAccessHours = urgentAccessHours
        self.ordinaryAccessDays = ordinaryAccessDays
    }
}
