import Sociosan

/// JSON Schema (2020-12) written from field tables: the files in `Schemas/` for the structure
/// kinds and `sociosan schema KIND` come from here, so the schema cannot drift from the decoder.
///
/// ```swift
/// let text = FieldSchema.text(for: StructureKinds.kind(for: .rtp)!)
/// ```
public enum FieldSchema {
    /// The schema of a structure kind, pretty-printed with a final newline.
    public static func text(for kind: StructureKind) -> String {
        text(kind: kind.kind, title: kind.title.english + " accreditation dossier", summary: kind.summary, fields: kind.fields.descriptions,
             protected: kind.protectedMembers)
    }

    /// The schema of a declared (non-structure) kind.
    public static func text(for type: any DeclaredDossier.Type) -> String {
        let info = type.kindInfo
        return text(kind: info.kind, title: info.title.english, summary: type.summary, fields: type.fieldDescriptions,
                    protected: type.protectedMembers)
    }

    /// The schema of a kind of a type read from several kinds (``TableKinds``).
    public static func text(for table: TableKind) -> String {
        switch table.shape {
        case .variants(_, let cases):
            text(kind: table.kind, title: table.title, summary: table.summary) { writeVariants(cases, to: &$0) }
        case .object(let fields):
            text(kind: table.kind, title: table.title, summary: table.summary, fields: fields)
        default:
            preconditionFailure("a dossier is an object: \(table.kind)")
        }
    }

    static func text(kind: DossierKind, title: String, summary: String, fields: [FieldDescription], protected: ProtectedMembers? = nil) -> String {
        text(kind: kind, title: title, summary: summary) { writeObjectBody(fields, protected: protected, to: &$0) }
    }

