/// Regione Siciliana, D.A. 17/2014 (seed 004) §7.10, L3402-L3409: *Sistema dei controlli per le
/// strutture residenziali e semiresidenziali destinate alle persone minori di età*. One control
/// visit of the ASP to a structure hosting minors: when, which structure (its dossier id and
/// kind), who controlled (the ASP's qualified staff, joined by the Comune's staff where the seed
/// asks for it), ordinary or extraordinary, and the hygiene and health requirements checked with
/// their outcome. The seed sets no interval between visits, no checklist and no sanctions.
///
/// ```swift
/// let visit = try SicilyControlVisit.decode(jsonText: text)   // SociosanJSON
/// SicilyControlVisit.declaration.ruleSet.evaluate(visit)       // the findings
/// ```
public struct SicilyControlVisit: DeclaredDossier {
    public var id: StructureID
    public var visitedOn: LocalDate
    public var structure: VisitedStructure
    /// The ASP that controlled, by its province (one ASP per Sicilian province).
    public var asp: Province
    public var visitType: VisitType
    public var inspectors: [Inspector]
    public var checks: [Check]
    public var outcome: Outcome
    public var notes: String?

    public init(
        id: StructureID, visitedOn: LocalDate, structure: VisitedStructure, asp: Province, visitType: VisitType,
        inspectors: [Inspector], checks: [Check], outcome: Outcome, notes: String? = nil
    ) {
        self.id = id
        self.visitedOn = visitedOn
        self.structure = structure
        self.asp = asp
        self.visitType = visitType
        self.inspectors = inspectors
        self.checks = checks
        self.outcome = outcome
        self.notes = notes
    }

    /// The structure visited, as its own dossier names it.
    public struct VisitedStructure: Sendable, Hashable {
        /// The structure dossier's `id`.
        public var id: StructureID
        /// The structure dossier's `kind` (for example `sicily.minors.apartment`).
        public var kind: String
        public var setting: Setting
        public var comuneManagement: ComuneManagement

        public init(id: StructureID, kind: String, setting: Setting, comuneManagement: ComuneManagement) {
            self.id = id
            self.kind = kind
            self.setting = setting
            self.comuneManagement = comuneManagement
        }

        /// Residential or semi-residential (L3405-L3406).
        public enum Setting: String, Sendable, Hashable, CaseIterable {
            case residential
            case semiResidential = "semi-residential"
        }

        /// Whether the structure is the Comune's, run directly or not (L3408).
        public enum ComuneManagement: String, Sendable, Hashable, CaseIterable {
            /// Run directly by the Comune.
            case direct
            /// The Comune's, run for it by another body (by agreement or contract).
            case indirect
            /// Not the Comune's.
            case none
        }
    }

    /// "in via ordinaria e/o straordinaria" (L3406-L3407).
    public enum VisitType: String, Sendable, Hashable, CaseIterable {
        case ordinary, extraordinary
    }

    /// One controller, by pseudonymous code, and the body they belong to.
    public struct Inspector: Sendable, Hashable {
        public var code: StructureID
        public var body: Body

        public init(code: StructureID, body: Body) {
            self.code = code
            self.body = body
        }

        public enum Body: String, Sendable, Hashable, CaseIterable {
            case asp, comune
        }
    }

    /// One hygiene and health requirement checked. The seed has no checklist (L3406): the
    /// requirement is the controller's own words.
    public struct Check: Sendable, Hashable {
        public var requirement: String
        public var result: Result
        public var note: String?

        public init(requirement: String, result: Result, note: String? = nil) {
            self.requirement = requirement
            self.result = result
            self.note = note
        }

        public enum Result: String, Sendable, Hashable, CaseIterable {
            case met
            case notMet = "not-met"
            case notApplicable = "not-applicable"
        }
    }

    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        case compliant
        case nonCompliant = "non-compliant"
    }
}

extension DossierKind {
    /// Sicily §7.10: a control visit of the ASP to a structure for minors.
    public static let sicilyMinorsControlVisit: DossierKind = "sicily.minors.control-visit"
}

