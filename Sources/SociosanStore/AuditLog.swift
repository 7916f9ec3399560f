import Glibc
import SociosanJSON
import SociosanSystem

/// What an access record says was done. `view` and `export` are the exchange commands' own
/// (issue 13); another command names its action with a string literal of its own.
///
/// ```swift
/// let action: StoreAuditAction = .view
/// let other: StoreAuditAction = "print"
/// ```
public struct StoreAuditAction: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// An operator looked at a dossier (`sociosan exchange view`).
    public static let view: StoreAuditAction = "view"
    /// An operator wrote what may be sent to the other side (`sociosan exchange export`).
    public static let export: StoreAuditAction = "export"

    public var description: String { rawValue }
}

/// Whether the access was granted.
public enum StoreAuditDecision: String, Sendable, Hashable, CaseIterable {
    case allowed, refused
}

/// One access record of the store's audit log: who did what to which dossier, which
/// dimensions were asked for, when, and whether it was allowed.
///
/// `time` is UTC, ISO 8601 to the second with a `Z` (`2026-12-07T18:31:30Z`); by default the
/// moment the record is made. ``DossierStore/appendAudit(_:)`` refuses a record whose fields
/// are malformed (see ``StoreError/invalidAuditEntry(field:value:)``): `kind` and `id` follow
/// the store's identifier rules, `actor` and each dimension are 1 to 256 bytes without control
/// characters, `action` is 1 to 64 characters a-z, 0-9, '.', '_', '-'.
///
/// ```swift
/// let entry = StoreAuditEntry(actor: "op-ct-17", action: .view, kind: "er.addiction.placement",
///                             id: "pl-0042", dimensions: ["goalVerification"], decision: .allowed)
/// try store.appendAudit(entry)
/// ```
public struct StoreAuditEntry: Sendable, Hashable {
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`.
    public var time: String
    /// The operator's code (pseudonymous, as in the grants file).
    public var actor: String
    public var action: StoreAuditAction
    public var kind: String
    public var id: String
    /// The dimensions asked for (allowed) or refused, in the order given.
    public var dimensions: [String]
    public var decision: StoreAuditDecision
    /// Why, in a few words (a refusal's missing consent or grant, say); `nil` when there is
    /// nothing to add.
    public var reason: String?

    public init(time: String = StoreAuditEntry.currentTime(), actor: String, action: StoreAuditAction, kind: String, id: String,
                dimensions: [String], decision: StoreAuditDecision, reason: String? = nil) {
        self.time = time
        self.actor = actor
        self.action = action
        self.kind = kind
        self.id = id
        self.dimensions = dimensions
        self.decision = decision
        self.reason = reason
    }

    /// The current time as a record's `time`: UTC, to the second.
    ///
    /// ```swift
    /// StoreAuditEntry.currentTime()   // "2026-12-07T18:31:30Z"
    /// ```
    public static func currentTime() -> String {
        var now = time_t()
        Glibc.time(&now)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0" + String(value) : String(value) }
        return String(parts.tm_year + 1900) + "-" + two(parts.tm_mon + 1) + "-" + two(parts.tm_mday)
            + "T" + two(parts.tm_hour) + ":" + two(parts.tm_min) + ":" + two(parts.tm_sec) + "Z"
    }

    /// The largest actor, dimension, and the largest reason, in UTF-8 bytes.
    static let fieldLimit = 256
    static let reasonLimit = 4096

    /// Refuses a malformed field, naming it.
    func check() throws(StoreError) {
        guard Self.isTime(time) else { throw .invalidAuditEntry(field: "time", value: time) }
        guard Self.isText(actor, limit: Self.fieldLimit) else { throw .invalidAuditEntry(field: "actor", value: actor) }
        let action = action.rawValue.utf8
        guard !action.isEmpty, action.count <= 64,
              action.allSatisfy({ ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 95 || $0 == 45 }) else {
            throw .invalidAuditEntry(field: "action", value: self.action.rawValue)
        }
        try DossierStore.checkIdentifier(kind)
        try DossierStore.checkIdentifier(id)
        for dimension in dimensions where !Self.isText(dimension, limit: Self.fieldLimit) {
            throw .invalidAuditEntry(field: "dimensions", value: dimension)
        }
        if let reason, reason.utf8.count > Self.reasonLimit { throw .invalidAuditEntry(field: "reason", value: String(reason.prefix(40))) }
    }

