/// A structure as the staffing calculator sees it: its type, its capacity, the
/// circumstances that switch conditional requirements on, and (optionally) its roster.
///
/// Two dossier kinds carry it: `staffing.roster` (a roster to check, members required) and
/// `staffing.structure` (one line of a network file, roster optional).
///
/// ```swift
/// let structure = StaffedStructure(id: try StructureID("spoi-bo-1"), type: "er.spoi", capacity: 15,
///                                  province: .bologna, roster: Roster(members: [...]))
/// let findings = StaffingRules.ruleSet.evaluate(structure)
/// ```
public struct StaffedStructure: Sendable, Hashable {
    public static let rosterKind: DossierKind = "staffing.roster"
    public static let structureKind: DossierKind = "staffing.structure"
    public static let schemaVersion = 1

    public var id: StructureID
    /// The id of a ``StaffingStandard`` (`er.spoi`, `sicily.home-education`).
    public var type: String
    public var capacity: Int
    public var province: Province?
    public var parameters: StaffingParameters
    public var roster: Roster?

    public init(id: StructureID, type: String, capacity: Int, province: Province? = nil,
                parameters: StaffingParameters = .init(), roster: Roster? = nil) {
        self.id = id
        self.type = type
        self.capacity = capacity
        self.province = province
        self.parameters = parameters
        self.roster = roster
    }

    /// The standard of the structure's type, when the type is known.
    public var standard: StaffingStandard? { StaffingCatalogue.standard(type) }

    /// Whether the capacity is one the type's regulation admits: `false` only when the type
    /// is known, sets limits, and the capacity is outside them (``StaffingRules/capacityLimits``
    /// reports it; the calculator refuses such a capacity).
    ///
    /// ```swift
    /// try StaffedStructure(id: StructureID("spoi-bo-1"), type: "er.spoi", capacity: 120).isCapacityWithinLimits   // false: 1 to 90
    /// ```
    public var isCapacityWithinLimits: Bool {
        guard let limits = standard?.capacityLimits else { return true }
        return limits.contains(capacity)
    }
}

/// Rules over a ``StaffedStructure``: capacity within the type's limits, every minimum and
/// every coverage met by the roster. Each finding cites the standard's own line.
public enum StaffingRules {
    static let kinds: [DossierKind] = [StaffedStructure.rosterKind, StaffedStructure.structureKind]

    public static let rosterKindInfo = DossierKindInfo(
        kind: StaffedStructure.rosterKind, schemaVersion: 1, supportedVersions: 1...1,
        title: LocalizedText(it: "Organico di una struttura da verificare rispetto allo standard di personale",
                             en: "A structure's roster, checked against its staffing standard"),
        citation: Citation(.psychiatricStructuresER, lines: 250...274))

    public static let structureKindInfo = DossierKindInfo(
        kind: StaffedStructure.structureKind, schemaVersion: 1, supportedVersions: 1...1,
        title: LocalizedText(it: "Struttura di una rete regionale (una riga di un file JSON Lines)",
                             en: "A structure of a regional network (one line of a JSON Lines file)"),
        citation: Citation(.psychiatricStructuresER, lines: 250...274))

    static func descriptor(_ id: String, _ severity: Severity, rosterOnly: Bool = false, title: LocalizedText, message: LocalizedText) -> RuleDescriptor {
        // The citation of these generic rules is the SPOI staffing text that first states a
        // ratio; each finding carries the citation of the standard line it applies.
        RuleDescriptor(id: RuleID(rawValue: "staffing." + id), kinds: rosterOnly ? [StaffedStructure.rosterKind] : kinds, severity: severity,
                       citation: Citation(.psychiatricStructuresER, lines: 250...274), title: title, message: message)
    }

    public static let capacityLimits = Rule<StaffedStructure>(descriptor: descriptor(
        "capacity-limits", .error,
        title: LocalizedText(it: "La capacità rientra nei limiti della tipologia", en: "The capacity is within the type's limits"),
        message: LocalizedText(it: "capacità {0} fuori dai limiti di {1}: da {2} a {3}",
                               en: "capacity {0} is outside the limits of {1}: {2} to {3}"))
    ) { structure, report in
        guard !structure.isCapacityWithinLimits, let standard = structure.standard, let limits = standard.capacityLimits else { return }
        report.report(at: "/capacity", arguments: [.integer(structure.capacity), .text(standard.id),
                                                   .integer(limits.lowerBound), .integer(limits.upperBound)],
                      citation: standard.limitsCitation)
    }

    public static let roleMinimum = Rule<StaffedStructure>(descriptor: descriptor(
        "role-minimum", .error, rosterOnly: true,
        title: LocalizedText(it: "L'organico raggiunge il minimo di ogni figura dello standard",
                             en: "The roster reaches the minimum of every role of the standard"),
        message: LocalizedText(it: "{0}: presenti {1} h/settimana, ne servono {2} ({3} {4}, valore esatto {5})",
                               en: "{0}: {1} h/week present, {2} needed ({3} {4}, exact value {5})"))
    ) { structure, report in
        guard let check = check(structure) else { return }
        for role in check.roles where !role.isMet {
            let line = role.line
            report.report(at: "/members", arguments: [
                .localized(line.requirement.target.label), role.presentHoursPerWeek.argument, line.hoursPerWeek.argument,
                line.minimum.argument, .text(line.requirement.unit.rawValue), line.exact.argument,
            ], citation: line.requirement.citation)
        }
    }

