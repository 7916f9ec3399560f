/// Staffing standards of the Emilia-Romagna hospital psychiatric structures other than the
/// SPOI (seed 002 §3.4-§6.4).
public enum ERStaffingStandards {
    public static let all: [StaffingStandard] = []
}
