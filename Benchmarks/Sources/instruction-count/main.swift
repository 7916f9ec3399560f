// Runs one hot path of Sociosan once over a small fixed input, for counting its instructions
// under callgrind (Tools/compare-performance --instructions, the regression guard):
//
//     instruction-count list ROOT                      # the paths, one a line: NAME<TAB>RECORDS
//     instruction-count run PATH RECORDS ROOT WORKDIR  # prepare the input, then run the path once
//     valgrind --tool=callgrind --toggle-collect='*runPhase*' instruction-count run network 2000 . /tmp
//
// Everything a path needs (the corpus in memory or in a file under WORKDIR, the staffing
// evaluator's memo table, the fixture's bytes) is made before `runPhase`, so a callgrind run
// that collects only inside `runPhase` counts the path alone. The inputs are deterministic:
// the benchmarks' corpora (SPOICorpus, SicilyCorpus, NetworkCorpus, ActivityCorpus and its
// ImplementalCorpus, StaffingCorpus) cut to a few thousand records (a few hundred Sicilian dossiers), and for every dossier kind the validator reads its first valid
// fixture (`Fixtures/KIND/valid/*.json`, sorted by name), validated RECORDS times; the
// exchange view reads one placement with RECORDS exchange records (ExchangeCorpus).
//
// Each path but the two file readers runs once on a single record before `runPhase`, so that
// first-use costs (a rule set built lazily) are not counted. It prints `records N checksum C`: compare-performance divides the count by N.
import ActivityCorpus
import ExchangeCorpus
import Foundation
import NetworkCorpus
import SPOICorpus
import SicilyCorpus
import Sociosan
import SociosanJSON
import StaffingCorpus

/// A path of the guard and its default number of records (chosen so that every path costs a
/// few seconds under callgrind).
struct MeasuredPath {
    let name: String
    let records: Int
    /// Our code (guarded by `--check`) or a reference point (jansson's parse, Foundation),
    /// recorded for the ratios only.
    let guarded: Bool
}

let fixedPaths: [MeasuredPath] = [
    MeasuredPath(name: "spoi-parse", records: 200, guarded: false),
    MeasuredPath(name: "spoi-decode", records: 200, guarded: true),
    MeasuredPath(name: "spoi-decode+validate", records: 200, guarded: true),
    MeasuredPath(name: "spoi-encode", records: 200, guarded: true),
    MeasuredPath(name: "spoi-foundation-decode", records: 100, guarded: false),
    MeasuredPath(name: "spoi-foundation-encode", records: 100, guarded: false),
    MeasuredPath(name: "network-jansson-parse", records: 10_000, guarded: false),
    MeasuredPath(name: "network", records: 10_000, guarded: true),
    MeasuredPath(name: "indicators-jansson-parse", records: 3_000, guarded: false),
    MeasuredPath(name: "indicators", records: 3_000, guarded: true),
    // `sociosan implemental indicators` minus printing (issue 15: ImplementalCorpus, the kind's
    // line fast path into the calculator) against jansson's parse of the same lines.
    MeasuredPath(name: "implemental-jansson-parse", records: 5_000, guarded: false),
    MeasuredPath(name: "implemental-indicators", records: 5_000, guarded: true),
    MeasuredPath(name: "staffing-batch", records: 1_000_000, guarded: true),
    MeasuredPath(name: "staffing-batch-direct", records: 1_000_000, guarded: true),
    // The Sicilian line of issue 11 (SicilyCorpus: every valid fixture of every `sicily.*` kind
    // in turn): `DossierValidator.validate` against jansson's parse of the same bytes.
    MeasuredPath(name: "sicily-jansson-parse", records: 400, guarded: false),
    MeasuredPath(name: "sicily-validate", records: 400, guarded: true),
    // One record is one exchange record of the placement: the count per record is the view's
    // cost per exchange, and the parse of the same bytes is its floor.
    MeasuredPath(name: "exchange-view-jansson-parse", records: 2_000, guarded: false),
    MeasuredPath(name: "exchange-view", records: 2_000, guarded: true),
]

/// Each validated kind: the whole `DossierValidator.validate` of a parsed document (envelope,
/// decoding, rules) over the kind's first valid fixture.
let validationRecords = 100
let validationPrefix = "validate:"

