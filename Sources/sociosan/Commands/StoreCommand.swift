import ArgumentParser
import Sociosan
import SociosanJSON
import SociosanStore

/// `sociosan store ...`: the file-backed dossier store.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Keep dossiers in a directory: validated, revisioned, written atomically.",
        discussion: """
            The store is a directory of canonical JSON files, one per dossier, with every \
            revision kept under .history (see README, section Store). Every subcommand takes \
            --store DIR, else the SOCIOSAN_STORE variable, else ./sociosan-store.

            Exit status: 0 done, 1 refused (invalid dossier, conflict, verify found problems), \
            2 usage or I/O error.

            Example, from the repository root:
              sociosan store init --store /tmp/dossiers
              sociosan store put --store /tmp/dossiers Fixtures/er.psychiatry.spoi/valid/spoi-12-beds.json
              sociosan store list --store /tmp/dossiers --province RA
            """,
        subcommands: [
            StoreInitCommand.self, StorePutCommand.self, StoreGetCommand.self, StoreListCommand.self,
            StoreHistoryCommand.self, StoreDeleteCommand.self, StoreExportCommand.self, StoreImportCommand.self,
            StoreVerifyCommand.self, StoreAuditCommand.self,
        ])
}

/// `--store DIR` and `--lang`, shared by every store subcommand.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: "The store directory (default: $SOCIOSAN_STORE, else ./sociosan-store).")
    var directory: String?

    @Option(name: .customLong("lock-timeout"), help: "Seconds to wait for another writer (default 10).")
    var lockTimeout: Double = 10

    /// A timeout that is not a number, negative or beyond a day would wait forever or make
    /// no sense: refused as a usage error.
    func validate() throws {
        guard lockTimeout.isFinite, lockTimeout >= 0, lockTimeout <= 86_400 else {
            throw UsageError(LocalizedText(
                it: "--lock-timeout vuole un numero di secondi tra 0 e 86400, non {0}",
                en: "--lock-timeout takes a number of seconds from 0 to 86400, not {0}"
            ), [.text(String(lockTimeout))], in: language)
        }
    }

    @OptionGroup
    var languageOption: LanguageOption

    var language: Language { languageOption.language }

    var path: String {
        if let directory { return directory }
        if let variable = SystemIO.environment("SOCIOSAN_STORE"), !variable.isEmpty { return variable }
        return "sociosan-store"
    }

    func open() throws(StoreError) -> DossierStore {
        try DossierStore(openingAt: path, lockTimeout: lockTimeout)
    }
}

/// Runs a store operation; a ``StoreError`` becomes one message on standard error and the
/// exit status 1 (refused: invalid, conflict, not found) or 2 (I/O, lock, not a store).
func runStore(_ options: StoreOptions, _ body: (Console) throws(StoreError) -> Void) throws {
    let console = Console()
    do {
        try body(console)
        console.flush()
    } catch {
        console.standardError(CLIText.errorLine(error.message(in: options.language), in: options.language))
        throw ExitCode(storeExitStatus(error))
    }
}

func storeExitStatus(_ error: StoreError) -> Int32 {
    switch error {
    case .invalidDossier, .conflict, .notFound, .revisionNotFound, .deleted, .invalidIdentifier, .unknownKind, .invalidAuditEntry:
        return ExitStatus.findings
    case .notAStore, .unsupportedFormat, .io, .lockTimeout, .corrupt, .unsafeEntry, .notARegularFile, .tooLarge:
        return ExitStatus.failure
    }
}

