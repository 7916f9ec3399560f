import Sociosan

/// JSON of the residences' own section: `"specialist"` in an RTI specialistica dossier
/// (`Schemas/er.psychiatry.rti-specialist.schema.json`); nothing in RTI and RTP dossiers.
extension ERResidenceSection {
    static func keys(for type: ERPsychiatricStructureType) -> [String] {
        type == .rtiSpecialist ? ["specialist"] : []
    }

    /// The section of a residence dossier: `.some(nil)` for the RTI and the RTP (they have no
    /// member of their own, and a dossier built in Swift has no section either), `nil` when a
    /// member is wrong (already reported).
    static func decode(type: ERPsychiatricStructureType, object: inout ObjectReader, context: inout DecodingContext) -> ERResidenceSection?? {
        guard type == .rtiSpecialist else { return .some(nil) }
        let specialist = object.required("specialist", &context) { context, node -> ERRTISpecialist? in
            guard var reader = ObjectReader(node, keys: ["subtype", "description", "dedicatedBeds"], context: &context) else { return nil }
            let subtype = reader.required("subtype", &context) { $0.code($1, as: ERRTISpecialistSubtype.self) }
            let description = reader.optional("description", &context) { $0.string($1) }
            let beds = reader.required("dedicatedBeds", &context) { $0.integer($1, in: 1...1000) }
            reader.finish(&context)
            guard let subtype, let description, let beds else { return nil }
            return ERRTISpecialist(subtype: subtype, description: description, dedicatedBeds: beds)
        }
        guard let specialist else { return nil }
        return .some(ERResidenceSection(specialist: specialist))
    }

    func encode(to writer: inout JSONWriter) {
        guard let specialist else { return }
        writer.key("specialist")
        writer.beginObject()
        writer.key("subtype"); writer.string(specialist.subtype.rawValue)
        if let description = specialist.description { writer.key("description"); writer.string(description) }
        writer.key("dedicatedBeds"); writer.integer(Int64(specialist.dedicatedBeds))
        writer.endObject()
    }
}
