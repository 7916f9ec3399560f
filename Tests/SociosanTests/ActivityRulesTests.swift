import Testing
@testable import Sociosan

/// Boundaries of every er.activity.* rule: the last value that passes and the first that fails
/// (the fixtures cover each rule failing once; these pin the numbers of the seed).
@Suite("Activity rules")
struct ActivityRulesTests {
    static func date(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

    /// A stay of `type` admitted on 2025-03-01 at 10:00 and discharged `days` later, with the
    /// residences' steps done on day 5, 7 and 12 when the stay lasts that long.
    static func stay(_ type: ERPsychiatricStructureType, days: Int?, extensions: [Extension] = []) -> Stay {
        let admitted = date("2025-03-01")
        var stay = Stay(
            id: try! ActivityID("s1"), patient: try! PatientID("p1"), structure: try! StructureID("x"), structureType: type,
            admission: LocalDateTime(date: admitted, time: LocalTime(hour: 10, minute: 0)!), channel: .dsmDP,
            urgency: .programmed, extensions: extensions,
            discharge: days.map { Discharge(date: admitted.adding(days: $0)!, kind: .agreed) })
        if [.rti, .rtiSpecialist, .rtp].contains(type) {
            if days.map({ $0 >= 5 }) ?? true { stay.familyMeeting = admitted.adding(days: 5) }
            if days.map({ $0 >= 7 }) ?? true { stay.externalDoctorConsult = admitted.adding(days: 7) }
            if days.map({ $0 >= 12 }) ?? true { stay.dischargeCriticalityEvaluation = admitted.adding(days: 12) }
        }
        return stay
    }

    static func fired(_ record: ActivityRecord) -> [String] {
        ActivityRules.ruleSet.evaluate(record).map(\.ruleID.rawValue)
    }

    static func fired(_ stay: Stay) -> [String] { fired(.stay(stay)) }

    static let justified = Extension(decidedOn: date("2025-03-25"), reason: "Persistenza dell'acuzie", persistentAcuity: true)

    @Test func rtiThirtyDaysNeedNoExtensionAndThirtyOneDo() {
        #expect(Self.fired(Self.stay(.rti, days: 30)).isEmpty)
        #expect(Self.fired(Self.stay(.rti, days: 31)) == ["er.activity.rti.extension"])
        #expect(Self.fired(Self.stay(.rtiSpecialist, days: 31)) == ["er.activity.rti.extension"])
        #expect(Self.fired(Self.stay(.rti, days: 31, extensions: [Extension(decidedOn: Self.date("2025-03-25"), reason: "  ")])) == ["er.activity.rti.extension"])
        #expect(Self.fired(Self.stay(.rti, days: 31, extensions: [Self.justified])).isEmpty)
    }

    @Test func rtiSixtyDaysAreTheCeilingEvenWithAnExtension() {
        #expect(Self.fired(Self.stay(.rti, days: 60, extensions: [Self.justified])).isEmpty)
        #expect(Self.fired(Self.stay(.rti, days: 61, extensions: [Self.justified])) == ["er.activity.rti.max-stay"])
        #expect(Self.fired(Self.stay(.rtiSpecialist, days: 61)) == ["er.activity.rti.max-stay"])
        #expect(Self.fired(Self.stay(.rti, days: nil)).isEmpty)  // open: not judged
    }

    @Test("A-16: an RTP stay lasts 180 days, then at most 365 more on a complete extension")
    func rtpLimits() {
        let complete = Extension(decidedOn: Self.date("2025-08-20"), reason: "Progetto riformulato", persistentAcuity: true,
                                 firstSixtyDaysEvaluation: true, projectReformulatedOn: Self.date("2025-08-20"))
        #expect(ActivityRules.rtpMaximumDays == 545)
        #expect(Self.fired(Self.stay(.rtp, days: 180)).isEmpty)
        #expect(Self.fired(Self.stay(.rtp, days: 181)) == ["er.activity.rtp.extension"])
        #expect(Self.fired(Self.stay(.rtp, days: 181, extensions: [complete])).isEmpty)
        #expect(Self.fired(Self.stay(.rtp, days: 545, extensions: [complete])).isEmpty)
        #expect(Self.fired(Self.stay(.rtp, days: 546, extensions: [complete])) == ["er.activity.rtp.max-stay"])
        var noForm = complete
        noForm.firstSixtyDaysEvaluation = false
        let findings = ActivityRules.ruleSet.evaluate(.stay(Self.stay(.rtp, days: 200, extensions: [noForm])))
        #expect(findings.map(\.ruleID.rawValue) == ["er.activity.rtp.extension"])
        #expect(findings.first?.message(in: .english).contains("firstSixtyDaysEvaluation") == true)
        // The RTI rules never apply to an RTP, nor the RTP rules to an RTI.
        #expect(Self.fired(Self.stay(.rtp, days: 90)).isEmpty)
    }

    @Test func extensionsAreDecidedBeforeTheOrdinaryStayRunsOut() {
        let onDay30 = Extension(decidedOn: Self.date("2025-03-31"), reason: "Persistenza dell'acuzie")
        let onDay31 = Extension(decidedOn: Self.date("2025-04-01"), reason: "Persistenza dell'acuzie")
        #expect(Self.fired(Self.stay(.rti, days: 45, extensions: [onDay30])).isEmpty)
        let late = ActivityRules.ruleSet.evaluate(.stay(Self.stay(.rti, days: 45, extensions: [onDay31])))
        #expect(late.map(\.ruleID.rawValue) == ["er.activity.extension.timely"])
        #expect(late.map(\.severity) == [.warning])
        #expect(late.first?.path == "/extensions/0/decidedOn")
        let rtpLate = Extension(decidedOn: Self.date("2025-08-29"), reason: "x", firstSixtyDaysEvaluation: true,
                                projectReformulatedOn: Self.date("2025-08-29"))  // day 181
        #expect(Self.fired(Self.stay(.rtp, days: 200, extensions: [rtpLate])) == ["er.activity.extension.timely"])
    }

    @Test func stepsWithinTenAndFifteenDays() {
        var stay = Self.stay(.rti, days: 20)
        stay.familyMeeting = Self.date("2025-03-11")  // day 10
        stay.externalDoctorConsult = Self.date("2025-03-11")
        stay.dischargeCriticalityEvaluation = Self.date("2025-03-16")  // day 15
        #expect(Self.fired(stay).isEmpty)
        stay.familyMeeting = Self.date("2025-03-12")
        stay.externalDoctorConsult = Self.date("2025-03-12")
        stay.dischargeCriticalityEvaluation = Self.date("2025-03-17")
        #expect(Self.fired(stay) == ["er.activity.residence.family-meeting", "er.activity.residence.external-doctor-consult",
                                     "er.activity.residence.discharge-criticality"])
    }

    @Test func aStayShorterThanTheLimitOwesNoStep() {
        var stay = Self.stay(.rtiSpecialist, days: 10)
        stay.familyMeeting = nil
        stay.externalDoctorConsult = nil
        stay.dischargeCriticalityEvaluation = nil
        #expect(Self.fired(stay) == [])
        var longer = Self.stay(.rtiSpecialist, days: 11)
        longer.familyMeeting = nil
        #expect(Self.fired(longer) == ["er.activity.residence.family-meeting"])
        var fifteen = Self.stay(.rtp, days: 15)
        fifteen.dischargeCriticalityEvaluation = nil
        #expect(Self.fired(fifteen) == [])
        fifteen.discharge?.date = Self.date("2025-03-17")  // 16 days
        #expect(Self.fired(fifteen) == ["er.activity.residence.discharge-criticality"])
        // The SPOI and the other types have no such steps.
        #expect(Self.fired(Self.stay(.spoi, days: 40)).isEmpty)
    }

    @Test func accessWithin24HoursUrgentAndFiveDaysProgrammed() throws {
        var urgent = Self.stay(.rti, days: 20)
        urgent.urgency = .urgent
        urgent.accessRequest = try LocalDateTime(iso8601: "2025-02-28T10:00")  // exactly 24 h
        #expect(Self.fired(urgent).isEmpty)
        urgent.accessRequest = try LocalDateTime(iso8601: "2025-02-28T09:59")
        let findings = ActivityRules.ruleSet.evaluate(.stay(urgent))
        #expect(findings.map(\.ruleID.rawValue) == ["er.activity.residence.urgent-access"])
        #expect(findings.first?.message(in: .english) == "urgent admission 24 hours and 1 minutes after the request: at most 24 hours")
        var programmed = Self.stay(.rtp, days: 20)
        programmed.accessRequest = try LocalDateTime(iso8601: "2025-02-24T18:00")  // 5 calendar days
        #expect(Self.fired(programmed).isEmpty)
        programmed.accessRequest = try LocalDateTime(iso8601: "2025-02-23T18:00")
        let late = ActivityRules.ruleSet.evaluate(.stay(programmed))
        #expect(late.map(\.ruleID.rawValue) == ["er.activity.residence.programmed-access"])
        #expect(late.first?.severity == .warning)
        // No request time: not judged. An SPOI is not held to the residences' delays.
        programmed.accessRequest = nil
        #expect(Self.fired(programmed).isEmpty)
        var spoi = Self.stay(.spoi, days: 10)
        spoi.accessRequest = try LocalDateTime(iso8601: "2025-02-01T10:00")
        #expect(Self.fired(spoi).isEmpty)
    }

    @Test("A-12: no TSO and no direct access in an SPOI, while other types are not concerned")
    func spoiExclusions() {
        var stay = Self.stay(.spoi, days: 10)
        stay.tso = true
        stay.channel = .direct
        #expect(Self.fired(stay) == ["er.activity.spoi.no-tso", "er.activity.spoi.no-direct-access"])
        var general = Self.stay(.generalPsychiatry, days: 10)
        general.tso = true
        general.channel = .direct
        #expect(Self.fired(general).isEmpty)
    }

    @Test("A-13: the Italian calendar of nights, pre-holidays and holidays")
    func outOfHoursCalendar() throws {
        for (year, easter) in [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05")] {
            #expect(OutOfHours.easter(year) == Self.date(easter))
        }
        #expect(OutOfHours.weekday(Self.date("1970-01-01")) == 4)
        #expect(OutOfHours.weekday(Self.date("2025-12-04")) == 4)
        #expect(OutOfHours.weekday(Self.date("2025-04-20")) == 7)
        func out(_ text: String) throws -> Bool { OutOfHours.isOutOfHours(try LocalDateTime(iso8601: text)) }
        #expect(try !out("2025-03-04T08:00"))   // Tuesday morning
        #expect(try out("2025-03-04T07:59"))    // night
        #expect(try out("2025-03-04T20:00"))
        #expect(try !out("2025-03-08T13:59"))   // Saturday morning
        #expect(try out("2025-03-08T14:00"))    // pre-holiday afternoon
        #expect(try out("2025-04-21T10:00"))    // Easter Monday
        #expect(try out("2025-06-02T10:00"))    // Festa della Repubblica
        #expect(try out("2025-08-14T15:00"))    // eve of Ferragosto (a Thursday)
        #expect(try !out("2025-08-14T11:00"))
    }

    @Test func spoiUrgentAdmissionsOutOfHoursComeThroughTheEmergencyDepartmentOrAnSPDC() throws {
        var stay = Self.stay(.spoi, days: 10)
        stay.urgency = .urgent
        stay.admission = try LocalDateTime(iso8601: "2025-03-01T22:00")  // a Saturday night
        let findings = ActivityRules.ruleSet.evaluate(.stay(stay))
        #expect(findings.map(\.ruleID.rawValue) == ["er.activity.spoi.out-of-hours-channel"])
        #expect(findings.first?.severity == .warning)
        for channel in [AccessChannel.emergencyDepartment, .spdc] {
            stay.channel = channel
            #expect(Self.fired(stay).isEmpty)
        }
        stay.channel = .dsmDP
        stay.urgency = .programmed
        #expect(Self.fired(stay).isEmpty)
        var residence = Self.stay(.rti, days: 10)
        residence.urgency = .urgent
        residence.admission = try LocalDateTime(iso8601: "2025-03-01T22:00")
        #expect(Self.fired(residence).isEmpty)
    }

    static func restraint(_ type: ERPsychiatricStructureType, time: LocalTime? = LocalTime(hour: 23, minute: 30),
                          record: RestraintRecord?) -> ActivityRecord {
        .event(Event(id: try! ActivityID("e1"), patient: try! PatientID("p1"), structure: try! StructureID("x"),
                     structureType: type, date: date("2025-03-05"), time: time, kind: .restraint, restraint: record))
    }

    @Test("A-20: restraint records are complete; an error where the seed requires them, a warning elsewhere")
    func restraintRecords() {
        let complete = RestraintRecord(patientNamed: true, diagnosis: "F20.0", reasons: "Agitazione", intervention: .mechanical, doctorSigned: true)
        for type in ERPsychiatricStructureType.allCases {
            #expect(Self.fired(Self.restraint(type, record: complete)).isEmpty)
        }
        let unsigned = RestraintRecord(patientNamed: true, diagnosis: "F20.0", reasons: "Agitazione", intervention: .mechanical)
        for type in [ERPsychiatricStructureType.spoi, .eatingDisorderRehab, .generalPsychiatry] {
            let findings = ActivityRules.ruleSet.evaluate(Self.restraint(type, record: unsigned))
            #expect(findings.map(\.severity) == [.error])
            #expect(findings.first?.path == "/restraint")
        }
        for type in [ERPsychiatricStructureType.rti, .rtiSpecialist, .rtp, .psychogeriatricRehab] {
            #expect(ActivityRules.ruleSet.evaluate(Self.restraint(type, record: unsigned)).map(\.severity) == [.warning])
        }
        let noTime = ActivityRules.ruleSet.evaluate(Self.restraint(.spoi, time: nil, record: complete))
        #expect(noTime.map(\.path) == ["/time"])
        let nothing = ActivityRules.ruleSet.evaluate(Self.restraint(.spoi, record: nil))
        #expect(nothing.first?.message(in: .english) == "incomplete restraint record: missing patientNamed, diagnosis, reasons, intervention, doctorSigned")
        // Other events need no record.
        let attempt = ActivityRecord.event(Event(id: try! ActivityID("e2"), patient: try! PatientID("p1"), structure: try! StructureID("x"),
                                                 structureType: .spoi, date: Self.date("2025-03-05"), kind: .suicideAttempt))
        #expect(Self.fired(attempt).isEmpty)
    }

    @Test func datesAreConsistent() throws {
        var stay = Self.stay(.rti, days: 20)
        stay.discharge?.date = Self.date("2025-02-27")
        stay.familyMeeting = nil
        stay.externalDoctorConsult = nil
        stay.dischargeCriticalityEvaluation = nil
        #expect(Self.fired(stay) == ["er.activity.dates.discharge-after-admission"])
        var inside = Self.stay(.rti, days: 20)
        inside.accessRequest = try LocalDateTime(iso8601: "2025-03-01T10:01")
        inside.project = PersonalisedProject(writtenOn: Self.date("2025-02-20"), reviews: [Self.date("2025-03-22")])
        inside.extensions = [Extension(decidedOn: Self.date("2025-02-28"), reason: "x")]
        let findings = ActivityRules.ruleSet.evaluate(.stay(inside))
        #expect(findings.map(\.path.description) == ["/accessRequest", "/extensions/0/decidedOn", "/project/reviews/0"])
        #expect(Set(findings.map(\.ruleID.rawValue)) == ["er.activity.dates.inside-stay"])
    }

    @Test func aPatientsStaysDoNotOverlap() throws {
        func stay(_ id: String, _ admitted: String, _ discharged: String?, patient: String = "p1") -> ActivityRecord {
            .stay(Stay(id: try! ActivityID(id), patient: try! PatientID(patient), structure: try! StructureID("x"),
                       structureType: .spoi, admission: try! LocalDateTime(iso8601: admitted + "T10:00"), channel: .dsmDP,
                       urgency: .programmed, discharge: discharged.map { Discharge(date: Self.date($0), kind: .agreed) }))
        }
        var check = ActivityCrossCheck()
        let ref = { (index: Int) in ActivityCrossCheck.LineReference(index: index, line: index + 1) }
        #expect(check.add(stay("a", "2025-03-01", "2025-03-10"), at: ref(0)) == .checked([]))
        #expect(check.add(stay("b", "2025-03-10", "2025-03-20"), at: ref(1)) == .checked([]))  // transfer on the day
        #expect(check.add(stay("c", "2025-03-05", "2025-03-06", patient: "p2"), at: ref(2)) == .checked([]))
        guard case .checked(let inside) = check.add(stay("d", "2025-03-15", "2025-03-16"), at: ref(3)) else {
            Issue.record("expected a verdict")
            return
        }
        #expect(inside.map(\.ruleID.rawValue) == ["er.activity.stays.overlap"])
        #expect(inside.first?.message(in: .english) == "the stay overlaps the stay \"b\" on line 2 (2025-03-10 - 2025-03-20)")
        #expect(check.add(stay("e", "2025-06-01", nil), at: ref(4)) == .checked([]))
        guard case .checked(let afterOpen) = check.add(stay("f", "2025-09-01", "2025-09-05"), at: ref(5)) else {
            Issue.record("expected a verdict")
            return
        }
        #expect(afterOpen.map(\.path) == ["/admission"])
    }

    @Test func aStructureKeepsOneTypeEvenForAWaitingEvent() throws {
        var check = ActivityCrossCheck()
        let ref = { (index: Int) in ActivityCrossCheck.LineReference(index: index, line: index + 1) }
        #expect(check.add(.stay(Self.stay(.rti, days: 20)), at: ref(0)) == .checked([]))
        let event = ActivityRecord.event(Event(id: try ActivityID("e1"), patient: try PatientID("p1"), structure: try StructureID("x"),
                                               structureType: .rtp, stay: try ActivityID("s9"), date: Self.date("2025-03-05"),
                                               kind: .abIngestis))
        #expect(check.add(event, at: ref(1)) == .pending)
        let late = check.finish()
        #expect(late.count == 1)
        #expect(late.first?.1.map(\.ruleID.rawValue) == ["er.activity.structure-type.consistent", "er.activity.event.stay"])
    }

    @Test func crossCheckJudgesEventsAgainstTheirStay() throws {
        var check = ActivityCrossCheck()
        let stay = Self.stay(.spoi, days: 10)
        func event(_ id: String, _ date: String, patient: String = "p1", stay: String = "s1") -> ActivityRecord {
            .event(Event(id: try! ActivityID(id), patient: try! PatientID(patient), structure: try! StructureID("x"),
                         structureType: .spoi, stay: try! ActivityID(stay), date: Self.date(date), kind: .abIngestis))
        }
        let ref = { (index: Int) in ActivityCrossCheck.LineReference(index: index, line: index + 1) }
        #expect(check.add(event("e0", "2025-03-20"), at: ref(0)) == .pending)
        #expect(check.add(.stay(stay), at: ref(1)) == .checked([]))
        #expect(check.add(event("e1", "2025-03-01"), at: ref(2)) == .checked([]))
        #expect(check.add(event("e2", "2025-03-11"), at: ref(3)) == .checked([]))  // discharge day
        guard case .checked(let other) = check.add(event("e3", "2025-03-05", patient: "p2"), at: ref(4)) else {
            Issue.record("expected a verdict")
            return
        }
        #expect(other.map(\.path) == ["/patient"])
        #expect(check.add(event("e4", "2025-03-05", stay: "s9"), at: ref(5)) == .pending)
        guard case .checked(let duplicate) = check.add(.stay(stay), at: ref(6)) else {
            Issue.record("expected a verdict")
            return
        }
        #expect(duplicate.map(\.ruleID.rawValue) == ["er.activity.ids.unique"])
        let late = check.finish()
        #expect(late.map(\.0.index) == [0, 5])
        #expect(late.map { $0.1.map(\.path) } == [["/date"], ["/stay"]])
    }
}

