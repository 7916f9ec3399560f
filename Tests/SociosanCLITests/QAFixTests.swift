import Foundation
import Testing

/// Defects a QA pass found in the command-line tool; each test pins the fixed wording.
@Suite struct QAFixTests {
    /// `store put` of a file with a syntax error names file:line:column, in the chosen
    /// language, and never prints a finding with an empty place (": ...").
    @Test func storePutSyntaxErrorSaysWhere() throws {
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        let broken = try folder.write("{\n  \"kind\": \"er.psychiatry.spoi\",\n  \"id\": \n}\n", to: "broken.json")
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)
        let italian = try Sociosan.run(["store", "put", "--store", store, "--lang", "it", broken.path])
        #expect(italian.status == 1)
        #expect(italian.stderr.contains("\(broken.path):4:1: "))
        #expect(italian.stderr.contains("non è un dossier valido"))
        #expect(!italian.stderr.contains("\n  : "))
        let english = try Sociosan.run(["store", "put", "--store", store, "--lang", "en", broken.path])
        #expect(english.stderr.contains("\(broken.path):4:1: "))
        #expect(english.stderr.contains("is not a valid dossier"))
    }

    /// A content finding names the file and the JSON Pointer.
    @Test func storePutContentErrorNamesThePointer() throws {
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        let line = try Dossiers.compactSPOI { $0["province"] = "XX" }
        let file = try folder.write(line, to: "bad-province.json")
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)
        let result = try Sociosan.run(["store", "put", "--store", store, "--lang", "en", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path) at /province: "))
        let italian = try Sociosan.run(["store", "put", "--store", store, "--lang", "it", file.path])
        #expect(italian.stderr.contains("\(file.path) in /province: "))
    }

    /// `store put FILE.jsonl` stores every line, all or nothing, like `store import`; a bad line
    /// refuses the whole file with FILE:LINE:COLUMN; --expect-revision is refused with it.
    @Test func storePutTakesJSONLinesAllOrNothing() throws {
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        let first = try Dossiers.compactSPOI { $0["id"] = "spoi-a" }
        let second = try Dossiers.compactSPOI { $0["id"] = "spoi-b" }
        let good = try folder.write(first + "\n" + second + "\n", to: "two.jsonl")
        let bad = try folder.write(first + "\n{\"kind\": }\n", to: "bad.jsonl")
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)

        let refused = try Sociosan.run(["store", "put", "--store", store, "--lang", "en", bad.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(bad.path):2:"))
        #expect(!refused.stderr.contains("\n  : "))
        let listed = try Sociosan.run(["store", "list", "--store", store, "--format", "json"])
        #expect((try listed.json() as? [Any])?.isEmpty == true)

        let stored = try Sociosan.run(["store", "put", "--store", store, good.path])
        #expect(stored.status == 0)
        #expect(stored.stdout == "er.psychiatry.spoi/spoi-a revision 1\ner.psychiatry.spoi/spoi-b revision 1\n")

        let expecting = try Sociosan.run(["store", "put", "--store", store, "--lang", "it", "--expect-revision", "1", good.path])
        #expect(expecting.status == 2)
        #expect(expecting.stderr.contains("--expect-revision vale per un solo dossier"))
    }
}

extension QAFixTests {
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
}

