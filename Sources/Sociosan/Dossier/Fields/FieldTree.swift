/// A JSON value as plain Swift data: what the `Codable` bridge of the field tables reads from a
/// `Decoder` and writes to an `Encoder`, so that every kind declared with a ``FieldTable`` is
/// `Codable` without a hand-written `init(from:)` (Foundation users get the same members, order
/// and checks as the JSON layer).
///
/// ```swift
/// let dossier = try JSONDecoder().decode(StructureDossier.self, from: data)
/// let data = try JSONEncoder().encode(dossier)
/// ```
public indirect enum FieldTree: Sendable, Hashable, Codable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([FieldTree])
    /// Members in order (the canonical order when written by a table).
    case object([Member])

    public struct Member: Sendable, Hashable {
        public let key: String
        public let value: FieldTree
        public init(_ key: String, _ value: FieldTree) {
            self.key = key
            self.value = value
        }
    }

    struct AnyKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            self = .object(try keyed.allKeys.map { Member($0.stringValue, try keyed.decode(FieldTree.self, forKey: $0)) })
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [FieldTree] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(FieldTree.self)) }
            self = .array(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let value = try? single.decode(Bool.self) { self = .bool(value) }
        else if let value = try? single.decode(Int.self) { self = .integer(value) }
        else if let value = try? single.decode(Double.self) { self = .number(value) }
        else { self = .string(try single.decode(String.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .integer(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .number(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .string(let value):
            var single = encoder.singleValueContainer()
            try single.encode(value)
        case .array(let items):
            var unkeyed = encoder.unkeyedContainer()
            for item in items { try unkeyed.encode(item) }
        case .object(let members):
            var keyed = encoder.container(keyedBy: AnyKey.self)
            for member in members { try keyed.encode(member.value, forKey: AnyKey(stringValue: member.key)) }
        }
    }

    subscript(key: String) -> FieldTree? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// Builds a ``FieldTree`` from a table's writes.
public struct FieldTreeWriter: FieldWriter {
    private enum Frame {
        case array([FieldTree])
        case object([FieldTree.Member], pendingKey: String?)
    }

    private var frames: [Frame] = []
    private var pendingKey: String?
    public private(set) var result: FieldTree?

    public init() {}

    private mutating func append(_ value: FieldTree) {
        guard let last = frames.popLast() else { result = value; return }
        switch last {
        case .array(var items):
            items.append(value)
            frames.append(.array(items))
        case .object(var members, let key):
            members.append(FieldTree.Member(key ?? "", value))
            frames.append(.object(members, pendingKey: nil))
        }
    }

    public mutating func beginObject() { frames.append(.object([], pendingKey: nil)) }
    public mutating func endObject() {
        guard case .object(let members, _)? = frames.popLast() else { return }
        append(.object(members))
    }
    public mutating func beginArray() { frames.append(.array([])) }
    public mutating func endArray() {
        guard case .array(let items)? = frames.popLast() else { return }
        append(.array(items))
    }
    public mutating func key(_ key: String) {
        guard case .object(let members, _)? = frames.popLast() else { return }
        frames.append(.object(members, pendingKey: key))
    }
    public mutating func string(_ value: String) { append(.string(value)) }
    public mutating func integer(_ value: Int) { append(.integer(value)) }
    public mutating func fixedPoint(_ value: Int, scale: Int) {
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        append(value % divisor == 0 ? .integer(value / divisor) : .number(Double(value) / Double(divisor)))
    }
    public mutating func bool(_ value: Bool) { append(.bool(value)) }
}

/// The problems a ``FieldTreeReader`` found; shared by the cursors of one reading, hence a
/// class (its identity is the point).
final class FieldTreeProblems: @unchecked Sendable {
    var diagnostics: [Diagnostic] = []
    var hasErrors = false
    /// The kind's protected member names (``StructureKind/protectedMembers``).
    var protectedMembers: ProtectedMembers?

    func report(_ rule: RuleDescriptor, at path: [String], _ arguments: MessageArgument...) {
        let diagnostic = Diagnostic(rule: rule, path: JSONPointer(tokens: path), arguments: arguments)
        if diagnostic.severity == .error { hasErrors = true }
        diagnostics.append(diagnostic)
    }
}

/// Reads a ``FieldTree`` with a field table, reporting with JSON Pointers as the JSON layer does.
public struct FieldTreeReader: FieldReader {
    let node: FieldTree
    let path: [String]
    let problems: FieldTreeProblems
    private var members: [FieldTree.Member]?
    private var keys: [String] = []

    init(node: FieldTree, path: [String], problems: FieldTreeProblems) {
        self.node = node
        self.path = path
        self.problems = problems
    }

    /// Reads `tree` with `table` as a dossier's top level (its envelope accepted); the value, or
    /// every problem found.
    public static func readDossier<Root>(
        _ table: FieldTable<Root>, from tree: FieldTree, protectedMembers: ProtectedMembers? = nil
    ) -> Result<Root, DossierReadingError> {
        let problems = FieldTreeProblems()
        problems.protectedMembers = protectedMembers
        var reader = FieldTreeReader(node: tree, path: [], problems: problems)
        guard let root = table.readDossier(&reader), !problems.hasErrors else {
            return .failure(DossierReadingError(diagnostics: problems.diagnostics))
        }
        return .success(root)
    }

    private var typeName: ValueTypeName {
        switch node {
        case .null: return .null
        case .bool: return .boolean
        case .integer: return .integer
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    private func mismatch(_ expected: ValueTypeName) {
        problems.report(FormatRules.type, at: path, .localized(expected.label), .localized(typeName.label))
    }

    public mutating func reportInvalid(_ explanation: LocalizedText) {
        problems.report(FormatRules.value, at: path, .localized(explanation))
    }

    public mutating func reportRepeatedID(_ id: String, first: Int, at index: Int) {
        let earlier = JSONPointer(tokens: path + [String(first), "id"]).description
        problems.report(FormatRules.value, at: path + [String(index), "id"], .localized(ValueProblem.repeatedID(id, earlier: earlier)))
    }

    public mutating func readString(nonEmpty: Bool) -> String? {
        guard case .string(let text) = node else { mismatch(.string); return nil }
        if nonEmpty, text.isEmpty {
            reportInvalid(ValueProblem.emptyText)
            return nil
        }
        return text
    }

    public mutating func readIdentifier() -> StructureID? {
        guard let text = readString(nonEmpty: false) else { return nil }
        do { return try StructureID(text) } catch { reportInvalid(error.message); return nil }
    }

    public mutating func readDate() -> LocalDate? {
        guard let text = readString(nonEmpty: false) else { return nil }
        do {
            return try LocalDate(iso8601: text)
        } catch {
            switch error {
            case .malformed: reportInvalid(ValueProblem.notADate(text))
            case .nonexistent: reportInvalid(ValueProblem.notACalendarDate(text))
            }
            return nil
        }
    }

    public mutating func readInteger(in range: ClosedRange<Int>) -> Int? {
        guard case .integer(let value) = node else { mismatch(.integer); return nil }
        guard range.contains(value) else {
            reportInvalid(ValueProblem.outsideRange(value, range))
            return nil
        }
        return value
    }

    public mutating func readHundredths(in range: ClosedRange<Int>) -> Int? {
        let value: Double
        switch node {
        case .integer(let whole): value = Double(whole)
        case .number(let number): value = number
        default: mismatch(.number); return nil
        }
        let scaled = value * 100
        guard scaled.isFinite, abs(scaled.rounded() - scaled) < 1e-6 else {
            reportInvalid(ValueProblem.tooManyDecimals(value))
            return nil
        }
        guard scaled >= Double(range.lowerBound), scaled <= Double(range.upperBound) else {
            reportInvalid(ValueProblem.outsideHundredths(range))
            return nil
        }
        return Int(scaled.rounded())
    }

    public mutating func readBool() -> Bool? {
        guard case .bool(let value) = node else { mismatch(.boolean); return nil }
        return value
    }

    public mutating func readCode<Code: TableCoded & Hashable>(_ type: Code.Type, allowed: [Code]?) -> Code? {
        guard let text = readString(nonEmpty: false) else { return nil }
        let codes = allowed ?? Array(Code.allCases)
        guard let code = Code(rawValue: text), codes.contains(code) else {
            reportInvalid(ValueProblem.notAllowed(text, allowed: codes.map(\.rawValue)))
            return nil
        }
        return code
    }

    public mutating func readCodeSet<Code: TableCoded & Hashable>(_ type: Code.Type) -> Set<Code>? {
        var result = Set<Code>()
        guard let codes = readArray(minimumCount: 0, { $0.readCode(Code.self, allowed: nil) }) else { return nil }
        for code in codes where !result.insert(code).inserted {
            reportInvalid(ValueProblem.repeated(code.rawValue))
            return nil
        }
        return result
    }

    public mutating func readStrings(allowed: [String], into set: inout Set<String>) -> Bool {
        guard let codes = readArray(minimumCount: 0, { reader -> String? in
            guard let text = reader.readString(nonEmpty: false) else { return nil }
            guard allowed.contains(text) else {
                reader.reportInvalid(ValueProblem.notAllowed(text, allowed: allowed))
                return nil
            }
            return text
        }) else { return false }
        for code in codes where !set.insert(code).inserted {
            reportInvalid(ValueProblem.repeated(code))
            return false
        }
        return true
    }

    public mutating func readArray<Element>(minimumCount: Int, _ element: (inout FieldTreeReader) -> Element?) -> [Element]? {
        guard case .array(let items) = node else { mismatch(.array); return nil }
        guard items.count >= minimumCount else {
            reportInvalid(ValueProblem.tooFewElements(minimumCount))
            return nil
        }
        var result: [Element] = []
        var ok = true
        for (index, item) in items.enumerated() {
            var child = FieldTreeReader(node: item, path: path + [String(index)], problems: problems)
            if let value = element(&child) { result.append(value) } else { ok = false }
        }
        return ok ? result : nil
    }

    public mutating func beginObject(keys: [String]) -> Bool {
        guard case .object(let members) = node else { mismatch(.object); return false }
        self.members = members
        self.keys = keys
        return true
    }

    public mutating func acceptEnvelope() {}

    private func member(_ key: String) -> FieldTree? { members?.first { $0.key == key }?.value }

    public mutating func required<T>(_ key: String, _ body: (inout FieldTreeReader) -> T?) -> T? {
        guard members != nil else { return nil }
        guard let value = member(key) else {
            problems.report(FormatRules.required, at: path, .text(key))
            return nil
        }
        var child = FieldTreeReader(node: value, path: path + [key], problems: problems)
        return body(&child)
    }

    public mutating func optional<T>(_ key: String, _ body: (inout FieldTreeReader) -> T?) -> T?? {
        guard members != nil else { return nil }
        guard let value = member(key), value != .null else { return .some(nil) }
        var child = FieldTreeReader(node: value, path: path + [key], problems: problems)
        guard let result = body(&child) else { return nil }
        return .some(result)
    }

    public mutating func endObject() {
        for member in members ?? [] where !keys.contains(member.key) {
            if let protected = problems.protectedMembers, let entry = protected.match(member.key) {
                if protected.reportsAsValue {
                    problems.report(protected.rule, at: path + [member.key], .localized(ProtectedMembers.refusal(entry.holds)))
                } else {
                    problems.report(protected.rule, at: path + [member.key], .text(MessageExcerpt.of(member.key)), .localized(entry.holds))
                }
            } else {
                problems.report(FormatRules.unknownField, at: path + [member.key], .text(MessageExcerpt.of(member.key)),
                                FormatRules.unknownFieldOutcome(strict: false))
            }
        }
    }
}

/// Why a `Decoder` could not give a dossier: every finding, with its JSON Pointer.
public struct DossierReadingError: Error, Sendable, Hashable, CustomStringConvertible {
    public let diagnostics: [Diagnostic]
    public var description: String {
        diagnostics.map { "\($0.path): \($0.message(in: .english))" }.joined(separator: "; ")
    }
}

extension FieldTable {
    /// Reads a dossier's top level from a tree, for a `Decoder`: every problem becomes one
    /// `DecodingError` whose underlying error (``DossierReadingError``) keeps the pointers.
    func decodeDossier(from tree: FieldTree, protectedMembers: ProtectedMembers?, codingPath: [any CodingKey]) throws -> Root {
        switch FieldTreeReader.readDossier(self, from: tree, protectedMembers: protectedMembers) {
        case .success(let dossier): return dossier
        case .failure(let error):
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Writes `value` as one object of this table's members, in canonical order, for an `Encoder`.
    func encode(_ value: Root, to encoder: any Encoder) throws {
        var writer = FieldTreeWriter()
        writer.beginObject()
        writeMembers(of: value, to: &writer)
        writer.endObject()
        try writer.result?.encode(to: encoder)
    }
}

extension StructureDossier: Codable {
    /// Reads a structure dossier of any registered kind through its field table.
    public init(from decoder: any Decoder) throws {
        let tree = try FieldTree(from: decoder)
        guard case .string(let kindText)? = tree["kind"], let kind = StructureKinds.kind(for: DossierKind(rawValue: kindText)) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "not a structure dossier of a known kind: \(StructureKinds.all.map(\.kind.rawValue).joined(separator: ", "))"))
        }
        guard case .integer(let version)? = tree["schemaVersion"], version == kind.schemaVersion else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "schemaVersion must be \(kind.schemaVersion) for \(kind.kind)"))
        }
        self = try kind.fields.decodeDossier(from: tree, protectedMembers: kind.protectedMembers, codingPath: decoder.codingPath)
    }

    /// Writes the dossier with its kind's members in canonical order.
    public func encode(to encoder: any Encoder) throws {
        guard let registration = StructureKinds.kind(for: kind) else {
            throw EncodingError.invalidValue(self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "unregistered kind \(kind)"))
        }
        try registration.fields.encode(self, to: encoder)
    }
}
