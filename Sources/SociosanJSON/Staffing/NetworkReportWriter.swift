import Sociosan

/// Writes the JSON document of a network run as the run goes: the failing structures as
/// they are found, then the counts and the totals, in constant memory whatever the number of
/// structures. The bytes are those `sociosan network FILE --format json` prints:
///
/// `{"failingStructures": [{"line", "id", "type", "province", "capacity", "failures",
/// "first": {...}}], "structures", "withRoster", "failing", "invalidLines", "totals":
/// {"all": {...}, "byRole": [...], "byProvince": [...], "byType": [...]}}`, compact, one
/// final newline. Each total has `structures`, `withRoster`, `failing` (`short` in
/// `byRole`: the structures short on the role), `hoursPerWeek`, `fullTimeEquivalents` and
/// `shortfallHoursPerWeek`.
///
/// ```swift
/// var writer = NetworkReportWriter(language: .english)
/// var tally = NetworkTally()
/// var bytes: [UInt8] = []
/// writer.begin(into: &bytes)
/// let summary = try NetworkReader.read(path: "network.jsonl", into: &tally,
///     failing: { writer.failing($0, into: &bytes) }, invalid: { _ in })
/// writer.end(tally, invalidLines: summary.invalidLines, into: &bytes)
/// ```
///
/// Call ``begin(into:)`` once, ``failing(_:into:)`` for each failing structure, then
/// ``end(_:invalidLines:into:)`` once; the output may be flushed between calls. For a whole
/// document at once, ``document(failing:tally:invalidLines:in:)``.
public struct NetworkReportWriter: Sendable {
    /// The language of the role labels.
    public let language: Language
    private var writer = JSONWriter(style: .compact, capacity: 1 << 12)
    private var failingWritten = 0

    public init(language: Language) {
        self.language = language
    }

    /// Opens the document and its `failingStructures` array.
    public mutating func begin(into output: inout [UInt8]) {
        output.append(contentsOf: #"{"failingStructures":["#.utf8)
    }

    /// One failing structure of the array, as it is found.
    public mutating func failing(_ found: NetworkReader.FailingStructure, into output: inout [UInt8]) {
        if failingWritten > 0 { output.append(UInt8(ascii: ",")) }
        failingWritten += 1
        let structure = found.structure
        let language = self.language
        append(into: &output) { json in
            json.beginObject()
            json.key("line"); json.integer(found.lineNumber)
            json.key("id"); json.string(structure.id.rawValue)
            json.key("type"); json.string(structure.type)
            json.key("province"); json.string(orNull: structure.province?.rawValue)
            json.key("capacity"); json.integer(structure.capacity)
            json.key("failures"); json.integer(found.failures)
            json.key("first"); json.failure(found.first, in: language)
            json.endObject()
        }
    }

    /// Closes the array, then writes the counts, the totals and the final newline.
    /// `invalidLines` counts the lines that were not a structure the calculator accepts
    /// (``NetworkReader/Summary/invalidLines``).
    public mutating func end(_ tally: NetworkTally, invalidLines: Int, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "]"))
        for (name, value) in [("structures", tally.structures), ("withRoster", tally.withRoster),
                              ("failing", tally.failing), ("invalidLines", invalidLines)] {
            output.append(contentsOf: #","\#(name)":\#(value)"#.utf8)
        }
        output.append(contentsOf: #","totals":"#.utf8)
        let language = self.language
        append(into: &output) { json in
            json.beginObject()
            json.key("all"); json.totals(tally.total)
            json.key("byRole")
            json.beginArray()
            for entry in tally.byRole {
                json.totals(entry.totals, failingKey: "short") { json in
                    json.key("role"); json.string(entry.id)
                    json.key("label"); json.string(entry.label.text(in: language))
                }
            }
            json.endArray()
            json.key("byProvince")
            json.beginArray()
            for entry in tally.byProvince {
                json.totals(entry.totals) { json in
                    json.key("province"); json.string(orNull: entry.province?.rawValue)
                    json.key("name"); json.string(orNull: entry.province?.italianName)
                }
            }
            json.endArray()
            json.key("byType")
            json.beginArray()
            for entry in tally.byType {
                json.totals(entry.totals) { json in
                    json.key("type"); json.string(entry.type)
                }
            }
            json.endArray()
            json.endObject()
        }
        output.append(contentsOf: "}\n".utf8)
    }

    /// The whole document of a run whose failing structures were kept: the same bytes as
    /// ``begin(into:)``, ``failing(_:into:)`` for each, and ``end(_:invalidLines:into:)``.
    ///
    /// ```swift
    /// let bytes = NetworkReportWriter.document(failing: failing, tally: tally, invalidLines: 0, in: .italian)
    /// ```
    public static func document(
        failing: [NetworkReader.FailingStructure], tally: NetworkTally, invalidLines: Int, in language: Language
    ) -> [UInt8] {
        var writer = NetworkReportWriter(language: language)
        var output: [UInt8] = []
        writer.begin(into: &output)
        for found in failing { writer.failing(found, into: &output) }
        writer.end(tally, invalidLines: invalidLines, into: &output)
        return output
    }

    /// One complete value, written by `build` through the reused writer.
    private mutating func append(into output: inout [UInt8], _ build: (inout JSONWriter) -> Void) {
        writer.reset()
        build(&writer)
        output.append(contentsOf: writer.bytes)
    }
}

extension JSONWriter {
    /// One entry of a network's totals: `keys` (what the entry is), then its counts and sums.
    mutating func totals(
        _ totals: NetworkTally.Totals, failingKey: String = "failing", _ keys: (inout JSONWriter) -> Void = { _ in }
    ) {
        beginObject()
        keys(&self)
        key("structures"); integer(totals.structures)
        key("withRoster"); integer(totals.withRoster)
        key(failingKey); integer(totals.failing)
        key("hoursPerWeek"); number(totals.hoursPerWeek)
        key("fullTimeEquivalents"); number(totals.fullTimeEquivalents)
        key("shortfallHoursPerWeek"); number(totals.shortfallHoursPerWeek)
        endObject()
    }
}