    /// Writes the record's members, in the log's order (time, actor, action, kind, id,
    /// dimensions, decision, reason), into an object `writer` has begun. An absent reason is
    /// left out, or written as `null` with `absentReasonAsNull`.
    ///
    /// ```swift
    /// var writer = JSONWriter(style: .pretty)
    /// writer.beginObject()
    /// entry.writeMembers(to: &writer, absentReasonAsNull: true)
    /// writer.endObject()
    /// ```
    public func writeMembers(to writer: inout JSONWriter, absentReasonAsNull: Bool = false) {
        writer.key("time"); writer.string(time)
        writer.key("actor"); writer.string(actor)
        writer.key("action"); writer.string(action.rawValue)
        writer.key("kind"); writer.string(kind)
        writer.key("id"); writer.string(id)
        writer.key("dimensions")
        writer.beginArray()
        for dimension in dimensions { writer.string(dimension) }
        writer.endArray()
        writer.key("decision"); writer.string(decision.rawValue)
        if let reason {
            writer.key("reason"); writer.string(reason)
        } else if absentReasonAsNull {
            writer.key("reason"); writer.null()
        }
    }

    static func isText(_ text: String, limit: Int) -> Bool {
        !text.isEmpty && text.utf8.count <= limit && !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` with month, day, hour, minute and second in range.
    static func isTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58, bytes[16] == 58, bytes[19] == 90 else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48 && byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard number(0..<4) != nil, let month = number(5..<7), let day = number(8..<10), let hour = number(11..<13),
              let minute = number(14..<16), let second = number(17..<19) else { return false }
        return (1...12).contains(month) && (1...31).contains(day) && hour < 24 && minute < 60 && second < 61
    }
}

/// The audit log's files and line format.
///
/// ```
/// ROOT/.audit/log    one access record a line, compact JSON, appended only:
///   {"time":…,"actor":…,"action":…,"kind":…,"id":…,"dimensions":[…],"decision":…,["reason":…,]"previous":HEX}
///   previous = SHA-256 of the line before (its bytes without the line feed), hex;
///              64 zeros on the first line
/// ROOT/.audit/head   "sociosan-audit-head 1\nlines N\nbytes B\nlast HEX\n": how many lines the
///                    log had after the last acknowledged append, its size, and the SHA-256 of
///                    its last line; replaced atomically after every append
/// ```
///
/// The chain makes an altered line visible (the next line's `previous` no longer matches, or
/// the head's `last` for the last line); the head makes a cut visible (the log is shorter than
/// the head says). Anyone able to rewrite the log from the altered line on and the head with
/// it goes undetected: the chain proves order and integrity against careless or partial
/// edits, not against someone holding the store's files.
enum AuditLog {
    static let folder = ".audit"
    static let logName = "log"
    static let headName = "head"
    static let origin = String(repeating: "0", count: 64)
    static let headFormat = "sociosan-audit-head 1"

    /// What the log held after the last acknowledged append.
    struct Head: Sendable, Hashable {
        var lines: Int
        var bytes: Int
        var last: String

        static let empty = Head(lines: 0, bytes: 0, last: AuditLog.origin)

        var encoded: [UInt8] {
            Array("\(AuditLog.headFormat)\nlines \(lines)\nbytes \(bytes)\nlast \(last)\n".utf8)
        }

        /// Parses a head file; `nil` when it is not one.
        init?(_ bytes: [UInt8]) {
            let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count == 5, lines[0] == AuditLog.headFormat, lines[4].isEmpty,
                  lines[1].hasPrefix("lines "), let count = Int(lines[1].dropFirst(6)), count >= 0,
                  lines[2].hasPrefix("bytes "), let size = Int(lines[2].dropFirst(6)), size >= 0,
                  lines[3].hasPrefix("last "), ChainRecord.isDigest(lines[3].dropFirst(5)) else { return nil }
            self.init(lines: count, bytes: size, last: String(lines[3].dropFirst(5)))
        }

        init(lines: Int, bytes: Int, last: String) {
            self.lines = lines
            self.bytes = bytes
            self.last = last
        }
    }

    /// One line of the log (without its line feed) for `entry` after a line whose digest is
    /// `previous`.
    static func line(_ entry: StoreAuditEntry, previous: String) -> [UInt8] {
        var writer = JSONWriter(style: .compact, capacity: 256)
        writer.beginObject()
        entry.writeMembers(to: &writer)
        writer.key("previous"); writer.string(previous)
        writer.endObject()
        // Not finished: the line feed is the log's, not part of the line (nor of its digest).
        return writer.bytes
    }

    /// A line read back: the record and the digest it holds of the line before; `nil` when
    /// the line is not a record.
    static func parse(_ line: ArraySlice<UInt8>) -> (StoreAuditEntry, previous: String)? {
        guard let document = try? JSONDocument.parse(Array(line)) else { return nil }
        let root = document.root
        guard let time = root["time"]?.stringValue, let actor = root["actor"]?.stringValue,
              let action = root["action"]?.stringValue, let kind = root["kind"]?.stringValue,
              let id = root["id"]?.stringValue, let list = root["dimensions"], list.kind == .array,
              let decisionText = root["decision"]?.stringValue, let decision = StoreAuditDecision(rawValue: decisionText),
              let previous = root["previous"]?.stringValue, ChainRecord.isDigest(Substring(previous)) else { return nil }
        var dimensions: [String] = []
        for element in list.elements {
            guard let text = element.stringValue else { return nil }
            dimensions.append(text)
        }
        var reason: String?
        if let node = root["reason"] {
            guard let text = node.stringValue else { return nil }
            reason = text
        }
        return (StoreAuditEntry(time: time, actor: actor, action: StoreAuditAction(rawValue: action), kind: kind, id: id,
                                dimensions: dimensions, decision: decision, reason: reason), previous)
    }

    /// What walking a log found.
    struct Walk: Sendable, Hashable {
        /// The records of the complete lines, up to the first that is not a record.
        var entries: [StoreAuditEntry] = []
        /// Where the lines checked so far end, and the digest of the last one.
        var state = Head.empty
        /// The first line that is not a record, or whose successor's `previous` does not
        /// match it, with why (English).
        var altered: Altered?
        /// Bytes after the last line feed: an append that did not finish.
        var incompleteTail = false
        /// The state after the line asked for, when the walk got that far.
        var checkpoint: Head?
    }

    struct Altered: Sendable, Hashable {
        let line: Int
        let detail: String
    }

    /// Walks `bytes` (the log from offset `from.bytes`, whose line before has digest
    /// `from.last`), checking each line's `previous` against the line before. Stops at the
    /// first line that fails. With `checkpoint`, the state after that many lines is kept in
    /// ``Walk/checkpoint`` (for `verify` to hold against the head).
    static func walk(_ bytes: ArraySlice<UInt8>, from start: Head = .empty, checkpoint: Int? = nil) -> Walk {
        var result = Walk()
        result.state = start
        if checkpoint == start.lines { result.checkpoint = start }
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            guard let end = bytes[lineStart...].firstIndex(of: 10) else {
                result.incompleteTail = true
                break
            }
            let line = bytes[lineStart..<end]
            let number = result.state.lines + 1
            guard let (entry, previous) = parse(line) else {
                result.altered = Altered(line: number, detail: "line \(number) is not an access record")
                break
            }
            if previous != result.state.last {
                // The line before was changed, or this line's record of it: the earlier one
                // is named (on line 1, the record of "nothing before").
                let named = max(number - 1, 1)
                result.altered = Altered(line: named, detail: number == 1
                    ? "line 1 does not start the chain (its previous digest is not 64 zeros)"
                    : "line \(named): its bytes do not match the SHA-256 that line \(number) records for it")
                break
            }
            result.entries.append(entry)
            result.state = Head(lines: number, bytes: result.state.bytes + line.count + 1, last: SHA256.hex(Array(line)))
            if checkpoint == number { result.checkpoint = result.state }
            lineStart = end + 1
        }
        return result
    }
}

extension DossierStore {
    var auditFolder: String { root + "/" + AuditLog.folder }
    var auditLogPath: String { auditFolder + "/" + AuditLog.logName }
    var auditHeadPath: String { auditFolder + "/" + AuditLog.headName }

