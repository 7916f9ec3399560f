import Sociosan

/// JSON mapping of ``ERStructureDossier`` (kinds `er.psychiatry.rti`, `er.psychiatry.rti-specialist`,
/// `er.psychiatry.rtp`, and the kinds of the families added later), schema version 1, field for
/// field as in `Schemas/<kind>.schema.json`. The canonical field order is the schemas' property
/// order: the common fields, then the family's own fields (``familyKeys(for:)``), then the eight
/// areas of attested requirements, each in catalogue order.
extension ERStructureDossier: JSONDossier {
    public static var kinds: [DossierKind] { ERStructureRules.types.map(\.kind) }

    public static var ruleSet: RuleSet<ERStructureDossier> { ERStructureRules.allRules }

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> ERStructureDossier? {
        guard let type = ERPsychiatricStructureType(kind: kind), ERStructureRules.types.contains(type) else { return nil }
        guard var object = ObjectReader(node, keys: Keys.common + familyKeys(for: type) + Keys.areas, context: &context) else { return nil }
        object.acceptEnvelope()
        let identity = object.structureIdentity(&context)
        let authority = object.required("healthAuthority", &context) { $0.nonEmptyString($1) }
        let disciplineCode = object.optional("disciplineCode", &context) { $0.nonEmptyString($1) }
        let permit = object.optional("buildingPermitDate", &context) { $0.date($1) }
        let accreditation = object.required("accreditation", &context) { $0.accreditation($1) }
        // the seed gives the residences no bed number; the dossier must declare one.
        let beds = object.required("beds", &context) { $0.integer($1, in: 1...1000) }
        let rooms = object.required("rooms", &context) { $0.rooms($1) }
        let staff = object.required("staff", &context) { context, node in
            context.array(node) { context, node -> ERStaffMember? in
                guard var reader = ObjectReader(node, keys: Keys.staffMember, context: &context) else { return nil }
                let role = reader.required("role", &context) { $0.code($1, as: StaffRole.self) }
                let hours = reader.required("hoursPerWeek", &context) { $0.hundredths($1, in: 0...1_000_000) }
                let coverage = reader.required("coverage", &context) { $0.code($1, as: Coverage.self) }
                reader.finish(&context)
                guard let role, let hours, let coverage else { return nil }
                return ERStaffMember(role: role, hoursPerWeek: Rational(hours, 100), coverage: coverage)
            }
        }
        let access = object.required("access", &context) { context, node -> ERStructureAccess? in
            guard var reader = ObjectReader(node, keys: Keys.access, context: &context) else { return nil }
            let channels = reader.required("channels", &context) { $0.codeSet($1, as: AccessChannel.self) }
            let kinds = reader.required("admissionKinds", &context) { $0.codeSet($1, as: AdmissionKind.self) }
            let accessProtocol = reader.required("accessProtocol", &context) { $0.bool($1) }
            let transfer = reader.required("informationTransferProtocol", &context) { $0.bool($1) }
            let urgent = reader.optional("urgentAccessHours", &context) { $0.integer($1, in: 0...8760) }
            let ordinary = reader.optional("ordinaryAccessDays", &context) { $0.integer($1, in: 0...365) }
            reader.finish(&context)
            guard let channels, let kinds, let accessProtocol, let transfer, let urgent, let ordinary else { return nil }
            return ERStructureAccess(channels: channels, admissionKinds: kinds, accessProtocol: accessProtocol,
                                     informationTransferProtocol: transfer, urgentAccessHours: urgent, ordinaryAccessDays: ordinary)
        }
        let family = decodeFamily(type: type, object: &object, context: &context)
        var attestations = Set<String>()
        var attestationsComplete = true
        for area in RequirementArea.allCases {
            let allowed = ERRequirementCatalogue.requirements(for: type, in: area).map(\.code)
            let ok = object.required(area.rawValue, &context) { context, node -> Bool? in
                context.requirementCodes(node, allowed: allowed, into: &attestations) ? true : nil
            }
            if ok == nil { attestationsComplete = false }
        }
        object.finish(&context)

        guard let identity, let authority, let disciplineCode, let permit,
              let accreditation, let beds, let rooms, let staff, let access, let family, attestationsComplete
        else { return nil }
        var dossier = ERStructureDossier(
            type: type, id: identity.id, name: identity.name, managingOperator: identity.managingOperator,
            province: identity.province,
            healthAuthority: authority, disciplineCode: disciplineCode, buildingPermitDate: permit,
            accreditation: accreditation, beds: beds, rooms: rooms, staff: staff, access: access,
            attestations: attestations)
        family.apply(to: &dossier)
        return dossier
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.structureHeader(kind: kind, schemaVersion: Self.schemaVersion, id: id, name: name,
                               managingOperator: managingOperator, province: province)
        writer.key("healthAuthority"); writer.string(healthAuthority)
        if let disciplineCode { writer.key("disciplineCode"); writer.string(disciplineCode) }
        if let permit = buildingPermitDate { writer.key("buildingPermitDate"); writer.string(permit.description) }
        writer.key("accreditation"); writer.accreditation(accreditation)
        writer.key("beds"); writer.integer(Int64(beds))
        writer.key("rooms"); writer.rooms(rooms)
        writer.key("staff")
        writer.beginArray()
        for member in staff {
            writer.beginObject()
            writer.key("role"); writer.string(member.role.rawValue)
            writer.key("hoursPerWeek"); writer.fixedPoint(member.hoursPerWeek.hundredths, scale: 2)
            writer.key("coverage"); writer.string(member.coverage.rawValue)
            writer.endObject()
        }
        writer.endArray()
        writer.key("access")
        writer.beginObject()
        writer.key("channels"); writer.codes(access.channels)
        writer.key("admissionKinds"); writer.codes(access.admissionKinds)
        writer.key("accessProtocol"); writer.bool(access.accessProtocol)
        writer.key("informationTransferProtocol"); writer.bool(access.informationTransferProtocol)
        if let hours = access.urgentAccessHours { writer.key("urgentAccessHours"); writer.integer(Int64(hours)) }
        if let days = access.ordinaryAccessDays { writer.key("ordinaryAccessDays"); writer.integer(Int64(days)) }
        writer.endObject()
        encodeFamily(to: &writer)
        for area in RequirementArea.allCases {
            writer.key(area.rawValue)
            writer.beginArray()
            for requirement in ERRequirementCatalogue.requirements(for: type, in: area) where attestations.contains(requirement.code) {
                writer.string(requirement.code)
            }
            writer.endArray()
        }
        writer.endObject()
    }
}

