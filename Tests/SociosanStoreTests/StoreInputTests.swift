import Foundation
import Glibc
import Testing
@testable import SociosanStore

/// Issue 16, points 5 and 7: `list` and `export` do not trust the index; inputs are checked
/// before they are read; names and values never reach the terminal raw.
@Suite struct StoreInputTests {
    let spoi = "er.psychiatry.spoi"

    /// Runs the binary with a deadline: a command that hangs (a FIFO with no writer) is killed
    /// and reported as status -1. `through` runs it under another program (`setpriv ...`).
    func run(
        _ arguments: [String], standardInput: String? = nil, seconds: Double = 20, through prefix: [String] = [],
        binary: String = StoreFixtures.binary
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        let command = prefix + [binary] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let standardInput { process.standardInput = FileHandle(forReadingAtPath: standardInput) }
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let hung = process.isRunning
        if hung { kill(process.processIdentifier, SIGKILL) }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (hung ? -1 : process.terminationStatus, stdout, stderr)
    }

    func storeWithFour() throws -> (ScratchDirectory, String) {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for file in StoreFixtures.spoi { try store.put(file: file) }
        store.close()
        return (scratch, scratch.store)
    }

    func append(_ line: String, toIndexOf store: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: store + "/.index"))
        handle.seekToEndOfFile()
        handle.write(Data(line.utf8))
        handle.closeFile()
    }

    // MARK: Point 5: the index is not trusted

    @Test func anAppendedIndexLineHidesNothingFromExport() throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        // A forged tombstone line for one dossier.
        try append("\(spoi)\tspoi-ra-lugo\t9\t1\t\t\n", toIndexOf: store)
        let export = try run(["store", "export", "--store", store])
        #expect(export.status == 0)
        #expect(export.stdout.split(separator: "\n").count == 4)
        #expect(export.stdout.contains("\"spoi-ra-lugo\""))
        let list = try run(["store", "list", "--store", store, "--lang", "en"])
        #expect(list.status == 0)
        #expect(list.stderr.contains("index line dropped: \(spoi)/spoi-ra-lugo revision 9"), "\(list.stderr)")
    }

    @Test func forgedIndexLinesAreDroppedAndReportedEscaped() throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        try append("\(spoi)\t../../etc/passwd\t1\t0\t\u{1B}[31mRA\t\n", toIndexOf: store)
        try append("\(spoi)\tnot-stored\t1\t0\tRA\t\n", toIndexOf: store)
        let list = try run(["store", "list", "--store", store, "--lang", "en"])
        #expect(list.status == 0)
        #expect(!list.stdout.contains("passwd") && !list.stdout.contains("not-stored"))
        #expect(list.stdout.split(separator: "\n").count == 5)  // heading + 4
        #expect(list.stderr.contains("../../etc/passwd revision 1 (identifier refused)"))
        #expect(list.stderr.contains("not-stored revision 1 (no history)"))
        #expect(!list.stderr.contains("\u{1B}") && !list.stdout.contains("\u{1B}"))
        let library = try DossierStore(openingAt: store)
        #expect(try library.listing().dropped.count == 2)
        #expect(try library.list().count == 4)
    }

    // MARK: Point 7: inputs

    @Test func aFIFOIsRefusedWithoutHanging() throws {
        let (scratch, store) = try storeWithFour()
        let fifo = scratch.path + "/dossier.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        let put = try run(["store", "put", "--store", store, "--lang", "en", fifo], seconds: 20)
        #expect(put.status == 2, "\(put.stderr)")
        #expect(put.stderr.contains("is not a regular file"))
    }

    @Test func aDeviceIsRefusedBeforeAnyRead() throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        let put = try run(["store", "put", "--store", store, "--lang", "en", "/dev/zero"], seconds: 20)
        #expect(put.status == 2 && put.stderr.contains("/dev/zero is not a regular file"), "\(put.stderr)")
    }

    @Test func theSizeLimitIsClear() throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        let put = try run(["store", "put", "--store", store, "--lang", "en", "--max-size", "100", StoreFixtures.spoi[0]])
        #expect(put.status == 2)
        #expect(put.stderr.contains("is larger than 100 bytes") && put.stderr.contains("--max-size"), "\(put.stderr)")
        // Standard input is bounded too (it has no size to trust: it is counted as it comes).
        let piped = try run(["store", "put", "--store", store, "--lang", "en", "--max-size", "100", "-"], standardInput: StoreFixtures.spoi[0])
        #expect(piped.status == 2 && piped.stderr.contains("is larger than 100 bytes"), "\(piped.stderr)")
        let whole = try run(["store", "put", "--store", store, "-"], standardInput: StoreFixtures.spoi[0])
        #expect(whole.status == 0 && whole.stdout.contains("revision 2"), "\(whole.stderr)")
    }

    /// `put` keeps the canonical dossier, so an unknown field is dropped: it says so, as
    /// `validate` does.
    @Test func anUnknownFieldIsReportedByPut() throws {
        let (scratch, store) = try storeWithFour()
        let text = try String(contentsOfFile: StoreFixtures.spoi[0], encoding: .utf8)
            .replacingOccurrences(of: "\"beds\": 12,", with: "\"beds\": 12,\n  \"nickname\": \"x\",")
        let file = scratch.path + "/extra.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let put = try run(["store", "put", "--store", store, "--lang", "en", file])
        #expect(put.status == 0 && put.stdout.contains("revision 2"))
        #expect(put.stderr.contains("sociosan: warning: \(file) at /nickname: unknown field \"nickname\" (ignored)"), "\(put.stderr)")
    }

    /// The revision is committed before its line is printed: when standard output is full,
    /// the error says what was stored.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullStandardOutputSaysWhatWasStored() throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        let process = Process()
        process.executableURL = URL(fileURLWithPath: StoreFixtures.binary)
        process.arguments = ["store", "put", "--store", store, "--lang", "en", StoreFixtures.spoi[0]]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let err = Pipe()
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stderr.contains("stored all the same (the acknowledgement could not be written): \(spoi)/spoi-ra-lugo revision 2"), "\(stderr)")
        #expect(try DossierStore(openingAt: store).get(kind: spoi, id: "spoi-ra-lugo").revision == 2)
    }

    @Test(arguments: ["nan", "-1", "inf", "100000"])
    func aLockTimeoutOutOfRangeIsAUsageError(_ value: String) throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        let list = try run(["store", "list", "--store", store, "--lang", "en", "--lock-timeout=\(value)"])
        #expect(list.status == 2)
        #expect(list.stderr.contains("--lock-timeout takes a number of seconds from 0 to 86400"), "\(list.stderr)")
    }

    @Test func verifyEscapesNamesAndRemovesATemporaryFileThatIsNotUTF8() throws {
        let (scratch, store) = try storeWithFour()
        _ = scratch
        // A name with a line feed: it must not forge a line of the report.
        #expect(FileManager.default.createFile(atPath: store + "/\(spoi)/x\nspoi-ra-lugo.json: all good", contents: Data()))
        // A temporary file whose name is not UTF-8.
        let raw = Array((store + "/\(spoi)/.tmp-").utf8) + [0xFF, 0]
        let descriptor = raw.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o600) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let verify = try run(["store", "verify", "--store", store, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("x\\u{a}spoi-ra-lugo.json: all good: entry unknown to the store"), "\(verify.stdout)")
        #expect(verify.stdout.contains(".tmp-\\xFF: leftover temporary file"), "\(verify.stdout)")
        #expect(!verify.stdout.split(separator: "\n").contains { $0.hasPrefix("spoi-ra-lugo.json") })
        _ = try run(["store", "verify", "--store", store, "--repair"])
        let again = try run(["store", "verify", "--store", store, "--lang", "en"])
        #expect(!again.stdout.contains(".tmp-"), "\(again.stdout)")
    }

    /// Root reads every file whatever its mode (and the tests run as root, on CI too): then the
    /// command runs as the unprivileged user 65534 (`setpriv`, util-linux) over a store handed
    /// to that user, all but the history file, which stays root's.
    @Test(.enabled(if: getuid() != 0 || StoreFixtures.setpriv != nil,
                   "run as root without setpriv (util-linux): no user here is refused a file it can reach"))
    func anUnreadableHistoryFileIsReportedNotFatal() throws {
        let (scratch, store) = try storeWithFour()
        let revision = store + "/.history/\(spoi)/spoi-ra-lugo/1.json"
        let verify: (status: Int32, stdout: String, stderr: String)
        if getuid() == 0, let setpriv = StoreFixtures.setpriv {
            let user: uid_t = 65534
            // The binary is copied beside the store: the build folder may be out of that user's reach.
            let binary = scratch.path + "/sociosan"
            try FileManager.default.copyItem(atPath: StoreFixtures.binary, toPath: binary)
            #expect(chmod(scratch.path, 0o755) == 0 && chmod(binary, 0o755) == 0)
            try StoreFixtures.changeOwner(of: store, to: user)
            #expect(lchown(revision, 0, 0) == 0 && chmod(revision, 0o600) == 0)
            verify = try run(["store", "verify", "--store", store, "--lang", "en"],
                             through: [setpriv, "--reuid=\(user)", "--regid=\(user)", "--clear-groups"], binary: binary)
            // The store was within reach: only the history file was not.
            #expect(verify.stdout.components(separatedBy: ": unreadable").count == 2 && verify.stderr.isEmpty, "\(verify.stdout)\(verify.stderr)")
        } else {
            #expect(chmod(revision, 0) == 0)
            verify = try run(["store", "verify", "--store", store, "--lang", "en"])
            _ = chmod(revision, 0o600)
        }
        #expect(verify.status == 1 && verify.stdout.contains("1.json: unreadable"), "\(verify.stdout)\(verify.stderr)")
    }
}

