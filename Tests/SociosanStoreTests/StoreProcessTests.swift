import Foundation
import Glibc
import Testing
@testable import SociosanStore

/// The guarantees that need real processes: SIGKILL at random moments, and several writers.
@Suite(.serialized) struct StoreProcessTests {
    /// Starts `sociosan store put` over many dossiers and kills it with SIGKILL at random
    /// moments, at least 200 times; every revision it acknowledged must survive, and the
    /// store must reopen clean.
    @Test func sigkillNeverLosesAnAcknowledgedRevisionNorCorruptsAFile() throws {
        let scratch = try ScratchDirectory()
        _ = try DossierStore.create(at: scratch.store)
        let files = StoreFixtures.spoi + StoreFixtures.rosters + StoreFixtures.structures
        let arguments = ["store", "put", "--store", scratch.store] + Array(repeating: files, count: 6).flatMap { $0 }

        var acknowledged: [String: Int] = [:]   // "kind/id" -> highest acknowledged revision
        var acknowledgements = 0
        var kills = 0
        let started = Date()
        var generator = SystemRandomNumberGenerator()
        // The kill window starts at 1-60 ms; on a loaded machine a put may take longer than that
        // to start, so every 20 runs without an acknowledgement double the window's upper end
        // (up to 2 s). Early kills keep their chance: the window always starts at 1 ms.
        var runsWithoutAcknowledgement = 0
        while kills < 200 || acknowledgements == 0 {
            if Date().timeIntervalSince(started) > 120 { break }
            let widening = UInt32(1) << UInt32(min(runsWithoutAcknowledgement / 20, 5))
            let upperDelay = min(60_000 * widening, 2_000_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: StoreFixtures.binary)
            process.arguments = arguments
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 1_000...upperDelay, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { kills += 1 }
            let before = acknowledgements
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                // "KIND/ID revision N", complete lines only (the last one may be cut).
                let parts = line.split(separator: " ")
                guard parts.count == 3, parts[1] == "revision", let revision = Int(parts[2]) else { continue }
                let key = String(parts[0])
                acknowledged[key] = max(acknowledged[key] ?? 0, revision)
                acknowledgements += 1
            }
            runsWithoutAcknowledgement = acknowledgements > before ? 0 : runsWithoutAcknowledgement + 1
        }
        print("crash test: \(kills) kills, \(acknowledgements) acknowledged puts, \(acknowledged.count) dossiers, highest revision \(acknowledged.values.max() ?? 0)")
        #expect(kills >= 200)
        #expect(acknowledgements > 0)

