/// Every attested requirement of seed 002, each written once (see ``ERRequirement``).
///
/// ```swift
/// ERRequirementCatalogue.requirements(for: .eatingDisorderRehab).count
/// ```
public enum ERRequirementCatalogue {
    /// The catalogue, in seed order within each area.
    public static let all: [ERRequirement] = []

    /// The requirements that bind one structure type, in catalogue order.
    public static func requirements(for type: ERPsychiatricStructureType) -> [ERRequirement] {
        all.filter { $0.applies(to: type) }
    }

    public static func requirement(_ code: String) -> ERRequirement? {
        all.first { $0.code == code }
    }
}