/// Issue 16, the rest of point 7: `store import` and a `.jsonl` put read their file as a put
/// does (regular file or standard input, `--max-size`), and `verify --repair` quarantines a
/// link whose name is not UTF-8.
extension StoreInputTests {
    /// The four SPOI dossiers as one JSON Lines file.
    func jsonLines(in scratch: ScratchDirectory) throws -> String {
        let file = scratch.path + "/spoi.jsonl"
        let store = try DossierStore.create(at: scratch.path + "/source")
        for dossier in StoreFixtures.spoi { try store.put(file: dossier) }
        var text: [UInt8] = []
        try store.export { text += $0 }
        try Data(text).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func importAndJSONLinesPutRefuseAFIFOWithoutHanging() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        store.close()
        let fifo = scratch.path + "/dossiers.jsonl"
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in [["store", "import"], ["store", "put"]] {
            let result = try run(command + ["--store", scratch.store, "--lang", "en", fifo], seconds: 20)
            #expect(result.status == 2, "\(command) \(result.stderr)")
            #expect(result.stderr.contains("\(fifo) is not a regular file"), "\(result.stderr)")
        }
        let device = try run(["store", "import", "--store", scratch.store, "--lang", "en", "/dev/zero"], seconds: 20)
        #expect(device.status == 2 && device.stderr.contains("/dev/zero is not a regular file"), "\(device.stderr)")
    }