@Suite("DSM-DP referral share (A-11)")
struct DSMDPReferralShareTests {
    static func stay(_ id: String, structure: String = "spoi-a", type: ERPsychiatricStructureType = .spoi,
                     _ admitted: String, _ discharged: String?, channel: AccessChannel) -> Stay {
        Stay(id: try! ActivityID(id), patient: try! PatientID("p-" + id), structure: try! StructureID(structure), structureType: type,
             admission: try! LocalDateTime(iso8601: admitted + "T10:00"), channel: channel, urgency: .programmed,
             discharge: discharged.map { Discharge(date: try! LocalDate(iso8601: $0), kind: .agreed) })
    }

    @Test func bedDaysOfTheYearAreCountedByChannel() throws {
        let year = try LocalDate(iso8601: "2025-01-01")...LocalDate(iso8601: "2025-12-31")
        var share = DSMDPReferralShare(period: year)
        share.add(Self.stay("a", "2024-12-22", "2025-01-11", channel: .dsmDP))              // 10 bed-days in 2025
        share.add(Self.stay("b", "2025-03-01", "2025-03-31", channel: .dsmDP))              // 30
        share.add(Self.stay("c", "2025-05-01", "2025-05-11", channel: .generalPractitioner)) // 10
        share.add(Self.stay("d", "2025-12-30", nil, channel: .dsmDP))                        // 2 (open)
        share.add(Self.stay("e", type: .rti, "2025-05-01", "2025-05-20", channel: .direct))  // not an SPOI
        share.add(Self.stay("f", "2024-01-01", "2024-02-01", channel: .specialist))          // outside the year
        let tally = try #require(share.tallies[try StructureID("spoi-a")])
        #expect(tally.bedDays == 52)
        #expect(tally.dsmDPBedDays == 42)
        #expect(tally.admissions == 3 && tally.dsmDPAdmissions == 2)
        #expect(tally.bedDaysSharePercentHundredths == 8076)
        #expect(tally.bedDaysShareMeetsOptimalLevel == true)
        #expect(share.tallies.count == 1)
    }

    @Test("exactly 80 % is not \"oltre l'80%\"")
    func eightyPercentIsNotEnough() throws {
        let year = try LocalDate(iso8601: "2025-01-01")...LocalDate(iso8601: "2025-12-31")
        var share = DSMDPReferralShare(period: year)
        share.add(Self.stay("a", "2025-03-01", "2025-03-09", channel: .dsmDP))   // 8
        share.add(Self.stay("b", "2025-04-01", "2025-04-03", channel: .spdc))    // 2
        let tally = try #require(share.tallies[try StructureID("spoi-a")])
        #expect(tally.bedDaysSharePercentHundredths == 8000)
        #expect(tally.bedDaysShareMeetsOptimalLevel == false)
        #expect(DSMDPReferralShare.Tally().bedDaysShareMeetsOptimalLevel == nil)
    }
}
