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
///
/// The position (the members and elements entered) is kept as the document's own nodes and
/// handed to the context's path only when something is reported: a valid document, where
/// nothing is, makes no path component, retains no key and calls nothing in the context for
/// the members it enters and leaves (the context's path of `String` keys cost about a tenth of
/// decoding a Sicilian dossier).
final class JSONFieldSource: FieldSource {
    let document: JSONDocument
    let context: UnsafeMutablePointer<DecodingContext>
    /// The position, by pointer like the context: the source is a class, and its own stored
    /// properties would be checked for exclusive access at every member.
    private let trail: UnsafeMutablePointer<Trail>

    init(document: JSONDocument, context: UnsafeMutablePointer<DecodingContext>) {
        self.document = document
        self.context = context
        trail = .allocate(capacity: 1)
        trail.initialize(to: Trail())
    }

    deinit {
        trail.deinitialize(count: 1)
        trail.deallocate()
    }

    /// The members and elements entered and not yet left, innermost last.
    struct Trail {
        /// A member as its object and its value (the key is found again from them when a
        /// finding needs it), an element as `object == 0` and its index.
        struct Step {
            let object: UInt
            let value: UInt
        }

        var steps: [Step] = []
        /// How many of `steps`, from the outermost, the context's path holds.
        var synced = 0
        /// The object and value of the member found last: the one ``enter(key:)`` enters
        /// (FieldReader enters a member right after finding it).
        var memberObject: UInt = 0
        var memberValue: UInt = 0

        init() { steps.reserveCapacity(16) }
    }

    /// Hands the steps not yet in the context's path to it, before anything is reported.
    private func syncPath() {
        while trail.pointee.synced < trail.pointee.steps.count {
            let step = trail.pointee.steps[trail.pointee.synced]
            if step.object == 0 {
                context.pointee.enter(index: Int(step.value))
            } else {
                context.pointee.enter(key: Self.key(of: step))
            }
            trail.pointee.synced += 1
        }
    }

    /// The key of a member step: the object's member whose value is the step's. The member was
    /// found by the table's key, byte for byte, so this is that key.
    private static func key(of step: Trail.Step) -> String {
        let object = UnsafeMutablePointer<json_t>(bitPattern: step.object).unsafelyUnwrapped
        var iterator = json_object_iter(object)
        while let current = iterator {
            if UInt(bitPattern: json_object_iter_value(current)) == step.value, let name = json_object_iter_key(current) {
                return UnsafeRawPointer(name).withMemoryRebound(to: UInt8.self, capacity: json_object_iter_key_len(current)) {
                    String(decoding: UnsafeBufferPointer(start: $0, count: json_object_iter_key_len(current)), as: UTF8.self)
                }
            }
            iterator = json_object_iter_next(object, current)
        }
        preconditionFailure("a member entered is not in its object")
    }

    @inline(__always)
    static func handle(_ pointer: UnsafeMutablePointer<json_t>) -> FieldNode { FieldNode(bits: UInt(bitPattern: pointer)) }

    @inline(__always)
    private func json(_ node: FieldNode) -> UnsafeMutablePointer<json_t> {
        // Every handle this source gives out is the address of a node of its document.
        UnsafeMutablePointer<json_t>(bitPattern: node.bits).unsafelyUnwrapped
    }

    private func jsonNode(_ node: FieldNode) -> JSONNode { JSONNode(json(node), in: document) }

    // Each read takes a good value without the context; a bad one is read again by the
    // context's reader, which reports it at the position handed over first.

    func readString(_ node: FieldNode, nonEmpty: Bool) -> String? {
        if let value = jsonNode(node).stringValue, !(nonEmpty && value.isEmpty) { return value }
        syncPath()
        return nonEmpty ? context.pointee.nonEmptyString(jsonNode(node)) : context.pointee.string(jsonNode(node))
    }

    func readIdentifier(_ node: FieldNode) -> StructureID? {
        if let text = jsonNode(node).stringValue, let identifier = try? StructureID(text) { return identifier }
        syncPath()
        return context.pointee.identifier(jsonNode(node))
    }

    func readDate(_ node: FieldNode) -> LocalDate? {
        if let text = jsonNode(node).stringValue, let date = try? LocalDate(iso8601: text) { return date }
        syncPath()
        return context.pointee.date(jsonNode(node))
    }

    func readInteger(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        let value = json(node)
        // The valid case without making a node: an integer within range.
        if value.pointee.type == JSON_INTEGER {
            let number = json_integer_value(value)
            if number >= Int64(range.lowerBound), number <= Int64(range.upperBound) { return Int(number) }
        }
        syncPath()
        return context.pointee.integer(jsonNode(node), in: range)
    }

    func readHundredths(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        if let value = Hundredths.read(jsonNode(node), in: range).value { return value }
        syncPath()
        return context.pointee.hundredths(jsonNode(node), in: range)
    }

    func readBool(_ node: FieldNode) -> Bool? {
        switch json(node).pointee.type {
        case JSON_TRUE: return true
        case JSON_FALSE: return false
        default:
            syncPath()
            return context.pointee.bool(jsonNode(node))
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
            syncPath()
            context.pointee.typeMismatch(expected: .array, found: jsonNode(node))
            return nil
        }
        return json_array_size(value)
    }

    func element(_ node: FieldNode, at index: Int) -> FieldNode { Self.handle(json_array_get(json(node), index).unsafelyUnwrapped) }

    func checkObject(_ node: FieldNode) -> Bool {
        guard json(node).pointee.type == JSON_OBJECT else {
            syncPath()
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
        trail.pointee.memberObject = node.bits
        trail.pointee.memberValue = UInt(bitPattern: pointer)
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
        syncPath()
        guard let reader = ObjectReader(jsonNode(node), keys: keys, context: &context.pointee) else { return }
        reader.finish(&context.pointee)
    }

    func enter(key: String) {
        // The member found last is the one entered (FieldReader.required and .optional).
        assert(trail.pointee.memberObject != 0, "\(key) entered before it was found")
        trail.pointee.steps.append(Trail.Step(object: trail.pointee.memberObject, value: trail.pointee.memberValue))
    }

    func enter(index: Int) { trail.pointee.steps.append(Trail.Step(object: 0, value: UInt(index))) }

    func leave() {
        trail.pointee.steps.removeLast()
        // A step handed to the context leaves it too.
        if trail.pointee.synced > trail.pointee.steps.count {
            trail.pointee.synced -= 1
            context.pointee.leave()
        }
    }

    func reportTypeMismatch(_ node: FieldNode, expected: ValueTypeName) {
        syncPath()
        context.pointee.typeMismatch(expected: expected, found: jsonNode(node))
    }

    func reportInvalid(_ explanation: LocalizedText) {
        syncPath()
        context.pointee.invalidValue(explanation)
    }

    func reportMissing(_ key: String) {
        syncPath()
        context.pointee.report(FormatRules.required, .text(key))
    }

    func reportRepeatedID(_ id: String, first: Int, at index: Int) {
        syncPath()
        context.pointee.reportRepeatedID(id, first: first, at: index)
    }
}

extension JSONWriter: FieldWriter {}
