import Glibc

/// The format-2 index (`ROOT/.index`): a header, then one tab-separated line per dossier,
/// read by a byte scanner (no JSON parser) so that `list` costs one read of the file.
///
/// ```
/// #sociosan-index 2 <base bytes>\n
/// kind \t id \t revision \t deleted(0|1) \t province \t type \n     base: one line per dossier, sorted by kind, id
/// ...                                                              tail: lines appended by puts, the last one wins
/// ```
///
/// A province or type that is absent is an empty field; an empty string is `\e`; a tab, a
/// line feed, a carriage return and a backslash inside a value are `\t`, `\n`, `\r`, `\\`.
/// Kinds and ids never need escaping (``DossierStore/checkIdentifier(_:)``).
///
/// The index is derived data: written without fsync and rebuilt from the history when a
/// writer crashed (see ``DossierStore``). Puts append to the tail; once the tail outgrows an
/// eighth of the base (and 64 KiB) the whole index is rewritten sorted, as one base.
enum StoreIndex {
    static let magic = Array("#sociosan-index 2 ".utf8)

    static func header(baseBytes: Int) -> [UInt8] {
        magic + Array(String(baseBytes).utf8) + [UInt8(ascii: "\n")]
    }

    /// A whole index whose base holds `entries` (sorted here by kind and id).
    static func encode(_ entries: [StoreEntry]) -> [UInt8] {
        var body: [UInt8] = []
        body.reserveCapacity(entries.count * 64)
        for entry in entries.sorted(by: { ($0.kind, $0.id) < ($1.kind, $1.id) }) { appendLine(entry, to: &body) }
        return header(baseBytes: body.count) + body
    }

    static func line(_ entry: StoreEntry) -> [UInt8] {
        var bytes: [UInt8] = []
        appendLine(entry, to: &bytes)
        return bytes
    }

    static func appendLine(_ entry: StoreEntry, to bytes: inout [UInt8]) {
        bytes += entry.kind.utf8
        bytes.append(9)
        bytes += entry.id.utf8
        bytes.append(9)
        bytes += String(entry.revision).utf8
        bytes.append(9)
        bytes.append(entry.deleted ? UInt8(ascii: "1") : UInt8(ascii: "0"))
        bytes.append(9)
        escape(entry.province, into: &bytes)
        bytes.append(9)
        escape(entry.type, into: &bytes)
        bytes.append(10)
    }

    static func escape(_ value: String?, into bytes: inout [UInt8]) {
        guard let value else { return }
        if value.isEmpty { bytes += [UInt8(ascii: "\\"), UInt8(ascii: "e")]; return }
        for byte in value.utf8 {
            switch byte {
            case 9: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 10: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 13: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            default: bytes.append(byte)
            }
        }
    }

    static func escaped(_ value: String) -> [UInt8] {
        var bytes: [UInt8] = []
        escape(value, into: &bytes)
        return bytes
    }

    /// The value of an escaped field; `nil` for an empty field or a broken escape.
    static func unescape(_ field: UnsafeBufferPointer<UInt8>) -> (value: String?, valid: Bool) {
        if field.isEmpty { return (nil, true) }
        if !field.contains(UInt8(ascii: "\\")) { return (String(decoding: field, as: UTF8.self), true) }
        if field.count == 2 && field[0] == UInt8(ascii: "\\") && field[1] == UInt8(ascii: "e") { return ("", true) }
        var bytes: [UInt8] = []
        var index = 0
        while index < field.count {
            let byte = field[index]
            if byte != UInt8(ascii: "\\") { bytes.append(byte); index += 1; continue }
            guard index + 1 < field.count else { return (nil, false) }
            switch field[index + 1] {
            case UInt8(ascii: "t"): bytes.append(9)
            case UInt8(ascii: "n"): bytes.append(10)
            case UInt8(ascii: "r"): bytes.append(13)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            default: return (nil, false)
            }
            index += 2
        }
        return (String(decoding: bytes, as: UTF8.self), true)
    }

