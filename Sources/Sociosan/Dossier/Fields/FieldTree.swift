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

        static let kind = AnyKey(stringValue: "kind")
        static let schemaVersion = AnyKey(stringValue: "schemaVersion")
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

/// Reads a ``FieldTree`` with a field table, reporting with JSON Pointers as the JSON layer
/// does: the ``FieldSource`` of the `Codable` bridge. Nodes are indices into the values met so
/// far; a class because the cursors of one reading share it (its identity is the point).
public final class FieldTreeSource: FieldSource {
    private var nodes: [FieldTree]
    private var path: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var hasErrors = false
    /// The kind's protected member names (``StructureKind/protectedMembers``).
    let protectedMembers: ProtectedMembers?

    init(tree: FieldTree, protectedMembers: ProtectedMembers?) {
        self.nodes = [tree]
        self.protectedMembers = protectedMembers
    }

    /// Reads `tree` with `table` as a dossier's top level (its envelope accepted); the value, or
    /// every problem found.
    public static func readDossier<Root>(
        _ table: FieldTable<Root>, from tree: FieldTree, protectedMembers: ProtectedMembers? = nil
    ) -> Result<Root, DossierReadingError> {
        read(tree, protectedMembers: protectedMembers) { table.readDossier(&$0) }
    }

    /// Reads `tree` with `table` as one object (a part of a dossier, no envelope); the value,
    /// or every problem found.
    public static func readObject<Root>(_ table: FieldTable<Root>, from tree: FieldTree) -> Result<Root, DossierReadingError> {
        read(tree, protectedMembers: nil) { table.read(&$0) }
    }

    /// `body`'s value read from the tree's root, or every problem found on the way.
    private static func read<Root>(
        _ tree: FieldTree, protectedMembers: ProtectedMembers?, _ body: (inout FieldReader) -> Root?
    ) -> Result<Root, DossierReadingError> {
        let source = FieldTreeSource(tree: tree, protectedMembers: protectedMembers)
        let root = withExtendedLifetime(source) { () -> Root? in
            var reader = FieldReader(source: source, node: FieldNode(bits: 0))
            return body(&reader)
        }
        guard let root, !source.hasErrors else { return .failure(DossierReadingError(diagnostics: source.diagnostics)) }
        return .success(root)
    }

    private func value(_ node: FieldNode) -> FieldTree { nodes[Int(node.bits)] }

    private func add(_ value: FieldTree) -> FieldNode {
        nodes.append(value)
        return FieldNode(bits: UInt(nodes.count - 1))
    }

    private func report(_ rule: RuleDescriptor, at path: [String], _ arguments: MessageArgument...) {
        let diagnostic = Diagnostic(rule: rule, path: JSONPointer(tokens: path), arguments: arguments)
        if diagnostic.severity == .error { hasErrors = true }
        diagnostics.append(diagnostic)
    }

