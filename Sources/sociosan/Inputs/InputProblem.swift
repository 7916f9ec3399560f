import Sociosan

/// Why an input path could not be validated. The path is kept as given (or as found in a
/// folder), so that the message names what the user typed.
enum InputProblem: Error, Sendable, Hashable {
    /// Nothing exists at the path.
    case missing(path: String)
    /// The path contains bytes that are not UTF-8; it is shown with U+FFFD in their place.
    case nameNotUTF8(path: String)
    /// A device, socket or pipe: neither a regular file nor a folder.
    case notFileOrDirectory(path: String)
    /// A folder that could not be listed.
    case unreadableDirectory(path: String, reason: String)
    /// A folder that holds no `.json` or `.jsonl` file (at any depth): nothing to validate.
    case emptyDirectory(path: String)
    /// A file that could not be opened or read.
    case unreadableFile(path: String, reason: String)
    /// More than `--max-size` bytes to read at once (a file or standard input; a line of a
    /// `.jsonl` file): refused before it is parsed.
    case tooLarge(path: String, limit: Int)

    var path: String {
        switch self {
        case .missing(let path), .nameNotUTF8(let path), .notFileOrDirectory(let path), .emptyDirectory(let path),
             .unreadableDirectory(let path, _), .unreadableFile(let path, _), .tooLarge(let path, _):
            return path
        }
    }

    func message(in language: Language) -> String {
        let quoted = MessageArgument.text(path)
        switch self {
        case .missing where path.isEmpty:
            // An empty argument (an unset shell variable, "$DIR") would read ": no such file".
            return LocalizedText(it: "percorso vuoto: indicare un file, una cartella o - per lo standard input",
                                 en: "empty path: give a file, a folder or - for standard input").text(in: language)
        case .missing:
            return LocalizedText(it: "{0}: file o cartella inesistente", en: "{0}: no such file or folder")
                .render([quoted], in: language)
        case .nameNotUTF8:
            return LocalizedText(
                it: "{0}: il nome non è UTF-8 valido (i byte non validi sono mostrati come \u{FFFD}); rinominare il file",
                en: "{0}: the name is not valid UTF-8 (invalid bytes are shown as \u{FFFD}); rename the file"
            ).render([quoted], in: language)
        case .notFileOrDirectory:
            return LocalizedText(it: "{0}: non è né un file né una cartella", en: "{0}: neither a file nor a folder")
                .render([quoted], in: language)
        case .emptyDirectory:
            return LocalizedText(it: "{0}: la cartella non contiene file .json o .jsonl: nulla da validare",
                                 en: "{0}: the folder holds no .json or .jsonl file: nothing to validate")
                .render([quoted], in: language)
        case .unreadableDirectory(_, let reason):
            return LocalizedText(it: "{0}: impossibile leggere la cartella ({1})", en: "{0}: cannot read the folder ({1})")
                .render([quoted, .text(reason)], in: language)
        case .unreadableFile(_, let reason):
            return LocalizedText(it: "{0}: impossibile leggere il file ({1})", en: "{0}: cannot read the file ({1})")
                .render([quoted, .text(reason)], in: language)
        case .tooLarge(_, let limit):
            return LocalizedText(
                it: "{0}: più di {1} byte da leggere in una volta (per un file .jsonl: una riga più lunga); non è stato validato; per alzare il limite passare --max-size BYTE",
                en: "{0}: more than {1} bytes to read at once (for a .jsonl file: a line longer than that); not validated; to raise the limit pass --max-size BYTES"
            ).render([quoted, .integer(limit)], in: language)
        }
    }
}