extension SicilyControlVisit.VisitedStructure.Setting: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyControlVisit.VisitedStructure.ComuneManagement: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyControlVisit.VisitType: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyControlVisit.Inspector.Body: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyControlVisit.Check.Result: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyControlVisit.Outcome: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyControlVisit {
    static let structureFields = FieldTable(blank: VisitedStructure(id: .placeholder, kind: "", setting: .residential, comuneManagement: .none), [
        .required("id", \.id, ValueCodecs.identifier, summary: "The structure dossier's id."),
        .required("kind", \.kind, ValueCodecs.string(), summary: "The structure dossier's kind."),
        .required("setting", \.setting, ValueCodecs.code(VisitedStructure.Setting.self), summary: "L3405-L3406."),
        .required("comuneManagement", \.comuneManagement, ValueCodecs.code(VisitedStructure.ComuneManagement.self),
                  summary: "direct: run by the Comune; indirect: the Comune's, run by another body; none (L3408)."),
    ])
    static let inspectorFields = FieldTable(blank: Inspector(code: .placeholder, body: .asp), [
        .required("code", \.code, ValueCodecs.identifier, summary: "Pseudonymous code of the controller."),
        .required("body", \.body, ValueCodecs.code(Inspector.Body.self), summary: "The ASP's or the Comune's staff (L3406-L3409)."),
    ])
    static let checkFields = FieldTable(blank: Check(requirement: "", result: .met), [
        .required("requirement", \.requirement, ValueCodecs.string()),
        .required("result", \.result, ValueCodecs.code(Check.Result.self)),
        .optional("note", \.note, ValueCodecs.string()),
    ])

    public static let declaration = DossierDeclaration<SicilyControlVisit>(
        kind: .sicilyMinorsControlVisit,
        title: LocalizedText(it: "Verbale di controllo igienico-sanitario in una struttura per minori",
                             en: "Hygiene and health control visit to a structure for minors"),
        summary: "Verbale di controllo (Regione Siciliana, D.A. 17/2014 §7.10): one visit of the ASP's qualified staff, joined by the "
            + "Comune's where the seed asks for it, to a residential or semi-residential structure hosting minors, with the hygiene and "
            + "health requirements checked. Source: seed \(Citation(.structuresSicily, lines: 3402...3409)). The seed sets no interval "
            + "between visits. This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        citation: Citation(.structuresSicily, lines: 3402...3409),
        blank: SicilyControlVisit(
            id: .placeholder, visitedOn: LocalDate(year: 2000, month: 1, day: 1)!,
            structure: VisitedStructure(id: .placeholder, kind: "", setting: .residential, comuneManagement: .none),
            asp: .palermo, visitType: .ordinary, inspectors: [], checks: [], outcome: .compliant),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("visitedOn", \.visitedOn, ValueCodecs.date),
            .required("structure", \.structure, ValueCodecs.object(structureFields), summary: "The structure visited."),
            .required("asp", \.asp, ValueCodecs.code(Province.self), summary: "The province of the ASP that controlled (L3406-L3407)."),
            .required("visitType", \.visitType, ValueCodecs.code(VisitType.self), summary: "ordinary or extraordinary (L3406-L3407)."),
            .required("inspectors", \.inspectors, ValueCodecs.list(SicilyProtectedObjectCodec(inspectorFields), distinctID: { $0.code.rawValue }),
                      summary: "The controllers, by pseudonymous code (L3406-L3409)."),
            .required("checks", \.checks, ValueCodecs.list(ValueCodecs.object(checkFields)),
                      summary: "The hygiene and health requirements checked and their result (L3405-L3406)."),
            .required("outcome", \.outcome, ValueCodecs.code(Outcome.self)),
            .optional("notes", \.notes, ValueCodecs.string()),
        ],
        rules: SicilyControlVisitRules.all, protectedMembers: .personAsValue)
}
