import Foundation
import Glibc
import Testing
@testable import SociosanStore

/// Format 2: the tab-separated index and its scanner, writer session markers, the recovery of
/// derived files from the history, and the migration of format-1 stores.
@Suite struct StoreFormat2Tests {
    let spoi = "er.psychiatry.spoi"

    func entry(_ id: String, _ revision: Int, deleted: Bool = false, province: String? = "RA", type: String? = nil) -> StoreEntry {
        StoreEntry(kind: spoi, id: id, revision: revision, deleted: deleted, province: province, type: type)
    }

    // MARK: The index format

    @Test func indexLinesRoundTripEveryValue() throws {
        let entries = [
            entry("a", 1, province: "RA"),
            entry("b", 2, province: "tab\there", type: "line\nfeed"),
            entry("c", 3, province: "back\\slash\r", type: ""),
            entry("d", 4, province: nil, type: nil),
            entry("e", 5, deleted: true, province: nil, type: nil),
            StoreEntry(kind: "staffing.roster", id: "z", revision: 12, deleted: false, province: "Forlì-Cesena", type: "er.spoi"),
        ]
        let bytes = StoreIndex.encode(entries)
        #expect(String(decoding: bytes.prefix(18), as: UTF8.self) == "#sociosan-index 2 ")
        // Escaped values never add a line or a field.
        #expect(bytes.filter { $0 == 10 }.count == entries.count + 1)
        let read = try #require(StoreIndex.all(bytes))
        #expect(read.count == entries.count)
        for expected in entries { #expect(read[expected.kind + "/" + expected.id] == expected) }

        let filtered = StoreIndex.scan(bytes, filter: .init(kind: spoi, province: "tab\there", type: nil, includeDeleted: false))
        #expect(filtered?.map(\.id) == ["b"])
        let emptyType = StoreIndex.scan(bytes, filter: .init(kind: nil, province: nil, type: "", includeDeleted: false))
        #expect(emptyType?.map(\.id) == ["c"])
        let live = StoreIndex.scan(bytes, filter: .init(kind: spoi, province: nil, type: nil, includeDeleted: false))
        #expect(live?.map(\.id) == ["a", "b", "c", "d"])
        let noProvince = StoreIndex.scan(bytes, filter: .init(kind: nil, province: "RA", type: nil, includeDeleted: true))
        #expect(noProvince?.map(\.id) == ["a"])
    }

    @Test func tailLinesSupersedeTheBase() throws {
        var bytes = StoreIndex.encode([entry("a", 1, province: "RA"), entry("b", 1, province: "BO"), entry("c", 1, province: "RA")])
        bytes += StoreIndex.line(entry("a", 2, province: "BO"))      // moved out of RA
        bytes += StoreIndex.line(entry("0new", 1, province: "RA"))   // new, sorts first
        bytes += StoreIndex.line(entry("c", 2, deleted: true, province: nil))
        bytes += StoreIndex.line(entry("0new", 2, province: "RA"))
        let ravenna = try #require(StoreIndex.scan(bytes, filter: .init(kind: spoi, province: "RA", type: nil, includeDeleted: false)))
        #expect(ravenna == [entry("0new", 2, province: "RA")])
        let bologna = try #require(StoreIndex.scan(bytes, filter: .init(kind: spoi, province: "BO", type: nil, includeDeleted: false)))
        #expect(bologna.map(\.id) == ["a", "b"])
        #expect(bologna[0].revision == 2)
        let all = try #require(StoreIndex.scan(bytes, filter: .all))
        #expect(all.map(\.id) == ["0new", "a", "b", "c"])
        #expect(all[3].deleted && all[3].revision == 2)
    }

    @Test(arguments: [
        "cut",          // the last line without its newline
        "header",       // not a format-2 header
        "base",         // the header promises more bytes than the file holds
        "fields",       // a line with four fields
        "revision",     // a revision that is not a number
        "escape",       // a broken escape
    ])
    func damagedIndexIsRefused(_ damage: String) {
        var bytes = StoreIndex.encode([entry("a", 1), entry("b", 1)])
        switch damage {
        case "cut": bytes.removeLast()
        case "header": bytes[1] = UInt8(ascii: "X")
        case "base": bytes = StoreIndex.header(baseBytes: 10_000) + Array(bytes.drop { $0 != 10 }.dropFirst())
        case "fields": bytes += Array("\(spoi)\tc\t1\t0\n".utf8)
        case "revision": bytes += Array("\(spoi)\tc\tx\t0\t\t\n".utf8)
        default: bytes += Array("\(spoi)\tc\t1\t0\tR\\qA\t\n".utf8)
        }
        #expect(StoreIndex.scan(bytes, filter: .all) == nil)
        // Found even when no line passes the filter (every line's fields are counted; tail
        // lines are always decoded).
        #expect(StoreIndex.scan(bytes, filter: .init(kind: spoi, province: "ZZ", type: nil, includeDeleted: false)) == nil)
    }

    // MARK: Puts and the index in a store

    @Test func manyPutsCompactTheIndexAndListStaysRight() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let first = try store.put(file: StoreFixtures.spoi[0])
        // Enough tail to pass the compaction threshold (64 KiB) several times over.
        var bytes = StoreIndex.encode([])
        var expected: [StoreEntry] = []
        for number in 0..<3_000 {
            let entry = entry(String(format: "x%05d", number), 1, province: number % 3 == 0 ? "RA" : "BO")
            expected.append(entry)
            bytes += StoreIndex.line(entry)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.store + "/.index"))
        // The hand-written lines have no files; each put appends and may compact.
        for _ in 0..<3 { try store.put(file: StoreFixtures.spoi[0]) }
        let index = try #require(FileManager.default.contents(atPath: scratch.store + "/.index"))
        let listed = try #require(StoreIndex.scan(Array(index), filter: .init(kind: spoi, province: "RA", type: nil, includeDeleted: false)))
        #expect(listed.filter { $0.id.hasPrefix("x") } == expected.filter { $0.province == "RA" })
        #expect(listed.contains { $0.id == first.id && $0.revision == 4 } == (first.province == "RA"))
        #expect(StoreIndex.scan(Array(index), filter: .init(kind: spoi, province: nil, type: nil, includeDeleted: false))?.count == expected.count + 1)
        // `list` holds every line against the history: the hand-written ones are dropped
        // and reported, the real dossier stays.
        let listing = try store.listing(kind: spoi)
        #expect(listing.entries.map(\.id) == [first.id] && listing.entries.first?.revision == 4)
        #expect(listing.dropped.count == expected.count)
        #expect(listing.dropped.first == "\(spoi)/x00000 revision 1 (no history)")
        // Compacted: the tail is shorter than the whole.
        let (linesStart, baseEnd) = try #require(Array(index).withUnsafeBufferPointer { StoreIndex.layout($0) })
        #expect(baseEnd > linesStart)
    }

    @Test func damagedIndexIsRebuiltByList() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        var entries: [StoreEntry] = []
        for file in StoreFixtures.spoi { entries.append(try store.put(file: file)) }
        store.close()
        let path = scratch.store + "/.index"
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.removeLast(5)
        try bytes.write(to: URL(fileURLWithPath: path))
        let reopened = try DossierStore(openingAt: scratch.store)
        #expect(try reopened.list() == entries.sorted { $0.id < $1.id })
        #expect(try reopened.verify().isClean, "\((try? reopened.verify().problems) ?? [])")
    }

    // MARK: Writer sessions and recovery

    @Test func aLiveSessionIsNotRecoveredAndACleanCloseRemovesItsMarker() throws {
        let scratch = try ScratchDirectory()
        let writer = try DossierStore.create(at: scratch.store)
        let entry = try writer.put(file: StoreFixtures.spoi[0])
        let markers = try FileManager.default.contentsOfDirectory(atPath: scratch.store + "/.writers")
        #expect(markers.count == 1 && markers[0].hasSuffix(".session"))
        #expect(try deadWriterMarkers(scratch.store).isEmpty)
        // Another process's view (another open file description): the marker is held.
        let reader = try DossierStore(openingAt: scratch.store)
        #expect(try reader.get(kind: entry.kind, id: entry.id).revision == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.store + "/.writers") == markers)
        writer.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.store + "/.writers").isEmpty)
        // A closed store can write again: a new session.
        #expect(try writer.put(file: StoreFixtures.spoi[0]).revision == 2)
        writer.close()
        #expect(try reader.verify().isClean)
    }

    /// Readers share the lock: with another reader holding it, `list`, `get` and `history` go
    /// on while a put waits and gives up.
    @Test func readersShareTheLockAndWritersWait() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store, lockTimeout: 0.3)
        let entry = try store.put(file: StoreFixtures.spoi[0])
        let reader = StoreLock(path: scratch.store + "/.lock", files: try StoreFiles(root: scratch.store))
        try reader.acquire(timeout: 1, shared: true)
        defer { reader.release() }
        #expect(try store.list() == [entry])
        #expect(try store.get(kind: entry.kind, id: entry.id).revision == 1)
        #expect(try store.history(kind: entry.kind, id: entry.id).count == 1)
        #expect {
            try store.put(file: StoreFixtures.spoi[0])
        } throws: { error in
            guard case StoreError.lockTimeout = error else { return false }
            return true
        }
        reader.release()
        #expect(try store.put(file: StoreFixtures.spoi[0]).revision == 2)
    }

    @Test func indexBehindHistoryIsRecoveredAfterACrashedWriter() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: StoreFixtures.spoi[0])
        let before = try Data(contentsOf: URL(fileURLWithPath: scratch.store + "/.index"))
        let second = try store.put(file: StoreFixtures.spoi[0])
        let third = try store.put(file: StoreFixtures.spoi[1])
        store.close()
        // The index as it was before the last two puts reached it; the writer died.
        try before.write(to: URL(fileURLWithPath: scratch.store + "/.index"))
        try leaveDeadWriterMarker(scratch.store)
        let reopened = try DossierStore(openingAt: scratch.store)
        let listed = try reopened.list()
        #expect(listed.contains(second) && listed.contains(third))
        #expect(try reopened.verify().isClean, "\((try? reopened.verify().problems) ?? [])")
        #expect(try deadWriterMarkers(scratch.store).isEmpty)
    }

    @Test func currentFilesBehindHistoryAreRecoveredAfterACrashedWriter() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let kept = try store.put(file: StoreFixtures.spoi[0])
        let added = try store.put(file: StoreFixtures.spoi[1])
        let gone = try store.put(file: StoreFixtures.spoi[2])
        try store.delete(kind: gone.kind, id: gone.id)
        let keptBytes = try store.get(kind: kept.kind, id: kept.id).bytes
        let addedBytes = try store.get(kind: added.kind, id: added.id).bytes
        store.close()
        // What a crash can leave: a current file emptied (written, never flushed), one missing
        // (a new dossier killed after its history file), one that should have been deleted.
        let current = { (entry: StoreEntry) in "\(scratch.store)/\(entry.kind)/\(entry.id).json" }
        try Data().write(to: URL(fileURLWithPath: current(kept)))
        try FileManager.default.removeItem(atPath: current(added))
        try Data(keptBytes).write(to: URL(fileURLWithPath: current(gone)))
        try leaveDeadWriterMarker(scratch.store)
        let reopened = try DossierStore(openingAt: scratch.store)
        #expect(try reopened.get(kind: kept.kind, id: kept.id).bytes == keptBytes)
        #expect(try reopened.get(kind: added.kind, id: added.id).bytes == addedBytes)
        #expect(!FileManager.default.fileExists(atPath: current(gone)))
        #expect(try reopened.verify().isClean, "\((try? reopened.verify().problems) ?? [])")
    }

    /// A put whose history file is durable but whose current file cannot be written (here the
    /// kind folder is a file) fails, and the revision is taken back: nothing is listed,
    /// nothing is left in the history, the index is as it was.
    @Test func aPutFailingAfterItsHistoryFileIsUndone() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let roster = try store.put(file: StoreFixtures.rosters[0])
        let index = try Data(contentsOf: URL(fileURLWithPath: scratch.store + "/.index"))
        try Data("in the way".utf8).write(to: URL(fileURLWithPath: scratch.store + "/" + spoi))
        #expect {
            try store.put(file: StoreFixtures.spoi[0])
        } throws: { error in
            // Something that is not a folder where the kind folder belongs is refused by name.
            guard case StoreError.unsafeEntry(let path, .notAFolder) = error else { return false }
            return path.hasSuffix("/\(spoi)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.store + "/.history/" + spoi).isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: scratch.store + "/.index")) == index)
        #expect(try store.list() == [roster])
        try FileManager.default.removeItem(atPath: scratch.store + "/" + spoi)
        #expect(try store.put(file: StoreFixtures.spoi[0]).revision == 1)
        store.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.store + "/.writers").isEmpty)
        #expect(try store.verify().isClean, "\((try? store.verify().problems) ?? [])")
    }

    @Test func verifyReportsADeadWriterAndRepairRecovers() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let entry = try store.put(file: StoreFixtures.spoi[0])
        store.close()
        let history = "\(scratch.store)/.history/\(entry.kind)/\(entry.id)"
        try copyRevisionAsAKilledPutLeavesIt(history, from: 1, to: 2)
        try leaveDeadWriterMarker(scratch.store)
        // Reached without opening (an open would recover first).
        let report = try store.verify()
        #expect(report.problems.contains { $0.path.hasSuffix(".writers/99999-dead.session") })
        #expect(report.problems.contains { $0.kind == .indexMismatch })
        #expect(try store.verify(repair: true).problems.isEmpty == false)
        #expect(try store.verify().isClean, "\((try? store.verify().problems) ?? [])")
        #expect(try store.list().map(\.revision) == [2])
    }

    // MARK: Migration

    /// Turns a format-2 store into what format 1 wrote: the format line, a JSON Lines index,
    /// no session folder.
    func downgradeToFormat1(_ root: String, index entries: [StoreEntry]?) throws {
        try Data("sociosan-store 1\n".utf8).write(to: URL(fileURLWithPath: root + "/.sociosan-store"))
        var lines: [UInt8] = []
        for entry in entries ?? [] { lines += DossierStore.journalLine(entry) }
        if entries == nil { lines = Array("{\"kind\": broken\n".utf8) }
        try Data(lines).write(to: URL(fileURLWithPath: root + "/.index"))
        try FileManager.default.removeItem(atPath: root + "/.writers")
        // Format 1 wrote no digest records.
        for path in FileManager.default.subpaths(atPath: root + "/.history") ?? [] where path.hasSuffix(ChainRecord.suffix) {
            try FileManager.default.removeItem(atPath: root + "/.history/" + path)
        }
    }

    @Test func format1StoreIsMigratedOnOpen() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for file in StoreFixtures.spoi + StoreFixtures.rosters { try store.put(file: file) }
        let deleted = try store.delete(kind: spoi, id: try store.list(kind: spoi)[0].id)
        let listed = try store.list(includeDeleted: true)
        store.close()
        try downgradeToFormat1(scratch.store, index: listed)

        let migrated = try DossierStore(openingAt: scratch.store)
        let format = try String(contentsOfFile: scratch.store + "/.sociosan-store", encoding: .utf8)
        #expect(format == "sociosan-store 2\n")
        #expect(try migrated.list(includeDeleted: true) == listed)
        #expect(try migrated.list().contains { $0.id == deleted.id } == false)
        #expect(try migrated.verify().isClean, "\((try? migrated.verify().problems) ?? [])")
        #expect(try migrated.put(file: StoreFixtures.spoi[1]).revision == 2)
        #expect(try migrated.verify().isClean, "\((try? migrated.verify().problems) ?? [])")
    }

    @Test func format1StoreWithAnInterruptedPutIsRecoveredWhileMigrating() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let entry = try store.put(file: StoreFixtures.spoi[0])
        let listed = try store.list()
        store.close()
        try downgradeToFormat1(scratch.store, index: listed)
        // Format 1's journal of a put killed after the history file of revision 2.
        let history = "\(scratch.store)/.history/\(entry.kind)/\(entry.id)"
        try copyRevisionAsAKilledPutLeavesIt(history, from: 1, to: 2)
        try Data(DossierStore.journalLine(StoreEntry(kind: entry.kind, id: entry.id, revision: 2, deleted: false, province: nil, type: nil)))
            .write(to: URL(fileURLWithPath: scratch.store + "/.journal"))
        let migrated = try DossierStore(openingAt: scratch.store)
        #expect(try migrated.get(kind: entry.kind, id: entry.id).revision == 2)
        #expect(try migrated.list().map(\.revision) == [2])
        #expect(try migrated.list().first?.province == entry.province)
        #expect(try migrated.verify().isClean, "\((try? migrated.verify().problems) ?? [])")
    }

    @Test func format1StoreWithADamagedIndexIsRebuiltWhileMigrating() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for file in StoreFixtures.spoi { try store.put(file: file) }
        let listed = try store.list()
        store.close()
        try downgradeToFormat1(scratch.store, index: nil)
        let migrated = try DossierStore(openingAt: scratch.store)
        #expect(try migrated.list() == listed)
        #expect(try migrated.verify().isClean, "\((try? migrated.verify().problems) ?? [])")
    }

    @Test func unknownFormatIsRefused() throws {
        let scratch = try ScratchDirectory()
        _ = try DossierStore.create(at: scratch.store)
        try Data("sociosan-store 3\n".utf8).write(to: URL(fileURLWithPath: scratch.store + "/.sociosan-store"))
        #expect(throws: StoreError.unsupportedFormat(path: scratch.store, found: "sociosan-store 3")) {
            try DossierStore(openingAt: scratch.store)
        }
    }
}
