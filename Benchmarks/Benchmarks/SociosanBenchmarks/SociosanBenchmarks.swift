// Sociosan's JSON path (jansson + SociosanJSON) against Foundation's Codable, on one
// deterministic corpus of 100,000 realistic SPOI dossiers (266 MB of JSON Lines; see
// SPOICorpus). One iteration processes the whole corpus, so the wall-clock figures are
// "time per 100,000 dossiers" and ratios between benchmarks compare like with like.
//
// The benchmark tool runs every benchmark in a fresh process of this executable; each
// setup rebuilds the same corpus (it is deterministic) outside the measured region.
//
//     swift package --package-path Benchmarks benchmark                 # all, as a table
//     Tools/compare-performance                                          # the target ratios
import Benchmark
import Foundation
import NetworkCorpus
import ActivityCorpus
import ExchangeCorpus
import SPOICorpus
import SicilyCorpus
import Sociosan
import SociosanJSON
import SociosanStore
import StaffingCorpus

/// The corpus every throughput benchmark reads.
let corpusCount = SPOICorpus.standardCount

let benchmarks: @Sendable () -> Void = {
    // One iteration is a whole pass over 100,000 dossiers (seconds, not microseconds), so a
    // few iterations give a stable median; no warm-up pass, the median drops a cold first one.
    // The whole run stays around 3-4 minutes on 2 cores.
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 3
    )
    // Passes of a few seconds or less: more of them.
    let fastConfiguration = Benchmark.Configuration(maxIterations: 5)

    // MARK: Decoding

    /// The floor: jansson's parse of every line and the document's release, nothing more.
    Benchmark("jansson-parse", configuration: fastConfiguration) { _, corpus in
        corpus.forEachLine { line in
            let document = try! JSONDocument.parse(line)
            blackHole(document)
        }
    } setup: {
        SPOICorpus.Lines(count: corpusCount)
    }

    /// Parse and map every line into an SPOI `StructureDossier` (envelope checks included).
    Benchmark("decode") { _, corpus in
        corpus.forEachLine { line in
            let document = try! JSONDocument.parse(line)
            blackHole(try! StructureDossier.decode(document: document))
        }
    } setup: {
        SPOICorpus.Lines(count: corpusCount)
    }

    /// Parse, map and judge every dossier with the SPOI rules.
    Benchmark("decode+validate") { _, corpus in
        corpus.forEachLine { line in
            let document = try! JSONDocument.parse(line)
            let dossier = try! StructureDossier.decode(document: document)
            blackHole(SPOIRules.ruleSet.evaluate(dossier))
        }
    } setup: {
        SPOICorpus.Lines(count: corpusCount)
    }

    /// The Foundation baseline: `JSONDecoder` with the core's `Codable` conformance, one
    /// `Data` per line (one decoder reused, which favours the baseline slightly).
    Benchmark("foundation-decode") { (_, corpus: SPOICorpus.Lines) in
        let decoder = JSONDecoder()
        corpus.forEachLine { line in
            let data = Data(bytes: line.baseAddress!, count: line.count)
            blackHole(try! decoder.decode(StructureDossier.self, from: data))
        }
    } setup: { () -> SPOICorpus.Lines in
        let corpus = SPOICorpus.Lines(count: corpusCount)
        // Both paths must read the same dossiers, or the comparison means nothing.
        for index in stride(from: 0, to: corpus.count, by: corpus.count / 50) {
            corpus.withLine(index) { line in
                let ours = try! StructureDossier.decode(document: try! JSONDocument.parse(line))
                let theirs = try! JSONDecoder().decode(StructureDossier.self, from: Data(bytes: line.baseAddress!, count: line.count))
                precondition(ours == theirs && ours == SPOICorpus.dossier(index), "dossier \(index) decodes differently")
            }
        }
        return corpus
    }

    // MARK: Sicilian dossiers of mixed kinds

    /// The floor of the Sicilian line: jansson's parse of 100,000 Sicilian dossiers of mixed
    /// kinds (the valid fixtures of every `sicily.*` kind in turn) and the documents' release.
    Benchmark("sicily-jansson-parse", configuration: fastConfiguration) { _, corpus in
        corpus.forEachLine { line in
            blackHole(try! JSONDocument.parse(line))
        }
    } setup: {
        SicilyCorpus.lines(count: SicilyCorpus.standardCount)
    }

    /// Validating the same bytes as `sociosan validate` does (minus printing): parse, read the
    /// envelope, decode the dossier of its kind and run that kind's rules
    /// (`DossierValidator.validate`). Every dossier is valid, which the setup checks on a sample.
    Benchmark("sicily-validate", configuration: fastConfiguration) { _, corpus in
        corpus.forEachLine { line in
            blackHole(DossierValidator.validate(try! JSONDocument.parse(line)))
        }
    } setup: { () -> SPOICorpus.Lines in
        let corpus = SicilyCorpus.lines(count: SicilyCorpus.standardCount)
        for index in stride(from: 0, to: corpus.count, by: 97) {
            corpus.withLine(index) { line in
                let result = DossierValidator.validate(try! JSONDocument.parse(line))
                precondition(result.isValid, "dossier \(index) (\(result.kind ?? "?")) is not valid: \(result.findings)")
            }
        }
        return corpus
    }

    // MARK: Exchange view (issue 13)

    /// One `sociosan exchange view` (minus reading the files and printing) of a placement with
    /// 10,000 exchange records (ExchangeCorpus, about 5 MB): parse, decode, the error rules,
    /// the decision, the view's bytes. Target: under 50 ms a view. One iteration is one view.
    let exchangeConfiguration = Benchmark.Configuration(maxIterations: 30)
    Benchmark("exchange-view-10k", configuration: exchangeConfiguration) { _, input in
        blackHole(ExchangeCorpus.view(input.bytes, access: input.access))
    } setup: {
        (bytes: ExchangeCorpus.placement(exchanges: 10_000), access: ExchangeCorpus.Access.load())
    }

    /// The floor of the view: jansson's parse of the same bytes and the document's release.
    Benchmark("exchange-view-10k-jansson-parse", configuration: exchangeConfiguration) { _, bytes in
        blackHole(ExchangeCorpus.janssonParse(bytes))
    } setup: {
        ExchangeCorpus.placement(exchanges: 10_000)
    }

    // MARK: Encoding

    /// Compact canonical JSON of every dossier with SociosanJSON's writer.
    Benchmark("encode", configuration: fastConfiguration) { _, dossiers in
        for dossier in dossiers {
            blackHole(dossier.encoded(style: .compact))
        }
    } setup: {
        SPOICorpus.dossiers(count: corpusCount)
    }

    /// The Foundation baseline: `JSONEncoder` (compact, one encoder reused) per dossier.
    Benchmark("foundation-encode") { _, dossiers in
        let encoder = JSONEncoder()
        for dossier in dossiers {
            blackHole(try! encoder.encode(dossier))
        }
    } setup: {
        SPOICorpus.dossiers(count: corpusCount)
    }

    // MARK: Many findings in one dossier

    /// One eating-disorder dossier whose rooms all share one id: every room after the first is
    /// a finding with a location. The time must grow with the dossier, not with its square
    /// (issue 16: 8,000 duplicate rooms took 27 s against under 1 s for 1,000).
    for rooms in [1_000, 8_000] {
        Benchmark("validate-duplicate-rooms-\(rooms / 1_000)k", configuration: fastConfiguration) { _, text in
            let result = DossierValidator.validate(text: text)
            precondition(result.findings.count >= min(rooms - 1, FormatRules.findingsLimit), "expected a finding per duplicate room, up to the limit")
            blackHole(result)
        } setup: {
            duplicateRoomsDossier(rooms: rooms)
        }
    }

    // MARK: JSON Lines memory

    /// `DossierValidator.validateFile` on a JSON Lines file: peak resident memory must not
    /// grow with the file (10,000 against 100,000 dossiers, 27 MB against 266 MB).
    for count in [10_000, 100_000] {
        let path = temporaryPath("sociosan-bench-\(getpid())-\(count).jsonl")
        Benchmark(
            "validate-jsonl-memory-\(count / 1_000)k",
            configuration: .init(
                metrics: [.peakMemoryResident, .peakMemoryResidentDelta, .wallClock, .mallocCountTotal],
                units: [.peakMemoryResident: .kilo, .peakMemoryResidentDelta: .kilo],
                warmupIterations: 0,
                maxDuration: .seconds(60),
                maxIterations: count > 10_000 ? 2 : 5
            )
        ) { _ in
            var results = 0
            var invalid = 0
            try! DossierValidator.validateFile(atPath: path) { result in
                results += 1
                if !result.isValid { invalid += 1 }
            }
            precondition(results == count, "validated \(results) of \(count) dossiers")
            blackHole(invalid)
        } setup: {
            _ = SPOICorpus.writeJSONLines(count: count, to: path)
        } teardown: {
            unlink(path)
        }
    }

    // MARK: Network

    /// `sociosan network` over a 1,000,000-line JSON Lines file of structures (NetworkCorpus:
    /// mixed types, provinces, 10 % rosters, 1 % failing), written to a temp file in setup:
    /// `network` is NetworkReader + NetworkTally (the command minus printing),
    /// `network-jansson-parse` jansson's parse of every line alone (the floor),
    /// `network-foundation` the same job with `JSONDecoder` per line into `StaffedStructure`
    /// (the core's Codable) and the same tally. `network-memory-100k` / `-1000k`: peak
    /// resident memory of `network` must not grow with the file.
    let networkConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        units: [.peakMemoryResident: .kilo],
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    let networkJobs: [(String, Int, @Sendable (String) -> Void)] = [
        ("network", NetworkCorpus.standardCount, { path in
            let outcome = NetworkCorpus.runNetwork(path: path)
            precondition(outcome.lines == NetworkCorpus.standardCount && outcome.invalid == 0, "\(outcome)")
            blackHole(outcome)
        }),
        ("network-jansson-parse", NetworkCorpus.standardCount, { path in
            blackHole(NetworkCorpus.runJanssonParse(path: path))
        }),
        ("network-foundation", NetworkCorpus.standardCount, { path in
            let outcome = NetworkCorpus.runFoundation(path: path)
            precondition(outcome.lines == NetworkCorpus.standardCount && outcome.invalid == 0, "\(outcome)")
            blackHole(outcome)
        }),
        ("network-memory-100k", 100_000, { path in blackHole(NetworkCorpus.runNetwork(path: path)) }),
        ("network-memory-1000k", 1_000_000, { path in blackHole(NetworkCorpus.runNetwork(path: path)) }),
    ]
    for (name, count, job) in networkJobs {
        let path = temporaryPath("sociosan-bench-\(getpid())-\(name).jsonl")
        var configuration = networkConfiguration
        if name == "network-foundation" { configuration.maxIterations = 3 }
        Benchmark(name, configuration: configuration) { _ in
            job(path)
        } setup: {
            NetworkCorpus.writeJSONLines(count: count, to: path)
            if name == "network-foundation" {
                // Both paths must total the same network, or the comparison means nothing.
                let check = temporaryPath("sociosan-bench-\(getpid())-network-check.jsonl")
                NetworkCorpus.writeJSONLines(count: 50_000, to: check)
                let ours = NetworkCorpus.runNetwork(path: check)
                let theirs = NetworkCorpus.runFoundation(path: check)
                unlink(check)
                precondition(ours == theirs && ours.failing > 0, "network and foundation disagree: \(ours) / \(theirs)")
            }
        } teardown: {
            unlink(path)
        }
    }

    // MARK: Indicators

    /// `sociosan indicators` over a 1,000,000-line activity file (ActivityCorpus: 85 % stays,
    /// 15 % events, 60 structures, 50,000 patients, ten years in admission order), written to a temp file in
    /// setup: `indicators` is ActivityReader + ERIndicatorCalculator (the command minus
    /// printing), `indicators-jansson-parse` jansson's parse of every line alone (the floor).
    /// `indicators-memory-100k` / `-300k` / `-1000k`: peak resident memory of `indicators`, the
    /// whole process (harness, corpus written in setup, reader, calculator and the results, which
    /// are output: one per indicator, structure and year; see Benchmarks/README.md).
    let indicatorJobs: [(String, Int, @Sendable (String) -> Void)] = [
        ("indicators", ActivityCorpus.standardCount, { path in
            let outcome = ActivityCorpus.runIndicators(path: path)
            precondition(outcome.lines == ActivityCorpus.standardCount && outcome.invalid == 0 && outcome.onePass, "\(outcome)")
            blackHole(outcome)
        }),
        ("indicators-jansson-parse", ActivityCorpus.standardCount, { path in
            blackHole(ActivityCorpus.runJanssonParse(path: path))
        }),
        ("indicators-memory-100k", 100_000, { path in blackHole(ActivityCorpus.runIndicators(path: path)) }),
        // Three years: past the warm-up a one-year file never leaves (the 12-month window never
        // full, the patient table still filling), so 1M vs 300k compares steady states.
        ("indicators-memory-300k", 300_000, { path in blackHole(ActivityCorpus.runIndicators(path: path)) }),
        ("indicators-memory-1000k", 1_000_000, { path in blackHole(ActivityCorpus.runIndicators(path: path)) }),
    ]
    /// One benchmark a job, over a corpus file of the job's count of lines that `write` makes
    /// in setup (and that is removed after).
    func corpusFileBenchmarks(_ jobs: [(String, Int, @Sendable (String) -> Void)], write: @escaping @Sendable (Int, String) -> Void) {
        for (name, count, job) in jobs {
            let path = temporaryPath("sociosan-bench-\(getpid())-\(name).jsonl")
            Benchmark(name, configuration: networkConfiguration) { _ in
                job(path)
            } setup: {
                write(count, path)
            } teardown: {
                unlink(path)
            }
        }
    }
    corpusFileBenchmarks(indicatorJobs) { ActivityCorpus.writeJSONLines(count: $0, to: $1) }

    // MARK: ImpleMENTAL indicators

    /// `sociosan implemental indicators` over a 1,000,000-line ImpleMENTAL activity file
    /// (ImplementalCorpus: 20-line patient pathways interleaved 1,370 at a time, 5,000 patient
    /// codes over the 18 ASSTs, ten years), written to a temp file in setup (issue 15):
    /// `implemental-indicators` is DeclaredLinesReader with the kind's line fast path +
    /// ImplementalIndicatorCalculator and its report (the command minus printing),
    /// `implemental-jansson-parse` jansson's parse of every line alone (the floor).
    /// `implemental-memory-100k` / `-1000k`: peak resident memory of `implemental-indicators`.
    let implementalJobs: [(String, Int, @Sendable (String) -> Void)] = [
        ("implemental-indicators", ImplementalCorpus.standardCount, { path in
            let outcome = ImplementalCorpus.runIndicators(path: path)
            precondition(outcome.lines == ImplementalCorpus.standardCount && outcome.invalid == 0, "\(outcome)")
            blackHole(outcome)
        }),
        ("implemental-jansson-parse", ImplementalCorpus.standardCount, { path in
            blackHole(ActivityCorpus.runJanssonParse(path: path))
        }),
        ("implemental-memory-100k", 100_000, { path in blackHole(ImplementalCorpus.runIndicators(path: path)) }),
        ("implemental-memory-1000k", 1_000_000, { path in blackHole(ImplementalCorpus.runIndicators(path: path)) }),
    ]
    corpusFileBenchmarks(implementalJobs) { ImplementalCorpus.writeJSONLines(count: $0, to: $1) }

    // MARK: Staffing batch

    /// `StaffingBatchEvaluator.evaluate` over 10 million structures of mixed types (the
    /// StaffingCorpus, every capacity admissible), one batch per iteration, one thread, into a
    /// buffer allocated in setup: an iteration allocates nothing. `staffing-batch` uses the
    /// evaluator as shipped (totals memoised per standard and capacity); `staffing-batch-direct`
    /// disables the memo (`tableCapacity: 0`) and computes every line of every structure, the
    /// like-for-like counterpart of the numpy baseline (Tools/staffing_numpy_baseline.py).
    let staffingConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 1,
        maxDuration: .seconds(15),
        maxIterations: 25
    )
    for (name, tableCapacity) in [("staffing-batch", StaffingBatchEvaluator.defaultTableCapacity), ("staffing-batch-direct", 0)] {
        Benchmark(name, configuration: staffingConfiguration) { _, run in
            let errors = run.evaluate()
            precondition(errors == 0, "the staffing corpus has inadmissible structures")
            blackHole(run.totals.baseAddress)
        } setup: { () -> StaffingCorpus.Run in
            let structures = StaffingCorpus.Structures(count: StaffingCorpus.standardCount)
            let run = StaffingCorpus.Run(structures: structures, evaluator: try StaffingBatchEvaluator(tableCapacity: tableCapacity))
            // The batch must be the scalar API's, or the figure means nothing.
            run.evaluate()
            for index in stride(from: 0, to: structures.count, by: structures.count / 2_000) {
                let standard = run.evaluator.standards[Int(structures.types[index])]
                let needs = try StaffingCalculator.requirement(for: standard, capacity: Int(structures.capacities[index]))
                let total = Int64(needs.lines.reduce(0) { $0 + $1.hoursPerWeek.hundredths })
                precondition(run.totals[index] == total, "structure \(index): batch \(run.totals[index]), scalar \(total)")
            }
            return run
        }
    }

    // MARK: Store

    /// `store-put-durable`: `StoreCorpus.storePutCount` durable single-dossier puts
    /// (`DossierStore.put(bytes:source:)`, each on disk before it returns) of distinct valid
    /// SPOI dossiers into a fresh store in a temp folder; the store is created (and removed
    /// afterwards) outside the measured region of each iteration. The setup also writes the
    /// same dossiers to `sociosan-bench-store-put.jsonl` in the temp folder for the SQLite
    /// baseline (Tools/sqlite_store_baseline.py) that compare-performance runs next.
    Benchmark(
        "store-put-durable",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal],
            timeUnits: .milliseconds,
            warmupIterations: 0,
            maxDuration: .seconds(40),
            maxIterations: 5
        )
    ) { benchmark, lines in
        let root = temporaryPath("sociosan-bench-store-put-\(getpid())")
        let store = try! DossierStore.create(at: root)
        benchmark.startMeasurement()
        for (index, line) in lines.enumerated() {
            let entry = try! store.put(bytes: line, source: "dossier \(index)")
            precondition(entry.revision == 1, "dossier \(index) was not new")
        }
        // The session's end (syncfs of the derived files, marker removed) is part of the cost.
        store.close()
        benchmark.stopMeasurement()
        removeTree(root)
    } setup: { () -> [[UInt8]] in
        let lines = StoreCorpus.durableLines(count: storePutCount)
        StoreCorpus.writeJSONLines(lines, to: temporaryPath("sociosan-bench-store-put.jsonl"))
        return lines
    }

    /// `store-list-index` / `store-list-scan`: `list(kind:province:)` over a store of 100,000
    /// dossiers through the index, against a full scan that reads and parses every current
    /// file (StoreCorpus.scanCurrentFiles). The store is written directly in the format-1
    /// layout (100,000 durable puts would take minutes) to `sociosan-bench-store-list-100k-f2`
    /// in the temp folder, kept between runs (rebuilt when its marker is missing), migrated to
    /// format 2 by its first open, and checked in setup: it opens as a store, lists 100,000
    /// dossiers, and both paths give the same ids. Each `store-list-index` iteration opens
    /// the store and lists: the open's checks (format, journal, writer sessions) are counted.
    let listConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(30),
        maxIterations: 10
    )
    Benchmark("store-list-index", configuration: listConfiguration) { _, list in
        let store = try! DossierStore(openingAt: list.root)
        let entries = try! store.list(kind: list.kind, province: list.province)
        precondition(entries.count == list.matching, "listed \(entries.count) of \(list.matching)")
        blackHole(entries)
    } setup: {
        listStore()
    }
    Benchmark("store-list-scan", configuration: listConfiguration) { _, list in
        let ids = StoreCorpus.scanCurrentFiles(root: list.root, kind: list.kind, province: list.province)
        precondition(ids.count == list.matching, "scanned \(ids.count) of \(list.matching)")
        blackHole(ids)
    } setup: {
        listStore()
    }
}

