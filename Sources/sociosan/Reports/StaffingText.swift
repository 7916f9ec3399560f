import Sociosan
import SociosanJSON

/// The words of `staffing`, `staffing check`, `capacity` and `network`, in both languages,
/// and the way they write numbers (decimal comma in Italian, at most two decimals).
enum StaffingText {
    // MARK: Numbers

    /// `11,25` / `11.25`; `≈0,33` when two decimals do not hold the exact value.
    static func number(_ value: Rational, in language: Language) -> String {
        let text = value.argument.text(in: language)
        return isExactInHundredths(value) ? text : "≈" + text
    }

    /// `+1`, `-1,5`, `0`: a difference, signed.
    static func signed(_ value: Rational, in language: Language) -> String {
        .zero < value ? "+" + number(value, in: language) : number(value, in: language)
    }

    static func amount(_ value: NetworkTally.Amount, in language: Language) -> String {
        MessageArgument.fixed(value.hundredths, scale: 2).text(in: language)
    }

    static func isExactInHundredths(_ value: Rational) -> Bool {
        value.isWhole || 100 % value.denominator == 0
    }

    // MARK: Vocabulary

    static func unit(_ unit: StaffingUnit) -> LocalizedText {
        StructureStaffingRules.unitLabel(unit)
    }

    static func window(_ window: CoverageRequirement.Window, in language: Language) -> String {
        switch window {
        case .roundTheClock: return LocalizedText(it: "24 ore", en: "24 hours").text(in: language)
        case .opening(let hours):
            return LocalizedText(it: "apertura ({0} h/settimana)", en: "opening ({0} h/week)").render([.integer(hours)], in: language)
        }
    }

    static func contract(_ contract: ContractType) -> LocalizedText {
        switch contract {
        case .employee: return LocalizedText(it: "Dipendenti", en: "Employees")
        case .freelance: return LocalizedText(it: "Liberi professionisti", en: "Freelancers")
        case .consultant: return LocalizedText(it: "Consulenti", en: "Consultants")
        case .trainee: return LocalizedText(it: "Tirocinanti", en: "Trainees")
        case .volunteer: return LocalizedText(it: "Volontari", en: "Volunteers")
        }
    }

    /// `15 posti letto` / `15 beds`.
    static func capacity(_ capacity: Int, _ unit: CapacityUnit, in language: Language) -> String {
        "\(capacity) \(unit.label.text(in: language))"
    }

    /// `da 1 a 90 posti letto (002_… L119-L120)` / `1 to 90 beds (...)`, or that there are none.
    static func limits(of standard: StaffingStandard, in language: Language) -> String {
        guard let limits = standard.capacityLimits else {
            return LocalizedText(it: "nessun limite nella norma", en: "no limit in the regulation").text(in: language)
        }
        let source = standard.limitsCitation.map { " (\($0))" } ?? ""
        return LocalizedText(it: "da {0} a {1} {2}", en: "{0} to {1} {2}").render(
            [.integer(limits.lowerBound), .integer(limits.upperBound), .localized(standard.capacityUnit.label)], in: language) + source
    }

    /// `se hosts-minors` / `if hosts-minors`.
    static func condition(_ condition: StaffingCondition, in language: Language) -> String {
        LocalizedText(it: "se {0}", en: "if {0}").render([.text(condition.rawValue)], in: language)
    }

    /// `1 requisito non soddisfatto` / `3 requirements not met`.
    static func requirementsNotMet(_ count: Int, in language: Language) -> String {
        (count == 1
            ? LocalizedText(it: "1 requisito non soddisfatto", en: "1 requirement not met")
            : LocalizedText(it: "{0} requisiti non soddisfatti", en: "{0} requirements not met")).render([.integer(count)], in: language)
    }

    static let withinCap = LocalizedText(it: "entro il limite", en: "within the cap")
    static let overCap = LocalizedText(it: "oltre il limite", en: "over the cap")
    static let met = LocalizedText(it: "soddisfatto", en: "met")
    static let short = LocalizedText(it: "carente", en: "short")
    static let notPermitted = LocalizedText(it: "non ammessi", en: "not admitted")
    static let coverageTitle = LocalizedText(it: "Presenze (coperture):", en: "Coverage:")
    static let notesTitle = LocalizedText(it: "Note:", en: "Notes:")
    static let decisionsTitle = LocalizedText(it: "Decisioni sulle ambiguità della norma:", en: "Decisions on ambiguities of the regulation:")
    static let shareCapsTitle = LocalizedText(it: "Quote massime di tirocinanti e volontari:", en: "Share caps on trainees and volunteers:")
    static let noRequirement = LocalizedText(it: "Nessun minimo numerico di personale nella norma.",
                                             en: "No numeric staffing minimum in the regulation.")

    // MARK: Headings

    static let roleHeading = LocalizedText(it: "FIGURA", en: "ROLE")
    static let unitHeading = LocalizedText(it: "UNITÀ", en: "UNIT")
    static let minimumHeading = LocalizedText(it: "MINIMO", en: "MINIMUM")
    static let exactHeading = LocalizedText(it: "ESATTO", en: "EXACT")
    static let hoursHeading = LocalizedText(it: "H/SETT.", en: "H/WEEK")
    static let fteHeading = LocalizedText(it: "ETP", en: "FTE")
    static let requiredHeading = LocalizedText(it: "RICHIESTO", en: "REQUIRED")
    static let presentHeading = LocalizedText(it: "PRESENTE", en: "PRESENT")
    static let differenceHeading = LocalizedText(it: "DIFFERENZA", en: "DIFFERENCE")
    static let requiredHoursHeading = LocalizedText(it: "H/SETT. RICHIESTE", en: "H/WEEK REQUIRED")
    static let presentHoursHeading = LocalizedText(it: "H/SETT. PRESENTI", en: "H/WEEK PRESENT")
    static let differenceHoursHeading = LocalizedText(it: "DIFF. H/SETT.", en: "DIFF. H/WEEK")
    static let verdictHeading = LocalizedText(it: "ESITO", en: "VERDICT")
    static let windowHeading = LocalizedText(it: "FINESTRA", en: "WINDOW")
    static let contractHeading = LocalizedText(it: "CONTRATTO", en: "CONTRACT")
    static let maximumHoursHeading = LocalizedText(it: "H/SETT. MASSIME", en: "H/WEEK MAXIMUM")
    static let shareHeading = LocalizedText(it: "QUOTA", en: "SHARE")
    static let typeHeading = LocalizedText(it: "TIPOLOGIA", en: "TYPE")
    static let capacityUnitHeading = LocalizedText(it: "CAPACITÀ IN", en: "CAPACITY IN")
    static let limitsHeading = LocalizedText(it: "LIMITI", en: "LIMITS")
    static let limitsCitationHeading = LocalizedText(it: "FONTE LIMITI", en: "LIMITS SOURCE")
    static let provinceHeading = LocalizedText(it: "PROVINCIA", en: "PROVINCE")
    static let structuresHeading = LocalizedText(it: "STRUTTURE", en: "STRUCTURES")
    static let withRosterHeading = LocalizedText(it: "CON ORGANICO", en: "WITH ROSTER")
    static let failingHeading = LocalizedText(it: "NON CONFORMI", en: "FAILING")
    static let shortHeading = LocalizedText(it: "CARENTI", en: "SHORT")
    static let shortfallHoursHeading = LocalizedText(it: "CARENZA H/SETT.", en: "SHORTFALL H/WEEK")
    static let totalRow = LocalizedText(it: "Totale", en: "Total")
    static let noProvince = LocalizedText(it: "(senza provincia)", en: "(no province)")
}
