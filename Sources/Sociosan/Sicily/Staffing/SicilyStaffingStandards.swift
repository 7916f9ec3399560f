/// Staffing standards of the Sicilian structures of seed 004 sections 4-6 (D.A. 17/2014), as
/// data for ``StaffingCalculator``. The seed is the authority; the digest
/// `seed-004a-sicily-structures-1-6.md` is followed where it agrees with it.
///
/// Conventions, for every standard here:
/// - units are the seed's: hours a week where it prints "h"/"ore", persons (full-time posts)
///   for a bare number, full-time equivalents where it says "a tempo pieno". "Tempo pieno" is
///   never defined: ``StaffingParameters/fullTimeHours`` (default 36) converts; no weekly hours
///   are written in the data;
/// - no rounding: every law is exact and a fraction is part-time hours (digest Appendix C);
/// - roles supplied by others (the GP, the ASP, the CSM) are notes, not requirements;
/// - every ambiguous reading carries its `decision`.
///
/// ```swift
/// let srp = StaffingCatalogue.standard("sicily.psychiatric-residence-24h")!
/// let needs = try StaffingCalculator.requirement(for: srp, capacity: 10)
/// needs.lines.reduce(Rational.zero) { $0 + $1.hoursPerWeek }  // 214
/// ```
public enum SicilyStaffingStandards {
    static let seed = Seed.structuresSicily

    public static let all: [StaffingStandard] = [
        longTermCare, dementiaDayCentre,
        rehabResidential, rehabDay,
        psychiatricResidence24h, psychiatricGroupApartment,
        addictionReception, addictionDay, addictionResidential, addictionPedagogic, addictionComorbidity, addictionAlcohol,
    ]

    /// Declared circumstances that switch on the conditional lines and the share caps of 6.4.
    public enum Condition {
        /// None of the qualified operators is a psychologist: the psychologist's 4 or 8 hours
        /// a week apply (L1783, L1911-L1913, L1972-L1974, L2120-L2121).
        public static let noPsychologistAmongQualifiedOperators: StaffingCondition = "no-psychologist-among-qualified-operators"
        /// The body has no agreement with a recognised vocational-training body running courses
        /// inside the structure: the ergotherapy workshop instructor is required (L1915-L1917,
        /// L1976-L1978).
        public static let noVocationalTrainingAgreement: StaffingCondition = "no-vocational-training-agreement"
        /// The service is run by a non-profit body (*ente senza finalità di lucro*): trainees and
        /// volunteers are admitted within their caps (L1659-L1671, L1678-L1689).
        public static let nonProfitOperator: StaffingCondition = "non-profit-operator"
    }

    // MARK: - Shared targets

    /// "OSS (OSA ad esaurimento)": OSS, and OSA while they are phased out. The vocabulary has no
    /// OSA; an OSA is recorded as ``StaffRole/adb``, the closest basic-care qualification.
    static let ossOrOSA = StaffTarget.group(
        "oss-osa", LocalizedText(it: "OSS (OSA ad esaurimento)", en: "OSS (OSA, being phased out)"), [.oss, .adb])

    /// "Terapista (della) riabilitazione" of 4.1 and 4.2.
    static let rehabilitationTherapists = StaffTarget.group(
        "rehabilitation-therapists",
        LocalizedText(it: "Terapisti della riabilitazione", en: "Rehabilitation therapists"),
        [.rehabilitationTherapist, .physiotherapist])

    // MARK: - Builders

    /// A requirement line with rule id `<standard>.staff.<name>`; exact, as every line here.
    static func staff(
        _ standardID: String, _ name: String, _ target: StaffTarget, _ unit: StaffingUnit, _ law: ScalingLaw,
        floor: Rational? = nil, condition: StaffingCondition? = nil, lines: ClosedRange<Int>, decision: String? = nil
    ) -> RoleRequirement {
        RoleRequirement(
            rule: RuleID(rawValue: "\(standardID).staff.\(name)"), target: target, unit: unit, law: law, floor: floor,
            rounding: .exact, condition: condition, citation: Citation(seed, lines: lines), decision: decision)
    }

    static func note(_ it: String, _ en: String, lines: ClosedRange<Int>) -> StandardNote {
        StandardNote(LocalizedText(it: it, en: en), citation: Citation(seed, lines: lines))
    }

    /// Paragraph 2, cited by every section: qualification matching the role, national
    /// contracts for employees, professional fee scales for freelancers.
    static func personnelRule(lines: ClosedRange<Int>) -> StandardNote {
        note("Il personale utilizzato deve essere in possesso del titolo di studio attinente alla qualifica; ai dipendenti si applica il C.C.N.L. di categoria (paragrafo 2, Il Gruppo di lavoro, L281-L288). Requisito qualitativo, non verificabile sul ruolino.",
             "Staff must hold the qualification matching their role; employees are paid under the national contract (paragraph 2, the working group, L281-L288). A qualitative requirement that the roster cannot show.",
             lines: lines)
    }
}
