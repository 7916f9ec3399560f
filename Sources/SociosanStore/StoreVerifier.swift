import Glibc
import Sociosan
import SociosanJSON

/// One thing `verify` found wrong, with the path of the file concerned.
public struct StoreProblem: Error, Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// The file is not JSON (or not a readable dossier).
        case unreadable
        /// The file parses but is not in canonical form.
        case notCanonical
        /// The file's "kind" or "id" does not match where it is stored.
        case misplaced
        /// The current file differs from the latest history revision.
        case currentDiffersFromHistory
        /// A current file with no history, or a live history with no current file.
        case missingFile
        /// A revision between 1 and the latest is missing from the history.
        case historyGap
        /// The index is missing, damaged or disagrees with the files.
        case indexMismatch
        /// A temporary file left by an interrupted write.
        case temporaryFile
        /// A file or folder the store does not know.
        case unexpectedEntry
        /// A symbolic link below the root: never followed; `--repair` quarantines it.
        case symbolicLink
        /// A FIFO, a device or a socket where the store keeps files; `--repair` quarantines it.
        case notARegularFile
        /// A revision whose bytes, or whose place in its dossier's digest chain, do not match
        /// the SHA-256 digests recorded when it was written.
        case digestMismatch
        /// A revision written with a digest record whose record is missing.
        case digestMissing
        /// The audit log (`ROOT/.audit/log`) has a line that is not a record, or that its
        /// successor's (or the head's) SHA-256 does not match; `--repair` leaves it as it is.
        case auditAltered
        /// The audit log is shorter than its head record says; `--repair` leaves it as it is.
        case auditCut
    }

    public let kind: Kind
    public let path: String
    public let detail: String

    public func message(in language: Language) -> String {
        let text: LocalizedText
        switch kind {
        case .unreadable: text = LocalizedText(it: "illeggibile", en: "unreadable")
        case .notCanonical: text = LocalizedText(it: "non in forma canonica", en: "not in canonical form")
        case .misplaced: text = LocalizedText(it: "kind o id non corrispondono alla posizione", en: "kind or id does not match its place")
        case .currentDiffersFromHistory: text = LocalizedText(it: "diverso dall'ultima revisione nello storico", en: "differs from the latest revision in the history")
        case .missingFile: text = LocalizedText(it: "file mancante", en: "missing file")
        case .historyGap: text = LocalizedText(it: "revisione mancante nello storico", en: "revision missing from the history")
        case .indexMismatch: text = LocalizedText(it: "l'indice non corrisponde ai file", en: "the index does not match the files")
        case .temporaryFile: text = LocalizedText(it: "file temporaneo rimasto", en: "leftover temporary file")
        case .unexpectedEntry: text = LocalizedText(it: "voce sconosciuta all'archivio", en: "entry unknown to the store")
        case .symbolicLink: text = LocalizedText(it: "collegamento simbolico (mai seguito)", en: "symbolic link (never followed)")
        case .notARegularFile: text = LocalizedText(it: "non è un file regolare", en: "not a regular file")
        case .digestMismatch: text = LocalizedText(it: "non corrisponde all'impronta SHA-256 registrata", en: "does not match its recorded SHA-256 digest")
        case .digestMissing: text = LocalizedText(it: "impronta SHA-256 mancante", en: "SHA-256 digest record missing")
        case .auditAltered: text = LocalizedText(it: "registro degli accessi alterato", en: "access log altered")
        case .auditCut: text = LocalizedText(it: "registro degli accessi troncato", en: "access log cut short")
        }
        // A name with a line feed must not forge a line of the report.
        return "\(StoreError.printable(path)): \(text.text(in: language))" + (detail.isEmpty ? "" : " (\(StoreError.printable(detail)))")
    }
}

