import Foundation
import Testing

/// Usage errors (an unknown kind, a bad option value, a missing argument) are worded in the
/// user's language, exit 2, and list what is allowed in the catalogue's order.
@Suite("Usage errors in the user's language")
struct UsageErrorTests {
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
        #expect(indicators.stderr == "sociosan: errore: valore non ammesso per --format: \"xlsx\"; valori ammessi: text, json, csv, html\n")

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
