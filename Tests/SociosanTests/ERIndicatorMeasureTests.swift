import Testing
@testable import Sociosan

/// Every indicator names what it counts (``ERIndicatorMeasure``), and the measures are what
/// the calculator stores by index: dense, each used, each counting a subset of what its
/// denominator counts.
@Suite("Indicator measures")
struct ERIndicatorMeasureTests {
    @Test func indicesAreDenseInDeclarationOrderAndFitTheCountingPlanBits() {
        let measures = ERIndicatorMeasure.allCases
        #expect(measures.count == ERIndicatorMeasure.count)
        #expect(measures.map(\.index) == Array(0..<ERIndicatorMeasure.count))
        #expect(Set(measures).count == measures.count)
        // The counting plans hold a measure as one bit of a UInt32.
        #expect(ERIndicatorMeasure.count <= UInt32.bitWidth)
    }

    @Test func everyMeasureIsReadBySomeIndicatorAndHasItsOwnLabel() {
        let used = Set(ERIndicatorCatalogue.all.flatMap(\.measures))
        #expect(used == Set(ERIndicatorMeasure.allCases), "measures no indicator reads: \(Set(ERIndicatorMeasure.allCases).subtracting(used))")
        for language in [Language.italian, .english] {
            let labels = ERIndicatorMeasure.allCases.map { $0.label.text(in: language) }
            #expect(Set(labels).count == labels.count, "\(language)")
            #expect(labels.allSatisfy { !$0.isEmpty })
        }
    }

    /// The catalogue read as "numerator = X, denominator = Y", where the tables are shared
    /// or reread by a decision.
    @Test func catalogueEntriesNameTheirMeasures() throws {
        func measures(_ id: String) throws -> [ERIndicatorMeasure] {
            let indicator = try #require(ERIndicatorCatalogue.indicator(id))
            return [indicator.numeratorMeasure, indicator.denominatorMeasure]
        }
        // SPOI and general psychiatry share their table (L499-L835, L2639-L2991).
        for number in 1...5 {
            #expect(try measures("spoi-ind-\(number)") == measures("gp-ind-\(number)"))
        }
        #expect(try measures("spoi-ind-2") == [.events(.suicides), .dischargedStays(.all)])
        // the residences divide their events by the patients in care.
        #expect(try measures("res-ind-5") == [.events(.relevant), .staysInCare(.all)])
        // projects are the stays in care with a written project.
        for id in ["res-ind-2", "res-ind-3", "res-ind-4", "dca-ind-5"] {
            #expect(try measures(id)[1] == .staysInCare(.withWrittenProject), "\(id)")
        }
        // PG-IND-1 over the patients discharged, not over the planned transfers.
        #expect(try measures("pg-ind-1") == [.dischargedStays(.endingInUnplannedAcuteTransfer), .dischargedStays(.all)])
        // over the stays scored twice.
        #expect(try measures("pg-ind-3")[1] == .dischargedStays(.scoredAtAdmissionAndDischarge))
        // the patients with AN / BN discharged in the year.
        #expect(try measures("dca-ind-2")[1] == .dischargedStays(.withAnorexiaNervosa))
        #expect(try measures("dca-ind-3")[1] == .dischargedStays(.withBulimiaNervosa))
        for id in ["spoi-ind-5", "res-ind-6", "gp-ind-5"] {
            #expect(try measures(id) == [.admittedPatients(.withThirdAdmissionWithin12Months), .admittedPatients(.all)])
        }
    }

    @Test func onlyTheSuicideIndicatorsHaveAMeasuredBreakdown() {
        let measured = ERIndicatorCatalogue.all.filter { $0.measuredBreakdown != nil }
        #expect(measured.map(\.id) == ["spoi-ind-2", "gp-ind-2"])
        for indicator in measured {
            let breakdown = indicator.measuredBreakdown!
            #expect(breakdown.numerator == .events(.suicideAttempts))
            // "N° tentativi di suicidio / N° totale di dimessi anno": the suicides' denominator.
            #expect(breakdown.denominator == indicator.denominatorMeasure)
            #expect(indicator.breakdowns.contains(breakdown.label))
        }
    }

