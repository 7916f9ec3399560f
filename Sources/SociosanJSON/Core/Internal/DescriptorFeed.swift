import Glibc
import SociosanSystem

/// The reading side of a streamed parse: reads a descriptor in 64 KiB chunks and hands the
/// bytes to jansson's callback, noting on the way what the error mapping needs later (first
/// NUL byte, whether anything but whitespace was seen, how much was handed over).
///
/// A regular file can be read again (with `pread`) to quote a long token or to re-parse; a
/// pipe cannot, so its bytes are also kept, up to ``JanssonLoader/rereadLimit``.
struct DescriptorFeed {
    static let chunkSize = 64 * 1024

    let descriptor: Int32
    /// Where the input starts in a regular file; `nil` for a stream that can be read only once.
    let startOffset: Int?
    private let storage: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    /// Bytes handed to jansson.
    private(set) var delivered = 0
    /// Bytes read from the descriptor.
    private(set) var received = 0
    private(set) var reachedEnd = false
    private(set) var readErrno: Int32 = 0
    private(set) var firstNUL: Int?
    private(set) var sawContent = false
    /// A copy of a stream's bytes, for a second reading; dropped once it passes the limit.
    private var spool: [UInt8] = []
    private var spoolIsComplete: Bool

    init(descriptor: Int32) {
        self.descriptor = descriptor
        if SystemIO.regularFileSize(descriptor) != nil, let offset = SystemIO.currentOffset(descriptor) {
            startOffset = offset
        } else {
            startOffset = nil
        }
        spoolIsComplete = startOffset == nil
        storage = .allocate(byteCount: Self.chunkSize, alignment: 16)
    }

    func release() { storage.deallocate() }

    /// The bytes read but not yet handed over.
    var buffered: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: storage[start..<end]) }

    /// Reads until the first 3 bytes are known (for the byte-order mark check) or input ends.
    mutating func prime() {
        while end - start < 3 && readChunk() {}
    }

    /// jansson's `json_load_callback_t`: fills `destination`, 0 at end, -1 on a read error.
    mutating func deliver(into destination: UnsafeMutableRawPointer, capacity: Int) -> Int {
        if start == end {
            start = 0
            end = 0
            if !readChunk() { return readErrno != 0 ? -1 : 0 }
        }
        let count = min(capacity, end - start)
        destination.copyMemory(from: storage.baseAddress! + start, byteCount: count)
        start += count
        delivered += count
        return count
    }

    @discardableResult
    private mutating func readChunk() -> Bool {
        guard !reachedEnd, end < storage.count, let base = storage.baseAddress else { return false }
        let count = SystemCall.read(descriptor, into: base + end, count: storage.count - end)
        if count <= 0 {
            if count < 0 { readErrno = errno }
            reachedEnd = true
            return false
        }
        let chunk = UnsafeMutableRawBufferPointer(rebasing: storage[end..<(end + count)])
        if spoolIsComplete {
            if spool.count + count <= JanssonLoader.rereadLimit {
                spool.append(contentsOf: chunk)
            } else {
                spoolIsComplete = false
                spool = []
            }
        }
        hideNULBytes(chunk)
        if !sawContent { sawContent = chunk.contains { !JanssonLoader.isWhitespace($0) } }
        received += count
        end += count
        return true
    }

    /// Shows jansson 0x01 for each NUL byte (see ``JanssonLoader``), remembering the first.
    private mutating func hideNULBytes(_ chunk: UnsafeMutableRawBufferPointer) {
        guard let base = chunk.baseAddress else { return }
        var offset = 0
        while offset < chunk.count, let hit = memchr(base + offset, 0, chunk.count - offset) {
            let index = base.distance(to: hit)
            if firstNUL == nil { firstNUL = received + index }
            chunk[index] = 1
            offset = index + 1
        }
    }

    /// Source bytes in `range`, read again; `nil` when the input cannot be read again.
    func window(_ range: Range<Int>) -> [UInt8]? {
        let lower = max(0, range.lowerBound)
        // A file can be read past what jansson was handed (a token running on after the
        // point where it stopped); a stream only up to what was read.
        let available = startOffset.flatMap { offset in SystemIO.regularFileSize(descriptor).map { $0 - offset } } ?? received
        let upper = min(range.upperBound, max(available, received))
        guard lower < upper else { return nil }
        if let startOffset {
            var bytes = [UInt8](repeating: 0, count: upper - lower)
            let complete = bytes.withUnsafeMutableBytes { Self.preadFully(descriptor, $0, offset: startOffset + lower) }
            return complete ? bytes : nil
        }
        guard spoolIsComplete, upper <= spool.count else { return nil }
        return Array(spool[lower..<upper])
    }

    /// The whole input, when it is at most `limit` bytes: read again from a file, or the
    /// kept copy of a stream completed by reading what jansson did not.
    mutating func wholeInput(limit: Int) -> [UInt8]? {
        if let startOffset {
            guard let size = SystemIO.regularFileSize(descriptor), size >= startOffset, size - startOffset <= limit else {
                return nil
            }
            var bytes = [UInt8](repeating: 0, count: size - startOffset)
            let complete = bytes.withUnsafeMutableBytes { Self.preadFully(descriptor, $0, offset: startOffset) }
            return complete ? bytes : nil
        }
        while spoolIsComplete && !reachedEnd {
            start = 0
            end = 0
            readChunk()
        }
        guard spoolIsComplete, readErrno == 0 else { return nil }
        return spool
    }

    private static func preadFully(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer, offset: Int) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var done = 0
        while done < buffer.count {
            let count = SystemCall.pread(descriptor, into: base + done, count: buffer.count - done, offset: offset + done)
            if count <= 0 { return false }
            done += count
        }
        return true
    }
}
