import Sociosan
import SociosanJSON

/// SARIF 2.1.0, one run, streamed: the driver lists every rule of the catalogue first (so
/// that results can point at them by index before the run is over), then the results as
/// they come, then one invocation that records the inputs that could not be read as tool
/// execution notifications.
///
/// Each result is placed at the file as given on the command line (percent-encoded; a path
/// starting with `/` becomes a `file://` URI), at the finding's line and column (JSON syntax
/// errors) or the first column of its dossier's line; the JSON Pointer goes in a logical
/// location and in the result's properties.
final class SARIFValidationReport: ValidationReport {
    static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    private let language: Language
    private var stream: JSONStream
    private var uri = ""
    private let ruleIndex: [RuleID: Int]
    private var problems: [InputProblem] = []

    init(console: Console, language: Language) {
        self.language = language
        self.stream = JSONStream(console: console)
        var index: [RuleID: Int] = [:]
        for (position, rule) in DossierCatalogue.rules.enumerated() where index[rule.id] == nil {
            index[rule.id] = position
        }
        self.ruleIndex = index
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    func begin() {
        let language = self.language
        stream.beginObject()
        stream.key("$schema"); stream.value { $0.string(Self.schemaURI) }
        stream.key("version"); stream.value { $0.string("2.1.0") }
        stream.key("runs")
        stream.beginArray()
        stream.beginObject()
        stream.key("tool"); stream.value { Self.writeTool(to: &$0, in: language) }
        stream.key("language"); stream.value { $0.string(language == .italian ? "it-IT" : "en-US") }
        stream.key("columnKind"); stream.value { $0.string("unicodeCodePoints") }
        stream.key("results")
        stream.beginArray()
    }

    private static func writeTool(to json: inout JSONWriter, in language: Language) {
        json.beginObject()
        json.key("driver")
        json.beginObject()
        json.key("name"); json.string("sociosan")
        json.key("version"); json.string(SociosanVersion.current)
        json.key("semanticVersion"); json.string(SociosanVersion.current)
        json.key("rules")
        json.beginArray()
        for rule in DossierCatalogue.rules { writeRule(rule, to: &json, in: language) }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    private static func writeRule(_ rule: RuleDescriptor, to json: inout JSONWriter, in language: Language) {
        let title = rule.title.text(in: language)
        var help = title
        if let citation = rule.citation {
            help += "\n" + LocalizedText(it: "Fonte: {0}", en: "Source: {0}").render([.text(citation.description)], in: language)
        }
        if let decision = rule.decision {
            help += "\n" + LocalizedText(it: "Decisione: {0}", en: "Decision: {0}").render([.text(decision)], in: language)
        }
        json.beginObject()
        json.key("id"); json.string(rule.id.rawValue)
        json.key("shortDescription"); json.textObject(title)
        json.key("fullDescription"); json.textObject(rule.citation.map { "\(title) (\($0.description))" } ?? title)
        json.key("help"); json.textObject(help)
        json.key("messageStrings")
        json.beginObject()
        json.key("default"); json.textObject(rule.message.text(in: language))
        json.endObject()
        json.key("defaultConfiguration")
        json.beginObject()
        json.key("level"); json.string(level(rule.severity))
        json.endObject()
        json.key("properties")
        json.beginObject()
        if let citation = rule.citation {
            json.key("citation"); json.string(citation.fileReference)
            json.key("regulation"); json.string(citation.seed.regulation)
        }
        if let decision = rule.decision { json.key("decision"); json.string(decision) }
        json.key("kinds")
        json.beginArray()
        for kind in rule.kinds { json.string(kind.rawValue) }
        json.endArray()
        json.endObject()
        json.endObject()
    }

    func beginFile(_ path: String) {
        uri = Self.uri(forPath: path)
    }

    func dossier(_ result: DossierResult) {
        for finding in result.findings {
            let (line, column) = finding.position(in: result)
            let pointer = finding.path.description
            let index = ruleIndex[finding.ruleID]
            let message = finding.message(in: language)
            let uri = self.uri
            stream.value { json in
                json.beginObject()
                json.key("ruleId"); json.string(finding.ruleID.rawValue)
                if let index { json.key("ruleIndex"); json.integer(index) }
                json.key("level"); json.string(Self.level(finding.severity))
                json.key("message"); json.textObject(message)
                json.key("locations")
                json.beginArray()
                json.beginObject()
                json.key("physicalLocation")
                json.beginObject()
                json.key("artifactLocation")
                json.beginObject()
                json.key("uri"); json.string(uri)
                json.endObject()
                json.key("region")
                json.beginObject()
                json.key("startLine"); json.integer(line)
                json.key("startColumn"); json.integer(column)
                if let location = finding.location, location.byteOffset >= 0 {
                    json.key("byteOffset"); json.integer(location.byteOffset)
                }
                json.endObject()
                json.endObject()
                if !finding.path.tokens.isEmpty {
                    json.key("logicalLocations")
                    json.beginArray()
                    json.beginObject()
                    json.key("fullyQualifiedName"); json.string(pointer)
                    json.endObject()
                    json.endArray()
                }
                json.endObject()
                json.endArray()
                json.key("properties")
                json.beginObject()
                json.key("jsonPointer"); json.string(pointer)
                json.key("dossierIndex"); json.integer(result.index)
                json.key("dossierKind"); json.string(orNull: result.kind)
                if let citation = finding.citation {
                    json.key("citation"); json.string(citation.fileReference)
                    json.key("regulation"); json.string(citation.seed.regulation)
                }
                json.endObject()
                json.endObject()
            }
        }
    }

    func endFile(complete: Bool) {}

    func problem(_ problem: InputProblem) {
        problems.append(problem)
    }

    func end(_ tally: ValidationTally) {
        let problems = self.problems
        let language = self.language
        stream.endArray()
        stream.key("invocations")
        stream.value { json in
            json.beginArray()
            json.beginObject()
            json.key("executionSuccessful"); json.bool(problems.isEmpty)
            if !problems.isEmpty {
                json.key("toolExecutionNotifications")
                json.beginArray()
                for problem in problems {
                    json.beginObject()
                    json.key("level"); json.string("error")
                    json.key("message"); json.textObject(problem.message(in: language))
                    json.key("locations")
                    json.beginArray()
                    json.beginObject()
                    json.key("physicalLocation")
                    json.beginObject()
                    json.key("artifactLocation")
                    json.beginObject()
                    json.key("uri"); json.string(Self.uri(forPath: problem.path))
                    json.endObject()
                    json.endObject()
                    json.endObject()
                    json.endArray()
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
            json.endArray()
        }
        stream.endObject()
        stream.endArray()
        stream.endObject()
        stream.finish()
    }

    /// A URI reference for a path as given: relative paths stay relative, absolute ones
    /// become `file://` URIs; every byte outside RFC 3986's unreserved characters and `/` is
    /// percent-encoded (so that a `:` cannot be taken for a scheme).
    static func uri(forPath path: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0x0F)])"
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }
}