// MARK: Family sections

/// What a family's decoder read from the dossier's top level, applied once the common fields
/// have made the dossier.
struct ERStructureFamilyFields {
    var residence: ERResidenceSection?
    var psychogeriatric: PsychogeriatricSection?
    var eatingDisorder: EatingDisorderSection?
    var generalPsychiatry: GeneralPsychiatrySection?

    func apply(to dossier: inout ERStructureDossier) {
        dossier.residence = residence
        dossier.psychogeriatric = psychogeriatric
        dossier.eatingDisorder = eatingDisorder
        dossier.generalPsychiatry = generalPsychiatry
    }
}

extension ERStructureDossier {
    /// The top-level members a type's family adds, in canonical order, between `access` and the
    /// attested requirements. A new family adds its case here and in the two functions below.
    static func familyKeys(for type: ERPsychiatricStructureType) -> [String] {
        switch type {
        case .rti, .rtiSpecialist, .rtp: return ERResidenceSection.keys(for: type)
        case .psychogeriatricRehab, .eatingDisorderRehab, .generalPsychiatry: return FamilySectionKeys.member(for: type).map { [$0] } ?? []
        default: return []
        }
    }

    /// Reads the family's members; `nil` when one of them is wrong (already reported).
    static func decodeFamily(type: ERPsychiatricStructureType, object: inout ObjectReader, context: inout DecodingContext) -> ERStructureFamilyFields? {
        var fields = ERStructureFamilyFields()
        switch type {
        case .rti, .rtiSpecialist, .rtp:
            guard let residence = ERResidenceSection.decode(type: type, object: &object, context: &context) else { return nil }
            // nil for the RTI and the RTP: a residence section exists only where it has content.
            fields.residence = residence
        case .psychogeriatricRehab:
            guard let section = object.required("psychogeriatric", &context, { PsychogeriatricSection.decode(from: $1, context: &$0) })
            else { return nil }
            fields.psychogeriatric = section
        case .eatingDisorderRehab:
            guard let section = object.required("eatingDisorder", &context, { EatingDisorderSection.decode(from: $1, context: &$0) })
            else { return nil }
            fields.eatingDisorder = section
        case .generalPsychiatry:
            guard let section = object.required("generalPsychiatry", &context, { GeneralPsychiatrySection.decode(from: $1, context: &$0) })
            else { return nil }
            fields.generalPsychiatry = section
        default:
            break
        }
        return fields
    }

    func encodeFamily(to writer: inout JSONWriter) {
        residence?.encode(to: &writer)
        if let psychogeriatric { writer.key("psychogeriatric"); psychogeriatric.encode(to: &writer) }
        if let eatingDisorder { writer.key("eatingDisorder"); eatingDisorder.encode(to: &writer) }
        if let generalPsychiatry { writer.key("generalPsychiatry"); generalPsychiatry.encode(to: &writer) }
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
                    let list = allowed.joined(separator: ", ")
                    let code = MessageExcerpt.of(code)
                    context.invalidValue(LocalizedText(it: "\"\(code)\"; valori ammessi: \(list)",
                                                       en: "\"\(code)\"; allowed values: \(list)"))
                    return false
                }
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

/// The members each object of a structure dossier may have, in schema order.
private enum Keys {
    static let common = ["kind", "schemaVersion", "id", "name", "operator", "province", "healthAuthority", "disciplineCode",
                         "buildingPermitDate", "accreditation", "beds", "rooms", "staff", "access"]
    static let areas = RequirementArea.allCases.map(\.rawValue)
    static let staffMember = ["role", "hoursPerWeek", "coverage"]
    static let access = ["channels", "admissionKinds", "accessProtocol", "informationTransferProtocol",
                         "urgentAccessHours", "ordinaryAccessDays"]
}
