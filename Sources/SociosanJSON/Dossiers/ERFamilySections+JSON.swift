import Sociosan

// JSON mapping of the family sections of the cod. 56 units and of general psychiatry: the
// top-level member objects `psychogeriatric`, `eatingDisorder` and `generalPsychiatry` of a
// structure dossier, as in `Schemas/er.psychiatry.<kind>.schema.json`. Canonical member order
// is the order of the key lists below (the schemas' property order).

extension ERTeamFigure: TableCoded { public static let codeTable = CodeTable<ERTeamFigure>() }
extension DCAModuleKind: TableCoded { public static let codeTable = CodeTable<DCAModuleKind>() }

/// The members each object of a family section may have, in schema order.
enum FamilySectionKeys {
    static let psychogeriatric = ["evaluationArea", "rehabilitationArea", "team", "available", "externalLaboratory"]
    static let eatingDisorder = ["modules", "clinicRooms", "gym", "team", "available", "externalLaboratory", "treatsSevereObesity"]
    static let generalPsychiatry = ["authorisedBeds", "regionallyCommissioned", "staffingAgreedOn"]

    /// The top-level member that holds a type's section, if the type is one of these families.
    static func member(for type: ERPsychiatricStructureType) -> String? {
        switch type {
        case .psychogeriatricRehab: return "psychogeriatric"
        case .eatingDisorderRehab: return "eatingDisorder"
        case .generalPsychiatry: return "generalPsychiatry"
        default: return nil
        }
    }
    static let space = ["id", "squareMetres", "insideStructure"]
    static let teamMember = ["figure", "eatingDisorderTraining"]
    static let module = ["id", "kind", "beds"]
}

extension DecodingContext {
    /// An area in square metres: a number above 0 with at most two decimals, up to 100,000 m².
    mutating func squareMetres(_ node: JSONNode) -> SquareMetres? {
        hundredths(node, in: 1...10_000_000).map(SquareMetres.init(hundredths:))
    }

    /// A room or space of an area: `{"id", "squareMetres", "insideStructure"}`; inside the
    /// structure unless it says otherwise.
    mutating func areaSpace(_ node: JSONNode) -> ERAreaSpace? {
        guard var reader = ObjectReader(node, keys: FamilySectionKeys.space, context: &self) else { return nil }
        let id = reader.required("id", &self) { $0.nonEmptyString($1) }
        let area = reader.required("squareMetres", &self) { $0.squareMetres($1) }
        let inside = reader.optional("insideStructure", &self) { $0.bool($1) }
        reader.finish(&self)
        guard let id, let area, let inside else { return nil }
        return ERAreaSpace(id: id, squareMetres: area, insideStructure: inside ?? true)
    }

    mutating func areaSpaces(_ node: JSONNode) -> [ERAreaSpace]? {
        array(node) { $0.areaSpace($1) }
    }

    /// The team: `[{"figure", "eatingDisorderTraining"}]`.
    mutating func team(_ node: JSONNode) -> [ERTeamMember]? {
        array(node) { context, node -> ERTeamMember? in
            guard var reader = ObjectReader(node, keys: FamilySectionKeys.teamMember, context: &context) else { return nil }
            let figure = reader.required("figure", &context) { $0.code($1, as: ERTeamFigure.self) }
            let trained = reader.optional("eatingDisorderTraining", &context) { $0.bool($1) }
            reader.finish(&context)
            guard let figure, let trained else { return nil }
            return ERTeamMember(figure, eatingDisorderTraining: trained ?? false)
        }
    }
}

extension PsychogeriatricSection {
    static func decode(from node: JSONNode, context: inout DecodingContext) -> PsychogeriatricSection? {
        guard var reader = ObjectReader(node, keys: FamilySectionKeys.psychogeriatric, context: &context) else { return nil }
        let evaluation = reader.required("evaluationArea", &context) { $0.areaSpaces($1) }
        let rehabilitation = reader.required("rehabilitationArea", &context) { $0.areaSpaces($1) }
        let team = reader.required("team", &context) { $0.team($1) }
        let available = reader.required("available", &context) { $0.codeSet($1, as: ERTeamFigure.self) }
        let externalLab = reader.required("externalLaboratory", &context) { $0.bool($1) }
        reader.finish(&context)
        guard let evaluation, let rehabilitation, let team, let available, let externalLab else { return nil }
        return PsychogeriatricSection(evaluationArea: evaluation, rehabilitationArea: rehabilitation, team: team,
                                      available: available, externalLaboratory: externalLab)
    }

