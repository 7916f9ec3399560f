/// The rules of the structure dossiers (``ERStructureDossier``): shared rule builders that every
/// family uses (identity, rooms, staffing through the calculator, attested requirements), and
/// the rule set of each type.
///
/// Rule ids are `<type.ruleIDPrefix>.<area>.<name>` (`er.rti.rooms.max-beds`). Every rule a
/// builder makes checks only dossiers of its own type, so the rules of all types can run
/// together over any structure dossier (``allRules``) and each finds only its own.
///
/// ```swift
/// let rules = ERStructureRules.ruleSet(for: .rti)
/// rules.descriptors.map(\.id).contains("er.rti.rooms.max-beds")  // true
/// let findings = rules.evaluate(dossier)
/// ```
public enum ERStructureRules {
    static let seed = Seed.psychiatricStructuresER

    /// The Emilia-Romagna structure kinds, each declared once: type row, family section,
    /// attested areas of ``ERRequirementCatalogue``, rules.
    public static let kinds: [StructureKind] = ERResidenceRules.types.map { type in
        kind(type, sections: type == .rtiSpecialist ? [.section(ERRTISpecialist.self)] : [], rules: ERResidenceRules.rules(for: type))
    } + [
        kind(.psychogeriatricRehab, sections: [.section(PsychogeriatricSection.self)], rules: PsychogeriatricRules.rules),
        kind(.eatingDisorderRehab, sections: [.section(EatingDisorderSection.self)], rules: EatingDisorderRules.rules),
        kind(.generalPsychiatry, sections: [.section(GeneralPsychiatrySection.self)], rules: GeneralPsychiatryRules.rules),
    ]

    /// The types that have structure dossiers in this build, in ``ERPsychiatricStructureType`` order.
    public static var types: [ERPsychiatricStructureType] { kinds.compactMap { ERPsychiatricStructureType($0.type) } }

    /// The rules of one type, in the order findings are reported; empty for a type without a
    /// structure dossier (the SPOI has its own, ``SPOIRules``).
    public static func ruleSet(for type: ERPsychiatricStructureType) -> RuleSet<ERStructureDossier> {
        RuleSet(kind: type.kind, rules: kinds.first { $0.type == type.row }?.rules ?? [])
    }

    /// The rules of the kind of `type` (empty for a type without a structure dossier).
    public static func ruleSet(of type: StructureType) -> RuleSet<StructureDossier> {
        RuleSet(kind: type.kind, rules: kinds.first { $0.type == type }?.rules ?? [])
    }

    /// The rules of every type, type by type; each rule checks only dossiers of its own type.
    public static let allRules = RuleSet<ERStructureDossier>(kind: .rti, rules: kinds.flatMap(\.rules))

    /// What the catalogue says of a type's kind.
    public static func kindInfo(for type: ERPsychiatricStructureType) -> DossierKindInfo {
        DossierKindInfo(
            kind: type.kind, schemaVersion: ERStructureDossier.schemaVersion, supportedVersions: 1...1,
            title: title(type), citation: type.citation)
    }

    /// The kinds of every type with a structure dossier.
    public static var kindInfos: [DossierKindInfo] { kinds.map(\.info) }

    private static func title(_ type: ERPsychiatricStructureType) -> LocalizedText {
        LocalizedText(it: type.label.italian + ", Emilia-Romagna", en: type.label.english + ", Emilia-Romagna")
    }

    private static func kind(_ type: ERPsychiatricStructureType, sections: [Field<StructureDossier>], rules: [Rule<StructureDossier>]) -> StructureKind {
        StructureKind(
            type: type.row, title: title(type),
            summary: "\(type.label.italian): the accreditation dossier of an Emilia-Romagna hospital psychiatric structure "
                + "(DGR 2000/2009). Source: seed \(type.citation). This schema checks structure and domains; the accreditation "
                + "rules (rooms, staffing, attested requirements) are checked by `sociosan validate`.",
            sections: sections, attestationAreas: attestationAreas(type), rules: rules)
    }

    /// The eight areas of attested requirements of `type`, each with the codes that bind it,
    /// in catalogue order.
    public static func attestationAreas(_ type: ERPsychiatricStructureType) -> [AttestationArea] {
        RequirementArea.allCases.map { area in
            AttestationArea(
                member: area.rawValue, codes: ERRequirementCatalogue.requirements(for: type, in: area).map(\.code),
                summary: "Attested \(area.rawValue) requirements (seed 002). Each missing code is a finding of rule "
                    + "\(type.ruleIDPrefix).\(area.rawValue).<code>.")
        }
    }

