import Glibc
import Sociosan
import SociosanJSON

/// One dossier as the index lists it: its latest revision and the fields lists filter on.
public struct StoreEntry: Sendable, Hashable {
    public let kind: String
    public let id: String
    /// The latest revision (a tombstone's, when `deleted`).
    public let revision: Int
    public let deleted: Bool
    public let province: String?
    public let type: String?

    public init(kind: String, id: String, revision: Int, deleted: Bool, province: String?, type: String?) {
        self.kind = kind
        self.id = id
        self.revision = revision
        self.deleted = deleted
        self.province = province
        self.type = type
    }
}

/// What ``DossierStore/listing(kind:province:type:includeDeleted:)`` found: the entries, and
/// the index lines it left out because the identifier checks or the history refused them.
public struct StoreListing: Sendable, Hashable {
    public var entries: [StoreEntry]
    /// Each dropped line as "kind/id revision N (why)", control characters escaped.
    public var dropped: [String]
}

/// One revision of one dossier, as stored: canonical JSON bytes.
public struct StoredDossier: Sendable, Hashable {
    public let kind: String
    public let id: String
    public let revision: Int
    public let bytes: [UInt8]
}

/// One line of a dossier's history.
public struct HistoryEntry: Sendable, Hashable {
    public let revision: Int
    /// A tombstone: the dossier was deleted at this revision.
    public let deleted: Bool
}

/// A directory of dossiers, one canonical JSON file each, with revisions and history.
///
/// ```
/// ROOT/.sociosan-store                      format version ("sociosan-store 2")
/// ROOT/<kind>/<id>.json                     the current revision, canonical JSON (derived)
/// ROOT/.history/<kind>/<id>/<rev>.json      every revision: the durable copy
/// ROOT/.history/<kind>/<id>/<rev>.deleted   a tombstone revision
/// ROOT/.index                               tab-separated lines (``StoreIndex``; derived)
/// ROOT/.writers/<pid>-<random>.session      one marker per live writer session, flock'ed
/// ROOT/.journal                             an import in flight (empty when none)
/// ROOT/.empty-record                        the empty file digest records are hard links to
/// ROOT/.lock                                the store lock (flock), holding the writer's pid
/// ROOT/.quarantine/                         files `verify --repair` moved aside
/// ```
///
/// A dossier's revision is the number of its latest history file. A put, under the
/// exclusive lock, makes the history file durable (temporary file, fsync, rename, fsync of
/// the folder) and only then writes the current file and appends the index line, both
/// without fsync: they are derived from the history. The writer's session marker (see
/// ``WriterSession``) is what makes that safe: a marker left without its lock means a writer
/// died, and the next open rebuilds every current file and the index from the history.
/// Readers take the lock shared.
///
/// Format-1 stores (every file synced, a journal per put) are migrated on open.
///
/// ```swift
/// let store = try DossierStore.create(at: "dossiers")
/// let entry = try store.put(bytes: Array(text.utf8), source: "spoi.json")
/// let current = try store.get(kind: entry.kind, id: entry.id)
/// store.close()
/// ```
public final class DossierStore {
    public static let formatLine = "sociosan-store 2"
    /// The format this build migrates from on open.
    public static let legacyFormatLine = "sociosan-store 1"
    public static var supportedKinds: [DossierKind] { DossierRegistry.codecs.map(\.info.kind) }

    public let root: String
    /// Seconds to wait for the store lock before giving up with ``StoreError/lockTimeout(path:holder:seconds:)``.
    public var lockTimeout: Double
    /// The findings below error of the last ``put(bytes:source:expectedRevision:)`` (an
    /// unknown field ignored, say), for the caller to show as `validate` would: the stored
    /// dossier is canonical, so what was dropped is said, not lost silently.
    public private(set) var lastPutWarnings: [Diagnostic] = []

    /// A finding worded as `store put` reports it: `FILE:LINE:COLUMN: message` or
    /// `FILE at /pointer: message`, control characters escaped.
    ///
    /// ```swift
    /// for finding in store.lastPutWarnings { print(DossierStore.describe(finding, source: "spoi.json", in: .english)) }
    /// ```
    public static func describe(_ finding: Diagnostic, source: String, in language: Language) -> String {
        StoreError.place(of: finding, in: source, language) + ": " + StoreError.printable(finding.message(in: language))
    }

    /// The largest input file ``put(file:expectedRevision:)`` reads (64 MiB by default: a
    /// real dossier is a few hundred kilobytes).
    public var maximumInputSize: Int = DossierStore.defaultMaximumInputSize
    public static let defaultMaximumInputSize = 64 * 1024 * 1024
    let lock: StoreLock
    let session: WriterSession
    /// The root, opened once: every file below it is reached through it (``StoreFiles``).
    let files: StoreFiles

    var formatPath: String { root + "/.sociosan-store" }
    var indexPath: String { root + "/.index" }
    var journalPath: String { root + "/.journal" }
    var historyRoot: String { root + "/.history" }
    var quarantineRoot: String { root + "/.quarantine" }
    var writersPath: String { root + "/.writers" }

    func kindDirectory(_ kind: String) -> String { root + "/" + kind }
    func currentPath(_ kind: String, _ id: String) -> String { root + "/" + kind + "/" + id + ".json" }
    func historyDirectory(_ kind: String, _ id: String) -> String { historyRoot + "/" + kind + "/" + id }
    func historyPath(_ kind: String, _ id: String, _ entry: HistoryEntry) -> String {
        historyDirectory(kind, id) + "/" + String(entry.revision) + (entry.deleted ? ".deleted" : ".json")
    }

