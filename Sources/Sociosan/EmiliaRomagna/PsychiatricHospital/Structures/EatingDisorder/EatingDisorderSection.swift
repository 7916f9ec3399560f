/// The two kinds of DCA module (seed 002 L1971-L1985).
///
/// Decision A-36: the seed calls the second module "abilitazione nutrizionale" (L1984) and,
/// in the staffing part, "riabilitazione nutrizionale" (L2060). They are one module: the
/// seed lists only two module kinds and the team of L2060-L2061 must belong to one of them.
/// The JSON value is `nutritional`; the label gives both Italian names.
///
/// ```swift
/// DCAModuleKind(rawValue: "psycho-nutritional")  // .psychoNutritional
/// ```
public enum DCAModuleKind: String, Sendable, Hashable, CaseIterable {
    /// *Riabilitazione psiconutrizionale* (L1972-L1983).
    case psychoNutritional = "psycho-nutritional"
    /// *Abilitazione nutrizionale* (L1984-L1985), *riabilitazione nutrizionale* (L2060).
    case nutritional

    public var label: LocalizedText {
        switch self {
        case .psychoNutritional:
            return LocalizedText(it: "riabilitazione psiconutrizionale", en: "psycho-nutritional rehabilitation")
        case .nutritional:
            return LocalizedText(it: "abilitazione (riabilitazione) nutrizionale", en: "nutritional habilitation (rehabilitation)")
        }
    }
}

/// What is specific to an eating-disorder rehabilitation unit, DCA (cod. 56), seed 002
/// L1964-L2432: its modules, the clinic rooms and the gym, and the interprofessional team.
///
/// ```swift
/// let section = EatingDisorderSection(
///     modules: [.init(id: "psiconutrizionale", kind: .psychoNutritional, beds: 16)],
///     clinicRooms: (1...3).map { ERAreaSpace(id: "studio-\($0)", squareMetres: SquareMetres(whole: 14)) },
///     gym: ERAreaSpace(id: "palestra", squareMetres: SquareMetres(whole: 40)),
///     team: [ERTeamMember(.psychiatrist), ERTeamMember(.psychologist), ERTeamMember(.dietitian),
///            ERTeamMember(.internist, eatingDisorderTraining: true)],
///     available: [.socialWorker])
/// ```
public struct EatingDisorderSection: Sendable, Hashable {
    public var modules: [Module]
    /// *Ambulatori / studi medici* of the specific-activity area (L2010-L2013).
    public var clinicRooms: [ERAreaSpace]
    /// The gym for physical rehabilitation, at least 36 m², which may be shared (L2014-L2017).
    public var gym: ERAreaSpace?
    /// The interprofessional team (L2050-L2061).
    public var team: [ERTeamMember]
    /// Figures available without being in the team: the social worker or the social-secretariat
    /// function (L2063).
    public var available: Set<ERTeamFigure>
    /// Whether tests are done by laboratories outside the structure; then formal agreements are
    /// required (L2084-L2085).
    public var externalLaboratory: Bool
    /// Whether the structure offers services for severely obese patients; then beds for them
    /// are required (L2031-L2032).
    public var treatsSevereObesity: Bool

    public init(
        modules: [Module], clinicRooms: [ERAreaSpace], gym: ERAreaSpace?, team: [ERTeamMember],
        available: Set<ERTeamFigure>, externalLaboratory: Bool = false, treatsSevereObesity: Bool = false
    ) {
        self.modules = modules
        self.clinicRooms = clinicRooms
        self.gym = gym
        self.team = team
        self.available = available
        self.externalLaboratory = externalLaboratory
        self.treatsSevereObesity = treatsSevereObesity
    }

    /// One module: an organisational articulation of at most 20 beds (L1993) that delivers
    /// one kind of service (L1971).
    public struct Module: Sendable, Hashable {
        public var id: String
        public var kind: DCAModuleKind
        public var beds: Int

        public init(id: String, kind: DCAModuleKind, beds: Int) {
            self.id = id
            self.kind = kind
            self.beds = beds
        }
    }

    /// The module kinds the unit delivers.
    public var moduleKinds: Set<DCAModuleKind> { Set(modules.map(\.kind)) }
}

extension EatingDisorderSection: StructureSection {
    public static let member = "eatingDisorder"
    public static let summary = "The DCA unit's modules, clinic rooms, gym and team (L1964-L2432)."
    public static let fields = FieldTable(blank: EatingDisorderSection(modules: [], clinicRooms: [], gym: nil, team: [], available: []), [
        .required("modules", \.modules, ValueCodecs.list(ValueCodecs.object(Module.fields), distinctID: { $0.id })),
        .required("clinicRooms", \.clinicRooms, ERAreaSpace.list),
        .optional("gym", \.gym, ValueCodecs.object(ERAreaSpace.fields)),
        .required("team", \.team, ERTeamMember.list),
        .required("available", \.available, ValueCodecs.codeSet(ERTeamFigure.self)),
        .required("externalLaboratory", \.externalLaboratory, ValueCodecs.bool),
        .required("treatsSevereObesity", \.treatsSevereObesity, ValueCodecs.bool),
    ])
}

extension EatingDisorderSection.Module {
    public static let fields = FieldTable(blank: EatingDisorderSection.Module(id: "", kind: .nutritional, beds: 0), [
        .required("id", \.id, ValueCodecs.string()),
        .required("kind", \.kind, ValueCodecs.code(DCAModuleKind.self)),
        .required("beds", \.beds, ValueCodecs.integer(1...1000)),
    ])
}

extension StructureDossier {
    /// The eating-disorder rehabilitation unit's section (DCA, cod. 56); `nil` for other families.
    public var eatingDisorder: EatingDisorderSection? {
        get { sections[EatingDisorderSection.self] }
        set { sections[EatingDisorderSection.self] = newValue }
    }
}
