import CorpusSupport
import Sociosan
import SociosanJSON

/// A deterministic ImpleMENTAL activity file for the `implemental-*` benchmarks: JSON Lines of
/// `lombardy.implemental.activity` records (seed 003), the input of `sociosan implemental
/// indicators`.
///
/// The file is made of episodes of ``linesPerEpisode`` lines, one a patient: an enrolment, an
/// initial assessment, a case manager, the four PTI steps and thirteen interventions (their
/// types, modalities and the other values drawn from a SplitMix64 stream seeded with the line's
/// number, so line `i` depends only on `i`). Episodes are interleaved ``concurrentPatients`` at a
/// time, as a service's patients are: every line of a block of `concurrentPatients` episodes
/// has the block's enrolments first, then its assessments, and so on, so a patient's pathway
/// spreads over the block's weeks and their enrolment always comes first. ``linesPerDay`` lines
/// a day from 1 January 2016 (100,000 lines a year). Patient codes cycle through a pool of
/// ``patientCount`` over the 18 ASSTs, so that the patients, like a region's, do not grow with
/// the file (a code met again is a re-enrolment, which the calculator, like the rule
/// `enrolment.once`, does not count twice).
///
/// ```swift
/// ImplementalCorpus.writeJSONLines(count: 1_000_000, to: "/tmp/implemental.jsonl")
/// ```
public enum ImplementalCorpus {
    public static let standardCount = 1_000_000
    /// Every code is met within the first 100,000 lines (the memory pair's smaller file).
    public static let patientCount = 5_000
    public static let linesPerEpisode = 20
    public static let concurrentPatients = 1_370
    public static let linesPerDay = 274
    static let seed: UInt64 = 0x494D_504C_454D_454E  // "IMPLEMEN"

    static let assts = ImplementalASST.allCases
    static let firstDay = LocalDate(year: 2016, month: 1, day: 1)!.daysSinceEpoch

    /// Record `index` of the file.
    public static func record(_ index: Int) -> ImplementalActivityRecord {
        var random = ActivityCorpus.Generator(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        let block = index / (concurrentPatients * linesPerEpisode)
        let within = index % (concurrentPatients * linesPerEpisode)
        let step = within / concurrentPatients
        let episode = block * concurrentPatients + within % concurrentPatients
        let patientNumber = episode % patientCount
        let asst = assts[patientNumber % assts.count]
        let number = String(patientNumber)
        let patient = try! StructureID("p-" + String(repeating: "0", count: max(0, 5 - number.count)) + number)
        let lineNumber = String(index)
        let id = try! StructureID("im" + String(repeating: "0", count: max(0, 8 - lineNumber.count)) + lineNumber)
        let date = LocalDate(daysSinceEpoch: firstDay + index / linesPerDay)!
        func pick<T>(_ values: [T]) -> T { values[Int(random.next(below: UInt64(values.count)))] }
        func chance(_ percent: UInt64) -> Bool { random.next(below: 100) < percent }

        let kind: ImplementalActivityRecord.Kind = switch step {
        case 0: .enrolment
        case 1: .assessment
        case 2: .caseManager
        case 3...6: .pti
        default: .intervention
        }
        var record = ImplementalActivityRecord(id: id, record: kind, patient: patient, asst: asst.rawValue,
                                               ei: "ei-\(asst.rawValue)-\(1 + patientNumber % 2)", date: date)
        switch kind {
        case .enrolment:
            record.age = 17 + Int(random.next(below: 14))
            record.gender = chance(90) ? .female : pick([.male, .other])
            record.firstContactYear = date.year - Int(random.next(below: 6))
            record.careCategory = chance(75) ? .presaInCarico : .assunzioneInCura
            record.bpdDiagnosis = chance(80) ? .principal : (chance(75) ? .secondary : .absent)
        case .assessment:
            record.instrument = pick(ImplementalInstrument.allCases)
        case .caseManager:
            record.profile = pick(ImplementalProfile.allCases)
        case .pti:
            record.step = ImplementalPTIStep.allCases[step - 3]
        case .intervention:
            record.type = chance(20) ? .nonPsychosocial : pick(ImplementalInterventionType.allCases)
            record.modality = chance(70) ? .individual : .group
        }
        return record
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
        public var patients = 0
        /// Sum of every numerator and denominator.
        public var checksum = 0

        public var description: String { "\(lines) lines, \(invalid) invalid, \(patients) patients, checksum \(checksum)" }
    }

    /// `sociosan implemental indicators PATH` without the printing: ``DeclaredLinesReader``
    /// with the kind's fast path (``ImplementalActivityLine``) into an
    /// ``ImplementalIndicatorCalculator``, and its report; `fastPath: false` decodes every line
    /// through the field table (for profiling the difference).
    public static func runIndicators(path: String, fastPath: Bool = true) -> Outcome {
        var calculator = ImplementalIndicatorCalculator()
        var outcome = Outcome()
        var reader = try! DeclaredLinesReader<ImplementalActivityRecord>(
            path: path, fastPath: fastPath ? ImplementalActivityLine.decode : nil)
        while let line = try! reader.next() {
            outcome.lines += 1
            switch line.outcome {
            case .record(let record): calculator.add(record)
            case .invalid: outcome.invalid += 1
            }
        }
        let report = calculator.report()
        outcome.patients = report.groups.first?.patients ?? 0
        outcome.checksum = report.groups.flatMap(\.results).reduce(0) { $0 &+ ($1.numerator ?? 0) &+ ($1.denominator ?? 0) }
        return outcome
    }
}
