/// A member a kind refuses with its own explanation, where an unknown member would only be a
/// warning: a `staffing.structure` line that carries a roster belongs to another kind.
///
/// Absent or `null` it reads as nothing; any other value is reported with `explanation` at the
/// member. Nothing is written, and the schema refuses the member (``FieldShape/forbidden``).
struct ForbiddenField<Root: Sendable>: FieldAccessor {
    let name: String
    let explanation: LocalizedText
    let summary: String

    var description: FieldDescription { FieldDescription(name: name, shape: .forbidden, isRequired: false, summary: summary) }

    func read(into root: inout Root, from reader: inout FieldReader) -> Bool {
        let found: Bool?? = reader.optional(name) { member -> Bool? in
            member.reportInvalid(explanation)
            return nil
        }
        return found != nil
    }

    func write(from root: Root, to writer: inout FieldOutput) {}
}

extension Field {
    /// A member this kind refuses with `explanation` (its presence says the document is of
    /// another kind); `summary` is the schema's description.
    ///
    /// ```swift
    /// .forbidden("members", LocalizedText(it: "...", en: "a structure with a roster is a \"staffing.roster\" dossier"),
    ///            summary: "Not allowed: a structure with a roster is a staffing.roster dossier.")
    /// ```
    public static func forbidden(_ name: String, _ explanation: LocalizedText, summary: String) -> Field {
        Field(ForbiddenField<Root>(name: name, explanation: explanation, summary: summary))
    }
}

extension FieldReader {
    /// One string of `codes`, found by its bytes (the list's own string: none is made for a
    /// good value); a string not in the list is reported with `unknown(text)`.
    ///
    /// ```swift
    /// reader.readListed(StringCodeList(StaffingCatalogue.ids)) { ValueProblem.notAllowed($0, allowed: ids) }
    /// ```
    public mutating func readListed(_ codes: StringCodeList, unknown: (String) -> LocalizedText) -> String? {
        var position: Int?
        guard source.withStringBytes(node, { position = codes.position(of: $0) }) else {
            source.reportTypeMismatch(node, expected: .string)
            return nil
        }
        guard let position else {
            source.reportInvalid(unknown(source.text(node)))
            return nil
        }
        return codes.codes[position]
    }

}