    /// Appends one access record to the store's audit log, durably: under the exclusive
    /// store lock, the line is appended (`O_APPEND`) and synced (`fsync`) before this returns,
    /// then the head record is replaced atomically and synced. Earlier lines are never
    /// rewritten; nothing in the SDK edits or removes a record.
    ///
    /// Refused (nothing written): a malformed record
    /// (``StoreError/invalidAuditEntry(field:value:)``, ``StoreError/invalidIdentifier(_:reason:)``),
    /// and a log that is shorter than its head says, or whose appended lines do not chain
    /// (``StoreError/corrupt(path:reason:)``): an access that cannot be recorded is not
    /// recorded in a damaged log; `sociosan store verify` names the damage. An append that was
    /// interrupted before its head was replaced is taken over (its complete, chaining lines
    /// kept; an incomplete last line cut off).
    ///
    /// ```swift
    /// let store = try DossierStore(openingAt: "dossiers")
    /// try store.appendAudit(StoreAuditEntry(actor: "op-sert-3", action: .export, kind: "er.addiction.placement",
    ///                                       id: "pl-0042", dimensions: ["pharmacologicalTreatment"],
    ///                                       decision: .refused, reason: "no consent in force"))
    /// ```
    public func appendAudit(_ entry: StoreAuditEntry) throws(StoreError) {
        try entry.check()
        try withLock { () throws(StoreError) in
            if !files.isDirectory(auditFolder) { try files.makeDirectories(auditFolder) }
            let head: AuditLog.Head
            if let bytes = try files.read(auditHeadPath) {
                guard let parsed = AuditLog.Head(bytes) else {
                    throw .corrupt(path: auditHeadPath, reason: "the audit log's head record is damaged, so no access can be recorded")
                }
                head = parsed
            } else {
                guard !files.exists(auditLogPath) else {
                    throw .corrupt(path: auditHeadPath, reason: "the audit log has no head record, so no access can be recorded")
                }
                // The head goes first: from now on a log without its head is a damaged one.
                head = .empty
                try files.writeAtomically(head.encoded, to: auditHeadPath)
            }
            let created = !files.exists(auditLogPath)
            // A log removed while its head remains: refused before anything is created.
            if created && head.bytes > 0 {
                throw .corrupt(path: auditLogPath, reason: "the audit log is missing while its head records \(head.lines) lines, so no access can be recorded")
            }
            guard let descriptor = try files.openFile(auditLogPath, O_RDWR | O_APPEND, create: true) else {
                throw .io(path: auditLogPath, operation: "open", errno: ENOENT)
            }
            defer { Glibc.close(descriptor) }
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw FileSystem.fail(auditLogPath, "read") }
            let size = Int(info.st_size)
            if size < head.bytes {
                throw .corrupt(path: auditLogPath, reason: "the audit log is shorter than its head records (\(size) bytes, not \(head.bytes)): lines were cut, so no access can be recorded")
            }
            var state = head
            if size > head.bytes {
                // Lines appended after the last head (an append killed before replacing it):
                // kept when they chain, an incomplete last one cut off.
                var tail = [UInt8](repeating: 0, count: size - head.bytes)
                let count = tail.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(head.bytes)) }
                guard count == tail.count else { throw FileSystem.fail(auditLogPath, "read") }
                let walk = AuditLog.walk(tail[...], from: head)
                if let altered = walk.altered {
                    throw .corrupt(path: auditLogPath, reason: "\(altered.detail), so no access can be recorded")
                }
                state = walk.state
                if walk.incompleteTail && ftruncate(descriptor, off_t(state.bytes)) != 0 { throw FileSystem.fail(auditLogPath, "write") }
            }
            let line = AuditLog.line(entry, previous: state.last)
            do throws(StoreError) {
                try FileSystem.writeAll(descriptor, line + [10], path: auditLogPath)
                if fsync(descriptor) != 0 { throw FileSystem.fail(auditLogPath, "sync") }
            } catch {
                // A line half written is not left for the next append to find.
                _ = ftruncate(descriptor, off_t(state.bytes))
                throw error
            }
            if created { try files.syncDirectory(auditFolder) }
            let next = AuditLog.Head(lines: state.lines + 1, bytes: state.bytes + line.count + 1, last: SHA256.hex(line))
            try files.writeAtomically(next.encoded, to: auditHeadPath)
        }
    }

    /// Every access record of the audit log, oldest first (empty when nothing was recorded),
    /// read under the shared lock. An incomplete last line (an append that never finished) is
    /// left out; a line that is not a record is an error. This reads; it does not check the
    /// chain: `verify` does.
    ///
    /// ```swift
    /// for entry in try store.auditEntries() where entry.decision == .refused {
    ///     print(entry.time, entry.actor, entry.kind, entry.id, entry.dimensions)
    /// }
    /// ```
    public func auditEntries() throws(StoreError) -> [StoreAuditEntry] {
        try withReadLock { () throws(StoreError) -> [StoreAuditEntry] in
            guard let bytes = try files.read(auditLogPath) else { return [] }
            var entries: [StoreAuditEntry] = []
            var number = 0
            for line in bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast() {
                number += 1
                guard let (entry, _) = AuditLog.parse(line) else {
                    throw .corrupt(path: auditLogPath, reason: "line \(number) is not an access record")
                }
                entries.append(entry)
            }
            return entries
        }
    }
}

