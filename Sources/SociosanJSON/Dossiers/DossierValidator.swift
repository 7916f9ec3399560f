import Glibc
import Sociosan

/// What the validator knows how to read: one codec per dossier kind.
public struct DossierCodec: Sendable {
    public let info: DossierKindInfo
    /// Decodes the body and, when it decodes cleanly, runs the kind's rules.
    let validateBody: @Sendable (JSONNode, inout DecodingContext) -> [Diagnostic]
    /// Decodes a whole document of the kind and writes it back in canonical form.
    let canonicalText: @Sendable (JSONDocument, JSONWriter.Style) -> [UInt8]?

    init(
        info: DossierKindInfo, validateBody: @escaping @Sendable (JSONNode, inout DecodingContext) -> [Diagnostic],
        canonicalText: @escaping @Sendable (JSONDocument, JSONWriter.Style) -> [UInt8]?
    ) {
        self.info = info
        self.validateBody = validateBody
        self.canonicalText = canonicalText
    }

    /// - Parameter ruleSet: the rules to run; `nil` for the type's whole ``JSONDossier/ruleSet``
    ///   (a structure kind passes its own, so a dossier runs only its kind's rules).
    public init<D: JSONDossier>(_ type: D.Type, info: DossierKindInfo, ruleSet: RuleSet<D>? = nil) {
        self.info = info
        let kind = info.kind
        let rules = ruleSet ?? D.ruleSet
        self.canonicalText = { document, style in
            (try? D.decode(document: document)).map { $0.encoded(style: style) }
        }
        self.validateBody = { node, context in
            guard let dossier = D.decode(from: node, kind: kind, context: &context), !context.hasErrors else { return [] }
            return rules.evaluate(dossier)
        }
    }
}

/// Every dossier kind this build reads.
public enum DossierRegistry {
    public static let codecs: [DossierCodec] = [
        DossierCodec(StructureDossier.self, info: SPOIRules.kindInfo, ruleSet: SPOIRules.ruleSet),
        DossierCodec(StaffedStructure.self, info: StaffingRules.rosterKindInfo),
        DossierCodec(StaffedStructure.self, info: StaffingRules.structureKindInfo),
        DossierCodec(ActivityRecord.self, info: ActivityRules.kindInfo),
    ] + StructureKinds.afterSPOI.map { DossierCodec(StructureDossier.self, info: $0.info, ruleSet: $0.ruleSet) }
        + DeclaredKinds.all.map { DossierCodec(declared: $0) }

    public static func codec(for kind: DossierKind) -> DossierCodec? {
        positions[kind].map { codecs[$0] }
    }

    /// Each kind's position in ``codecs`` (the first codec of a kind, as a search would find):
    /// a validation looks its kind up twice, and a search compared it with every kind before it.
    private static let positions: [DossierKind: Int] = {
        var positions: [DossierKind: Int] = [:]
        for (position, codec) in codecs.enumerated() where positions[codec.info.kind] == nil {
            positions[codec.info.kind] = position
        }
        return positions
    }()
}

/// Options of a validation run.
public struct ValidationOptions: Sendable, Hashable {
    /// Unknown fields are errors instead of warnings.
    public var strict: Bool
    /// The most bytes read at once, or `nil` for no limit: the size of a `.json` file or of
    /// standard input (each read whole), and the length of one line of a `.jsonl` file (read
    /// a line at a time). Beyond it the input is refused with
    /// ``ValidationInputError/tooLarge(path:limit:)`` before it is parsed.
    ///
    /// ```swift
    /// let options = ValidationOptions(maximumInputSize: 64 * 1024 * 1024)
    /// ```
    public var maximumInputSize: Int?

    public init(strict: Bool = false, maximumInputSize: Int? = nil) {
        self.strict = strict
        self.maximumInputSize = maximumInputSize
    }
}

/// The outcome for one dossier: its findings, in the order they were found.
public struct DossierResult: Sendable, Hashable {
    /// Position in its file, from 0 (a `.json` file holds one dossier; JSON Lines one a line).
    public let index: Int
    /// The file line the dossier starts on (1 for a `.json` file).
    public let line: Int
    /// The declared kind, when one could be read.
    public let kind: String?
    public let findings: [Diagnostic]

    public init(index: Int, line: Int, kind: String?, findings: [Diagnostic]) {
        self.index = index
        self.line = line
        self.kind = kind
        self.findings = findings
    }

    /// Valid means no error-severity finding; warnings and information do not invalidate.
    public var isValid: Bool { !findings.contains { $0.severity == .error } }
}

