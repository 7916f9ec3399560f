import Sociosan

/// JSON mapping of ``SPOIDossier`` (kind `er.psychiatry.spoi`, schema version 1), field for
/// field as in `Schemas/er.psychiatry.spoi.schema.json`. The canonical field order is the
/// schema's property order.
extension SPOIDossier: JSONDossier {
    public static var kinds: [DossierKind] { [.spoi] }
    public var kind: DossierKind { .spoi }

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> SPOIDossier? {
        guard var object = ObjectReader(node, keys: Keys.dossier, context: &context) else { return nil }
        object.acceptEnvelope()
        let identity = object.structureIdentity(&context)
        let disciplineCode = object.required("disciplineCode", &context) { $0.nonEmptyString($1) }
        let producesSDO = object.required("producesSDO", &context) { $0.bool($1) }
        let permit = object.optional("buildingPermitDate", &context) { $0.date($1) }
        let accreditation = object.required("accreditation", &context) { $0.accreditation($1) }
        let beds = object.required("beds", &context) { $0.integer($1, in: 1...1000) }
        let dayHospitalBeds = object.optional("dayHospitalBeds", &context) { $0.integer($1, in: 0...1000) }
        let nuclei = object.required("nuclei", &context) { context, node in
            context.array(node, minimumCount: 1) { context, node -> Nucleus? in
                guard var reader = ObjectReader(node, keys: Keys.bedGroup, context: &context) else { return nil }
                let id = reader.required("id", &context) { $0.nonEmptyString($1) }
                let beds = reader.required("beds", &context) { $0.integer($1, in: 1...1000) }
                reader.finish(&context)
                guard let id, let beds else { return nil }
                return Nucleus(id: id, beds: beds)
            }
        }
        let contiguity = object.optional("contiguity", &context) { context, node -> Contiguity? in
            guard var reader = ObjectReader(node, keys: Keys.contiguity, context: &context) else { return nil }
            let contiguous = reader.required("contiguousToPsychiatricWard", &context) { $0.bool($1) }
            let autonomous = reader.required("autonomous", &context) { $0.bool($1) }
            reader.finish(&context)
            guard let contiguous, let autonomous else { return nil }
            return Contiguity(contiguousToPsychiatricWard: contiguous, autonomous: autonomous)
        }
        let rooms = object.required("rooms", &context) { $0.rooms($1) }
        let staff = object.required("staff", &context) { context, node in
            context.array(node) { context, node -> StaffEntry? in
                guard var reader = ObjectReader(node, keys: Keys.staffEntry, context: &context) else { return nil }
                let role = reader.required("role", &context) { $0.code($1, as: StaffRole.self) }
                let units = reader.required("units", &context) { $0.staffUnits($1) }
                let coverage = reader.required("coverage", &context) { $0.code($1, as: Coverage.self) }
                reader.finish(&context)
                guard let role, let units, let coverage else { return nil }
                return StaffEntry(role: role, units: units, coverage: coverage)
            }
        }
        let evaluation = object.optional("smallUnitEvaluationOn", &context) { $0.date($1) }
        let access = object.required("access", &context) { context, node -> Access? in
            guard var reader = ObjectReader(node, keys: Keys.access, context: &context) else { return nil }
            let channels = reader.required("channels", &context) { $0.codeSet($1, as: AccessChannel.self) }
            let kinds = reader.required("admissionKinds", &context) { $0.codeSet($1, as: AdmissionKind.self) }
            let form = reader.required("singleRequestForm", &context) { $0.bool($1) }
            let urgent = reader.required("urgentAccess24h", &context) { $0.bool($1) }
            let outOfHours = reader.required("outOfHoursVia", &context) { $0.codeSet($1, as: AccessChannel.self) }
            reader.finish(&context)
            guard let channels, let kinds, let form, let urgent, let outOfHours else { return nil }
            return Access(channels: channels, admissionKinds: kinds, singleRequestForm: form,
                          urgentAccess24h: urgent, outOfHoursVia: outOfHours)
        }
        // One set sized for every requirement, filled area by area: no per-area sets to merge.
        var attestations = Set<SPOIRequirement>(minimumCapacity: SPOIRequirement.allCases.count)
        var attestationsComplete = true
        for area in RequirementArea.allCases {
            let ok = object.required(area.rawValue, &context) { context, node -> Bool? in
                context.codes(node, into: &attestations, accept: { $0.area == area },
                              allowedForMessage: SPOIRequirement.requirements(in: area)) ? true : nil
            }
            if ok == nil { attestationsComplete = false }
        }
        object.finish(&context)

        guard let identity, let disciplineCode, let producesSDO,
              let permit, let accreditation, let beds, let dayHospitalBeds, let nuclei, let contiguity,
              let rooms, let staff, let evaluation, let access, attestationsComplete
        else { return nil }
        return SPOIDossier(
            id: identity.id, name: identity.name, managingOperator: identity.managingOperator,
            province: identity.province,
            disciplineCode: disciplineCode, producesSDO: producesSDO, buildingPermitDate: permit,
            accreditation: accreditation, beds: beds, dayHospitalBeds: dayHospitalBeds ?? 0, nuclei: nuclei,
            contiguity: contiguity, rooms: rooms, staff: staff, smallUnitEvaluationOn: evaluation,
            access: access, attestations: attestations)
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.structureHeader(kind: kind, schemaVersion: Self.schemaVersion, id: id, name: name,
                               managingOperator: managingOperator, province: province)
        writer.key("disciplineCode"); writer.string(disciplineCode)
        writer.key("producesSDO"); writer.bool(producesSDO)
        if let permit = buildingPermitDate { writer.key("buildingPermitDate"); writer.string(permit.description) }
        writer.key("accreditation"); writer.accreditation(accreditation)
        writer.key("beds"); writer.integer(Int64(beds))
        writer.key("dayHospitalBeds"); writer.integer(Int64(dayHospitalBeds))
        writer.key("nuclei")
        writer.beginArray()
        for nucleus in nuclei {
            writer.beginObject()
            writer.key("id"); writer.string(nucleus.id)
            writer.key("beds"); writer.integer(Int64(nucleus.beds))
            writer.endObject()
        }
        writer.endArray()
        if let contiguity {
            writer.key("contiguity")
            writer.beginObject()
            writer.key("contiguousToPsychiatricWard"); writer.bool(contiguity.contiguousToPsychiatricWard)
            writer.key("autonomous"); writer.bool(contiguity.autonomous)
            writer.endObject()
        }
        writer.key("rooms"); writer.rooms(rooms)
        writer.key("staff")
        writer.beginArray()
        for entry in staff {
            writer.beginObject()
            writer.key("role"); writer.string(entry.role.rawValue)
            writer.key("units"); writer.fixedPoint(entry.units.hundredths, scale: 2)
            writer.key("coverage"); writer.string(entry.coverage.rawValue)
            writer.endObject()
        }
        writer.endArray()
        if let evaluation = smallUnitEvaluationOn { writer.key("smallUnitEvaluationOn"); writer.string(evaluation.description) }
        writer.key("access")
        writer.beginObject()
        writer.key("channels"); writer.codes(access.channels)
        writer.key("admissionKinds"); writer.codes(access.admissionKinds)
        writer.key("singleRequestForm"); writer.bool(access.singleRequestForm)
        writer.key("urgentAccess24h"); writer.bool(access.urgentAccess24h)
        writer.key("outOfHoursVia"); writer.codes(access.outOfHoursVia)
        writer.endObject()
        for area in RequirementArea.allCases {
            writer.key(area.rawValue)
            writer.beginArray()
            for requirement in SPOIRequirement.requirements(in: area) where attestations.contains(requirement) {
                writer.string(requirement.rawValue)
            }
            writer.endArray()
        }
        writer.endObject()
    }

