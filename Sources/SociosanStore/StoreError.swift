import Glibc
import Sociosan

/// Everything that can go wrong with a store, worded once in Italian and English.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `path` is not a store (no `.sociosan-store` format file); `sociosan store init` makes one.
    case notAStore(path: String)
    /// The format file names a version this build does not read.
    case unsupportedFormat(path: String, found: String)
    /// A system call failed.
    case io(path: String, operation: String, errno: Int32)
    /// An identifier outside the safe character set, or one that could escape the store.
    case invalidIdentifier(String, reason: IdentifierProblem)
    /// A kind that no registered codec reads.
    case unknownKind(String)
    /// The dossier was refused by validation: nothing was written.
    case invalidDossier(source: String, findings: [Diagnostic])
    /// The expected revision is not the current one: another writer got there first.
    case conflict(kind: String, id: String, expected: Int, current: Int)
    /// The writer lock could not be taken in time; `holder` is the pid written in the lock file.
    case lockTimeout(path: String, holder: Int32?, seconds: Double)
    case notFound(kind: String, id: String)
    case revisionNotFound(kind: String, id: String, revision: Int)
    /// The dossier's latest revision is a tombstone.
    case deleted(kind: String, id: String, revision: Int)
    /// A stored file could not be read back as a dossier.
    case corrupt(path: String, reason: String)
    /// A name below the store root that the store will not use: a symbolic link (never
    /// followed), something else where a folder is needed, or a non-regular file.
    case unsafeEntry(path: String, reason: UnsafeEntryReason)
    /// An input that is not a regular file (nor a pipe for standard input): a FIFO, a device,
    /// a folder.
    case notARegularFile(path: String)
    /// An input larger than the limit (`--max-size`).
    case tooLarge(path: String, limit: Int)
    /// An access record with a malformed field (see ``StoreAuditEntry``): nothing was logged.
    case invalidAuditEntry(field: String, value: String)

    public enum UnsafeEntryReason: String, Sendable, Hashable {
        case symbolicLink, notAFolder, notARegularFile
    }

    public enum IdentifierProblem: String, Sendable, Hashable {
        case empty, tooLong, invalidCharacter, reserved, pathTraversal
    }

    public func message(in language: Language) -> String {
        language == .italian ? italianMessage : englishMessage
    }

    public var description: String { englishMessage }

    public var englishMessage: String {
        switch self {
        case .notAStore(let path):
            return "\(path) is not a sociosan store (no .sociosan-store file); create one with `sociosan store init --store \(path)`"
        case .unsupportedFormat(let path, let found):
            return "\(path) has store format \"\(found)\", which this build does not read (it reads \(DossierStore.formatLine))"
        case .io(let path, let operation, let code):
            return "cannot \(operation) \(Self.printable(path)): \(String(cString: strerror(code)))"
        case .invalidIdentifier(let text, let reason):
            return "identifier \"\(Self.printable(text))\" is refused (\(Self.english(reason))): use 1 to \(StructureID.maximumLength) characters a-z, 0-9, '.', '_', '-', starting with a letter or digit"
        case .unknownKind(let kind):
            return "unknown dossier kind \"\(Self.printable(kind))\"; supported kinds: \(Self.kindList)"
        case .invalidDossier(let source, let findings):
            let lines = findings.filter { $0.severity == .error }.map { "  \(Self.place(of: $0, in: source, .english)): \($0.message(in: .english))" }
            return "\(source) is not a valid dossier; nothing was stored:\n" + lines.joined(separator: "\n")
        case .conflict(let kind, let id, let expected, let current):
            return "conflict: \(kind)/\(id) is at revision \(current), not \(expected) as expected; read it again and retry"
        case .lockTimeout(let path, let holder, let seconds):
            let who = holder.map { "process \($0)" } ?? "another process"
            return "the store is locked by \(who) (\(path)); gave up after \(Self.seconds(seconds)) s"
        case .notFound(let kind, let id):
            return "no dossier \(kind)/\(id) in the store"
        case .revisionNotFound(let kind, let id, let revision):
            return "\(kind)/\(id) has no revision \(revision)"
        case .deleted(let kind, let id, let revision):
            return "\(kind)/\(id) was deleted at revision \(revision)"
        case .corrupt(let path, let reason):
            return "\(Self.printable(path)) is damaged: \(reason); run `sociosan store verify`"
        case .unsafeEntry(let path, let reason):
            let what: String
            switch reason {
            case .symbolicLink: what = "is a symbolic link, which the store never follows"
            case .notAFolder: what = "is not a folder (or is a link to one), where the store needs a folder"
            case .notARegularFile: what = "is not a regular file"
            }
            return "\(Self.printable(path)) \(what); run `sociosan store verify --repair` to move it to the quarantine"
        case .notARegularFile(let path):
            return "\(Self.printable(path)) is not a regular file (a FIFO, a device or a folder); give a file, or - for standard input"
        case .tooLarge(let path, let limit):
            return "\(Self.printable(path)) is larger than \(limit) bytes; raise the limit with --max-size if it really is one dossier"
        case .invalidAuditEntry(let field, let value):
            return "access record field \(field) \"\(Self.printable(value))\" is refused: \(Self.auditRule(field, .english)); nothing was logged"
        }
    }

    public var italianMessage: String {
        switch self {
        case .notAStore(let path):
            return "\(path) non è un archivio sociosan (manca il file .sociosan-store); crealo con `sociosan store init --store \(path)`"
        case .unsupportedFormat(let path, let found):
            return "\(path) ha il formato di archivio \"\(found)\", che questa versione non legge (legge \(DossierStore.formatLine))"
        case .io(let path, let operation, let code):
            return "impossibile \(Self.italian(operation)) \(Self.printable(path)): \(String(cString: strerror(code)))"
        case .invalidIdentifier(let text, let reason):
            return "identificativo \"\(Self.printable(text))\" rifiutato (\(Self.italian(reason))): usare da 1 a \(StructureID.maximumLength) caratteri a-z, 0-9, '.', '_', '-', iniziando con una lettera o una cifra"
        case .unknownKind(let kind):
            return "tipo di dossier \"\(Self.printable(kind))\" sconosciuto; tipi supportati: \(Self.kindList)"
        case .invalidDossier(let source, let findings):
            let lines = findings.filter { $0.severity == .error }.map { "  \(Self.place(of: $0, in: source, .italian)): \($0.message(in: .italian))" }
            return "\(source) non è un dossier valido; non è stato salvato nulla:\n" + lines.joined(separator: "\n")
        case .conflict(let kind, let id, let expected, let current):
            return "conflitto: \(kind)/\(id) è alla revisione \(current), non \(expected) come atteso; rileggerlo e riprovare"
        case .lockTimeout(let path, let holder, let seconds):
            let who = holder.map { "dal processo \($0)" } ?? "da un altro processo"
            return "l'archivio è bloccato \(who) (\(path)); rinuncio dopo \(Self.seconds(seconds).replacingOccurrences(".", ",")) s"
        case .notFound(let kind, let id):
            return "nessun dossier \(kind)/\(id) nell'archivio"
        case .revisionNotFound(let kind, let id, let revision):
            return "\(kind)/\(id) non ha la revisione \(revision)"
        case .deleted(let kind, let id, let revision):
            return "\(kind)/\(id) è stato eliminato alla revisione \(revision)"
        case .corrupt(let path, let reason):
            return "\(Self.printable(path)) è danneggiato: \(reason); eseguire `sociosan store verify`"
        case .unsafeEntry(let path, let reason):
            let what: String
            switch reason {
            case .symbolicLink: what = "è un collegamento simbolico, che l'archivio non segue mai"
            case .notAFolder: what = "non è una cartella (o è un collegamento a una), dove l'archivio ne richiede una"
            case .notARegularFile: what = "non è un file regolare"
            }
            return "\(Self.printable(path)) \(what); eseguire `sociosan store verify --repair` per metterlo in quarantena"
        case .notARegularFile(let path):
            return "\(Self.printable(path)) non è un file regolare (una FIFO, un dispositivo o una cartella); indicare un file, oppure - per lo standard input"
        case .tooLarge(let path, let limit):
            return "\(Self.printable(path)) supera \(limit) byte; alzare il limite con --max-size se è davvero un solo dossier"
        case .invalidAuditEntry(let field, let value):
            return "campo \(field) del registro degli accessi \"\(Self.printable(value))\" rifiutato: \(Self.auditRule(field, .italian)); non è stato registrato nulla"
        }
    }

    /// Where a refused dossier's finding is: `FILE:LINE:COLUMN` when it has a place in the
    /// text (syntax), else `FILE at /json/pointer` (content), so that no line starts with ": ".
    static func place(of finding: Diagnostic, in source: String, _ language: Language) -> String {
        if let location = finding.location {
            return "\(printable(source)):\(max(location.line, 1)):\(max(location.column, 1))"
        }
        if finding.path.tokens.isEmpty {
            return language == .italian ? "\(printable(source)), radice del documento" : "\(printable(source)), document root"
        }
        return "\(printable(source)) \(language == .italian ? "in" : "at") \(printable(finding.path.description))"
    }

    /// What an access record's field must look like (``StoreAuditEntry``).
    static func auditRule(_ field: String, _ language: Language) -> String {
        let text: LocalizedText
        switch field {
        case "time":
            text = LocalizedText(it: "usare l'ora UTC in ISO 8601 al secondo, per esempio 2026-12-07T18:31:30Z",
                                 en: "use UTC ISO 8601 to the second, for example 2026-12-07T18:31:30Z")
        case "action":
            text = LocalizedText(it: "usare da 1 a 64 caratteri a-z, 0-9, '.', '_', '-'", en: "use 1 to 64 characters a-z, 0-9, '.', '_', '-'")
        case "reason":
            text = LocalizedText(it: "al massimo \(StoreAuditEntry.reasonLimit) byte", en: "at most \(StoreAuditEntry.reasonLimit) bytes")
        default:
            text = LocalizedText(it: "usare da 1 a \(StoreAuditEntry.fieldLimit) byte senza caratteri di controllo",
                                 en: "use 1 to \(StoreAuditEntry.fieldLimit) bytes without control characters")
        }
        return text.text(in: language)
    }

    static var kindList: String { DossierCatalogue.ordered(DossierStore.supportedKinds).map(\.rawValue).joined(separator: ", ") }

    static func seconds(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// Control characters (NUL included) shown as `\u{..}` so that a message stays one line.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { result += "\\u{\(String(scalar.value, radix: 16))}" } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    static func english(_ reason: IdentifierProblem) -> String {
        switch reason {
        case .empty: return "empty"
        case .tooLong: return "too long"
        case .invalidCharacter: return "character not allowed"
        case .reserved: return "name reserved by the store"
        case .pathTraversal: return "it could leave the store directory"
        }
    }

    static func italian(_ reason: IdentifierProblem) -> String {
        switch reason {
        case .empty: return "vuoto"
        case .tooLong: return "troppo lungo"
        case .invalidCharacter: return "carattere non ammesso"
        case .reserved: return "nome riservato all'archivio"
        case .pathTraversal: return "potrebbe uscire dalla cartella dell'archivio"
        }
    }

    static func italian(_ operation: String) -> String {
        switch operation {
        case "open": return "aprire"
        case "read": return "leggere"
        case "write": return "scrivere"
        case "create": return "creare"
        case "rename": return "rinominare"
        case "remove": return "rimuovere"
        case "sync": return "sincronizzare su disco"
        case "list": return "elencare"
        case "lock": return "bloccare"
        default: return operation
        }
    }
}

private extension String {
    func replacingOccurrences(_ target: Character, _ replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
