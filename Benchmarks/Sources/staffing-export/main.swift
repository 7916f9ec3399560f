// staffing-export DIR [COUNT] [SAMPLE]
//
// Writes what Tools/staffing_numpy_baseline.py needs to implement the staffing rules in numpy
// and to prove it implements the same ones:
//
//   DIR/rules.json           every standard of the catalogue as data: capacity limits, days a
//                            week, opening hours, and each requirement's law, unit, rounding,
//                            floor and condition, exactly as StaffingStandard states them (not
//                            the batch evaluator's compiled coefficients), plus full-time hours
//   DIR/types.i32            the StaffingCorpus types of structures 0..<COUNT (little-endian Int32)
//   DIR/capacities.i32       their capacities (Int32)
//   DIR/batch-totals.i64     StaffingBatchEvaluator's totals of all COUNT structures (Int64)
//   DIR/scalar-totals.i64    the scalar API's totals of the first SAMPLE structures (Int64):
//                            sum over StaffingCalculator.requirement(...).lines of
//                            line.hoursPerWeek.hundredths
//
// COUNT defaults to StaffingCorpus.standardCount (10,000,000), SAMPLE to 100,000.
//
// staffing-export --time TABLE_CAPACITY [ITERATIONS] times the batch evaluation instead (0:
// no memo), for profilers.
import Foundation
import Sociosan
import StaffingCorpus

func json(_ value: Rational) -> String { "[\(value.numerator),\(value.denominator)]" }
func json(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}

func json(_ law: ScalingLaw) -> String {
    switch law {
    case .fixed(let amount):
        return "{\"kind\":\"fixed\",\"amount\":\(json(amount))}"
    case .shareOfCapacity(let share):
        return "{\"kind\":\"share-of-capacity\",\"amount\":\(json(share))}"
    case .perModule(let amount, let size, let partial):
        return "{\"kind\":\"per-module\",\"amount\":\(json(amount)),\"moduleSize\":\(size),\"partialModules\":\(json(partial.rawValue))}"
    case .proportionalToReference(let amount, let reference):
        return "{\"kind\":\"proportional-to-reference\",\"amount\":\(json(amount)),\"reference\":\(reference)}"
    case .perUsers(let amount, let users):
        return "{\"kind\":\"per-users\",\"amount\":\(json(amount)),\"users\":\(users)}"
    }
}

func rulesJSON(_ standards: [StaffingStandard], parameters: StaffingParameters) -> String {
    var lines: [String] = []
    for standard in standards {
        let limits = standard.capacityLimits.map { "[\($0.lowerBound),\($0.upperBound)]" } ?? "null"
        let opening = standard.coverage.first.map { String($0.window.hoursPerWeekPerPost) } ?? "null"
        let requirements = standard.requirements.map { requirement in
            "{\"rule\":\(json(requirement.rule.rawValue)),\"law\":\(json(requirement.law)),\"unit\":\(json(requirement.unit.rawValue)),"
                + "\"rounding\":\(json(requirement.rounding.rawValue)),\"floor\":\(requirement.floor.map(json) ?? "null"),"
                + "\"condition\":\(requirement.condition.map { json($0.rawValue) } ?? "null")}"
        }
        lines.append("{\"id\":\(json(standard.id)),\"capacityLimits\":\(limits),\"daysPerWeek\":\(standard.daysPerWeek),"
                     + "\"firstCoverageHoursPerWeek\":\(opening),\"requirements\":[\n    "
                     + requirements.joined(separator: ",\n    ") + "]}")
    }
    return "{\"fullTimeHours\":\(json(parameters.fullTimeHours)),\"unlimitedMaximum\":\(StaffingCorpus.unlimitedMaximum),\"standards\":[\n  "
        + lines.joined(separator: ",\n  ") + "]}\n"
}

func write<T>(_ values: [T], to path: String) throws {
    try values.withUnsafeBytes { bytes in try Data(bytes).write(to: URL(fileURLWithPath: path)) }
}

let arguments = CommandLine.arguments

// `staffing-export --time TABLE_CAPACITY [ITERATIONS]`: times batch evaluations of the corpus
// (for profilers: perf record, valgrind), prints the median.
if arguments.count >= 3, arguments[1] == "--time" {
    let run = StaffingCorpus.Run(structures: StaffingCorpus.Structures(count: StaffingCorpus.standardCount),
                                 evaluator: try StaffingBatchEvaluator(tableCapacity: Int(arguments[2])!))
    var times: [Double] = []
    for _ in 0..<(arguments.count > 3 ? Int(arguments[3])! : 10) {
        let start = ContinuousClock.now
        precondition(run.evaluate() == 0)
        let elapsed = ContinuousClock.now - start
        times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    let median = times.sorted()[times.count / 2]
    print("table capacity \(arguments[2]): median \(median * 1e3) ms, \(Double(run.structures.count) / median / 1e6) M evaluations/s")
    exit(0)
}

guard arguments.count >= 2, arguments.count <= 4 else {
    FileHandle.standardError.write("usage: staffing-export DIR [COUNT] [SAMPLE] | staffing-export --time TABLE_CAPACITY [ITERATIONS]\n".data(using: .utf8)!)
    exit(2)
}
let directory = arguments[1]
let count = arguments.count > 2 ? Int(arguments[2])! : StaffingCorpus.standardCount
let sample = min(count, arguments.count > 3 ? Int(arguments[3])! : 100_000)
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)

let parameters = StaffingParameters()
let standards = StaffingCatalogue.standards
let structures = StaffingCorpus.Structures(count: count, standards: standards)
let evaluator = try StaffingBatchEvaluator(standards: standards, parameters: parameters)
let (totals, errors) = evaluator.totals(types: structures.types, capacities: structures.capacities)
precondition(errors == 0, "the corpus has \(errors) inadmissible structures")
var scalar = [Int64](repeating: 0, count: sample)
for index in 0..<sample {
    let needs = try StaffingCalculator.requirement(for: standards[Int(structures.types[index])],
                                                   capacity: Int(structures.capacities[index]), parameters: parameters)
    scalar[index] = Int64(needs.lines.reduce(0) { $0 + $1.hoursPerWeek.hundredths })
    precondition(scalar[index] == totals[index], "structure \(index): batch \(totals[index]), scalar \(scalar[index])")
}

try rulesJSON(standards, parameters: parameters).write(toFile: directory + "/rules.json", atomically: true, encoding: .utf8)
try write(structures.types, to: directory + "/types.i32")
try write(structures.capacities, to: directory + "/capacities.i32")
try write(totals, to: directory + "/batch-totals.i64")
try write(scalar, to: directory + "/scalar-totals.i64")
print("staffing-export: \(count) structures of \(standards.count) types, \(sample) checked against the scalar API, in \(directory)")
