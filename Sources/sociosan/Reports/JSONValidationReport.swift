import Sociosan
import SociosanJSON

/// Exactly one JSON object, written as the run goes (constant memory for any input size):
///
/// ```json
/// {"files":[{"path":"a.json","dossiers":[{"index":0,"line":1,"kind":"er.psychiatry.spoi","valid":false,
///   "findings":[{"rule":"er.spoi.rooms.single","severity":"error","path":"/rooms","line":null,
///   "column":null,"message":"...","citation":{"seed":"002_6a5f046dd59f793e.txt","lines":[330,331],"regulation":"DGR Emilia-Romagna 2000/2009"}}]}]}],
///  "summary":{"files":1,"dossiers":1,"valid":0,"errors":1,"warnings":0,"infos":0}}
/// ```
///
/// A finding's `line` and `column` are those of its place in the text (JSON syntax errors),
/// `null` otherwise; a dossier's `line` is the line it starts on (JSON Lines). `errors`,
/// `warnings` and `infos` count findings of that severity. Inputs that could not be read
/// are not in `files`: they are reported on standard error and make the exit status 2.
final class JSONValidationReport: ValidationReport {
    private let language: Language
    private var stream: JSONStream

    init(console: Console, language: Language) {
        self.language = language
        self.stream = JSONStream(console: console)
    }

    func begin() {
        stream.beginObject()
        stream.key("files")
        stream.beginArray()
    }

    func beginFile(_ path: String) {
        stream.beginObject()
        stream.key("path")
        stream.value { $0.string(path) }
        stream.key("dossiers")
        stream.beginArray()
    }

    func dossier(_ result: DossierResult) {
        let language = self.language
        stream.value { json in
            json.beginObject()
            json.key("index"); json.integer(result.index)
            json.key("line"); json.integer(result.line)
            json.key("kind"); json.string(orNull: result.kind)
            json.key("valid"); json.bool(result.isValid)
            json.key("findings")
            json.beginArray()
            for finding in result.findings {
                json.beginObject()
                json.key("rule"); json.string(finding.ruleID.rawValue)
                json.key("severity"); json.string(finding.severity.rawValue)
                json.key("path"); json.string(finding.path.description)
                json.key("line"); json.integer(orNull: finding.location?.line)
                json.key("column"); json.integer(orNull: finding.location?.column)
                json.key("message"); json.string(finding.message(in: language))
                json.key("citation")
                if let citation = finding.citation {
                    json.beginObject()
                    json.key("seed"); json.string(citation.seed.fileName)
                    json.key("lines")
                    json.beginArray()
                    json.integer(citation.firstLine)
                    json.integer(citation.lastLine)
                    json.endArray()
                    json.key("regulation"); json.string(citation.seed.regulation)
                    json.endObject()
                } else {
                    json.null()
                }
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
    }

    func endFile(complete: Bool) {
        stream.endArray()
        stream.endObject()
    }

    func problem(_ problem: InputProblem) {}

    func end(_ tally: ValidationTally) {
        stream.endArray()
        stream.key("summary")
        stream.value { json in
            json.beginObject()
            json.key("files"); json.integer(tally.files)
            json.key("dossiers"); json.integer(tally.dossiers)
            json.key("valid"); json.integer(tally.valid)
            json.key("errors"); json.integer(tally.errors)
            json.key("warnings"); json.integer(tally.warnings)
            json.key("infos"); json.integer(tally.infos)
            json.endObject()
        }
        stream.endObject()
        stream.finish()
    }
}
