/// What one family of structures owns beyond the parts every structure dossier shares: a
/// value type with its own field table, held in the dossier's open ``StructureSections``
/// under its own JSON member.
///
/// ```swift
/// struct GroupApartmentSection: StructureSection {
///     static let member = "groupApartment"
///     static let fields = FieldTable(blank: GroupApartmentSection(users: 0), [
///         .required("users", \.users, ValueCodecs.integer(1...4)),
///     ])
///     var users: Int
/// }
/// ```
public protocol StructureSection: Sendable, Hashable {
    /// The dossier member that holds the section (`"psychogeriatric"`).
    static var member: String { get }
    /// The section's members, in canonical order.
    static var fields: FieldTable<Self> { get }
    /// What the section is, in English, for the schema's `description`.
    static var summary: String { get }
}

/// The sections of one dossier, at most one of each type: an open collection, as
/// swift-certificates keeps a certificate's extensions, so that a family adds its section
/// without a new property on ``StructureDossier``.
///
/// ```swift
/// var sections = StructureSections()
/// sections[GeneralPsychiatrySection.self] = GeneralPsychiatrySection(authorisedBeds: 20, regionallyCommissioned: false)
/// sections[GeneralPsychiatrySection.self]?.authorisedBeds  // 20
/// ```
public struct StructureSections: Sendable, Hashable {
    private var items: [any StructureSection] = []

    public init() {}

    public init(_ sections: [any StructureSection]) {
        for section in sections { insert(section) }
    }

    /// The section of type `type`, if the dossier has one; setting `nil` removes it.
    public subscript<Section: StructureSection>(_ type: Section.Type) -> Section? {
        get {
            // Found by its type's metadata and read in place: `item as? Section` went through
            // the runtime's dynamic cast, which a dossier's rules pay each time they read
            // their section (a few hundred instructions a read).
            for item in items where Swift.type(of: item) == Section.self { return Self.read(item, as: Section.self) }
            return nil
        }
        set {
            items.removeAll { $0 is Section }
            if let newValue { items.append(newValue) }
        }
    }

    /// Runs `body` on the section of type `type` in place, adding `blank` first when the
    /// dossier has none: for a reader that fills a section member by member (an SPOI's members
    /// sit among the shared ones), without copying the section out and boxing it back each time.
    public mutating func update<Section: StructureSection, Result>(
        _ type: Section.Type, blank: @autoclosure () -> Section, _ body: (inout Section) -> Result
    ) -> Result {
        guard let index = items.firstIndex(where: { Swift.type(of: $0) == Section.self }) else {
            var section = blank()
            let result = body(&section)
            items.append(section)
            return result
        }
        return Self.update(&items[index], body)
    }

    /// `item` opened as its own type, which is `Section` (checked by the caller).
    private static func update<Item: StructureSection, Section: StructureSection, Result>(
        _ item: inout Item, _ body: (inout Section) -> Result
    ) -> Result {
        withUnsafeMutablePointer(to: &item) { pointer in
            pointer.withMemoryRebound(to: Section.self, capacity: 1) { body(&$0.pointee) }
        }
    }

    /// `item` opened as its own type, which is `Section` (checked by the caller).
    private static func read<Item: StructureSection, Section: StructureSection>(_ item: Item, as type: Section.Type) -> Section {
        withUnsafePointer(to: item) { pointer in
            pointer.withMemoryRebound(to: Section.self, capacity: 1) { $0.pointee }
        }
    }

    /// Adds `section`, replacing one of the same type.
    public mutating func insert(_ section: some StructureSection) {
        items.removeAll { type(of: $0) == type(of: section) }
        items.append(section)
    }

    public var isEmpty: Bool { items.isEmpty }
    public var count: Int { items.count }

    public static func == (lhs: StructureSections, rhs: StructureSections) -> Bool {
        guard lhs.items.count == rhs.items.count else { return false }
        return lhs.items.allSatisfy { item in rhs.items.contains { $0.isEqual(to: item) } }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: the sections are a set keyed by type.
        var combined = 0
        for item in items { combined ^= item.hashValue }
        hasher.combine(combined)
    }
}

extension StructureSection {
    fileprivate func isEqual(to other: any StructureSection) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}