    // MARK: Predicates

    /// Stays varied over every field a measure reads: discharge kind and report, diagnosis,
    /// project (team, reviews, objectives, scale), adherence, scores, eating disorder data.
    static let stays: [Stay] = (0..<4096).map { seed in
        func bit(_ n: Int) -> Bool { (seed >> n) & 1 == 1 }
        let kinds = Discharge.Kind.allCases
        let disorders = EatingDisorderData.EatingDisorder.allCases
        var stay = Stay(
            id: try! ActivityID("m\(seed)"), patient: try! PatientID("p\(seed)"), structure: try! StructureID("s"),
            structureType: .spoi, admission: try! LocalDateTime(iso8601: "2025-01-10T10:00"), channel: .dsmDP,
            urgency: .programmed,
            discharge: Discharge(date: day("2025-02-01"), kind: kinds[seed % kinds.count], agreedDischargeReport: bit(3)))
        stay.diagnosis = bit(4) ? Diagnosis(criteriaComplete: bit(5)) : nil
        if bit(6) {
            stay.project = project(team: bit(7), reviews: bit(8) ? ["2025-01-20"] : [], reached: bit(9) ? bit(5) : nil, scale: bit(10))
        }
        stay.adherence = bit(11) ? bit(7) : nil
        stay.outcomeScale = ScaleScores(scale: "barthel", admission: bit(9) ? 40 : nil, discharge: bit(10) ? 30 + 20 * (seed % 2) : nil)
        if bit(4) != bit(8) {
            stay.eatingDisorder = EatingDisorderData(
                disorder: disorders[(seed >> 1) % disorders.count],
                bmiAtDischarge: bit(9) ? BodyMassIndex(tenths: bit(10) ? 190 : 170) : nil,
                compensatoryBehavioursResolved: bit(10) ? bit(11) : nil,
                diagnosticEvaluationWithPsychometricTests: bit(5) ? bit(6) : nil,
                carePlanItems: bit(7) ? Set(EatingDisorderData.CarePlanItem.allCases.dropLast(seed % 2)) : nil)
        }
        return stay
    }

    /// Which of the sample stays (or events) a measure counts, in the year 2025.
    func counted(_ measure: ERIndicatorMeasure) -> Set<Int> {
        let indices = Self.stays.indices
        switch measure {
        case .dischargedStays(let measure):
            return Set(indices.filter { measure.counts(Self.stays[$0], Self.stays[$0].discharge!) })
        case .staysInCare(let measure):
            return Set(indices.filter { measure.counts(ERIndicatorCalculator.InCareFacts(Self.stays[$0]), year: 2025) })
        case .admittedStays(let measure):
            return Set(indices.filter { measure.counts(Self.stays[$0]) })
        case .events(let measure):
            let kinds = Event.Kind.allCases
            return Set(kinds.indices.filter {
                measure.counts(Event(
                    id: try! ActivityID("e"), patient: try! PatientID("p"), structure: try! StructureID("s"),
                    structureType: .spoi, date: day("2025-01-15"), kind: kinds[$0]))
            })
        case .admittedPatients:
            return []
        }
    }

    /// Where numerator and denominator count the same kind of record, the numerator counts
    /// some of the records the denominator counts (the value is a share), and each measure
    /// tells the sample stays apart.
    @Test(arguments: ERIndicatorCatalogue.all.map(\.id))
    func aNumeratorOfStaysCountsSomeOfItsDenominator(_ id: String) throws {
        let indicator = try #require(ERIndicatorCatalogue.indicator(id))
        let (numerator, denominator) = (indicator.numeratorMeasure, indicator.denominatorMeasure)
        switch (numerator, denominator) {
        case (.dischargedStays, .dischargedStays), (.staysInCare, .staysInCare), (.admittedStays, .admittedStays):
            let (counted, over) = (counted(numerator), counted(denominator))
            let outside = counted.subtracting(over).sorted()
            #expect(outside.isEmpty, "\(id): sample stays \(outside.prefix(5)) count in the numerator, not the denominator")
            let tellsApart = !counted.isEmpty && counted.count < Self.stays.count
            #expect(tellsApart, "\(id): the sample does not tell the stays apart")
        case (.events, .dischargedStays), (.events, .staysInCare):
            #expect(!counted(numerator).isEmpty)
        case (.admittedPatients, .admittedPatients):
            #expect(numerator == .admittedPatients(.withThirdAdmissionWithin12Months))
        default:
            Issue.record("\(id): \(numerator) over \(denominator) is no ratio the tables write")
        }
    }

