// The fast route of the `Codable` bridge: a field table read straight from a `Decoder`'s
// containers and written straight into an `Encoder`'s, as a hand-written `init(from:)` and
// `encode(to:)` would, but for every table.
//
// Going through a ``FieldTree`` first made a `Decoder` find out each value's type by trying one
// container after another (every failed try is a thrown `DecodingError`), and copied the tree
// into the source's list of nodes value by value: about five times what a hand-written
// conformance cost. Here each value is asked for as the type the table expects. Only a
// document that is not valid takes the tree route, which finds and words every problem with
// its JSON Pointer (``FieldTreeSource``): the fast route stops at the first one.

/// A ``FieldSource`` over a `Decoder`: a node is a place the table has reached (the top-level
/// object, a member of an object, the next element of an array), resolved to a container when
/// the table asks for a value of some type. Any problem marks the reading as failed (the caller
/// then reads the document again through a ``FieldTree`` for the findings).
final class DecoderFieldSource: FieldSource {
    private enum Place {
        /// An object whose keyed container is `objects[index]`.
        case object(Int)
        /// Member `key` of the object `objects[index]`.
        case member(Int, FieldTree.AnyKey)
        /// An array whose unkeyed container is `arrays[index]`.
        case array(Int)
        /// The next element of the array `arrays[index]`, not read yet.
        case element(Int)
        /// A string already read (an element read twice: its bytes, then its text for a message).
        case string(String)
        /// A value the table has no use for any more.
        case spent
    }

    private var places: [Place]
    private var objects: [KeyedDecodingContainer<FieldTree.AnyKey>]
    private var arrays: [any UnkeyedDecodingContainer] = []
    /// Whether some value was missing, of the wrong type or not acceptable.
    private(set) var failed = false
    /// The kind's protected member names (``StructureKind/protectedMembers``): the only unknown
    /// members that make a document wrong (any other is a warning, and the dossier is read).
    private let protectedMembers: ProtectedMembers?

    /// A source whose node 0 is the top-level object `root`.
    init(root: KeyedDecodingContainer<FieldTree.AnyKey>, protectedMembers: ProtectedMembers?) {
        places = [.object(0)]
        objects = [root]
        self.protectedMembers = protectedMembers
        places.reserveCapacity(64)
    }

    /// Reads `table` as a dossier's top level from `root` (its envelope already checked);
    /// `nil` when anything is wrong.
    static func readDossier<Root>(
        _ table: FieldTable<Root>, from root: KeyedDecodingContainer<FieldTree.AnyKey>, protectedMembers: ProtectedMembers?
    ) -> Root? {
        let source = DecoderFieldSource(root: root, protectedMembers: protectedMembers)
        return withExtendedLifetime(source) {
            var reader = FieldReader(source: source, node: FieldNode(bits: 0))
            let value = table.readDossier(&reader)
            return source.failed ? nil : value
        }
    }

    private func add(_ place: Place) -> FieldNode {
        places.append(place)
        return FieldNode(bits: UInt(places.count - 1))
    }

    /// The value at `node` as the type `keyed` and `unkeyed` decode (a member of an object, or
    /// the next element of an array); `nil` (failed) when the decoder cannot give one.
    ///
    /// Each caller names its type in the closures, so that the containers' own `decode(String.self)`
    /// is called: the generic `decode<T: Decodable>` makes the decoder build a nested decoder and
    /// a single-value container for every value (about 3,000 instructions each with JSONDecoder).
    private func value<T>(
        _ node: FieldNode,
        keyed: (KeyedDecodingContainer<FieldTree.AnyKey>, FieldTree.AnyKey) throws -> T,
        unkeyed: (inout any UnkeyedDecodingContainer) throws -> T
    ) -> T? {
        let index = Int(node.bits)
        do {
            switch places[index] {
            case .member(let object, let key):
                return try keyed(objects[object], key)
            case .element(let array):
                places[index] = .spent
                return try unkeyed(&arrays[array])
            case .object, .array, .string, .spent:
                break
            }
        } catch {}
        failed = true
        return nil
    }

    private func string(_ node: FieldNode) -> String? {
        if case .string(let text) = places[Int(node.bits)] { return text }
        return value(node, keyed: { try $0.decode(String.self, forKey: $1) }, unkeyed: { try $0.decode(String.self) })
    }

    func readString(_ node: FieldNode, nonEmpty: Bool) -> String? {
        guard let text = string(node), !(nonEmpty && text.isEmpty) else {
            failed = true
            return nil
        }
        return text
    }

    func readIdentifier(_ node: FieldNode) -> StructureID? {
        guard let text = readString(node, nonEmpty: false), let id = try? StructureID(text) else {
            failed = true
            return nil
        }
        return id
    }

