// What each measure counts, as a predicate over the record that can make it one more, and the
// measures each indicator family needs: what ERIndicatorCalculator runs per record.

extension ERIndicatorMeasure.DischargedStays {
    /// Whether `stay`, ending with `discharge` in the year counted, is one of this measure.
    func counts(_ stay: Stay, _ discharge: Discharge) -> Bool {
        switch self {
        case .all: return true
        case .withCompleteDiagnosticCriteria: return stay.diagnosis?.criteriaComplete == true
        case .withAgreedDischargeReport: return discharge.agreedDischargeReport
        case .endingInUnplannedAcuteTransfer: return discharge.kind == .unplannedAcuteTransfer
        case .withObjectivesReached: return stay.project?.objectivesReached == true
        case .scoredAtAdmissionAndDischarge: return stay.outcomeScale?.improved != nil
        case .withImprovedScore: return stay.outcomeScale?.improved == true
        case .toProtectedStructure: return discharge.kind == .protectedStructure
        case .withAnorexiaNervosa: return stay.eatingDisorder?.disorder == .anorexiaNervosa
        case .withAnorexiaNervosaReachingHealthyBMI:
            guard let data = stay.eatingDisorder, data.disorder == .anorexiaNervosa else { return false }
            return data.reachedHealthyBMI == true
        case .withBulimiaNervosa: return stay.eatingDisorder?.disorder == .bulimiaNervosa
        case .withBulimiaNervosaCompensatoryBehavioursResolved:
            guard let data = stay.eatingDisorder, data.disorder == .bulimiaNervosa else { return false }
            return data.compensatoryBehavioursResolved == true
        }
    }
}

extension ERIndicatorMeasure.StaysInCare {
    /// Whether a stay in care in `year` is one of this measure. It reads the few facts an open
    /// stay keeps until the end of the input, not the stay.
    func counts(_ stay: ERIndicatorCalculator.InCareFacts, year: Int) -> Bool {
        switch self {
        case .all: return true
        case .withWrittenProject: return stay.hasProject
        case .withProjectDefinedByTeam: return stay.hasProject && stay.teamDefined
        case .withProjectAndAdherentPatient: return stay.hasProject && stay.adherent
        case .withProjectReviewedReachingObjectives:
            // reviewed by the team in the year AND objectives reached, as written.
            return stay.hasProject && stay.reviewYears.contains(year) && stay.objectivesReached
        case .endingInDeathInYear: return stay.deathYear == year
        case .withCompleteCarePlan: return stay.carePlanComplete
        case .withProjectCheckedWithValidatedScale: return stay.hasProject && stay.checkedWithValidatedScale
        }
    }
}

extension ERIndicatorMeasure.AdmittedStays {
    /// Whether `stay`, admitted in the year counted, is one of this measure.
    func counts(_ stay: Stay) -> Bool {
        let withTests = stay.eatingDisorder?.diagnosticEvaluationWithPsychometricTests
        switch self {
        case .withDiagnosticEvaluation: return withTests != nil
        case .withDiagnosticEvaluationByPsychometricTests: return withTests == true
        }
    }
}

extension ERIndicatorMeasure.Events {
    /// Whether `event` is one of this measure.
    func counts(_ event: Event) -> Bool {
        switch self {
        case .relevant: return event.kind.countsAsRelevantEvent
        case .suicides: return event.kind == .suicide
        case .suicideAttempts: return event.kind == .suicideAttempt
        }
    }
}

/// The measures that one family's indicators name, as sets of bits over
/// ``ERIndicatorMeasure/index``, split by when they are counted: per record the calculator
/// evaluates these and no other measure, without allocating or looking anything up.
struct ERIndicatorCountingPlan: Sendable, Hashable {
    private(set) var dischargedStays: UInt32 = 0
    private(set) var staysInCare: UInt32 = 0
    private(set) var admittedStays: UInt32 = 0
    private(set) var events: UInt32 = 0
    /// The measures some indicator has as its numerator: the audit keeps their record ids.
    private(set) var numerators: UInt32 = 0

    init(_ indicators: [ERIndicator]) {
        for indicator in indicators {
            numerators |= Self.bit(indicator.numeratorMeasure.index)
            for measure in indicator.measures {
                let bit = Self.bit(measure.index)
                switch measure {
                case .dischargedStays: dischargedStays |= bit
                case .staysInCare: staysInCare |= bit
                case .admittedStays: admittedStays |= bit
                case .events: events |= bit
                // Counted per group of structures, whatever the family: see recordAdmission.
                case .admittedPatients: break
                }
            }
        }
    }

    static func bit(_ index: Int) -> UInt32 { 1 << UInt32(index) }

    /// The plan of every family, in ``ERIndicatorFamily/position`` order.
    static let byFamily: [ERIndicatorCountingPlan] = ERIndicatorFamily.allCases.map {
        ERIndicatorCountingPlan(ERIndicatorCatalogue.indicators(for: $0))
    }
}

/// The measure indices of a set of bits, lowest first.
struct ERIndicatorMeasureBits: Sequence, IteratorProtocol {
    var remaining: UInt32

    init(_ bits: UInt32) { remaining = bits }

    mutating func next() -> UInt8? {
        guard remaining != 0 else { return nil }
        let index = UInt8(truncatingIfNeeded: remaining.trailingZeroBitCount)
        remaining &= remaining - 1
        return index
    }
}

extension ERIndicatorFamily {
    /// The family's place in `allCases`, without searching it (this runs per record).
    var position: Int {
        switch self {
        case .spoi: return 0
        case .residences: return 1
        case .psychogeriatricRehab: return 2
        case .eatingDisorderRehab: return 3
        case .generalPsychiatry: return 4
        }
    }
}