/// Durable puts per `store-put-durable` iteration (Tools/compare-performance divides by it).
let storePutCount = 500

/// Dossiers in the store of the `store-list-*` benchmarks.
let storeListCount = 100_000

/// The store of the list benchmarks, built once and kept (see `store-list-index`), checked.
func listStore() -> StoreCorpus.ListStore {
    // "-f2": a format-1 build (main before format 2) must not meet the migrated store.
    let root = temporaryPath("sociosan-bench-store-list-\(storeListCount / 1_000)k-f2")
    let marker = root + ".complete"
    var list: StoreCorpus.ListStore
    if let text = try? String(contentsOfFile: marker, encoding: .utf8), case let fields = text.split(separator: " "),
       fields.count == 3, let matching = Int(fields[2].trimmingCharacters(in: .whitespacesAndNewlines)) {
        list = StoreCorpus.ListStore(root: root, count: storeListCount, kind: String(fields[0]), province: String(fields[1]), matching: matching)
    } else {
        removeTree(root)
        list = StoreCorpus.buildListStore(at: root, count: storeListCount)
        try! "\(list.kind) \(list.province) \(list.matching)\n".write(toFile: marker, atomically: true, encoding: .utf8)
    }
    // The store must be one DossierStore reads as written, and both paths must agree.
    let store = try! DossierStore(openingAt: root)
    let all = try! store.list()
    precondition(all.count == storeListCount, "the list store holds \(all.count) dossiers")
    let indexed = try! store.list(kind: list.kind, province: list.province).map(\.id)
    let scanned = StoreCorpus.scanCurrentFiles(root: root, kind: list.kind, province: list.province)
    precondition(indexed == scanned && indexed.count == list.matching && list.matching > 0,
                 "index and scan disagree: \(indexed.count) / \(scanned.count) / \(list.matching)")
    let sample = all[all.count / 2]
    precondition(try! store.get(kind: sample.kind, id: sample.id).revision == 1)
    return list
}

func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

func temporaryPath(_ name: String) -> String {
    let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    return directory.hasSuffix("/") ? directory + name : directory + "/" + name
}

/// The eating-disorder fixture with `rooms` rooms that all have the id "camera-01".
func duplicateRoomsDossier(rooms: Int) -> String {
    let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/er.psychiatry.eating-disorder-rehab/valid/dca-20-beds.json")
    let data = try! Data(contentsOf: fixture)
    var object = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    object["rooms"] = Array(repeating: ["id": "camera-01", "beds": 2] as [String: Any], count: rooms)
    let text = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    return String(decoding: text, as: UTF8.self)
}