/// An input that could not be read at all (as opposed to a finding about its content).
public enum ValidationInputError: Error, Sendable, Hashable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// More than ``ValidationOptions/maximumInputSize`` bytes to read at once: nothing of the
    /// input was validated.
    case tooLarge(path: String, limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .tooLarge(let path, let limit): return "\(path) is larger than \(limit) bytes (a .jsonl file: has a line longer than that)"
        }
    }
}

/// Validates dossiers: JSON syntax, envelope, decoding into value types, then the kind's rules.
///
/// ```swift
/// let result = DossierValidator.validate(text: #"{"kind":"er.psychiatry.spoi", ...}"#)
/// result.isValid
/// result.findings.map { $0.message(in: .italian) }
/// ```
public enum DossierValidator {
    /// Validates one parsed document.
    public static func validate(_ document: JSONDocument, index: Int = 0, line: Int = 1, options: ValidationOptions = .init()) -> DossierResult {
        var context = DecodingContext(strict: options.strict)
        let root = document.root
        guard let kind = readEnvelope(root, context: &context) else {
            return DossierResult(index: index, line: line, kind: declaredKind(root), findings: context.diagnostics)
        }
        guard let codec = DossierRegistry.codec(for: kind) else {
            return DossierResult(index: index, line: line, kind: kind.rawValue, findings: context.diagnostics)
        }
        let findings = codec.validateBody(root, &context)
        return DossierResult(index: index, line: line, kind: kind.rawValue, findings: FormatRules.limited(context.diagnostics + findings))
    }

    /// Validates one JSON text; content findings carry the line and column of their value.
    public static func validate(text: String, options: ValidationOptions = .init()) -> DossierResult {
        do {
            let result = validate(try JSONDocument.parse(text), options: options)
            return Array(text.utf8).withUnsafeBytes { locating(result, in: $0) }
        } catch {
            return DossierResult(index: 0, line: 1, kind: nil, findings: [syntaxDiagnostic(error, lineOffset: 0)])
        }
    }

    /// Validates a file: a `.jsonl` file line by line in constant memory, anything else as one
    /// JSON document. `each` receives every dossier's result as soon as it is known;
    /// `documents`, every document parsed (the file's one, or each line that is JSON), so that
    /// a caller judging dossiers together (``ERNetworkCollector``, ``StructureDossierCollector``)
    /// reads the file once, within ``ValidationOptions/maximumInputSize``.
    ///
    /// Throws only when the file cannot be read; problems with its content are findings.
    ///
    /// ```swift
    /// var network = ERNetworkCollector()
    /// try DossierValidator.validateFile(atPath: "spoi-bologna.json", documents: { network.add($0) }) { result in
    ///     print(result.isValid)
    /// }
    /// ```
    public static func validateFile(
        atPath path: String, options: ValidationOptions = .init(),
        documents: (JSONDocument) -> Void = { _ in }, each: (DossierResult) -> Void
    ) throws(ValidationInputError) {
        if path.hasSuffix(".jsonl") {
            try validateLines(path: path, options: options, documents: documents, each: each)
            return
        }
        do {
            let document = try parseFile(path, limit: options.maximumInputSize)
            documents(document)
            let result = validate(document, options: options)
            // Content findings get a line and column from a second, bounded read of the
            // file; only files with findings pay for it.
            if result.findings.contains(where: { $0.location == nil }),
               let text = try? SmallFile.read(path, limit: SmallFile.locatingLimit) {
                each(text.withUnsafeBytes { locating(result, in: $0) })
            } else {
                each(result)
            }
        } catch {
            switch error {
            case .syntax(let syntax):
                each(DossierResult(index: 0, line: 1, kind: nil, findings: [syntaxDiagnostic(syntax, lineOffset: 0)]))
            case .io(let path, let code, let message):
                if code == EFBIG, let limit = options.maximumInputSize { throw .tooLarge(path: path, limit: limit) }
                throw .unreadable(path: path, reason: message)
            }
        }
    }

