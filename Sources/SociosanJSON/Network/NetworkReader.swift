import Sociosan

/// Reads a network file (JSON Lines of `staffing.structure` and `staffing.roster` dossiers)
/// into a ``NetworkTally``, one line at a time, in constant memory: nothing is kept per line.
///
/// Each line is parsed, decoded into a ``StaffedStructure`` and added to the tally. A line
/// that is not JSON, not a structure, or that the calculator refuses (a capacity outside the
/// type's limits) is a bad line: it goes to `invalid`, with findings that carry its line and
/// column, and the run goes on. A structure whose roster does not meet its standard goes to
/// `failing` as soon as it is found.
///
/// ```swift
/// var tally = NetworkTally()
/// let summary = try NetworkReader.read(path: "network.jsonl", into: &tally,
///     failing: { print($0.lineNumber, $0.structure.id, $0.first.rule) },
///     invalid: { print($0.line, $0.findings.first?.message(in: .english) ?? "") })
/// print(summary.lines, summary.invalidLines, tally.failing)
/// ```
public enum NetworkReader {
    /// A structure whose roster does not meet its standard.
    public struct FailingStructure: Sendable {
        /// The line of the file it is on.
        public let lineNumber: Int
        public let structure: StaffedStructure
        public let check: StaffingCheck
        /// The first failing requirement (lines, then coverage, then share caps).
        public let first: StaffingCheck.Failure
        /// How many requirements, coverages and caps fail.
        public let failures: Int
    }

    /// The counts of a run that only the reader knows.
    public struct Summary: Sendable, Hashable {
        /// Non-blank lines read.
        public var lines = 0
        /// Lines that are not a structure the calculator accepts.
        public var invalidLines = 0
    }

    /// How often ``read(path:into:progressEvery:progress:failing:invalid:)`` reports progress.
    public static let defaultProgressInterval = 4096

    /// Reads the file at `path` (`-` for standard input) into `tally`.
    ///
    /// - Parameters:
    ///   - progress: called every `progressEvery` lines with the line number and the byte
    ///     offset reached, and once at the end.
    ///   - failing: each failing structure, in file order, as it is found.
    ///   - invalid: each bad line, as a validation result with located findings.
    /// - Throws: only when the input cannot be read (it may have been read in part).
    public static func read(
        path: String, into tally: inout NetworkTally, progressEvery: Int = defaultProgressInterval,
        progress: (_ lineNumber: Int, _ byteOffset: Int) -> Void = { _, _ in },
        failing: (FailingStructure) -> Void, invalid: (DossierResult) -> Void
    ) throws(JSONInputError) -> Summary {
        var reader = path == "-" ? JSONLinesReader.standardInput() : try JSONLinesReader(path: path)
        return try read(&reader, into: &tally, progressEvery: progressEvery, progress: progress, failing: failing, invalid: invalid)
    }

    /// Reads from an open reader (a file, standard input or bytes in memory) into `tally`.
    public static func read(
        _ reader: inout JSONLinesReader, into tally: inout NetworkTally, progressEvery: Int = defaultProgressInterval,
        progress: (_ lineNumber: Int, _ byteOffset: Int) -> Void = { _, _ in },
        failing: (FailingStructure) -> Void, invalid: (DossierResult) -> Void
    ) throws(JSONInputError) -> Summary {
        try read(&reader, into: &tally, progressEvery: progressEvery, progress: progress, fastPath: true, failing: failing, invalid: invalid)
    }

