import CJansson
import Glibc

/// The two ways text reaches jansson: a buffer in memory, or a file descriptor streamed in
/// fixed chunks. Both apply the same checks before and after jansson, in this order:
///
/// 1. a byte-order mark is refused before jansson sees it (jansson would call it an invalid token);
/// 2. raw NUL bytes are shown to jansson as 0x01, because jansson drops a NUL that ends a
///    number or literal (`123\0` would be accepted) while 0x01 is refused everywhere, at the
///    same position; the error then names the NUL;
/// 3. a key containing `\u0000`, which jansson 2.14 refuses, is read by ``NulKeyRewrite``;
/// 4. jansson's error becomes a ``JSONSyntaxError`` in ``JanssonErrorMapper``.
enum JanssonLoader {
    /// Duplicate keys refused; any value at top level (JSON, RFC 8259); `\u0000` allowed in
    /// strings (they are read with their length, never as C strings).
    static let flags = Int(JSON_REJECT_DUPLICATES | JSON_DECODE_ANY | JSON_ALLOW_NUL)

    /// The largest stream kept or read back whole to handle a key containing U+0000.
    static let rereadLimit = 64 << 20

    // MARK: Memory

    static func parse(_ input: UnsafeRawBufferPointer) -> Result<JSONDocument, JSONSyntaxError> {
        if let error = byteOrderMarkError(input) { return .failure(error) }
        guard let base = input.baseAddress, input.count > 0 else {
            // jansson needs a pointer even for no bytes; it then reports the empty document
            // in the same words as for an empty file.
            let empty: [UInt8] = [0]
            return empty.withUnsafeBytes { load(UnsafeRawBufferPointer(rebasing: $0[0..<0]), firstNUL: nil) }
        }
        guard let nul = memchr(base, 0, input.count) else {
            return load(input, firstNUL: nil)
        }
        let firstNUL = base.distance(to: UnsafeRawPointer(nul))
        var copy = Array(input)
        for index in firstNUL..<copy.count where copy[index] == 0 { copy[index] = 1 }
        return copy.withUnsafeBytes { load($0, firstNUL: firstNUL) }
    }

    private static func load(_ input: UnsafeRawBufferPointer, firstNUL: Int?) -> Result<JSONDocument, JSONSyntaxError> {
        var error = json_error_t()
        if let root = loadBuffer(input, &error) { return .success(JSONDocument(owning: root)) }
        var raw = JanssonError(error)
        if raw.code == JanssonError.nullByteInKey {
            switch NulKeyRewrite.load(input) {
            case .document(let document): return .success(document)
            case .failure(let retried): raw = retried
            case .impossible: break
            }
        }
        let mapper = JanssonErrorMapper(error: raw, delivered: input.count, firstNUL: firstNUL) { range in
            let clamped = range.clamped(to: 0..<input.count)
            return clamped.isEmpty ? nil : Array(input[clamped])
        }
        return .failure(mapper.map(isWhitespaceOnly: { input.allSatisfy(isWhitespace) }))
    }

    /// `json_loadb` on a Swift buffer.
    static func loadBuffer(_ input: UnsafeRawBufferPointer, _ error: inout json_error_t) -> UnsafeMutablePointer<json_t>? {
        guard let base = input.baseAddress else { return nil }
        return json_loadb(base.assumingMemoryBound(to: CChar.self), input.count, flags, &error)
    }

    // MARK: File descriptor

    /// Streams the descriptor through jansson in 64 KiB reads: memory stays bounded whatever
    /// the size of the input (jansson keeps only the current token besides the tree).
    static func parse(descriptor: Int32, path: String) -> Result<JSONDocument, JSONInputError> {
        var feed = DescriptorFeed(descriptor: descriptor)
        defer { feed.release() }
        feed.prime()
        if feed.readErrno != 0 { return .failure(.io(path: path, errno: feed.readErrno)) }
        if let error = byteOrderMarkError(feed.buffered) { return .failure(.syntax(error)) }

        var error = json_error_t()
        let root = withUnsafeMutablePointer(to: &feed) { pointer in
            json_load_callback({ buffer, capacity, context in
                guard let buffer, let context else { return 0 }
                return context.assumingMemoryBound(to: DescriptorFeed.self).pointee.deliver(into: buffer, capacity: capacity)
            }, pointer, flags, &error)
        }
        // Own the tree at once, so that every early return below frees it.
        let document = root.map(JSONDocument.init(owning:))
        if feed.readErrno != 0 { return .failure(.io(path: path, errno: feed.readErrno)) }
        if let document { return .success(document) }

        let raw = JanssonError(error)
        if raw.code == JanssonError.nullByteInKey, let whole = feed.wholeInput(limit: rereadLimit) {
            return whole.withUnsafeBytes { parse($0) }.mapError { .syntax($0) }
        }
        if feed.readErrno != 0 { return .failure(.io(path: path, errno: feed.readErrno)) }
        let mapper = JanssonErrorMapper(error: raw, delivered: feed.delivered, firstNUL: feed.firstNUL) { range in
            feed.window(range)
        }
        let sawContent = feed.sawContent
        return .failure(.syntax(mapper.map(isWhitespaceOnly: { !sawContent })))
    }

    // MARK: Checks before jansson

    /// A byte-order mark at the start: UTF-8 `EF BB BF`, UTF-16 `FE FF` or `FF FE`.
    static func byteOrderMarkError(_ input: UnsafeRawBufferPointer) -> JSONSyntaxError? {
        let token: String
        let detail: String
        if input.starts(with: [0xEF, 0xBB, 0xBF]) {
            token = "EF BB BF"
            detail = "UTF-8 byte-order mark (EF BB BF) before the JSON text"
        } else if input.starts(with: [0xFE, 0xFF]) {
            token = "FE FF"
            detail = "UTF-16 big-endian byte-order mark (FE FF): the text is not UTF-8"
        } else if input.starts(with: [0xFF, 0xFE]) {
            token = "FF FE"
            detail = "UTF-16 little-endian byte-order mark (FF FE): the text is not UTF-8"
        } else {
            return nil
        }
        return JSONSyntaxError(
            line: 1, column: 1, byteOffset: 0, reason: .byteOrderMark, detail: detail, token: token)
    }

    /// JSON's four whitespace bytes (RFC 8259 §2); a form feed or U+00A0 is not one.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
