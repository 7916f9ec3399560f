/// The Sicilian project dossiers of seed 004 (D.A. 17/2014): kinds that describe one person's
/// project, not a building. They are declared kinds (``DeclaredDossier``); this is their one
/// registration expression in ``DeclaredKinds/all``.
///
/// Every one of them is health data: the person is named by a pseudonymous code only, never by
/// name, tax code or date of birth; the identifying record stays with the DSM or the district.
///
/// ```swift
/// SicilyProjectKinds.all.map { $0.kindInfo.kind.rawValue }
/// // ["sicily.disability.independent-living-project", "sicily.psychiatry.psrp", ...]
/// ```
public enum SicilyProjectKinds {
    public static let all: [any DeclaredDossier.Type] = [
        SicilyIndependentLivingProject.self,
        SicilyPSRP.self,
        SicilyWorkInclusionProject.self,
        SicilyHealthBudgetPTI.self,
    ]
}

/// What the project kinds share: how a rule is made, the region rule, the person's code and
/// the month arithmetic of the review intervals.
enum SicilyProject {
    static let seed = Seed.structuresSicily

    /// The description every person code carries in the schemas.
    static let personCodeSummary = "Pseudonymous code of the person (health data: never a name, tax code or date of birth; "
        + "the DSM or district keeps the key)."

    static var personCode: IdentifierCodec { ValueCodecs.identifier }

    /// `date` plus `months` calendar months, the day kept or brought back to the month's last
    /// day (2024-01-31 plus one month is 2024-02-29).
    static func adding(months: Int, to date: LocalDate) -> LocalDate { date.adding(months: months) }

    /// A date no document of these kinds can hold; the blank values start from it.
    static let blankDate = LocalDate(year: 2000, month: 1, day: 1)!

    /// Euro amounts: hundredths from 0 to 10 million euro.
    static var euro: HundredthsCodec { ValueCodecs.hundredths(0...1_000_000_000) }
}

/// A level of care intensity: the PSRP's programmes (L1016-L1018) and the PTI's high, medium
/// and low intensity from the individual health needs (L1393-L1395).
public enum SicilyCareIntensity: String, Sendable, Hashable, CaseIterable, TableCoded {
    case high, medium, low
    public static let codeTable = CodeTable<Self>()
}

/// Makes the rules of one project kind: ids `<prefix>.<name>`, citations into seed 004, and the
/// two shapes every kind uses (the region, and "every one of these codes is there").
struct SicilyProjectRuleMaker<Dossier>: Sendable {
    let kind: DossierKind
    let prefix: String

    func rule(
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText,
        decision: String? = nil, check: @escaping @Sendable (Dossier, inout FindingReporter) -> Void
    ) -> Rule<Dossier> {
        Rule(
            descriptor: RuleDescriptor(
                id: RuleID(rawValue: prefix + "." + name), kinds: [kind], severity: severity,
                citation: Citation(SicilyProject.seed, lines: lines), title: title, message: message, decision: decision),
            check: check)
    }

    /// The project is Sicilian: its province is one of the nine of the Region (L6-L21 name
    /// the act as the Region's).
    func region(_ province: @escaping @Sendable (Dossier) -> Province) -> Rule<Dossier> {
        rule("identity.region", lines: 6...21,
             title: LocalizedText(it: "Il progetto è in Sicilia", en: "The project is in Sicily"),
             message: LocalizedText(it: "la provincia {0} non è in Sicilia", en: "province {0} is not in Sicily")) { dossier, report in
            let code = province(dossier)
            if code.region != .sicilia { report.report(at: "/province", .text(code.rawValue)) }
        }
    }

    /// A rule that reports at `path`, by its label, each of the `required` codes the dossier
    /// lacks (the holders of a PSRP, the ICF areas, the budget's two components...).
    func everyOne<Code: Sendable>(
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText,
        decision: String? = nil, at path: JSONPointer, _ required: [Code], label: @escaping @Sendable (Code) -> LocalizedText,
        present: @escaping @Sendable (Dossier, Code) -> Bool
    ) -> Rule<Dossier> {
        rule(name, severity, lines: lines, title: title, message: message, decision: decision) { dossier, report in
            for code in required where !present(dossier, code) { report.report(at: path, .localized(label(code))) }
        }
    }
}

/// One dated review (*verifica*) of a project: when it is, or was, held, and what it found.
///
/// ```swift
/// let review = SicilyProjectReview(on: LocalDate(year: 2025, month: 9, day: 15)!, outcome: "obiettivi abitativi raggiunti")
/// ```
public struct SicilyProjectReview: Sendable, Hashable {
    public var on: LocalDate
    /// What the review found; absent for a review still to come.
    public var outcome: String?

    public init(on: LocalDate, outcome: String? = nil) {
        self.on = on
        self.outcome = outcome
    }

    public static let fields = FieldTable(blank: SicilyProjectReview(on: SicilyProject.blankDate), [
        .required("on", \.on, ValueCodecs.date, summary: "The review's date (held, or planned)."),
        .optional("outcome", \.outcome, ValueCodecs.string(), summary: "What the review found; absent while it is to come."),
    ])
}
