/// Turns the paths on the command line into files to validate.
///
/// A file is taken whatever its name; a folder is searched recursively for `*.json` and
/// `*.jsonl` files, skipping hidden entries (names starting with `.`), in a deterministic
/// order: each folder's entries sorted by their bytes, folders visited where they sort.
/// Problems (a missing path, an unreadable folder, a device) become items of their own, so
/// that the caller reports them in order and goes on with the rest.
enum InputCollector {
    static let standardInputPath = "-"
    static let extensions = [".json", ".jsonl"]

    /// The items for one command-line argument, in order.
    static func items(for argument: String) -> [InputItem] {
        if argument == standardInputPath { return [.standardInput] }
        switch SystemIO.fileType(atPath: argument) {
        case .failure(let error):
            return [.problem(problem(for: argument, error: error, isDirectory: false))]
        case .success((.regular, _)):
            return [.file(argument)]
        case .success((.other, _)):
            return [.problem(.notFileOrDirectory(path: argument))]
        case .success((.directory, let identity)):
            var items: [InputItem] = []
            walk(argument, ancestors: [identity], into: &items)
            // A folder with nothing to validate must not pass as validated.
            return items.isEmpty ? [.problem(.emptyDirectory(path: argument))] : items
        }
    }

    private static func walk(_ directory: String, ancestors: Set<SystemIO.FileIdentity>, into items: inout [InputItem]) {
        let names: [[UInt8]]
        switch SystemIO.directoryEntries(atPath: directory) {
        case .failure(let error):
            items.append(.problem(.unreadableDirectory(path: directory, reason: error.description)))
            return
        case .success(let found):
            names = found.sorted { $0.lexicographicallyPrecedes($1) }
        }
        for raw in names where raw.first != UInt8(ascii: ".") {
            let path = join(directory, String(decoding: raw, as: UTF8.self))
            guard String(validating: raw, as: UTF8.self) != nil else {
                // The SDK opens files by String path, which cannot carry these bytes.
                if hasValidatedExtension(raw) { items.append(.problem(.nameNotUTF8(path: path))) }
                continue
            }
            switch SystemIO.fileType(atPath: path) {
            case .failure(let error):
                // A dangling symbolic link, or an entry removed meanwhile.
                if hasValidatedExtension(raw) {
                    items.append(.problem(problem(for: path, error: error, isDirectory: false)))
                }
            case .success((.directory, let identity)):
                // A symbolic link back to a folder being walked would never end.
                guard !ancestors.contains(identity) else { continue }
                walk(path, ancestors: ancestors.union([identity]), into: &items)
            case .success((.regular, _)):
                if hasValidatedExtension(raw) { items.append(.file(path)) }
            case .success((.other, _)):
                if hasValidatedExtension(raw) { items.append(.problem(.notFileOrDirectory(path: path))) }
            }
        }
    }

    private static func problem(for path: String, error: SystemIO.Errno, isDirectory: Bool) -> InputProblem {
        if error.isMissing {
            // Command-line arguments reach Swift with invalid UTF-8 replaced by U+FFFD, so
            // such a path cannot be found: say why instead of "no such file".
            return path.unicodeScalars.contains("\u{FFFD}") ? .nameNotUTF8(path: path) : .missing(path: path)
        }
        return isDirectory
            ? .unreadableDirectory(path: path, reason: error.description)
            : .unreadableFile(path: path, reason: error.description)
    }

    private static func hasValidatedExtension(_ name: [UInt8]) -> Bool {
        extensions.contains { suffix in
            let bytes = Array(suffix.utf8)
            return name.count > bytes.count && name.suffix(bytes.count).elementsEqual(bytes)
        }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
