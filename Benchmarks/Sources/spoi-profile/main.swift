// Runs one phase of the benchmarks over the SPOI corpus, once, for a profiler:
//
//     spoi-profile decode 20000
//     valgrind --tool=callgrind --toggle-collect='*runPhase*' .build/release/spoi-profile decode 20000
//
// Phases: parse (jansson only), decode (parse + map), validate (decode + rules), encode,
// foundation-decode, foundation-encode; check (ours and Foundation agree on every dossier),
// size (the corpus size), dump (the JSON Lines), findings (which rules the corpus breaks).
// The corpus is built before the phase starts, so a profiler that collects only inside
// `runPhase` sees the phase alone.
import Foundation
import SPOICorpus
import Sociosan
import SociosanJSON

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: spoi-profile parse|decode|validate|encode|foundation-decode|foundation-encode|check|size [count]")
    exit(2)
}
let phase = arguments[1]
let count = arguments.count > 2 ? Int(arguments[2]) ?? SPOICorpus.standardCount : SPOICorpus.standardCount

@inline(never)
func runPhase(_ phase: String, lines: SPOICorpus.Lines, dossiers: [StructureDossier]) -> Int {
    var checksum = 0
    switch phase {
    case "parse":
        lines.forEachLine { line in
            let document = try! JSONDocument.parse(line)
            checksum &+= document.root.count
        }
    case "decode":
        lines.forEachLine { line in
            let document = try! JSONDocument.parse(line)
            checksum &+= try! StructureDossier.decode(document: document).beds
        }
    case "validate":
        lines.forEachLine { line in
            let document = try! JSONDocument.parse(line)
            checksum &+= SPOIRules.ruleSet.evaluate(try! StructureDossier.decode(document: document)).count
        }
    case "encode":
        for dossier in dossiers { checksum &+= dossier.encoded(style: .compact).count }
    case "foundation-decode":
        let decoder = JSONDecoder()
        lines.forEachLine { line in
            checksum &+= try! decoder.decode(StructureDossier.self, from: Data(bytes: line.baseAddress!, count: line.count)).beds
        }
    case "foundation-encode":
        let encoder = JSONEncoder()
        for dossier in dossiers { checksum &+= try! encoder.encode(dossier).count }
    default:
        break
    }
    return checksum
}

func report(_ phase: String, _ elapsed: Duration, _ checksum: Int) {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(phase): \(count) dossiers in \(seconds) s, \(seconds / Double(count) * 1e6) µs a dossier (checksum \(checksum))")
}

switch phase {
case "size":
    let lines = SPOICorpus.Lines(count: count)
    print("\(lines.count) dossiers, \(lines.totalBytes) bytes of JSON Lines (\(lines.totalBytes / lines.count) bytes a dossier on average)")
case "check":
    let lines = SPOICorpus.Lines(count: count)
    let decoder = JSONDecoder()
    var invalid = 0
    for index in 0..<lines.count {
        lines.withLine(index) { line in
            let ours = try! StructureDossier.decode(document: try! JSONDocument.parse(line))
            let theirs = try! decoder.decode(StructureDossier.self, from: Data(bytes: line.baseAddress!, count: line.count))
            precondition(ours == theirs && ours == SPOICorpus.dossier(index), "dossier \(index) differs")
            if SPOIRules.ruleSet.evaluate(ours).contains(where: { $0.severity == .error }) { invalid += 1 }
        }
    }
    print("\(lines.count) dossiers agree; \(invalid) have error findings")
case "dump":
    let lines = SPOICorpus.Lines(count: count)
    lines.forEachLine { line in print(String(decoding: line, as: UTF8.self), terminator: "") }
case "findings":
    var byRule: [String: Int] = [:]
    var invalid = 0
    for index in 0..<count {
        let findings = SPOIRules.ruleSet.evaluate(SPOICorpus.dossier(index))
        if findings.contains(where: { $0.severity == .error }) { invalid += 1 }
        for finding in findings { byRule["\(finding.ruleID.rawValue) (\(finding.severity))", default: 0] += 1 }
    }
    for (rule, times) in byRule.sorted(by: { $0.value > $1.value }) { print("\(times)\t\(rule)") }
    print("\(invalid) of \(count) dossiers have error findings")
case "parse", "decode", "validate", "foundation-decode":
    let lines = SPOICorpus.Lines(count: count)
    let start = ContinuousClock.now
    let checksum = runPhase(phase, lines: lines, dossiers: [])
    report(phase, ContinuousClock.now - start, checksum)
case "encode", "foundation-encode":
    let dossiers = SPOICorpus.dossiers(count: count)
    let start = ContinuousClock.now
    let checksum = runPhase(phase, lines: SPOICorpus.Lines(dossiers: []), dossiers: dossiers)
    report(phase, ContinuousClock.now - start, checksum)
default:
    print("unknown phase \(phase)")
    exit(2)
}
