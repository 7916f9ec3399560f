import Foundation
import Glibc
import Testing
import SociosanSystem
@testable import SociosanStore

/// Issue 16, each attack run as it was reproduced: links planted under ROOT never lead a
/// write, a removal or a move outside it; modes are private (or group-shared) whatever the
/// umask; temporary files cannot be planted; a replaced revision is named by `verify`.
@Suite struct StoreHardeningTests {
    let spoi = "er.psychiatry.spoi"

    /// A store under `scratch/store` with one dossier, and a folder `scratch/outside` of files
    /// that must never change (the attacker's targets).
    func setUp() throws -> (ScratchDirectory, String, String) {
        let scratch = try ScratchDirectory()
        let outside = scratch.path + "/outside"
        try FileManager.default.createDirectory(atPath: outside + "/proj", withIntermediateDirectories: true)
        try Data("{\"name\": \"proj\"}\n".utf8).write(to: URL(fileURLWithPath: outside + "/proj/package.json"))
        try Data("precious\nsecond line\n".utf8).write(to: URL(fileURLWithPath: outside + "/notes.txt"))
        try Data("{\"kind\": \"er.psychiatry.spoi\"}\n".utf8).write(to: URL(fileURLWithPath: outside + "/proj/spoi-ra-lugo.json"))
        #expect(try runSociosan(["store", "init", "--store", scratch.store]).status == 0)
        return (scratch, scratch.store, outside)
    }

    /// Every file and folder under `folder`, relative path -> SHA-256 of its bytes (folders:
    /// "dir"), and its mode.
    func hashes(_ folder: String) -> [String: String] {
        var result: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        while let relative = enumerator.nextObject() as? String {
            var info = stat()
            guard lstat(folder + "/" + relative, &info) == 0 else { continue }
            let mode = String(info.st_mode, radix: 8)
            if info.st_mode & S_IFMT == S_IFREG {
                let bytes = FileManager.default.contents(atPath: folder + "/" + relative) ?? Data()
                result[relative] = SHA256.hex(Array(bytes)) + " " + mode
            } else {
                result[relative] = "entry " + mode
            }
        }
        return result
    }

