// Runs one phase of the network benchmarks once, for a profiler:
//
//     network-profile write 20000 /tmp/network.jsonl      # the corpus (NetworkCorpus), once
//     network-profile network /tmp/network.jsonl
//     valgrind --tool=callgrind --toggle-collect='*runPhase*' .build/release/network-profile network /tmp/network.jsonl
//
// Phases: network (NetworkReader + NetworkTally), jansson-parse (parse only), foundation
// (JSONDecoder + NetworkTally), check (network and foundation agree on the file).
import Foundation
import NetworkCorpus
import Sociosan
import SociosanJSON

let arguments = CommandLine.arguments
func usage() -> Never {
    print("usage: network-profile write COUNT PATH | network|jansson-parse|foundation|check PATH")
    exit(2)
}
guard arguments.count >= 3 else { usage() }

@inline(never)
func runPhase(_ phase: String, path: String) -> String {
    switch phase {
    case "network": return NetworkCorpus.runNetwork(path: path).description
    case "jansson-parse": return "\(NetworkCorpus.runJanssonParse(path: path)) members"
    case "foundation": return NetworkCorpus.runFoundation(path: path).description
    default: usage()
    }
}

switch arguments[1] {
case "write":
    guard arguments.count >= 4, let count = Int(arguments[2]) else { usage() }
    let bytes = NetworkCorpus.writeJSONLines(count: count, to: arguments[3])
    print("\(count) lines, \(bytes) bytes (\(bytes / max(count, 1)) a line)")
case "check":
    let ours = NetworkCorpus.runNetwork(path: arguments[2])
    let theirs = NetworkCorpus.runFoundation(path: arguments[2])
    print("network:    \(ours)\nfoundation: \(theirs)")
    precondition(ours == theirs, "network and foundation disagree")
    // The tally's roster check against the calculator's, structure by structure.
    var reader = try! JSONLinesReader(path: arguments[2])
    var tally = NetworkTally()
    var checked = 0
    while try! reader.nextLine({ line in
        let structure = try! StaffedStructure.decode(document: try! JSONDocument.parse(line.bytes))
        let outcome = tally.add(structure)
        guard let roster = structure.roster else { return }
        let expected = try! StaffingCalculator.check(roster, against: structure.standard!, capacity: structure.capacity, parameters: structure.parameters)
        switch outcome {
        case .met(let check): precondition(check == expected && expected.isMet, "line \(line.lineNumber)")
        case .failing(let check, let first, let count):
            precondition(check == expected && !expected.isMet, "line \(line.lineNumber)")
            precondition(expected.failureSummary.map { $0.first == first && $0.count == count } == true)
        default: preconditionFailure("line \(line.lineNumber): \(outcome)")
        }
        checked += 1
    }) != nil {}
    print("they agree; \(checked) roster checks equal StaffingCalculator.check")
case let phase:
    let start = ContinuousClock.now
    let result = runPhase(phase, path: arguments[2])
    let elapsed = ContinuousClock.now - start
    print("\(phase): \(elapsed) (\(result))")
}
