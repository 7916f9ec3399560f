/// Staffing standards of the Emilia-Romagna hospital psychiatric structures other than the
/// SPOI (seed 002 §3.4-§6.4), as data: every figure carries the seed lines it comes from and,
/// where the seed reads two ways, the decision taken with its ambiguity id (digest §10).
///
/// ```swift
/// let rti = ERStaffingStandards.rti
/// let needs = try StaffingCalculator.requirement(for: rti, capacity: 30)
/// needs.lines.first?.minimum       // 2 nurses on duty around the clock (one per started 20 beds)
/// needs.lines.first?.hoursPerWeek  // 336
/// ```
///
/// | id | seed |
/// |---|---|
/// | `er.rti` | L864-L879, L925-L927 |
/// | `er.rti-specialist` | L864-L879, L925-L927, L1019-L1021 |
/// | `er.rtp` | L864-L879, L925-L927 |
/// | `er.psychogeriatric-rehab` | L1528-L1533, L1596-L1608 |
/// | `er.eating-disorder-rehab` | L1993-L1997, L2049-L2069 |
/// | `er.general-psychiatry` | L2465-L2471 |
public enum ERStaffingStandards {
    static let seed = Seed.psychiatricStructuresER

    public static let all: [StaffingStandard] = [
        rti, rtiSpecialist, rtp, psychogeriatricRehab, eatingDisorderRehab, generalPsychiatry,
    ]

    /// "infermieri/OTA" of the cod. 56 units (L1604, L2066): nurses and OTA counted together;
    /// OSS are not named there (decision A-38).
    public static let nursesOrOTA = StaffTarget.group(
        "nurses-or-ota",
        LocalizedText(it: "Infermieri/OTA", en: "Nurses or OTA (technical care operators)"),
        [.nurse, .ota])

    /// OSS, or OTA and ADB while OSS-qualified staff are not available (L867-L868, L873-L874,
    /// L2466-L2467); the same id and label as the SPOI's group.
    public static let supportWorkers = StaffTarget.group(
        "support-workers",
        LocalizedText(it: "OSS, OTA e ADB", en: "OSS, OTA and ADB"),
        StaffRole.supportWorkers)
}
