import Foundation
import Testing
import Sociosan
import SociosanJSON
import SociosanTestResources

/// The ImpleMENTAL indicators (seed 003) against the test vector
/// `Fixtures/lombardy.implemental.activity/seed-003-shares.jsonl` (Tools/make-implemental-fixtures):
/// the expected figures are counted again here, straight from the records, and they are the
/// shares the seed prints where it prints exact ones.
@Suite("ImpleMENTAL indicators")
struct ImplementalIndicatorTests {
    static let vector = repositoryRoot.appendingPathComponent("Fixtures/lombardy.implemental.activity/seed-003-shares.jsonl")

    static func records(_ url: URL = vector) throws -> [ImplementalActivityRecord] {
        var reader = try DeclaredLinesReader<ImplementalActivityRecord>(path: url.path)
        var records: [ImplementalActivityRecord] = []
        while let line = try reader.next() {
            guard case .record(let record) = line.outcome else {
                Issue.record("line \(line.lineNumber) does not decode")
                continue
            }
            records.append(record)
        }
        return records
    }

    static func report(_ records: [ImplementalActivityRecord], grouping: ImplementalIndicatorCalculator.Grouping = .none,
                       asOf: LocalDate? = nil, audit: Bool = false) -> ImplementalIndicatorReport {
        var calculator = ImplementalIndicatorCalculator(grouping: grouping, asOf: asOf, audit: audit)
        for record in records { calculator.add(record) }
        return calculator.report()
    }

    /// "almeno cinque interventi psicosociali nei primi tre mesi di presa in carico" (L517-L518),
    /// counted by hand: per patient, the psychosocial interventions dated from the enrolment to
    /// the day before the same day three months later.
    @Test func li08ReproducesTheSeeds68PercentCountedByHand() throws {
        let records = try Self.records()
        let enrolments = records.filter { $0.record == .enrolment }
        var byHand = 0
        for enrolment in enrolments {
            // Three calendar months, by hand: the vector enrols from January to July 2024, so no
            // day needs clamping (no enrolment on the 29th-31st is followed by a short month).
            let end = try #require(LocalDate(year: enrolment.date.year, month: enrolment.date.month + 3, day: enrolment.date.day))
            let early = records.filter {
                $0.patient == enrolment.patient && $0.record == .intervention && $0.type != .nonPsychosocial
                    && !($0.date < enrolment.date) && $0.date < end
            }
            if early.count >= 5 { byHand += 1 }
        }
        #expect(enrolments.count == 100)
        #expect(byHand == 68)
        let li08 = try #require(Self.report(records).groups[0].result("LI08"))
        #expect(li08.numerator == byHand && li08.denominator == enrolments.count)
        #expect(li08.value == 68)
        #expect(li08.indicator.seedFigure.value == 68 && li08.indicator.seedFigure.precision == .exact)
    }

    /// Every exact share of the seed, and the approximate ones at their round value, each
    /// counted again from the records.
    @Test func theSeedsSharesCountedByHand() throws {
        let records = try Self.records()
        let group = Self.report(records).groups[0]
        let enrolments = records.filter { $0.record == .enrolment }
        func patients(_ predicate: (ImplementalActivityRecord) -> Bool) -> Set<StructureID> {
            Set(records.filter(predicate).map(\.patient))
        }
        let byHand: [String: (Int, Int)] = [
            "LI02a": (enrolments.filter { (17...24).contains($0.age!) }.count, 100),
            "LI02b": (enrolments.filter { (25...30).contains($0.age!) }.count, 100),
            "LI03a": (enrolments.filter { $0.firstContactYear! >= 2023 }.count, 100),
            "LI04": (enrolments.filter { $0.gender == .female }.count, 100),
            "LI05a": (enrolments.filter { $0.bpdDiagnosis == .principal }.count, 100),
            "LI05b": (enrolments.filter { $0.bpdDiagnosis == .secondary }.count, 100),
            "LI09": (patients { $0.record == .assessment && $0.instrument != .clinicalInterview }.count, 100),
            "LI10": (patients { $0.type == .familyInterventions }.count, 100),
            "LI16": (patients { $0.step == .signedByPatient }.count, patients { $0.step == .activated }.count),
            "LI18": (patients { $0.record == .caseManager }.count, 100),
        ]
        for (id, (numerator, denominator)) in byHand {
            let result = try #require(group.result(id))
            #expect(result.numerator == numerator && result.denominator == denominator, "\(id)")
        }
        // The shares the seed prints exactly (L481-L487, L520-L521).
        for (id, percent) in [("LI02a", 77.0), ("LI02b", 18), ("LI03a", 56), ("LI03b", 28), ("LI05a", 78), ("LI05b", 2), ("LI11", 43), ("LI12", 57)] {
            #expect(group.result(id)?.value == percent, "\(id)")
        }
        // "circa un terzo" (L518-L520), "circa due terzi" (L614-L616), "tre quarti" (L636-L638).
        #expect(group.result("LI09")?.numerator == 33 && group.result("LI10")?.numerator == 33)
        #expect(group.result("LI16").map { "\($0.numerator ?? -1)/\($0.denominator ?? -1)" } == "40/60")
        #expect(group.result("LI18")?.value == 75)
        // The PTI funnel: signed <= activated, shared <= activated, carried out <= shared (L612-L631).
        #expect(group.result("LI17a").map { "\($0.numerator ?? -1)/\($0.denominator ?? -1)" } == "15/60")
        #expect(group.result("LI17b").map { "\($0.numerator ?? -1)/\($0.denominator ?? -1)" } == "9/15")
    }

