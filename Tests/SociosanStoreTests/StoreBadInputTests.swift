import Foundation
import Glibc
import Testing
@testable import SociosanStore

/// Import and export, and the hostile conditions: a full disk, a read-only store.
@Suite(.serialized) struct StoreBadInputTests {
    /// The store as reads see it: every file but the lock, the journal and the writer
    /// session markers (a live session's marker comes and goes with its writer).
    func visible(_ root: String) -> [String: Data] {
        var files = snapshot(root).filter { $0.key != ".journal" && !$0.key.hasPrefix(".writers/") }
        // The index as its entries: a rebuilt index may differ in layout (base and tail).
        if let index = files[".index"], let entries = StoreIndex.all(Array(index)) {
            files[".index"] = Data(StoreIndex.encode(Array(entries.values)))
        }
        return files
    }

    @Test func exportThenImportRoundTrips() throws {
        let scratch = try ScratchDirectory()
        let source = try DossierStore.create(at: scratch.store)
        for file in StoreFixtures.spoi + StoreFixtures.rosters + StoreFixtures.structures { try source.put(file: file) }
        var lines: [UInt8] = []
        try source.export { lines += $0 }
        let path = scratch.path + "/all.jsonl"
        try Data(lines).write(to: URL(fileURLWithPath: path))

        let target = try DossierStore.create(at: scratch.path + "/copy")
        let imported = try target.importLines(path: path)
        #expect(imported.count == StoreFixtures.spoi.count + StoreFixtures.rosters.count + StoreFixtures.structures.count)
        var again: [UInt8] = []
        try target.export { again += $0 }
        #expect(again == lines)
        #expect(try target.list() == (try source.list()))
        #expect(try target.verify().isClean)
    }

    @Test func importIsAllOrNothing() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: StoreFixtures.spoi[0])
        var text = ""
        for file in StoreFixtures.spoi {
            let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file)))
            text += String(decoding: try JSONSerialization.data(withJSONObject: document), as: UTF8.self) + "\n"
        }
        text += "{\"kind\": \"er.psychiatry.spoi\", \"schemaVersion\": 1}\n"
        let path = scratch.path + "/bad.jsonl"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let before = snapshot(scratch.store)
        #expect {
            try store.importLines(path: path)
        } throws: { error in
            guard case StoreError.invalidDossier(let source, _) = error else { return false }
            return source.hasSuffix(":\(StoreFixtures.spoi.count + 1)")
        }
        #expect(snapshot(scratch.store) == before)
    }

    /// A crash part-way through an import is undone on the next open.
    @Test func interruptedImportIsRolledBack() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let kept = try store.put(file: StoreFixtures.spoi[0])
        let before = visible(scratch.store)
        // What an import of revision 2 of the first dossier and revision 1 of a new one leaves
        // when killed after its history files and one current file.
        let second = try DossierStore.create(at: scratch.path + "/other").put(file: StoreFixtures.spoi[1])
        let entries = [
            StoreEntry(kind: kept.kind, id: kept.id, revision: 2, deleted: false, province: nil, type: nil),
            StoreEntry(kind: second.kind, id: second.id, revision: 1, deleted: false, province: nil, type: nil),
        ]
        var journal = DossierStore.rollBackMarker
        for entry in entries { journal += DossierStore.journalLine(entry) }
        try Data(journal).write(to: URL(fileURLWithPath: scratch.store + "/.journal"))
        let history = scratch.store + "/.history/\(kept.kind)"
        try FileManager.default.copyItem(atPath: "\(history)/\(kept.id)/1.json", toPath: "\(history)/\(kept.id)/2.json")
        try FileManager.default.createDirectory(atPath: "\(history)/\(second.id)", withIntermediateDirectories: true)
        let secondBytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path + "/other/\(second.kind)/\(second.id).json"))
        try secondBytes.write(to: URL(fileURLWithPath: "\(history)/\(second.id)/1.json"))
        try secondBytes.write(to: URL(fileURLWithPath: scratch.store + "/\(second.kind)/\(second.id).json"))

        let reopened = try DossierStore(openingAt: scratch.store)
        #expect(try reopened.verify().isClean)
        #expect(visible(scratch.store) == before)
        #expect(try reopened.list().map(\.id) == [kept.id])
    }

    /// A full disk, simulated by a file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so that
    /// writes fail with EFBIG): the put fails with an I/O error and the store stays as it was.
    @Test func fullDiskLeavesTheStoreAsItWas() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: StoreFixtures.spoi[0])
        let before = visible(scratch.store)
        for arguments in [["put", StoreFixtures.spoi[1]], ["put", StoreFixtures.spoi[0]]] {
            let command = "trap '' XFSZ; ulimit -f 1; exec \"$0\" store \"$1\" --store \"$3\" --lang en \"$2\""
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", command, StoreFixtures.binary, arguments[0], arguments[1], scratch.store]
            let err = Pipe()
            process.standardError = err
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 2, "\(message)")
            #expect(message.contains("File too large"), "\(message)")
            #expect(visible(scratch.store) == before)
        }
        let reopened = try DossierStore(openingAt: scratch.store)
        #expect(try reopened.verify().isClean)
        #expect(visible(scratch.store) == before)
        #expect(try reopened.put(file: StoreFixtures.spoi[1]).revision == 1)
    }

    /// A store the user cannot write: reads work, a put fails clearly and changes nothing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") && getuid() == 0))
    func readOnlyStoreCanBeReadButNotWritten() throws {
        let scratch = try ScratchDirectory()
        _ = chmod(scratch.path, 0o755)
        let store = try DossierStore.create(at: scratch.store)
        let entry = try store.put(file: StoreFixtures.spoi[0])
        // A store is private (0700/0600): an administrator opens this one to others for
        // reading on purpose, to see what a reader without write permission can do.
        #expect(try runProcess("/bin/chmod", ["-R", "go+rX", scratch.store]).status == 0)
        let before = visible(scratch.store)
        func runAsNobody(_ arguments: [String]) throws -> (Int32, String, String) {
            try runProcess("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", StoreFixtures.binary] + arguments)
        }
        let get = try runAsNobody(["store", "get", "--store", scratch.store, entry.kind, entry.id])
        #expect(get.0 == 0, "\(get.2)")
        let list = try runAsNobody(["store", "list", "--store", scratch.store, "--lang", "en"])
        #expect(list.0 == 0 && list.1.contains(entry.id), "\(list.2)")
        let put = try runAsNobody(["store", "put", "--store", scratch.store, "--lang", "en", StoreFixtures.spoi[1]])
        #expect(put.0 == 2)
        // Format 2: the first thing a put writes is its writer session marker.
        #expect(put.2.contains(".writers") && put.2.contains("Permission denied"), "\(put.2)")
        #expect(visible(scratch.store) == before)
        // A crashed writer's session cannot be recovered without write permission: reads
        // still work on what is there.
        try leaveDeadWriterMarker(scratch.store)
        let stale = try runAsNobody(["store", "list", "--store", scratch.store, "--lang", "en"])
        #expect(stale.0 == 0 && stale.1.contains(entry.id), "\(stale.2)")
        let staleGet = try runAsNobody(["store", "get", "--store", scratch.store, entry.kind, entry.id])
        #expect(staleGet.0 == 0, "\(staleGet.2)")
    }
}