    func link(_ target: String, at path: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    var lugo: String { StoreFixtures.spoi.first { $0.hasSuffix("spoi-12-beds.json") }! }

    @Test func aLinkedKindFolderIsNotWrittenThrough() throws {
        let (scratch, store, outside) = try setUp()
        _ = scratch
        try link(outside + "/proj", at: store + "/" + spoi)
        let before = hashes(outside)
        let put = try runSociosan(["store", "put", "--store", store, "--lang", "en", lugo])
        #expect(put.status == 2)
        #expect(put.stderr.contains("symbolic link"), "\(put.stderr)")
        #expect(hashes(outside) == before)
        let verify = try runSociosan(["store", "verify", "--store", store, "--lang", "en"])
        #expect(verify.status == 1 && verify.stdout.contains("\(store)/\(spoi): symbolic link"), "\(verify.stdout)\(verify.stderr)")
        #expect(try runSociosan(["store", "verify", "--store", store, "--repair"]).status == 1)
        #expect(hashes(outside) == before)
        #expect(try runSociosan(["store", "put", "--store", store, lugo]).status == 0)
        #expect(try runSociosan(["store", "verify", "--store", store]).status == 0)
        #expect(hashes(outside) == before)
    }

    @Test func aLinkedHistoryFolderReceivesNothingAndVerifyReportsIt() throws {
        let (scratch, store, outside) = try setUp()
        _ = scratch
        #expect(try runSociosan(["store", "put", "--store", store, lugo]).status == 0)
        // The dossier's history folder replaced by a link to a folder outside.
        try FileManager.default.removeItem(atPath: store + "/.history/\(spoi)/spoi-ra-lugo")
        try link(outside + "/proj", at: store + "/.history/\(spoi)/spoi-ra-lugo")
        let before = hashes(outside)
        #expect(try runSociosan(["store", "put", "--store", store, lugo]).status == 2)
        #expect(try runSociosan(["store", "get", "--store", store, spoi, "spoi-ra-lugo"]).status != 0)
        let verify = try runSociosan(["store", "verify", "--store", store, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains(".history/\(spoi)/spoi-ra-lugo: symbolic link"), "\(verify.stdout)\(verify.stderr)")
        let repair = try runSociosan(["store", "verify", "--store", store, "--repair", "--lang", "en"])
        #expect(repair.stdout.contains("quarantined: \(store)/.quarantine/_history/\(spoi)/spoi-ra-lugo"), "\(repair.stdout)\(repair.stderr)")
        var info = stat()
        #expect(lstat(store + "/.quarantine/_history/\(spoi)/spoi-ra-lugo", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(hashes(outside) == before)
    }

    @Test func aLinkedHistoryRevisionIsReportedNotRead() throws {
        let (scratch, store, outside) = try setUp()
        _ = scratch
        #expect(try runSociosan(["store", "put", "--store", store, lugo]).status == 0)
        let revision = store + "/.history/\(spoi)/spoi-ra-lugo/1.json"
        try FileManager.default.removeItem(atPath: revision)
        try link(outside + "/proj/spoi-ra-lugo.json", at: revision)
        let before = hashes(outside)
        let verify = try runSociosan(["store", "verify", "--store", store, "--lang", "en"])
        #expect(verify.status == 1 && verify.stdout.contains("\(revision): symbolic link"), "\(verify.stdout)\(verify.stderr)")
        let get = try runSociosan(["store", "get", "--store", store, spoi, "spoi-ra-lugo", "--revision", "1", "--lang", "en"])
        #expect(get.status == 2 && get.stdout.isEmpty && get.stderr.contains("symbolic link"))
        #expect(try runSociosan(["store", "verify", "--store", store, "--repair"]).status == 1)
        #expect(hashes(outside) == before)
    }

    @Test(arguments: [".lock", ".writers", ".quarantine", ".index"])
    func aLinkAtAReservedNameChangesNothingOutside(_ name: String) throws {
        let (scratch, store, outside) = try setUp()
        _ = scratch
        #expect(try runSociosan(["store", "put", "--store", store, StoreFixtures.spoi[1]]).status == 0)
        // A dossier for verify --repair to move: its current file damaged.
        let current = store + "/\(spoi)/" + (try FileManager.default.contentsOfDirectory(atPath: store + "/\(spoi)").first!)
        try Data("{ oops".utf8).write(to: URL(fileURLWithPath: current))
        try? FileManager.default.removeItem(atPath: store + "/" + name)
        let target = name == ".lock" || name == ".index" ? outside + "/notes.txt" : outside + "/proj"
        try link(target, at: store + "/" + name)
        if name == ".lock" { try link(outside + "/dangling-target", at: outside + "/unused") ; try FileManager.default.removeItem(atPath: outside + "/unused") }
        let before = hashes(outside)
        _ = try runSociosan(["store", "list", "--store", store])
        _ = try runSociosan(["store", "put", "--store", store, lugo])
        let verify = try runSociosan(["store", "verify", "--store", store, "--lang", "en"])
        #expect(verify.status == 1 && verify.stdout.contains("\(store)/\(name): symbolic link"), "\(verify.stdout)\(verify.stderr)")
        _ = try runSociosan(["store", "verify", "--store", store, "--repair"])
        _ = try runSociosan(["store", "put", "--store", store, lugo])
        #expect(hashes(outside) == before)
        #expect(!FileManager.default.fileExists(atPath: outside + "/dangling-target"))
    }

    @Test func aDanglingLockLinkIsNotCreatedByList() throws {
        let (scratch, store, outside) = try setUp()
        _ = scratch
        try? FileManager.default.removeItem(atPath: store + "/.lock")
        try link(outside + "/created-by-list", at: store + "/.lock")
        let list = try runSociosan(["store", "list", "--store", store, "--lang", "en"])
        #expect(list.status == 2 && list.stderr.contains(".lock is a symbolic link"), "\(list.stderr)")
        #expect(!FileManager.default.fileExists(atPath: outside + "/created-by-list"))
    }

    // MARK: Modes

    /// Runs the binary under umask 000.
    func runWithoutUmask(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let quoted = ([StoreFixtures.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        return try runShell("umask 000; exec " + quoted.joined(separator: " "))
    }

    func runShell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        try runProcess("/bin/sh", ["-c", script])
    }

    /// Every entry under `root` (the root included as "."), relative path -> permission bits.
    func modes(_ root: String) -> [String: mode_t] {
        var result: [String: mode_t] = [:]
        var info = stat()
        if lstat(root, &info) == 0 { result["."] = info.st_mode & 0o7777 }
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = enumerator.nextObject() as? String {
            if lstat(root + "/" + relative, &info) == 0 {
                result[relative] = (info.st_mode & S_IFMT == S_IFDIR ? 0o40000 : 0) | (info.st_mode & 0o7777)
            }
        }
        return result
    }

    @Test func aStoreIsPrivateWhateverTheUmask() throws {
        let scratch = try ScratchDirectory()
        let store = scratch.store
        #expect(try runWithoutUmask(["store", "init", "--store", store]).status == 0)
        for file in StoreFixtures.spoi.prefix(2) { #expect(try runWithoutUmask(["store", "put", "--store", store, file]).status == 0) }
        #expect(try runWithoutUmask(["store", "delete", "--store", store, spoi, "spoi-ra-lugo"]).status == 0)
        let found = modes(store)
        #expect(found["."] == 0o700)
        #expect(found.count > 10)
        for (path, mode) in found where path != "." {
            let expected: mode_t = mode & 0o40000 != 0 ? 0o40700 : 0o600
            #expect(mode == expected, "\(path): \(String(mode, radix: 8))")
        }
    }

    @Test func aGroupStoreIsSetgidAndGroupWritable() throws {
        let scratch = try ScratchDirectory()
        let store = scratch.store
        #expect(try runWithoutUmask(["store", "init", "--store", store, "--group"]).status == 0)
        for file in StoreFixtures.spoi.prefix(2) { #expect(try runWithoutUmask(["store", "put", "--store", store, file]).status == 0) }
        let found = modes(store)
        #expect(found["."] == 0o2770)
        for (path, mode) in found where path != "." {
            let expected: mode_t = mode & 0o40000 != 0 ? 0o42770 : 0o660
            #expect(mode == expected, "\(path): \(String(mode, radix: 8))")
        }
    }

    // MARK: Temporary files

    /// Files planted under the names the old writer used (`.tmp-<pid>-<name>`, and any other
    /// name a guess could give) neither hang a put nor become its revision.
    @Test func plantedTemporaryFilesDoNotAffectAPut() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let first = try store.put(file: lugo)
        let history = scratch.store + "/.history/\(spoi)/spoi-ra-lugo"
        let kindFolder = scratch.store + "/" + spoi
        let pid = String(getpid())
        let fifo = history + "/.tmp-\(pid)-2.json"
        #expect(mkfifo(fifo, 0o666) == 0)
        #expect(mkfifo(kindFolder + "/.tmp-\(pid)-spoi-ra-lugo.json", 0o666) == 0)
        let planted = scratch.store + "/.tmp-\(pid)-.index"
        #expect(FileManager.default.createFile(atPath: planted, contents: Data("theirs".utf8)))
        #expect(chmod(planted, 0o666) == 0)
        let second = try store.put(file: lugo)
        #expect(second.revision == first.revision + 1)
        var info = stat()
        #expect(lstat(history + "/2.json", &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o600 && info.st_uid == geteuid() && info.st_nlink == 1)
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
        #expect(FileManager.default.contents(atPath: planted) == Data("theirs".utf8))
        #expect(try store.get(kind: spoi, id: "spoi-ra-lugo").bytes == Array(FileManager.default.contents(atPath: history + "/2.json")!))
    }

    @Test func temporaryNamesAreRandom() {
        let names = Set((0..<64).map { _ in FileSystem.temporaryName() })
        #expect(names.count == 64)
        #expect(names.allSatisfy { $0.hasPrefix(".tmp-") && $0.count == 5 + 16 })
    }

    // MARK: Tamper evidence

    /// The canonical bytes `text` is stored as (put in a throw-away store).
    func canonical(_ text: String, scratch: ScratchDirectory) throws -> [UInt8] {
        let file = scratch.path + "/other.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let other = try DossierStore.create(at: scratch.path + "/other-store")
        let entry = try other.put(file: file)
        return try other.get(kind: entry.kind, id: entry.id).bytes
    }

    /// The 15-bed fixture under Lugo's id: valid, canonical, and not what was stored.
    func fifteenBedsAsLugo() throws -> String {
        let fifteen = StoreFixtures.spoi.first { $0.hasSuffix("spoi-15-beds.json") }!
        let text = try String(contentsOfFile: fifteen, encoding: .utf8)
        let id = try #require(text.range(of: #""id": "[^"]*""#, options: .regularExpression))
        return text.replacingCharacters(in: id, with: #""id": "spoi-ra-lugo""#)
    }

    @Test func aReplacedRevisionIsNamedByVerify() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: lugo)
        try store.put(file: lugo)
        #expect(try store.verify().isClean)
        // Another valid canonical dossier with the same id: 15 beds instead of 12.
        let text = try fifteenBedsAsLugo()
        let forged = try canonical(text, scratch: scratch)
        #expect(forged != (try store.get(kind: spoi, id: "spoi-ra-lugo").bytes))
        let history = scratch.store + "/.history/\(spoi)/spoi-ra-lugo"
        try Data(forged).write(to: URL(fileURLWithPath: history + "/1.json"))
        let report = try store.verify()
        let problem = try #require(report.problems.first { $0.kind == .digestMismatch })
        #expect(problem.path == history + "/1.json")
        #expect(problem.detail.contains("revision 1"))
        // The latest revision and the current file replaced together: revision 2 is named.
        try Data(forged).write(to: URL(fileURLWithPath: history + "/2.json"))
        try Data(forged).write(to: URL(fileURLWithPath: scratch.store + "/\(spoi)/spoi-ra-lugo.json"))
        let both = try store.verify().problems.filter { $0.kind == .digestMismatch }
        #expect(both.map(\.path) == [history + "/1.json"])
    }

    @Test func aRewrittenRecordBreaksTheChainAtTheNextRevision() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for _ in 0..<3 { try store.put(file: lugo) }
        let history = scratch.store + "/.history/\(spoi)/spoi-ra-lugo"
        let text = try fifteenBedsAsLugo()
        let forged = try canonical(text, scratch: scratch)
        // Revision 2 replaced and its record rewritten to match: revision 3 no longer follows.
        try Data(forged).write(to: URL(fileURLWithPath: history + "/2.json"))
        let names = try FileManager.default.contentsOfDirectory(atPath: history)
        let old = try #require(names.first { $0.hasPrefix("2.") && $0.hasSuffix(".sha256") })
        let previous = try #require(names.compactMap(ChainRecord.init(name:)).first { $0.revision == 1 })
        try FileManager.default.removeItem(atPath: history + "/" + old)
        FileManager.default.createFile(atPath: history + "/" + ChainRecord(revision: 2, bytes: forged, previous: previous.chain).name, contents: nil)
        let problems = try store.verify().problems.filter { $0.kind == .digestMismatch }
        #expect(problems.count == 1)
        #expect(problems.first?.path == history + "/3.json")
    }

    @Test func revisionsWrittenBeforeDigestsAreReadAndCounted() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: lugo)
        try store.put(file: lugo)
        let history = scratch.store + "/.history/\(spoi)/spoi-ra-lugo"
        for name in try FileManager.default.contentsOfDirectory(atPath: history) where name.hasSuffix(".sha256") {
            try FileManager.default.removeItem(atPath: history + "/" + name)
        }
        let legacy = try store.verify()
        #expect(legacy.isClean && legacy.unsealedRevisions == 2)
        #expect(try store.get(kind: spoi, id: "spoi-ra-lugo", revision: 1).revision == 1)
        // The next revision starts a chain; from then on a missing record is a problem.
        try store.put(file: lugo)
        let sealed = try store.verify()
        #expect(sealed.isClean && sealed.unsealedRevisions == 2)
        try store.put(file: lugo)
        let third = try #require(try FileManager.default.contentsOfDirectory(atPath: history).first { $0.hasPrefix("3.") && $0.hasSuffix(".sha256") })
        try FileManager.default.removeItem(atPath: history + "/" + third)
        let missing = try store.verify().problems.filter { $0.kind == .digestMismatch }
        #expect(missing.map(\.path) == [history + "/4.json"])
    }

