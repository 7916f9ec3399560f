extension ERStructureRules {
    /// A rule of a family with its own section: like ``rule(_:_:_:lines:title:message:decision:check:)``
    /// (id `<type.ruleIDPrefix>.<name>`, runs only on dossiers of `type`), with the section handed
    /// to the check. A dossier of the type without its section is a decoding error already
    /// reported, so the rule has nothing to add.
    ///
    /// ```swift
    /// let rule = ERStructureRules.familyRule(.eatingDisorderRehab, section: { $0.eatingDisorder }, "areas.gym", ...) { dossier, section, report in ... }
    /// ```
    static func familyRule<Section: Sendable>(
        _ type: ERPsychiatricStructureType, section: @escaping @Sendable (ERStructureDossier) -> Section?,
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ERStructureDossier, Section, inout FindingReporter) -> Void
    ) -> Rule<ERStructureDossier> {
        rule(type, name, severity, lines: lines, title: title, message: message, decision: decision) { dossier, report in
            guard let value = section(dossier) else { return }
            check(dossier, value, &report)
        }
    }

    /// Coverages that put a physician on site: daytime, around the clock, or a programmed
    /// presence ("presenza programmata in specifiche fasce orarie", L871-L872); on-call does not.
    /// The same set serves every family's daytime medical presence (L925, L1605-L1606, L2067,
    /// L2468-L2470).
    public static let onSite: Set<Coverage> = [.daytime, .roundTheClock, .programmed]

    /// "Il team interprofessionale non comprende: ..." for the slots of `slots` that `team`
    /// leaves empty, reported at `pointer`; nothing when every slot is filled.
    static func reportMissing(_ slots: [ERTeamSlot], in team: [ERTeamMember], at pointer: JSONPointer, _ report: inout FindingReporter) {
        let missing = ERTeamSlot.missing(slots, in: team)
        if !missing.isEmpty { report.report(at: pointer, .localized(ERTeamSlot.labels(missing))) }
    }

    /// The message of every team-composition rule of the cod. 56 families.
    static let teamSlotMessage = LocalizedText(it: "il team interprofessionale non comprende: {0}",
                                               en: "the interprofessional team lacks: {0}")

    /// `<name>`, met when the roster has a line of one of `roles` with one of `coverages` and
    /// some hours: the presence rules of every family (daytime doctor, night cover, psychologist...).
    ///
    /// ```swift
    /// ERStructureRules.presenceRule(.rtp, "staff.daytime-medical", lines: 925...927, title: ..., message: ...,
    ///                               roles: [.psychiatrist, .physician], coverages: ERStructureRules.onSite)
    /// ```
    static func presenceRule(
        _ type: ERPsychiatricStructureType, _ name: String, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        roles: Set<StaffRole>, coverages: Set<Coverage>
    ) -> Rule<ERStructureDossier> {
        rule(type, name, lines: lines, title: title, message: message, decision: decision) { dossier, report in
            if !dossier.hasPresence(roles, coverages) { report.report(at: "/staff") }
        }
    }
    /// The cod. 56 units address managerial training to "i Responsabili di strutture organizzative
    /// complesse e ... semplici" and speak of managerial competences only (L1693-L1694,
    /// L2117-L2118), not of the organisational training of the catalogue's title (L386, L1015).
    static let rehabilitationTitles: [String: LocalizedText] = [
        "managerial": LocalizedText(
            it: "Formazione manageriale per i responsabili di strutture organizzative complesse e semplici",
            en: "Managerial training for the heads of complex and simple organisational structures"),
    ]

    /// The condition of a conditional requirement (``ERRequirementCatalogue/condition(of:)``)
    /// read from a family's section: `external-lab-agreements` binds only when tests are done
    /// outside (L1627-L1628, L2084-L2085), `bariatric-beds` only when severely obese patients
    /// are treated (L2031-L2032).
    static func conditions(
        externalLaboratory: @escaping @Sendable (ERStructureDossier) -> Bool,
        severeObesity: (@Sendable (ERStructureDossier) -> Bool)? = nil
    ) -> (ERRequirement) -> (@Sendable (ERStructureDossier) -> Bool)? {
        { requirement in
            switch requirement.code {
            case "external-lab-agreements": return externalLaboratory
            case "bariatric-beds": return severeObesity
            default: return nil
            }
        }
    }
}

/// The rule builder of a family with its own section (`PsychogeriatricRules.rule`,
/// `EatingDisorderRules.rule`, `GeneralPsychiatryRules.rule`): ``ERStructureRules/familyRule``
/// with the family's type and section fixed, plus the presence rules those families share.
///
/// ```swift
/// static let rule = ERFamilyRules(.eatingDisorderRehab) { $0.eatingDisorder }
/// static let gym = rule("areas.gym", lines: 2014...2017, title: ..., message: ...) { dossier, section, report in ... }
/// ```
struct ERFamilyRules<Section: Sendable>: Sendable {
    let type: ERPsychiatricStructureType
    let section: @Sendable (ERStructureDossier) -> Section?

    init(_ type: ERPsychiatricStructureType, section: @escaping @Sendable (ERStructureDossier) -> Section?) {
        self.type = type
        self.section = section
    }

    func callAsFunction(
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ERStructureDossier, Section, inout FindingReporter) -> Void
    ) -> Rule<ERStructureDossier> {
        ERStructureRules.familyRule(type, section: section, name, severity, lines: lines,
                                    title: title, message: message, decision: decision, check: check)
    }

    /// ``ERStructureRules/presenceRule(_:_:lines:title:message:decision:roles:coverages:)`` for a
    /// dossier that has the family's section.
    func presence(
        _ name: String, lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText, decision: String? = nil,
        roles: Set<StaffRole>, coverages: Set<Coverage>
    ) -> Rule<ERStructureDossier> {
        self(name, lines: lines, title: title, message: message, decision: decision) { dossier, _, report in
            if !dossier.hasPresence(roles, coverages) { report.report(at: "/staff") }
        }
    }

    /// `staff.medical-cover-other-hours` of the cod. 56 units: "per le restanti ore è garantita
    /// la guardia/pronta disponibilità medica, anche condivisa con altre U.O." (L1607-L1608,
    /// L2068-L2069), met by any of `roles` around the clock or on call.
    func medicalCoverOtherHours(lines: ClosedRange<Int>, roles: Set<StaffRole>, decision: String) -> Rule<ERStructureDossier> {
        presence(
            "staff.medical-cover-other-hours", lines: lines,
            title: LocalizedText(it: "Nelle restanti ore è garantita la guardia o la pronta disponibilità medica (anche condivisa)",
                                 en: "Outside those hours a medical guard or on-call service is guaranteed (it may be shared)"),
            message: LocalizedText(it: "manca la guardia o la pronta disponibilità medica per le ore non diurne",
                                   en: "no medical guard or on-call cover for the hours outside the daytime presence"),
            decision: decision, roles: roles, coverages: [.onCall, .roundTheClock])
    }
}

extension JSONPointer {
    /// The pointer followed by `keys` (member names or array indexes written as strings).
    func appending(path keys: String...) -> JSONPointer {
        keys.reduce(self) { $0.appending($1) }
    }
}