    func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("evaluationArea"); writer.areaSpaces(evaluationArea)
        writer.key("rehabilitationArea"); writer.areaSpaces(rehabilitationArea)
        writer.key("team"); writer.team(team)
        writer.key("available"); writer.codes(available)
        writer.key("externalLaboratory"); writer.bool(externalLaboratory)
        writer.endObject()
    }
}

extension EatingDisorderSection {
    static func decode(from node: JSONNode, context: inout DecodingContext) -> EatingDisorderSection? {
        guard var reader = ObjectReader(node, keys: FamilySectionKeys.eatingDisorder, context: &context) else { return nil }
        let modules = reader.required("modules", &context) { context, node in
            context.array(node) { context, node -> Module? in
                guard var object = ObjectReader(node, keys: FamilySectionKeys.module, context: &context) else { return nil }
                let id = object.required("id", &context) { $0.nonEmptyString($1) }
                let kind = object.required("kind", &context) { $0.code($1, as: DCAModuleKind.self) }
                let beds = object.required("beds", &context) { $0.integer($1, in: 1...1000) }
                object.finish(&context)
                guard let id, let kind, let beds else { return nil }
                return Module(id: id, kind: kind, beds: beds)
            }
        }
        let clinicRooms = reader.required("clinicRooms", &context) { $0.areaSpaces($1) }
        let gym = reader.optional("gym", &context) { $0.areaSpace($1) }
        let team = reader.required("team", &context) { $0.team($1) }
        let available = reader.required("available", &context) { $0.codeSet($1, as: ERTeamFigure.self) }
        let externalLab = reader.required("externalLaboratory", &context) { $0.bool($1) }
        let severeObesity = reader.required("treatsSevereObesity", &context) { $0.bool($1) }
        reader.finish(&context)
        guard let modules, let clinicRooms, let gym, let team, let available, let externalLab, let severeObesity else { return nil }
        return EatingDisorderSection(modules: modules, clinicRooms: clinicRooms, gym: gym, team: team, available: available,
                                     externalLaboratory: externalLab, treatsSevereObesity: severeObesity)
    }

    func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("modules")
        writer.beginArray()
        for module in modules {
            writer.beginObject()
            writer.key("id"); writer.string(module.id)
            writer.key("kind"); writer.string(module.kind.rawValue)
            writer.key("beds"); writer.integer(Int64(module.beds))
            writer.endObject()
        }
        writer.endArray()
        writer.key("clinicRooms"); writer.areaSpaces(clinicRooms)
        if let gym { writer.key("gym"); writer.areaSpace(gym) }
        writer.key("team"); writer.team(team)
        writer.key("available"); writer.codes(available)
        writer.key("externalLaboratory"); writer.bool(externalLaboratory)
        writer.key("treatsSevereObesity"); writer.bool(treatsSevereObesity)
        writer.endObject()
    }
}

extension GeneralPsychiatrySection {
    static func decode(from node: JSONNode, context: inout DecodingContext) -> GeneralPsychiatrySection? {
        guard var reader = ObjectReader(node, keys: FamilySectionKeys.generalPsychiatry, context: &context) else { return nil }
        let authorised = reader.required("authorisedBeds", &context) { $0.integer($1, in: 1...10_000) }
        let commissioned = reader.required("regionallyCommissioned", &context) { $0.bool($1) }
        let agreed = reader.optional("staffingAgreedOn", &context) { $0.date($1) }
        reader.finish(&context)
        guard let authorised, let commissioned, let agreed else { return nil }
        return GeneralPsychiatrySection(authorisedBeds: authorised, regionallyCommissioned: commissioned, staffingAgreedOn: agreed)
    }

    func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("authorisedBeds"); writer.integer(Int64(authorisedBeds))
        writer.key("regionallyCommissioned"); writer.bool(regionallyCommissioned)
        if let staffingAgreedOn { writer.key("staffingAgreedOn"); writer.string(staffingAgreedOn.description) }
        writer.endObject()
    }
}

extension JSONWriter {
    mutating func areaSpace(_ space: ERAreaSpace) {
        beginObject()
        key("id"); string(space.id)
        key("squareMetres"); fixedPoint(space.squareMetres.hundredths, scale: 2)
        key("insideStructure"); bool(space.insideStructure)
        endObject()
    }

    mutating func areaSpaces(_ spaces: [ERAreaSpace]) {
        beginArray()
        for space in spaces { areaSpace(space) }
        endArray()
    }

    mutating func team(_ team: [ERTeamMember]) {
        beginArray()
        for member in team {
            beginObject()
            key("figure"); string(member.figure.rawValue)
            // Written only where it says something: the training the DCA asks of its doctors.
            if member.eatingDisorderTraining { key("eatingDisorderTraining"); bool(true) }
            endObject()
        }
        endArray()
    }
}
