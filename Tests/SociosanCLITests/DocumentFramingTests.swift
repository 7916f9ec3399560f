import Foundation
import Testing

/// `validate` finds where each document of its input starts: a byte-order mark is worded for
/// the line it opens, and pretty-printed documents on standard input are not taken for JSON Lines.
@Suite("validate: where documents start in a file or on standard input")
struct DocumentFramingTests {
    /// A byte-order mark opening line 3 of a JSON Lines file is worded for that line, not for
    /// the start of the text; one at the start of the file keeps the text wording.
    @Test func byteOrderMarkOnALaterLineNamesTheLine() throws {
        let folder = try TemporaryFolder()
        let line = try Dossiers.compactSPOI()
        var bytes = Data((line + "\n" + line + "\n").utf8)
        bytes.append(contentsOf: [0xEF, 0xBB, 0xBF])
        bytes.append(Data((line + "\n").utf8))
        let file = try folder.write(bytes, to: "bom.jsonl")
        let english = try Sociosan.run(["validate", "--lang", "en", file.path])
        #expect(english.status == 1)
        #expect(english.stdout.contains("line 3 starts with a UTF-8 byte-order mark"))
        #expect(!english.stdout.contains("the text starts with"))
        let italian = try Sociosan.run(["validate", "--lang", "it", file.path])
        #expect(italian.stdout.contains("la riga 3 inizia con un byte-order mark UTF-8"))

        var first = Data([0xEF, 0xBB, 0xBF])
        first.append(Data((line + "\n").utf8))
        let start = try folder.write(first, to: "bom-first.jsonl")
        let opening = try Sociosan.run(["validate", "--lang", "en", start.path])
        #expect(opening.stdout.contains("the text starts with a UTF-8 byte-order mark"))
    }

    /// Two pretty-printed documents piped to `validate -`: one finding worded for standard
    /// input at the start of the second, not the advice meant for a .jsonl file.
    @Test func prettyPrintedStandardInputIsNotTreatedAsJSONLines() throws {
        let document = try Dossiers.validSPOI()
        let lineCount = String(decoding: document, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count
        var input = document
        input.append(document)
        let english = try Sociosan.run(["validate", "--lang", "en", "-"], input: input)
        #expect(english.status == 1)
        #expect(english.stdout.contains("-:\(lineCount):1: error: invalid JSON: standard input holds one JSON document written over several lines, but unexpected"))
        #expect(!english.stdout.contains(".jsonl"))
        let italian = try Sociosan.run(["validate", "--lang", "it", "-"], input: input)
        #expect(italian.stdout.contains("lo standard input contiene un documento JSON su più righe"))
        #expect(!italian.stdout.contains(".jsonl"))

        // JSON Lines on standard input are still read line by line.
        let line = try Dossiers.compactSPOI()
        let lines = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data((line + "\n" + line + "\n").utf8))
        #expect(lines.status == 0)
        #expect(lines.stdout.contains("2 dossiers"))
    }
}
