#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Sociosan
import SociosanJSON
import SociosanStore
import SociosanSystem

/// `--format` of `exchange view` and `exchange export`.
enum ExchangeFormat: String, OutputFormat {
    /// The decision in lines for people, then the allowed part of the placement.
    case text
    /// One JSON object.
    case json
}

/// `sociosan exchange view|export`: what an operator may see of a Ser.T-CT placement, and what
/// a sender may send to the other side (seed 000).
struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "Show or export an er.addiction.placement as an operator's grants, the consents and the exchange matrix allow.",
        discussion: """
            A placement (er.addiction.placement) holds health data about a person's addiction. \
            `view` shows what one operator may see of it on a day; `export` writes what a \
            sender may send to the other side (Ser.T to CT or CT to Ser.T) in a phase. \
            Everything else is left out (absent, not blanked). The grants (--grants, kind \
            er.addiction.access-grants) say which operator of which organisation, in which \
            profession, may handle which dimensions in which phases, from when to when; the \
            consents (the placement's own, plus --consents, kind er.addiction.consents) cover \
            the health-condition dimensions; the exchange matrix (--matrix, kind \
            er.addiction.exchange-matrix; default: the bundled one) says which dimensions go \
            in which phase and direction and which professions may handle which.

            Italiano: mostra o esporta un inserimento in CT secondo le abilitazioni \
            dell'operatore, i consensi e la matrice degli scambi.

            Exit status: 0 shown or written; 1 refused (what is missing is named), or the \
            placement is not valid; 2 usage error or unreadable file.
            """,
        subcommands: [ExchangeViewCommand.self, ExchangeExportCommand.self])
}

/// What `view` and `export` share: the placement, the access files, the operator and the day.
struct ExchangeAccessOptions: ParsableArguments {
    @Argument(help: "An er.addiction.placement dossier, or - for standard input; with --store, the placement's id in the store.")
    var placement: String

    @Option(name: .customLong("store"), help: ArgumentHelp(
        "Read the placement from this store, and append the access to its audit log.", valueName: "ROOT"))
    var store: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("The operator's pseudonymous code.", valueName: "OPERATOR"))
    var operatorCode: String

    @Option(name: .customLong("grants"), help: ArgumentHelp("An er.addiction.access-grants file.", valueName: "FILE"))
    var grants: String

    @Option(name: .customLong("consents"), help: ArgumentHelp("An er.addiction.consents file, added to the placement's.", valueName: "FILE"))
    var consents: String?

    @Option(name: .customLong("matrix"), help: ArgumentHelp("An er.addiction.exchange-matrix file (default: the bundled matrix).",
                                                            valueName: "FILE"))
    var matrix: String?

    @Option(name: .customLong("at"), help: ArgumentHelp("The day of the access, YYYY-MM-DD (default: today, UTC).", valueName: "DATE"))
    var at: String?

    /// Everything read, or an exit: 2 for usage and unreadable files, 1 for invalid content.
    func load(json: Bool, console: Console, language: Language) throws -> ExchangeInputs {
        let exit = StaffingExit(console: console, language: language)
        guard let code = try? StructureID(operatorCode) else {
            throw exit.usage(LocalizedText(it: "--as: codice operatore non valido: \(operatorCode)", en: "--as: not an operator code: \(operatorCode)"))
        }
        var day = SystemIO.todayUTC()
        if let at {
            do { day = try LocalDate(iso8601: at) } catch {
                throw exit.usage(LocalizedText(it: "--at: data non valida (AAAA-MM-GG): \(at)", en: "--at: not a date (YYYY-MM-DD): \(at)"))
            }
        }
        var opened: DossierStore?
        let document: JSONDocument
        if let store {
            do {
                let handle = try DossierStore(openingAt: store)
                let stored = try handle.get(kind: ERAddictionPlacement.declaration.kind.rawValue, id: placement)
                opened = handle
                document = try JSONDocument.parse(stored.bytes)
            } catch let error as StoreError {
                console.standardError(CLIText.errorLine(error.message(in: language), in: language))
                throw ExitCode(storeExitStatus(error))
            }
        } else {
            document = try FindingsExit.document(placement, json: json, console: console, language: language)
        }
        // The error rules alone decide; the warnings are added to the report of a refusal
        // (ERAddictionPlacementRules.findingsStoppingAccess says why).
        let dossier = try FindingsExit.dossier(ERAddictionPlacement.self, in: document, of: placement, json: json, console: console,
                                               language: language, refusal: ERAddictionPlacementRules.findingsStoppingAccess)
        let grantList = try file(grants, json: json, console: console, language: language, ERAddictionExchangeFiles.grants(document:))
        let consentList = try consents.map { try file($0, json: json, console: console, language: language, ERAddictionExchangeFiles.consents(document:)) }
        let table = try matrix.map { try file($0, json: json, console: console, language: language, ERAddictionExchangeFiles.matrix(document:)) }
        return ExchangeInputs(placement: dossier, operatorCode: code, grants: grantList, consents: consentList ?? [],
                              matrix: table ?? .default, day: day, store: opened)
    }

    private func file<T>(
        _ path: String, json: Bool, console: Console, language: Language,
        _ read: (JSONDocument) throws(DossierDecodingError) -> T
    ) throws -> T {
        let document = try FindingsExit.document(path, json: json, console: console, language: language)
        do {
            return try read(document)
        } catch {
            throw FindingsExit.print(path: path, json: json, console: console, language: language) { each in
                each(DossierResult(index: 0, line: 1, kind: nil, findings: error.diagnostics))
            }
        }
    }
}

