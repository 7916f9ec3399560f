import Sociosan

/// JSON mapping of every structure dossier kind (``StructureKinds``): each kind's field table
/// (``StructureKind/fields``) reads and writes it, so the schema, the canonical member order and
/// the decoder cannot disagree.
extension StructureDossier: JSONDossier {
    public static var kinds: [DossierKind] { StructureKinds.all.map(\.kind) }

    public static var ruleSet: RuleSet<StructureDossier> { StructureKinds.ruleSet }

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> StructureDossier? {
        guard let registration = StructureKinds.kind(for: kind) else { return nil }
        let outer = context.protectedMembers
        context.protectedMembers = registration.protectedMembers
        defer { context.protectedMembers = outer }
        return JSONFieldReader.readDossier(registration.fields, from: node, context: &context)
    }

    public func encode(to writer: inout JSONWriter) {
        guard let registration = StructureKinds.kind(for: kind) else { return }
        writer.beginObject()
        registration.fields.writeMembers(of: self, to: &writer)
        writer.endObject()
    }
}

extension DecodingContext {
    /// An array of distinct requirement codes of ``ERRequirementCatalogue``, each one of `allowed`
    /// (the codes of one area that bind the dossier's type), inserted into `set`.
    mutating func requirementCodes(_ node: JSONNode, allowed: [String], into set: inout Set<String>) -> Bool {
        guard node.kind == .array else { typeMismatch(expected: .array, found: node); return false }
        var ok = true
        for index in 0..<node.count {
            guard let element = node[index] else { continue }
            let accepted = withIndex(index) { context -> Bool in
                guard let code = context.string(element) else { return false }
                guard allowed.contains(code) else {
                    context.invalidValue(ValueProblem.notAllowed(code, allowed: allowed))
                    return false
                }
                guard set.insert(code).inserted else {
                    context.invalidValue(ValueProblem.repeated(code))
                    return false
                }
                return true
            }
            if !accepted { ok = false }
        }
        return ok
    }
}

