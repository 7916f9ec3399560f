/// A person in a control-visit or internship dossier: a pseudonymous code and nothing that
/// identifies them. The dossiers of sections 7.10 and 8 of seed 004 speak of minors hosted in
/// structures and of vulnerable interns (some of them minors); the mission keeps such people to
/// a code, and the identifying data the seed's "anagrafica" asks for (L3438-L3440) stays with
/// the promoter and the service in charge, outside the dossier.
///
/// ```swift
/// let intern = SicilyPseudonymousPerson(code: "tir-pa-2025-014")
/// ```
public struct SicilyPseudonymousPerson: Sendable, Hashable {
    public var code: StructureID

    public init(code: StructureID) { self.code = code }

    public static let fields = FieldTable(blank: SicilyPseudonymousPerson(code: .placeholder), [
        .required("code", \.code, ValueCodecs.identifier, summary: "Pseudonymous code: never a name, a tax code or a birth date."),
    ])
}

/// The pseudonymous-code checks of the Sicilian declared kinds with people. The member names a
/// dossier refuses are the one shared list, ``ProtectedMembers/personEntries``, which a declared
/// kind opts into with `protectedMembers: .personAsValue` on its ``DossierDeclaration``: the readers
/// refuse such a member anywhere in the dossier (top level included) with an error whether
/// `--strict` is set or not, and the schema names it out with `propertyNames`.
///
/// Decision (issue 12, the mission's rule rather than the seed's): the names are matched in English
/// and Italian, camelCase, snake_case or kebab-case, any letter case; any other undeclared member is
/// still reported (a warning, an error under `--strict`) and refused by the schema.
public enum SicilyProtectedMembers {
    static let name = ProtectedMembers.holdsName
    static let taxCode = ProtectedMembers.holdsTaxCode
    static let birthDate = ProtectedMembers.holdsBirthDate

    static func refusal(_ holds: LocalizedText) -> LocalizedText { ProtectedMembers.refusal(holds) }

    /// What a person's code would reveal: a tax code's shape or a date; `nil` for a good code.
    ///
    /// ```swift
    /// SicilyProtectedMembers.revealed(by: "tir-2008-03-14")?.english  // "a date"
    /// ```
    public static func revealed(by code: String) -> LocalizedText? {
        if looksLikeTaxCode(code) { return taxCode }
        if carriesDate(code) { return LocalizedText(it: "una data", en: "a date") }
        return nil
    }

    /// Whether a code has the shape of an Italian tax code (6 letters, 2 digits, a letter, 2
    /// digits, a letter, 3 digits, a letter; omocodia letters allowed for the digits), in any case.
    ///
    /// ```swift
    /// SicilyProtectedMembers.looksLikeTaxCode("rssmra08a41g273x")  // true
    /// ```
    public static func looksLikeTaxCode(_ code: String) -> Bool {
        let characters = Array(code.uppercased())
        guard characters.count == 16 else { return false }
        // Omocodia replaces digits with these letters.
        let digitLike = Set("0123456789LMNPQRSTUV")
        let pattern: [Character] = Array("LLLLLLDDLDDLDDDL")
        for (character, kind) in zip(characters, pattern) {
            switch kind {
            case "L": if !("A"..."Z").contains(character) { return false }
            default: if !digitLike.contains(character) { return false }
            }
        }
        return true
    }

    /// Whether a code carries a calendar date (`YYYYMMDD`, `YYYY-MM-DD`, `DDMMYYYY` and the
    /// like), which in a person's code is most likely the birth date.
    public static func carriesDate(_ code: String) -> Bool {
        let digits = code.split { !$0.isNumber }.map(String.init)
        func isDate(_ year: Int, _ month: Int, _ day: Int) -> Bool {
            (1900...2100).contains(year) && LocalDate(year: year, month: month, day: day) != nil
        }
        // Three numeric groups: year-month-day or day-month-year.
        if digits.count >= 3 {
            for index in 0...(digits.count - 3) {
                let group = digits[index..<(index + 3)].compactMap { Int($0) }
                guard group.count == 3 else { continue }
                if digits[index].count == 4, isDate(group[0], group[1], group[2]) { return true }
                if digits[index + 2].count == 4, isDate(group[2], group[1], group[0]) { return true }
            }
        }
        // Eight digits in a row.
        for run in digits where run.count == 8 {
            let value = Array(run).map { Int(String($0))! }
            func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + value[$1] } }
            if isDate(number(0..<4), number(4..<6), number(6..<8)) || isDate(number(4..<8), number(2..<4), number(0..<2)) { return true }
        }
        return false
    }
}

/// An object of people described by a field table. The protected member names inside it are
/// refused by the readers through the kind's ``DossierDeclaration/protectedMembers`` (the one
/// shared list, ``ProtectedMembers/personEntries``), as a wrong value at the member's own pointer,
/// in both languages; a kind using this codec opts in with `protectedMembers: .personAsValue`.
public struct SicilyProtectedObjectCodec<Root: Sendable>: ValueCodec {
    public let table: FieldTable<Root>

    public init(_ table: FieldTable<Root>) { self.table = table }

    public var shape: FieldShape { .object(table.descriptions) }

    public func read(_ reader: inout FieldReader) -> Root? { table.read(&reader) }

    public func write<W: FieldWriter>(_ value: Root, to writer: inout W) {
        writer.beginObject()
        table.writeMembers(of: value, to: &writer)
        writer.endObject()
    }
}