    /// Validates standard input: one JSON document, or JSON Lines when the text holds more
    /// than one value (the whole input is read into memory; pass large files by path).
    public static func validateStandardInput(options: ValidationOptions = .init(), each: (DossierResult) -> Void) throws(ValidationInputError) {
        let read: [UInt8]?
        do {
            read = try StandardInput.readAll(fileDescriptor: STDIN_FILENO, path: "<stdin>", limit: options.maximumInputSize)
        } catch {
            throw .unreadable(path: "-", reason: error.description)
        }
        // Read up to one byte past the limit, never more: `- < /dev/zero` ends here.
        guard let bytes = read else { throw .tooLarge(path: "-", limit: options.maximumInputSize ?? 0) }
        do {
            let result = validate(try JSONDocument.parse(bytes), options: options)
            each(bytes.withUnsafeBytes { locating(result, in: $0) })
        } catch {
            guard error.reason == .trailingData else {
                each(DossierResult(index: 0, line: 1, kind: nil, findings: [syntaxDiagnostic(error, lineOffset: 0)]))
                return
            }
            // Standard input has no extension to go by: a text whose first line only opens
            // `{` or `[` is one pretty-printed document, and what follows its value is the
            // fault, not a JSON Lines file written wrong (the advice meant for .jsonl).
            if firstLineOpensDocumentOnly(bytes) {
                each(DossierResult(index: 0, line: 1, kind: nil, findings: [standardInputDocumentDiagnostic(error)]))
                return
            }
            var lines = JSONLinesReader(bytes: bytes)
            validateRecords(&lines, options: options, each: each)
        }
    }

    static func validateLines(
        path: String, options: ValidationOptions, documents: (JSONDocument) -> Void = { _ in }, each: (DossierResult) -> Void
    ) throws(ValidationInputError) {
        var reader: JSONLinesReader
        do {
            reader = try JSONLinesReader(path: path)
        } catch {
            throw .unreadable(path: path, reason: error.description)
        }
        reader.maximumLineLength = options.maximumInputSize
        do {
            try validateRecordsThrowing(&reader, options: options, documents: documents, each: each)
        } catch {
            if case .io(_, EFBIG, _) = error, let limit = options.maximumInputSize { throw .tooLarge(path: path, limit: limit) }
            throw .unreadable(path: path, reason: error.description)
        }
    }

    /// Parses a `.json` file: a regular file larger than `limit` is refused before it is
    /// read; anything else (a pipe, a device, given through the SDK) is read up to `limit`
    /// bytes, as standard input is.
    static func parseFile(_ path: String, limit: Int?) throws(JSONInputError) -> JSONDocument {
        guard let limit else { return try JSONDocument.parse(contentsOfFile: path) }
        let descriptor: Int32
        switch SystemIO.openForReading(path) {
        case .success(let opened): descriptor = opened
        case .failure(let error): throw .io(path: path, errno: error.code)
        }
        defer { Glibc.close(descriptor) }
        if let size = SystemIO.regularFileSize(descriptor) {
            if size > limit { throw .io(path: path, errno: EFBIG) }
            return try JSONDocument.parse(fileDescriptor: descriptor, path: path)
        }
        guard let bytes = try StandardInput.readAll(fileDescriptor: descriptor, path: path, limit: limit) else {
            throw .io(path: path, errno: EFBIG)
        }
        do {
            return try JSONDocument.parse(bytes)
        } catch {
            throw .syntax(error)
        }
    }

    private static func validateRecords(_ reader: inout JSONLinesReader, options: ValidationOptions, each: (DossierResult) -> Void) {
        try? validateRecordsThrowing(&reader, options: options, each: each)
    }

    private static func validateRecordsThrowing(
        _ reader: inout JSONLinesReader, options: ValidationOptions, documents: (JSONDocument) -> Void = { _ in },
        each: (DossierResult) -> Void
    ) throws(JSONInputError) {
        enum LineOutcome {
            case blank
            case result(DossierResult)
            /// Held by a cross-line check until the end of the input.
            case held
            /// The first line only opens an object or array: the file is one document written
            /// over several lines, and every other line would be one more syntax error.
            case multiLineDocument(DossierResult)
        }
        var index = 0
        // Activity lines (er.psychiatry.activity) also have rules across lines.
        var activity = ActivityLineChecker()
        // So do ImpleMENTAL activity lines (lombardy.implemental.activity).
        var implemental = ImplementalLineChecker()
        while let outcome = try reader.nextLine({ line -> LineOutcome in
            if line.isBlank { return .blank }
            switch JanssonLoader.parse(line.bytes) {
            case .success(let document):
                documents(document)
                let result = locating(validate(document, index: index, line: line.lineNumber, options: options),
                                      in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset)
                if ImplementalLineChecker.isImplementalActivity(document) {
                    return implemental.process(document, result: result, line: line).map(LineOutcome.result) ?? .held
                }
                guard ActivityLineChecker.isActivity(document) else { return .result(result) }
                return activity.process(document, result: result, line: line).map(LineOutcome.result) ?? .held
            case .failure(let error):
                let relocated = error.relocated(line: line.lineNumber, byteOffsetOfLine: line.byteOffset)
                if index == 0, error.reason == .unexpectedEndOfInput, opensDocumentOnly(line.bytes) {
                    return .multiLineDocument(DossierResult(index: index, line: line.lineNumber, kind: nil, findings: [multiLineDocumentDiagnostic(relocated)]))
                }
                // Lines ended by a carriage return alone (classic Mac OS exports) read as one
                // line: say so rather than advise JSON Lines to a JSON Lines file.
                if error.reason == .trailingData, error.byteOffset > 0, error.byteOffset <= line.bytes.count,
                   line.bytes[error.byteOffset - 1] == UInt8(ascii: "\r") {
                    return .result(DossierResult(index: index, line: line.lineNumber, kind: nil, findings: [carriageReturnLinesDiagnostic(relocated)]))
                }
                return .result(DossierResult(index: index, line: line.lineNumber, kind: nil, findings: [syntaxDiagnostic(relocated, lineOffset: 0)]))
            }
        }) {
            switch outcome {
            case .blank: continue
            case .result(let result): each(result)
            case .held: break
            case .multiLineDocument(let result):
                each(result)
                return
            }
            index += 1
        }
        for result in activity.finish() { each(result) }
        for result in implemental.finish() { each(result) }
    }