    // MARK: The rule builder

    /// A rule of `type`: id `<type.ruleIDPrefix>.<name>`, citing seed 002 `lines`; its check runs
    /// only on dossiers of `type`.
    public static func rule(
        _ type: ERPsychiatricStructureType, _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ERStructureDossier, inout FindingReporter) -> Void
    ) -> Rule<ERStructureDossier> {
        Rule.structure(type.row, name, severity, seed: seed, lines: lines, title: title, message: message, decision: decision, check: check)
    }

    // MARK: Identity

    /// `identity.region` (L1-L4) and `identity.discipline-code`: the code the seed gives the type,
    /// or none when it gives none, at `disciplineLines`.
    public static func identityRules(_ type: ERPsychiatricStructureType, disciplineLines: ClosedRange<Int>) -> [Rule<ERStructureDossier>] {
        let region = rule(
            type, "identity.region", lines: 1...4,
            title: LocalizedText(it: "La struttura si trova in Emilia-Romagna (ambito della DGR)",
                                 en: "The structure is in Emilia-Romagna (the resolution's scope)"),
            message: LocalizedText(it: "la provincia {0} non è in Emilia-Romagna", en: "province {0} is not in Emilia-Romagna")
        ) { dossier, report in
            if dossier.province.region != .emiliaRomagna { report.report(at: "/province", .text(dossier.province.rawValue)) }
        }
        let discipline: Rule<ERStructureDossier>
        if let expected = type.disciplineCode {
            discipline = rule(
                type, "identity.discipline-code", lines: disciplineLines,
                title: LocalizedText(it: "La struttura è classificata con il codice disciplina \(expected)",
                                     en: "The structure is classified with discipline code \(expected)"),
                message: LocalizedText(it: "codice disciplina \"{0}\": la tipologia è classificata {1}",
                                       en: "discipline code \"{0}\": the type is classified {1}")
            ) { dossier, report in
                if dossier.disciplineCode != expected {
                    report.report(at: "/disciplineCode", .text(dossier.disciplineCode ?? "-"), .text(expected))
                }
            }
        } else {
            discipline = rule(
                type, "identity.discipline-code", lines: disciplineLines,
                title: LocalizedText(it: "La norma non assegna un codice disciplina alla tipologia: non se ne dichiara alcuno",
                                     en: "The regulation gives the type no discipline code: none is declared"),
                message: LocalizedText(it: "codice disciplina \"{0}\" dichiarato, ma la norma non ne assegna alla tipologia",
                                       en: "discipline code \"{0}\" declared, but the regulation gives the type none"),
                decision: "A-17: the residences have no discipline code (L836-L846 give none); a declared one would misclassify the beds, so it is refused."
            ) { dossier, report in
                if let code = dossier.disciplineCode { report.report(at: "/disciplineCode", .text(code)) }
            }
        }
        return [region, discipline]
    }

    // MARK: Rooms

    /// How a type's section words the room rules of digest §1.2.
    public struct RoomPolicy: Sendable, Hashable {
        /// The lines of "al massimo 2 posti letto" and the grandfathering of 30 June 2009.
        public var lines: ClosedRange<Int>
        /// Three-bed rooms allowed for demand peaks whatever the permit (SPOI and general
        /// psychiatry: 2, L228, L2445; A-04); 0 where the seed has no such exception.
        public var tripleRoomAllowance: Int
        /// Where the seed asks for at least one single room (L229, L2446); `nil` when it does not.
        public var singleRoomLines: ClosedRange<Int>?

        public init(lines: ClosedRange<Int>, tripleRoomAllowance: Int = 0, singleRoomLines: ClosedRange<Int>? = nil) {
            self.lines = lines
            self.tripleRoomAllowance = tripleRoomAllowance
            self.singleRoomLines = singleRoomLines
        }
    }

    /// `rooms.bed-total`, `rooms.max-beds`, `rooms.triple-rooms`, `rooms.grandfathered` and,
    /// when the policy asks for it, `rooms.single-room`.
    public static func roomRules(_ type: ERPsychiatricStructureType, _ policy: RoomPolicy) -> [Rule<ERStructureDossier>] {
        let allowance = policy.tripleRoomAllowance
        var rules = [
            rule(
                type, "rooms.bed-total", lines: policy.lines,
                title: LocalizedText(it: "I posti letto delle camere sommano ai posti letto della struttura",
                                     en: "The rooms' beds add up to the structure's beds"),
                message: LocalizedText(it: "le camere sommano {0} posti letto, la struttura ne dichiara {1}",
                                       en: "the rooms add up to {0} beds, the structure declares {1}")
            ) { dossier, report in
                let total = dossier.rooms.reduce(0) { $0 + $1.beds }
                if total != dossier.beds { report.report(at: "/rooms", .integer(total), .integer(dossier.beds)) }
            },
            rule(
                type, "rooms.max-beds", lines: policy.lines,
                title: LocalizedText(it: "Nessuna camera ha più di 3 posti letto (2 di norma, 3 solo nei casi ammessi)",
                                     en: "No room has more than 3 beds (2 as a rule, 3 only where allowed)"),
                message: LocalizedText(it: "la camera \"{0}\" ha {1} posti letto; il massimo è 2 (3 nei casi ammessi)",
                                       en: "room \"{0}\" has {1} beds; the maximum is 2 (3 where allowed)")
            ) { dossier, report in
                for (index, room) in dossier.rooms.enumerated() where room.beds > 3 {
                    report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"),
                                  .text(room.id), .integer(room.beds))
                }
            },
            rule(
                type, "rooms.triple-rooms", lines: policy.lines,
                title: allowance == 0
                    ? LocalizedText(it: "Camere a 3 posti letto solo con permesso di costruzione anteriore al 30/06/2009",
                                    en: "Three-bed rooms only with a building permit before 30 June 2009")
                    : LocalizedText(it: "Al massimo \(allowance) camere a 3 posti letto, salvo permesso di costruzione anteriore al 30/06/2009",
                                    en: "At most \(allowance) three-bed rooms, unless the building permit predates 30 June 2009"),
                message: LocalizedText(it: "camere a 3 posti letto: {0}, ammesse al massimo: {1} (permesso di costruzione non anteriore al 30/06/2009 o accreditamento già rinnovato); le altre devono avere al massimo 2 posti letto",
                                       en: "three-bed rooms: {0}, at most {1} allowed (building permit not before 30 June 2009, or accreditation already renewed); bring the others to at most 2 beds"),
                decision: allowance == 0
                    ? "A-04: this type's section has no demand-peak exception (unlike L228, L2445), so any three-bed room needs the grandfathering. A-09: permit strictly before 30 June 2009, tolerance ended by the first renewal after that date; an unknown permit date is not grandfathered."
                    : "A-04: the \(allowance) three-bed rooms for demand peaks are a permanent allowance; only more need the grandfathering. A-09: permit strictly before 30 June 2009, tolerance ended by the first renewal after that date."
            ) { dossier, report in
                let triples = dossier.rooms.filter { $0.beds == 3 }.count
                if triples > allowance, !dossier.isGrandfathered { report.report(at: "/rooms", .integer(triples), .integer(allowance)) }
            },
            rule(
                type, "rooms.grandfathered", .warning, lines: policy.lines,
                title: LocalizedText(it: "Le camere a 3 posti letto sono tollerate solo fino al rinnovo dell'accreditamento",
                                     en: "Three-bed rooms are tolerated only until the accreditation is renewed"),
                message: LocalizedText(it: "camere a 3 posti letto tollerate: {0} (permesso del {1}); al rinnovo dell'accreditamento le camere devono avere al massimo 2 posti letto",
                                       en: "three-bed rooms tolerated: {0} (permit of {1}); by the renewal of accreditation rooms must have at most 2 beds"),
                decision: "A-09: the permit must be strictly before 30 June 2009; the first renewal of accreditation after that date ends the tolerance."
            ) { dossier, report in
                let triples = dossier.rooms.filter { $0.beds == 3 }.count
                if triples > allowance, dossier.isGrandfathered, let permit = dossier.buildingPermitDate {
                    report.report(at: "/rooms", .integer(triples), .date(permit))
                }
            },
        ]
        if let lines = policy.singleRoomLines {
            rules.append(rule(
                type, "rooms.single-room", lines: lines,
                title: LocalizedText(it: "Almeno una camera è ad 1 posto letto", en: "At least one room has a single bed"),
                message: LocalizedText(it: "nessuna camera è ad 1 posto letto: almeno una stanza deve esserlo",
                                       en: "no room has a single bed: at least one room must be a single"),
                decision: "A-05: counted per structure (per dossier), not per nucleus."
            ) { dossier, report in
                if !dossier.rooms.contains(where: { $0.beds == 1 }) { report.report(at: "/rooms") }
            })
        }
        return rules
    }

    // MARK: Staffing, through the calculator

    /// One rule per line of the type's staffing standard (``StaffingCatalogue``), with the
    /// standard's own rule id, citation and decision: each role minimum is checked by
    /// ``StaffingCalculator`` over the whole roster at the dossier's `capacity` (its beds unless
    /// the family says otherwise) with the family's `parameters` (conditions, full-time hours);
    /// each coverage requirement over the roster lines present in its window (round-the-clock
    /// lines for a 24-hour window; round-the-clock and daytime lines for an opening window).
    ///
    /// ```swift
    /// ERStructureRules.staffingRules(.rtp, standard: ERStaffingStandards.rtp).map(\.id)
    /// // ["er.rtp.staff.nurse-hours-minimum"]
    /// ```
    public static func staffingRules(
        _ type: ERPsychiatricStructureType, standard: StaffingStandard,
        capacity: @escaping @Sendable (ERStructureDossier) -> Int = { $0.beds },
        parameters: @escaping @Sendable (ERStructureDossier) -> StaffingParameters = { _ in StaffingParameters() }
    ) -> [Rule<ERStructureDossier>] {
        StructureStaffingRules.rules(type.row, standard: standard, capacity: capacity, parameters: parameters)
    }

    static func minimumTitle(_ requirement: RoleRequirement, capacity: CapacityUnit) -> LocalizedText {
        StructureStaffingRules.minimumTitle(requirement, capacity: capacity)
    }

    /// `staff.transitional-qualification` (information): OTA and ADB are accepted only until
    /// OSS-qualified staff are available (digest §1.3), at the type's `lines`.
    public static func transitionalQualificationRule(_ type: ERPsychiatricStructureType, lines: ClosedRange<Int>) -> Rule<ERStructureDossier> {
        rule(
            type, "staff.transitional-qualification", .info, lines: lines,
            title: LocalizedText(it: "OTA e ADB sono ammessi solo nelle more della disponibilità di OSS",
                                 en: "OTA and ADB are accepted only until OSS-qualified staff are available"),
            message: LocalizedText(it: "{0} h/settimana {1} ammesse in via transitoria, in attesa di personale OSS",
                                   en: "{0} h/week of {1} accepted transitionally, until OSS staff are available")
        ) { dossier, report in
            for (index, member) in dossier.staff.enumerated() where member.role == .ota || member.role == .adb {
                report.report(at: JSONPointer.root.appending("staff").appending(index),
                              member.hoursPerWeek.argument, .text(member.role.rawValue.uppercased()))
            }
        }
    }

    // MARK: Attested requirements

    /// Shared requirements every structure dossier words unlike the catalogue's title (which is
    /// the SPOI's): the performance audits run "continuativamente e con sistematicità" (L1053,
    /// L2144, L2547), where the SPOI's run "periodicamente" (L411).
    static let structureTitles: [String: LocalizedText] = [
        "periodic-audits": LocalizedText(it: "Audit continuativi e sistematici della performance",
                                         en: "Continuous and systematic performance audits"),
    ]

    /// One rule per requirement of ``ERRequirementCatalogue`` that binds `type`, citing the type's
    /// own lines: `<prefix>.<area>.<code>` fails when the dossier does not attest it.
    /// `condition` gives, for a conditional requirement (``ERRequirementCatalogue/condition(of:)``),
    /// whether the dossier states that its condition holds; without one the requirement binds always.
    /// `titles` words a requirement for this type where the type's section says it differently
    /// from the catalogue's shared title (keyed by code).
    public static func attestationRules(
        _ type: ERPsychiatricStructureType,
        condition: (ERRequirement) -> (@Sendable (ERStructureDossier) -> Bool)? = { _ in nil },
        titles: [String: LocalizedText] = [:]
    ) -> [Rule<ERStructureDossier>] {
        // The kind's catalogue is made from these areas: each rule finds its code's bit at once.
        let catalogue = AttestationCatalogue(attestationAreas(type).flatMap(\.codes))
        return ERRequirementCatalogue.requirements(for: type).map { requirement in
            let code = requirement.code
            let attested = AttestedCode(code, in: catalogue)
            let area = requirement.area
            let applies = condition(requirement)
            let citation = requirement.citation(for: type) ?? type.citation
            let title = titles[code] ?? structureTitles[code] ?? requirement.title
            return rule(
                type, "\(area.rawValue).\(code)", lines: citation.lines,
                title: title,
                message: LocalizedText(it: "requisito non attestato ({0}): {1}", en: "requirement not attested ({0}): {1}"),
                decision: requirement.note
            ) { dossier, report in
                if let applies, !applies(dossier) { return }
                if !dossier.attestations.contains(attested) {
                    report.report(at: JSONPointer.root.appending(area.rawValue), .localized(area.label), .localized(title))
                }
            }
        }
    }
}
