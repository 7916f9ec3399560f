import ArgumentParser
import Sociosan
import SociosanStore

struct StoreExportCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every current dossier to standard output as JSON Lines.",
        discussion: """
            One compact canonical dossier a line, sorted by kind and id; deleted dossiers are \
            left out. The output is what `sociosan store import` reads.

            Example:
              sociosan store export --store /tmp/dossiers --kind er.psychiatry.spoi > spoi.jsonl
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Option(help: "Only this kind.") var kind: String?

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let progress = StoreProgress(console: console, language: language)
            defer { progress.finish() }
            try options.open().export(kind: kind, progress: progress.update) { console.write(bytes: $0) }
        }
    }
}

struct StoreImportCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Store every dossier of a JSON Lines file, all or nothing.",
        discussion: """
            Every line is validated before anything is written; one invalid line refuses the \
            whole file. A failure while writing leaves the store as it was. The file must be \
            a regular file (or - for standard input) of at most --max-size bytes.

            Example:
              sociosan store import --store /tmp/dossiers spoi.jsonl
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Argument(help: "A JSON Lines file (.jsonl), or - for standard input.") var file: String

    @Option(name: .customLong("max-size"), help: "The largest file to read, in bytes (default 67108864: 64 MiB).")
    var maxSize: Int = DossierStore.defaultMaximumInputSize

    func validate() throws { try ValidateCommand.checkMaximumSize(maxSize, in: language) }

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let progress = StoreProgress(console: console, language: language)
            let entries: [StoreEntry]
            do throws(StoreError) {
                let store = try options.open()
                store.maximumInputSize = maxSize
                entries = try store.importLines(path: file, progress: progress.update)
            } catch {
                progress.finish()
                throw error
            }
            progress.finish()
            console.line(LocalizedText(it: "{0} dossier importati", en: "{0} dossiers imported")
                .render([.integer(entries.count)], in: language))
        }
    }
}
