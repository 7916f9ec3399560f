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
/// ROOT/.sociosan-store                      format version ("sociosan-store 1")
/// ROOT/<kind>/<id>.json                     the current revision, canonical JSON
/// ROOT/.history/<kind>/<id>/<rev>.json      every revision (the latest equals the current file)
/// ROOT/.history/<kind>/<id>/<rev>.deleted   a tombstone revision
/// ROOT/.index                               JSON Lines: kind, id, revision, deleted, province, type
/// ROOT/.journal                             the put in flight (empty when none)
/// ROOT/.lock                                writer lock (flock), holding the holder's pid
/// ROOT/.quarantine/                         files `verify --repair` moved aside
/// ```
///
/// A dossier's revision is the number of its latest history file. Every operation runs under
/// the lock; a put writes the journal, then the history file, then the current file (each
/// through a synced temporary file and a synced rename), then the index line, and returns
/// only after all of that is on disk.
///
/// ```swift
/// let store = try DossierStore.create(at: "dossiers")
/// let entry = try store.put(bytes: Array(text.utf8), source: "spoi.json")
/// let current = try store.get(kind: entry.kind, id: entry.id)
/// ```
public final class DossierStore {
    public static let formatLine = "sociosan-store 1"
    public static var supportedKinds: [DossierKind] { DossierRegistry.codecs.map(\.info.kind) }

    public let root: String
    /// Seconds to wait for the writer lock before giving up with ``StoreError/lockTimeout(path:holder:seconds:)``.
    public var lockTimeout: Double
    let lock: StoreLock

    var formatPath: String { root + "/.sociosan-store" }
    var indexPath: String { root + "/.index" }
    var journalPath: String { root + "/.journal" }
    var historyRoot: String { root + "/.history" }
    var quarantineRoot: String { root + "/.quarantine" }

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
    public static func create(at path: String, lockTimeout: Double = 10) throws(StoreError) -> DossierStore {
        let root = normalized(path)
        if mkdir(root, 0o755) != 0 && errno != EEXIST { throw FileSystem.fail(root, "create") }
        let format = root + "/.sociosan-store"
        if !FileSystem.exists(format) {
            if !FileSystem.exists(root + "/.journal") {
                let fd = open(root + "/.journal", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
                guard fd >= 0 else { throw FileSystem.fail(root + "/.journal", "create") }
                close(fd)
            }
            try FileSystem.writeAtomically([], to: root + "/.index")
            try FileSystem.writeAtomically(Array((formatLine + "\n").utf8), to: format)
            try FileSystem.syncDirectory(FileSystem.parentOf(root))
        }
        return try DossierStore(openingAt: root, lockTimeout: lockTimeout)
    }

    /// Opens an existing store, recovering from an interrupted write when there was one:
    /// leftover temporary files are removed, the interrupted dossier is rolled forward to its
    /// latest history revision, and a missing or stale index is rebuilt.
    public init(openingAt path: String, lockTimeout: Double = 10) throws(StoreError) {
        root = Self.normalized(path)
        self.lockTimeout = lockTimeout
        lock = StoreLock(path: root + "/.lock")
        guard let format = try FileSystem.read(formatPath) else { throw .notAStore(path: root) }
        let line = String(decoding: format, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        guard line == Self.formatLine else { throw .unsupportedFormat(path: root, found: line) }
        if try needsRecovery() {
            try withLock { () throws(StoreError) in try recoverIfNeeded() }
        }
    }

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

    func withLock<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try lock.acquire(timeout: lockTimeout)
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
            let current = try history(kindText: kind, id: id).last?.revision ?? 0
            if let expected = expectedRevision, expected != current {
                throw .conflict(kind: kind, id: id, expected: expected, current: current)
            }
            let entry = StoreEntry(kind: kind, id: id, revision: current + 1, deleted: false, province: province, type: type)
            try transaction([entry], rollBackOnCrash: false) { () throws(StoreError) in
                try FileSystem.makeDirectories(historyDirectory(kind, id), below: root)
                try FileSystem.writeAtomically(canonical, to: historyPath(kind, id, HistoryEntry(revision: entry.revision, deleted: false)))
                try FileSystem.makeDirectories(kindDirectory(kind), below: root)
                try FileSystem.writeAtomically(canonical, to: currentPath(kind, id))
                try appendIndex([entry])
            }
            return entry
        }
    }