    public static var ruleSet: RuleSet<SPOIDossier> { SPOIRules.ruleSet }
}

extension JSONWriter {
    /// Writes a set of codes as an array in declaration order, so that output is canonical.
    mutating func codes<T: RawRepresentable & CaseIterable & Hashable>(_ set: Set<T>) where T.RawValue == String {
        beginArray()
        for value in T.allCases where set.contains(value) { string(value.rawValue) }
        endArray()
    }

    /// Writes value / 10^scale as a JSON number with no trailing zeros (`5.5`, `6`, `0.25`).
    public mutating func fixedPoint(_ value: Int, scale: Int) {
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        if value % divisor == 0 {
            integer(Int64(value / divisor))
        } else {
            // Shortest round-trip text of value/10^scale parses back to the same hundredths.
            do {
                try double(Double(value) / Double(divisor))
            } catch {
                // A quotient of two finite integers is finite; kept total rather than trapping.
                integer(value / divisor)
            }
        }
    }
}

/// The members each object of an SPOI dossier may have, in schema order.
private enum Keys {
    static let dossier = ["kind", "schemaVersion", "id", "name", "operator", "province", "disciplineCode", "producesSDO",
                          "buildingPermitDate", "accreditation", "beds", "dayHospitalBeds", "nuclei", "contiguity", "rooms",
                          "staff", "smallUnitEvaluationOn", "access"] + RequirementArea.allCases.map(\.rawValue)
    static let bedGroup = ["id", "beds"]
    static let contiguity = ["contiguousToPsychiatricWard", "autonomous"]
    static let staffEntry = ["role", "units", "coverage"]
    static let access = ["channels", "admissionKinds", "singleRequestForm", "urgentAccess24h", "outOfHoursVia"]
}
