/// What is specific to a neuro-psychogeriatric rehabilitation unit (cod. 56), seed 002
/// L1512-L1963: the evaluation and rehabilitation areas with their square metres, and the
/// interprofessional team. Beds, rooms, roster, access and attestations are common to every
/// structure dossier.
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

    public init(
        evaluationArea: [ERAreaSpace], rehabilitationArea: [ERAreaSpace], team: [ERTeamMember],
        available: Set<ERTeamFigure>
    ) {
        self.evaluationArea = evaluationArea
        self.rehabilitationArea = rehabilitationArea
        self.team = team
        self.available = available
    }
}
