import Glibc
import Sociosan
import SociosanJSON

/// Inputs of the `store-*` benchmarks (SociosanStore's `DossierStore`), built from the SPOI
/// corpus: the dossiers a store accepts (those without an error finding), as compact JSON.
///
/// `durableLines(count:)` are the dossiers the durable-put benchmark and the SQLite baseline
/// (Tools/sqlite_store_baseline.py, fed by `store-export`) both store. `buildListStore` writes
/// a store of `count` dossiers directly in DossierStore's documented layout (what `count`
/// durable puts would leave, without their fsyncs), for the list benchmarks.
public enum StoreCorpus {
    /// The first `count` dossiers of the corpus that validate without an error, compact,
    /// without their newline. Ids are distinct (the corpus index is part of each id).
    public static func durableLines(count: Int) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        lines.reserveCapacity(count)
        var index = 0
        while lines.count < count {
            let bytes = SPOICorpus.dossier(index).encoded(style: .compact)
            index += 1
            guard let document = try? JSONDocument.parse(bytes), DossierValidator.validate(document).isValid else { continue }
            lines.append(bytes)
        }
        return lines
    }

    /// Writes `lines` as JSON Lines (one line each, newline-terminated).
    public static func writeJSONLines(_ lines: [[UInt8]], to path: String) {
        guard let file = fopen(path, "wb") else { fatalError("cannot create \(path): errno \(errno)") }
        defer { fclose(file) }
        for line in lines {
            var bytes = line
            bytes.append(UInt8(ascii: "\n"))
            let done = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
            guard done == bytes.count else { fatalError("cannot write \(path): errno \(errno)") }
        }
    }

    /// What `buildListStore` wrote: the kind and a province to list, and how many dossiers
    /// of that kind and province the store holds.
    public struct ListStore: Sendable {
        public let root: String
        public let count: Int
        public let kind: String
        public let province: String
        public let matching: Int

        public init(root: String, count: Int, kind: String, province: String, matching: Int) {
            self.root = root
            self.count = count
            self.kind = kind
            self.province = province
            self.matching = matching
        }
    }

    /// Writes a store of the first `count` valid corpus dossiers at `root` (which must not
    /// exist), each at revision 1, in DossierStore's format-1 layout (DossierStore migrates it
    /// to format 2 when it first opens it: the JSON Lines index becomes the tab-separated one):
    ///
    ///     ROOT/.sociosan-store                 "sociosan-store 1"
    ///     ROOT/.journal                        empty
    ///     ROOT/<kind>/<id>.json                pretty canonical text (CanonicalDossier)
    ///     ROOT/.history/<kind>/<id>/1.json     the same bytes (a hard link: same content)
    ///     ROOT/.index                          one compact line per dossier, as the store writes it
    ///
    /// No fsync: the benchmark store is rebuilt if anything is missing. The list target is
    /// the province of dossier 0. Open the result with `DossierStore(openingAt:)` to check it.
    public static func buildListStore(at root: String, count: Int) -> ListStore {
        precondition(mkdir(root, 0o755) == 0, "cannot create \(root): errno \(errno)")
        precondition(mkdir(root + "/.history", 0o755) == 0)
        write(Array("sociosan-store 1\n".utf8), to: root + "/.sociosan-store")
        write([], to: root + "/.journal")
        var index: [UInt8] = []
        var kinds = Set<String>()
        var target: (kind: String, province: String)?
        var matching = 0
        var stored = 0
        var corpusIndex = 0
        while stored < count {
            let bytes = SPOICorpus.dossier(corpusIndex).encoded(style: .compact)
            corpusIndex += 1
            guard let document = try? JSONDocument.parse(bytes), DossierValidator.validate(document).isValid,
                  let canonical = CanonicalDossier.canonicalText(of: document),
                  let kind = document.root["kind"]?.stringValue, let id = document.root["id"]?.stringValue else { continue }
            let province = document.root["province"]?.stringValue
            let type = document.root["type"]?.stringValue
            if kinds.insert(kind).inserted {
                precondition(mkdir(root + "/" + kind, 0o755) == 0)
                precondition(mkdir(root + "/.history/" + kind, 0o755) == 0)
            }
            if target == nil, let province { target = (kind, province) }
            if let target, target.kind == kind, target.province == province { matching += 1 }
            let current = root + "/" + kind + "/" + id + ".json"
            write(canonical, to: current)
            let history = root + "/.history/" + kind + "/" + id
            precondition(mkdir(history, 0o755) == 0, "cannot create \(history): errno \(errno)")
            precondition(link(current, history + "/1.json") == 0, "cannot link \(history)/1.json: errno \(errno)")
            var writer = JSONWriter(style: .compact)
            writer.beginObject()
            writer.key("kind"); writer.string(kind)
            writer.key("id"); writer.string(id)
            writer.key("revision"); writer.integer(1)
            writer.key("deleted"); writer.bool(false)
            if let province { writer.key("province"); writer.string(province) }
            if let type { writer.key("type"); writer.string(type) }
            writer.endObject()
            writer.finish()
            index += writer.bytes
            stored += 1
        }
        write(index, to: root + "/.index")
        return ListStore(root: root, count: count, kind: target!.kind, province: target!.province, matching: matching)
    }

    /// The full scan `list --kind K --province P` would need without the index: every current
    /// file of every kind folder read and parsed, kept when its kind and province match.
    /// Returns the matching ids, sorted.
    public static func scanCurrentFiles(root: String, kind: String, province: String) -> [String] {
        var ids: [String] = []
        for folder in directoryEntries(root) where !folder.hasPrefix(".") {
            let directory = root + "/" + folder
            var info = stat()
            guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
            for name in directoryEntries(directory) where name.hasSuffix(".json") && !name.hasPrefix(".") {
                guard let bytes = read(directory + "/" + name), let document = try? JSONDocument.parse(bytes) else { continue }
                if document.root["kind"]?.stringValue == kind && document.root["province"]?.stringValue == province,
                   let id = document.root["id"]?.stringValue {
                    ids.append(id)
                }
            }
        }
        return ids.sorted()
    }

    static func directoryEntries(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
            if n <= 0 { return nil }
            done += n
        }
        return bytes
    }

    static func write(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        precondition(fd >= 0, "cannot create \(path): errno \(errno)")
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            precondition(n > 0, "cannot write \(path): errno \(errno)")
            done += n
        }
    }
}
