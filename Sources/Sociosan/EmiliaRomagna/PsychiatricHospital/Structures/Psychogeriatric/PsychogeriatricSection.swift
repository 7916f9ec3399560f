/// What is specific to a neuro-psychogeriatric rehabilitation unit (cod. 56), seed 002
/// L1512-L1963: the evaluation and rehabilitation areas with their square metres, and the
/// interprofessional team. Beds, rooms, roster, access and attestations are common to every
/// structure dossier (``ERStructureDossier``).
///
/// Decision A-43: the seed gives no rule for sending a patient to a cod. 56 unit or to a
/// psychogeriatric RTI specialistica (L879, L962-L965); the kind of the dossier decides which
/// requirements bind, and each kind keeps its own discipline code (56 here, none for the RTI).
///
/// ```swift
/// let section = PsychogeriatricSection(
///     evaluationArea: [ERAreaSpace(id: "ambulatori", squareMetres: SquareMetres(whole: 38))],
///     rehabilitationArea: [ERAreaSpace(id: "palestra", squareMetres: SquareMetres(whole: 42))],
///     team: PsychogeriatricRules.minimumTeam.map { ERTeamMember($0) },
///     available: [.socialWorker, .psychologist])
/// ```
public struct PsychogeriatricSection: Sendable, Hashable {
    /// *Area destinata alla valutazione*: general and specific-evaluation clinic rooms,
    /// together at least 36 m², inside the structure (L1544-L1547).
    public var evaluationArea: [ERAreaSpace]
    /// *Area destinata all'erogazione delle attività specifiche di riabilitazione*: at least
    /// 36 m² (L1549-L1550).
    public var rehabilitationArea: [ERAreaSpace]
    /// The interprofessional team (L1597-L1599).
    public var team: [ERTeamMember]
    /// Figures available to the unit without being in the team: the social worker and the
    /// psychologist (L1600).
    public var available: Set<ERTeamFigure>
    /// Whether tests are done by laboratories outside the structure; then formal agreements on
    /// transport, delivery and turnaround are required (L1627-L1628).
    public var externalLaboratory: Bool

    public init(
        evaluationArea: [ERAreaSpace], rehabilitationArea: [ERAreaSpace], team: [ERTeamMember],
        available: Set<ERTeamFigure>, externalLaboratory: Bool = false
    ) {
        self.evaluationArea = evaluationArea
        self.rehabilitationArea = rehabilitationArea
        self.team = team
        self.available = available
        self.externalLaboratory = externalLaboratory
    }
}

extension PsychogeriatricSection: StructureSection {
    public static let member = "psychogeriatric"
    public static let summary = "The unit's evaluation and rehabilitation areas and its interprofessional team (L1544-L1628)."
    public static let fields = FieldTable(blank: PsychogeriatricSection(evaluationArea: [], rehabilitationArea: [], team: [], available: []), [
        .required("evaluationArea", \.evaluationArea, ERAreaSpace.list, summary: "Evaluation area, at least 36 m² inside the structure (L1544-L1547)."),
        .required("rehabilitationArea", \.rehabilitationArea, ERAreaSpace.list, summary: "Rehabilitation area, at least 36 m² (L1549-L1550)."),
        .required("team", \.team, ERTeamMember.list, summary: "The interprofessional team (L1597-L1599)."),
        .required("available", \.available, ValueCodecs.codeSet(ERTeamFigure.self), summary: "Figures available to the unit (L1600)."),
        .required("externalLaboratory", \.externalLaboratory, ValueCodecs.bool, summary: "Tests done by outside laboratories (L1627-L1628)."),
    ])
}

extension StructureDossier {
    /// The neuro-psychogeriatric rehabilitation unit's section (cod. 56); `nil` for other families.
    public var psychogeriatric: PsychogeriatricSection? {
        get { sections[PsychogeriatricSection.self] }
        set { sections[PsychogeriatricSection.self] = newValue }
    }
}