/// What ``ExchangeAccessOptions/load(json:console:language:)`` read.
struct ExchangeInputs {
    let placement: ERAddictionPlacement
    let operatorCode: StructureID
    let grants: [ERAddictionGrant]
    let consents: [ERAddictionConsent]
    let matrix: ERAddictionExchangeMatrix
    let day: LocalDate
    /// The store the placement was read from, whose audit log records the access.
    let store: DossierStore?

    /// Appends one access record to the store's audit log (nothing without a store): the
    /// operator, the action, the placement, the dimensions allowed (or, when nothing is,
    /// those refused), and the refusals' reasons. A failure to log stops the command before
    /// anything is shown or written (exit 2).
    func audit(_ action: StoreAuditAction, _ decision: ERAddictionAccessDecision, allowed: Bool, console: Console, language: Language) throws {
        guard let store else { return }
        let dimensions = allowed ? decision.allowed : decision.refusals.compactMap(\.dimension)
        let reasons = decision.refusals.map { ($0.dimension.map { "\($0.rawValue): " } ?? "") + $0.reason.code }
        let entry = StoreAuditEntry(actor: operatorCode.rawValue, action: action, kind: ERAddictionPlacement.declaration.kind.rawValue,
                                    id: placement.id.rawValue, dimensions: dimensions.map(\.rawValue), decision: allowed ? .allowed : .refused,
                                    reason: reasons.isEmpty ? nil : String(reasons.joined(separator: ", ").prefix(1024)))
        do {
            try store.appendAudit(entry)
        } catch {
            console.standardError(CLIText.errorLine(error.message(in: language), in: language))
            throw ExitCode(ExitStatus.failure)
        }
    }

    func decide(_ purpose: ERAddictionAccess.Purpose) -> ERAddictionAccessDecision {
        ERAddictionAccess.decide(placement, operator: operatorCode, grants: grants, consents: consents, matrix: matrix, on: day, purpose: purpose)
    }
}

/// The lines of a decision, for `--format text`.
enum ExchangeText {
    static func decision(_ decision: ERAddictionAccessDecision, to console: Console, in language: Language) {
        let organisation = decision.organisation.map { " (\($0))" } ?? ""
        console.line(LocalizedText(it: "operatore \(decision.operator)\(organisation), il \(decision.on)",
                                   en: "operator \(decision.operator)\(organisation), on \(decision.on)").text(in: language))
        let allowed = decision.allowed.map(\.rawValue).joined(separator: ", ")
        console.line(LocalizedText(it: "consentito: ", en: "allowed: ").text(in: language) + (allowed.isEmpty ? "-" : allowed))
        for refusal in decision.refusals {
            let what = refusal.dimension?.rawValue ?? LocalizedText(it: "tutto", en: "everything").text(in: language)
            console.line(LocalizedText(it: "negato ", en: "refused ").text(in: language) + "\(what): \(refusal.reason.text.text(in: language))")
        }
    }
}

extension SystemIO {
    /// Writes `bytes` to a new or replaced file at `path`, readable by its owner only (0600,
    /// whatever the umask, set again on a file that existed); a symbolic link is refused.
    /// Returns the `errno` of the failure, or `nil`.
    static func writePrivateFile(_ path: String, _ bytes: [UInt8]) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        if fchmod(descriptor, 0o600) != 0 { return errno }
        return SystemCall.writeAll(descriptor, bytes)
    }
}
