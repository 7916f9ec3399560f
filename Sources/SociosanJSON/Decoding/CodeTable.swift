import Sociosan

/// Finds the case of a code enum from the UTF-8 bytes of a JSON string, without making a
/// `String` and without trying every case's raw value in turn (the synthesized
/// `init(rawValue:)` compares strings one case after another, which dominated decoding).
///
/// Cases are grouped by the length of their code; a lookup compares bytes only with the
/// few codes of the same length.
///
/// ```swift
/// let table = CodeTable<Coverage>()
/// table.lookup(Array("on-call".utf8))  // .onCall
/// ```
public struct CodeTable<Code: RawRepresentable & CaseIterable>: Sendable where Code.RawValue == String, Code: Sendable {
    private let byLength: [[(bytes: [UInt8], code: Code)]]

    public init() {
        var groups: [[(bytes: [UInt8], code: Code)]] = []
        for code in Code.allCases {
            let bytes = Array(code.rawValue.utf8)
            while groups.count <= bytes.count { groups.append([]) }
            groups[bytes.count].append((bytes, code))
        }
        byLength = groups
    }

    public func lookup(_ bytes: UnsafeRawBufferPointer) -> Code? {
        guard bytes.count < byLength.count else { return nil }
        for candidate in byLength[bytes.count] where candidate.bytes.withUnsafeBytes({ $0.elementsEqual(bytes) }) {
            return candidate.code
        }
        return nil
    }

    public func lookup(_ bytes: [UInt8]) -> Code? {
        bytes.withUnsafeBytes { lookup($0) }
    }
}

/// A code enum read through a ``CodeTable``.
public protocol TableCoded: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    static var codeTable: CodeTable<Self> { get }
}

extension SPOIRequirement: TableCoded { public static let codeTable = CodeTable<SPOIRequirement>() }
extension StaffRole: TableCoded { public static let codeTable = CodeTable<StaffRole>() }
extension Coverage: TableCoded { public static let codeTable = CodeTable<Coverage>() }
extension Province: TableCoded { public static let codeTable = CodeTable<Province>() }
extension AccessChannel: TableCoded { public static let codeTable = CodeTable<AccessChannel>() }
extension AdmissionKind: TableCoded { public static let codeTable = CodeTable<AdmissionKind>() }
extension SPOIDossier.Ownership: TableCoded { public static let codeTable = CodeTable<SPOIDossier.Ownership>() }
extension ERRTISpecialistSubtype: TableCoded { public static let codeTable = CodeTable<ERRTISpecialistSubtype>() }
extension ContractType: TableCoded { public static let codeTable = CodeTable<ContractType>() }

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
