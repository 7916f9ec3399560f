/// Staffing standards of the Sicilian services for minors, women, families and homeless
/// people (seed 004 section 7, L2165-L3409), as data.
///
/// Every figure cites the seed lines it comes from. Where the seed reads two ways, the line
/// carries the reading taken, named after the numbered ambiguity of the English digest
/// (`shared/spec/seed-004b-sicily-structures-7-8.md`, "Ambiguities and gaps", 1-31).
///
/// ```swift
/// let home = SicilyMinorsStaffingStandards.homeEducation
/// let needs = try StaffingCalculator.requirement(for: home, capacity: 9)
/// needs.lines.first { $0.requirement.target.id == "educator" }?.minimum  // 3 (1 per 4 users, rounded up)
///
/// let flat = SicilyMinorsStaffingStandards.minorsApartment
/// let withMinors = StaffingParameters(conditions: [SicilyMinorsStaffingStandards.hostsMinors])
/// try StaffingCalculator.requirement(for: flat, capacity: 7, parameters: withMinors).lines.count  // 3
/// ```
///
/// | id | section | capacity | seed |
/// |---|---|---|---|
/// | `sicily.minors-therapeutic-community` | 7.1 | places, not stated | L2535-L2554 |
/// | `sicily.home-education` | 7.3 | users (minors), no limit | L2673-L2686 |
/// | `sicily.minors-apartment` | 7.4 | places, 1-7 | L2761-L2781 |
/// | `sicily.mother-child-community` | 7.5 | guests, 1-16 | L2862-L2891 |
/// | `sicily.family-home` | 7.6 | minors present, 0-8 | L2958-L2999 |
/// | `sicily.youth-centre` | 7.7 | users, 1-100 | L3123-L3147 |
/// | `sicily.family-mediation` | 7.8 | families, no limit | L3231-L3249 |
/// | `sicily.homeless-centre` | 7.9 | night places, 1-100 | L3312-L3341 |
///
/// Conventions shared by the eight standards:
/// - `persons`: a count of staff units with no hours is read as full-time posts, the calculator's
///   convention; their hours follow `StaffingParameters.fullTimeHours` (ambiguity 5).
/// - Part-time: the seed never says how many hours; a part-time post is read as
///   ``partTimeShare`` (half) of a full-time one, in full-time equivalents, so that its hours
///   also follow the parameter (ambiguity 5).
/// - Presence only: where the seed names a role but gives no hours and lets the contract be a
///   consultancy or convention (or leaves it to the provider), the line asks only that the role
///   be on the roster: ``presenceHoursPerWeek`` (1 hour a week). That hour is not a regulatory
///   figure; it is the smallest amount that proves the role is there.
/// - Volunteers and trainees never count (``ContractType/countsTowardsMinima``; L2883-L2885).
/// - Where a member of a professional team also coordinates (7.1, 7.3, 7.4, 7.8), the roster
///   lists that person by profession; ``StaffRole/coordinator`` is a separate post only where the
///   seed makes it one (7.5, 7.7, 7.9; in 7.6 it stands for the resident couple).
public enum SicilyMinorsStaffingStandards {
    static let seed = Seed.structuresSicily

    public static let all: [StaffingStandard] = [
        therapeuticCommunity, homeEducation, minorsApartment, motherChildCommunity,
        familyHome, youthCentre, familyMediation, homelessCentre,
    ]

    // MARK: Conditions

    /// 7.4: the apartment hosts minors (under 18), not only young adults (L2773-L2775).
    public static let hostsMinors: StaffingCondition = "hosts-minors"
    /// 7.4: it hosts minors under a penal measure (L2776-L2777). Such minors are minors: declare
    /// ``hostsMinors`` too.
    public static let minorsUnderPenalMeasure: StaffingCondition = "minors-under-penal-measure"
    /// 7.4: immigrants are hosted (L2778).
    public static let hostsImmigrants: StaffingCondition = "hosts-immigrants"
    /// 7.5: the director-coordinator is not a qualified social worker (L2875-L2877, ambiguity 17).
    public static let directorNotSocialWorker: StaffingCondition = "director-not-social-worker"
    /// 7.9: foreign people are hosted (L3333).
    public static let hostsForeigners: StaffingCondition = "hosts-foreigners"
    /// 7.9: the centre admits sick people to its post-acute places (L3300-L3305, L3339-L3341).
    public static let postAcuteAdmissions: StaffingCondition = "post-acute-admissions"

    // MARK: Shared readings

    /// A part-time post as a share of a full-time one (ambiguity 5: the seed never gives the
    /// hours of either).
    public static let partTimeShare = Rational(1, 2)

    /// The weekly hours a presence-only line asks for: the role must be on the roster.
    public static let presenceHoursPerWeek = Rational(1)

    static let partTimeDecision =
        "Ambiguity 5: \"part-time\" has no hours in the seed; read as half a full-time post (1/2 FTE), so the hours follow fullTimeHours (18 at 36, 19 at 38)."

    static func presenceDecision(_ why: String) -> String {
        "Presence only: \(why) The line asks for the role on the roster, taken as at least 1 hour a week; the hour is not a regulatory figure."
    }

    /// A presence-only requirement (see ``presenceHoursPerWeek``).
    static func presence(
        _ rule: RuleID, _ target: StaffTarget, condition: StaffingCondition? = nil, citation: Citation, why: String
    ) -> RoleRequirement {
        RoleRequirement(
            rule: rule, target: target, unit: .hoursPerWeek, law: .fixed(presenceHoursPerWeek), rounding: .exact,
            condition: condition, citation: citation, decision: presenceDecision(why))
    }

    // MARK: Targets for roles the vocabulary lacks

    /// Cultural mediator (7.4, 7.9): no such ``StaffRole``; counted on `qualified-operator`.
    public static let culturalMediator = StaffTarget.group(
        "cultural-mediator",
        LocalizedText(it: "Mediatore culturale (nel ruolo: operatore qualificato)",
                      en: "Cultural mediator (on the roster: qualified operator)"),
        [.qualifiedOperator])

    static let culturalMediatorRoleDecision =
        "Vocabulary: StaffRole has no cultural mediator; list the mediator as qualified-operator."
}