    func readDate(_ node: FieldNode) -> LocalDate? {
        guard let text = readString(node, nonEmpty: false), let date = try? LocalDate(iso8601: text) else {
            failed = true
            return nil
        }
        return date
    }

    func readInteger(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        guard let number = value(node, keyed: { try $0.decode(Int.self, forKey: $1) }, unkeyed: { try $0.decode(Int.self) }),
              range.contains(number) else {
            failed = true
            return nil
        }
        return number
    }

    func readHundredths(_ node: FieldNode, in range: ClosedRange<Int>) -> Int? {
        // As the tree route reads it: the number times 100 must be whole and within range.
        guard let number = value(node, keyed: { try $0.decode(Double.self, forKey: $1) }, unkeyed: { try $0.decode(Double.self) })
        else { return nil }
        let scaled = number * 100
        guard scaled.isFinite, abs(scaled.rounded() - scaled) < 1e-6,
              scaled >= Double(range.lowerBound), scaled <= Double(range.upperBound) else {
            failed = true
            return nil
        }
        return Int(scaled.rounded())
    }

    func readBool(_ node: FieldNode) -> Bool? {
        value(node, keyed: { try $0.decode(Bool.self, forKey: $1) }, unkeyed: { try $0.decode(Bool.self) })
    }

    func withStringBytes(_ node: FieldNode, _ body: (UnsafeRawBufferPointer) -> Void) -> Bool {
        guard var text = string(node) else { return false }
        // Kept, for a message about it (FieldReader.readCode asks for its text when it is no code).
        places[Int(node.bits)] = .string(text)
        text.withUTF8 { body(UnsafeRawBufferPointer($0)) }
        return true
    }

    func text(_ node: FieldNode) -> String {
        if case .string(let text) = places[Int(node.bits)] { return text }
        return ""
    }

    func arrayCount(_ node: FieldNode) -> Int? {
        let index = Int(node.bits)
        var container: (any UnkeyedDecodingContainer)?
        switch places[index] {
        case .member(let object, let key): container = try? objects[object].nestedUnkeyedContainer(forKey: key)
        case .element(let array): container = try? arrays[array].nestedUnkeyedContainer()
        default: break
        }
        // A decoder that cannot count an array's elements beforehand is read by the tree route.
        guard let container, let count = container.count else {
            failed = true
            return nil
        }
        arrays.append(container)
        places[index] = .array(arrays.count - 1)
        return count
    }

    func element(_ node: FieldNode, at index: Int) -> FieldNode {
        // The table reads the elements in order, each once, as the container gives them.
        guard case .array(let array) = places[Int(node.bits)] else { return add(.spent) }
        return add(.element(array))
    }

    func checkObject(_ node: FieldNode) -> Bool {
        let index = Int(node.bits)
        var container: KeyedDecodingContainer<FieldTree.AnyKey>?
        switch places[index] {
        case .object: return true
        case .member(let object, let key): container = try? objects[object].nestedContainer(keyedBy: FieldTree.AnyKey.self, forKey: key)
        case .element(let array): container = try? arrays[array].nestedContainer(keyedBy: FieldTree.AnyKey.self)
        default: break
        }
        guard let container else {
            failed = true
            return false
        }
        objects.append(container)
        places[index] = .object(objects.count - 1)
        return true
    }

    func member(_ node: FieldNode, _ key: String, cursor: inout UInt) -> FieldNode? {
        guard case .object(let object) = places[Int(node.bits)] else { return nil }
        let key = FieldTree.AnyKey(stringValue: key)
        guard objects[object].contains(key) else { return nil }
        return add(.member(object, key))
    }

    func isNull(_ node: FieldNode) -> Bool {
        guard case .member(let object, let key) = places[Int(node.bits)] else { return false }
        return (try? objects[object].decodeNil(forKey: key)) ?? false
    }

    func memberCount(_ node: FieldNode) -> Int {
        // Unknown members change nothing but warnings, which the tree route words, unless the kind
        // protects some names: only then are the members listed (`allKeys` costs JSONDecoder some
        // 7,000 instructions an object). 0 tells the reader there is nothing to look for.
        guard protectedMembers != nil, case .object(let object) = places[Int(node.bits)] else { return 0 }
        return objects[object].allKeys.count
    }

    func envelopeCount(_ node: FieldNode) -> Int {
        guard case .object(let object) = places[Int(node.bits)] else { return 0 }
        return ["kind", "schemaVersion"].filter { objects[object].contains(FieldTree.AnyKey(stringValue: $0)) }.count
    }

    // Positions matter only to the findings, which the tree route words.
    func enter(key: String) {}
    func enter(index: Int) {}
    func leave() {}

