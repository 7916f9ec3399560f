import Testing
@testable import Sociosan

@Suite("Activity model")
struct ActivityModelTests {
    static func stay(admission: String = "2025-01-07T10:30", discharge: String? = nil) throws -> Stay {
        Stay(
            id: try ActivityID("rti-0001"), patient: try PatientID("p-00017"),
            structure: try StructureID("rti-bo-villa-azzurra"), structureType: .rti,
            admission: try LocalDateTime(iso8601: admission), channel: .dsmDP, urgency: .programmed,
            discharge: try discharge.map { Discharge(date: try LocalDate(iso8601: $0), kind: .agreed) })
    }

    @Test func dateTimesParseCompareAndSubtract() throws {
        let request = try LocalDateTime(iso8601: "2025-03-01T22:15")
        let admission = try LocalDateTime(iso8601: "2025-03-02T09:00")
        #expect(request < admission)
        #expect(request.minutes(until: admission) == 645)
        #expect(admission.description == "2025-03-02T09:00")
        #expect(try LocalTime(iso8601: "07:30").minutesSinceMidnight == 450)
    }

    @Test(arguments: ["2025-03-01 22:15", "2025-03-01T2215", "2025-03-01T22:15:00", "", "2025-03-01T22:1x"])
    func malformedDateTimesAreRefused(_ text: String) {
        #expect(throws: LocalDateError.malformed(text)) { try LocalDateTime(iso8601: text) }
    }

    @Test func nonexistentDateTimesAreNamedAsSuch() {
        #expect(throws: LocalDateError.nonexistent("2025-02-29T10:00")) { try LocalDateTime(iso8601: "2025-02-29T10:00") }
        #expect(throws: LocalDateError.nonexistent("2025-02-28T24:00")) { try LocalDateTime(iso8601: "2025-02-28T24:00") }
    }

    @Test func lengthOfStayCountsNightsAndIsNilWhileOpen() throws {
        #expect(try Self.stay().lengthOfStay == nil)
        #expect(try Self.stay(discharge: "2025-02-06").lengthOfStay == 30)
        #expect(try Self.stay(discharge: "2025-01-07").lengthOfStay == 0)
    }

    @Test func bedDaysAreClippedToTheRange() throws {
        let year = try LocalDate(iso8601: "2025-01-01")...LocalDate(iso8601: "2025-12-31")
        // Admitted 2024-12-20, discharged 2025-01-10: 9 bed-days fall in 2025 (1-9 January).
        let across = try Self.stay(admission: "2024-12-20T09:00", discharge: "2025-01-10")
        #expect(across.bedDays(in: year) == 9)
        #expect(across.isInCare(during: year))
        // Open stay admitted 2025-12-30: 30 and 31 December.
        #expect(try Self.stay(admission: "2025-12-30T09:00").bedDays(in: year) == 2)
        // Discharged on 1 January: the discharge day is not a bed-day, but the patient was in care.
        let leaving = try Self.stay(admission: "2024-12-01T09:00", discharge: "2025-01-01")
        #expect(leaving.bedDays(in: year) == 0)
        #expect(leaving.isInCare(during: year))
        #expect(try !Self.stay(admission: "2026-01-01T09:00").isInCare(during: year))
    }

    @Test func restraintRecordListsTheMissingItemsOfL424() {
        #expect(RestraintRecord(patientNamed: true, diagnosis: "F20.0", reasons: "Agitazione", intervention: .mechanical, doctorSigned: true).missingItems.isEmpty)
        #expect(RestraintRecord(diagnosis: "  ", reasons: "Agitazione").missingItems == [.patientName, .diagnosis, .intervention, .doctorSignature])
    }

    @Test func eatingDisorderOutcomes() {
        var data = EatingDisorderData(disorder: .anorexiaNervosa, bmiAtDischarge: BodyMassIndex(tenths: 185))
        #expect(data.reachedHealthyBMI == true)
        data.bmiAtDischarge = BodyMassIndex(tenths: 184)
        #expect(data.reachedHealthyBMI == false)
        #expect(BodyMassIndex(tenths: 184).description == "18.4")
        #expect(!data.carePlanComplete)
        data.carePlanItems = Set(EatingDisorderData.CarePlanItem.allCases)
        #expect(data.carePlanComplete)
        #expect(ScaleScores(scale: "Barthel", admission: 40, discharge: 40).improved == false)
        #expect(ScaleScores(scale: "Barthel", admission: 40).improved == nil)
    }

    @Test func relevantEventsAreTheSixCategoriesOfTheTables() {
        #expect(Event.Kind.allCases.filter(\.countsAsRelevantEvent).count == 6)
        #expect(!Event.Kind.suicide.countsAsRelevantEvent)
        #expect(!Event.Kind.restraint.countsAsRelevantEvent)
    }
}

@Suite("Activity dates from bytes")
struct ActivityDateBytesTests {
    static func date(_ text: String) -> LocalDate? { Array(text.utf8).withUnsafeBytes { LocalDate.parse(utf8: $0) } }
    static func dateTime(_ text: String) -> LocalDateTime? { Array(text.utf8).withUnsafeBytes { LocalDateTime.parse(utf8: $0) } }

    @Test(arguments: ["2024-02-29", "0999-01-05", "2025-12-31", "2025-02-29", "2025-13-01", "2025-1-01", "2025/01/01", "20250101xx", ""])
    func bytesAndTextAgreeOnDates(_ text: String) {
        #expect(Self.date(text) == (try? LocalDate(iso8601: text)))
    }

    @Test(arguments: ["2025-03-01T22:15", "2025-03-01T00:00", "2025-03-01T24:00", "2025-02-29T10:00", "2025-03-01 22:15", "2025-03-01T2215", "2025-03-01T22:1x"])
    func bytesAndTextAgreeOnDateTimes(_ text: String) {
        #expect(Self.dateTime(text) == (try? LocalDateTime(iso8601: text)))
    }
}