    @Test func eventMeasuresFollowTheEventKinds() {
        let kinds = Event.Kind.allCases
        #expect(counted(.events(.suicides)).map { kinds[$0] } == [.suicide])
        #expect(counted(.events(.suicideAttempts)).map { kinds[$0] } == [.suicideAttempt])
        #expect(Set(counted(.events(.relevant)).map { kinds[$0] }) == Set(kinds.filter(\.countsAsRelevantEvent)))
    }

    // MARK: Counting plans and groups

    @Test func plansCountOnlyWhatTheFamilyNames() {
        #expect(ERIndicatorFamily.allCases.map(\.position) == Array(ERIndicatorFamily.allCases.indices))
        for family in ERIndicatorFamily.allCases {
            let plan = ERIndicatorCountingPlan.byFamily[family.position]
            let named = Set(ERIndicatorCatalogue.indicators(for: family).flatMap(\.measures).map(\.index))
            let planned = plan.dischargedStays | plan.staysInCare | plan.admittedStays | plan.events
            let stored = named.filter { ERIndicatorMeasure.allCases[$0].isCountedPerRecord }
            #expect(Set(ERIndicatorMeasureBits(planned).map(Int.init)) == stored, "\(family)")
            let numerators = Set(ERIndicatorCatalogue.indicators(for: family).map(\.numeratorMeasure.index))
            #expect(Set(ERIndicatorMeasureBits(plan.numerators).map(Int.init)) == numerators, "\(family)")
        }
        // The rehabilitation units count no event: their events report nothing.
        #expect(ERIndicatorCountingPlan.byFamily[ERIndicatorFamily.psychogeriatricRehab.position].events == 0)
        #expect(ERIndicatorCountingPlan.byFamily[ERIndicatorFamily.eatingDisorderRehab.position].events == 0)
        #expect(ERIndicatorCountingPlan.byFamily[ERIndicatorFamily.spoi.position].events != 0)
    }

    @Test func eventsOfARehabilitationUnitMakeNoResults() {
        let records = [event("e1", "p1", "pg-a", .psychogeriatricRehab, "2025-03-01", .injuryPatientStaff),
                       event("e2", "p1", "rti-a", .rti, "2025-03-01", .injuryPatientStaff)]
        let results = compute(records)
        #expect(Set(results.map(\.structure.rawValue)) == ["rti-a"])
        #expect(counts(results, "res-ind-5", "rti-a", 2025) == "1/0")
    }

    @Test func readmissionGroupsAreNamed() {
        #expect(ERIndicatorCalculator.readmissionGroup(of: .spoi) == .spoi)
        #expect(ERIndicatorCalculator.readmissionGroup(of: .rti) == .intensiveResidences)
        #expect(ERIndicatorCalculator.readmissionGroup(of: .rtiSpecialist) == .intensiveResidences)
        #expect(ERIndicatorCalculator.readmissionGroup(of: .rtp) == .extendedResidences)
        #expect(ERIndicatorCalculator.readmissionGroup(of: .generalPsychiatry) == .generalPsychiatry)
        #expect(ERIndicatorCalculator.readmissionGroup(of: .psychogeriatricRehab) == nil)
        #expect(ERIndicatorCalculator.readmissionGroup(of: .eatingDisorderRehab) == nil)
    }
}

extension ERIndicatorMeasure {
    /// Whether the calculator counts the measure record by record into its per-structure
    /// tally (the third-admission window is counted per group of structures instead).
    var isCountedPerRecord: Bool {
        if case .admittedPatients = self { return false }
        return true
    }
}
