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
    // Inlinable, so the JSON layer's decoders specialise the lookup for each code set (it
    // dominated decoding when it could not be).
    @usableFromInline let byLength: [[(bytes: [UInt8], head: UInt64, code: Code)]]
    /// The cases in declaration order, and each one's code made once for writing (a dossier
    /// writes its roles, coverages and channels by the dozen).
    let cases: [Code]
    let names: [FieldName]

    public init() {
        cases = Array(Code.allCases)
        names = cases.map { FieldName($0.rawValue) }
        var groups: [[(bytes: [UInt8], head: UInt64, code: Code)]] = []
        for code in Code.allCases {
            let bytes = Array(code.rawValue.utf8)
            while groups.count <= bytes.count { groups.append([]) }
            groups[bytes.count].append((bytes, bytes.withUnsafeBytes { Self.head($0) }, code))
        }
        byLength = groups
    }

    /// The first eight bytes of a code (fewer, zero-padded), as one integer: a candidate of the
    /// same length is ruled out by one comparison. `elementsEqual` on every candidate ran as
    /// generic code, about 20 instructions a byte: a province (107 two-letter codes) took some
    /// 3,000 instructions to find.
    @inlinable
    static func head(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<min(bytes.count, 8) { head |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return head
    }

    @inlinable
    public func lookup(_ bytes: UnsafeRawBufferPointer) -> Code? {
        guard bytes.count < byLength.count else { return nil }
        let head = Self.head(bytes)
        for candidate in byLength[bytes.count] where candidate.head == head {
            // Codes of eight bytes or fewer are equal when their heads are.
            if bytes.count <= 8 { return candidate.code }
            if candidate.bytes.withUnsafeBytes({ Self.sameTail($0, bytes) }) { return candidate.code }
        }
        return nil
    }

    /// Whether two byte runs of the same length agree after their first eight bytes.
    @inlinable
    static func sameTail(_ lhs: UnsafeRawBufferPointer, _ rhs: UnsafeRawBufferPointer) -> Bool {
        for index in 8..<lhs.count where lhs[index] != rhs[index] { return false }
        return true
    }

    @inlinable
    public func lookup(_ bytes: [UInt8]) -> Code? {
        bytes.withUnsafeBytes { lookup($0) }
    }

    /// The code of `code`, as a table writes it.
    public func name(of code: Code) -> FieldName where Code: Equatable {
        // A handful of cases: compared in turn, no hashing.
        guard let position = cases.firstIndex(of: code) else { return FieldName(code.rawValue) }
        return names[position]
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
extension ERStructureOwnership: TableCoded { public static let codeTable = CodeTable<ERStructureOwnership>() }
extension ERRTISpecialistSubtype: TableCoded { public static let codeTable = CodeTable<ERRTISpecialistSubtype>() }
extension ContractType: TableCoded { public static let codeTable = CodeTable<ContractType>() }
extension ERPsychiatricStructureType: TableCoded { public static let codeTable = CodeTable<ERPsychiatricStructureType>() }
extension Stay.Urgency: TableCoded { public static let codeTable = CodeTable<Stay.Urgency>() }
extension Diagnosis.DiagnosticSystem: TableCoded { public static let codeTable = CodeTable<Diagnosis.DiagnosticSystem>() }
extension EatingDisorderData.EatingDisorder: TableCoded { public static let codeTable = CodeTable<EatingDisorderData.EatingDisorder>() }
extension EatingDisorderData.CarePlanItem: TableCoded { public static let codeTable = CodeTable<EatingDisorderData.CarePlanItem>() }
extension Discharge.Kind: TableCoded { public static let codeTable = CodeTable<Discharge.Kind>() }
extension Event.Kind: TableCoded { public static let codeTable = CodeTable<Event.Kind>() }
extension RestraintRecord.Intervention: TableCoded { public static let codeTable = CodeTable<RestraintRecord.Intervention>() }
extension ERTeamFigure: TableCoded { public static let codeTable = CodeTable<ERTeamFigure>() }
extension DCAModuleKind: TableCoded { public static let codeTable = CodeTable<DCAModuleKind>() }
