/// The phase of the clinical care pathway of a patient placed in a CT.
///
/// The seed names four (L201-L206: "accoglienza, progetto terapeutico, verifica obiettivi,
/// valutazione"); `discharge` and `continuityOfCare` are an extension of ours (digest A.3.7),
/// taken from two items the seed lists as dimensions of the appropriateness of placements
/// (L173-L174), so that a placement can be followed to the exit from the structure (L238-L239).
///
/// ```swift
/// ERAddictionPhase.discharge.isExtension  // true
/// ERAddictionPhase.intake < .evaluation   // true
/// ```
public enum ERAddictionPhase: String, Sendable, Hashable, CaseIterable, TableCoded, Comparable {
    case intake
    case therapeuticProject = "therapeutic-project"
    case goalVerification = "goal-verification"
    case evaluation
    case discharge
    case continuityOfCare = "continuity-of-care"
    public static let codeTable = CodeTable<Self>()

    /// `true` for the two phases the seed does not name as phases.
    public var isExtension: Bool { self == .discharge || self == .continuityOfCare }

    /// The pathway order (L204-L206, then the exit of L238-L239).
    public var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    public var label: LocalizedText {
        switch self {
        case .intake: LocalizedText(it: "accoglienza", en: "intake")
        case .therapeuticProject: LocalizedText(it: "progetto terapeutico", en: "therapeutic project")
        case .goalVerification: LocalizedText(it: "verifica obiettivi", en: "goal verification")
        case .evaluation: LocalizedText(it: "valutazione", en: "evaluation")
        case .discharge: LocalizedText(it: "dimissione dal trattamento", en: "discharge from treatment")
        case .continuityOfCare: LocalizedText(it: "continuità assistenziale", en: "continuity of care")
        }
    }

    public var citation: Citation {
        isExtension ? Citation(.addictionExchangeER, lines: 173...174) : Citation(.addictionExchangeER, lines: 204...206)
    }

    /// Whether a placement may move from `self` to `next`: forward in the order; a goal
    /// verification may send the case back to the therapeutic project so that its goals are
    /// redefined; discharge may follow any phase after intake (an early exit).
    public func mayMove(to next: ERAddictionPhase) -> Bool {
        if next == self { return self == .goalVerification }
        if self == .goalVerification && next == .therapeuticProject { return true }
        if next == .discharge { return self != .continuityOfCare }
        return next.rank == rank + 1
    }
}

/// The four REX areas ("Progetto REX, Requisiti per l'accreditamento", L143-L161).
public enum ERAddictionRexArea: String, Sendable, Hashable, CaseIterable {
    case therapeuticProject = "therapeutic-project"
    case diagnosticAssessment = "diagnostic-assessment"
    case placementAppropriateness = "placement-appropriateness"
    case treatmentOutcomeEvaluation = "treatment-outcome-evaluation"

    public var label: LocalizedText {
        switch self {
        case .therapeuticProject: LocalizedText(it: "progetto terapeutico", en: "therapeutic project")
        case .diagnosticAssessment: LocalizedText(it: "valutazione diagnostica", en: "diagnostic assessment")
        case .placementAppropriateness: LocalizedText(it: "appropriatezza degli inserimenti in struttura",
                                                      en: "appropriateness of placements in structures")
        case .treatmentOutcomeEvaluation: LocalizedText(it: "valutazione degli esiti dei trattamenti",
                                                        en: "evaluation of treatment outcomes")
        }
    }
}

/// One of the 12 dimensions of information the Ser.T and the CT share (L163-L177), grouped
/// under the four REX areas in the order of the diagram (3, 4, 3, 2 items; digest A.3.11).
///
/// ```swift
/// ERAddictionDimension.pharmacologicalTreatment.isHealthCondition  // true
/// ERAddictionDimension.goalVerification.area                       // .treatmentOutcomeEvaluation
/// ```
public enum ERAddictionDimension: String, Sendable, Hashable, CaseIterable, TableCoded {
    case objectivesDefinition = "objectives-definition"
    case sharing
    case verification
    case toxicologicalICD10 = "toxicological-icd10"
    case multidimensional
    case healthStatus = "health-status"
    case pharmacologicalTreatment = "pharmacological-treatment"
    case inclusionExclusionCriteria = "inclusion-exclusion-criteria"
    case dischargeFromTreatment = "discharge-from-treatment"
    case continuityOfCare = "continuity-of-care"
    case goalVerification = "goal-verification"
    case outcome
    public static let codeTable = CodeTable<Self>()

    public var area: ERAddictionRexArea {
        switch self {
        case .objectivesDefinition, .sharing, .verification: .therapeuticProject
        case .toxicologicalICD10, .multidimensional, .healthStatus, .pharmacologicalTreatment: .diagnosticAssessment
        case .inclusionExclusionCriteria, .dischargeFromTreatment, .continuityOfCare: .placementAppropriateness
        case .goalVerification, .outcome: .treatmentOutcomeEvaluation
        }
    }

    /// Information on health conditions, whose transfer needs the shared informed consent
    /// (L361-L363): the four dimensions of the diagnostic assessment. Which dimensions count
    /// as "condizioni di salute" is our reading (digest A.3.13).
    public var isHealthCondition: Bool { area == .diagnosticAssessment }

