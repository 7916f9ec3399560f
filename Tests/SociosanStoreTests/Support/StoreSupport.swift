import Foundation
import Glibc
import Testing
@testable import SociosanStore

/// Paths and helpers shared by the store tests.
enum StoreFixtures {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func files(_ kind: String) -> [String] {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/\(kind)/valid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static var spoi: [String] { files("er.psychiatry.spoi") }
    static var rosters: [String] { files("staffing.roster") }
    static var structures: [String] { files("staffing.structure") }

    static func invalidSPOI() -> String {
        let folder = repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.spoi/invalid")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let name = names.filter { $0.hasSuffix(".json") }.sorted().first!
        return folder.appendingPathComponent(name).path
    }

    /// The built `sociosan` binary, beside the test bundle.
    static let binary: String = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        for folder in candidates {
            let candidate = folder.appendingPathComponent("sociosan")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
        }
        return "/nonexistent/sociosan"
    }()
}

extension StoreFixtures {
    /// `setpriv` (util-linux), which runs a command as another user: how a test run as root
    /// sees what an unprivileged user is refused. `nil` where it is not installed.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv", "/usr/sbin/setpriv"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Gives `root` and everything below it to `user` (and the group of that number), links
    /// included and never followed.
    static func changeOwner(of root: String, to user: uid_t) throws {
        var paths = [root]
        if let enumerator = FileManager.default.enumerator(atPath: root) {
            while let relative = enumerator.nextObject() as? String { paths.append(root + "/" + relative) }
        }
        for path in paths where lchown(path, user, gid_t(user)) != 0 {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
    }
}

/// A fresh directory, removed when the value goes.
final class ScratchDirectory: @unchecked Sendable {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        path = base.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var store: String { path + "/store" }
}

/// Every file under `root`, relative path -> bytes (the lock file left out: it holds a pid).
func snapshot(_ root: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return result }
    while let relative = enumerator.nextObject() as? String {
        if relative == ".lock" { continue }
        var isDirectory: ObjCBool = false
        let full = root + "/" + relative
        _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
        result[relative] = isDirectory.boolValue ? Data() : (FileManager.default.contents(atPath: full) ?? Data())
    }
    return result
}

/// Runs the binary to completion.
@discardableResult
func runSociosan(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: StoreFixtures.binary)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// Leaves the session marker of a writer that was killed: a marker file nobody holds locked.
func leaveDeadWriterMarker(_ root: String) throws {
    try FileManager.default.createDirectory(atPath: root + "/.writers", withIntermediateDirectories: true)
    try Data("99999\n".utf8).write(to: URL(fileURLWithPath: root + "/.writers/99999-dead.session"))
}

/// The session markers in the store (live or dead).
func deadWriterMarkers(_ root: String) throws -> [String] {
    try WriterSession.deadMarkers(in: root + "/.writers", except: nil, files: StoreFiles(root: root))
}

/// Copies revision `from` of a dossier's history folder to revision `to`, with the digest
/// record a put writes before it (as a writer killed after its history file leaves them).
func copyRevisionAsAKilledPutLeavesIt(_ history: String, from: Int, to: Int) throws {
    try FileManager.default.copyItem(atPath: history + "/\(from).json", toPath: history + "/\(to).json")
    let bytes = try Data(contentsOf: URL(fileURLWithPath: history + "/\(to).json"))
    let records = try FileManager.default.contentsOfDirectory(atPath: history).compactMap(ChainRecord.init(name:))
    let previous = records.first { $0.revision == to - 1 }?.chain ?? ChainRecord.origin
    FileManager.default.createFile(atPath: history + "/" + ChainRecord(revision: to, bytes: Array(bytes), previous: previous).name, contents: nil)
}

/// Runs `executable` with `arguments` to completion: status, standard output, standard error.
func runProcess(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, stdout, stderr)
}
