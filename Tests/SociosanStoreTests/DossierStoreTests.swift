import Foundation
import Testing
import Sociosan
@testable import SociosanStore

@Suite struct DossierStoreTests {
    @Test func putGetListHistoryDeleteRoundTrip() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for file in StoreFixtures.spoi + StoreFixtures.rosters { try store.put(file: file) }
        let first = try store.put(file: StoreFixtures.spoi[0])
        #expect(first.revision == 2)
        let kind = first.kind, id = first.id

        let current = try store.get(kind: kind, id: id)
        #expect(current.revision == 2)
        let onDisk = FileManager.default.contents(atPath: "\(scratch.store)/\(kind)/\(id).json")
        #expect(onDisk == Data(current.bytes))
        #expect(try store.get(kind: kind, id: id, revision: 1).bytes == current.bytes)

        let all = try store.list()
        #expect(all.count == StoreFixtures.spoi.count + StoreFixtures.rosters.count)
        let spoi = try store.list(kind: "er.psychiatry.spoi")
        #expect(spoi.count == StoreFixtures.spoi.count)
        let inProvince = try store.list(province: current.bytes.isEmpty ? "" : "RA")
        #expect(inProvince.allSatisfy { $0.province == "RA" } && !inProvince.isEmpty)
        let typed = try store.list(kind: "staffing.roster", type: "er.spoi")
        #expect(typed.allSatisfy { $0.type == "er.spoi" } && !typed.isEmpty)

