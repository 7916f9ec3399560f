/// The declared kinds of seed 004 §7.10 (control visits to structures for minors) and §8
/// (internships for social inclusion, autonomy and rehabilitation), registered as one entry of
/// ``DeclaredKinds/all``.
///
/// ```swift
/// SicilyControlAndInclusionKinds.all.map { $0.kindInfo.kind }
/// // ["sicily.minors.control-visit", "sicily.inclusion.internship"]
/// ```
public enum SicilyControlAndInclusionKinds {
    public static let all: [any DeclaredDossier.Type] = [SicilyControlVisit.self, SicilyInternship.self]
}
