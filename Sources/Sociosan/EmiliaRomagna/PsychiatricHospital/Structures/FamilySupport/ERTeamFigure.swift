/// A professional figure as the seed names it in the interprofessional teams of the cod. 56
/// units (seed 002 L1597-L1600, L2050-L2063). Finer than ``StaffRole``: the seed names the
/// internist and the dietologist, which the roster vocabulary folds into `physician`, and the
/// *funzione di segretario sociale* (L2063), which is a function rather than a post.
///
/// ```swift
/// ERTeamFigure.internist.staffRole           // .physician
/// ERTeamFigure(rawValue: "dietologist")      // .dietologist
/// ```
public enum ERTeamFigure: String, Sendable, Hashable, CaseIterable {
    case psychiatrist
    case neurologist
    case physiatrist
    case geriatrician
    case internist
    case dietologist
    case nurse
    case physiotherapist
    case psychiatricRehabTechnician = "psychiatric-rehab-technician"
    case oss
    case psychologist
    case dietitian
    case socialWorker = "social-worker"
    /// *Funzione di segretario sociale* (L2063): the social-secretariat function.
    case socialSecretariat = "social-secretariat"

    /// The roster role of the figure.
    public var staffRole: StaffRole? {
        switch self {
        case .psychiatrist: return .psychiatrist
        case .neurologist: return .neurologist
        case .physiatrist: return .physiatrist
        case .geriatrician: return .geriatrician
        case .internist, .dietologist: return .physician
        case .nurse: return .nurse
        case .physiotherapist: return .physiotherapist
        case .psychiatricRehabTechnician: return .psychiatricRehabTechnician
        case .oss: return .oss
        case .psychologist: return .psychologist
        case .dietitian: return .dietitian
        case .socialWorker: return .socialWorker
        case .socialSecretariat: return nil
        }
    }

    public var label: LocalizedText {
        switch self {
        case .psychiatrist: return LocalizedText(it: "medico psichiatra", en: "psychiatrist")
        case .neurologist: return LocalizedText(it: "medico neurologo", en: "neurologist")
        case .physiatrist: return LocalizedText(it: "medico fisiatra", en: "physiatrist")
        case .geriatrician: return LocalizedText(it: "medico geriatra", en: "geriatrician")
        case .internist: return LocalizedText(it: "medico internista", en: "internist")
        case .dietologist: return LocalizedText(it: "medico dietologo", en: "dietologist")
        case .nurse: return LocalizedText(it: "infermiere", en: "nurse")
        case .physiotherapist: return LocalizedText(it: "fisioterapista", en: "physiotherapist")
        case .psychiatricRehabTechnician: return LocalizedText(it: "tecnico di riabilitazione psichiatrica", en: "psychiatric rehabilitation technician")
        case .oss: return LocalizedText(it: "operatore socio sanitario (OSS)", en: "social-health operator (OSS)")
        case .psychologist: return LocalizedText(it: "psicologo", en: "psychologist")
        case .dietitian: return LocalizedText(it: "dietista", en: "dietitian")
        case .socialWorker: return LocalizedText(it: "assistente sociale", en: "social worker")
        case .socialSecretariat: return LocalizedText(it: "funzione di segretario sociale", en: "social-secretariat function")
        }
    }
}

/// One member of an interprofessional team.
public struct ERTeamMember: Sendable, Hashable {
    public var figure: ERTeamFigure
    /// "Con una specifica formazione per i DCA" (L2057-L2058, L2061): asked of the DCA
    /// internist/dietologist only.
    public var eatingDisorderTraining: Bool

    public init(_ figure: ERTeamFigure, eatingDisorderTraining: Bool = false) {
        self.figure = figure
        self.eatingDisorderTraining = eatingDisorderTraining
    }
}

/// A group of figures of which at least one must be in the team ("neurologo e/o fisiatra",
/// "geriatra/internista").
public struct ERTeamSlot: Sendable, Hashable {
    public var anyOf: [ERTeamFigure]
    /// Only members with the specific eating-disorder training count (L2057-L2058).
    public var needsEatingDisorderTraining: Bool

    public init(_ anyOf: [ERTeamFigure], needsEatingDisorderTraining: Bool = false) {
        self.anyOf = anyOf
        self.needsEatingDisorderTraining = needsEatingDisorderTraining
    }

    public func isFilled(by team: [ERTeamMember]) -> Bool {
        team.contains { anyOf.contains($0.figure) && (!needsEatingDisorderTraining || $0.eatingDisorderTraining) }
    }

    /// "psichiatra", "neurologo o fisiatra", with the training clause when asked.
    public var label: LocalizedText {
        let italian = anyOf.map { $0.label.italian }.joined(separator: " o ")
        let english = anyOf.map { $0.label.english }.joined(separator: " or ")
        if needsEatingDisorderTraining {
            return LocalizedText(it: italian + " con formazione specifica per i DCA", en: english + " with specific eating-disorder training")
        }
        return LocalizedText(it: italian, en: english)
    }

    /// The slots of `slots` that `team` leaves empty, as labels for a finding.
    public static func missing(_ slots: [ERTeamSlot], in team: [ERTeamMember]) -> [ERTeamSlot] {
        slots.filter { !$0.isFilled(by: team) }
    }

    /// The slots' labels joined with commas, for a finding.
    public static func labels(_ slots: [ERTeamSlot]) -> LocalizedText {
        LocalizedText(it: slots.map { $0.label.italian }.joined(separator: ", "),
                      en: slots.map { $0.label.english }.joined(separator: ", "))
    }
}

extension ERTeamMember {
    /// A team member: `{"figure", "eatingDisorderTraining"}`; the training is written only where
    /// it says something (the DCA asks it of its doctors).
    public static let fields = FieldTable(blank: ERTeamMember(.psychiatrist), [
        .required("figure", \.figure, ValueCodecs.code(ERTeamFigure.self)),
        .defaulted("eatingDisorderTraining", \.eatingDisorderTraining, ValueCodecs.bool, default: false, writesDefault: false,
                   summary: "Trained in eating disorders."),
    ])

    /// The team: `[{"figure", "eatingDisorderTraining"}]`.
    public static let list = ValueCodecs.list(ValueCodecs.object(fields))
}
