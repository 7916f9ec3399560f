import Glibc
import SociosanSystem

/// Path helpers and the calls that do not touch the store's own tree (inputs, flushing).
enum FileSystem {
    static let temporaryPrefix = ".tmp-"

    static func fail(_ path: String, _ operation: String) -> StoreError {
        .io(path: path, operation: operation, errno: errno)
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        if let code = SystemCall.writeAll(descriptor, bytes) { throw .io(path: path, operation: "write", errno: code) }
    }

    /// Reads an input file the caller named (outside the store): it must be a regular file, or
    /// a pipe, terminal or socket for standard input; at most `limit` bytes, read as they come
    /// (a pipe has no size to trust). Opened non-blocking so that a FIFO with no writer does
    /// not hang the command: the `fstat` refuses it first.
    static func readInput(_ path: String, limit: Int) throws(StoreError) -> [UInt8] {
        let descriptor = path == "-" ? dup(0) : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw fail(path, "open") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw fail(path, "open") }
        let type = info.st_mode & S_IFMT
        let streaming = path == "-" && (type == S_IFIFO || type == S_IFCHR || type == S_IFSOCK)
        guard type == S_IFREG || streaming else { throw .notARegularFile(path: path) }
        if type == S_IFREG && Int(info.st_size) > limit { throw .tooLarge(path: path, limit: limit) }
        if !streaming {
            // Back to blocking reads: a regular file never waits, and SystemCall polls otherwise.
            let flags = fcntl(descriptor, F_GETFL)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
        }
        var bytes = [UInt8](repeating: 0, count: type == S_IFREG ? min(Int(info.st_size), limit) + 1 : 64 * 1024)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard filled <= limit else { throw .tooLarge(path: path, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - filled + 1)))
            }
            let count = bytes.withUnsafeMutableBytes { SystemCall.read(descriptor, into: $0.baseAddress! + filled, count: $0.count - filled) }
            if count < 0 { throw fail(path, "read") }
            if count == 0 { break }
            filled += count
            if filled > limit { throw .tooLarge(path: path, limit: limit) }
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// `syncfs(2)`, looked up at run time: the Glibc module does not export it (it needs
    /// `_GNU_SOURCE`). Where it is missing, `sync(2)` flushes every file system instead.
    private static let syncfsFunction: (@convention(c) (Int32) -> Int32)? = {
        guard let symbol = dlsym(nil, "syncfs") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
    }()

    static func syncFileSystem(descriptor: Int32) -> Int32 {
        if let function = syncfsFunction { return function(descriptor) }
        sync()
        return 0
    }

    static func parentOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func nameOf(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// A fresh temporary name: the prefix and 64 random bits, so that no one can plant a file
    /// (a FIFO, a file of theirs) under the name a writer is about to use.
    static func temporaryName() -> String {
        var random = SystemRandomNumberGenerator()
        let value = random.next() as UInt64
        let digits = String(value, radix: 16)
        return temporaryPrefix + String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// What a name under the store root is, seen without following it (`fstatat` with
/// `AT_SYMLINK_NOFOLLOW`).
enum EntryType: Sendable, Hashable {
    case missing, directory, regularFile, symbolicLink, other
}

/// The store's own tree, reached only through directory descriptors.
///
/// The root is opened once. Every other path (always `root + "/" + relative`) is reached by
/// opening each folder below the root with `openat(O_DIRECTORY | O_NOFOLLOW)` and acting on the
/// last name with an `*at` call (`openat` with `O_NOFOLLOW`, `mkdirat`, `renameat`,
/// `unlinkat`, `fstatat` without following). A symbolic link anywhere below the root is never
/// followed: the call fails with ``StoreError/unsafeEntry(path:reason:)``; `verify` reports
/// it and `verify --repair` moves it to the quarantine. A name that exists but is not a folder
/// where a folder is needed is an error too, never silently used.
///
/// Modes are set explicitly (`fchmod`), not left to the umask: folders 0700 and files 0600 in
/// a private store; folders 02770 (setgid: new files take the store's group) and files 0660 in
/// a store made with `store init --group`, which is recognised by its root's setgid bit.
final class StoreFiles {
    let root: String
    let rootDescriptor: Int32
    let shared: Bool

    var folderMode: mode_t { shared ? 0o2770 : 0o700 }
    var fileMode: mode_t { shared ? 0o660 : 0o600 }

    /// Opens `root` (which may itself be reached through a link the user chose: only what is
    /// below it is never followed).
    init(root: String) throws(StoreError) {
        self.root = root
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .notAStore(path: root) }
            throw FileSystem.fail(root, "open")
        }
        var info = stat()
        shared = fstat(descriptor, &info) == 0 && info.st_mode & S_ISGID != 0 && info.st_mode & 0o070 == 0o070
        rootDescriptor = descriptor
    }

    deinit { close(rootDescriptor) }

    // MARK: Walking

    /// The names from the root down to `path`; `path` must be the root or below it.
    func components(_ path: String) -> [Substring] {
        if path == root { return [] }
        precondition(path.hasPrefix(root + "/"), "\(path) is outside the store \(root)")
        return path.dropFirst(root.count + 1).split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Folders already walked inside ``withFolderCache(_:)``, by path: a put reaches its
    /// dossier's history folder five times (history, chain, record, revision, sync), and each
    /// walk from the root costs an `openat` and a `close` per component.
    private var walkedFolders: [String: Int32] = [:]
    private var folderCacheDepth = 0
    /// At most this many folders are held open (an import walks one folder per dossier).
    static let folderCacheLimit = 32

    /// Runs `body` with the folders it walks kept open, so that each is walked from the root
    /// once; they are closed when the outermost call returns. For one operation under the
    /// exclusive lock (a put, a delete, an import): each cached descriptor is a real folder
    /// reached without following a link, and stays that folder for the operation, so every
    /// write of the operation lands in the same folder even if a name on the way were swapped
    /// meanwhile. Any folder removal or move forgets them all.
    func withFolderCache<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        folderCacheDepth += 1
        defer {
            folderCacheDepth -= 1
            if folderCacheDepth == 0 { forgetFolders() }
        }
        return try body()
    }

    /// Closes the cached folders.
    func forgetFolders() {
        for descriptor in walkedFolders.values { close(descriptor) }
        walkedFolders.removeAll(keepingCapacity: true)
    }

    /// Opens the folder `path` (a new descriptor, to be closed by the caller); `nil` when a
    /// component is missing and `create` is false. With `create`, missing folders are made
    /// (mode set explicitly) and appended to `created` as the parents whose entries changed.
    func openDirectory(_ path: String, create: Bool = false, created: UnsafeMutablePointer<[String]>? = nil) throws(StoreError) -> Int32? {
        guard let (descriptor, owned) = try walk(path, create: create, created: created) else { return nil }
        return owned ? descriptor : try duplicate(descriptor, path)
    }

    /// Runs `body` with a descriptor of the folder `path`, borrowed from the cache when the
    /// folder was walked already (no system call), else opened and closed around it;
    /// `missing` when a component does not exist.
    func withDirectory<T>(_ path: String, create: Bool = false, created: UnsafeMutablePointer<[String]>? = nil, missing: T,
                          _ body: (Int32) throws(StoreError) -> T) throws(StoreError) -> T {
        guard let (descriptor, owned) = try walk(path, create: create, created: created) else { return missing }
        defer { if owned { close(descriptor) } }
        return try body(descriptor)
    }

    /// The walk behind ``openDirectory(_:create:created:)``: the folder's descriptor and
    /// whether the caller owns it (`false`: it is the cache's, valid until the operation ends).
    private func walk(_ path: String, create: Bool, created: UnsafeMutablePointer<[String]>?) throws(StoreError) -> (Int32, Bool)? {
        let names = components(path)
        let caching = folderCacheDepth > 0
        if caching, let known = walkedFolders[path] { return (known, false) }
        if caching && walkedFolders.count >= Self.folderCacheLimit { forgetFolders() }
        // Start from the deepest folder already walked (the root when none): `current` is
        // borrowed (not ours to close) until the first component we open ourselves.
        var current = rootDescriptor
        var walked = root
        var start = 0
        if caching && !walkedFolders.isEmpty {
            var prefix = root
            for (index, name) in names.enumerated() {
                prefix += "/" + name
                guard let known = walkedFolders[prefix] else { break }
                current = known
                walked = prefix
                start = index + 1
            }
        }
        var owned = false
        for name in names[start...] {
            let parent = walked
            walked += "/" + name
            var next = openat(current, String(name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if next < 0 && errno == ENOENT && create {
                if mkdirat(current, String(name), 0o700) != 0 && errno != EEXIST {
                    let failure = FileSystem.fail(walked, "create")
                    if owned { close(current) }
                    throw failure
                }
                next = openat(current, String(name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if next >= 0 {
                    if fchmod(next, folderMode) != 0 {
                        let failure = FileSystem.fail(walked, "create")
                        close(next)
                        if owned { close(current) }
                        throw failure
                    }
                    created?.pointee.append(parent)
                }
            }
            if next < 0 {
                let code = errno
                let type = Self.type(current, String(name))
                if owned { close(current) }
                if code == ENOENT && type == .missing { return nil }
                if code == ELOOP || code == ENOTDIR || type == .symbolicLink {
                    throw .unsafeEntry(path: walked, reason: type == .symbolicLink ? .symbolicLink : .notAFolder)
                }
                throw .io(path: walked, operation: "open", errno: code)
            }
            if caching {
                // Kept for the rest of the operation; the walk goes on from it, borrowed.
                walkedFolders[walked] = next
                owned = false
            } else {
                if owned { close(current) }
                owned = true
            }
            current = next
        }
        if names.isEmpty { return (rootDescriptor, false) }
        return (current, owned)
    }

    /// A new descriptor of an open folder, for a caller that closes what it is given. It
    /// shares the folder's listing offset with the original: ``rawEntries(_:)`` rewinds.
    private func duplicate(_ descriptor: Int32, _ path: String) throws(StoreError) -> Int32 {
        let copy = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else { throw FileSystem.fail(path, "open") }
        return copy
    }

    /// Runs `body` with the descriptor of the folder holding `path` and the last name;
    /// `missing` when that folder does not exist (and `create` is false).
    func inParent<T>(_ path: String, create: Bool = false, missing: T, _ body: (Int32, String) throws(StoreError) -> T) throws(StoreError) -> T {
        try withDirectory(FileSystem.parentOf(path), create: create, missing: missing) { (descriptor) throws(StoreError) -> T in
            try body(descriptor, FileSystem.nameOf(path))
        }
    }

    /// Calls `body` with `name` as a C string (a name read from a folder may not be UTF-8).
    static func withCString<T>(_ name: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (name + [0]).withUnsafeBufferPointer { terminated in
            terminated.baseAddress!.withMemoryRebound(to: CChar.self, capacity: terminated.count) { body($0) }
        }
    }

    static func type(_ directory: Int32, _ name: UnsafePointer<CChar>) -> EntryType {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    static func type(_ directory: Int32, _ name: String) -> EntryType {
        name.withCString { type(directory, $0) }
    }

    // MARK: Looking

    /// What `path` is, without following it; a folder on the way that is a link or missing
    /// makes it `.missing` here (the walk's own error says more where it matters).
    func type(_ path: String) -> EntryType {
        if path == root { return .directory }
        return (try? inParent(path, missing: EntryType.missing) { (directory, name) throws(StoreError) in Self.type(directory, name) }) ?? .missing
    }

    func exists(_ path: String) -> Bool { type(path) != .missing }
    func isDirectory(_ path: String) -> Bool { type(path) == .directory }
    func isRegularFile(_ path: String) -> Bool { type(path) == .regularFile }

    /// Opens a file below the root without following a link; `nil` when it (or its folder)
    /// does not exist. A link, or something that is not a regular file, is an error.
    func openFile(_ path: String, _ flags: Int32, create: Bool = false) throws(StoreError) -> Int32? {
        try inParent(path, missing: nil) { (directory, name) throws(StoreError) -> Int32? in
            // Non-blocking open: a FIFO planted here must not hang the writer (fstat refuses it).
            let descriptor = create
                ? openat(directory, name, flags | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, fileMode)
                : openat(directory, name, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
            if descriptor < 0 {
                let code = errno
                if code == ENOENT { return nil }
                if code == ELOOP { throw .unsafeEntry(path: path, reason: .symbolicLink) }
                throw .io(path: path, operation: create ? "create" : "open", errno: code)
            }
            var info = stat()
            guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                close(descriptor)
                throw .unsafeEntry(path: path, reason: .notARegularFile)
            }
            let flagsNow = fcntl(descriptor, F_GETFL)
            if flagsNow >= 0 { _ = fcntl(descriptor, F_SETFL, flagsNow & ~O_NONBLOCK) }
            if create && info.st_size == 0 && info.st_uid == geteuid() && info.st_mode & 0o7777 != fileMode {
                _ = fchmod(descriptor, fileMode)
            }
            return descriptor
        }
    }

    /// The whole file, or `nil` when it does not exist.
    func read(_ path: String) throws(StoreError) -> [UInt8]? {
        guard let descriptor = try openFile(path, O_RDONLY) else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { SystemCall.read(descriptor, into: $0.baseAddress! + filled, count: $0.count - filled) }
            if count < 0 { throw FileSystem.fail(path, "read") }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// The names in a folder (without `.` and `..`); empty when it does not exist. A link in
    /// its place is an error.
    func entries(_ path: String) throws(StoreError) -> [String] {
        try rawEntries(path).map { String(decoding: $0.name, as: UTF8.self) }
    }

    /// The names in a folder as raw bytes with their type (for `verify`, which must report and
    /// remove a name that is not UTF-8, such as `.tmp-\xff`).
    func rawEntries(_ path: String) throws(StoreError) -> [(name: [UInt8], type: EntryType)] {
        guard let descriptor = try openDirectory(path) else { return [] }
        guard let directory = fdopendir(descriptor) else {
            let failure = FileSystem.fail(path, "list")
            close(descriptor)
            throw failure
        }
        defer { closedir(directory) }
        // The descriptor may be a copy of a cached one that was listed before (same offset).
        rewinddir(directory)
        var result: [(name: [UInt8], type: EntryType)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [46] || name == [46, 46] { continue }
            // The entry's own type when the file system gives it (no extra call), else fstatat.
            let type: EntryType
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): type = .directory
            case Int32(DT_REG): type = .regularFile
            case Int32(DT_LNK): type = .symbolicLink
            case Int32(DT_UNKNOWN): type = Self.withCString(name) { Self.type(dirfd(directory), $0) }
            default: type = .other
            }
            result.append((name, type))
        }
        return result
    }

    /// ``entries(_:)``, but a link or a non-folder in the folder's place lists as empty: for
    /// the walks that only look for the store's own files (a link's target is never its).
    func listing(_ path: String) throws(StoreError) -> [String] {
        do {
            return try entries(path)
        } catch {
            if case .unsafeEntry = error { return [] }
            throw error
        }
    }

    /// The names of the real folders (not links) in a folder; empty when it does not exist.
    func directories(_ path: String) throws(StoreError) -> [String] {
        try rawEntries(path).compactMap { $0.type == .directory ? String(decoding: $0.name, as: UTF8.self) : nil }
    }

    /// Removes a name given as raw bytes from the folder `path` (a file or a link, never
    /// followed).
    func removeRaw(_ name: [UInt8], in path: String) throws(StoreError) {
        try withDirectory(path, missing: ()) { (descriptor) throws(StoreError) in
            let status = Self.withCString(name) { unlinkat(descriptor, $0, 0) }
            if status != 0 && errno != ENOENT { throw FileSystem.fail(path + "/" + String(decoding: name, as: UTF8.self), "remove") }
        }
    }

    // MARK: Folders

    func syncDirectory(_ path: String) throws(StoreError) {
        let found = try withDirectory(path, missing: false) { (descriptor) throws(StoreError) -> Bool in
            if fsync(descriptor) != 0 { throw FileSystem.fail(path, "sync") }
            return true
        }
        if !found { throw .io(path: path, operation: "open", errno: ENOENT) }
    }

    /// Creates `path` and any missing parents below the root, syncing each parent so that the
    /// new folder survives a crash.
    func makeDirectories(_ path: String) throws(StoreError) {
        for parent in try makeDirectoriesDeferringSync(path) { try syncDirectory(parent) }
    }

    /// Creates `path` and any missing parents below the root without syncing; returns the
    /// folders whose entries changed (the parents of what was created, outermost first), to
    /// be synced before the write that needs them is acknowledged. Syncing them after the
    /// file's own fsync is nearly free on a journalling file system: that fsync already
    /// committed the mkdir.
    func makeDirectoriesDeferringSync(_ path: String) throws(StoreError) -> [String] {
        var created: [String] = []
        let made = try withUnsafeMutablePointer(to: &created, { (pointer) throws(StoreError) -> Bool in
            try withDirectory(path, create: true, created: pointer, missing: false) { _ in true }
        })
        if !made { throw .io(path: path, operation: "create", errno: ENOENT) }
        return created
    }

    /// Removes an empty folder (best effort: a folder that still holds something stays).
    func removeDirectory(_ path: String) {
        forgetFolders()
        _ = try? inParent(path, missing: ()) { (directory, name) throws(StoreError) in
            _ = unlinkat(directory, name, AT_REMOVEDIR)
        }
    }

    // MARK: Writing

    /// Atomic, not durable: a temporary file renamed over `path`, no fsync. For derived data
    /// (current files, the index) that recovery rebuilds from the history after a crash.
    func writeReplacing(_ bytes: [UInt8], to path: String) throws(StoreError) {
        try replace(path, with: bytes, syncing: false)
    }

    /// Atomic and durable: a temporary file in the same folder, written and synced, renamed
    /// over `path`, then the folder synced. When this returns, the new bytes are on disk.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        try replace(path, with: bytes, syncing: true)
    }

    /// Creates a new temporary file in the folder `directory` (a descriptor of it): a random
    /// name, `O_CREAT | O_EXCL | O_NOFOLLOW` (nothing planted there is ever opened), the mode
    /// set with `fchmod`, and `fstat` confirming a regular file of ours. Returns the
    /// descriptor and the name.
    func createTemporary(in directory: Int32, folder: String, flags: Int32 = O_WRONLY) throws(StoreError) -> (Int32, String) {
        var attempts = 0
        while true {
            let name = FileSystem.temporaryName()
            let descriptor = openat(directory, name, flags | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
            if descriptor < 0 {
                attempts += 1
                if errno == EEXIST && attempts < 8 { continue }
                throw FileSystem.fail(folder + "/" + name, "create")
            }
            var info = stat()
            if fchmod(descriptor, fileMode) != 0 || fstat(descriptor, &info) != 0 || info.st_mode & S_IFMT != S_IFREG {
                let failure = FileSystem.fail(folder + "/" + name, "create")
                close(descriptor)
                _ = unlinkat(directory, name, 0)
                throw failure
            }
            return (descriptor, name)
        }
    }

    /// Writes a temporary file beside `path` (fsynced when `syncing`, and the folder synced
    /// after the rename), renames it over `path`, and removes the temporary file on any
    /// failure.
    private func replace(_ path: String, with bytes: [UInt8], syncing: Bool) throws(StoreError) {
        let folder = FileSystem.parentOf(path)
        let found = try withDirectory(folder, missing: false) { (directory) throws(StoreError) -> Bool in
            try replace(path, in: directory, folder: folder, with: bytes, syncing: syncing)
            return true
        }
        if !found { throw .io(path: folder, operation: "open", errno: ENOENT) }
    }

    private func replace(_ path: String, in directory: Int32, folder: String, with bytes: [UInt8], syncing: Bool) throws(StoreError) {
        let (descriptor, temporary) = try createTemporary(in: directory, folder: folder)
        do throws(StoreError) {
            try FileSystem.writeAll(descriptor, bytes, path: folder + "/" + temporary)
            if syncing && fsync(descriptor) != 0 { throw FileSystem.fail(folder + "/" + temporary, "sync") }
        } catch {
            close(descriptor)
            unlinkat(directory, temporary, 0)
            throw error
        }
        close(descriptor)
        // A folder in the target's place is refused (rename would fail anyway; say why).
        if Self.type(directory, FileSystem.nameOf(path)) == .directory {
            unlinkat(directory, temporary, 0)
            throw .unsafeEntry(path: path, reason: .notARegularFile)
        }
        if renameat(directory, temporary, directory, FileSystem.nameOf(path)) != 0 {
            let failure = FileSystem.fail(path, "rename")
            unlinkat(directory, temporary, 0)
            throw failure
        }
        if syncing && fsync(directory) != 0 { throw FileSystem.fail(folder, "sync") }
    }

    /// Creates an empty file that must not exist yet (its name is its content: a digest
    /// record). Durable once its folder is synced.
    ///
    /// With `sharing`, the file is made as a hard link to that empty file of the store's
    /// (created on first use), so that no inode is allocated: on ext4, allocating one is most
    /// of a durable put's CPU time (`perf`: `ext4_create`, `recently_deleted`), and the record
    /// added one to the three a put made before it. Only a name is needed. The shared file
    /// is used only while it is a regular, empty file of ours with the store's mode and room
    /// for more links; otherwise the record is created on its own, as without `sharing`.
    func createEmpty(_ path: String, sharing shared: String? = nil) throws(StoreError) {
        if let shared, try link(path, toEmpty: shared) { return }
        try inParent(path, missing: ()) { (directory, name) throws(StoreError) in
            let descriptor = openat(directory, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
            guard descriptor >= 0 else { throw FileSystem.fail(path, "create") }
            _ = fchmod(descriptor, fileMode)
            close(descriptor)
        }
    }

    /// The hard link of ``createEmpty(_:sharing:)``; `false` when the shared file cannot serve.
    private func link(_ path: String, toEmpty shared: String) throws(StoreError) -> Bool {
        let sharedName = FileSystem.nameOf(shared)
        return try withDirectory(FileSystem.parentOf(shared), missing: false) { (sharedFolder) throws(StoreError) -> Bool in
            var info = stat()
            if fstatat(sharedFolder, sharedName, &info, AT_SYMLINK_NOFOLLOW) != 0 {
                guard errno == ENOENT else { return false }
                // First use: made durable before any record points at it.
                let descriptor = openat(sharedFolder, sharedName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
                guard descriptor >= 0 else { return false }
                let made = fchmod(descriptor, fileMode) == 0 && fsync(descriptor) == 0
                close(descriptor)
                guard made, fsync(sharedFolder) == 0 else { return false }
            } else if info.st_mode & S_IFMT != S_IFREG || info.st_size != 0 || info.st_uid != geteuid()
                        // ext4 allows 65,000 links an inode; stop short of it, then create.
                        || info.st_mode & 0o7777 != fileMode || info.st_nlink >= 60_000 {
                return false
            }
            return try inParent(path, missing: false) { (directory, name) throws(StoreError) -> Bool in
                linkat(sharedFolder, sharedName, directory, name, 0) == 0
            }
        }
    }

    /// Removes a file (or a link, never followed); one that is not there (nor its folder) is
    /// already removed.
    func remove(_ path: String) throws(StoreError) {
        do {
            try withDirectory(FileSystem.parentOf(path), missing: ()) { (descriptor) throws(StoreError) in
                if unlinkat(descriptor, FileSystem.nameOf(path), 0) != 0 && errno != ENOENT && errno != ENOTDIR {
                    throw FileSystem.fail(path, "remove")
                }
            }
        } catch {
            // A link on the way: nothing of the store's is behind it to remove.
            if case .unsafeEntry = error { return }
            throw error
        }
    }

    /// Cuts a file to `size` bytes (the index, after a failed append).
    func truncate(_ path: String, to size: Int) -> Bool {
        guard let descriptor = try? openFile(path, O_WRONLY) else { return false }
        defer { close(descriptor) }
        return ftruncate(descriptor, off_t(size)) == 0
    }

    /// Moves `path` (a file, a folder or a link: the name itself, never what a link points
    /// to) to `target` below the root, creating the target's folders.
    func move(_ path: String, to target: String) throws(StoreError) {
        try move(Array(FileSystem.nameOf(path).utf8), in: FileSystem.parentOf(path), to: target)
    }

    /// ``move(_:to:)`` for a name given as raw bytes in the folder `folder` (a name read from
    /// the folder that may not be UTF-8).
    func move(_ name: [UInt8], in folder: String, to target: String) throws(StoreError) {
        let path = folder + "/" + String(decoding: name, as: UTF8.self)
        // A folder may be what moves: no cached descriptor may outlive its name.
        forgetFolders()
        let targetFolder = FileSystem.parentOf(target)
        try makeDirectories(targetFolder)
        guard let from = try openDirectory(folder) else { throw .io(path: path, operation: "rename", errno: ENOENT) }
        defer { close(from) }
        guard let to = try openDirectory(targetFolder) else { throw .io(path: target, operation: "rename", errno: ENOENT) }
        defer { close(to) }
        let status = Self.withCString(name) { renameat(from, $0, to, FileSystem.nameOf(target)) }
        if status != 0 { throw FileSystem.fail(path, "rename") }
        if fsync(to) != 0 || fsync(from) != 0 { throw FileSystem.fail(targetFolder, "sync") }
    }

    /// Flushes every file of the file system holding the store (`syncfs`).
    func syncFileSystem() throws(StoreError) {
        if FileSystem.syncFileSystem(descriptor: rootDescriptor) != 0 { throw FileSystem.fail(root, "sync") }
    }
}