    func reportUnknownMembers(_ node: FieldNode, keys: [String]) {
        guard let protectedMembers, case .object(let object) = places[Int(node.bits)] else { return }
        for key in objects[object].allKeys where !keys.contains(key.stringValue) && protectedMembers.match(key.stringValue) != nil {
            failed = true
        }
    }
    func reportTypeMismatch(_ node: FieldNode, expected: ValueTypeName) { failed = true }
    func reportInvalid(_ explanation: LocalizedText) { failed = true }
    func reportMissing(_ key: String) { failed = true }
    func reportRepeatedID(_ id: String, first: Int, at index: Int) { failed = true }
}

/// A ``FieldWriter`` into an `Encoder`'s containers: each member is encoded as it is written,
/// with no tree in between. The first error an encoder throws is kept and thrown by
/// ``finish()``.
struct EncoderFieldWriter: FieldWriter {
    private enum Frame {
        case object(KeyedEncodingContainer<FieldTree.AnyKey>)
        case array(any UnkeyedEncodingContainer)
    }

    private let encoder: any Encoder
    private var frames: [Frame] = []
    private var pendingKey: FieldTree.AnyKey?
    private var error: (any Error)?

    init(encoder: any Encoder) {
        self.encoder = encoder
        frames.reserveCapacity(8)
    }

    /// Throws the first error the encoder threw.
    func finish() throws {
        if let error { throw error }
    }

    /// Encodes one value where the writer stands: under the pending key, as the next element,
    /// or as the whole value.
    private mutating func put(
        keyed: (inout KeyedEncodingContainer<FieldTree.AnyKey>, FieldTree.AnyKey) throws -> Void,
        unkeyed: (inout any UnkeyedEncodingContainer) throws -> Void
    ) {
        guard error == nil else { return }
        do {
            switch frames.last {
            case .object(var container)?:
                guard let key = pendingKey else { return }
                pendingKey = nil
                try keyed(&container, key)
                frames[frames.count - 1] = .object(container)
            case .array(var container)?:
                try unkeyed(&container)
                frames[frames.count - 1] = .array(container)
            case nil:
                // A table writes an object around its members: no value stands alone.
                error = EncodingError.invalidValue(
                    "value", EncodingError.Context(codingPath: encoder.codingPath, debugDescription: "a field table writes objects"))
            }
        } catch {
            self.error = error
        }
    }

    mutating func beginObject() {
        var nested: KeyedEncodingContainer<FieldTree.AnyKey>?
        switch frames.last {
        case .object(var container)?:
            guard let key = pendingKey else { return }
            pendingKey = nil
            nested = container.nestedContainer(keyedBy: FieldTree.AnyKey.self, forKey: key)
            frames[frames.count - 1] = .object(container)
        case .array(var container)?:
            nested = container.nestedContainer(keyedBy: FieldTree.AnyKey.self)
            frames[frames.count - 1] = .array(container)
        case nil:
            nested = encoder.container(keyedBy: FieldTree.AnyKey.self)
        }
        if let nested { frames.append(.object(nested)) }
    }

    mutating func endObject() { _ = frames.popLast() }

    mutating func beginArray() {
        var nested: (any UnkeyedEncodingContainer)?
        switch frames.last {
        case .object(var container)?:
            guard let key = pendingKey else { return }
            pendingKey = nil
            nested = container.nestedUnkeyedContainer(forKey: key)
            frames[frames.count - 1] = .object(container)
        case .array(var container)?:
            nested = container.nestedUnkeyedContainer()
            frames[frames.count - 1] = .array(container)
        case nil:
            nested = encoder.unkeyedContainer()
        }
        if let nested { frames.append(.array(nested)) }
    }

    mutating func endArray() { _ = frames.popLast() }

    mutating func key(_ key: String) { pendingKey = FieldTree.AnyKey(stringValue: key) }

    mutating func string(_ value: String) {
        put(keyed: { try $0.encode(value, forKey: $1) }, unkeyed: { try $0.encode(value) })
    }

    mutating func integer(_ value: Int) {
        put(keyed: { try $0.encode(value, forKey: $1) }, unkeyed: { try $0.encode(value) })
    }

    mutating func fixedPoint(_ value: Int, scale: Int) {
        // As the tree route writes it: a whole number as an integer, else the nearest Double.
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        if value % divisor == 0 {
            integer(value / divisor)
        } else {
            let number = Double(value) / Double(divisor)
            put(keyed: { try $0.encode(number, forKey: $1) }, unkeyed: { try $0.encode(number) })
        }
    }

    mutating func bool(_ value: Bool) {
        put(keyed: { try $0.encode(value, forKey: $1) }, unkeyed: { try $0.encode(value) })
    }
}
