// Runs one phase of the indicator benchmarks once, for a profiler or a memory check:
//
//     indicators-profile write 100000 /tmp/activity.jsonl      # the corpus (ActivityCorpus), once
//     indicators-profile indicators /tmp/activity.jsonl          # prints the outcome and peak RSS
//     valgrind --tool=callgrind --toggle-collect='*runPhase*' .build/release/indicators-profile indicators /tmp/activity.jsonl
//
// Phases: indicators (ActivityReader + ERIndicatorCalculator), decode (ActivityReader only),
// jansson-parse (parse only).
import ActivityCorpus
import Foundation
import Sociosan
import SociosanJSON

let arguments = CommandLine.arguments
func usage() -> Never {
    print("usage: indicators-profile write COUNT PATH | indicators|decode|jansson-parse PATH")
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
    case "jansson-parse": return "\(ActivityCorpus.runJanssonParse(path: path)) members"
    default: usage()
    }
}

switch arguments[1] {
case "write":
    guard arguments.count >= 4, let count = Int(arguments[2]) else { usage() }
    let bytes = ActivityCorpus.writeJSONLines(count: count, to: arguments[3])
    print("\(count) lines, \(bytes) bytes (\(bytes / max(count, 1)) a line)")
case let phase:
    let outcome = runPhase(phase, path: arguments[2])
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print("\(phase): \(outcome); peak RSS \(usage.ru_maxrss / 1024) MB")
}
