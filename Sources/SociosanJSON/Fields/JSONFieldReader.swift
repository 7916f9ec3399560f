import Sociosan

/// A ``FieldReader`` over jansson's tree: the field tables of the core read JSON through it,
/// with the same findings, wording and JSON Pointers as the rest of the JSON layer (it calls
/// ``DecodingContext``'s readers).
///
/// The context is shared by every cursor of one decoding through a pointer that is valid only
/// inside ``read(_:from:context:)``; cursors never escape it.
///
/// ```swift
/// var context = DecodingContext()
/// let room = JSONFieldReader.read(ERRoom.fieldTable, from: node, context: &context)
/// ```
public struct JSONFieldReader: FieldReader {
    let node: JSONNode
    private let context: UnsafeMutablePointer<DecodingContext>
    private var object: ObjectReader?

    init(node: JSONNode, context: UnsafeMutablePointer<DecodingContext>) {
        self.node = node
        self.context = context
    }

    /// Reads `node` with `codec`, reporting into `context`.
    public static func read<C: ValueCodec>(_ codec: C, from node: JSONNode, context: inout DecodingContext) -> C.Value? {
        withUnsafeMutablePointer(to: &context) { pointer in
            var reader = JSONFieldReader(node: node, context: pointer)
            return codec.read(&reader)
        }
    }

    /// Reads a dossier's top level with `table` (the envelope already checked), into `root`.
    public static func readDossier<Root>(_ table: FieldTable<Root>, from node: JSONNode, context: inout DecodingContext) -> Root? {
        withUnsafeMutablePointer(to: &context) { pointer in
            var reader = JSONFieldReader(node: node, context: pointer)
            return table.readDossier(&reader)
        }
    }

    public mutating func readString(nonEmpty: Bool) -> String? {
        nonEmpty ? context.pointee.nonEmptyString(node) : context.pointee.string(node)
    }

    public mutating func readIdentifier() -> StructureID? { context.pointee.identifier(node) }
    public mutating func readDate() -> LocalDate? { context.pointee.date(node) }
    public mutating func readInteger(in range: ClosedRange<Int>) -> Int? { context.pointee.integer(node, in: range) }
    public mutating func readHundredths(in range: ClosedRange<Int>) -> Int? { context.pointee.hundredths(node, in: range) }
    public mutating func readBool() -> Bool? { context.pointee.bool(node) }

    public mutating func readCode<Code: TableCoded & Hashable>(_ type: Code.Type, allowed: [Code]?) -> Code? {
        context.pointee.code(node, as: type, allowed: allowed)
    }

    public mutating func readCodeSet<Code: TableCoded & Hashable>(_ type: Code.Type) -> Set<Code>? {
        context.pointee.codeSet(node, as: type)
    }

    public mutating func readStrings(allowed: [String], into set: inout Set<String>) -> Bool {
        context.pointee.requirementCodes(node, allowed: allowed, into: &set)
    }

    public mutating func readArray<Element>(minimumCount: Int, _ element: (inout JSONFieldReader) -> Element?) -> [Element]? {
        guard let count = context.pointee.arrayCount(node, minimumCount: minimumCount) else { return nil }
        var result: [Element] = []
        result.reserveCapacity(count)
        var ok = true
        for index in 0..<count {
            guard let item = node[index] else { continue }
            context.pointee.enter(index: index)
            var child = JSONFieldReader(node: item, context: context)
            if let value = element(&child) { result.append(value) } else { ok = false }
            context.pointee.leave()
        }
        return ok ? result : nil
    }

    public mutating func beginObject(keys: [String]) -> Bool {
        object = ObjectReader(node, keys: keys, context: &context.pointee)
        return object != nil
    }

    public mutating func acceptEnvelope() { object?.acceptEnvelope() }

    public mutating func required<T>(_ key: String, _ body: (inout JSONFieldReader) -> T?) -> T? {
        guard let member = object?.take(key, required: true, &context.pointee) else { return nil }
        return readMember(member, key, body)
    }

    public mutating func optional<T>(_ key: String, _ body: (inout JSONFieldReader) -> T?) -> T?? {
        guard object != nil else { return nil }
        guard let member = object?.take(key, required: false, &context.pointee), member.kind != .null else { return .some(nil) }
        guard let value = readMember(member, key, body) else { return nil }
        return .some(value)
    }

    private mutating func readMember<T>(_ member: JSONNode, _ key: String, _ body: (inout JSONFieldReader) -> T?) -> T? {
        context.pointee.enter(key: key)
        defer { context.pointee.leave() }
        var child = JSONFieldReader(node: member, context: context)
        return body(&child)
    }

    public mutating func endObject() { object?.finish(&context.pointee) }

    public mutating func reportInvalid(_ explanation: LocalizedText) { context.pointee.invalidValue(explanation) }

    public mutating func reportRepeatedID(_ id: String, first: Int, at index: Int) {
        context.pointee.reportRepeatedID(id, first: first, at: index)
    }
}

extension JSONWriter: FieldWriter {}