    /// - Parameter fastPath: whether lines go through ``StaffedStructure/decodeNetworkLine(_:)``
    ///   first (always, but in the tests that compare both ways).
    static func read(
        _ reader: inout JSONLinesReader, into tally: inout NetworkTally, progressEvery: Int = defaultProgressInterval,
        progress: (_ lineNumber: Int, _ byteOffset: Int) -> Void = { _, _ in }, fastPath: Bool,
        failing: (FailingStructure) -> Void, invalid: (DossierResult) -> Void
    ) throws(JSONInputError) -> Summary {
        var summary = Summary()
        let interval = max(progressEvery, 1)
        var lastLine = 0
        var lastOffset = 0
        while try reader.nextLine({ line in
            lastLine = line.lineNumber
            lastOffset = line.byteOffset + line.bytes.count
            if line.lineNumber % interval == 0 { progress(line.lineNumber, line.byteOffset) }
            if line.isBlank { return }
            let index = summary.lines
            summary.lines += 1
            if let bad = process(line, index: index, into: &tally, fastPath: fastPath, failing: failing) {
                summary.invalidLines += 1
                invalid(bad)
            }
        }) != nil {}
        progress(lastLine, lastOffset)
        return summary
    }

    /// Adds one line to the tally; returns the result to report when the line is bad.
    private static func process(
        _ line: JSONLinesLine, index: Int, into tally: inout NetworkTally, fastPath: Bool, failing: (FailingStructure) -> Void
    ) -> DossierResult? {
        let document: JSONDocument
        switch JanssonLoader.parse(line.bytes) {
        case .success(let parsed):
            document = parsed
        case .failure(let error):
            let relocated = error.relocated(line: line.lineNumber, byteOffsetOfLine: line.byteOffset)
            return DossierResult(index: index, line: line.lineNumber, kind: nil,
                                 findings: [DossierValidator.syntaxDiagnostic(relocated, lineOffset: 0)])
        }
        // The common, well-formed line takes the fast path (no diagnostics, the id read only
        // when the structure fails); any other line is decoded in full, which reports.
        var structure: StaffedStructure
        var idNode: JSONNode?
        if fastPath, let (fast, node) = StaffedStructure.decodeNetworkLine(document.root) {
            structure = fast
            idNode = node
        } else {
            do {
                structure = try fastPath ? StaffedStructure.decode(document: document)
                    : DossierDecoding.decode(document: document, strict: false, kinds: StaffedStructure.kinds,
                                             body: StaffedStructure.decodeWithTable(from:kind:context:))
            } catch {
                let errors = error.diagnostics.filter { $0.severity == .error }
                let result = DossierResult(index: index, line: line.lineNumber, kind: DossierValidator.declaredKind(document.root),
                                           findings: errors.isEmpty ? error.diagnostics : errors)
                return DossierValidator.locating(result, in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset)
            }
        }
        switch tally.add(structure) {
        case .required, .met:
            return nil
        case .failing(let check, let first, let failures):
            if let idNode { structure.id = StaffedStructure.networkLineID(idNode) }
            failing(FailingStructure(lineNumber: line.lineNumber, structure: structure, check: check, first: first, failures: failures))
            return nil
        case .rejected(let error):
            if let idNode { structure.id = StaffedStructure.networkLineID(idNode) }
            let result = DossierResult(index: index, line: line.lineNumber, kind: structure.kind.rawValue,
                                       findings: [rejection(error, structure: structure)])
            return DossierValidator.locating(result, in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset)
        }
    }

    /// The finding for a structure the calculator refuses, worded as `validate` words it.
    static func rejection(_ error: StaffingError, structure: StaffedStructure) -> Diagnostic {
        switch error {
        case .capacityOutOfRange(let id, let capacity, let limits, let citation):
            let rule = StaffingRules.capacityLimits.descriptor
            return Diagnostic(
                ruleID: rule.id, severity: .error, path: "/capacity", message: rule.message,
                arguments: [.integer(capacity), .text(id), .integer(limits.lowerBound), .integer(limits.upperBound)],
                citation: citation ?? rule.citation)
        case .unknownStandard:
            return Diagnostic(rule: FormatRules.value, path: "/type", arguments: [.localized(error.message)])
        case .invalidFullTimeHours:
            return Diagnostic(rule: FormatRules.value, path: "/fullTimeHours", arguments: [.localized(error.message)])
        }
    }
}
