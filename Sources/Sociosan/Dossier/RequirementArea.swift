/// The areas of an accreditation checklist in DGR 2000/2009 (seed 002): each is one JSON array
/// of attested requirement codes in a structure dossier.
public enum RequirementArea: String, Sendable, Hashable, CaseIterable {
    /// *Requisiti strutturali*: rooms and spaces.
    case spaces
    /// *Requisiti tecnologici*.
    case equipment
    /// *Requisiti organizzativi - procedure*.
    case procedures
    /// *Acquisizione servizi*.
    case services
    /// *Clinical competence*.
    case competence
    /// *Formazione* (the three-level model and managerial training).
    case training
    /// *Qualificazione dei processi diagnostico-terapeutici e assistenziali*.
    case quality
    /// *Documentazione sanitaria*.
    case documentation

    public var label: LocalizedText {
        switch self {
        case .spaces: return LocalizedText(it: "requisiti strutturali", en: "structural requirements")
        case .equipment: return LocalizedText(it: "requisiti tecnologici", en: "technological requirements")
        case .procedures: return LocalizedText(it: "procedure", en: "procedures")
        case .services: return LocalizedText(it: "acquisizione servizi", en: "service acquisition")
        case .competence: return LocalizedText(it: "competenza clinica", en: "clinical competence")
        case .training: return LocalizedText(it: "formazione", en: "training")
        case .quality: return LocalizedText(it: "qualificazione dei processi", en: "process quality")
        case .documentation: return LocalizedText(it: "documentazione sanitaria", en: "clinical documentation")
        }
    }
}
