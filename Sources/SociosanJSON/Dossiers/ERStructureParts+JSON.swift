import Sociosan

// The JSON of the parts every Emilia-Romagna hospital psychiatric dossier shares (the SPOI's
// through its typealiases, ``ERStructureDossier``'s directly): operator, accreditation and rooms.
// One mapping, so the SPOI and the other kinds read, report and write them alike.

/// The members of the shared objects, in schema order.
enum ERStructurePartKeys {
    static let `operator` = ["name", "ownership", "vatNumber"]
    static let accreditation = ["grantedOn", "lastRenewedOn"]
    static let room = ["id", "beds"]
}

/// The fields every structure dossier opens with after its envelope: `id`, `name`, `operator`,
/// `province`, in schema order.
struct ERStructureIdentity {
    var id: StructureID
    var name: String
    var managingOperator: ERStructureOperator
    var province: Province
}

extension ObjectReader {
    /// Reads the ``ERStructureIdentity`` fields: every one is read and its problems reported
    /// before the answer, nil when any of them is missing or bad.
    ///
    /// ```swift
    /// object.acceptEnvelope()
    /// let identity = object.structureIdentity(&context)
    /// ```
    mutating func structureIdentity(_ context: inout DecodingContext) -> ERStructureIdentity? {
        let id = required("id", &context) { $0.identifier($1) }
        let name = required("name", &context) { $0.nonEmptyString($1) }
        let managingOperator = required("operator", &context) { $0.structureOperator($1) }
        let province = required("province", &context) { $0.code($1, as: Province.self) }
        guard let id, let name, let managingOperator, let province else { return nil }
        return ERStructureIdentity(id: id, name: name, managingOperator: managingOperator, province: province)
    }
}

extension DecodingContext {
    /// `operator`: name, ownership and an optional 11-digit VAT number.
    ///
    /// ```swift
    /// let managingOperator = object.required("operator", &context) { $0.structureOperator($1) }
    /// ```
    mutating func structureOperator(_ node: JSONNode) -> ERStructureOperator? {
        guard var reader = ObjectReader(node, keys: ERStructurePartKeys.operator, context: &self) else { return nil }
        let name = reader.required("name", &self) { $0.nonEmptyString($1) }
        let ownership = reader.required("ownership", &self) { $0.code($1, as: ERStructureOwnership.self) }
        let vat = reader.optional("vatNumber", &self) { context, node -> String? in
            guard let text = context.string(node) else { return nil }
            guard text.utf8.count == 11, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
                context.invalidValue(LocalizedText(it: "la partita IVA ha 11 cifre", en: "a VAT number has 11 digits"))
                return nil
            }
            return text
        }
        reader.finish(&self)
        guard let name, let ownership, let vat else { return nil }
        return ERStructureOperator(name: name, ownership: ownership, vatNumber: vat)
    }

    /// `accreditation`: the optional dates of grant and last renewal (A-09 reads them).
    mutating func accreditation(_ node: JSONNode) -> ERAccreditation? {
        guard var reader = ObjectReader(node, keys: ERStructurePartKeys.accreditation, context: &self) else { return nil }
        let granted = reader.optional("grantedOn", &self) { $0.date($1) }
        let renewed = reader.optional("lastRenewedOn", &self) { $0.date($1) }
        reader.finish(&self)
        guard let granted, let renewed else { return nil }
        return ERAccreditation(grantedOn: granted, lastRenewedOn: renewed)
    }

    /// `rooms`: at least one room, each with an id and 1 to 1000 beds.
    mutating func rooms(_ node: JSONNode) -> [ERRoom]? {
        let rooms = array(node, minimumCount: 1) { context, node -> ERRoom? in
            guard var reader = ObjectReader(node, keys: ERStructurePartKeys.room, context: &context) else { return nil }
            let id = reader.required("id", &context) { $0.nonEmptyString($1) }
            let beds = reader.required("beds", &context) { $0.integer($1, in: 1...1000) }
            reader.finish(&context)
            guard let id, let beds else { return nil }
            return ERRoom(id: id, beds: beds)
        }
        return distinctIDs(rooms, \.id)
    }
}

extension JSONWriter {
    /// Writes the envelope (`kind`, `schemaVersion`) and the ``ERStructureIdentity`` fields,
    /// in schema order, into the object just begun.
    mutating func structureHeader(
        kind: DossierKind, schemaVersion: Int, id: StructureID, name: String,
        managingOperator: ERStructureOperator, province: Province
    ) {
        key("kind"); string(kind.rawValue)
        key("schemaVersion"); integer(Int64(schemaVersion))
        key("id"); string(id.rawValue)
        key("name"); string(name)
        key("operator"); structureOperator(managingOperator)
        key("province"); string(province.rawValue)
    }

    /// Writes an `operator` object (the VAT number only when there is one).
    mutating func structureOperator(_ value: ERStructureOperator) {
        beginObject()
        key("name"); string(value.name)
        key("ownership"); string(value.ownership.rawValue)
        if let vat = value.vatNumber { key("vatNumber"); string(vat) }
        endObject()
    }

    /// Writes an `accreditation` object with the dates it has.
    mutating func accreditation(_ value: ERAccreditation) {
        beginObject()
        if let granted = value.grantedOn { key("grantedOn"); string(granted.description) }
        if let renewed = value.lastRenewedOn { key("lastRenewedOn"); string(renewed.description) }
        endObject()
    }

    /// Writes the `rooms` array.
    mutating func rooms(_ rooms: [ERRoom]) {
        beginArray()
        for room in rooms {
            beginObject()
            key("id"); string(room.id)
            key("beds"); integer(Int64(room.beds))
            endObject()
        }
        endArray()
    }
}