/// What `verify` saw and, with repair, what it did.
public struct VerificationReport: Sendable, Hashable {
    public var dossiers = 0
    public var revisions = 0
    public var problems: [StoreProblem] = []
    /// Files moved into `.quarantine` (repair only), as (from, to).
    public var quarantined: [String] = []
    /// Files restored or rebuilt (repair only).
    public var repaired: [String] = []
    /// Revisions that carry no digest record because they were written before digests
    /// existed (see ``DossierStore``): readable, but not covered by the chain.
    public var unsealedRevisions = 0
    /// The records of the audit log (see ``DossierStore/appendAudit(_:)``); `nil` when the
    /// store has none.
    public var auditRecords: Int?

    public var isClean: Bool { problems.isEmpty }
}

extension DossierStore {
    /// Checks every file: it parses, is canonical, sits where its kind and id say, agrees
    /// with the latest history revision and with the index, and the history has no gap.
    ///
    /// Without `repair` nothing changes on disk. With `repair`, unreadable files are moved to
    /// `ROOT/.quarantine/` (never deleted), current files are restored from their history
    /// where possible, temporary files are removed and the index is rebuilt; the report then
    /// lists what was found before repairing.
    ///
    /// `progress` is called with (dossiers checked, dossiers in all).
    public func verify(repair: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws(StoreError) -> VerificationReport {
        var report = VerificationReport()
        // A link (or anything but a file) at .lock cannot be locked without following it:
        // repair moves it aside first; a plain verify reports it and reads without the lock
        // (it changes nothing).
        let lockType = files.type(lock.path)
        if lockType != .missing && lockType != .regularFile {
            report.problems.append(StoreProblem(kind: lockType == .symbolicLink ? .symbolicLink : .notARegularFile, path: lock.path, detail: ""))
            if !repair {
                try check(&report, repair: false, progress: progress)
                return report
            }
            report.quarantined.append(try quarantine(lock.path))
        }
        return try withLock { () throws(StoreError) -> VerificationReport in
            try check(&report, repair: repair, progress: progress)
            if repair {
                try recoverIfNeeded()
                try rebuildIndex(reuse: false)
                try files.syncFileSystem()
                clearJournal()
            }
            return report
        }
    }

    /// A name read from a folder, shown with control characters and bytes that are not UTF-8
    /// escaped.
    static func displayName(_ name: [UInt8]) -> String {
        if let text = String(validating: name, as: UTF8.self) { return StoreError.printable(text) }
        var result = ""
        for byte in name {
            if byte >= 0x20 && byte < 0x7F { result.unicodeScalars.append(Unicode.Scalar(byte)) } else { result += "\\x" + String(byte, radix: 16, uppercase: true) }
        }
        return result
    }

    /// Walks the store's folders (the root, the kind folders, the writers' markers and the
    /// history down to the revisions) without following anything: reports every link and
    /// every FIFO, device or socket, and every temporary file, by its raw name. With repair,
    /// links and special files are quarantined (never followed, never deleted) and temporary
    /// files removed. Returns the paths reported and left in place (a plain verify), for the
    /// checks that follow to skip.
    private func sweep(_ report: inout VerificationReport, repair: Bool) throws(StoreError) -> Set<String> {
        var left = Set<String>()
        let temporary = Array(FileSystem.temporaryPrefix.utf8)
        // Returns the folders below `folder` that are real folders, to descend into.
        func scan(_ folder: String, temporaryFiles: Bool) throws(StoreError) -> [String] {
            var folders: [String] = []
            for (name, type) in try files.rawEntries(folder).sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) {
                let shown = folder + "/" + Self.displayName(name)
                let path = folder + "/" + String(decoding: name, as: UTF8.self)
                if type == .symbolicLink || type == .other {
                    report.problems.append(StoreProblem(kind: type == .symbolicLink ? .symbolicLink : .notARegularFile, path: shown, detail: ""))
                    if repair, path != lock.path {
                        // By its raw name: one that is not UTF-8 is moved like any other,
                        // under its escaped name.
                        report.quarantined.append(try quarantine(name, in: folder))
                    } else {
                        left.insert(path)
                    }
                } else if temporaryFiles && name.starts(with: temporary) && type == .regularFile {
                    report.problems.append(StoreProblem(kind: .temporaryFile, path: shown, detail: ""))
                    if repair { try files.removeRaw(name, in: folder) } else { left.insert(path) }
                } else if type == .directory {
                    folders.append(path)
                }
            }
            return folders
        }
        for folder in try scan(root, temporaryFiles: true) {
            let name = FileSystem.nameOf(folder)
            if name == ".quarantine" { continue }
            if name == ".history" {
                for kind in try scan(folder, temporaryFiles: true) {
                    for dossier in try scan(kind, temporaryFiles: true) {
                        _ = try scan(dossier, temporaryFiles: true)
                    }
                }
            } else {
                _ = try scan(folder, temporaryFiles: true)
            }
        }
        return left
    }