    public static let coverage = Rule<StaffedStructure>(descriptor: descriptor(
        "coverage", .error, rosterOnly: true,
        title: LocalizedText(it: "Le presenze sulle 24 ore o sull'orario di apertura sono coperte",
                             en: "Round-the-clock or opening-hours presence is covered"),
        message: LocalizedText(it: "{0}: {1} h/settimana di presenza, ne servono almeno {2}",
                               en: "{0}: {1} h/week of presence, at least {2} needed"))
    ) { structure, report in
        guard let check = check(structure) else { return }
        for coverage in check.coverage where !coverage.isMet {
            report.report(at: "/members", arguments: [
                .localized(coverage.requirement.target.label), coverage.presentHoursPerWeek.argument,
                .integer(coverage.requirement.hoursPerWeek),
            ], citation: coverage.requirement.citation)
        }
    }

    public static let shareCap = Rule<StaffedStructure>(descriptor: descriptor(
        "share-cap", .error, rosterOnly: true,
        title: LocalizedText(it: "Tirocinanti e volontari restano entro le quote ammesse",
                             en: "Trainees and volunteers stay within their permitted shares"),
        message: LocalizedText(it: "{0}: {1} h/settimana, al massimo {2} ({3} membri sotto il minimo di ore individuale)",
                               en: "{0}: {1} h/week, at most {2} ({3} members below the individual minimum of hours)"))
    ) { structure, report in
        guard let check = check(structure) else { return }
        for cap in check.shareCaps where !cap.isMet {
            let who = cap.cap.contract == .trainee
                ? LocalizedText(it: "tirocinanti", en: "trainees") : LocalizedText(it: "volontari", en: "volunteers")
            report.report(at: "/members", arguments: [
                .localized(who), cap.presentHoursPerWeek.argument, cap.maximumHoursPerWeek.argument,
                .integer(cap.membersBelowMinimumHours),
            ], citation: cap.cap.citation)
        }
    }

    public static let unusedCondition = Rule<StaffedStructure>(descriptor: descriptor(
        "unused-condition", .warning,
        title: LocalizedText(it: "Le condizioni dichiarate sono previste dallo standard della tipologia",
                             en: "The declared conditions are ones the type's standard uses"),
        message: LocalizedText(it: "la condizione \"{0}\" non è prevista per {1} (condizioni previste: {2})",
                               en: "condition \"{0}\" does not apply to {1} (conditions it uses: {2})"))
    ) { structure, report in
        guard let standard = structure.standard else { return }
        let used = standard.conditions
        let usedList = used.map(\.rawValue).sorted()
        for condition in structure.parameters.conditions.sorted(by: { $0.rawValue < $1.rawValue }) where !used.contains(condition) {
            report.report(at: "/conditions", .text(condition.rawValue), .text(standard.id), .list(usedList.isEmpty ? ["-"] : usedList))
        }
    }

    public static let noNumericStandard = Rule<StaffedStructure>(descriptor: descriptor(
        "no-numeric-standard", .info,
        title: LocalizedText(it: "La tipologia non ha minimi numerici di personale nella norma",
                             en: "The type has no numeric staffing minimum in the regulation"),
        message: LocalizedText(it: "{0} non ha minimi numerici di personale: si verificano solo le presenze richieste",
                               en: "{0} has no numeric staffing minimum: only the required presences are checked"))
    ) { structure, report in
        guard let standard = structure.standard, standard.requirements.isEmpty else { return }
        report.report(at: "/type", arguments: [.text(standard.id)], citation: standard.citation)
    }

    /// The check of the structure's roster, when it has one and its capacity is admissible.
    static func check(_ structure: StaffedStructure) -> StaffingCheck? {
        guard let roster = structure.roster, let standard = structure.standard else { return nil }
        return try? StaffingCalculator.check(roster, against: standard, capacity: structure.capacity, parameters: structure.parameters)
    }

    /// The findings of ``capacityLimits`` alone: what a tool that needs an admissible
    /// capacity (a roster check) reports before anything else. Empty when
    /// ``StaffedStructure/isCapacityWithinLimits``.
    ///
    /// ```swift
    /// StaffingRules.capacityFindings(of: structure).map(\.path)   // ["/capacity"]
    /// ```
    public static func capacityFindings(of structure: StaffedStructure) -> [Diagnostic] {
        capacityRuleSet.evaluate(structure)
    }

    static let capacityRuleSet = RuleSet<StaffedStructure>(kind: StaffedStructure.rosterKind, rules: [capacityLimits])

    public static let ruleSet = RuleSet<StaffedStructure>(kind: StaffedStructure.rosterKind, rules: [
        capacityLimits, roleMinimum, coverage, shareCap, unusedCondition, noNumericStandard,
    ])
}