    @Test func importAndJSONLinesPutHonourTheSizeLimit() throws {
        let scratch = try ScratchDirectory()
        let file = try jsonLines(in: scratch)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int)
        _ = try DossierStore.create(at: scratch.store)
        for command in [["store", "import"], ["store", "put"]] {
            let result = try run(command + ["--store", scratch.store, "--lang", "en", "--max-size", String(size - 1), file])
            #expect(result.status == 2, "\(command) \(result.stderr)")
            #expect(result.stderr.contains("is larger than \(size - 1) bytes") && result.stderr.contains("--max-size"), "\(result.stderr)")
        }
        #expect(try DossierStore(openingAt: scratch.store).list().isEmpty)
        let piped = try run(["store", "import", "--store", scratch.store, "--lang", "en", "--max-size", String(size - 1), "-"], standardInput: file)
        #expect(piped.status == 2 && piped.stderr.contains("is larger than"), "\(piped.stderr)")
        let imported = try run(["store", "import", "--store", scratch.store, "--max-size", String(size), "-"], standardInput: file)
        #expect(imported.status == 0, "\(imported.stderr)")
        let put = try run(["store", "put", "--store", scratch.store, "--max-size", String(size), file])
        #expect(put.status == 0 && put.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix("revision 2") }, "\(put.stdout)\(put.stderr)")
        let zero = try run(["store", "import", "--store", scratch.store, "--lang", "en", "--max-size", "0", file])
        #expect(zero.status == 2 && zero.stderr.contains("--max-size takes a positive number of bytes"), "\(zero.stderr)")
    }

    @Test func aLinkWhoseNameIsNotUTF8IsQuarantined() throws {
        let (scratch, store) = try storeWithFour()
        let outside = scratch.path + "/outside.txt"
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: outside))
        // A link named "link-\xFF" in the kind folder, and one in the history.
        for folder in [store + "/\(spoi)", store + "/.history/\(spoi)/spoi-ra-lugo"] {
            let raw = Array((folder + "/link-").utf8) + [0xFF, 0]
            let status = raw.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { symlink(outside, $0) }
            }
            #expect(status == 0)
        }
        let verify = try run(["store", "verify", "--store", store, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("\(store)/\(spoi)/link-\\xFF: symbolic link (never followed)"), "\(verify.stdout)")
        let repair = try run(["store", "verify", "--store", store, "--repair", "--lang", "en"])
        #expect(repair.status == 1)
        #expect(repair.stdout.contains("quarantined: \(store)/.quarantine/\(spoi)/link-\\xFF"), "\(repair.stdout)")
        #expect(repair.stdout.contains("quarantined: \(store)/.quarantine/_history/\(spoi)/spoi-ra-lugo/link-\\xFF"), "\(repair.stdout)")
        // The links themselves moved (still links, to the same place), nothing followed.
        var info = stat()
        #expect(lstat(store + "/.quarantine/\(spoi)/link-\\xFF", &info) == 0 && info.st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "precious\n")
        let again = try run(["store", "verify", "--store", store, "--lang", "en"])
        #expect(again.status == 0, "\(again.stdout)")
    }
}
