import Sociosan

/// Reads a JSON Lines file of one declared kind (`lombardy.implemental.activity`) one dossier at
/// a time in constant memory: a line is parsed, decoded and handed over before the next is read,
/// on top of ``JSONLinesReader`` (one buffer, grown only to the longest line). Only the line's
/// own decoding is checked; the kind's rules are ``DossierValidator``'s.
///
/// A kind read by the million may give a ``FastPath``, a decoder specialised for its lines
/// (``ImplementalActivityLine/decode(_:)``): a line it decodes is taken as it answers, and any
/// other line goes through the kind's field table, which describes what is wrong with it.
///
/// ```swift
/// var reader = try DeclaredLinesReader<ImplementalActivityRecord>(path: "lecco-2024.jsonl",
///                                                                 fastPath: ImplementalActivityLine.decode)
/// while let line = try reader.next() {
///     switch line.outcome {
///     case .record(let record): calculator.add(record)
///     case .invalid(let result): print(line.lineNumber, result.findings.count)
///     }
/// }
/// ```
public struct DeclaredLinesReader<Dossier: DeclaredDossier>: ~Copyable {
    /// One non-blank line: its dossier, or why it is not one.
    public struct Line: Sendable {
        /// Position among the non-blank lines, from 0.
        public let index: Int
        /// The 1-based line number in the file (blank lines count).
        public let lineNumber: Int
        public let outcome: Outcome

        public enum Outcome: Sendable {
            case record(Dossier)
            /// Not JSON, not of the kind, or not decodable; findings carry line and column.
            case invalid(DossierResult)
        }
    }

    /// A decoder specialised for the kind's lines: the dossier the field table would decode
    /// from a line it accepts, `nil` for any other line. It must never accept a line the table
    /// refuses, nor answer another dossier (each kind's tests compare the two paths).
    public typealias FastPath = @Sendable (JSONDocument) -> Dossier?

    private var lines: JSONLinesReader
    private var index = 0
    public let strict: Bool
    let fastPath: FastPath?

    /// Opens a file (`-` for standard input).
    public init(path: String, strict: Bool = false, fastPath: FastPath? = nil) throws(JSONInputError) {
        lines = path == "-" ? JSONLinesReader.standardInput() : try JSONLinesReader(path: path)
        self.strict = strict
        self.fastPath = fastPath
    }

    /// Reads lines already in memory.
    public init(bytes: [UInt8], strict: Bool = false, fastPath: FastPath? = nil) {
        lines = JSONLinesReader(bytes: bytes)
        self.strict = strict
        self.fastPath = fastPath
    }

    /// The next non-blank line; `nil` at the end. Throws only when the input cannot be read.
    public mutating func next() throws(JSONInputError) -> Line? {
        let strict = self.strict
        let fastPath = self.fastPath
        return try RecordLines.next(&lines, index: &index) { line, index in Self.read(line, index: index, strict: strict, fastPath: fastPath) }
    }

    static func read(_ line: JSONLinesLine, index: Int, strict: Bool, fastPath: FastPath?) -> Line {
        let outcome: Line.Outcome = switch RecordLines.decode(line, index: index, { document throws(DossierDecodingError) in
            if let fastPath, let dossier = fastPath(document) { return dossier }
            return try Dossier.decode(document: document, strict: strict)
        }) {
        case .record(let dossier): .record(dossier)
        case .invalid(let result): .invalid(result)
        }
        return Line(index: index, lineNumber: line.lineNumber, outcome: outcome)
    }
}
