/// Every staffing standard this build knows, by id.
///
/// ```swift
/// StaffingCatalogue.standard("er.spoi")?.capacityUnit  // .beds
/// StaffingCatalogue.ids                                // ["er.spoi", ...]
/// ```
public enum StaffingCatalogue {
    public static let standards: [StaffingStandard] =
        [SPOIStaffing.standard] + ERStaffingStandards.all + SicilyStaffingStandards.all + SicilyMinorsStaffingStandards.all

    public static var ids: [String] { standards.map(\.id) }

    /// Position of each standard in ``standards``, by id.
    public static let indexByID: [String: Int] = Dictionary(
        uniqueKeysWithValues: standards.enumerated().map { ($0.element.id, $0.offset) })

    public static func standard(_ id: String) -> StaffingStandard? {
        indexByID[id].map { standards[$0] }
    }

    /// The standard with `id`, or an error that lists the known ones.
    public static func require(_ id: String) throws(StaffingError) -> StaffingStandard {
        guard let standard = standard(id) else { throw .unknownStandard(id, known: ids) }
        return standard
    }
}
