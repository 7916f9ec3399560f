import Sociosan

/// The staffing standards' ids matched on bytes, giving the catalogue's own `String` (no new
/// allocation per structure of a network file).
enum StandardIDTable {
    static let table: [[(bytes: [UInt8], id: String)]] = {
        var groups: [[(bytes: [UInt8], id: String)]] = []
        for id in StaffingCatalogue.ids {
            let bytes = Array(id.utf8)
            while groups.count <= bytes.count { groups.append([]) }
            groups[bytes.count].append((bytes, id))
        }
        return groups
    }()

    static func lookup(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard bytes.count < table.count else { return nil }
        for candidate in table[bytes.count] where candidate.bytes.withUnsafeBytes({ $0.elementsEqual(bytes) }) {
            return candidate.id
        }
        return nil
    }
}