    private static func typeName(_ value: FieldTree) -> ValueTypeName {
        switch value {
        case .null: return .null
        case .bool: return .boolean
        case .integer: return .integer
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    public func reportTypeMismatch(_ node: FieldNode, expected: ValueTypeName) {
        report(FormatRules.type, at: path, .localized(expected.label), .localized(Self.typeName(value(node)).label))
    }

    public func reportInvalid(_ explanation: LocalizedText) {
        report(FormatRules.value, at: path, .localized(explanation))
    }

    public func reportMissing(_ key: String) { report(FormatRules.required, at: path, .text(key)) }

    public func reportRepeatedID(_ id: String, first: Int, at index: Int) {
        let earlier = JSONPointer(tokens: path + [String(first), "id"]).description
        report(FormatRules.value, at: path + [String(index), "id"], .localized(ValueProblem.repeatedID(id, earlier: earlier)))
    }

    public func enter(key: String) { path.append(key) }
    public func enter(index: Int) { path.append(String(index)) }
    public func leave() { path.removeLast() }

    public func readString(_ node: FieldNode, nonEmpty: Bool) -> String? {
        guard case .string(let text) = value(node) else { reportTypeMismatch(node, expected: .string); return nil }
        if nonEmpty, text.isEmpty {
            reportInvalid(ValueProblem.emptyText)
            return nil
        }
        return text
    }

    public func readIdentifier(_ node: FieldNode) -> StructureID? {
        guard let text = readString(node, nonEmpty: false) else { return nil }
        do { return try StructureID(text) } catch { reportInvalid(error.message); return nil }
    }

    public func readDate(_ node: FieldNode) -> LocalDate? {
        guard let text = readString(node, nonEmpty: false) else { return nil }
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

    public func readInteger(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        guard case .integer(let number) = value(node) else { reportTypeMismatch(node, expected: .integer); return nil }
        guard range.contains(number) else {
            reportInvalid(ValueProblem.outsideRange(number, range))
            return nil
        }
        return number
    }

    public func readHundredths(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        let number: Double
        switch value(node) {
        case .integer(let whole): number = Double(whole)
        case .number(let real): number = real
        default: reportTypeMismatch(node, expected: .number); return nil
        }
        let scaled = number * 100
        guard scaled.isFinite, abs(scaled.rounded() - scaled) < 1e-6 else {
            reportInvalid(ValueProblem.tooManyDecimals(number))
            return nil
        }
        guard scaled >= Double(range.lowerBound), scaled <= Double(range.upperBound) else {
            reportInvalid(ValueProblem.outsideHundredths(range))
            return nil
        }
        return Int(scaled.rounded())
    }

    public func readBool(_ node: FieldNode) -> Bool? {
        guard case .bool(let flag) = value(node) else { reportTypeMismatch(node, expected: .boolean); return nil }
        return flag
    }

    public func withStringBytes(_ node: FieldNode, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard case .string(var text) = value(node) else { return false }
        text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        return true
    }

    public func text(_ node: FieldNode) -> String {
        guard case .string(let text) = value(node) else { return "" }
        return text
    }

    public func arrayCount(_ node: FieldNode) -> Int? {
        guard case .array(let items) = value(node) else { reportTypeMismatch(node, expected: .array); return nil }
        return items.count
    }

    public func element(_ node: FieldNode, at index: Int) -> FieldNode {
        guard case .array(let items) = value(node) else { return add(.null) }
        return add(items[index])
    }

    public func checkObject(_ node: FieldNode) -> Bool {
        guard case .object = value(node) else { reportTypeMismatch(node, expected: .object); return false }
        return true
    }

    public func member(_ node: FieldNode, _ key: String, cursor: inout UInt) -> FieldNode? {
        guard case .object(let members) = value(node), let found = members.first(where: { $0.key == key }) else { return nil }
        return add(found.value)
    }

    public func isNull(_ node: FieldNode) -> Bool { value(node) == .null }

    public func memberCount(_ node: FieldNode) -> Int {
        guard case .object(let members) = value(node) else { return 0 }
        return members.count
    }

    public func envelopeCount(_ node: FieldNode) -> Int {
        guard case .object(let members) = value(node) else { return 0 }
        return members.filter { $0.key == "kind" || $0.key == "schemaVersion" }.count
    }

    public func reportUnknownMembers(_ node: FieldNode, keys: [String]) {
        guard case .object(let members) = value(node) else { return }
        for member in members where !keys.contains(member.key) {
            if let protected = protectedMembers, let entry = protected.match(member.key) {
                if protected.reportsAsValue {
                    report(protected.rule, at: path + [member.key], .localized(ProtectedMembers.refusal(entry.holds)))
                } else {
                    report(protected.rule, at: path + [member.key], .text(MessageExcerpt.of(member.key)), .localized(entry.holds))
                }
            } else {
                report(FormatRules.unknownField, at: path + [member.key], .text(MessageExcerpt.of(member.key)),
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
        switch FieldTreeSource.readDossier(self, from: tree, protectedMembers: protectedMembers) {
        case .success(let dossier): return dossier
        case .failure(let error):
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: error.description, underlyingError: error))
        }
    }

    /// Writes `value` as one object of this table's members, in canonical order, for an
    /// `Encoder`: straight into its containers (``EncoderFieldWriter``).
    func encode(_ value: Root, to encoder: any Encoder) throws {
        var writer = EncoderFieldWriter(encoder: encoder)
        writer.beginObject()
        writeMembers(of: value, to: &writer)
        writer.endObject()
        try writer.finish()
    }

    /// Reads a dossier's top level straight from the containers of a `Decoder`
    /// (``DecoderFieldSource``), `container` being its top-level object, when its envelope is
    /// `kind` at a version `accepts`; `nil` when it is not, or when anything in it is wrong (the
    /// caller then takes the tree route for the findings).
    func decodeDirectly(
        from container: KeyedDecodingContainer<FieldTree.AnyKey>, kind: DossierKind, accepts: (Int) -> Bool,
        protectedMembers: ProtectedMembers?
    ) -> Root? {
        guard (try? container.decode(String.self, forKey: .kind)) == kind.rawValue,
              let version = try? container.decode(Int.self, forKey: .schemaVersion), accepts(version) else { return nil }
        return DecoderFieldSource.readDossier(self, from: container, protectedMembers: protectedMembers)
    }
}

/// How a `Decoder` finds the table of the dossier it holds: the table for a kind, whether a
/// version is accepted, and the kind's protected member names.
struct CodableKindLookup<Root: Sendable> {
    let table: (DossierKind) -> FieldTable<Root>?
    let accepts: (DossierKind, Int) -> Bool
    let protectedMembers: (DossierKind) -> ProtectedMembers?
    /// Why a document names no kind of this lookup (made only for such a document).
    let unknownKind: () -> String
    /// Which versions a kind accepts, for the message.
    let expectedVersion: (DossierKind) -> String
}

extension FieldTable {
    /// Reads a dossier for a `Decoder`: a valid one straight from the decoder's containers,
    /// any other through the tree route, which finds and words every problem. Shared by every
    /// kind's `Codable` conformance.
    static func decode(from decoder: any Decoder, _ lookup: CodableKindLookup<Root>) throws -> Root {
        if let container = try? decoder.container(keyedBy: FieldTree.AnyKey.self),
           let kindText = try? container.decode(String.self, forKey: .kind),
           let table = lookup.table(DossierKind(rawValue: kindText)) {
            let kind = DossierKind(rawValue: kindText)
            if let value = table.decodeDirectly(
                from: container, kind: kind, accepts: { lookup.accepts(kind, $0) }, protectedMembers: lookup.protectedMembers(kind)) {
                return value
            }
        }
        let tree = try FieldTree(from: decoder)
        guard case .string(let kindText)? = tree["kind"], let table = lookup.table(DossierKind(rawValue: kindText)) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath, debugDescription: lookup.unknownKind()))
        }
        let kind = DossierKind(rawValue: kindText)
        guard case .integer(let version)? = tree["schemaVersion"], lookup.accepts(kind, version) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "schemaVersion must be \(lookup.expectedVersion(kind)) for \(kind)"))
        }
        return try table.decodeDossier(from: tree, protectedMembers: lookup.protectedMembers(kind), codingPath: decoder.codingPath)
    }
}

extension StructureDossier: Codable {
    /// Reads a structure dossier of any registered kind through its field table.
    public init(from decoder: any Decoder) throws {
        self = try FieldTable.decode(from: decoder, CodableKindLookup(
            table: { StructureKinds.kind(for: $0)?.fields },
            accepts: { kind, version in StructureKinds.kind(for: kind)?.schemaVersion == version },
            protectedMembers: { StructureKinds.kind(for: $0)?.protectedMembers },
            unknownKind: { "not a structure dossier of a known kind: \(StructureKinds.all.map(\.kind.rawValue).joined(separator: ", "))" },
            expectedVersion: { "\(StructureKinds.kind(for: $0)?.schemaVersion ?? 1)" }))
    }

    /// Writes the dossier with its kind's members in canonical order.
    public func encode(to encoder: any Encoder) throws {
        guard let registration = StructureKinds.kind(for: kind) else {
            throw EncodingError.invalidValue(self, EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "unregistered kind \(kind)"))
        }
        try registration.fields.encode(self, to: encoder)
    }
}
