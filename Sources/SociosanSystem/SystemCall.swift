#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The system calls that move bytes, wrapped once for the JSON layer, the store and the tool,
/// so that all of them treat an interrupted or a would-block call the same way.
///
/// - `EINTR` (a signal arrived before any byte moved) is retried at once: it says nothing
///   about the file.
/// - `EAGAIN` / `EWOULDBLOCK` (a non-blocking descriptor, such as a pipe or terminal another
///   program set `O_NONBLOCK` on, whose buffer is full or empty) waits with `poll(2)` until the
///   descriptor is ready, then retries: no busy loop, and no "Resource temporarily
///   unavailable" failure for output a slow reader would have taken a moment later.
/// - A partial write resumes where it stopped.
///
/// Every other failure is returned as its `errno` for the caller to word.
///
/// ```swift
/// let failure = Array("done\n".utf8).withUnsafeBytes { SystemCall.writeAll(1, $0) }
/// if let failure { print("write failed: errno \(failure)") }
/// ```
package enum SystemCall {
    /// Writes every byte of `bytes` to `descriptor`; returns `nil`, or the `errno` of the call
    /// that failed (bytes before it were written).
    package static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var written = 0
        while written < bytes.count {
            let result = systemWrite(descriptor, base + written, bytes.count - written)
            if result >= 0 {
                written += result
                continue
            }
            let code = errno
            if code == EINTR { continue }
            if isWouldBlock(code) {
                if let failure = waitUntilReady(descriptor, for: Int16(POLLOUT)) { return failure }
                continue
            }
            return code
        }
        return nil
    }

    /// ``writeAll(_:_:)-(Int32,UnsafeRawBufferPointer)`` of an array.
    package static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    }

    /// Reads up to `count` bytes into `buffer`; returns the count, 0 at end of file, or -1
    /// with `errno` set. Waits (rather than failing) when a non-blocking descriptor has
    /// nothing to read yet.
    package static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        retryingRead(descriptor) { systemRead(descriptor, buffer, count) }
    }

    /// Reads up to `count` bytes at `offset` without moving the file position; as
    /// ``read(_:into:count:)``.
    package static func pread(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, offset: Int) -> Int {
        retryingRead(descriptor) { systemPread(descriptor, buffer, count, offset) }
    }

    /// Runs a read call until it neither is interrupted nor would block (waiting in `poll`
    /// for input); its result, or -1 with `errno` set.
    static func retryingRead(_ descriptor: Int32, _ call: () -> Int) -> Int {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = errno
            if code == EINTR { continue }
            guard isWouldBlock(code) else { return result }
            if let failure = waitUntilReady(descriptor, for: Int16(POLLIN)) {
                errno = failure
                return -1
            }
        }
    }

    static func isWouldBlock(_ code: Int32) -> Bool { code == EAGAIN || code == EWOULDBLOCK }

    /// Blocks until `descriptor` is ready for `events` (or reports an error or hang-up, which
    /// the next call then returns); `nil`, or the `errno` of a failed `poll`.
    static func waitUntilReady(_ descriptor: Int32, for events: Int16) -> Int32? {
        var entry = pollfd(fd: descriptor, events: events, revents: 0)
        while true {
            let result = poll(&entry, 1, -1)
            if result > 0 {
                return entry.revents & Int16(POLLNVAL) != 0 ? EBADF : nil
            }
            if result < 0 && errno != EINTR { return errno }
        }
    }
}

// The C calls, at file scope so that the names inside `SystemCall` do not shadow them.

private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func systemPread(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, _ offset: Int) -> Int {
    pread(descriptor, buffer, count, off_t(offset))
}
