/// The structure dossier kinds of seed 004 section 7 (L2165-L3401): services for minors,
/// women, couples and families, and the reception of homeless people, registered in
/// ``StructureKinds/all`` as one expression.
///
/// Every kind refuses a member that would hold a person's name, tax code or birth date
/// (``SicilyMinors/protectedNames``) wherever its tables do not declare one: people appear by
/// pseudonymous code only.
///
/// ```swift
/// SicilyMinorsKinds.all.count  // 9
/// StructureKinds.kind(for: .sicilyMinorsApartment)?.rules.count
/// ```
public enum SicilyMinorsKinds {
    public static let all: [StructureKind] = [
        SicilyMinorsTherapeuticCommunityRules.kind, SicilyMinorsCommunityRules.kind, SicilyHomeEducationRules.kind,
        SicilyMinorsApartmentRules.kind, SicilyMotherChildRules.kind, SicilyFamilyHomeRules.kind, SicilyYouthCentreRules.kind,
        SicilyFamilyMediationRules.kind, SicilyHomelessCentreRules.kind,
    ]

    /// The type rows of ``all``.
    public static var types: [StructureType] { all.map(\.type) }
}