    /// Gives every content finding the line and column of the value its pointer names.
    /// Runs only when there are findings, over text already accepted by the parser.
    static func locating(_ result: DossierResult, in text: UnsafeRawBufferPointer, firstLine: Int = 1, baseOffset: Int = 0) -> DossierResult {
        guard result.findings.contains(where: { $0.location == nil }) else { return result }
        // One locator for the whole document: each container scanned once, one line table
        // (linear in the text, however many findings).
        var locator = PointerLocator.Locator(text: text, firstLine: firstLine, baseOffset: baseOffset)
        let findings = result.findings.map { finding -> Diagnostic in
            guard finding.location == nil else { return finding }
            var located = finding
            located.location = locator.locate(finding.path)
            return located
        }
        return DossierResult(index: result.index, line: result.line, kind: result.kind, findings: findings)
    }

    // MARK: Envelope

    /// Checks `kind` and `schemaVersion`; returns the kind when a codec can read the body.
    /// - Parameter known: the kinds to accept; `nil` for every registered kind.
    static func readEnvelope(_ root: JSONNode, context: inout DecodingContext, known: [DossierKindInfo]? = nil) -> DossierKind? {
        guard root.kind == .object else {
            context.report(FormatRules.notADossier, .localized(LocalizedText(
                it: "il documento è \(JSONTypeName(root.kind).label.italian), non un oggetto",
                en: "the document is \(JSONTypeName(root.kind).label.english), not an object")))
            return nil
        }
        guard let kindNode = root["kind"], let kindText = kindNode.stringValue else {
            // A present "kind" of another type is named as such: "missing" would send the user looking for nothing.
            let found = root["kind"].map { JSONTypeName($0.kind).label }
            context.report(FormatRules.notADossier, .localized(found.map { found in LocalizedText(
                it: "\"kind\" è \(found.italian), deve essere una stringa come \"er.psychiatry.spoi\"",
                en: "\"kind\" is \(found.english); it must be a string such as \"er.psychiatry.spoi\"") } ?? LocalizedText(
                it: "manca \"kind\" (una stringa come \"er.psychiatry.spoi\")",
                en: "\"kind\" is missing (a string such as \"er.psychiatry.spoi\")")), at: "kind")
            return nil
        }
        let kind = DossierKind(rawValue: kindText)
        guard let info = known.map({ $0.first { $0.kind == kind } }) ?? DossierRegistry.codec(for: kind)?.info else {
            let supported = (known ?? DossierRegistry.codecs.map(\.info)).map(\.kind.rawValue).joined(separator: ", ")
            // The kind is quoted by its start: a 10 MB "kind" makes no 10 MB message.
            context.report(FormatRules.unknownKind, .text(MessageExcerpt.of(kindText)), .text(supported), at: "kind")
            return nil
        }
        guard let versionNode = root["schemaVersion"], versionNode.kind == .integer, let version = versionNode.integerValue else {
            // 1.0 or "1" is present but not an integer: say so rather than "missing".
            let found = root["schemaVersion"].map { JSONTypeName($0.kind).label }
            let expected = info.schemaVersion
            context.report(FormatRules.notADossier, .localized(found.map { found in LocalizedText(
                it: "\"schemaVersion\" è \(found.italian), deve essere un intero (per \"\(kindText)\" la versione \(expected), scritta senza decimali)",
                en: "\"schemaVersion\" is \(found.english); it must be an integer (for \"\(kindText)\" version \(expected), written without decimals)") } ?? LocalizedText(
                it: "manca \"schemaVersion\" (un intero, per \"\(kindText)\" la versione \(expected))",
                en: "\"schemaVersion\" is missing (an integer; for \"\(kindText)\" version \(expected))")),
                at: "schemaVersion")
            return nil
        }
        let supported = info.supportedVersions
        guard version >= Int64(supported.lowerBound), version <= Int64(supported.upperBound) else {
            let list = supported.map(String.init).joined(separator: ", ")
            context.report(FormatRules.schemaVersion, .text(String(version)), .text(kindText), .text(list), at: "schemaVersion")
            return nil
        }
        return kind
    }

