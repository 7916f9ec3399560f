import CorpusSupport
import Sociosan
import SociosanJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A deterministic activity file for the `indicators` benchmarks: JSON Lines of
/// `er.psychiatry.activity` records (stays and events), the input of `sociosan indicators`.
///
/// Line `i` depends only on `i` (a SplitMix64 stream seeded with `i`): 85 % stays, 15 %
/// events, over 60 structures of the seven types (5 SPOI, 20 RTI, 5 RTI specialistiche,
/// 10 RTP, 5 psychogeriatric, 3 DCA, 12 general psychiatry) and a pool of
/// ``patientCount`` pseudonymous patients, so that the patients, like a region's, do not grow
/// with the file. Lines are in admission order, ``linesPerDay`` a day from 1 January 2016
/// (100,000 lines a year), as a discharge-record extract is; stays last 1 to 60 days (0.2 %
/// are still open) and carry the fields every indicator reads (diagnosis, project with
/// reviews, adherence, scales, DCA data, discharge kind and report), each present or true
/// with its own probability.
///
/// ```swift
/// ActivityCorpus.writeJSONLines(count: 1_000_000, to: "/tmp/activity.jsonl")
/// ```
public enum ActivityCorpus {
    public static let standardCount = 1_000_000
    public static let patientCount = 50_000
    /// 100,000 lines are a year of a region's activity; 1,000,000 are ten.
    public static let linesPerDay = 274
    static let seed: UInt64 = 0x4143_5449_5649_5459  // "ACTIVITY"

    static let structures: [(StructureID, ERPsychiatricStructureType)] = {
        let plan: [(ERPsychiatricStructureType, String, Int)] = [
            (.spoi, "spoi", 5), (.rti, "rti", 20), (.rtiSpecialist, "rtis", 5), (.rtp, "rtp", 10),
            (.psychogeriatricRehab, "pg", 5), (.eatingDisorderRehab, "dca", 3), (.generalPsychiatry, "gp", 12),
        ]
        return plan.flatMap { type, prefix, count in
            (0..<count).map { (try! StructureID("\(prefix)-er-struttura-\($0)"), type) }
        }
    }()

    static let eventKinds = Event.Kind.allCases