extension QAFixTests {
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

extension QAFixTests {
    /// `rules list --kind`, `schema` and `store list --kind` name the supported kinds in one
    /// order, the catalogue's (that of `sociosan kinds`).
    @Test func unknownKindListsTheKindsInTheCatalogueOrder() throws {
        func supported(_ output: ProcessOutput) -> String? {
            output.stderr.components(separatedBy: "supported kinds: ").dropFirst().first?
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let kinds = try #require(try Sociosan.run(["kinds", "--format", "json"]).json() as? [[String: Any]])
        let catalogue = kinds.compactMap { $0["kind"] as? String }
        let rules = try #require(supported(try Sociosan.run(["rules", "list", "--lang", "en", "--kind", "nope"])))
        let schema = try #require(supported(try Sociosan.run(["schema", "--lang", "en", "nope"])))
        #expect(rules == schema)
        // Every listed kind appears in the catalogue order.
        let listed = schema.components(separatedBy: ", ")
        #expect(listed == catalogue.filter(listed.contains))
        #expect(listed.count >= 2)
        let folder = try TemporaryFolder()
        let store = folder.url.appendingPathComponent("store").path
        #expect(try Sociosan.run(["store", "init", "--store", store]).status == 0)
        let stored = try #require(supported(try Sociosan.run(["store", "list", "--store", store, "--lang", "en", "--kind", "nope"])))
        let storeListed = stored.components(separatedBy: ", ")
        #expect(storeListed == catalogue.filter(storeListed.contains))
    }
}

extension QAFixTests {
    /// A bad --format value is refused in the language of --lang (or LANG), exit 2, with the
    /// allowed values; a bad --lang value in the language of LANG.
    @Test func badOptionValuesAreWordedInTheUsersLanguage() throws {
        let italian = try Sociosan.run(["kinds", "--lang", "it", "--format", "xml"])
        #expect(italian.status == 2)
        #expect(italian.stderr == "sociosan: errore: valore non ammesso per --format: \"xml\"; valori ammessi: text, json\n")
        let fromEnvironment = try Sociosan.run(["validate", "--format", "xml", "Fixtures"], lang: "it_IT.UTF-8")
        #expect(fromEnvironment.status == 2)
        #expect(fromEnvironment.stderr == "sociosan: errore: valore non ammesso per --format: \"xml\"; valori ammessi: text, json, sarif\n")
        let english = try Sociosan.run(["rules", "list", "--lang", "en", "--format", "yaml"], lang: "it_IT.UTF-8")
        #expect(english.stderr == "sociosan: error: invalid value for --format: \"yaml\"; allowed values: text, json\n")
        let indicators = try Sociosan.run(["indicators", "--lang", "it", "--format", "xlsx", "Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl"])
        #expect(indicators.status == 2)
        #expect(indicators.stderr == "sociosan: errore: valore non ammesso per --format: \"xlsx\"; valori ammessi: text, json, csv\n")

        let badLanguage = try Sociosan.run(["kinds", "--lang", "fr"], lang: "it_IT.UTF-8")
        #expect(badLanguage.status == 2)
        #expect(badLanguage.stderr == "sociosan: errore: valore non ammesso per --lang: \"fr\"; valori ammessi: it, en\n")
        let badLanguageEnglish = try Sociosan.run(["store", "list", "--lang", "fr"], lang: "en_GB.UTF-8")
        #expect(badLanguageEnglish.stderr == "sociosan: error: invalid value for --lang: \"fr\"; allowed values: it, en\n")

        // Good values still work.
        let good = try Sociosan.run(["kinds", "--lang", "en", "--format", "json"])
        #expect(good.status == 0)
        #expect(try good.json() is [Any])
    }
}

extension QAFixTests {
    /// Our own usage errors (missing arguments) are worded in the user's language too.
    @Test func missingArgumentsAreWordedInTheUsersLanguage() throws {
        let validate = try Sociosan.run(["validate", "--lang", "it"])
        #expect(validate.status == 2)
        #expect(validate.stderr == "sociosan: errore: indicare almeno un file, una cartella o - per lo standard input\n")
        let staffing = try Sociosan.run(["staffing", "er.spoi"], lang: "it_IT.UTF-8")
        #expect(staffing.status == 2)
        #expect(staffing.stderr == "sociosan: errore: indicare la capacità con --capacity N\n")
        let english = try Sociosan.run(["staffing", "--lang", "en"])
        #expect(english.stderr == "sociosan: error: give a structure type (see `sociosan staffing --list`)\n")
    }
}
