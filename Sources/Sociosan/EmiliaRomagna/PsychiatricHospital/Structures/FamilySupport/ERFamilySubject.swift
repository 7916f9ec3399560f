/// What a family's rules look at: the family section of a structure dossier together with the
/// few common facts they need (beds, rooms, roster). The structure dossier builds it, so the
/// family rules do not depend on how the rest of the dossier is laid out.
///
/// ```swift
/// let subject = ERFamilySubject(type: .eatingDisorderRehab, beds: 20, section: section, sectionPath: "/eatingDisorder")
/// let findings = EatingDisorderRules.ruleSet.evaluate(subject)
/// ```
public struct ERFamilySubject<Section: Sendable & Hashable>: Sendable, Hashable {
    public var type: ERPsychiatricStructureType
    /// Ordinary beds (*posti letto*).
    public var beds: Int
    public var rooms: [Room]
    public var staff: [Staff]
    public var section: Section
    /// Where the family section sits in the dossier's JSON.
    public var sectionPath: JSONPointer
    /// Where the rooms and the roster sit in the dossier's JSON.
    public var roomsPath: JSONPointer
    public var staffPath: JSONPointer

    public init(
        type: ERPsychiatricStructureType, beds: Int, rooms: [Room] = [], staff: [Staff] = [], section: Section,
        sectionPath: JSONPointer, roomsPath: JSONPointer = "/rooms", staffPath: JSONPointer = "/staff"
    ) {
        self.type = type
        self.beds = beds
        self.rooms = rooms
        self.staff = staff
        self.section = section
        self.sectionPath = sectionPath
        self.roomsPath = roomsPath
        self.staffPath = staffPath
    }

    /// A bedroom: its id and beds.
    public struct Room: Sendable, Hashable {
        public var id: String
        public var beds: Int

        public init(id: String, beds: Int) {
            self.id = id
            self.beds = beds
        }
    }

    /// One roster line: a role, its units and how its presence is organised.
    public struct Staff: Sendable, Hashable {
        public var role: StaffRole
        public var units: StaffUnits
        public var coverage: Coverage

        public init(role: StaffRole, units: StaffUnits, coverage: Coverage) {
            self.role = role
            self.units = units
            self.coverage = coverage
        }
    }

    /// Whether some roster line of one of `roles`, with one of `coverages`, has units.
    public func hasPresence(_ roles: Set<StaffRole>, _ coverages: Set<Coverage>) -> Bool {
        staff.contains { roles.contains($0.role) && coverages.contains($0.coverage) && $0.units > .zero }
    }

    /// The section pointer followed by `keys` (strings or indexes).
    public func path(_ keys: String...) -> JSONPointer {
        keys.reduce(sectionPath) { $0.appending($1) }
    }
}

/// Builds the rules of one family: ids are `<type.ruleIDPrefix>.<id>`, citations are in seed
/// 002, and the kind is the type's dossier kind.
struct ERFamilyRuleBuilder<Section: Sendable & Hashable>: Sendable {
    let type: ERPsychiatricStructureType

    func callAsFunction(
        _ id: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ERFamilySubject<Section>, inout FindingReporter) -> Void
    ) -> Rule<ERFamilySubject<Section>> {
        Rule(
            descriptor: RuleDescriptor(
                id: RuleID(rawValue: type.ruleIDPrefix + "." + id), kinds: [type.kind], severity: severity,
                citation: Citation(.psychiatricStructuresER, lines: lines), title: title, message: message,
                decision: decision),
            check: check)
    }
}

extension Rule {
    /// The same rule run on a larger subject: `project` picks out what the rule looks at, and
    /// a subject it returns `nil` for is skipped (a dossier of another family).
    ///
    /// ```swift
    /// let onDossier: Rule<MyDossier> = familyRule.lifted { $0.familySubject }
    /// ```
    public func lifted<Whole>(_ project: @escaping @Sendable (Whole) -> Subject?) -> Rule<Whole> {
        let check = self.check
        return Rule<Whole>(descriptor: descriptor) { whole, report in
            if let part = project(whole) { check(part, &report) }
        }
    }
}
