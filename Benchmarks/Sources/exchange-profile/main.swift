// Writes the placement of the `exchange-view-10k` benchmark, and runs one view for a profiler:
//
//     exchange-profile write 10000 /tmp/placement-10k.json     # the placement (ExchangeCorpus)
//     exchange-profile view 10000                              # one view, as `sociosan exchange view`
//     exchange-profile jansson-parse 10000                     # the floor: the parse alone
//     exchange-profile view-before 10000                       # the view as made before issue 13's work
//     exchange-profile check 10000                             # the fast view writes the same bytes
//     valgrind --tool=callgrind --toggle-collect='*runPhase*' .build/release/exchange-profile view 10000
//
// The CLI on the written file: `sociosan exchange view /tmp/placement-10k.json --as op-ct-ponte-05
// --grants Fixtures/er.addiction.placement/access/grants.json --at 2025-11-10 --format json`.
import ExchangeCorpus
import Foundation

let arguments = CommandLine.arguments
func usage() -> Never {
    print("usage: exchange-profile write COUNT PATH | view|view-before|jansson-parse|check COUNT")
    exit(2)
}
guard arguments.count >= 3, let count = Int(arguments[2]), count > 0 else { usage() }

@inline(never)
func runPhase(_ phase: String, bytes: [UInt8], access: ExchangeCorpus.Access) -> Int {
    switch phase {
    case "view": return ExchangeCorpus.view(bytes, access: access).count
    case "view-before":
        let before = ExchangeCorpus.viewAsBefore(bytes, access: access)
        return before.decision.count + before.placement.count
    case "jansson-parse": return ExchangeCorpus.janssonParse(bytes)
    default: usage()
    }
}

switch arguments[1] {
case "write":
    guard arguments.count >= 4 else { usage() }
    let bytes = ExchangeCorpus.placement(exchanges: count)
    guard FileManager.default.createFile(atPath: arguments[3], contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
        fatalError("cannot write \(arguments[3])")
    }
    print("\(count) exchanges, \(bytes.count) bytes")
case "check":
    let same = ExchangeCorpus.check(ExchangeCorpus.placement(exchanges: count), access: ExchangeCorpus.Access.load())
    print(same ? "the fast view writes the same bytes" : "the fast view differs")
    exit(same ? 0 : 1)
case let phase:
    let bytes = ExchangeCorpus.placement(exchanges: count)
    let access = ExchangeCorpus.Access.load()
    print("\(phase): \(runPhase(phase, bytes: bytes, access: access))")
}
