import Sociosan
import SociosanJSON

/// The JSON forms of `rules list` and `kinds`: one array, one object per entry.
enum CatalogueJSON {
    /// `[{"id":..., "kinds":[...], "severity":"error", "citation":{"seed":...,"lines":[a,b],"regulation":...}|null,
    ///    "title":..., "message":..., "decision":...|null}]`; an empty `kinds` means every kind.
    static func rules(_ rules: [RuleDescriptor], in language: Language) -> [UInt8] {
        var json = JSONWriter(style: .pretty, capacity: 1 << 16)
        json.beginArray()
        for rule in rules {
            json.beginObject()
            json.key("id"); json.string(rule.id.rawValue)
            json.key("kinds")
            json.beginArray()
            for kind in rule.kinds { json.string(kind.rawValue) }
            json.endArray()
            json.key("severity"); json.string(rule.severity.rawValue)
            json.key("citation"); writeCitation(rule.citation, to: &json)
            json.key("title"); json.string(rule.title.text(in: language))
            json.key("message"); json.string(rule.message.text(in: language))
            json.key("decision"); json.string(orNull: rule.decision)
            json.endObject()
        }
        json.endArray()
        json.finish()
        return json.bytes
    }

    /// `[{"kind":..., "schemaVersion":N, "supportedVersions":[...], "title":..., "citation":{...}}]`.
    static func kinds(_ kinds: [DossierKindInfo], in language: Language) -> [UInt8] {
        var json = JSONWriter(style: .pretty)
        json.beginArray()
        for info in kinds {
            json.beginObject()
            json.key("kind"); json.string(info.kind.rawValue)
            json.key("schemaVersion"); json.integer(info.schemaVersion)
            json.key("supportedVersions")
            json.beginArray()
            for version in info.supportedVersions { json.integer(version) }
            json.endArray()
            json.key("title"); json.string(info.title.text(in: language))
            json.key("citation"); writeCitation(info.citation, to: &json)
            json.endObject()
        }
        json.endArray()
        json.finish()
        return json.bytes
    }

    private static func writeCitation(_ citation: Citation?, to json: inout JSONWriter) {
        guard let citation else { json.null(); return }
        json.beginObject()
        json.key("seed"); json.string(citation.seed.fileName)
        json.key("lines")
        json.beginArray()
        json.integer(citation.firstLine)
        json.integer(citation.lastLine)
        json.endArray()
        json.key("regulation"); json.string(citation.seed.regulation)
        json.endObject()
    }
}