    /// The member of the placement's area object that holds the dimension's data.
    public var member: String {
        switch self {
        case .objectivesDefinition: "objectivesDefinition"
        case .sharing: "sharing"
        case .verification: "verification"
        case .toxicologicalICD10: "toxicologicalICD10"
        case .multidimensional: "multidimensional"
        case .healthStatus: "healthStatus"
        case .pharmacologicalTreatment: "pharmacologicalTreatment"
        case .inclusionExclusionCriteria: "inclusionExclusionCriteria"
        case .dischargeFromTreatment: "dischargeFromTreatment"
        case .continuityOfCare: "continuityOfCare"
        case .goalVerification: "goalVerification"
        case .outcome: "outcome"
        }
    }

    /// The item as printed on the REX slide (L163-L177), and an English rendering.
    public var label: LocalizedText {
        switch self {
        case .objectivesDefinition: LocalizedText(it: "Definizione obiettivi", en: "setting the goals")
        case .sharing: LocalizedText(it: "Condivisione", en: "sharing")
        case .verification: LocalizedText(it: "Verifica", en: "verification")
        case .toxicologicalICD10: LocalizedText(it: "TOSSICOLOGICA ICD-10", en: "toxicological diagnosis (ICD-10)")
        case .multidimensional: LocalizedText(it: "MULTIDIMENSIONALE", en: "multidimensional assessment")
        case .healthStatus: LocalizedText(it: "STATO DI SALUTE", en: "health status")
        case .pharmacologicalTreatment: LocalizedText(it: "TRATTAMENTO FARMACOLOGICO", en: "pharmacological treatment")
        case .inclusionExclusionCriteria: LocalizedText(it: "CRITERI DI INCLUSIONE/ESCLUSIONE", en: "inclusion/exclusion criteria")
        case .dischargeFromTreatment: LocalizedText(it: "DIMISSIONE DAL TRATTAMENTO", en: "discharge from treatment")
        case .continuityOfCare: LocalizedText(it: "CONTINUITA’ ASSISTENZIALE", en: "continuity of care")
        case .goalVerification: LocalizedText(it: "VERIFICA DEGLI OBIETTIVI", en: "verification of the goals")
        case .outcome: LocalizedText(it: "OUTCOME", en: "outcome")
        }
    }

    /// The line of the item on the REX slide.
    public var line: Int {
        switch self {
        case .objectivesDefinition: 163
        case .sharing: 164
        case .verification: 165
        case .toxicologicalICD10: 167
        case .multidimensional: 168
        case .healthStatus: 169
        case .pharmacologicalTreatment: 170
        case .inclusionExclusionCriteria: 172
        case .dischargeFromTreatment: 173
        case .continuityOfCare: 174
        case .goalVerification: 176
        case .outcome: 177
        }
    }
}

/// Who sends to whom: "informazioni da Ser.T a CT" (L246), "informazioni da CT a Ser.T" (L256).
public enum ERAddictionDirection: String, Sendable, Hashable, CaseIterable, TableCoded {
    case serTToCT = "sert-to-ct"
    case ctToSerT = "ct-to-sert"
    public static let codeTable = CodeTable<Self>()

    /// The platform the sender works on (L41-L42): the Ser.T on SistER SERT, the CT on SistER CT.
    public var senderPlatform: ERAddictionPlatform { self == .serTToCT ? .sisterSerT : .sisterCT }
    public var receiverPlatform: ERAddictionPlatform { self == .serTToCT ? .sisterCT : .sisterSerT }

    public var label: LocalizedText {
        switch self {
        case .serTToCT: LocalizedText(it: "da Ser.T a CT", en: "from Ser.T to CT")
        case .ctToSerT: LocalizedText(it: "da CT a Ser.T", en: "from CT to Ser.T")
        }
    }
}

/// The three around the shared project: "Il paziente / La comunità / Il Ser.T" (L181-L186).
public enum ERAddictionParty: String, Sendable, Hashable, CaseIterable, TableCoded {
    case patient
    case serT = "sert"
    case therapeuticCommunity = "ct"
    public static let codeTable = CodeTable<Self>()

    public var label: LocalizedText {
        switch self {
        case .patient: LocalizedText(it: "il paziente", en: "the patient")
        case .serT: LocalizedText(it: "il Ser.T", en: "the Ser.T")
        case .therapeuticCommunity: LocalizedText(it: "la comunità", en: "the community")
        }
    }
}

/// The status of a therapeutic objective at a verification. The seed gives no scale; the codes
/// are ours (digest A.3.8).
public enum ERAddictionGoalStatus: String, Sendable, Hashable, CaseIterable, TableCoded {
    case open
    case achieved
    case partiallyAchieved = "partially-achieved"
    case notAchieved = "not-achieved"
    case revised
    public static let codeTable = CodeTable<Self>()
}

/// Why the treatment ended. The seed names "dimissione dal trattamento" (L173) and no reasons;
/// the codes are an extension of ours (digest A.3.10).
public enum ERAddictionDischargeReason: String, Sendable, Hashable, CaseIterable, TableCoded {
    case completed
    case dropout
    case transfer
    case expulsion
    case other
    public static let codeTable = CodeTable<Self>()
}
