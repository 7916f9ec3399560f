/// Staffing standards of the Sicilian structures of seed 004 sections 4-6.
public enum SicilyStaffingStandards {
    public static let all: [StaffingStandard] = []
}