func firstValidFixture(root: String, kind: String) -> String? {
    let folder = "\(root)/Fixtures/\(kind)/valid"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
    return names.filter { $0.hasSuffix(".json") }.sorted().first.map { "\(folder)/\($0)" }
}

func allPaths(root: String) -> [(MeasuredPath, String?)] {
    var paths = fixedPaths.map { ($0, String?.none) }
    for codec in DossierRegistry.codecs {
        let kind = codec.info.kind.rawValue
        if let fixture = firstValidFixture(root: root, kind: kind) {
            paths.append((MeasuredPath(name: validationPrefix + kind, records: validationRecords, guarded: true), fixture))
        }
    }
    return paths
}

/// What a path runs over, made before the measured region.
enum Input {
    case lines(SPOICorpus.Lines)
    case dossiers([StructureDossier])
    case file(String)
    case staffing(StaffingCorpus.Run)
    case document([UInt8])
    case placement([UInt8], ExchangeCorpus.Access)
}

func prepare(_ path: String, records: Int, root: String, workdir: String) -> Input {
    switch path {
    case "spoi-parse", "spoi-decode", "spoi-decode+validate", "spoi-foundation-decode":
        return .lines(SPOICorpus.Lines(count: records))
    case "spoi-encode", "spoi-foundation-encode":
        return .dossiers(SPOICorpus.dossiers(count: records))
    case "sicily-jansson-parse", "sicily-validate":
        return .lines(SicilyCorpus.lines(count: records))
    case "network", "network-jansson-parse":
        let file = "\(workdir)/network-\(records).jsonl"
        _ = NetworkCorpus.writeJSONLines(count: records, to: file)
        return .file(file)
    case "indicators", "indicators-jansson-parse":
        let file = "\(workdir)/activity-\(records).jsonl"
        _ = ActivityCorpus.writeJSONLines(count: records, to: file)
        return .file(file)
    case "implemental-indicators", "implemental-jansson-parse":
        let file = "\(workdir)/implemental-\(records).jsonl"
        _ = ImplementalCorpus.writeJSONLines(count: records, to: file)
        return .file(file)
    case "staffing-batch", "staffing-batch-direct":
        let capacity = path == "staffing-batch" ? StaffingBatchEvaluator.defaultTableCapacity : 0
        let run = StaffingCorpus.Run(structures: StaffingCorpus.Structures(count: records),
                                     evaluator: try! StaffingBatchEvaluator(tableCapacity: capacity))
        return .staffing(run)
    case "exchange-view", "exchange-view-jansson-parse":
        return .placement(ExchangeCorpus.placement(exchanges: records), ExchangeCorpus.Access.load())
    case let name where name.hasPrefix(validationPrefix):
        let kind = String(name.dropFirst(validationPrefix.count))
        guard let fixture = firstValidFixture(root: root, kind: kind),
              let data = FileManager.default.contents(atPath: fixture) else {
            fatalError("no valid fixture for \(kind) under \(root)/Fixtures")
        }
        return .document(Array(data))
    default:
        fatalError("unknown path \(path)")
    }
}

/// The measured region: callgrind collects from its entry to its return.
@inline(never)
func runPhase(_ path: String, records: Int, input: Input) -> Int {
    measure(path, records: records, input: input)
}