    /// Where the lines start and the base ends, from the header; `nil` when the header is not
    /// a format-2 index header or the file is shorter than it says.
    static func layout(_ buffer: UnsafeBufferPointer<UInt8>) -> (linesStart: Int, baseEnd: Int)? {
        guard buffer.count > magic.count, magic.indices.allSatisfy({ buffer[$0] == magic[$0] }) else { return nil }
        var index = magic.count
        var base = 0
        var digits = 0
        while index < buffer.count, buffer[index] >= 48, buffer[index] <= 57, digits < 15 {
            base = base * 10 + Int(buffer[index] - 48)
            index += 1
            digits += 1
        }
        guard digits > 0, index < buffer.count, buffer[index] == 10 else { return nil }
        let linesStart = index + 1
        guard linesStart + base <= buffer.count else { return nil }
        return (linesStart, linesStart + base)
    }

    /// What `list` asks for: each filter as the bytes its field must equal.
    struct Filter {
        var kind: [UInt8]?
        var province: [UInt8]?
        var type: [UInt8]?
        var includeDeleted: Bool

        init(kind: String?, province: String?, type: String?, includeDeleted: Bool) {
            self.kind = kind.map { Array($0.utf8) }
            self.province = province.map(StoreIndex.escaped)
            self.type = type.map(StoreIndex.escaped)
            self.includeDeleted = includeDeleted
        }

        static let all = Filter(kind: nil, province: nil, type: nil, includeDeleted: true)
    }

    /// The entries of `bytes` that pass `filter`, sorted by kind and id; `nil` when the index
    /// is damaged (bad header, a line cut short or without its six fields).
    ///
    /// Lines that do not pass are skipped by comparing bytes: nothing is decoded for them.
    /// A base line whose dossier reappears in the tail is superseded by the tail's last line.
    static func scan(_ bytes: [UInt8], filter: Filter) -> [StoreEntry]? {
        bytes.withUnsafeBufferPointer { buffer -> [StoreEntry]? in
            guard let (linesStart, baseEnd) = layout(buffer) else { return nil }
            let end = buffer.count
            if end > linesStart && buffer[end - 1] != 10 { return nil }
            let hasTail = baseEnd < end
            var matches: [StoreEntry] = []
            var tail: [String: StoreEntry] = [:]
            var tailOrder: [String] = []
            var offset = linesStart
            var damaged = false
            let base = buffer.baseAddress!
            while offset < end {
                let inTail = offset >= baseEnd
                let remaining = end - offset
                guard let newline = memchr(base + offset, 10, remaining) else { damaged = true; break }
                let lineEnd = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                // The five tabs.
                var tabs = (0, 0, 0, 0, 0)
                var cursor = offset
                var found = 0
                while found < 5 {
                    guard let tab = memchr(base + cursor, 9, lineEnd - cursor) else { break }
                    let position = base.distance(to: tab.assumingMemoryBound(to: UInt8.self))
                    switch found {
                    case 0: tabs.0 = position
                    case 1: tabs.1 = position
                    case 2: tabs.2 = position
                    case 3: tabs.3 = position
                    default: tabs.4 = position
                    }
                    found += 1
                    cursor = position + 1
                }
                guard found == 5, memchr(base + cursor, 9, lineEnd - cursor) == nil,
                      tabs.0 > offset, tabs.1 > tabs.0 + 1, tabs.3 == tabs.2 + 2 else { damaged = true; break }
                let lineStart = offset
                offset = lineEnd + 1
                if !inTail {
                    if let kind = filter.kind, !equal(buffer, lineStart, tabs.0, kind) { continue }
                    if !filter.includeDeleted && buffer[tabs.2 + 1] == UInt8(ascii: "1") { continue }
                    if let province = filter.province, !equal(buffer, tabs.3 + 1, tabs.4, province) { continue }
                    if let type = filter.type, !equal(buffer, tabs.4 + 1, lineEnd, type) { continue }
                }
                guard let entry = decode(buffer, lineStart, tabs, lineEnd) else { damaged = true; break }
                if inTail {
                    let key = entry.kind + "\t" + entry.id
                    if tail.updateValue(entry, forKey: key) == nil { tailOrder.append(key) }
                } else {
                    matches.append(entry)
                }
            }
            if damaged { return nil }
            guard hasTail, !tail.isEmpty else { return matches }
            // The tail wins over the base: drop superseded base entries, add the tail's own.
            matches.removeAll { tail[$0.kind + "\t" + $0.id] != nil }
            for key in tailOrder {
                let entry = tail[key]!
                if passes(entry, filter) { matches.append(entry) }
            }
            matches.sort { ($0.kind, $0.id) < ($1.kind, $1.id) }
            return matches
        }
    }