    static func declaredKind(_ root: JSONNode) -> String? {
        guard root.kind == .object else { return nil }
        return root["kind"]?.stringValue
    }

    /// Whether a line holds nothing but `{` or `[` (and blanks): how a pretty-printed document starts.
    static func opensDocumentOnly(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let content = bytes.filter { !JanssonLoader.isWhitespace($0) }
        return content == [UInt8(ascii: "{")] || content == [UInt8(ascii: "[")]
    }

    /// Whether the first non-blank line of `bytes` holds only `{` or `[`.
    static func firstLineOpensDocumentOnly(_ bytes: [UInt8]) -> Bool {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[start..<end]
            if !line.allSatisfy(JanssonLoader.isWhitespace) {
                return line.withUnsafeBytes { opensDocumentOnly($0) }
            }
            start = end + 1
        }
        return false
    }

    /// The `json.syntax` finding for a pretty-printed document on standard input with
    /// something after its value (often a second document): placed where that begins.
    static func standardInputDocumentDiagnostic(_ error: JSONSyntaxError) -> Diagnostic {
        Diagnostic(
            rule: FormatRules.syntax, path: .root,
            arguments: [.localized(LocalizedText(
                it: "lo standard input contiene un documento JSON su più righe, ma " + error.italianExplanation,
                en: "standard input holds one JSON document written over several lines, but " + error.englishExplanation))],
            location: TextLocation(line: error.line, column: error.column, byteOffset: error.byteOffset))
    }

    /// One `json.syntax` finding for a JSON Lines file that holds a pretty-printed document,
    /// instead of one error per line of it.
    static func multiLineDocumentDiagnostic(_ error: JSONSyntaxError) -> Diagnostic {
        Diagnostic(
            rule: FormatRules.syntax, path: .root,
            arguments: [.localized(LocalizedText(
                it: "la riga 1 apre un documento JSON che prosegue sulle righe seguenti, ma in un file JSON Lines (.jsonl) ogni riga è un documento completo: scrivere ogni dossier su una sola riga, oppure salvare un singolo dossier con estensione .json",
                en: "line 1 opens a JSON document that goes on over the following lines, but in a JSON Lines file (.jsonl) every line is a whole document: write each dossier on one line, or save a single dossier with the .json extension"))],
            location: TextLocation(line: error.line, column: error.column, byteOffset: error.byteOffset))
    }

    /// One `json.syntax` finding for JSON Lines separated by a carriage return alone.
    static func carriageReturnLinesDiagnostic(_ error: JSONSyntaxError) -> Diagnostic {
        Diagnostic(
            rule: FormatRules.syntax, path: .root,
            arguments: [.localized(LocalizedText(
                it: "le righe sono separate dal solo ritorno a capo CR (come nei vecchi file Mac): in un file JSON Lines ogni riga termina con LF o CR LF; salvare il file con fine riga Unix o Windows",
                en: "the lines are separated by a carriage return alone (CR, as in old Mac files): in a JSON Lines file every line ends with LF or CR LF; save the file with Unix or Windows line ends"))],
            location: TextLocation(line: error.line, column: error.column, byteOffset: error.byteOffset))
    }

    /// A `json.syntax` finding with the error's line, column and byte offset.
    public static func syntaxDiagnostic(_ error: JSONSyntaxError, lineOffset: Int) -> Diagnostic {
        Diagnostic(
            rule: FormatRules.syntax, path: .root,
            arguments: [.localized(LocalizedText(it: error.italianExplanation, en: error.englishExplanation))],
            location: TextLocation(line: error.line + lineOffset, column: error.column, byteOffset: error.byteOffset))
    }
}
