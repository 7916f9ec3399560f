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
        }
        return "\(path): \(text.text(in: language))" + (detail.isEmpty ? "" : " (\(detail))")
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
        try withLock { () throws(StoreError) -> VerificationReport in
            var report = VerificationReport()
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

    private func check(_ report: inout VerificationReport, repair: Bool, progress: ((Int, Int) -> Void)?) throws(StoreError) {
        let known = Set(Self.supportedKinds.map(\.rawValue))
        let reserved: Set<String> = [".sociosan-store", ".index", ".journal", ".lock", ".history", ".quarantine", ".writers"]
        for name in try files.entries(root).sorted() {
            let path = root + "/" + name
            if name.hasPrefix(".") {
                if name.hasPrefix(FileSystem.temporaryPrefix) {
                    report.problems.append(StoreProblem(kind: .temporaryFile, path: path, detail: ""))
                    if repair { try files.remove(path) }
                } else if !reserved.contains(name) {
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
        for name in try files.entries(writersPath).sorted() {
            let path = writersPath + "/" + name
            if !name.hasSuffix(WriterSession.suffix) && !name.hasPrefix(FileSystem.temporaryPrefix) {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
            }
        }
        for name in try WriterSession.deadMarkers(in: writersPath, except: session.name, files: files) {
            report.problems.append(StoreProblem(kind: .temporaryFile, path: writersPath + "/" + name, detail: "left by a writer that stopped"))
        }
        for kind in try storedKinds() where known.contains(kind) {
            // Temporary and stray files in the kind folder.
            for name in try files.entries(kindDirectory(kind)).sorted() {
                let path = kindDirectory(kind) + "/" + name
                if name.hasPrefix(FileSystem.temporaryPrefix) {
                    report.problems.append(StoreProblem(kind: .temporaryFile, path: path, detail: ""))
                    if repair { try files.remove(path) }
                } else if !name.hasSuffix(".json") || (try? Self.checkIdentifier(String(name.dropLast(5)))) == nil {
                    report.problems.append(StoreProblem(kind: .unexpectedEntry, path: path, detail: ""))
                }
            }
        }
        let dossiers = try allDossiers(removingEmptyFolders: repair)
        for (number, (kind, id)) in dossiers.enumerated() {
            progress?(number + 1, dossiers.count)
            guard known.contains(kind), (try? Self.checkIdentifier(id)) != nil else {
                report.problems.append(StoreProblem(kind: .unexpectedEntry, path: currentPath(kind, id), detail: ""))
                continue
            }
            try checkDossier(kind: kind, id: id, &report, repair: repair)
        }
        // The index.
        let expected = try computedIndex()
        if let index = try readIndex() {
            var expectedKeys = Set<String>()
            for entry in expected {
                let key = entry.kind + "/" + entry.id
                expectedKeys.insert(key)
                if index[key] != entry {
                    report.problems.append(StoreProblem(kind: .indexMismatch, path: indexPath, detail: "\(key) revision \(entry.revision)"))
                }
            }
            for key in index.keys.sorted() where !expectedKeys.contains(key) {
                report.problems.append(StoreProblem(kind: .indexMismatch, path: indexPath, detail: "\(key) has no files"))
            }
        } else {
            report.problems.append(StoreProblem(kind: .indexMismatch, path: indexPath, detail: "missing or damaged"))
        }
    }

    private func checkDossier(kind: String, id: String, _ report: inout VerificationReport, repair: Bool) throws(StoreError) {
        report.dossiers += 1
        let historyFolder = historyDirectory(kind, id)
        var entries: [HistoryEntry] = []
        for name in try files.entries(historyFolder).sorted() {
            let path = historyFolder + "/" + name
            if let entry = Self.historyEntry(name) {
                entries.append(entry)
            } else if name.hasPrefix(FileSystem.temporaryPrefix) {
                report.problems.append(StoreProblem(kind: .temporaryFile, path: path, detail: ""))
                if repair { try files.remove(path) }
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
        for entry in entries {
            let path = historyPath(kind, id, entry)
            if entry.deleted {
                if let bytes = try files.read(path), (try? JSONDocument.parse(bytes)) != nil { continue }
                report.problems.append(StoreProblem(kind: .unreadable, path: path, detail: "tombstone"))
                if repair { report.quarantined.append(try quarantine(path)); seen.remove(entry.revision) }
                continue
            }
            switch try inspect(path, kind: kind, id: id) {
            case .success(let bytes):
                if entry == entries.last { goodLatest = bytes }
            case .failure(let problem):
                report.problems.append(problem)
                if repair && problem.kind == .unreadable { report.quarantined.append(try quarantine(path)) }
            }
        }
        // The current file.
        let current = currentPath(kind, id)
        let last = entries.last
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
        guard let bytes = try files.read(path) else {
            return .failure(StoreProblem(kind: .missingFile, path: path, detail: ""))
        }
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
        var relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : FileSystem.nameOf(path)
        if relative.hasPrefix(".") { relative = "_" + relative.dropFirst() }
        var target = quarantineRoot + "/" + relative
        var attempt = 1
        while files.exists(target) {
            attempt += 1
            target = quarantineRoot + "/" + relative + "." + String(attempt)
        }
        try files.move(path, to: target)
        return target
    }
}
