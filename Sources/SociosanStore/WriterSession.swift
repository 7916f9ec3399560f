import Glibc

/// A writer's session marker: `ROOT/.writers/<pid>-<random>.session`, created (and synced)
/// before the session's first write and held under an exclusive `flock` for as long as the
/// session lives.
///
/// Format 2 makes only the history durable at each put; the current files and the index are
/// derived data written without fsync. A marker says "derived data may be behind the
/// history": a clean close syncs the file system (`syncfs`) and removes the marker; a marker
/// left without its lock (the writer was killed, or the machine stopped) tells the next open
/// to recover the current files and the index from the history.
final class WriterSession {
    static let suffix = ".session"

    let directory: String
    let files: StoreFiles
    private var descriptor: Int32 = -1
    private(set) var name: String?
    /// Set when a failed write could not be undone in full: the marker is then left behind on
    /// close, so that the next open recovers.
    var dirty = false

    init(directory: String, files: StoreFiles) {
        self.directory = directory
        self.files = files
    }

    deinit { end() }

    var isOpen: Bool { descriptor >= 0 }

    /// Creates the marker once: a temporary file, locked, synced, renamed into place, and the
    /// folder synced; the lock is taken before the rename so that no one sees it unlocked.
    func begin(root: String) throws(StoreError) {
        if descriptor >= 0 { return }
        if !files.isDirectory(directory) {
            try files.makeDirectories(directory)
        }
        var random = SystemRandomNumberGenerator()
        let base = String(getpid()) + "-" + String(random.next() as UInt64, radix: 16)
        guard let folder = try files.openDirectory(directory) else { throw .io(path: directory, operation: "open", errno: ENOENT) }
        defer { close(folder) }
        let (fd, temporary) = try files.createTemporary(in: folder, folder: directory, flags: O_RDWR)
        do throws(StoreError) {
            if flock(fd, LOCK_EX | LOCK_NB) != 0 { throw FileSystem.fail(directory + "/" + temporary, "lock") }
            try FileSystem.writeAll(fd, Array("\(getpid())\n".utf8), path: directory + "/" + temporary)
            if fsync(fd) != 0 { throw FileSystem.fail(directory + "/" + temporary, "sync") }
            if renameat(folder, temporary, folder, base + Self.suffix) != 0 { throw FileSystem.fail(directory + "/" + base + Self.suffix, "rename") }
        } catch {
            close(fd)
            unlinkat(folder, temporary, 0)
            throw error
        }
        descriptor = fd
        name = base + Self.suffix
        do throws(StoreError) {
            try files.syncDirectory(directory)
        } catch {
            end()
            throw error
        }
    }

    /// Ends the session: flushes the derived data (`syncfs`), then removes the marker. A
    /// dirty session, or one whose flush failed, leaves its marker for the next open.
    func end() {
        guard descriptor >= 0 else { return }
        if !dirty && FileSystem.syncFileSystem(descriptor: descriptor) == 0, let name {
            try? files.remove(directory + "/" + name)
        }
        close(descriptor)
        descriptor = -1
        name = nil
        dirty = false
    }

    /// Markers in `directory` whose writer is gone (no lock held), besides `own`; markers
    /// left half-created (temporary files) included.
    ///
    /// The probe is a shared, non-blocking `flock`: it fails while the writer holds its
    /// exclusive lock, and probes by several readers do not disturb one another.
    static func deadMarkers(in directory: String, except own: String?, files: StoreFiles) throws(StoreError) -> [String] {
        var dead: [String] = []
        // A marker being created is a locked temporary file: one left unlocked was being
        // created by a writer killed before its first write. A link or a FIFO in their place
        // is no marker: skipped here, reported by `verify`.
        for name in try files.listing(directory)
        where (name.hasSuffix(suffix) || name.hasPrefix(FileSystem.temporaryPrefix)) && name != own {
            let opened: Int32?
            do {
                opened = try files.openFile(directory + "/" + name, O_RDONLY)
            } catch {
                if case .unsafeEntry = error { continue }
                throw error
            }
            guard let fd = opened else { continue }
            if flock(fd, LOCK_SH | LOCK_NB) == 0 {
                dead.append(name)
                flock(fd, LOCK_UN)
            }
            close(fd)
        }
        return dead.sorted()
    }
}