struct StoreInitCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty store (an existing store is left as it is).",
        discussion: """
            A new store is private to its owner: folders 0700, files 0600, whatever the umask. \
            With --group it is shared by the members of its folder's group instead: the \
            folders are setgid 2770 (every file takes the store's group) and files 0660. \
            Give the folder its group first (chgrp), or create it inside a folder of that group.

            Example:
              sociosan store init --store /tmp/dossiers
              sociosan store init --store /srv/dossiers --group
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Flag(name: .customLong("group"), help: "Share the store with the members of its folder's group (setgid, 2770/0660).")
    var group = false

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let store = try DossierStore.create(at: options.path, lockTimeout: options.lockTimeout, groupShared: group)
            console.line(LocalizedText(it: "archivio pronto: {0}", en: "store ready: {0}").render([.text(store.root)], in: language))
        }
    }
}

struct StorePutCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "put",
        abstract: "Validate and store dossiers; print each acknowledged revision.",
        discussion: """
            Each file is validated first; an invalid one is refused with its findings and \
            nothing is written. A line "KIND/ID revision N" is printed once revision N is on \
            disk. With --expect-revision N the put is refused (conflict) unless the dossier is \
            at revision N now (0: it must not exist yet). A .jsonl file is one dossier a \
            line: every line is validated first, then all are stored or none (as store import).

            Example:
              sociosan store put --store /tmp/dossiers Fixtures/er.psychiatry.spoi/valid/spoi-12-beds.json
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Option(name: .customLong("expect-revision"), help: "Refuse unless the dossier is at this revision (0: new).")
    var expectRevision: Int?

    @Option(name: .customLong("max-size"), help: "The largest dossier file to read, in bytes (default 67108864: 64 MiB).")
    var maxSize: Int = DossierStore.defaultMaximumInputSize

    @Argument(help: "Dossier files (.json), or JSON Lines files (.jsonl: one dossier a line, all or nothing).")
    var files: [String]

    /// A `.jsonl` file holds one dossier a line; it is put like `store import` does (every
    /// line validated first, then all written or none), not parsed as one document.
    static func isJSONLines(_ file: String) -> Bool { file.lowercased().hasSuffix(".jsonl") }

    func validate() throws {
        try ValidateCommand.checkMaximumSize(maxSize, in: language)
        // One expected revision cannot speak for the many dossiers of a JSON Lines file.
        if expectRevision != nil, let file = files.first(where: Self.isJSONLines) {
            throw UsageError(LocalizedText(
                it: "--expect-revision vale per un solo dossier: non si usa con il file JSON Lines {0}",
                en: "--expect-revision is about one dossier: it cannot be used with the JSON Lines file {0}"
            ), [.text(file)], in: language)
        }
    }

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let store = try options.open()
            store.maximumInputSize = maxSize
            // A put is committed before its line is printed: if standard output then fails
            // (a full disk), the error says which revisions were stored all the same.
            var stored: [String] = []
            console.outputFailureNote = {
                stored.isEmpty ? nil : CLIText.errorLine(LocalizedText(
                    it: "salvati comunque (la conferma non si è potuta scrivere): {0}",
                    en: "stored all the same (the acknowledgement could not be written): {0}"
                ).render([.text(stored.joined(separator: ", "))], in: language), in: language)
            }
            for file in files {
                let entries: [StoreEntry]
                if Self.isJSONLines(file) {
                    entries = try store.importLines(path: file)
                } else {
                    entries = [try store.put(file: file, expectedRevision: expectRevision)]
                    // What validation let through but the canonical copy drops (an unknown
                    // field) is said, as `validate` says it.
                    for finding in store.lastPutWarnings {
                        console.standardError(CLIText.warningLine(DossierStore.describe(finding, source: file, in: language), in: language))
                    }
                }
                for entry in entries {
                    stored.append("\(entry.kind)/\(entry.id) revision \(entry.revision)")
                    console.line("\(entry.kind)/\(entry.id) revision \(entry.revision)")
                }
                console.flush()
            }
        }
    }
}

struct StoreGetCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Print a dossier (current revision, or --revision N) as canonical JSON.",
        discussion: """
            Example:
              sociosan store get --store /tmp/dossiers er.psychiatry.spoi spoi-ra-lugo --revision 1
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Argument(help: "The dossier kind.") var kind: String
    @Argument(help: "The dossier id.") var id: String
    @Option(help: "A revision from the history.") var revision: Int?

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let dossier = try options.open().get(kind: kind, id: id, revision: revision)
            console.write(bytes: dossier.bytes)
        }
    }
}

struct StoreListCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored dossiers from the index, optionally filtered.",
        discussion: """
            Example:
              sociosan store list --store /tmp/dossiers --kind er.psychiatry.spoi --province RA --format json
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Option(help: "Only this kind.") var kind: String?
    @Option(help: "Only this province (e.g. BO).") var province: String?
    @Option(help: "Only this structure type.") var type: String?
    @OptionGroup var formatOption: FormatOption<ListingFormat>
    var format: ListingFormat { formatOption.value }

    func validate() throws { try formatOption.check(in: language) }

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let listing = try options.open().listing(kind: kind, province: province, type: type)
            let entries = listing.entries
            // Index lines the history does not confirm are left out, and said so (the index is
            // derived: `verify --repair` rebuilds it).
            for line in listing.dropped {
                console.standardError(CLIText.warningLine(LocalizedText(
                    it: "riga dell'indice scartata: {0}; eseguire `sociosan store verify --repair`",
                    en: "index line dropped: {0}; run `sociosan store verify --repair`").render([.text(line)], in: language), in: language))
            }
            switch format {
            case .text:
                var table = TextTable(headings: [
                    LocalizedText(it: "tipo", en: "kind"), LocalizedText(it: "id", en: "id"),
                    LocalizedText(it: "revisione", en: "revision"), LocalizedText(it: "provincia", en: "province"),
                    LocalizedText(it: "tipologia", en: "type"),
                ].map { $0.text(in: language) })
                for entry in entries {
                    table.append([entry.kind, entry.id, String(entry.revision), entry.province ?? "", entry.type ?? ""])
                }
                for line in table.lines() { console.line(line) }
            case .json:
                var writer = JSONWriter(style: .pretty)
                writer.beginArray()
                for entry in entries {
                    writer.beginObject()
                    writer.key("kind"); writer.string(entry.kind)
                    writer.key("id"); writer.string(entry.id)
                    writer.key("revision"); writer.integer(entry.revision)
                    writer.key("province"); if let value = entry.province { writer.string(value) } else { writer.null() }
                    writer.key("type"); if let value = entry.type { writer.string(value) } else { writer.null() }
                    writer.endObject()
                }
                writer.endArray()
                writer.finish()
                console.write(bytes: writer.bytes)
            }
        }
    }
}

