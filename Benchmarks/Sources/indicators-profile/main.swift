// Runs one phase of the indicator benchmarks once, for a profiler or a memory check:
//
//     indicators-profile write 100000 /tmp/activity.jsonl      # the corpus (ActivityCorpus), once
//     indicators-profile indicators /tmp/activity.jsonl          # prints the outcome and peak RSS
//     valgrind --tool=callgrind --toggle-collect='*runPhase*' .build/release/indicators-profile indicators /tmp/activity.jsonl
//
//     indicators-profile write-implemental 1000000 /tmp/implemental.jsonl   # ImplementalCorpus
//     indicators-profile implemental-indicators /tmp/implemental.jsonl
//
// Phases: indicators (ActivityReader + ERIndicatorCalculator), decode (ActivityReader only),
// implemental-indicators (DeclaredLinesReader with the line fast path + ImplementalIndicatorCalculator),
// implemental-generic (the same without the fast path), jansson-parse (parse only, any file).
import ActivityCorpus
import Foundation
import Sociosan
import SociosanJSON

let arguments = CommandLine.arguments
func usage() -> Never {
    print("usage: indicators-profile write|write-implemental COUNT PATH | indicators|decode|implemental-indicators|implemental-generic|jansson-parse PATH")
    exit(2)
}
guard arguments.count >= 3 else { usage() }

@inline(never)
func runPhase(_ phase: String, path: String) -> String {
    switch phase {
    case "indicators": return ActivityCorpus.runIndicators(path: path).description
    case "decode":
        var records = 0
        try! ActivityReader.forEach(path: path) { if $0.record != nil { records += 1 } }
        return "\(records) records"
    case "implemental-indicators": return ImplementalCorpus.runIndicators(path: path).description
    case "implemental-generic": return ImplementalCorpus.runIndicators(path: path, fastPath: false).description
    case "jansson-parse": return "\(ActivityCorpus.runJanssonParse(path: path)) members"
    default: usage()
    }
}

switch arguments[1] {
case "write":
    guard arguments.count >= 4, let count = Int(arguments[2]) else { usage() }
    let bytes = ActivityCorpus.writeJSONLines(count: count, to: arguments[3])
    print("\(count) lines, \(bytes) bytes (\(bytes / max(count, 1)) a line)")
case "write-implemental":
    guard arguments.count >= 4, let count = Int(arguments[2]) else { usage() }
    let bytes = ImplementalCorpus.writeJSONLines(count: count, to: arguments[3])
    print("\(count) lines, \(bytes) bytes (\(bytes / max(count, 1)) a line)")
case let phase:
    let outcome = runPhase(phase, path: arguments[2])
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\(phase): \(outcome); peak RSS \(usage.ru_maxrss / 1024) MB")
}
