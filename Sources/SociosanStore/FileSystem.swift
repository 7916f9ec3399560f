import Glibc
import SociosanSystem

/// The few system calls the store needs, each turning a failure into a ``StoreError``.
enum FileSystem {
    static let temporaryPrefix = ".tmp-"

    static func fail(_ path: String, _ operation: String) -> StoreError {
        .io(path: path, operation: operation, errno: errno)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The whole file, or `nil` when it does not exist.
    static func read(_ path: String) throws(StoreError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        if descriptor < 0 {
            if errno == ENOENT { return nil }
            throw fail(path, "open")
        }
        defer { close(descriptor) }
        // Sized from fstat, read straight into the array; a file that grows meanwhile is
        // read to its end all the same.
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096))) }
            let count = bytes.withUnsafeMutableBytes { SystemCall.read(descriptor, into: $0.baseAddress! + filled, count: $0.count - filled) }
            if count < 0 { throw fail(path, "read") }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// The names in a directory (without `.` and `..`); empty when it does not exist.
    static func entries(_ path: String) throws(StoreError) -> [String] {
        guard let directory = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return [] }
            throw fail(path, "list")
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(StoreError) {
        if let code = SystemCall.writeAll(descriptor, bytes) { throw .io(path: path, operation: "write", errno: code) }
    }

    static func syncDirectory(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(path, "open") }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw fail(path, "sync") }
    }

    /// Creates `path` and any missing parents below `root`, syncing each parent so that the
    /// new directory survives a crash.
    static func makeDirectories(_ path: String, below root: String) throws(StoreError) {
        if isDirectory(path) { return }
        let parent = parentOf(path)
        if parent != root && parent.count > root.count { try makeDirectories(parent, below: root) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw fail(path, "create") }
        try syncDirectory(parent)
    }

    /// Creates `path` and any missing parents below `root` without syncing; returns the
    /// folders whose entries changed (the parents of what was created), to be synced before
    /// the write that needs them is acknowledged. Syncing them after the file's own fsync is
    /// nearly free on a journalling file system: that fsync already committed the mkdir.
    static func makeDirectoriesDeferringSync(_ path: String, below root: String) throws(StoreError) -> [String] {
        if isDirectory(path) { return [] }
        let parent = parentOf(path)
        var pending: [String] = []
        if parent != root && parent.count > root.count { pending = try makeDirectoriesDeferringSync(parent, below: root) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw fail(path, "create") }
        pending.append(parent)
        return pending
    }

    /// Atomic, not durable: a temporary file renamed over `path`, no fsync. For derived data
    /// (current files, the index) that recovery rebuilds from the history after a crash.
    static func writeReplacing(_ bytes: [UInt8], to path: String) throws(StoreError) {
        try replace(path, with: bytes, syncing: false)
    }

    /// The shared body of ``writeReplacing(_:to:)`` and ``writeAtomically(_:to:)``: writes a
    /// temporary file beside `path` (fsynced when `syncing`), renames it over `path`, and
    /// removes the temporary file on any failure. Returns the directory holding `path`.
    @discardableResult
    private static func replace(_ path: String, with bytes: [UInt8], syncing: Bool) throws(StoreError) -> String {
        let directory = parentOf(path)
        let temporary = directory + "/" + temporaryPrefix + String(getpid()) + "-" + nameOf(path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw fail(temporary, "create") }
        do throws(StoreError) {
            try writeAll(descriptor, bytes, path: temporary)
            if syncing && fsync(descriptor) != 0 { throw fail(temporary, "sync") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        if rename(temporary, path) != 0 {
            let failure = fail(path, "rename")
            unlink(temporary)
            throw failure
        }
        return directory
    }

    /// Flushes every file of the file system holding `path` (`syncfs`).
    static func syncFileSystem(_ path: String) throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(path, "open") }
        defer { close(descriptor) }
        if syncFileSystem(descriptor: descriptor) != 0 { throw fail(path, "sync") }
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

    /// Atomic and durable: a temporary file in the same directory, written and synced, renamed
    /// over `path`, then the directory synced. When this returns, the new bytes are on disk.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let directory = try replace(path, with: bytes, syncing: true)
        try syncDirectory(directory)
    }

    /// Removes a file; one that is not there (nor its folder) is already removed.
    static func remove(_ path: String) throws(StoreError) {
        if unlink(path) != 0 && errno != ENOENT && errno != ENOTDIR { throw fail(path, "remove") }
    }

    /// Moves `path` to `target` (same file system), creating the target's folders.
    static func move(_ path: String, to target: String, root: String) throws(StoreError) {
        try makeDirectories(parentOf(target), below: root)
        if rename(path, target) != 0 { throw fail(path, "rename") }
        try syncDirectory(parentOf(target))
        try syncDirectory(parentOf(path))
    }
}
