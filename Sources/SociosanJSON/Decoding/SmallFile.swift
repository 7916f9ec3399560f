import Glibc

/// Reads a whole file when it is small enough, for the second pass that locates findings.
enum SmallFile {
    /// Files above this size keep their findings without line and column.
    static let locatingLimit = 64 << 20

    static func read(_ path: String, limit: Int) throws(JSONInputError) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) <= limit else { return nil }
        return try StandardInput.readAll(fileDescriptor: descriptor, path: path)
    }
}