    /// The schema's header, then `body`'s members.
    static func text(kind: DossierKind, title: String, summary: String, body: (inout JSONWriter) -> Void) -> String {
        var writer = JSONWriter(style: .pretty)
        writer.beginObject()
        writer.key("$schema"); writer.string("https://json-schema.org/draft/2020-12/schema")
        writer.key("$id"); writer.string("https://sociosan.example/schemas/\(kind.rawValue).schema.json")
        writer.key("$comment"); writer.string(generatedComment(kind))
        writer.key("title"); writer.string(title)
        writer.key("description"); writer.string(summary)
        body(&writer)
        writer.endObject()
        writer.finish()
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// Marks a schema file as written from a field table (the binary writes it: do not edit).
    public static func generatedComment(_ kind: DossierKind) -> String {
        "Written from the field table of \(kind.rawValue) by `sociosan schema \(kind.rawValue)`; do not edit."
    }

    /// Every kind whose schema is written from its field table: the structure kinds, the
    /// declared kinds and the other table kinds.
    public static var kinds: [DossierKind] {
        StructureKinds.all.map(\.kind) + DeclaredKinds.all.map { $0.kindInfo.kind } + TableKinds.all.map(\.kind)
    }

    static func writeObjectBody(_ fields: [FieldDescription], protected: ProtectedMembers? = nil, to writer: inout JSONWriter) {
        writer.key("type"); writer.string("object")
        writer.key("additionalProperties"); writer.bool(false)
        if let protected {
            // Named out as well as left out by additionalProperties, so that a validator says
            // why: a member of this name would identify a minor. A member the object declares
            // (the structure's own "name") is allowed by name.
            let declared = fields.map(\.name).filter { protected.match($0) != nil }
            writer.key("propertyNames")
            writer.beginObject()
            writer.key("description")
            writer.string(protected.reportsAsValue
                ? "A person appears only by a pseudonymous code: no member may hold a name, a tax code or a birth date."
                : "A minor appears only by a pseudonymous code: no member may hold a name, a tax code or a birth date (rule \(protected.rule.id)).")
            if declared.isEmpty {
                writer.key("not"); writer.beginObject(); writer.key("pattern"); writer.string(protected.pattern); writer.endObject()
            } else {
                writer.key("anyOf")
                writer.beginArray()
                writer.beginObject(); writer.key("enum"); writer.beginArray(); for name in declared { writer.string(name) }; writer.endArray(); writer.endObject()
                writer.beginObject(); writer.key("not"); writer.beginObject(); writer.key("pattern"); writer.string(protected.pattern); writer.endObject(); writer.endObject()
                writer.endArray()
            }
            writer.endObject()
        }
        writer.key("required")
        writer.beginArray()
        for field in fields where field.isRequired { writer.string(field.name) }
        writer.endArray()
        writer.key("properties")
        writer.beginObject()
        for field in fields {
            writer.key(field.name)
            write(field.shape, summary: field.summary, protected: protected, to: &writer)
        }
        writer.endObject()
    }

    /// An object of one of the shapes: a `oneOf` of closed objects, each told apart by its
    /// discriminator's constant.
    static func writeVariants(_ cases: [[FieldDescription]], protected: ProtectedMembers? = nil, to writer: inout JSONWriter) {
        writer.key("type"); writer.string("object")
        writer.key("oneOf")
        writer.beginArray()
        for fields in cases {
            writer.beginObject()
            writeObjectBody(fields, protected: protected, to: &writer)
            writer.endObject()
        }
        writer.endArray()
    }

    static func write(_ shape: FieldShape, summary: String?, protected: ProtectedMembers? = nil, to writer: inout JSONWriter) {
        writer.beginObject()
        var description = summary
        switch shape {
        case .string(let minLength, let pattern, let text):
            writer.key("type"); writer.string("string")
            if minLength > 0 { writer.key("minLength"); writer.integer(minLength) }
            if let pattern { writer.key("pattern"); writer.string(pattern) }
            if description == nil { description = text }
        case .date:
            writer.key("type"); writer.string("string")
            writer.key("pattern"); writer.string("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
            writer.key("format"); writer.string("date")
            if description == nil { description = "ISO 8601 calendar date YYYY-MM-DD." }
        case .integer(let range):
            writer.key("type"); writer.string("integer")
            writer.key("minimum"); writer.integer(range.lowerBound)
            writer.key("maximum"); writer.integer(range.upperBound)
        case .fixedPoint(let range, let scale):
            writer.key("type"); writer.string("number")
            writer.key("minimum"); writer.fixedPoint(range.lowerBound, scale: scale)
            writer.key("maximum"); writer.fixedPoint(range.upperBound, scale: scale)
            writer.key("multipleOf"); writer.fixedPoint(1, scale: scale)
        case .boolean:
            writer.key("type"); writer.string("boolean")
        case .code(let codes):
            writer.key("enum")
            writer.beginArray()
            for code in codes { writer.string(code) }
            writer.endArray()
        case .codeSet(let codes):
            writer.key("type"); writer.string("array")
            writer.key("uniqueItems"); writer.bool(true)
            writer.key("items")
            write(.code(codes), summary: nil, to: &writer)
        case .array(let element, let minItems):
            writer.key("type"); writer.string("array")
            if minItems > 0 { writer.key("minItems"); writer.integer(minItems) }
            writer.key("items")
            write(element, summary: nil, protected: protected, to: &writer)
        case .distinctArray(let element):
            writer.key("type"); writer.string("array")
            writer.key("uniqueItems"); writer.bool(true)
            writer.key("items")
            write(element, summary: nil, protected: protected, to: &writer)
        case .forbidden:
            // `{"not": {}}` is JSON Schema's `false` written as an object: no value is allowed.
            writer.key("not"); writer.beginObject(); writer.endObject()
        case .object(let fields):
            writeObjectBody(fields, protected: protected, to: &writer)
        case .variants(_, let cases):
            writeVariants(cases, protected: protected, to: &writer)
        case .constantText(let text):
            writer.key("const"); writer.string(text)
        case .constantInteger(let value):
            writer.key("const"); writer.integer(value)
        }
        if let description { writer.key("description"); writer.string(description) }
        writer.endObject()
    }
}

/// The schema of any dossier kind: every kind's is written from its field tables.
public enum DossierSchemas {
    public static var kinds: [DossierKind] { FieldSchema.kinds.sorted() }

    public static func text(for kind: DossierKind) -> String? {
        if let structure = StructureKinds.kind(for: kind) { return FieldSchema.text(for: structure) }
        if let declared = DeclaredKinds.type(for: kind) { return FieldSchema.text(for: declared) }
        if let table = TableKinds.kind(for: kind) { return FieldSchema.text(for: table) }
        return nil
    }
}
