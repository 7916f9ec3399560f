#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Sociosan

/// The few C calls the tool makes, wrapped once so that no C type escapes this file. Writes go
/// through `SystemCall.writeAll` (SociosanSystem), shared with the JSON layer and the store.
enum SystemIO {
    static let standardOutput: Int32 = 1
    static let standardError: Int32 = 2

    /// Whether a write failure means the reader is gone (a closed pipe or descriptor).
    static func isClosedOutput(_ code: Int32) -> Bool { code == EPIPE || code == EBADF }

    /// Lets writes to a closed pipe fail with `EPIPE` instead of killing the process.
    static func ignoreBrokenPipes() { _ = signal(SIGPIPE, SIG_IGN) }

    /// Today's calendar date in UTC (a default reference date; never part of a rule).
    static func todayUTC() -> LocalDate {
        let days = Int(time(nil)) / 86_400
        return LocalDate(daysSinceEpoch: days) ?? LocalDate(year: 1970, month: 1, day: 1)!
    }

    static func exit(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #elseif canImport(Musl)
        Musl.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }

    /// The system's description of an `errno` value (English: the C library's own text).
    static func describe(errno code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}

// MARK: Files and folders

extension SystemIO {
    enum FileType: Sendable, Hashable {
        case regular
        case directory
        /// A device, socket or pipe.
        case other
    }

    /// What is at `path`, following symbolic links, with the folder's identity (to stop
    /// symbolic-link loops); or the `errno` of the failure.
    static func fileType(atPath path: String) -> Result<(type: FileType, identity: FileIdentity), Errno> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Errno(code: errno)) }
        let format = info.st_mode & S_IFMT
        let type: FileType = format == S_IFREG ? .regular : format == S_IFDIR ? .directory : .other
        return .success((type, FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))))
    }

    /// The names in a folder, as raw bytes (a name need not be UTF-8), without `.` and `..`.
    static func directoryEntries(atPath path: String) -> Result<[[UInt8]], Errno> {
        guard let directory = opendir(path) else { return .failure(Errno(code: errno)) }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        errno = 0
        while let entry = readdir(directory) {
            let name: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] {
                names.append(name)
            }
            errno = 0
        }
        if errno != 0 { return .failure(Errno(code: errno)) }
        return .success(names)
    }

    /// A folder's identity on its file system.
    struct FileIdentity: Sendable, Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// A failed system call's `errno`, described in the C library's words.
    struct Errno: Error, Sendable, Hashable {
        let code: Int32
        var isMissing: Bool { code == ENOENT || code == ENOTDIR }
        var description: String { SystemIO.describe(errno: code) }
    }
}