    /// "la mediana di interventi psicosociali erogati per paziente ... è pari a 17" (L499-L502).
    @Test func li07MedianIs17() throws {
        let records = try Self.records()
        var counts: [StructureID: Int] = [:]
        for record in records where record.isPsychosocialIntervention { counts[record.patient, default: 0] += 1 }
        let sorted = counts.values.sorted()
        #expect(sorted.count == 100)
        #expect(sorted[49] == 17 && sorted[50] == 17)
        #expect(Self.report(records).groups[0].result("LI07")?.value == 17)
        #expect(ImplementalIndicatorCalculator.median([1, 4, 2, 10]) == 3)
        #expect(ImplementalIndicatorCalculator.median([]) == nil)
    }

    /// Decision IM-13: three calendar months from the enrolment, the end excluded; a patient
    /// whose window is still open at the as-of date is out of the LI08 denominator.
    @Test func theFirstThreeMonthsAreCalendarMonthsFromEnrolment() throws {
        func line(_ id: String, _ kind: ImplementalActivityRecord.Kind, _ date: String) throws -> ImplementalActivityRecord {
            var record = ImplementalActivityRecord(id: try StructureID(id), record: kind, patient: try StructureID("p-1"), asst: "lecco",
                                                   date: try LocalDate(iso8601: date))
            if kind == .enrolment {
                record.age = 20; record.gender = .female; record.firstContactYear = 2024
                record.careCategory = .assunzioneInCura; record.bpdDiagnosis = .principal
            } else {
                record.type = .psychotherapy; record.modality = .individual
            }
            return record
        }
        // Enrolled on 30 November 2023: the window ends on 29 February 2024 (leap year), excluded.
        let records = [try line("e", .enrolment, "2023-11-30")]
            + (try (1...4).map { try line("i\($0)", .intervention, "2023-12-0\($0)") })
            + [try line("late", .intervention, "2024-02-29")]
        let closed = Self.report(records, asOf: try LocalDate(iso8601: "2024-02-28")).groups[0].result("LI08")
        #expect(closed.map { "\($0.numerator ?? -1)/\($0.denominator ?? -1)" } == "0/1")
        // As of the last record (29 February): the window is over, and the day it ends is outside it.
        #expect(Self.report(records).groups[0].result("LI08").map { "\($0.numerator ?? -1)/\($0.denominator ?? -1)" } == "0/1")
        let open = Self.report(records, asOf: try LocalDate(iso8601: "2024-02-27")).groups[0].result("LI08")
        #expect(open?.denominator == 0 && open?.value == nil)
        var inWindow = records
        inWindow[5] = try line("late", .intervention, "2024-02-28")
        #expect(Self.report(inWindow).groups[0].result("LI08")?.numerator == 1)
    }

    @Test func groupsSplitThePatientsAndAuditNamesThem() throws {
        let records = try Self.records()
        let report = Self.report(records, grouping: .asst, audit: true)
        #expect(report.groups.map(\.key) == [nil, "brescia", "lecco", "niguarda"])
        #expect(report.groups.dropFirst().map(\.patients).reduce(0, +) == 100)
        for id in ["LI08", "LI18"] {
            let parts = report.groups.dropFirst().compactMap { $0.result(id)?.numerator }.reduce(0, +)
            #expect(parts == report.groups[0].result(id)?.numerator, "\(id)")
        }
        let li18 = try #require(report.groups[0].result("LI18"))
        #expect(li18.numeratorPatients.count == 75)
        #expect(Set(li18.numeratorPatients) == Set(records.filter { $0.record == .caseManager }.map(\.patient)))
        // The indicators the records cannot yield are listed with the seed's figure.
        #expect(report.notFromRecords.map(\.id).contains("LI13"))
        // ... and without team files, so are LI20-LI21 (ImplementalTeamIndicatorTests).
        #expect(report.notFromRecords.allSatisfy { !$0.isComputable || $0.fromTeams })
    }

    /// Every one of the 18 ASSTs of Figure 10 is cited on its own line of the seed, in order.
    @Test(.requiresSeeds) func theASSTsAreTheSeedsOwnLines() throws {
        let lines = TestResources.seedLines(Seed.impleMentalLombardy.fileName)
        #expect(ImplementalASST.allCases.count == 18)
        for asst in ImplementalASST.allCases {
            let line = lines[asst.citation.firstLine - 1].trimmingCharacters(in: .whitespaces)
            #expect(line == asst.name, "\(asst): L\(asst.citation.firstLine) reads \(line)")
        }
    }
}