    /// Reads a file and puts it (see ``put(bytes:source:expectedRevision:)``).
    @discardableResult
    public func put(file path: String, expectedRevision: Int? = nil) throws(StoreError) -> StoreEntry {
        guard let bytes = try FileSystem.read(path) else { throw .io(path: path, operation: "open", errno: ENOENT) }
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
            try transaction([entry], rollBackOnCrash: false) { () throws(StoreError) in
                try FileSystem.writeAtomically(tombstone, to: historyPath(kind, id, HistoryEntry(revision: entry.revision, deleted: true)))
                try FileSystem.remove(currentPath(kind, id))
                try FileSystem.syncDirectory(kindDirectory(kind))
                try appendIndex([entry])
            }
            return entry
        }
    }

    // MARK: Reading

    /// The current revision, or revision `revision`.
    public func get(kind: String, id: String, revision: Int? = nil) throws(StoreError) -> StoredDossier {
        try Self.checkKind(kind)
        try Self.checkIdentifier(id)
        return try withLock { () throws(StoreError) -> StoredDossier in
            try recoverIfNeeded()
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
            guard let bytes = try FileSystem.read(path) else { throw .corrupt(path: path, reason: "the file is missing") }
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
        let entries = try withLock { () throws(StoreError) -> [HistoryEntry] in
            try recoverIfNeeded()
            return try history(kindText: kind, id: id)
        }
        if entries.isEmpty { throw .notFound(kind: kind, id: id) }
        return entries
    }

    /// The dossiers in the index (deleted ones left out), sorted by kind and id.
    public func list(kind: String? = nil, province: String? = nil, type: String? = nil, includeDeleted: Bool = false) throws(StoreError) -> [StoreEntry] {
        if let kind { try Self.checkKind(kind) }
        let index = try withLock { () throws(StoreError) -> [String: StoreEntry] in
            try recoverIfNeeded()
            if let index = try readIndex() { return index }
            try rebuildIndex()
            return try readIndex() ?? [:]
        }
        return index.values.filter { entry in
            (includeDeleted || !entry.deleted)
                && (kind == nil || entry.kind == kind)
                && (province == nil || entry.province == province)
                && (type == nil || entry.type == type)
        }.sorted { ($0.kind, $0.id) < ($1.kind, $1.id) }
    }

    // MARK: History files

    /// The history of one dossier from its folder (temporary files ignored), oldest first.
    func history(kindText kind: String, id: String) throws(StoreError) -> [HistoryEntry] {
        var entries: [HistoryEntry] = []
        for name in try FileSystem.entries(historyDirectory(kind, id)) {
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

    // MARK: Journal

    /// The journal line that marks a write to be undone, not completed, after a crash.
    static let rollBackMarker = Array("{\"rollBack\":true}\n".utf8)

    /// Writes the journal (synced), runs `body`, and on a thrown error undoes what it wrote,
    /// so that a failed operation (a full disk, say) leaves the store as it was.
    func transaction(_ entries: [StoreEntry], rollBackOnCrash: Bool, _ body: () throws(StoreError) -> Void) throws(StoreError) {
        var journal = rollBackOnCrash ? Self.rollBackMarker : []
        for entry in entries { journal += Self.indexLine(entry) }
        try writeJournal(journal)
        do {
            try body()
        } catch {
            rollBack(entries)
            throw error
        }
        if rollBackOnCrash {
            // Emptying the journal is the commit point: it must reach the disk.
            try writeJournal([])
        } else {
            clearJournal()
        }
    }

    func writeJournal(_ bytes: [UInt8]) throws(StoreError) {
        let fd = open(journalPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.fail(journalPath, "open") }
        defer { close(fd) }
        try FileSystem.writeAll(fd, bytes, path: journalPath)
        if fsync(fd) != 0 { throw FileSystem.fail(journalPath, "sync") }
    }

    /// Emptied without a sync: if the emptying is lost, recovery runs again, harmlessly.
    func clearJournal() {
        _ = truncate(journalPath, 0)
    }

    /// Best effort: removes the new revisions of `entries` and puts every current file back as
    /// its latest remaining revision says. When all of it succeeds the journal is emptied;
    /// otherwise it stays, and the next open finishes the job.
    func rollBack(_ entries: [StoreEntry]) {
        var complete = true
        for entry in entries.reversed() {
            for deleted in [false, true] {
                let path = historyPath(entry.kind, entry.id, HistoryEntry(revision: entry.revision, deleted: deleted))
                if (try? FileSystem.remove(path)) == nil { complete = false }
            }
        }
        var seen = Set<String>()
        for entry in entries where seen.insert(entry.kind + "/" + entry.id).inserted {
            do {
                try removeTemporaryFiles(in: kindDirectory(entry.kind))
                try removeTemporaryFiles(in: historyDirectory(entry.kind, entry.id))
                if try history(kindText: entry.kind, id: entry.id).isEmpty {
                    // The dossier was new: what this write created goes.
                    try FileSystem.remove(currentPath(entry.kind, entry.id))
                    _ = rmdir(historyDirectory(entry.kind, entry.id))
                } else {
                    try recoverDossier(kind: entry.kind, id: entry.id)
                }
            } catch {
                complete = false
            }
        }
        do {
            try removeTemporaryFiles(in: root)
            try rebuildIndex()
            if complete { try writeJournal([]) }
        } catch {}
    }

    func needsRecovery() throws(StoreError) -> Bool {
        var info = stat()
        if stat(journalPath, &info) == 0 && info.st_size > 0 { return true }
        return !FileSystem.exists(indexPath)
    }

    /// Under the lock: completes an interrupted put or delete, undoes an interrupted import,
    /// removes temporary files and rebuilds the index.
    func recoverIfNeeded() throws(StoreError) {
        guard try needsRecovery() else { return }
        let journal = try FileSystem.read(journalPath) ?? []
        // An index rebuild interrupted earlier leaves its temporary file at the root.
        try removeTemporaryFiles(in: root)
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
        if !journal.isEmpty && !complete {
            // The journal itself was cut short: nothing else had been written yet.
            for (kind, id) in try allDossiers(removingEmptyFolders: true) {
                try removeTemporaryFiles(in: kindDirectory(kind))
                try removeTemporaryFiles(in: historyDirectory(kind, id))
            }
        } else if rollBackOnCrash {
            rollBack(entries)
            return
        } else {
            for entry in entries { try recoverDossier(kind: entry.kind, id: entry.id) }
        }
        try rebuildIndex()
        try writeJournal([])
    }

    /// Removes temporary files and makes the current file agree with the latest history file.
    func recoverDossier(kind: String, id: String) throws(StoreError) {
        try removeTemporaryFiles(in: kindDirectory(kind))
        try removeTemporaryFiles(in: historyDirectory(kind, id))
        guard let last = try history(kindText: kind, id: id).last else {
            // Killed before the first revision was saved: nothing was acknowledged.
            if !FileSystem.exists(currentPath(kind, id)) { _ = rmdir(historyDirectory(kind, id)) }
            return
        }
        let current = currentPath(kind, id)
        if last.deleted {
            if FileSystem.exists(current) {
                try FileSystem.remove(current)
                try FileSystem.syncDirectory(kindDirectory(kind))
            }
            return
        }
        guard let saved = try FileSystem.read(historyPath(kind, id, last)) else { return }
        if try FileSystem.read(current) != saved {
            try FileSystem.makeDirectories(kindDirectory(kind), below: root)
            try FileSystem.writeAtomically(saved, to: current)
        }
    }

    func removeTemporaryFiles(in directory: String) throws(StoreError) {
        for name in try FileSystem.entries(directory) where name.hasPrefix(FileSystem.temporaryPrefix) {
            try FileSystem.remove(directory + "/" + name)
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
            for name in try FileSystem.entries(kindDirectory(kind)) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                add(kind, String(name.dropLast(5)))
            }
            for id in try FileSystem.entries(historyRoot + "/" + kind) where !id.hasPrefix(".") {
                // A first put killed before its first revision was renamed into place leaves
                // an empty history folder (at most a temporary file): no dossier. Recovery
                // removes it.
                let folder = historyRoot + "/" + kind + "/" + id
                let saved = try FileSystem.entries(folder).filter { !$0.hasPrefix(FileSystem.temporaryPrefix) }
                if saved.isEmpty && !FileSystem.exists(currentPath(kind, id)) {
                    if removingEmptyFolders {
                        try removeTemporaryFiles(in: folder)
                        _ = rmdir(folder)
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
        for name in try FileSystem.entries(root) where !name.hasPrefix(".") && FileSystem.isDirectory(root + "/" + name) {
            kinds.insert(name)
        }
        for name in try FileSystem.entries(historyRoot) where !name.hasPrefix(".") { kinds.insert(name) }
        return kinds.sorted()
    }

    // MARK: Index

    static func indexLine(_ entry: StoreEntry) -> [UInt8] {
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

    func appendIndex(_ entries: [StoreEntry]) throws(StoreError) {
        let fd = open(indexPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FileSystem.fail(indexPath, "open") }
        defer { close(fd) }
        var bytes: [UInt8] = []
        for entry in entries { bytes += Self.indexLine(entry) }
        try FileSystem.writeAll(fd, bytes, path: indexPath)
        if fsync(fd) != 0 { throw FileSystem.fail(indexPath, "sync") }
    }

    /// The index, last line winning for each dossier; `nil` when missing or damaged.
    func readIndex() throws(StoreError) -> [String: StoreEntry]? {
        guard let bytes = try FileSystem.read(indexPath) else { return nil }
        if !bytes.isEmpty && bytes.last != UInt8(ascii: "\n") { return nil }
        var index: [String: StoreEntry] = [:]
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            guard let document = try? JSONDocument.parse(Array(line)), let entry = Self.entry(document.root) else { return nil }
            index[entry.kind + "/" + entry.id] = entry
        }
        return index
    }

    static func entry(_ node: JSONNode) -> StoreEntry? {
        guard let kind = node["kind"]?.stringValue, let id = node["id"]?.stringValue,
              let revision = node["revision"]?.integerValue, let deleted = node["deleted"]?.boolValue else { return nil }
        return StoreEntry(kind: kind, id: id, revision: Int(revision), deleted: deleted,
                          province: node["province"]?.stringValue, type: node["type"]?.stringValue)
    }

    /// What the index should say, computed from the history folders.
    func computedIndex() throws(StoreError) -> [StoreEntry] {
        var entries: [StoreEntry] = []
        for kind in try FileSystem.entries(historyRoot).sorted() where !kind.hasPrefix(".") {
            for id in try FileSystem.entries(historyRoot + "/" + kind).sorted() where !id.hasPrefix(".") {
                guard let last = try history(kindText: kind, id: id).last else { continue }
                if last.deleted {
                    entries.append(StoreEntry(kind: kind, id: id, revision: last.revision, deleted: true, province: nil, type: nil))
                    continue
                }
                var province: String?
                var type: String?
                if let bytes = try FileSystem.read(historyPath(kind, id, last)), let document = try? JSONDocument.parse(bytes) {
                    province = document.root["province"]?.stringValue
                    type = document.root["type"]?.stringValue
                }
                entries.append(StoreEntry(kind: kind, id: id, revision: last.revision, deleted: false, province: province, type: type))
            }
        }
        return entries
    }

    /// Rewrites the index from the history folders (atomically).
    func rebuildIndex() throws(StoreError) {
        var bytes: [UInt8] = []
        for entry in try computedIndex() { bytes += Self.indexLine(entry) }
        try FileSystem.writeAtomically(bytes, to: indexPath)
    }
}
