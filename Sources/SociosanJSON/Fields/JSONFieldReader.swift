import CJansson
import Glibc
import Sociosan

/// Reads jansson's tree with the field tables of the core, with the same findings, wording and
/// JSON Pointers as the rest of the JSON layer (it calls ``DecodingContext``'s readers).
///
/// ```swift
/// var context = DecodingContext()
/// let room = JSONFieldReader.read(ValueCodecs.object(ERRoom.fields), from: node, context: &context)
/// ```
public enum JSONFieldReader {
    /// Reads `node` with `codec`, reporting into `context`.
    public static func read<C: ValueCodec>(_ codec: C, from node: JSONNode, context: inout DecodingContext) -> C.Value? {
        withSource(node, &context) { codec.read(&$0) }
    }

    /// Reads a dossier's top level with `table` (the envelope already checked), into `root`.
    public static func readDossier<Root>(_ table: FieldTable<Root>, from node: JSONNode, context: inout DecodingContext) -> Root? {
        withSource(node, &context) { table.readDossier(&$0) }
    }

    private static func withSource<T>(_ node: JSONNode, _ context: inout DecodingContext, _ body: (inout FieldReader) -> T?) -> T? {
        withUnsafeMutablePointer(to: &context) { pointer in
            let source = JSONFieldSource(document: node.document, context: pointer)
            return withExtendedLifetime(source) {
                var reader = FieldReader(source: source, node: JSONFieldSource.handle(node.pointer))
                return body(&reader)
            }
        }
    }
}

/// The ``FieldSource`` over jansson's tree: nodes are `json_t` addresses of one document.
///
/// The context is reached through a pointer valid only inside ``JSONFieldReader``'s reads
/// (the source never escapes them), so that reporting needs no exclusivity check.
final class JSONFieldSource: FieldSource {
    let document: JSONDocument
    let context: UnsafeMutablePointer<DecodingContext>

    init(document: JSONDocument, context: UnsafeMutablePointer<DecodingContext>) {
        self.document = document
        self.context = context
    }

    @inline(__always)
    static func handle(_ pointer: UnsafeMutablePointer<json_t>) -> FieldNode { FieldNode(bits: UInt(bitPattern: pointer)) }

    @inline(__always)
    private func json(_ node: FieldNode) -> UnsafeMutablePointer<json_t> {
        // Every handle this source gives out is the address of a node of its document.
        UnsafeMutablePointer<json_t>(bitPattern: node.bits).unsafelyUnwrapped
    }

    private func jsonNode(_ node: FieldNode) -> JSONNode { JSONNode(json(node), in: document) }

    func readString(_ node: FieldNode, nonEmpty: Bool) -> String? {
        nonEmpty ? context.pointee.nonEmptyString(jsonNode(node)) : context.pointee.string(jsonNode(node))
    }

    func readIdentifier(_ node: FieldNode) -> StructureID? { context.pointee.identifier(jsonNode(node)) }
    func readDate(_ node: FieldNode) -> LocalDate? { context.pointee.date(jsonNode(node)) }

    func readInteger(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        let value = json(node)
        // The valid case without making a node: an integer within range.
        if value.pointee.type == JSON_INTEGER {
            let number = json_integer_value(value)
            if number >= Int64(range.lowerBound), number <= Int64(range.upperBound) { return Int(number) }
        }
        return context.pointee.integer(jsonNode(node), in: range)
    }

    func readHundredths(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? { context.pointee.hundredths(jsonNode(node), in: range) }

    func readBool(_ node: FieldNode) -> Bool? {
        switch json(node).pointee.type {
        case JSON_TRUE: return true
        case JSON_FALSE: return false
        default: return context.pointee.bool(jsonNode(node))
        }
    }

    func withStringBytes(_ node: FieldNode, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        let value = json(node)
        guard value.pointee.type == JSON_STRING, let bytes = json_string_value(value) else { return false }
        body(UnsafeRawBufferPointer(start: bytes, count: json_string_length(value)))
        return true
    }

    func text(_ node: FieldNode) -> String { jsonNode(node).stringValue ?? "" }

    func arrayCount(_ node: FieldNode) -> Int? {
        let value = json(node)
        guard value.pointee.type == JSON_ARRAY else {
            context.pointee.typeMismatch(expected: .array, found: jsonNode(node))
            return nil
        }
        return json_array_size(value)
    }

    func element(_ node: FieldNode, at index: Int) -> FieldNode { Self.handle(json_array_get(json(node), index).unsafelyUnwrapped) }

    func checkObject(_ node: FieldNode) -> Bool {
        guard json(node).pointee.type == JSON_OBJECT else {
            context.pointee.typeMismatch(expected: .object, found: jsonNode(node))
            return false
        }
        return true
    }

    /// The cursor holds the iterator of the member after the last one found (`UInt.max` past
    /// the end): when it has the key asked for, no hash is computed.
    func member(_ node: FieldNode, _ key: String, cursor: inout UInt) -> FieldNode? {
        let object = json(node)
        let found = key.utf8.withContiguousStorageIfAvailable { bytes -> UnsafeMutablePointer<json_t>? in
            let iterator: UnsafeMutableRawPointer? = cursor == 0 ? json_object_iter(object)
                : cursor == UInt.max ? nil : UnsafeMutableRawPointer(bitPattern: cursor)
            if let iterator, let name = json_object_iter_key(iterator), json_object_iter_key_len(iterator) == bytes.count,
               bytes.isEmpty || memcmp(name, bytes.baseAddress!, bytes.count) == 0 {
                cursor = json_object_iter_next(object, iterator).map { UInt(bitPattern: $0) } ?? UInt.max
                return json_object_iter_value(iterator)
            }
            // Out of order: the hash table.
            return bytes.withMemoryRebound(to: CChar.self) { characters in
                // An empty key has no storage of its own; jansson needs a non-null pointer.
                guard let base = characters.baseAddress else { return "".withCString { json_object_getn(object, $0, 0) } }
                return json_object_getn(object, base, characters.count)
            }
        }
        guard let pointer = found ?? jsonNode(node)[key]?.pointer else { return nil }
        return Self.handle(pointer)
    }

    func isNull(_ node: FieldNode) -> Bool { json(node).pointee.type == JSON_NULL }

    func memberCount(_ node: FieldNode) -> Int {
        let value = json(node)
        return value.pointee.type == JSON_OBJECT ? json_object_size(value) : 0
    }

    func envelopeCount(_ node: FieldNode) -> Int {
        let object = jsonNode(node)
        return (object["kind"] != nil ? 1 : 0) + (object["schemaVersion"] != nil ? 1 : 0)
    }

    func reportUnknownMembers(_ node: FieldNode, keys: [String]) {
        guard let reader = ObjectReader(jsonNode(node), keys: keys, context: &context.pointee) else { return }
        reader.finish(&context.pointee)
    }

    func enter(key: String) { context.pointee.enter(key: key) }
    func enter(index: Int) { context.pointee.enter(index: index) }
    func leave() { context.pointee.leave() }

    func reportTypeMismatch(_ node: FieldNode, expected: ValueTypeName) { context.pointee.typeMismatch(expected: expected, found: jsonNode(node)) }
    func reportInvalid(_ explanation: LocalizedText) { context.pointee.invalidValue(explanation) }
    func reportMissing(_ key: String) { context.pointee.report(FormatRules.required, .text(key)) }

    func reportRepeatedID(_ id: String, first: Int, at index: Int) {
        context.pointee.reportRepeatedID(id, first: first, at: index)
    }
}

extension JSONWriter: FieldWriter {}
