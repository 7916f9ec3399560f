/// Staffing standards of the Sicilian services for minors, women, families and homeless
/// people (seed 004 section 7).
public enum SicilyMinorsStaffingStandards {
    public static let all: [StaffingStandard] = []
}
