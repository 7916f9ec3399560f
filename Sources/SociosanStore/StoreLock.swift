import Glibc

/// The store lock: `flock` on `ROOT/.lock`, taken with a timeout. Writers take it exclusive
/// and write their pid into the file so that a waiter that gives up can name it; readers
/// (`get`, `list`, `history`) take it shared, so that they run side by side.
final class StoreLock {
    let path: String
    let files: StoreFiles
    private var descriptor: Int32 = -1
    private var depth = 0

    init(path: String, files: StoreFiles) {
        self.path = path
        self.files = files
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    func acquire(timeout: Double, shared: Bool = false) throws(StoreError) {
        if depth > 0 { depth += 1; return }
        var writable = true
        // Never through a link (a link at .lock would have its target's first line
        // overwritten, or a dangling one created): a link is an error, named.
        var fd: Int32
        do {
            fd = try files.openFile(path, O_RDWR, create: true) ?? -1
        } catch {
            guard case .io(_, _, let code) = error, code == EACCES || code == EROFS || code == EPERM else { throw error }
            // A read-only store can still be read: a shared flock works on a read-only descriptor.
            writable = false
            guard let readOnly = try? files.openFile(path, O_RDONLY) else { depth = 1; return }
            fd = readOnly
        }
        if fd < 0 { depth = 1; return }
        var start = timespec()
        clock_gettime(CLOCK_MONOTONIC, &start)
        var pause: UInt32 = 200
        while flock(fd, (shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let failure = FileSystem.fail(path, "lock")
                close(fd)
                throw failure
            }
            var now = timespec()
            clock_gettime(CLOCK_MONOTONIC, &now)
            let elapsed = Double(now.tv_sec - start.tv_sec) + Double(now.tv_nsec - start.tv_nsec) / 1e9
            if elapsed >= timeout {
                let holder = Self.holder(fd)
                close(fd)
                throw .lockTimeout(path: path, holder: holder, seconds: timeout)
            }
            usleep(pause + UInt32.random(in: 0...pause))
            pause = min(pause * 2, 5_000)
        }
        if writable && !shared && Self.holder(fd) != getpid() {
            // Written over the start, not truncated: only the first line is read, and
            // truncating a file on every lock (ext4 frees its block) cost more than a put's
            // fsyncs. A writer that takes the lock again finds its pid already there.
            let text = Array("\(getpid())\n".utf8)
            _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        }
        descriptor = fd
        depth = 1
    }

    func release() {
        guard depth > 0 else { return }
        depth -= 1
        guard depth == 0, descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count], as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        return Int32(text)
    }
}
