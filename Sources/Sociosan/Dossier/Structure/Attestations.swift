/// The requirements a structure dossier attests: a set of codes held as bits, one per code of
/// its kind's ``AttestationCatalogue``.
///
/// A kind attests some 20 to 150 requirements. As a `Set<String>` each dossier held a hash
/// table of strings (about 2 KB for the SPOI's 53 codes, most of a decoded SPOI's memory),
/// reading a document hashed every code, and writing one looked each code up again. Here a
/// decoded dossier holds one bit per code of its kind: reading sets the bit of the position the
/// code was found at, writing tests the bits in the catalogue's order, and the rules test a
/// code through the catalogue's index.
///
/// Built by hand, the set takes any codes: those its catalogue does not list are added to a
/// catalogue of its own, so that a test can attest a code that no kind declares.
///
/// ```swift
/// var attested: Attestations = ["adequate-spaces", "restraint-alternatives"]
/// attested.remove("adequate-spaces")
/// attested.contains("restraint-alternatives")  // true
/// ```
public struct Attestations: Sendable, Hashable, ExpressibleByArrayLiteral {
    /// What the bits stand for.
    public private(set) var catalogue: AttestationCatalogue
    /// Bit `p % 64` of word `p / 64` is the code at position `p` of the catalogue; missing
    /// words are zero.
    private var words: [UInt64]

    /// No code attested, in `catalogue`, with room for all of its codes (so that reading a
    /// document's codes one by one never grows the storage).
    public init(catalogue: AttestationCatalogue) {
        self.catalogue = catalogue
        self.words = Array(repeating: 0, count: (catalogue.codes.count + 63) / 64)
    }

    /// `codes`, in `catalogue` when given (a kind's, so that its dossiers read and write
    /// fast), else in a catalogue of their own.
    public init<Codes: Sequence<String>>(_ codes: Codes, in catalogue: AttestationCatalogue? = nil) {
        let codes = Array(codes)
        self.init(catalogue: catalogue ?? AttestationCatalogue(codes))
        for code in codes { insert(code) }
    }

    public init(arrayLiteral codes: String...) {
        self.init(codes)
    }

    /// Whether the code at `position` of ``catalogue`` is attested.
    @inline(__always)
    public func contains(position: Int) -> Bool {
        let word = position &>> 6
        return word < words.count && words[word] & (1 &<< UInt64(position & 63)) != 0
    }

    /// Whether `code` is attested.
    public func contains(_ code: String) -> Bool {
        guard let position = catalogue.position(of: code) else { return false }
        return contains(position: position)
    }

    /// Attests the code at `position` of ``catalogue``; whether it was not attested before.
    @inline(__always)
    @discardableResult
    public mutating func insert(position: Int) -> Bool {
        let word = position &>> 6
        if word >= words.count { words.append(contentsOf: repeatElement(0, count: word + 1 - words.count)) }
        let bit: UInt64 = 1 &<< UInt64(position & 63)
        if words[word] & bit != 0 { return false }
        words[word] |= bit
        return true
    }

    /// Attests `code` (added to the set's own catalogue when ``catalogue`` does not list it);
    /// whether it was not attested before.
    @discardableResult
    public mutating func insert(_ code: String) -> Bool {
        if let position = catalogue.position(of: code) { return insert(position: position) }
        catalogue = catalogue.appending(code)
        return insert(position: catalogue.codes.count - 1)
    }

    /// Withdraws `code`; whether it was attested.
    @discardableResult
    public mutating func remove(_ code: String) -> Bool {
        guard let position = catalogue.position(of: code), contains(position: position) else { return false }
        words[position &>> 6] &= ~(1 &<< UInt64(position & 63))
        return true
    }

    /// Withdraws every code of `codes`.
    public mutating func subtract<Codes: Sequence<String>>(_ codes: Codes) {
        for code in codes { remove(code) }
    }

    /// The attested codes, in the catalogue's order.
    public var codes: [String] {
        catalogue.codes.indices.filter { contains(position: $0) }.map { catalogue.codes[$0] }
    }

    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// Equal when the same codes are attested, whatever the catalogues.
    public static func == (lhs: Attestations, rhs: Attestations) -> Bool {
        if lhs.catalogue === rhs.catalogue {
            let count = max(lhs.words.count, rhs.words.count)
            for index in 0..<count where lhs.word(index) != rhs.word(index) { return false }
            return true
        }
        return Set(lhs.codes) == Set(rhs.codes)
    }

    public func hash(into hasher: inout Hasher) {
        // Independent of the catalogue and of the order, as == is: the codes' own hashes,
        // combined commutatively.
        var combined = 0
        for position in catalogue.codes.indices where contains(position: position) { combined ^= catalogue.codes[position].hashValue }
        hasher.combine(combined)
    }

    private func word(_ index: Int) -> UInt64 { index < words.count ? words[index] : 0 }
}

/// A code as a rule checks it: its text, and the position it has in its kind's catalogue, known
/// from the kind's areas when the rule is made (the catalogue itself is made with the kind,
/// after its rules).
///
/// The position is tried first, by comparing the catalogue's code there with the text (the same
/// string, so the comparison is short); a dossier whose catalogue differs is looked up by text.
///
/// ```swift
/// let code = AttestedCode("meal-room", in: AttestationCatalogue(areas.flatMap(\.codes)))
/// dossier.attestations.contains(code)
/// ```
public struct AttestedCode: Sendable, Hashable {
    public let text: String
    /// The position in the kind's catalogue; -1 when the areas do not list the code.
    let expectedPosition: Int

    /// `text`, expected at its position in `catalogue` (one made of the kind's areas' codes, in
    /// order: the same positions as the kind's own).
    public init(_ text: String, in catalogue: AttestationCatalogue) {
        self.text = text
        self.expectedPosition = catalogue.position(of: text) ?? -1
    }
}

extension Attestations {
    /// Whether `code` is attested: at its expected position when the catalogue has it there.
    public func contains(_ code: AttestedCode) -> Bool {
        let position = code.expectedPosition
        if position >= 0, position < catalogue.codes.count, catalogue.codes[position] == code.text {
            return contains(position: position)
        }
        return contains(code.text)
    }
}

/// The codes a kind's dossiers may attest, each at a fixed position (its areas' codes one after
/// the other, in declaration order): what the bits of an ``Attestations`` stand for. Shared by
/// every dossier of the kind; immutable.
///
/// ```swift
/// let catalogue = AttestationCatalogue(["a.1", "a.2"])
/// catalogue.position(of: "a.2")  // 1
/// ```
public final class AttestationCatalogue: Sendable {
    /// The codes, by position.
    public let codes: [String]
    /// The codes found by their bytes: a rule asks for one code at a time, and comparing a few
    /// codes of the same length costs less than hashing the text.
    private let list: StringCodeList

    public init(_ codes: [String]) {
        var unique: [String] = []
        var seen = Set<String>()
        for code in codes where seen.insert(code).inserted { unique.append(code) }
        self.codes = unique
        self.list = StringCodeList(unique)
    }

    /// The position of `code`, if the catalogue lists it.
    public func position(of code: String) -> Int? {
        var code = code
        return code.withUTF8 { list.position(of: UnsafeRawBufferPointer($0)) }
    }

    /// A new catalogue: these codes, then `code`.
    func appending(_ code: String) -> AttestationCatalogue { AttestationCatalogue(codes + [code]) }
}
