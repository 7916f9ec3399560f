import Glibc
import Sociosan
import SociosanSystem

/// The progress bar of `store import`, `export` and `verify`: on standard error, only when it
/// is a terminal and the run covers more than ``minimumDossiers`` dossiers; redrawn once per
/// percent.
final class StoreProgress {
    static let minimumDossiers = 10_000
    static let width = 30

    private let console: Console
    private let language: Language
    private var lastPercent = -1

    init(console: Console, language: Language) {
        self.console = console
        self.language = language
    }

    func update(_ done: Int, _ total: Int) {
        guard total > Self.minimumDossiers, isatty(SystemIO.standardError) == 1 else { return }
        let percent = done * 100 / max(total, 1)
        guard percent != lastPercent else { return }
        lastPercent = percent
        console.flush()
        write("\r\u{1B}[2K" + Self.render(done: done, total: total, language: language))
    }

    func finish() {
        guard lastPercent >= 0 else { return }
        write("\r\u{1B}[2K")
        lastPercent = -1
    }

    /// `[#########.....................]  30%  3000/10000 dossier`.
    static func render(done: Int, total: Int, language: Language) -> String {
        let filled = min(done, total) * width / max(total, 1)
        let percent = String(min(done, total) * 100 / max(total, 1))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let count = LocalizedText(it: "{0}/{1} dossier", en: "{0}/{1} dossiers").render([.text(String(done)), .text(String(total))], in: language)
        return "[\(bar)] " + String(repeating: " ", count: 3 - min(percent.count, 3)) + percent + "%  " + count
    }

    private func write(_ text: String) {
        _ = SystemCall.writeAll(SystemIO.standardError, Array(text.utf8))
    }
}