    static func normalized(_ path: String) -> String {
        var path = path.isEmpty ? "." : path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// Creates a store at `path` (and the directory, when missing); an existing store is
    /// opened as it is.
    ///
    /// A new store is private: its folders 0700 and files 0600, set explicitly whatever the
    /// umask. With `groupShared`, the root is made setgid with folders 02770 and files 0660,
    /// so that the members of the root's group can all use it (every folder inherits the
    /// group); later writers recognise such a store by its root's setgid bit.
    ///
    /// ```swift
    /// let store = try DossierStore.create(at: "/srv/dossiers", groupShared: true)
    /// ```
    public static func create(at path: String, lockTimeout: Double = 10, groupShared: Bool = false) throws(StoreError) -> DossierStore {
        let root = normalized(path)
        if mkdir(root, 0o700) != 0 && errno != EEXIST { throw FileSystem.fail(root, "create") }
        let probe = try StoreFiles(root: root)
        if !probe.exists(root + "/.sociosan-store") {
            // A store being made: its root's mode says private or shared from now on.
            if fchmod(probe.rootDescriptor, groupShared ? 0o2770 : 0o700) != 0 { throw FileSystem.fail(root, "create") }
            let files = try StoreFiles(root: root)
            if let descriptor = try files.openFile(root + "/.journal", O_WRONLY, create: true) { Glibc.close(descriptor) }
            for folder in [root + "/.writers", root + "/.history"] { try files.makeDirectories(folder) }
            try files.writeAtomically(StoreIndex.encode([]), to: root + "/.index")
            try files.writeAtomically(Array((formatLine + "\n").utf8), to: root + "/.sociosan-store")
            let parent = open(FileSystem.parentOf(root), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if parent >= 0 {
                defer { Glibc.close(parent) }
                if fsync(parent) != 0 { throw FileSystem.fail(FileSystem.parentOf(root), "sync") }
            }
        }
        return try DossierStore(openingAt: root, lockTimeout: lockTimeout)
    }

    /// Opens an existing store. A format-1 store is migrated to format 2; when a writer died
    /// (its session marker is left without its lock), an import was interrupted or the index
    /// is missing, the store is recovered: temporary files removed, an interrupted import
    /// undone, every current file made equal to its latest history revision, the index
    /// rebuilt.
    public init(openingAt path: String, lockTimeout: Double = 10) throws(StoreError) {
        root = Self.normalized(path)
        self.lockTimeout = lockTimeout
        files = try StoreFiles(root: root)
        lock = StoreLock(path: root + "/.lock", files: files)
        session = WriterSession(directory: root + "/.writers", files: files)
        let line = try formatOnDisk()
        if line == Self.legacyFormatLine {
            try withLock { () throws(StoreError) in try migrateFromFormat1() }
        } else if line != Self.formatLine {
            throw .unsupportedFormat(path: root, found: line)
        }
        if try needsRecovery() {
            do {
                try withLock { () throws(StoreError) in try recoverIfNeeded() }
            } catch {
                // Without write permission the store opens for reading as it is (see
                // `withReadLock`); a write fails on its own.
                guard case .io(_, _, let code) = error, Self.isReadOnlyCondition(code) else { throw error }
            }
        }
    }

    /// Failures that leave the store readable though not writable now: no permission, a
    /// read-only file system, no space or quota left.
    static func isReadOnlyCondition(_ code: Int32) -> Bool {
        code == EACCES || code == EROFS || code == EPERM || code == ENOSPC || code == EDQUOT
    }

    func formatOnDisk() throws(StoreError) -> String {
        guard let format = try files.read(formatPath) else { throw .notAStore(path: root) }
        return String(decoding: format, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    /// Ends this writer session: flushes the derived files (`syncfs`) and removes the session
    /// marker. Called on deinit too; the store stays usable (a later write opens a new
    /// session). Without it, a process that exits without releasing the store leaves its
    /// marker, and the next open recovers (correct, but it walks every dossier).
    ///
    /// ```swift
    /// let store = try DossierStore(openingAt: "dossiers")
    /// defer { store.close() }
    /// try store.put(file: "spoi.json")
    /// ```
    public func close() {
        session.end()
    }

    deinit { session.end() }

    // MARK: Identifiers

    /// Checks an identifier: the ``StructureID`` character set and length, nothing that could
    /// leave the directory, no name reserved by the store (those start with '.').
    public static func checkIdentifier(_ text: String) throws(StoreError) {
        if text.isEmpty { throw .invalidIdentifier(text, reason: .empty) }
        if text.utf8.contains(0) || text.contains("/") || text.contains("\\") || text.contains("..") {
            throw .invalidIdentifier(text, reason: .pathTraversal)
        }
        if text.hasPrefix(".") { throw .invalidIdentifier(text, reason: .reserved) }
        do {
            _ = try StructureID(text)
        } catch {
            switch error {
            case .empty: throw .invalidIdentifier(text, reason: .empty)
            case .tooLong: throw .invalidIdentifier(text, reason: .tooLong)
            case .invalidCharacter: throw .invalidIdentifier(text, reason: .invalidCharacter)
            }
        }
    }

    /// Checks a kind: safe as a directory name and read by a registered codec.
    public static func checkKind(_ text: String) throws(StoreError) {
        if text.isEmpty || text.utf8.contains(0) || text.contains("/") || text.contains("..") || text.hasPrefix(".") {
            throw .invalidIdentifier(text, reason: text.hasPrefix(".") && !text.contains("/") && !text.contains("..") ? .reserved : .pathTraversal)
        }
        guard supportedKinds.contains(DossierKind(rawValue: text)) else { throw .unknownKind(text) }
    }

    // MARK: Lock

    /// Runs `body` under the exclusive lock (writers, recovery).
    func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try lock.acquire(timeout: lockTimeout)
        defer { lock.release() }
        // Under the exclusive lock each folder is walked from the root once per operation.
        return try files.withFolderCache(body)
    }

    /// Runs `body` under the shared lock (readers) once nothing needs recovering; when
    /// something does, under the exclusive lock after recovering.
    func withReadLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        if try !needsRecovery() {
            try lock.acquire(timeout: lockTimeout, shared: true)
            let clean: Bool
            do {
                clean = try !needsRecovery()
            } catch {
                lock.release()
                throw error
            }
            if clean {
                defer { lock.release() }
                return try body()
            }
            lock.release()
        }
        do {
            try withLock { () throws(StoreError) in try recoverIfNeeded() }
        } catch {
            // A reader without write permission cannot recover a dead writer's files: it
            // reads what is there, as a format-1 reader would have. So does a reader on a
            // full disk (an import that failed for want of space could not rewrite the
            // index): reads go by the history, and `list` holds the index against it.
            guard case .io(_, _, let code) = error, Self.isReadOnlyCondition(code) else { throw error }
        }
        try lock.acquire(timeout: lockTimeout, shared: true)
        defer { lock.release() }
        return try body()
    }

    // MARK: Put

    /// Validates and stores one dossier; returns its new index entry once it is on disk.
    ///
    /// With `expectedRevision`, the put is refused with ``StoreError/conflict(kind:id:expected:current:)``
    /// unless the dossier is at that revision now (0: it must not exist yet).
    @discardableResult
    public func put(bytes: [UInt8], source: String, expectedRevision: Int? = nil) throws(StoreError) -> StoreEntry {
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(bytes)
        } catch {
            throw .invalidDossier(source: source, findings: [DossierValidator.syntaxDiagnostic(error, lineOffset: 0)])
        }
        let result = DossierValidator.validate(document)
        guard result.isValid, let kind = result.kind else {
            throw .invalidDossier(source: source, findings: result.findings)
        }
        lastPutWarnings = result.findings.filter { $0.severity != .error }
        try Self.checkKind(kind)
        let id = document.root["id"]?.stringValue ?? ""
        try Self.checkIdentifier(id)
        guard let canonical = CanonicalDossier.canonicalText(of: document) else {
            throw .invalidDossier(source: source, findings: result.findings)
        }
        let province = document.root["province"]?.stringValue
        let type = document.root["type"]?.stringValue
        return try withLock { () throws(StoreError) -> StoreEntry in
            try recoverIfNeeded()
            try session.begin(root: root)
            let current = try history(kindText: kind, id: id).last?.revision ?? 0
            if let expected = expectedRevision, expected != current {
                throw .conflict(kind: kind, id: id, expected: expected, current: current)
            }
            let entry = StoreEntry(kind: kind, id: id, revision: current + 1, deleted: false, province: province, type: type)
            try commit(entry, durable: canonical, current: canonical)
            return entry
        }
    }

    /// Reads a file and puts it (see ``put(bytes:source:expectedRevision:)``).
    @discardableResult
    ///
    /// The file must be a regular file (or `-`, standard input: a pipe or a terminal) of at
    /// most ``maximumInputSize`` bytes; a FIFO or a device is refused before anything is read.
    public func put(file path: String, expectedRevision: Int? = nil) throws(StoreError) -> StoreEntry {
        let bytes = try FileSystem.readInput(path, limit: maximumInputSize)
        return try put(bytes: bytes, source: path, expectedRevision: expectedRevision)
    }

    // MARK: Delete

    /// Deletes a dossier by writing a tombstone revision; its history stays.
    @discardableResult
    public func delete(kind: String, id: String, expectedRevision: Int? = nil) throws(StoreError) -> StoreEntry {
        try Self.checkKind(kind)
        try Self.checkIdentifier(id)
        return try withLock { () throws(StoreError) -> StoreEntry in
            try recoverIfNeeded()
            guard let last = try history(kindText: kind, id: id).last, !last.deleted else {
                throw .notFound(kind: kind, id: id)
            }
            try session.begin(root: root)
            if let expected = expectedRevision, expected != last.revision {
                throw .conflict(kind: kind, id: id, expected: expected, current: last.revision)
            }
            let entry = StoreEntry(kind: kind, id: id, revision: last.revision + 1, deleted: true, province: nil, type: nil)
            var writer = JSONWriter(style: .compact)
            writer.beginObject()
            writer.key("kind"); writer.string(kind)
            writer.key("id"); writer.string(id)
            writer.key("revision"); writer.integer(entry.revision)
            writer.key("deleted"); writer.bool(true)
            writer.endObject()
            writer.finish()
            let tombstone = writer.bytes
            try commit(entry, durable: tombstone, current: nil)
            return entry
        }
    }

    /// Writes one revision: the history file durably (temporary file, fsync, rename, fsync of
    /// its folder and of any folder created for it), then the derived data without fsync:
    /// the current file (`current`, or removed for a tombstone) and the index line.
    ///
    /// A failure after the history file is in place is undone: the revision is removed, the
    /// current file and the index put back. What cannot be undone marks the session dirty,
    /// so that its marker stays and the next open recovers.
    func commit(_ entry: StoreEntry, durable: [UInt8], current: [UInt8]?) throws(StoreError) {
        let folder = historyDirectory(entry.kind, entry.id)
        let pending = try files.makeDirectoriesDeferringSync(folder)
        let path = historyPath(entry.kind, entry.id, HistoryEntry(revision: entry.revision, deleted: current == nil))
        let record: String
        do throws(StoreError) {
            record = try writeRevision(durable, to: path, entry: entry, previous: try previousChain(kind: entry.kind, id: entry.id, revision: entry.revision))
        } catch {
            if entry.revision == 1 { files.removeDirectory(folder) }
            throw error
        }
        var indexSize: Int?
        do throws(StoreError) {
            for parent in pending.reversed() { try files.syncDirectory(parent) }
            // The revision is durable: from here on, derived data only.
            if let current {
                if !files.isDirectory(kindDirectory(entry.kind)) {
                    _ = try files.makeDirectoriesDeferringSync(kindDirectory(entry.kind))
                }
                try files.writeReplacing(current, to: currentPath(entry.kind, entry.id))
            } else {
                try files.remove(currentPath(entry.kind, entry.id))
            }
            try appendIndex([entry], sizeBefore: &indexSize)
        } catch {
            undo(entry, historyFile: path, record: record, indexSize: indexSize)
            throw error
        }
    }

    /// The empty file every digest record is a hard link to (``StoreFiles/createEmpty(_:sharing:)``).
    static let emptyRecordName = ".empty-record"

    /// Writes one history revision durably with its digest record (see ``ChainRecord``): the
    /// empty record file first, then the revision (temporary file, fsync, rename, fsync of
    /// the folder, which makes the record durable too). Returns the record's path; on a
    /// failure the record is removed.
    func writeRevision(_ bytes: [UInt8], to path: String, entry: StoreEntry, previous: String) throws(StoreError) -> String {
        let record = FileSystem.parentOf(path) + "/" + ChainRecord(revision: entry.revision, bytes: bytes, previous: previous).name
        try files.createEmpty(record, sharing: root + "/" + Self.emptyRecordName)
        do throws(StoreError) {
            try files.writeAtomically(bytes, to: path)
        } catch {
            try? files.remove(record)
            throw error
        }
        return record
    }

    /// The chain digest of the revision before `revision` (``ChainRecord/origin`` when it has
    /// no record). Records of `revision` or later, left by a write killed before its revision
    /// was in place, are removed on the way.
    func previousChain(kind: String, id: String, revision: Int) throws(StoreError) -> String {
        var previous = ChainRecord.origin
        let folder = historyDirectory(kind, id)
        for name in try files.entries(folder) {
            guard let record = ChainRecord(name: name) else { continue }
            if record.revision == revision - 1 {
                previous = record.chain
            } else if record.revision >= revision {
                try files.remove(folder + "/" + name)
            }
        }
        return previous
    }

    /// Best effort: removes the revision `entry` wrote, puts the current file back as the
    /// latest remaining revision says, and cuts the index back to its size before.
    func undo(_ entry: StoreEntry, historyFile: String, record: String, indexSize: Int?) {
        do throws(StoreError) {
            try files.remove(historyFile)
            try files.remove(record)
            try files.syncDirectory(historyDirectory(entry.kind, entry.id))
        } catch {
            // The revision may survive: the next open must bring the rest in line with it.
            session.dirty = true
        }
        // The kind folder may be what failed (a file or a link in its place): its sweep
        // must not stop the rest of the undo
        // (nothing of the store's is behind a link or a file: no temporary file to remove).
        do throws(StoreError) {
            try removeTemporaryFiles(in: kindDirectory(entry.kind))
        } catch {
            if case .unsafeEntry = error {} else { session.dirty = true }
        }
        do throws(StoreError) {
            if try history(kindText: entry.kind, id: entry.id).isEmpty {
                files.removeDirectory(historyDirectory(entry.kind, entry.id))
                try files.remove(currentPath(entry.kind, entry.id))
            } else {
                try recoverDossier(kind: entry.kind, id: entry.id)
            }
        } catch {
            session.dirty = true
        }
        if let indexSize, !files.truncate(indexPath, to: indexSize) { session.dirty = true }
    }

    // MARK: Reading

    /// The current revision, or revision `revision`.
    public func get(kind: String, id: String, revision: Int? = nil) throws(StoreError) -> StoredDossier {
        try Self.checkKind(kind)
        try Self.checkIdentifier(id)
        return try withReadLock { () throws(StoreError) -> StoredDossier in
            let entries = try history(kindText: kind, id: id)
            guard let last = entries.last else { throw .notFound(kind: kind, id: id) }
            let entry: HistoryEntry
            let path: String
            if let revision {
                guard let found = entries.first(where: { $0.revision == revision }) else {
                    throw .revisionNotFound(kind: kind, id: id, revision: revision)
                }
                entry = found
                path = historyPath(kind, id, found)
            } else {
                entry = last
                path = currentPath(kind, id)
            }
            if entry.deleted { throw .deleted(kind: kind, id: id, revision: entry.revision) }
            guard let bytes = try files.read(path) else { throw .corrupt(path: path, reason: "the file is missing") }
            do throws(JSONSyntaxError) {
                _ = try JSONDocument.parse(bytes)
            } catch {
                throw .corrupt(path: path, reason: error.englishExplanation)
            }
            return StoredDossier(kind: kind, id: id, revision: entry.revision, bytes: bytes)
        }
    }

    /// Every revision of a dossier, oldest first.
    public func history(kind: String, id: String) throws(StoreError) -> [HistoryEntry] {
        try Self.checkKind(kind)
        try Self.checkIdentifier(id)
        let entries = try withReadLock { () throws(StoreError) -> [HistoryEntry] in
            try history(kindText: kind, id: id)
        }
        if entries.isEmpty { throw .notFound(kind: kind, id: id) }
        return entries
    }

    /// The dossiers in the index (deleted ones left out), sorted by kind and id.
    ///
    /// One read of `ROOT/.index` under the shared lock, scanned byte by byte: lines whose
    /// kind, province or type do not match are skipped without being decoded. Index lines
    /// that fail the identifier checks, or that the history does not confirm, are left out
    /// (``listing(kind:province:type:includeDeleted:)`` reports them).
    ///
    /// ```swift
    /// let ravenna = try store.list(kind: "er.psychiatry.spoi", province: "RA")
    /// ```
    public func list(kind: String? = nil, province: String? = nil, type: String? = nil, includeDeleted: Bool = false) throws(StoreError) -> [StoreEntry] {
        try listing(kind: kind, province: province, type: type, includeDeleted: includeDeleted).entries
    }

    /// What ``list(kind:province:type:includeDeleted:)`` gives, with the index lines it left
    /// out: each matching line is checked (kind and id as ``checkKind(_:)`` and
    /// ``checkIdentifier(_:)`` ask, and the history holds that revision as the latest, with
    /// no later one) before it is listed. A line that fails is dropped and named in
    /// `dropped` (control characters escaped), for `store list` to report; `verify --repair`
    /// rebuilds the index.
    ///
    /// ```swift
    /// let result = try store.listing(kind: "er.psychiatry.spoi")
    /// for line in result.dropped { print("dropped: \(line)") }
    /// ```
    public func listing(kind: String? = nil, province: String? = nil, type: String? = nil, includeDeleted: Bool = false) throws(StoreError) -> StoreListing {
        if let kind { try Self.checkKind(kind) }
        // Deleted entries are confirmed too (a forged tombstone line must not hide a dossier
        // silently), then left out unless asked for.
        let filter = StoreIndex.Filter(kind: kind, province: province, type: type, includeDeleted: true)
        func confirmed(_ entries: [StoreEntry]) throws(StoreError) -> StoreListing {
            var listing = try self.confirmed(entries)
            if !includeDeleted { listing.entries.removeAll(where: \.deleted) }
            return listing
        }
        let listed = try withReadLock { () throws(StoreError) -> StoreListing? in
            guard let bytes = try files.read(indexPath), let entries = StoreIndex.scan(bytes, filter: filter) else { return nil }
            return try confirmed(entries)
        }
        if let listed { return listed }
        // Damaged or missing: rebuild it from the history, then read it again.
        return try withLock { () throws(StoreError) -> StoreListing in
            try recoverIfNeeded()
            if let bytes = try files.read(indexPath), let entries = StoreIndex.scan(bytes, filter: filter) { return try confirmed(entries) }
            try rebuildIndex()
            guard let bytes = try files.read(indexPath), let entries = StoreIndex.scan(bytes, filter: filter) else {
                throw .corrupt(path: indexPath, reason: "the rebuilt index cannot be read")
            }
            return try confirmed(entries)
        }
    }

    /// Splits index entries into those the identifier checks and the history confirm, and
    /// the rest (described for the report). Each kind's history folder is opened once; per
    /// entry, its dossier's folder is opened (`O_NOFOLLOW`) and two or three `fstatat` calls
    /// made in it: the cost grows with what is listed, not with the store.
    func confirmed(_ entries: [StoreEntry]) throws(StoreError) -> StoreListing {
        var result = StoreListing(entries: [], dropped: [])
        result.entries.reserveCapacity(entries.count)
        var kindFolders: [String: Int32?] = [:]
        defer { for case let descriptor? in kindFolders.values { Glibc.close(descriptor) } }
        for entry in entries {
            func described() -> String { StoreError.printable("\(entry.kind)/\(entry.id) revision \(entry.revision)") }
            guard (try? Self.checkKind(entry.kind)) != nil, (try? Self.checkIdentifier(entry.id)) != nil else {
                result.dropped.append(described() + " (identifier refused)")
                continue
            }
            if kindFolders[entry.kind] == nil {
                do {
                    kindFolders[entry.kind] = .some(try files.openDirectory(historyRoot + "/" + entry.kind))
                } catch {
                    guard case .unsafeEntry = error else { throw error }
                    kindFolders[entry.kind] = .some(nil)
                }
            }
            let folder: Int32
            if let kindFolder = kindFolders[entry.kind] ?? nil {
                folder = openat(kindFolder, entry.id, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            } else {
                folder = -1
            }
            guard folder >= 0 else {
                result.dropped.append(described() + " (no history)")
                continue
            }
            let revision = String(entry.revision)
            let next = String(entry.revision + 1)
            let held = StoreFiles.type(folder, revision + (entry.deleted ? ".deleted" : ".json")) == .regularFile
            let superseded = StoreFiles.type(folder, next + ".json") != .missing || StoreFiles.type(folder, next + ".deleted") != .missing
            Glibc.close(folder)
            if held && !superseded {
                result.entries.append(entry)
            } else {
                result.dropped.append(described() + " (not the latest revision in the history)")
            }
        }
        return result
    }

    // MARK: History files

    /// The history of one dossier from its folder (temporary files ignored), oldest first.
    func history(kindText kind: String, id: String) throws(StoreError) -> [HistoryEntry] {
        var entries: [HistoryEntry] = []
        for name in try files.entries(historyDirectory(kind, id)) {
            if let entry = Self.historyEntry(name) { entries.append(entry) }
        }
        return entries.sorted { $0.revision < $1.revision }
    }

    static func historyEntry(_ name: String) -> HistoryEntry? {
        if name.hasSuffix(".json"), let revision = Int(name.dropLast(5)), revision > 0 {
            return HistoryEntry(revision: revision, deleted: false)
        }
        if name.hasSuffix(".deleted"), let revision = Int(name.dropLast(8)), revision > 0 {
            return HistoryEntry(revision: revision, deleted: true)
        }
        return nil
    }

    // MARK: Journal (imports)

    /// The journal line that marks a write to be undone, not completed, after a crash.
    static let rollBackMarker = Array("{\"rollBack\":true}\n".utf8)

    /// Writes the journal (synced), runs `body`, and on a thrown error undoes what it wrote,
    /// so that a failed operation (a full disk, say) leaves the store as it was. Format 2
    /// journals only imports (several dossiers, all or nothing); a single put needs none.
    func transaction(_ entries: [StoreEntry], _ body: () throws(StoreError) -> Void) throws(StoreError) {
        var journal = Self.rollBackMarker
        for entry in entries { journal += Self.journalLine(entry) }
        try writeJournal(journal)
        do {
            try body()
        } catch {
            rollBack(entries)
            throw error
        }
        // Emptying the journal is the commit point: it must reach the disk.
        try writeJournal([])
    }

    func writeJournal(_ bytes: [UInt8]) throws(StoreError) {
        guard let fd = try files.openFile(journalPath, O_WRONLY | O_TRUNC, create: true) else {
            throw .io(path: journalPath, operation: "open", errno: ENOENT)
        }
        defer { Glibc.close(fd) }
        try FileSystem.writeAll(fd, bytes, path: journalPath)
        if fsync(fd) != 0 { throw FileSystem.fail(journalPath, "sync") }
    }

    /// Emptied without a sync: if the emptying is lost, recovery runs again, harmlessly.
    func clearJournal() {
        _ = files.truncate(journalPath, to: 0)
    }

    /// Best effort: removes the new revisions of `entries` and puts every current file back as
    /// its latest remaining revision says. When all of it succeeds the journal is emptied;
    /// otherwise it stays, and the next open finishes the job.
    func rollBack(_ entries: [StoreEntry]) {
        var complete = removeRevisions(entries)
        do {
            try removeTemporaryFiles(in: root)
            try rebuildIndex()
            try files.syncFileSystem()
        } catch {
            complete = false
        }
        if complete { try? writeJournal([]) } else { session.dirty = true }
    }

    /// Removes the revisions `entries` added and makes each dossier's current file agree with
    /// what is left (a dossier that was new goes entirely). Returns whether all of it worked.
    func removeRevisions(_ entries: [StoreEntry]) -> Bool {
        var complete = true
        for entry in entries.reversed() {
            for deleted in [false, true] {
                let path = historyPath(entry.kind, entry.id, HistoryEntry(revision: entry.revision, deleted: deleted))
                if (try? files.remove(path)) == nil { complete = false }
            }
        }
        // Their digest records: every record from the first revision an entry added.
        var firstAdded: [String: StoreEntry] = [:]
        for entry in entries where (firstAdded[entry.kind + "/" + entry.id]?.revision ?? Int.max) > entry.revision {
            firstAdded[entry.kind + "/" + entry.id] = entry
        }
        for entry in firstAdded.values {
            if (try? previousChain(kind: entry.kind, id: entry.id, revision: entry.revision)) == nil { complete = false }
        }
        // Each kind folder swept once (an import may touch thousands of its dossiers).
        for kind in Set(entries.map(\.kind)) {
            if (try? removeTemporaryFiles(in: kindDirectory(kind))) == nil { complete = false }
        }
        var seen = Set<String>()
        for entry in entries where seen.insert(entry.kind + "/" + entry.id).inserted {
            do {
                try removeTemporaryFiles(in: historyDirectory(entry.kind, entry.id))
                if try history(kindText: entry.kind, id: entry.id).isEmpty {
                    // The dossier was new: what this write created goes.
                    try files.remove(currentPath(entry.kind, entry.id))
                    files.removeDirectory(historyDirectory(entry.kind, entry.id))
                } else {
                    try recoverDossier(kind: entry.kind, id: entry.id, sweepKindFolder: false)
                }
            } catch {
                complete = false
            }
        }
        return complete
    }

    // MARK: Recovery

    /// Whether an open must recover: an import in flight, no index, or a writer session whose
    /// writer is gone. Cheap: a stat, a stat and a listing of `ROOT/.writers`.
    func needsRecovery() throws(StoreError) -> Bool {
        if let fd = try files.openFile(journalPath, O_RDONLY) {
            var info = stat()
            let size = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
            Glibc.close(fd)
            if size > 0 { return true }
        }
        if !files.exists(indexPath) { return true }
        return try !WriterSession.deadMarkers(in: writersPath, except: session.name, files: files).isEmpty
    }

    /// Under the exclusive lock: recovers when ``needsRecovery()`` says so. Undoes an
    /// interrupted import, makes every current file equal its latest history revision,
    /// rebuilds the index, and only then removes the dead writers' markers and empties the
    /// journal.
    ///
    /// Recovery runs inside this store's own writer session (opened first, its marker
    /// synced): what it rewrote is covered by that marker until the session's close flushes
    /// it, so no `syncfs` is needed here, and a recovery killed part-way is recovered again.
    func recoverIfNeeded() throws(StoreError) {
        let dead = try WriterSession.deadMarkers(in: writersPath, except: session.name, files: files)
        let journal = try files.read(journalPath) ?? []
        guard !dead.isEmpty || !journal.isEmpty || !files.exists(indexPath) else { return }
        try session.begin(root: root)
        try recover(journal: journal)
        for name in dead { try files.remove(writersPath + "/" + name) }
        if !journal.isEmpty {
            // An undone import's removals must be on disk before the journal that asks for
            // them goes: flush first.
            try files.syncFileSystem()
            try writeJournal([])
        }
    }

    /// The recovery itself (see ``recoverIfNeeded()``), without the final flush.
    func recover(journal: [UInt8]) throws(StoreError) {
        // An index rebuild interrupted earlier leaves its temporary file at the root; a
        // writer killed while creating its marker leaves one in `.writers`.
        try removeTemporaryFiles(in: root)
        try removeTemporaryFiles(in: writersPath)
        var entries: [StoreEntry] = []
        var rollBackOnCrash = false
        var complete = journal.last == UInt8(ascii: "\n")
        if complete {
            for line in journal.split(separator: UInt8(ascii: "\n")) {
                guard let document = try? JSONDocument.parse(Array(line)) else { complete = false; break }
                if document.root["rollBack"]?.boolValue == true { rollBackOnCrash = true; continue }
                guard let entry = Self.entry(document.root), (try? Self.checkKind(entry.kind)) != nil,
                      (try? Self.checkIdentifier(entry.id)) != nil else { complete = false; break }
                entries.append(entry)
            }
        }
        // A journal cut short: nothing had been written yet. A format-1 put's journal (no
        // roll-back marker) is completed by the pass below, like any interrupted put.
        if complete && rollBackOnCrash && !removeRevisions(entries) {
            throw .corrupt(path: journalPath, reason: "the interrupted import could not be undone")
        }
        // One pass over the dossiers, linear in the store: each kind folder listed once, each
        // history folder once, each current file and latest revision read once; the index
        // written from what the pass saw (province and type reused from the old index where
        // its revision is confirmed, parsed from the revision otherwise).
        let known = try files.read(indexPath).flatMap(StoreIndex.salvage)
        var index: [StoreEntry] = []
        for kind in try storedKinds() {
            var ids = Set<String>()
            let kindFolder = kindDirectory(kind)
            for name in try files.listing(kindFolder) {
                if name.hasPrefix(FileSystem.temporaryPrefix) {
                    try files.remove(kindFolder + "/" + name)
                } else if name.hasSuffix(".json") && !name.hasPrefix(".") {
                    ids.insert(String(name.dropLast(5)))
                }
            }
            for id in try files.directories(historyRoot + "/" + kind) where !id.hasPrefix(".") { ids.insert(id) }
            for id in ids.sorted() {
                guard let (last, saved) = try recoverDossier(kind: kind, id: id, sweepKindFolder: false) else { continue }
                if last.deleted {
                    index.append(StoreEntry(kind: kind, id: id, revision: last.revision, deleted: true, province: nil, type: nil))
                } else if let entry = known?[kind + "/" + id], entry.revision == last.revision, !entry.deleted {
                    index.append(entry)
                } else {
                    let document = saved.flatMap { try? JSONDocument.parse($0) }
                    index.append(StoreEntry(kind: kind, id: id, revision: last.revision, deleted: false,
                                            province: document?.root["province"]?.stringValue,
                                            type: document?.root["type"]?.stringValue))
                }
            }
        }
        try files.writeReplacing(StoreIndex.encode(index), to: indexPath)
    }

    /// Removes temporary files and makes the current file agree with the latest history file
    /// (written without fsync: the caller flushes). Returns the latest revision and its bytes
    /// (`nil` bytes for a tombstone), or `nil` when the dossier has no history.
    @discardableResult
    func recoverDossier(kind: String, id: String, sweepKindFolder: Bool = true) throws(StoreError) -> (HistoryEntry, [UInt8]?)? {
        if sweepKindFolder { try removeTemporaryFiles(in: kindDirectory(kind)) }
        let folder = historyDirectory(kind, id)
        var last: HistoryEntry?
        var records: [(Int, String)] = []
        for name in try files.entries(folder) {
            if name.hasPrefix(FileSystem.temporaryPrefix) {
                try files.remove(folder + "/" + name)
            } else if let entry = Self.historyEntry(name), entry.revision > (last?.revision ?? 0) {
                last = entry
            } else if let record = ChainRecord(name: name) {
                records.append((record.revision, name))
            }
        }
        // A digest record whose revision never reached its place (killed in between).
        for (revision, name) in records where revision > (last?.revision ?? 0) { try files.remove(folder + "/" + name) }
        let current = currentPath(kind, id)
        guard let last else {
            // Killed before the first revision was saved: nothing was acknowledged.
            if !files.exists(current) { files.removeDirectory(folder) }
            return nil
        }
        if last.deleted {
            try files.remove(current)
            return (last, nil)
        }
        guard let saved = try files.read(historyPath(kind, id, last)) else { return (last, nil) }
        // A link in the current file's place is replaced (the rename takes the name; what it
        // pointed to is never opened).
        let existing: [UInt8]?
        do {
            existing = try files.read(current)
        } catch {
            guard case .unsafeEntry = error else { throw error }
            existing = nil
        }
        if existing != saved {
            _ = try files.makeDirectoriesDeferringSync(kindDirectory(kind))
            try files.writeReplacing(saved, to: current)
        }
        return (last, saved)
    }

    func removeTemporaryFiles(in directory: String) throws(StoreError) {
        for name in try files.listing(directory) where name.hasPrefix(FileSystem.temporaryPrefix) {
            try files.remove(directory + "/" + name)
        }
    }

    /// Every (kind, id) with a current file or a history folder.
    /// An empty history folder left by a killed first put is skipped, and removed when
    /// `removingEmptyFolders` (recovery and repair; `verify` alone changes nothing).
    func allDossiers(removingEmptyFolders: Bool = false) throws(StoreError) -> [(String, String)] {
        var seen = Set<String>()
        var result: [(String, String)] = []
        func add(_ kind: String, _ id: String) {
            if seen.insert(kind + "/" + id).inserted { result.append((kind, id)) }
        }
        for kind in try storedKinds() {
            for name in try files.listing(kindDirectory(kind)) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                add(kind, String(name.dropLast(5)))
            }
            for id in try files.directories(historyRoot + "/" + kind) where !id.hasPrefix(".") {
                // A first put killed before its first revision was renamed into place leaves
                // an empty history folder (at most a temporary file): no dossier. Recovery
                // removes it.
                let folder = historyRoot + "/" + kind + "/" + id
                // (A digest record may be there: it is written just before its revision.)
                let names = try files.entries(folder)
                if !names.contains(where: { Self.historyEntry($0) != nil }) && !files.exists(currentPath(kind, id)) {
                    if removingEmptyFolders {
                        for name in names where name.hasPrefix(FileSystem.temporaryPrefix) || ChainRecord(name: name) != nil {
                            try files.remove(folder + "/" + name)
                        }
                        files.removeDirectory(folder)
                    }
                    continue
                }
                add(kind, id)
            }
        }
        return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// Kind folders present at the root or in the history.
    func storedKinds() throws(StoreError) -> [String] {
        var kinds = Set<String>()
        for name in try files.directories(root) where !name.hasPrefix(".") { kinds.insert(name) }
        for name in try files.directories(historyRoot) where !name.hasPrefix(".") { kinds.insert(name) }
        return kinds.sorted()
    }

    // MARK: Migration

    /// Format 1 to format 2, under the exclusive lock, inside a writer session (so that a
    /// crash part-way is recovered like any other). A format-1 store whose journal is empty
    /// and whose JSON Lines index reads is consistent (format 1 synced every file): its
    /// index is converted as it is. Otherwise the store is recovered and the index rebuilt
    /// from the history. Everything is flushed before the format file names format 2.
    func migrateFromFormat1() throws(StoreError) {
        let line = try formatOnDisk()
        guard line == Self.legacyFormatLine else {
            if line == Self.formatLine { return }
            throw .unsupportedFormat(path: root, found: line)
        }
        if !files.isDirectory(historyRoot) {
            try files.makeDirectories(historyRoot)
        }
        try session.begin(root: root)
        let journal = try files.read(journalPath) ?? []
        if journal.isEmpty, let bytes = try files.read(indexPath), let legacy = Self.legacyIndex(bytes) {
            try files.writeReplacing(StoreIndex.encode(Array(legacy.values)), to: indexPath)
        } else {
            try recover(journal: journal)
        }
        try files.syncFileSystem()
        if !journal.isEmpty { try writeJournal([]) }
        try files.writeAtomically(Array((Self.formatLine + "\n").utf8), to: formatPath)
    }

    /// A format-1 index (JSON Lines, the last line winning); `nil` when missing or damaged.
    static func legacyIndex(_ bytes: [UInt8]) -> [String: StoreEntry]? {
        if !bytes.isEmpty && bytes.last != UInt8(ascii: "\n") { return nil }
        var index: [String: StoreEntry] = [:]
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            guard let document = try? JSONDocument.parse(Array(line)), let entry = Self.entry(document.root) else { return nil }
            index[entry.kind + "/" + entry.id] = entry
        }
        return index
    }

    // MARK: Index

    /// One journal line (JSON): the entries an import is writing.
    static func journalLine(_ entry: StoreEntry) -> [UInt8] {
        var writer = JSONWriter(style: .compact)
        writer.beginObject()
        writer.key("kind"); writer.string(entry.kind)
        writer.key("id"); writer.string(entry.id)
        writer.key("revision"); writer.integer(entry.revision)
        writer.key("deleted"); writer.bool(entry.deleted)
        if let province = entry.province { writer.key("province"); writer.string(province) }
        if let type = entry.type { writer.key("type"); writer.string(type) }
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    static func entry(_ node: JSONNode) -> StoreEntry? {
        guard let kind = node["kind"]?.stringValue, let id = node["id"]?.stringValue,
              let revision = node["revision"]?.integerValue, let deleted = node["deleted"]?.boolValue else { return nil }
        return StoreEntry(kind: kind, id: id, revision: Int(revision), deleted: deleted,
                          province: node["province"]?.stringValue, type: node["type"]?.stringValue)
    }

    /// Appends the lines of `entries` to the index (no fsync: derived data), compacting it
    /// when its tail has grown past an eighth of its base and 64 KiB. `sizeBefore` receives
    /// the index's size before the append, for ``undo(_:historyFile:indexSize:)``. A damaged
    /// index is rebuilt from the history instead.
    func appendIndex(_ entries: [StoreEntry], sizeBefore: inout Int?) throws(StoreError) {
        guard let fd = try files.openFile(indexPath, O_RDWR | O_APPEND) else {
            try rebuildIndex()
            return
        }
        guard let (baseEnd, size) = StoreIndex.sizes(of: fd) else {
            Glibc.close(fd)
            try rebuildIndex()
            return
        }
        var bytes: [UInt8] = []
        for entry in entries { StoreIndex.appendLine(entry, to: &bytes) }
        sizeBefore = size
        do throws(StoreError) {
            try FileSystem.writeAll(fd, bytes, path: indexPath)
        } catch {
            Glibc.close(fd)
            throw error
        }
        Glibc.close(fd)
        let tail = size + bytes.count - baseEnd
        if tail > 64 * 1024 && tail * 8 > baseEnd { try compactIndex() }
    }

    /// Rewrites the index as one sorted base (no fsync).
    func compactIndex() throws(StoreError) {
        guard let bytes = try files.read(indexPath), let entries = StoreIndex.all(bytes) else {
            try rebuildIndex()
            return
        }
        try files.writeReplacing(StoreIndex.encode(Array(entries.values)), to: indexPath)
    }

    /// The index, every dossier keyed "kind/id"; `nil` when missing or damaged.
    func readIndex() throws(StoreError) -> [String: StoreEntry]? {
        guard let bytes = try files.read(indexPath) else { return nil }
        return StoreIndex.all(bytes)
    }

    /// What the index should say, computed from the history folders. With `reusing`, the
    /// province and type of an entry whose revision the history confirms are taken from it
    /// instead of parsing the revision's file (recovery); `verify` parses every file.
    func computedIndex(reusing known: [String: StoreEntry]? = nil, skipping: Set<String> = []) throws(StoreError) -> [StoreEntry] {
        var entries: [StoreEntry] = []
        for kind in try files.directories(historyRoot).sorted() where !kind.hasPrefix(".") {
            for id in try files.directories(historyRoot + "/" + kind).sorted() where !id.hasPrefix(".") {
                guard let last = try history(kindText: kind, id: id).last else { continue }
                if skipping.contains(historyPath(kind, id, last)) { continue }
                if last.deleted {
                    entries.append(StoreEntry(kind: kind, id: id, revision: last.revision, deleted: true, province: nil, type: nil))
                    continue
                }
                if let entry = known?[kind + "/" + id], entry.revision == last.revision, !entry.deleted {
                    entries.append(entry)
                    continue
                }
                var province: String?
                var type: String?
                if let bytes = try files.read(historyPath(kind, id, last)), let document = try? JSONDocument.parse(bytes) {
                    province = document.root["province"]?.stringValue
                    type = document.root["type"]?.stringValue
                }
                entries.append(StoreEntry(kind: kind, id: id, revision: last.revision, deleted: false, province: province, type: type))
            }
        }
        return entries
    }

    /// Rewrites the index from the history folders (atomically; no fsync: recovery flushes).
    /// `reuse`: see ``computedIndex(reusing:)``; `verify --repair` parses every file.
    func rebuildIndex(reuse: Bool = true) throws(StoreError) {
        let known = reuse ? try readIndex() : nil
        try files.writeReplacing(StoreIndex.encode(try computedIndex(reusing: known)), to: indexPath)
    }
}
