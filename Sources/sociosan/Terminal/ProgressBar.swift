#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Sociosan
import SociosanSystem

/// A progress bar on standard error for long runs over a file, shown only when standard
/// error is a terminal and only once the run has passed ``minimumLines`` lines; never when
/// standard error is a file or a pipe.
///
/// While the bar is on screen, standard output is written out only between erasing and
/// redrawing it, so that report lines on the same terminal never land after the bar. The
/// console given should therefore buffer more than one update interval of output.
///
/// ```swift
/// let bar = ProgressBar(path: "network.jsonl", console: console, language: .italian)
/// bar?.update(lineNumber: 200_000, byteOffset: 24_000_000)   // [#########.....]  45%  200000 righe
/// bar?.finish()
/// ```
final class ProgressBar {
    static let minimumLines = 100_000
    static let width = 30

    private let console: Console
    private let language: Language
    /// The input's size in bytes, when known (a regular file).
    private let totalBytes: Int?
    private var isShown = false

    /// Whether standard error is a terminal (the bar is never shown otherwise).
    static var standardErrorIsTerminal: Bool { isatty(SystemIO.standardError) == 1 }

    /// A bar for reading `path` (`-`: standard input, no percentage), or `nil` when standard
    /// error is not a terminal.
    init?(path: String, console: Console, language: Language) {
        guard Self.standardErrorIsTerminal else { return nil }
        self.console = console
        self.language = language
        var info = stat()
        if path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 {
            totalBytes = Int(info.st_size)
        } else {
            totalBytes = nil
        }
    }

    /// Shows the progress at `lineNumber`, `byteOffset` (once past ``minimumLines``).
    func update(lineNumber: Int, byteOffset: Int) {
        guard lineNumber > Self.minimumLines else { return }
        clear()
        console.flush()
        write("\r" + Self.render(lineNumber: lineNumber, byteOffset: byteOffset, totalBytes: totalBytes, language: language))
        isShown = true
    }

    /// Erases the bar (before a message on standard error, and at the end).
    func clear() {
        guard isShown else { return }
        write("\r\u{1B}[2K")
        isShown = false
    }

    func finish() { clear() }

    /// `[#########.....................]  30%  150000 righe`.
    static func render(lineNumber: Int, byteOffset: Int, totalBytes: Int?, language: Language) -> String {
        let lines = LocalizedText(it: "{0} righe", en: "{0} lines").render([.integer(lineNumber)], in: language)
        guard let totalBytes, totalBytes > 0 else { return lines }
        let done = min(max(byteOffset, 0), totalBytes)
        let filled = done * width / totalBytes
        let percent = done * 100 / totalBytes
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let percentText = String(percent)
        return "[\(bar)] " + String(repeating: " ", count: 3 - min(percentText.count, 3)) + percentText + "%  " + lines
    }

    private func write(_ text: String) {
        _ = SystemCall.writeAll(SystemIO.standardError, Array(text.utf8))
    }
}
