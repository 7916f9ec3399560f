import Glibc
import Sociosan
import SociosanJSON

extension DossierStore {
    /// Calls `each` with every current dossier (deleted ones left out), sorted by kind and id,
    /// as one line of compact canonical JSON ending in a newline: JSON Lines for `import`.
    ///
    /// The dossiers are found by walking the history (`ROOT/.history/<kind>/<id>/`), the
    /// durable truth, not the index, which is derived and could hide one; each one's latest
    /// revision is read from the history, under one shared lock.
    ///
    /// `progress` is called with (dossiers done, dossiers in all).
    public func export(kind: String? = nil, progress: ((Int, Int) -> Void)? = nil, each: ([UInt8]) -> Void) throws(StoreError) {
        if let kind { try Self.checkKind(kind) }
        try withReadLock { () throws(StoreError) in
            var dossiers: [(kind: String, id: String)] = []
            for stored in try files.directories(historyRoot).sorted() where kind == nil || stored == kind {
                guard (try? Self.checkKind(stored)) != nil else { continue }
                for id in try files.directories(historyRoot + "/" + stored).sorted() where (try? Self.checkIdentifier(id)) != nil {
                    dossiers.append((stored, id))
                }
            }
            for (number, dossier) in dossiers.enumerated() {
                progress?(number + 1, dossiers.count)
                guard let last = try history(kindText: dossier.kind, id: dossier.id).last, !last.deleted else { continue }
                let path = historyPath(dossier.kind, dossier.id, last)
                guard let bytes = try files.read(path), let document = try? JSONDocument.parse(bytes),
                      let line = CanonicalDossier.canonicalText(of: document, style: .compact) else {
                    throw .corrupt(path: path, reason: "not a readable \(dossier.kind) dossier")
                }
                each(line)
            }
        }
    }

    /// Imports every dossier of a JSON Lines file, all or nothing: every line is validated
    /// before anything is written, and a failure while writing (or a crash) leaves the store
    /// as it was. Returns the new entries, in file order.
    ///
    /// The file is read as ``put(file:expectedRevision:)`` reads one: a regular file, or `-`
    /// for standard input, of at most ``maximumInputSize`` bytes
    /// (``StoreError/notARegularFile(path:)``, ``StoreError/tooLarge(path:limit:)``).
    ///
    /// `progress` is called with (dossiers written, dossiers in all) while writing.
    @discardableResult
    public func importLines(path: String, progress: ((Int, Int) -> Void)? = nil) throws(StoreError) -> [StoreEntry] {
        // Read whole, as a put reads its file: a regular file (or `-`, standard input: a
        // pipe or a terminal) of at most `maximumInputSize` bytes; a FIFO or a device is
        // refused before anything is read. Every dossier is held until the write anyway.
        var reader = JSONLinesReader(bytes: try FileSystem.readInput(path, limit: maximumInputSize))
        var dossiers: [(kind: String, id: String, province: String?, type: String?, bytes: [UInt8])] = []
        while true {
            let record: JSONLinesRecord?
            do {
                record = try reader.next()
            } catch {
                if case .io(let file, let code, _) = error { throw .io(path: file, operation: "read", errno: code) }
                throw .io(path: path, operation: "read", errno: EIO)
            }
            guard let record else { break }
            let source = "\(path):\(record.lineNumber)"
            let document: JSONDocument
            switch record.result {
            case .success(let parsed): document = parsed
            case .failure(let error):
                // The reader already gives the error the file's line: the place is file:line:column.
                throw .invalidDossier(source: path, findings: [DossierValidator.syntaxDiagnostic(error, lineOffset: 0)])
            }
            let result = DossierValidator.validate(document, line: record.lineNumber)
            guard result.isValid, let kind = result.kind else { throw .invalidDossier(source: source, findings: result.findings) }
            try Self.checkKind(kind)
            let id = document.root["id"]?.stringValue ?? ""
            try Self.checkIdentifier(id)
            guard let canonical = CanonicalDossier.canonicalText(of: document) else {
                throw .invalidDossier(source: source, findings: result.findings)
            }
            dossiers.append((kind, id, document.root["province"]?.stringValue, document.root["type"]?.stringValue, canonical))
        }
        return try withLock { () throws(StoreError) -> [StoreEntry] in
            try recoverIfNeeded()
            var revisions: [String: Int] = [:]
            var entries: [StoreEntry] = []
            for dossier in dossiers {
                let key = dossier.kind + "/" + dossier.id
                let current: Int
                if let known = revisions[key] {
                    current = known
                } else {
                    current = try history(kindText: dossier.kind, id: dossier.id).last?.revision ?? 0
                }
                revisions[key] = current + 1
                entries.append(StoreEntry(kind: dossier.kind, id: dossier.id, revision: current + 1, deleted: false,
                                          province: dossier.province, type: dossier.type))
            }
            try session.begin(root: root)
            try transaction(entries) { () throws(StoreError) in
                // The history files durably (the journal undoes them after a crash); the
                // current files and the index as derived data, like a put.
                var chains: [String: String] = [:]
                for (number, (entry, dossier)) in zip(entries, dossiers).enumerated() {
                    progress?(number + 1, entries.count)
                    let key = entry.kind + "/" + entry.id
                    let pending = try files.makeDirectoriesDeferringSync(historyDirectory(entry.kind, entry.id))
                    let previous: String
                    if let known = chains[key] {
                        previous = known
                    } else {
                        previous = try previousChain(kind: entry.kind, id: entry.id, revision: entry.revision)
                    }
                    let path = historyPath(entry.kind, entry.id, HistoryEntry(revision: entry.revision, deleted: false))
                    let record = try writeRevision(dossier.bytes, to: path, entry: entry, previous: previous)
                    chains[key] = ChainRecord(name: FileSystem.nameOf(record))?.chain
                    for parent in pending.reversed() { try files.syncDirectory(parent) }
                }
                for (entry, dossier) in zip(entries, dossiers) {
                    _ = try files.makeDirectoriesDeferringSync(kindDirectory(entry.kind))
                    try files.writeReplacing(dossier.bytes, to: currentPath(entry.kind, entry.id))
                }
                var sizeBefore: Int?
                try appendIndex(entries, sizeBefore: &sizeBefore)
            }
            return entries
        }
    }
}