    /// Digest records are hard links to the store's one empty file (no inode a record); a
    /// planted file in its place that is not an empty file of ours is never linked to, and
    /// the records are then made on their own.
    @Test func digestRecordsShareOneEmptyFileUnlessItIsNotOurs() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: lugo)
        try store.put(file: lugo)
        let shared = scratch.store + "/" + DossierStore.emptyRecordName
        var info = stat()
        #expect(lstat(shared, &info) == 0 && info.st_size == 0 && info.st_mode & 0o7777 == 0o600 && info.st_nlink == 3)
        let history = scratch.store + "/.history/\(spoi)/spoi-ra-lugo"
        let records = try FileManager.default.contentsOfDirectory(atPath: history).filter { ChainRecord(name: $0) != nil }
        #expect(records.count == 2)
        #expect(try store.verify().isClean)

        let planted = try ScratchDirectory()
        let other = try DossierStore.create(at: planted.store)
        let theirs = planted.store + "/" + DossierStore.emptyRecordName
        #expect(FileManager.default.createFile(atPath: theirs, contents: Data("theirs".utf8)))
        try other.put(file: lugo)
        #expect(lstat(theirs, &info) == 0 && info.st_nlink == 1 && info.st_size == 6)
        let record = try FileManager.default.contentsOfDirectory(atPath: planted.store + "/.history/\(spoi)/spoi-ra-lugo")
            .first { ChainRecord(name: $0) != nil }
        #expect(record.map { lstat(planted.store + "/.history/\(spoi)/spoi-ra-lugo/" + $0, &info) == 0 && info.st_size == 0 && info.st_nlink == 1 } == true)
        #expect(try other.verify().isClean)
    }

    @Test func importsAndTombstonesAreChained() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.put(file: lugo)
        var lines: [UInt8] = []
        try store.export { lines += $0 }
        let file = scratch.path + "/all.jsonl"
        try Data(lines + lines).write(to: URL(fileURLWithPath: file))
        #expect(try store.importLines(path: file).map(\.revision) == [2, 3])
        try store.delete(kind: spoi, id: "spoi-ra-lugo")
        let history = scratch.store + "/.history/\(spoi)/spoi-ra-lugo"
        let records = try FileManager.default.contentsOfDirectory(atPath: history).compactMap(ChainRecord.init(name:))
        #expect(Set(records.map(\.revision)) == [1, 2, 3, 4])
        let report = try store.verify()
        #expect(report.isClean && report.unsealedRevisions == 0)
    }
}

/// FIPS 180-4 test vectors (NIST "SHA-256 examples": one block, two blocks, and a million 'a').
@Suite struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func updatesInPiecesGiveTheSameDigest() {
        let message = Array("The quick brown fox jumps over the lazy dog, again and again and again.".utf8)
        for split in [0, 1, 55, 56, 63, 64, 65, message.count] {
            var hasher = SHA256()
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(SHA256.hexadecimal(hasher.finish()) == SHA256.hex(message))
        }
    }
}