    static func passes(_ entry: StoreEntry, _ filter: Filter) -> Bool {
        if let kind = filter.kind, Array(entry.kind.utf8) != kind { return false }
        if !filter.includeDeleted && entry.deleted { return false }
        if let province = filter.province, entry.province.map(escaped) != province { return false }
        if let type = filter.type, entry.type.map(escaped) != type { return false }
        return true
    }

    private static func equal(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ expected: [UInt8]) -> Bool {
        guard end - start == expected.count else { return false }
        return expected.withUnsafeBufferPointer { memcmp(buffer.baseAddress! + start, $0.baseAddress!, expected.count) == 0 }
    }

    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ tabs: (Int, Int, Int, Int, Int), _ end: Int) -> StoreEntry? {
        func field(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: buffer[from..<to])
        }
        var revision = 0
        guard tabs.2 > tabs.1 + 1, tabs.2 - tabs.1 <= 16 else { return nil }
        for index in (tabs.1 + 1)..<tabs.2 {
            let digit = buffer[index]
            guard digit >= 48, digit <= 57 else { return nil }
            revision = revision * 10 + Int(digit - 48)
        }
        let flag = buffer[tabs.2 + 1]
        guard revision > 0, flag == UInt8(ascii: "0") || flag == UInt8(ascii: "1") else { return nil }
        let province = unescape(field(tabs.3 + 1, tabs.4))
        let type = unescape(field(tabs.4 + 1, end))
        guard province.valid, type.valid else { return nil }
        return StoreEntry(kind: String(decoding: field(start, tabs.0), as: UTF8.self),
                          id: String(decoding: field(tabs.0 + 1, tabs.1), as: UTF8.self),
                          revision: revision, deleted: flag == UInt8(ascii: "1"),
                          province: province.value, type: type.value)
    }

    /// Every dossier of the index (deleted ones included), keyed "kind/id"; `nil` when damaged.
    static func all(_ bytes: [UInt8]) -> [String: StoreEntry]? {
        guard let entries = scan(bytes, filter: .all) else { return nil }
        var result: [String: StoreEntry] = [:]
        for entry in entries { result[entry.kind + "/" + entry.id] = entry }
        return result
    }

    /// Like ``all(_:)``, but an index cut short (a writer killed while appending, or the
    /// machine stopped before the tail reached the disk) gives the lines before the cut.
    static func salvage(_ bytes: [UInt8]) -> [String: StoreEntry]? {
        if let entries = all(bytes) { return entries }
        guard let newline = bytes.lastIndex(of: 10) else { return nil }
        return all(Array(bytes[...newline]))
    }

    /// Where the base ends and how long the file is, from an open index's header; `nil` when
    /// the header is damaged.
    static func sizes(of descriptor: Int32) -> (baseEnd: Int, size: Int)? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var head = [UInt8](repeating: 0, count: 48)
        let count = head.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > magic.count, Array(head[0..<magic.count]) == magic,
              let newline = head[0..<count].firstIndex(of: 10),
              let base = Int(String(decoding: head[magic.count..<newline], as: UTF8.self)), base >= 0 else { return nil }
        let size = Int(info.st_size)
        guard newline + 1 + base <= size else { return nil }
        return (newline + 1 + base, size)
    }
}