    private func check(_ report: inout VerificationReport, repair: Bool, progress: ((Int, Int) -> Void)?) throws(StoreError) {
        let known = Set(Self.supportedKinds.map(\.rawValue))
        let reserved: Set<String> = [".sociosan-store", ".index", ".journal", ".lock", ".history", ".quarantine", ".writers", AuditLog.folder, Self.emptyRecordName]
        let left = try sweep(&report, repair: repair)
        for name in try files.entries(root).sorted() {
            let path = root + "/" + name
            if left.contains(path) || name.hasPrefix(FileSystem.temporaryPrefix) { continue }
            if name.hasPrefix(".") {
                if !reserved.contains(name) {
                    report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
                }
                continue
            }
            if !files.isDirectory(path) || !known.contains(name) {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
            }
        }
        // Writer sessions: a live one is fine; one left by a dead writer means derived files
        // may lag behind the history (opening the store, or --repair, recovers them).
        for name in try files.listing(writersPath).sorted() {
            let path = writersPath + "/" + name
            if left.contains(path) { continue }
            if !name.hasSuffix(WriterSession.suffix) && !name.hasPrefix(FileSystem.temporaryPrefix) {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
            }
        }
        for name in try WriterSession.deadMarkers(in: writersPath, except: session.name, files: files) {
            report.problems.append(StoreProblem(kind: .temporaryFile, path: writersPath + "/" + name, detail: "left by a writer that stopped"))
        }
        for kind in try storedKinds() where known.contains(kind) {
            // Stray files in the kind folder (temporary files and links: the sweep).
            for name in try files.listing(kindDirectory(kind)).sorted() {
                let path = kindDirectory(kind) + "/" + name
                if left.contains(path) || name.hasPrefix(FileSystem.temporaryPrefix) { continue }
                if !name.hasSuffix(".json") || (try? Self.checkIdentifier(String(name.dropLast(5)))) == nil {
                    report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
                }
            }
        }
        try checkAudit(&report, repair: repair, skipping: left)
        let dossiers = try allDossiers(removingEmptyFolders: repair)
        // History revisions that could not be read at all (reported as unreadable).
        var unread = Set<String>()
        for (number, (kind, id)) in dossiers.enumerated() {
            progress?(number + 1, dossiers.count)
            guard known.contains(kind), (try? Self.checkIdentifier(id)) != nil else {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: currentPath(kind, id), detail: ""))
                continue
            }
            try checkDossier(kind: kind, id: id, &report, repair: repair, skipping: left, unread: &unread)
        }
        // The index. A latest revision that could not be read (reported above) gives no
        // entry to hold the index against, and its dossier is not missing.
        let expected = try computedIndex(skipping: left.union(unread))
        let index: [String: StoreEntry]?
        do {
            index = try readIndex()
        } catch {
            guard case .unsafeEntry = error else { throw error }
            index = nil
        }
        if let index {
            var expectedKeys = Set<String>()
            for entry in expected {
                let key = entry.kind + "/" + entry.id
                expectedKeys.insert(key)
                if index[key] != entry {
                    report.problems.append(StoreProblem(kind: .indexMismatch, path: indexPath, detail: "\(key) revision \(entry.revision)"))
                }
            }
            for key in index.keys.sorted() where !expectedKeys.contains(key) {
                if let entry = index[key], !unread.isEmpty {
                    let folder = historyDirectory(entry.kind, entry.id) + "/"
                    if unread.contains(where: { $0.hasPrefix(folder) }) { continue }
                }
                report.problems.append(StoreProblem(kind: .indexMismatch, path: indexPath, detail: "\(key) has no files"))
            }
        } else if !left.contains(indexPath) {
            report.problems.append(StoreProblem(kind: .indexMismatch, path: indexPath, detail: "missing or damaged"))
        }
    }

    private func checkDossier(
        kind: String, id: String, _ report: inout VerificationReport, repair: Bool, skipping left: Set<String>, unread: inout Set<String>
    ) throws(StoreError) {
        report.dossiers += 1
        let historyFolder = historyDirectory(kind, id)
        var entries: [HistoryEntry] = []
        var records: [Int: ChainRecord] = [:]
        for name in try files.listing(historyFolder).sorted() {
            let path = historyFolder + "/" + name
            if let entry = Self.historyEntry(name) {
                entries.append(entry)
            } else if let record = ChainRecord(name: name) {
                if records.updateValue(record, forKey: record.revision) != nil {
                    report.problems.append(StoreProblem(kind: .digestMismatch, path: historyFolder, detail: "revision \(record.revision): two digest records"))
                }
            } else if name.hasPrefix(FileSystem.temporaryPrefix) || left.contains(path) {
                continue
            } else {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
            }
        }
        entries.sort { $0.revision < $1.revision }
        report.revisions += entries.count
        // Gaps.
        var seen = Set(entries.map(\.revision))
        if let last = entries.last {
            for revision in 1...last.revision where !seen.contains(revision) {
                report.problems.append(StoreProblem(kind: .historyGap, path: historyFolder, detail: "revision \(revision)"))
            }
        }
        // Every history revision parses and is canonical.
        var goodLatest: [UInt8]?
        var contents: [(Int, [UInt8]?)] = []
        defer {
            // The digest chain, from the bytes read below: the first revision that does not
            // match is named.
            let chain = ChainRecord.check(revisions: contents, records: records)
            report.unsealedRevisions += chain.unsealed
            if let mismatch = chain.mismatch {
                let path = entries.first { $0.revision == mismatch.revision }.map { historyPath(kind, id, $0) } ?? historyFolder
                report.problems.append(StoreProblem(kind: .digestMismatch, path: path, detail: mismatch.detail))
            }
        }
        for entry in entries {
            let path = historyPath(kind, id, entry)
            if left.contains(path) { contents.append((entry.revision, nil)); continue }
            if entry.deleted {
                let bytes = try? files.read(path)
                contents.append((entry.revision, bytes ?? nil))
                if let bytes = bytes ?? nil, (try? JSONDocument.parse(bytes)) != nil { continue }
                report.problems.append(StoreProblem(kind: .unreadable, path: path, detail: "tombstone"))
                if repair { report.quarantined.append(try quarantine(path)); seen.remove(entry.revision) }
                continue
            }
            var read: [UInt8]?
            defer { contents.append((entry.revision, read)) }
            switch try inspect(path, kind: kind, id: id, read: &read) {
            case .success(let bytes):
                if entry == entries.last { goodLatest = bytes }
            case .failure(let problem):
                report.problems.append(problem)
                if read == nil && problem.kind == .unreadable { unread.insert(path) }
                if repair && problem.kind == .unreadable { report.quarantined.append(try quarantine(path)) }
            }
        }
        // The current file.
        let current = currentPath(kind, id)
        let last = entries.last
        if left.contains(current) { return }
        if last?.deleted == true {
            if files.exists(current) {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: current, detail: "deleted at revision \(last!.revision)"))
                if repair { report.quarantined.append(try quarantine(current)) }
            }
            return
        }
        guard files.exists(current) else {
            report.problems.append(StoreProblem(kind: .missingFile, path: current, detail: ""))
            if repair, let goodLatest {
                try files.makeDirectories(kindDirectory(kind))
                try files.writeAtomically(goodLatest, to: current)
                report.repaired.append(current)
            }
            return
        }
        switch try inspect(current, kind: kind, id: id) {
        case .success(let bytes):
            if last == nil {
                report.problems.append(StoreProblem(kind: .missingFile, path: historyFolder, detail: "no history"))
            } else if let goodLatest, goodLatest != bytes {
                report.problems.append(StoreProblem(kind: .currentDiffersFromHistory, path: current, detail: "revision \(last!.revision)"))
                if repair {
                    report.quarantined.append(try quarantine(current))
                    try files.writeAtomically(goodLatest, to: current)
                    report.repaired.append(current)
                }
            }
        case .failure(let problem):
            report.problems.append(problem)
            if repair && problem.kind == .unreadable {
                report.quarantined.append(try quarantine(current))
                if let goodLatest {
                    try files.writeAtomically(goodLatest, to: current)
                    report.repaired.append(current)
                }
            }
        }
    }

    /// Reads a dossier file: its bytes when it parses, is canonical and is in the right place.
    private func inspect(_ path: String, kind: String, id: String) throws(StoreError) -> Result<[UInt8], StoreProblem> {
        var read: [UInt8]?
        return try inspect(path, kind: kind, id: id, read: &read)
    }

    /// ``inspect(_:kind:id:)``, handing back the bytes read (`nil` when none could be).
    private func inspect(_ path: String, kind: String, id: String, read bytesRead: inout [UInt8]?) throws(StoreError) -> Result<[UInt8], StoreProblem> {
        let read: [UInt8]?
        do {
            read = try files.read(path)
        } catch {
            // Reported, not fatal: the rest of the store is still checked.
            switch error {
            case .unsafeEntry(_, let reason):
                return .failure(StoreProblem(kind: reason == .symbolicLink ? .symbolicLink : .notARegularFile, path: path, detail: ""))
            case .io(_, _, let code):
                return .failure(StoreProblem(kind: .unreadable, path: path, detail: String(cString: strerror(code))))
            default:
                throw error
            }
        }
        guard let bytes = read else {
            return .failure(StoreProblem(kind: .missingFile, path: path, detail: ""))
        }
        bytesRead = bytes
        let document: JSONDocument
        do throws(JSONSyntaxError) {
            document = try JSONDocument.parse(bytes)
        } catch {
            return .failure(StoreProblem(kind: .unreadable, path: path, detail: "line \(error.line), column \(error.column): \(error.englishExplanation)"))
        }
        guard document.root["kind"]?.stringValue == kind, document.root["id"]?.stringValue == id else {
            return .failure(StoreProblem(kind: .misplaced, path: path, detail: ""))
        }
        guard let canonical = CanonicalDossier.canonicalText(of: document) else {
            return .failure(StoreProblem(kind: .unreadable, path: path, detail: "not a readable \(kind) dossier"))
        }
        if canonical != bytes {
            return .failure(StoreProblem(kind: .notCanonical, path: path, detail: ""))
        }
        return .success(bytes)
    }

    /// Moves a file under `ROOT/.quarantine/`, keeping its relative path, never overwriting.
    @discardableResult
    func quarantine(_ path: String) throws(StoreError) -> String {
        try quarantine(Array(FileSystem.nameOf(path).utf8), in: FileSystem.parentOf(path))
    }

    /// ``quarantine(_:)`` for a name read from `folder` as raw bytes; a name that is not
    /// UTF-8 is kept under its escaped form (``displayName(_:)``, `\xFF` for a byte).
    @discardableResult
    func quarantine(_ name: [UInt8], in folder: String) throws(StoreError) -> String {
        let shown = String(validating: name, as: UTF8.self) ?? Self.displayName(name)
        var relative = folder.hasPrefix(root + "/") ? String(folder.dropFirst(root.count + 1)) + "/" + shown : shown
        if relative.hasPrefix(".") { relative = "_" + relative.dropFirst() }
        var target = quarantineRoot + "/" + relative
        var attempt = 1
        while files.exists(target) {
            attempt += 1
            target = quarantineRoot + "/" + relative + "." + String(attempt)
        }
        try files.move(name, in: folder, to: target)
        return target
    }
}