struct StoreHistoryCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every revision of a dossier, tombstones included.",
        discussion: """
            Example:
              sociosan store history --store /tmp/dossiers er.psychiatry.spoi spoi-ra-lugo
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Argument(help: "The dossier kind.") var kind: String
    @Argument(help: "The dossier id.") var id: String

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            for entry in try options.open().history(kind: kind, id: id) {
                let state = entry.deleted ? LocalizedText(it: "eliminato", en: "deleted") : LocalizedText(it: "salvato", en: "stored")
                console.line("\(entry.revision)\t\(state.text(in: language))")
            }
        }
    }
}

struct StoreDeleteCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a dossier with a tombstone revision; its history stays.",
        discussion: """
            Example:
              sociosan store delete --store /tmp/dossiers er.psychiatry.spoi spoi-ra-lugo
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Argument(help: "The dossier kind.") var kind: String
    @Argument(help: "The dossier id.") var id: String
    @Option(name: .customLong("expect-revision"), help: "Refuse unless the dossier is at this revision.")
    var expectRevision: Int?

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let entry = try options.open().delete(kind: kind, id: id, expectedRevision: expectRevision)
            console.line("\(entry.kind)/\(entry.id) revision \(entry.revision) deleted")
        }
    }
}

struct StoreVerifyCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every file of the store; --repair fixes what it can, quarantining the rest.",
        discussion: """
            Without --repair nothing changes. With --repair the index is rebuilt, current files \
            are restored from their history, and unreadable files are moved to .quarantine \
            (never deleted). The access audit log is checked too (its SHA-256 chain and its \
            head: the first altered or cut line is named); --repair reports a damaged log and \
            leaves it as it is. Exit status 1 when problems were found.

            Example:
              sociosan store verify --store /tmp/dossiers
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Flag(help: "Repair what can be repaired; quarantine what cannot.") var repair = false

    func run() throws {
        var clean = true
        try runStore(options) { (console: Console) throws(StoreError) in
            let progress = StoreProgress(console: console, language: language)
            let report: VerificationReport
            do throws(StoreError) {
                report = try options.open().verify(repair: repair, progress: progress.update)
            } catch {
                progress.finish()
                throw error
            }
            progress.finish()
            for problem in report.problems { console.line(problem.message(in: language)) }
            for path in report.quarantined {
                console.line(LocalizedText(it: "messo in quarantena: {0}", en: "quarantined: {0}").render([.text(path)], in: language))
            }
            for path in report.repaired {
                console.line(LocalizedText(it: "ripristinato: {0}", en: "restored: {0}").render([.text(path)], in: language))
            }
            console.line(LocalizedText(it: "dossier: {0}, revisioni: {1}, problemi: {2}", en: "dossiers: {0}, revisions: {1}, problems: {2}")
                .render([.integer(report.dossiers), .integer(report.revisions), .integer(report.problems.count)], in: language))
            if report.unsealedRevisions > 0 {
                console.line(LocalizedText(it: "revisioni senza impronta SHA-256 (scritte prima delle impronte): {0}",
                                           en: "revisions without a SHA-256 digest (written before digests): {0}")
                    .render([.integer(report.unsealedRevisions)], in: language))
            }
            if let records = report.auditRecords {
                console.line(LocalizedText(it: "registrazioni di accesso: {0}", en: "access records: {0}").render([.integer(records)], in: language))
            }
            clean = report.isClean
        }
        if !clean { throw ExitCode(ExitStatus.findings) }
    }
}