        let store = try DossierStore(openingAt: scratch.store)
        let report = try store.verify()
        #expect(report.isClean, "\(report.problems.map { $0.message(in: .english) })")
        let journal = FileManager.default.contents(atPath: scratch.store + "/.journal") ?? Data()
        #expect(journal.isEmpty)
        for (key, revision) in acknowledged {
            let parts = key.split(separator: "/").map(String.init)
            let history = try store.history(kind: parts[0], id: parts[1])
            #expect(Set(history.map(\.revision)) == Set(1...history.last!.revision))
            #expect(history.last!.revision >= revision)
            for number in 1...revision {
                #expect(try store.get(kind: parts[0], id: parts[1], revision: number).revision == number)
            }
            #expect(try store.get(kind: parts[0], id: parts[1]).revision == history.last!.revision)
        }
        let listed = try store.list()
        #expect(Set(listed.map { "\($0.kind)/\($0.id)" }).isSuperset(of: acknowledged.keys))
    }

    /// Starts `sociosan store import` of every fixture dossier and kills it with SIGKILL at
    /// random moments: after each run the store, reopened, holds every dossier of the file at
    /// the same revision (all or nothing: one revision per committed import), at least one
    /// per import that reported success, and `verify` is clean at the end.
    @Test func sigkillDuringImportIsAllOrNothing() throws {
        let scratch = try ScratchDirectory()
        let source = try DossierStore.create(at: scratch.path + "/source")
        for file in StoreFixtures.spoi + StoreFixtures.rosters + StoreFixtures.structures { try source.put(file: file) }
        var lines: [UInt8] = []
        try source.export { lines += $0 }
        let keys = try source.list().map { "\($0.kind)/\($0.id)" }
        source.close()
        let file = scratch.path + "/all.jsonl"
        try Data(lines).write(to: URL(fileURLWithPath: file))
        // How long one import takes here, so that the kills land across its whole run.
        _ = try DossierStore.create(at: scratch.path + "/timing")
        let timing = Date()
        #expect(try runSociosan(["store", "import", "--store", scratch.path + "/timing", file]).status == 0)
        let window = UInt32(max(5_000, min(2_000_000, Date().timeIntervalSince(timing) * 1.5e6)))
        _ = try DossierStore.create(at: scratch.store)

        var committed = 0
        var kills = 0
        var generator = SystemRandomNumberGenerator()
        let started = Date()
        for _ in 0..<60 {
            if Date().timeIntervalSince(started) > 40 { break }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: StoreFixtures.binary)
            process.arguments = ["store", "import", "--store", scratch.store, file]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Up to 1.5 times an import's duration: most runs are cut, some finish.
            usleep(UInt32.random(in: 1_000...window, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { kills += 1 } else if process.terminationStatus == 0 { committed += 1 }

            let store = try DossierStore(openingAt: scratch.store)
            let listed = try store.list()
            let revisions = Set(listed.map(\.revision))
            #expect(listed.isEmpty || (Set(listed.map { "\($0.kind)/\($0.id)" }) == Set(keys) && revisions.count == 1),
                    "an import was kept in part: revisions \(revisions.sorted())")
            #expect((listed.first?.revision ?? 0) >= committed)
            store.close()
        }
        let store = try DossierStore(openingAt: scratch.store)
        let kept = try store.list().first?.revision ?? 0
        print("import crash test: \(kills) kills, \(committed) imports acknowledged, \(kept) kept (kill window \(window / 1000) ms)")
        #expect(kills > 0)
        #expect(try store.verify().isClean)
        let journal = FileManager.default.contents(atPath: scratch.store + "/.journal") ?? Data()
        #expect(journal.isEmpty)
    }

    /// Four processes update one dossier with expected revisions: every success is in the
    /// history with its own revision; no update is lost.
    @Test func fourWritersWithExpectedRevisionsLoseNothing() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let file = StoreFixtures.spoi[0]
        let first = try store.put(file: file)
        let rounds = 6
        let results = Results()
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                var successes = 0
                var attempts = 0
                while successes < rounds && attempts < 200 {
                    attempts += 1
                    guard let history = try? runSociosan(["store", "history", "--store", scratch.store, first.kind, first.id]),
                          history.status == 0,
                          let last = history.stdout.split(separator: "\n").last?.split(separator: "\t").first,
                          let revision = Int(last) else { continue }
                    guard let put = try? runSociosan(["store", "put", "--store", scratch.store, "--expect-revision", String(revision), file]) else { continue }
                    if put.status == 0 {
                        let acknowledged = put.stdout.split(separator: " ").last.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
                        results.add(acknowledged ?? -1)
                        successes += 1
                    } else if put.status == 1 && (put.stderr.contains("conflict") || put.stderr.contains("conflitto")) {
                        results.conflict()
                    } else {
                        results.failure(put.stderr)
                    }
                }
            }
            thread.start()
        }
        group.wait()
        let (revisions, conflicts, failures) = results.snapshot()
        #expect(failures.isEmpty, "\(failures)")
        #expect(revisions.count == 4 * rounds)
        #expect(Set(revisions).count == revisions.count, "two writers were given the same revision")
        let history = try store.history(kind: first.kind, id: first.id)
        #expect(history.map(\.revision) == Array(1...(1 + 4 * rounds)))
        #expect(Set(revisions) == Set(2...(1 + 4 * rounds)))
        print("concurrency test: \(revisions.count) successful puts, \(conflicts) conflicts refused")
        #expect(try store.verify().isClean)
    }
}

final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var revisions: [Int] = []
    private var conflicts = 0
    private var failures: [String] = []

    func add(_ revision: Int) { lock.lock(); revisions.append(revision); lock.unlock() }
    func conflict() { lock.lock(); conflicts += 1; lock.unlock() }
    func failure(_ text: String) { lock.lock(); failures.append(text); lock.unlock() }
    func snapshot() -> ([Int], Int, [String]) { lock.lock(); defer { lock.unlock() }; return (revisions, conflicts, failures) }
}
