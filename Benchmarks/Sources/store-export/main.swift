// store-export PATH [COUNT]
//
// Writes the dossiers of the `store-put-durable` benchmark (StoreCorpus.durableLines, COUNT
// defaults to 500) as JSON Lines to PATH, for Tools/sqlite_store_baseline.py.
import Glibc
import SPOICorpus

let arguments = CommandLine.arguments
guard arguments.count >= 2, arguments.count <= 3 else {
    print("usage: store-export PATH [COUNT]")
    exit(2)
}
let count = arguments.count == 3 ? Int(arguments[2]) ?? 500 : 500
StoreCorpus.writeJSONLines(StoreCorpus.durableLines(count: count), to: arguments[1])