        let tombstone = try store.delete(kind: kind, id: id)
        #expect(tombstone.revision == 3 && tombstone.deleted)
        #expect(throws: StoreError.deleted(kind: kind, id: id, revision: 3)) { try store.get(kind: kind, id: id) }
        #expect(try store.history(kind: kind, id: id) == [
            HistoryEntry(revision: 1, deleted: false), HistoryEntry(revision: 2, deleted: false), HistoryEntry(revision: 3, deleted: true),
        ])
        #expect(try store.get(kind: kind, id: id, revision: 2).revision == 2)
        #expect(!(try store.list()).contains { $0.kind == kind && $0.id == id })
        // A put after a delete continues the revisions.
        #expect(try store.put(file: StoreFixtures.spoi[0]).revision == 4)

        // The index can be thrown away and rebuilt to the same content.
        let before = try store.list()
        try FileManager.default.removeItem(atPath: scratch.store + "/.index")
        let reopened = try DossierStore(openingAt: scratch.store)
        #expect(try reopened.list() == before)
        #expect(try reopened.verify().isClean, "\((try? reopened.verify().problems) ?? [])")
    }

    @Test func invalidDossierIsRefusedAndNothingChanges() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: StoreFixtures.spoi[0])
        let before = snapshot(scratch.store)
        #expect {
            try store.put(file: StoreFixtures.invalidSPOI())
        } throws: { error in
            guard case StoreError.invalidDossier(_, let findings) = error else { return false }
            return !findings.isEmpty
        }
        #expect {
            try store.put(bytes: Array("{\"kind\": ".utf8), source: "broken.json")
        } throws: { error in
            guard case StoreError.invalidDossier = error else { return false }
            return true
        }
        #expect(snapshot(scratch.store) == before)
    }

    @Test func staleExpectedRevisionIsAConflict() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let file = StoreFixtures.spoi[0]
        let first = try store.put(file: file, expectedRevision: 0)
        #expect(try store.put(file: file, expectedRevision: 1).revision == 2)
        let before = snapshot(scratch.store)
        #expect(throws: StoreError.conflict(kind: first.kind, id: first.id, expected: 1, current: 2)) {
            try store.put(file: file, expectedRevision: 1)
        }
        #expect(throws: StoreError.conflict(kind: first.kind, id: first.id, expected: 0, current: 2)) {
            try store.put(file: file, expectedRevision: 0)
        }
        #expect(snapshot(scratch.store) == before)
        let message = StoreError.conflict(kind: "k", id: "i", expected: 1, current: 2)
        #expect(message.message(in: .italian).contains("conflitto"))
        #expect(message.message(in: .english).contains("conflict"))
    }

    @Test(arguments: ["../etc", "..", "a/b", "/etc/passwd", "a\u{0}b", ".index", ".history", "", "UPPER", String(repeating: "a", count: 65)])
    func unsafeIdentifiersAreRefused(_ id: String) throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        #expect(throws: StoreError.self) { try store.get(kind: "er.psychiatry.spoi", id: id) }
        #expect(throws: StoreError.self) { try store.delete(kind: "er.psychiatry.spoi", id: id) }
        #expect(throws: StoreError.self) { try store.history(kind: id.isEmpty ? "x" : id, id: "spoi-ra-lugo") }
        // And inside a dossier.
        var text = try String(contentsOfFile: StoreFixtures.spoi[0], encoding: .utf8)
        text = text.replacingOccurrences(of: "\"spoi-ra-lugo\"", with: "\"\(id.replacingOccurrences(of: "\u{0}", with: "\\u0000"))\"")
        let before = snapshot(scratch.store)
        #expect(throws: StoreError.self) { try store.put(bytes: Array(text.utf8), source: "x.json") }
        #expect(snapshot(scratch.store) == before)
    }

    @Test func unknownKindIsRefused() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        #expect(throws: StoreError.unknownKind("it.unknown")) { try store.get(kind: "it.unknown", id: "a") }
    }

    @Test func handCorruptedFileIsFoundByVerifyAndTheRestStaysUsable() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        var entries: [StoreEntry] = []
        for file in StoreFixtures.spoi { entries.append(try store.put(file: file)) }
        let victim = entries[0]
        let path = "\(scratch.store)/\(victim.kind)/\(victim.id).json"
        try Data("{ \"kind\": \"er.psychiatry.spoi\", oops".utf8).write(to: URL(fileURLWithPath: path))

        let report = try store.verify()
        #expect(!report.isClean)
        #expect(report.problems.contains { $0.path == path && $0.kind == .unreadable })
        #expect(FileManager.default.contents(atPath: path) == Data("{ \"kind\": \"er.psychiatry.spoi\", oops".utf8))  // verify changes nothing

        #expect(throws: StoreError.self) { try store.get(kind: victim.kind, id: victim.id) }
        for entry in entries.dropFirst() { #expect(try store.get(kind: entry.kind, id: entry.id).revision == 1) }
        #expect(try store.list().count == entries.count)
        #expect(try store.put(file: StoreFixtures.spoi[1]).revision == 2)

        let repaired = try store.verify(repair: true)
        #expect(repaired.quarantined.count == 1)
        #expect(FileManager.default.fileExists(atPath: repaired.quarantined[0]))
        #expect(try store.verify().isClean, "\((try? store.verify().problems) ?? [])")
        #expect(try store.get(kind: victim.kind, id: victim.id).revision == 1)
    }

    @Test func openRemovesTemporaryFilesAndRollsForward() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let entry = try store.put(file: StoreFixtures.spoi[0])
        store.close()
        // Simulate a writer killed after the history file of revision 2 was written: its
        // session marker stays without its lock, the current file and the index lag behind.
        let history = "\(scratch.store)/.history/\(entry.kind)/\(entry.id)"
        try copyRevisionAsAKilledPutLeavesIt(history, from: 1, to: 2)
        try Data("partial".utf8).write(to: URL(fileURLWithPath: "\(scratch.store)/\(entry.kind)/.tmp-99999-\(entry.id).json"))
        try leaveDeadWriterMarker(scratch.store)
        let reopened = try DossierStore(openingAt: scratch.store)
        #expect(!FileManager.default.fileExists(atPath: "\(scratch.store)/\(entry.kind)/.tmp-99999-\(entry.id).json"))
        #expect(try reopened.get(kind: entry.kind, id: entry.id).revision == 2)
        #expect(try reopened.list().map(\.revision) == [2])
        #expect(try reopened.verify().isClean, "\((try? reopened.verify().problems) ?? [])")
        #expect(try deadWriterMarkers(scratch.store).isEmpty)
    }

    @Test func notAStoreAndLockTimeoutNameTheProblem() throws {
        let scratch = try ScratchDirectory()
        #expect(throws: StoreError.notAStore(path: scratch.path)) { try DossierStore(openingAt: scratch.path) }
        let store = try DossierStore.create(at: scratch.store, lockTimeout: 0.2)
        let holder = StoreLock(path: scratch.store + "/.lock", files: try StoreFiles(root: scratch.store))
        try holder.acquire(timeout: 1)
        defer { holder.release() }
        // A second open file description conflicts with the first, even in one process.
        #expect {
            try store.put(file: StoreFixtures.spoi[0])
        } throws: { error in
            guard case StoreError.lockTimeout(_, let pid, _) = error else { return false }
            return pid == getpid() && error.localizedDescription.isEmpty == false
        }
    }
}
