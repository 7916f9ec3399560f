import Sociosan
import SociosanSystem

/// Standard output (buffered, in bytes) and standard error (unbuffered, one message a call).
///
/// Output is gathered and written in large blocks, so that a report of a hundred thousand
/// dossiers costs a few hundred system calls. When the reader has gone away (`EPIPE`, as in
/// `sociosan validate big.jsonl | head`) or standard output is closed (`EBADF`), the tool
/// stops at once, quietly, with exit status 2: there is nobody left to tell. `SIGPIPE` is
/// ignored at start-up so that the write fails with `EPIPE` instead of killing the process.
final class Console {
    private var buffer: [UInt8] = []
    private let capacity: Int
    /// Said on standard error when standard output fails for another reason than a reader
    /// gone (a full disk): what the command did all the same (`store put`: the revisions
    /// stored, so that a failed acknowledgement is not mistaken for a failed put).
    var outputFailureNote: (() -> String?)?

    init(capacity: Int = 1 << 16) {
        self.capacity = capacity
        buffer.reserveCapacity(capacity + 1024)
    }

    /// Appends `text` to standard output.
    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { flush() }
    }

    /// Appends raw bytes to standard output.
    func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    /// Appends `text` and a line feed to standard output.
    func line(_ text: String = "") {
        buffer.append(contentsOf: text.utf8)
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= capacity { flush() }
    }

    /// Hands everything buffered to the operating system.
    func flush() {
        guard !buffer.isEmpty else { return }
        let failure = SystemCall.writeAll(SystemIO.standardOutput, buffer)
        buffer.removeAll(keepingCapacity: true)
        guard let failure else { return }
        if SystemIO.isClosedOutput(failure) { SystemIO.exit(ExitStatus.failure) }
        // Anything else (a full disk, say) is worth one line on standard error.
        report(CLIError.outputFailed(reason: SystemIO.describe(errno: failure)), in: .fromEnvironment)
        if let note = outputFailureNote?() { _ = SystemCall.writeAll(SystemIO.standardError, Array((note + "\n").utf8)) }
        SystemIO.exit(ExitStatus.failure)
    }

    /// Writes one message line to standard error, after what standard output has so far, so
    /// that the two read in order on a terminal.
    func standardError(_ message: String) {
        flush()
        var text = message
        if !text.hasSuffix("\n") { text += "\n" }
        // A failing standard error leaves nowhere to complain to: ignore it.
        _ = SystemCall.writeAll(SystemIO.standardError, Array(text.utf8))
    }

    /// Renders an error the one way errors reach users: `sociosan: error: ...`.
    func report(_ error: CLIError, in language: Language) {
        standardError(CLIText.errorLine(error.message(in: language), in: language))
    }
}
