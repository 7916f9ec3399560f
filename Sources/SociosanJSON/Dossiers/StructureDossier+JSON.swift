import Sociosan

/// JSON mapping of every structure dossier kind (``StructureKinds``): each kind's field table
/// (``StructureKind/fields``) reads and writes it, so the schema, the canonical member order and
/// the decoder cannot disagree.
extension StructureDossier: JSONDossier {
    public static var kinds: [DossierKind] { StructureKinds.all.map(\.kind) }

    public static var ruleSet: RuleSet<StructureDossier> { StructureKinds.ruleSet }

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> StructureDossier? {
        guard let registration = StructureKinds.kind(for: kind) else { return nil }
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
                // The code is found by its bytes and the catalogue's own string is kept: no
                // string is made for a good code (an SPOI dossier lists 53 of them).
                guard let position = element.withStringBytes({ bytes in
                    allowed.firstIndex { $0.utf8.count == bytes.count && JSONNode.equalBytes(bytes, $0) }
                }) else {
                    context.typeMismatch(expected: .string, found: element)
                    return false
                }
                guard let position else {
                    let list = allowed.joined(separator: ", ")
                    let code = MessageExcerpt.of(element.stringValue ?? "")
                    context.invalidValue(LocalizedText(it: "\"\(code)\"; valori ammessi: \(list)",
                                                       en: "\"\(code)\"; allowed values: \(list)"))
                    return false
                }
                let code = allowed[position]
                guard set.insert(code).inserted else {
                    context.invalidValue(LocalizedText(it: "\"\(code)\" è ripetuto", en: "\"\(code)\" is repeated"))
                    return false
                }
                return true
            }
            if !accepted { ok = false }
        }
        return ok
    }
}