extension DossierStore {
    /// `verify`'s check of the audit log (nothing is changed, with or without repair): every
    /// line a record chained to the one before, the log as long as its head says, and the
    /// head's digest that of the line it names. The first bad line is named.
    func checkAudit(_ report: inout VerificationReport, repair: Bool, skipping left: Set<String>) throws(StoreError) {
        // A link or a file at .audit: reported by the sweep.
        guard files.isDirectory(auditFolder) else { return }
        for name in try files.listing(auditFolder).sorted() {
            let path = auditFolder + "/" + name
            if left.contains(path) || name.hasPrefix(FileSystem.temporaryPrefix) || name == AuditLog.logName || name == AuditLog.headName { continue }
            report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
        }
        if left.contains(auditLogPath) || left.contains(auditHeadPath) { return }
        let kept = repair ? "; --repair leaves the audit log as it is" : ""
        func problem(_ kind: StoreProblem.Kind, _ path: String, _ detail: String) {
            report.problems.append(StoreProblem(kind: kind, path: path, detail: detail + kept))
        }
        let log = try files.read(auditLogPath)
        let headBytes = try files.read(auditHeadPath)
        guard log != nil || headBytes != nil else { return }
        guard let headBytes, let head = AuditLog.Head(headBytes) else {
            problem(.auditAltered, auditHeadPath, headBytes == nil ? "the head record is missing: a cut cannot be ruled out" : "the head record is damaged: a cut cannot be ruled out")
            if let log { report.auditRecords = AuditLog.walk(log[...]).entries.count }
            return
        }
        guard let log else {
            report.auditRecords = 0
            if head.lines > 0 { problem(.auditCut, auditLogPath, "the log is missing; its head records \(head.lines) lines") }
            return
        }
        let walk = AuditLog.walk(log[...], checkpoint: head.lines)
        report.auditRecords = walk.entries.count
        if let altered = walk.altered {
            problem(.auditAltered, auditLogPath, altered.detail)
            return
        }
        guard let checkpoint = walk.checkpoint else {
            let shortLine = walk.incompleteTail ? "; line \(walk.state.lines + 1) is cut short" : ""
            problem(.auditCut, auditLogPath, "the log ends after line \(walk.state.lines) (\(walk.state.bytes) bytes)\(shortLine); its head records \(head.lines) lines (\(head.bytes) bytes)")
            return
        }
        if checkpoint != head {
            problem(.auditAltered, auditLogPath, "line \(head.lines): its bytes do not match the SHA-256 that the head records for it")
            return
        }
        if walk.incompleteTail {
            problem(.auditCut, auditLogPath, "line \(walk.state.lines + 1) is incomplete (an append was interrupted; the next append removes it)")
        }
    }
}
