/// What the readers of record files (``ActivityReader``, ``DeclaredLinesReader``) share: the
/// loop over the non-blank lines of a ``JSONLinesReader``, and one line's parse and decoding,
/// with the findings, located in the file, of a line that is not a record.
///
/// Both are inlined into each reader, so that each runs its own decoder with no closure call
/// or generic lookup on its hot path (the ER `indicators` line is guarded by instruction count).
enum RecordLines {
    /// A decoded line: its record, or why it is not one.
    enum Decoded<Record> {
        case record(Record)
        /// Not JSON, not of the kind, or not decodable; the findings carry line and column.
        case invalid(DossierResult)
    }

    /// The next non-blank line of `lines`, as `read` makes it from the line and its position
    /// among the non-blank lines (from 0, counted in `index`); `nil` at the end. Throws only
    /// when the input cannot be read.
    @inline(__always)
    static func next<Line>(
        _ lines: inout JSONLinesReader, index: inout Int, _ read: (JSONLinesLine, Int) -> Line
    ) throws(JSONInputError) -> Line? {
        while true {
            var blank = false
            let current = index
            guard let line = try lines.nextLine({ line -> Line? in
                if line.isBlank { blank = true; return nil }
                return read(line, current)
            }) else { return nil }
            if blank { continue }
            index += 1
            return line
        }
    }

    /// Parses a line and decodes it with `decode`. A line that is not JSON, or that `decode`
    /// refuses, gives the findings of a validation, located in the file.
    @inline(__always)
    static func decode<Record>(
        _ line: JSONLinesLine, index: Int, _ decode: (JSONDocument) throws(DossierDecodingError) -> Record
    ) -> Decoded<Record> {
        switch JanssonLoader.parse(line.bytes) {
        case .success(let document):
            do {
                return .record(try decode(document))
            } catch {
                let result = DossierResult(index: index, line: line.lineNumber, kind: DossierValidator.declaredKind(document.root),
                                           findings: error.diagnostics)
                return .invalid(DossierValidator.locating(result, in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset))
            }
        case .failure(let error):
            let relocated = error.relocated(line: line.lineNumber, byteOffsetOfLine: line.byteOffset)
            return .invalid(DossierResult(index: index, line: line.lineNumber, kind: nil,
                                          findings: [DossierValidator.syntaxDiagnostic(relocated, lineOffset: 0)]))
        }
    }
}
