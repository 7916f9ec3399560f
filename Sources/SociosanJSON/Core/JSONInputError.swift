import Glibc

/// Why a JSON input could not be read: its text is not valid JSON, or the system refused
/// to deliver the bytes (missing file, a directory, no permission, a read error).
///
/// ```swift
/// do {
///     let document = try JSONDocument.parse(contentsOfFile: "dossier.json")
///     print(document.root.kind)
/// } catch {
///     switch error {
///     case .syntax(let syntax): print(syntax.line, syntax.column, syntax.reason)
///     case .io(let path, let code, _): print(path, code)   // e.g. ENOENT
///     }
///     print(error.italianMessage)
/// }
/// ```
public enum JSONInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes were read but are not a JSON document this layer accepts.
    case syntax(JSONSyntaxError)
    /// The bytes could not be read; `errno` is the system's error number, `message` its
    /// English text (`No such file or directory`).
    case io(path: String, errno: Int32, message: String)

    /// A sentence for a person.
    ///
    /// ```swift
    /// error.englishMessage   // cannot read missing.json: No such file or directory
    /// ```
    public var englishMessage: String {
        switch self {
        case .syntax(let error): return error.englishMessage
        case .io(let path, let code, let message):
            return "cannot read \(path): \(message)\(Self.englishHint(code))"
        }
    }

    /// The same sentence in Italian.
    ///
    /// ```swift
    /// error.italianMessage   // impossibile leggere missing.json: file o cartella inesistente
    /// ```
    public var italianMessage: String {
        switch self {
        case .syntax(let error): return error.italianMessage
        case .io(let path, let code, _):
            return "impossibile leggere \(path): \(SystemIO.italianText(code))\(Self.italianHint(code))"
        }
    }

    /// The English message, so that `print(error)` helps a person.
    ///
    /// ```swift
    /// print(error)   // cannot read missing.json: No such file or directory
    /// ```
    public var description: String { englishMessage }

    static func io(path: String, errno code: Int32) -> JSONInputError {
        .io(path: path, errno: code, message: SystemIO.englishText(code))
    }

    private static func englishHint(_ code: Int32) -> String {
        code == EISDIR ? " (give the path of a JSON file, not of a folder)" : ""
    }

    private static func italianHint(_ code: Int32) -> String {
        code == EISDIR ? " (indicare il percorso di un file JSON, non di una cartella)" : ""
    }
}

/// Why JSON output could not be written: a value JSON cannot represent, or the system
/// refused the bytes (`EPIPE` when the reader went away, `ENOSPC` when the disk is full).
///
/// ```swift
/// var output = JSONLinesWriter()
/// do {
///     try output.write(["ok": true])
///     try output.flush()
/// } catch {
///     print(error.englishMessage)
/// }
/// ```
public enum JSONOutputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The value cannot be written as JSON (see ``JSONWriterError``); nothing of it was written.
    case value(JSONWriterError)
    /// The system refused the write; `errno` is its error number, `message` its English text.
    case io(path: String, errno: Int32, message: String)

    /// A sentence for a person.
    ///
    /// ```swift
    /// error.englishMessage   // cannot write <stdout>: Broken pipe (the program reading the output has exited)
    /// ```
    public var englishMessage: String {
        switch self {
        case .value(let error): return error.englishMessage
        case .io(let path, let code, let message):
            let hint: String
            switch code {
            case EPIPE: hint = " (the program reading the output has exited)"
            case ENOSPC: hint = " (free some disk space and try again)"
            default: hint = ""
            }
            return "cannot write \(path): \(message)\(hint)"
        }
    }

    /// The same sentence in Italian.
    ///
    /// ```swift
    /// error.italianMessage   // impossibile scrivere <stdout>: pipe interrotta: ...
    /// ```
    public var italianMessage: String {
        switch self {
        case .value(let error): return error.italianMessage
        case .io(let path, let code, _):
            let hint = code == ENOSPC ? " (liberare spazio su disco e riprovare)" : ""
            return "impossibile scrivere \(path): \(SystemIO.italianText(code))\(hint)"
        }
    }

    /// The English message, so that `print(error)` helps a person.
    ///
    /// ```swift
    /// print(error)   // cannot write <stdout>: Broken pipe (...)
    /// ```
    public var description: String { englishMessage }

    static func io(path: String, errno code: Int32) -> JSONOutputError {
        .io(path: path, errno: code, message: SystemIO.englishText(code))
    }
}

/// A value that JSON cannot represent, refused by ``JSONWriter`` before any byte of it is
/// written.
///
/// ```swift
/// var writer = JSONWriter()
/// do { try writer.double(.nan) } catch { print(error.englishMessage) }
/// ```
public enum JSONWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Which non-finite value was refused.
    public enum NonFiniteValue: String, Sendable, Hashable {
        case nan = "NaN"
        case positiveInfinity = "+Infinity"
        case negativeInfinity = "-Infinity"

        init?(_ value: Double) {
            if value.isNaN { self = .nan } else if value == .infinity { self = .positiveInfinity } else if value == -.infinity { self = .negativeInfinity } else { return nil }
        }
    }

    /// JSON numbers are finite: NaN and the infinities have no JSON text.
    case nonFiniteNumber(NonFiniteValue)

    /// A sentence for a person.
    ///
    /// ```swift
    /// JSONWriterError.nonFiniteNumber(.nan).englishMessage
    /// // cannot write NaN as JSON: JSON numbers must be finite
    /// ```
    public var englishMessage: String {
        switch self {
        case .nonFiniteNumber(let value):
            return "cannot write \(value.rawValue) as JSON: JSON numbers must be finite (use null, or a string, for a missing or undefined value)"
        }
    }

    /// The same sentence in Italian.
    ///
    /// ```swift
    /// JSONWriterError.nonFiniteNumber(.nan).italianMessage
    /// ```
    public var italianMessage: String {
        switch self {
        case .nonFiniteNumber(let value):
            return "impossibile scrivere \(value.rawValue) in JSON: i numeri JSON devono essere finiti (usare null, o una stringa, per un valore mancante o indefinito)"
        }
    }

    /// The English message, so that `print(error)` helps a person.
    ///
    /// ```swift
    /// print(JSONWriterError.nonFiniteNumber(.positiveInfinity))
    /// ```
    public var description: String { englishMessage }
}
