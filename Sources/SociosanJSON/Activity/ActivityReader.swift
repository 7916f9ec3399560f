import Sociosan

/// One non-blank line of an activity file: its record, or why it is not one.
public struct ActivityLine: Sendable {
    /// Position among the non-blank lines, from 0.
    public let index: Int
    /// The 1-based line number in the file (blank lines count).
    public let lineNumber: Int
    /// The 0-based byte offset of the line in the file.
    public let byteOffset: Int
    public let outcome: Outcome

    public enum Outcome: Sendable {
        /// The line decodes into a record (the rules are not run: see ``DossierValidator``).
        case record(ActivityRecord)
        /// The line is not JSON, not an activity record, or does not decode; the result's
        /// findings carry the line and column of each problem.
        case invalid(DossierResult)
    }

    /// The record, when the line has one.
    public var record: ActivityRecord? {
        if case .record(let record) = outcome { return record }
        return nil
    }
}

/// Reads an activity file (kind `er.psychiatry.activity`, JSON Lines) one record at a time in
/// constant memory: one line is parsed, decoded and handed over before the next is read, on
/// top of ``JSONLinesReader`` (one 64 KiB buffer, grown only to the longest line).
///
/// ```swift
/// var reader = try ActivityReader(path: "activity-2025.jsonl")
/// while let line = try reader.next() {
///     switch line.outcome {
///     case .record(.stay(let stay)): print(stay.id, stay.lengthOfStay ?? -1)
///     case .record(.event(let event)): print(event.kind)
///     case .invalid(let result): print(line.lineNumber, result.findings.count)
///     }
/// }
/// ```
public struct ActivityReader: ~Copyable {
    private var lines: JSONLinesReader
    private var index = 0
    /// Unknown fields are errors (a line with one is invalid) instead of being ignored.
    public let strict: Bool
    /// The bytes held for lines (one buffer, whatever the file's length).
    var bufferCapacity: Int { lines.bufferCapacity }

    /// Opens a file (`-` for standard input).
    public init(path: String, strict: Bool = false) throws(JSONInputError) {
        lines = path == "-" ? JSONLinesReader.standardInput() : try JSONLinesReader(path: path)
        self.strict = strict
    }

    /// Reads lines already in memory.
    public init(bytes: [UInt8], strict: Bool = false) {
        lines = JSONLinesReader(bytes: bytes)
        self.strict = strict
    }

    /// Reads any JSON Lines source.
    public init(lines: consuming JSONLinesReader, strict: Bool = false) {
        self.lines = lines
        self.strict = strict
    }

    /// The next non-blank line; `nil` at the end. Throws only when the input cannot be read.
    public mutating func next() throws(JSONInputError) -> ActivityLine? {
        let strict = self.strict
        return try RecordLines.next(&lines, index: &index) { line, index in ActivityReader.read(line, index: index, strict: strict) }
    }

    /// Calls `body` with every non-blank line, in order; returns how many there were.
    ///
    /// ```swift
    /// var stays = 0
    /// try ActivityReader.forEach(path: "activity.jsonl") { if case .record(.stay) = $0.outcome { stays += 1 } }
    /// ```
    @discardableResult
    public static func forEach(path: String, strict: Bool = false, _ body: (ActivityLine) -> Void) throws(JSONInputError) -> Int {
        var reader = try ActivityReader(path: path, strict: strict)
        var count = 0
        while let line = try reader.next() {
            body(line)
            count += 1
        }
        return count
    }

    static func read(_ line: JSONLinesLine, index: Int, strict: Bool) -> ActivityLine {
        let outcome: ActivityLine.Outcome = switch RecordLines.decode(line, index: index, { document throws(DossierDecodingError) in
            try ActivityRecord.decode(document: document, strict: strict)
        }) {
        case .record(let record): .record(record)
        case .invalid(let result): .invalid(result)
        }
        return ActivityLine(index: index, lineNumber: line.lineNumber, byteOffset: line.byteOffset, outcome: outcome)
    }
}

/// The cross-line rules of an activity file inside a validation run (``ActivityCrossCheck``):
/// a line whose verdict waits for a later line is held back and given out at the end, with
/// the positions of the members a late finding may name (`stay`, `patient`, `structure`,
/// `structureType`, `date`) taken while the line's bytes were at hand.
struct ActivityLineChecker {
    private var cross = ActivityCrossCheck()
    private var held: [Int: DossierResult] = [:]
    private var locations: [Int: [JSONPointer: TextLocation]] = [:]
    static let latePaths: [JSONPointer] = ["/stay", "/patient", "/structure", "/structureType", "/date"]

    static func isActivity(_ document: JSONDocument) -> Bool {
        document.root["kind"]?.isString(DossierKind.psychiatryActivity.rawValue) ?? false
    }

    /// The result to give out now, or `nil` when the line is held until ``finish()``.
    mutating func process(_ document: JSONDocument, result: DossierResult, line: JSONLinesLine) -> DossierResult? {
        // A record that decodes takes part even when its own rules fail: its stay still exists.
        guard let record = try? ActivityRecord.decode(document: document) else { return result }
        switch cross.add(record, at: ActivityCrossCheck.LineReference(index: result.index, line: result.line)) {
        case .checked(let findings):
            guard !findings.isEmpty else { return result }
            let merged = DossierResult(index: result.index, line: result.line, kind: result.kind, findings: result.findings + findings)
            return DossierValidator.locating(merged, in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset)
        case .pending:
            held[result.index] = result
            var found: [JSONPointer: TextLocation] = [:]
            for path in Self.latePaths {
                found[path] = PointerLocator.locate(path, in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset)
            }
            locations[result.index] = found
            return nil
        }
    }

    /// Every held line, in file order, with its cross-line findings.
    mutating func finish() -> [DossierResult] {
        var results: [DossierResult] = []
        for (reference, findings) in cross.finish() {
            guard let result = held.removeValue(forKey: reference.index) else { continue }
            let found = locations.removeValue(forKey: reference.index) ?? [:]
            let located = findings.map { finding -> Diagnostic in
                var copy = finding
                copy.location = found[finding.path] ?? found["/stay"]
                return copy
            }
            results.append(DossierResult(index: result.index, line: result.line, kind: result.kind, findings: result.findings + located))
        }
        // A held line with no late finding (its stay came and agreed).
        for (_, result) in held { results.append(result) }
        held = [:]
        return results.sorted { $0.index < $1.index }
    }
}