    /// Record `index` of the file.
    public static func record(_ index: Int) -> ActivityRecord {
        var random = Generator(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let (structure, type) = structures[Int(random.next(below: UInt64(structures.count)))]
        let patientNumber = Int(random.next(below: UInt64(patientCount)))
        let patient = try! PatientID("paziente-" + String(patientNumber))
        // In admission order, as a discharge-record extract is: linesPerDay lines a day.
        let firstDay = LocalDate(year: 2016, month: 1, day: 1)!.daysSinceEpoch
        let admissionDay = LocalDate(daysSinceEpoch: firstDay + index / linesPerDay)!
        let time = LocalTime(hour: Int(random.next(below: 24)), minute: Int(random.next(below: 60)))!
        let number = String(index)
        let id = try! ActivityID("r" + String(repeating: "0", count: max(0, 8 - number.count)) + number)
        func chance(_ percent: UInt64) -> Bool { random.next(below: 100) < percent }

        if random.next(below: 100) < 15 {
            let kind = eventKinds[Int(random.next(below: UInt64(eventKinds.count)))]
            let restraint: RestraintRecord? = kind == .restraint
                ? RestraintRecord(patientNamed: true, diagnosis: "F20.0", reasons: "agitazione", intervention: .physical,
                                  doctorSigned: true, durationMinutes: 30)
                : nil
            return .event(Event(
                id: id, patient: patient, structure: structure, structureType: type, date: admissionDay,
                time: time, kind: kind == .restraint && type.isResidence ? .leftWithoutPermission : kind,
                restraint: type.isResidence ? nil : restraint))
        }

        var stay = Stay(
            id: id, patient: patient, structure: structure, structureType: type,
            admission: LocalDateTime(date: admissionDay, time: time),
            channel: chance(85) ? .dsmDP : .generalPractitioner, urgency: chance(40) ? .urgent : .programmed)
        let length = 1 + Int(random.next(below: type == .rti || type == .rtiSpecialist ? 30 : 60))
        stay.diagnosis = Diagnosis(code: "F32.2", system: .icd10, criteriaComplete: chance(90))
        stay.familyMeeting = admissionDay.adding(days: 3)
        stay.dischargeCriticalityEvaluation = admissionDay.adding(days: 10)
        stay.dischargeCriticality = chance(10)
        if chance(85) {
            var project = PersonalisedProject(
                writtenOn: admissionDay.adding(days: 1)!, teamDefined: chance(90), objectives: true,
                expectedDurationDays: length, agreedWithDSMDPDoctor: true, dischargeAgreedWithDoctor: true)
            if chance(70) { project.reviews = [admissionDay.adding(days: min(length, 7))!] }
            project.objectivesReached = chance(75)
            project.checkedWithValidatedScale = chance(60)
            stay.project = project
        }
        stay.adherence = chance(80)
        if type == .psychogeriatricRehab {
            let admissionScore = 20 + Int(random.next(below: 50))
            stay.outcomeScale = ScaleScores(scale: "Barthel", admission: admissionScore, discharge: admissionScore + Int(random.next(below: 21)) - 5)
        }
        if type == .eatingDisorderRehab {
            let disorders = EatingDisorderData.EatingDisorder.allCases
            stay.eatingDisorder = EatingDisorderData(
                disorder: disorders[Int(random.next(below: UInt64(disorders.count)))],
                bmiAtAdmission: BodyMassIndex(tenths: 140 + Int(random.next(below: 30))),
                bmiAtDischarge: BodyMassIndex(tenths: 160 + Int(random.next(below: 40))),
                compensatoryBehavioursResolved: chance(60), diagnosticEvaluationWithPsychometricTests: chance(70),
                carePlanItems: chance(80) ? Set(EatingDisorderData.CarePlanItem.allCases) : [.clinicalCheck, .drugTherapy])
        }
        if random.next(below: 1000) >= 2 {
            let kinds: [Discharge.Kind] = [.agreed, .agreed, .agreed, .protectedStructure, .plannedTransfer, .unplannedAcuteTransfer, .death]
            stay.discharge = Discharge(
                date: admissionDay.adding(days: length)!, kind: kinds[Int(random.next(below: UInt64(kinds.count)))],
                agreedDischargeReport: chance(70))
        }
        return .stay(stay)
    }

    /// Writes lines `0..<count` as compact JSON Lines to `path`; returns the bytes written.
    @discardableResult
    public static func writeJSONLines(count: Int, to path: String) -> Int {
        CorpusFile.writeJSONLines(count: count, to: path) { record($0).encoded(style: .compact) }
    }

    /// What a pass found: enough to check the calculator ran and to keep its work alive.
    public struct Outcome: Equatable, Sendable, CustomStringConvertible {
        public var lines = 0
        public var invalid = 0
        public var results = 0
        /// Whether one pass sufficed (the file is in admission order).
        public var onePass = true
        /// Sum of every numerator and denominator.
        public var checksum = 0

        public var description: String {
            "\(lines) lines, \(invalid) invalid, \(results) results, checksum \(checksum), \(onePass ? "one pass" : "two passes")"
        }
    }

    /// `sociosan indicators PATH` without the printing: ``ActivityReader`` into an
    /// ``ERIndicatorCalculator``.
    public static func runIndicators(path: String) -> Outcome {
        func pass(pruneHistory: Bool) -> (ERIndicatorCalculator, Outcome) {
            var calculator = ERIndicatorCalculator(pruneHistory: pruneHistory)
            var outcome = Outcome()
            try! ActivityReader.forEach(path: path) { line in
                outcome.lines += 1
                if let record = line.record { calculator.add(record) } else { outcome.invalid += 1 }
            }
            return (calculator, outcome)
        }
        // As the command does: a second pass only when the file is not in admission order.
        var (calculator, outcome) = pass(pruneHistory: true)
        if !calculator.isExact {
            (calculator, outcome) = pass(pruneHistory: false)
            outcome.onePass = false
        }
        let results = calculator.finalResults()
        outcome.results = results.count
        outcome.checksum = results.reduce(0) { $0 &+ $1.numerator &+ $1.denominator }
        return outcome
    }

    /// The floor: jansson's parse of every line of the file (read with the same reader), nothing more.
    public static func runJanssonParse(path: String) -> Int {
        var reader = try! JSONLinesReader(path: path)
        var members = 0
        while try! reader.nextLine({ line in
            if line.isBlank { return }
            let document = try! JSONDocument.parse(line.bytes)
            members &+= document.root.count
        }) != nil {}
        return members
    }

    /// SplitMix64 (Steele, Lea and Flood), the same stream on every platform.
    struct Generator {
        var state: UInt64
        init(seed: UInt64) { state = seed }

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func next(below bound: UInt64) -> UInt64 {
            bound.multipliedFullWidth(by: next()).high
        }
    }
}

extension ERPsychiatricStructureType {
    /// The residences keep no restraint record (A-20).
    fileprivate var isResidence: Bool { self == .rti || self == .rtiSpecialist || self == .rtp }
}