/// One pass of `path` over `input`; called once outside `runPhase` on a single record first, so
/// that one-time costs (a rule set or a table built on first use) are not counted as the path's.
@inline(never)
func measure(_ path: String, records: Int, input: Input) -> Int {
    var checksum = 0
    switch (path, input) {
    case ("spoi-parse", .lines(let lines)):
        lines.forEachLine { checksum &+= try! JSONDocument.parse($0).root.count }
    case ("spoi-decode", .lines(let lines)):
        lines.forEachLine { checksum &+= try! StructureDossier.decode(document: try! JSONDocument.parse($0)).beds }
    case ("spoi-decode+validate", .lines(let lines)):
        lines.forEachLine { line in
            let dossier = try! StructureDossier.decode(document: try! JSONDocument.parse(line))
            checksum &+= SPOIRules.ruleSet.evaluate(dossier).count
        }
    case ("sicily-jansson-parse", .lines(let lines)):
        lines.forEachLine { checksum &+= try! JSONDocument.parse($0).root.count }
    case ("sicily-validate", .lines(let lines)):
        lines.forEachLine { line in
            let result = DossierValidator.validate(try! JSONDocument.parse(line))
            precondition(result.isValid, "sicily-validate: a dossier of \(result.kind ?? "?") is not valid: \(result.findings)")
            checksum &+= result.findings.count
        }
    case ("spoi-foundation-decode", .lines(let lines)):
        let decoder = JSONDecoder()
        lines.forEachLine { line in
            checksum &+= try! decoder.decode(StructureDossier.self, from: Data(bytes: line.baseAddress!, count: line.count)).beds
        }
    case ("spoi-encode", .dossiers(let dossiers)):
        for dossier in dossiers { checksum &+= dossier.encoded(style: .compact).count }
    case ("spoi-foundation-encode", .dossiers(let dossiers)):
        let encoder = JSONEncoder()
        for dossier in dossiers { checksum &+= try! encoder.encode(dossier).count }
    case ("network", .file(let file)):
        let outcome = NetworkCorpus.runNetwork(path: file)
        precondition(outcome.lines == records && outcome.invalid == 0, "\(outcome)")
        checksum = outcome.failingIDs &+ outcome.total.structures
    case ("network-jansson-parse", .file(let file)):
        checksum = NetworkCorpus.runJanssonParse(path: file)
    case ("indicators", .file(let file)):
        let outcome = ActivityCorpus.runIndicators(path: file)
        precondition(outcome.lines == records && outcome.invalid == 0, "\(outcome)")
        checksum = outcome.checksum
    case ("indicators-jansson-parse", .file(let file)), ("implemental-jansson-parse", .file(let file)):
        checksum = ActivityCorpus.runJanssonParse(path: file)
    case ("implemental-indicators", .file(let file)):
        let outcome = ImplementalCorpus.runIndicators(path: file)
        precondition(outcome.lines == records && outcome.invalid == 0, "\(outcome)")
        checksum = outcome.checksum
    case (_, .staffing(let run)):
        precondition(run.evaluate() == 0, "the staffing corpus has inadmissible structures")
        checksum = Int(run.totals[records - 1])
    case ("exchange-view", .placement(let bytes, let access)):
        checksum = ExchangeCorpus.view(bytes, access: access).count
    case ("exchange-view-jansson-parse", .placement(let bytes, _)):
        checksum = ExchangeCorpus.janssonParse(bytes)
    case (_, .document(let bytes)):
        for index in 0..<records {
            let result = bytes.withUnsafeBytes { DossierValidator.validate(try! JSONDocument.parse($0), index: index) }
            precondition(result.isValid, "\(path): the fixture is not valid: \(result.findings)")
            checksum &+= result.findings.count
        }
    default:
        fatalError("path \(path) does not take this input")
    }
    return checksum
}

let arguments = CommandLine.arguments
func usage() -> Never {
    print("usage: instruction-count list ROOT | run PATH RECORDS ROOT WORKDIR")
    exit(2)
}
guard arguments.count >= 3 else { usage() }
switch arguments[1] {
case "list":
    for (path, fixture) in allPaths(root: arguments[2]) {
        print([path.name, String(path.records), path.guarded ? "guarded" : "reference", fixture ?? ""].joined(separator: "\t"))
    }
case "run":
    guard arguments.count >= 6, let records = Int(arguments[3]), records > 0 else { usage() }
    let path = arguments[2]
    if !path.hasPrefix("network"), !path.hasPrefix("indicators") {
        // The file readers' one-time costs are few against their thousands of lines.
        _ = measure(path, records: 1, input: prepare(path, records: 1, root: arguments[4], workdir: arguments[5]))
    } else {
        // But not the registry of every dossier kind, built on first use (once a process): it
        // grows with each kind registered, and counted inside the phase it made `indicators`
        // look 22 % dearer a line once the kinds of issues 11-15 were in, with no line costing more.
        precondition(!DossierRegistry.codecs.isEmpty)
    }
    let input = prepare(path, records: records, root: arguments[4], workdir: arguments[5])
    let checksum = runPhase(path, records: records, input: input)
    if case .file(let file) = input { unlink(file) }
    print("records \(records) checksum \(checksum)")
default:
    usage()
}
