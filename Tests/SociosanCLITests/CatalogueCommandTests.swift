import Foundation
import Sociosan
import SociosanJSON
import Testing

/// `rules list`, `kinds`, `schema`, `version` and help.
@Suite("sociosan rules, kinds, schema, version")
struct CatalogueCommandTests {
    @Test("rules list --format json lists every rule of the catalogue, with its wording")
    func rulesJSON() throws {
        let result = try Sociosan.run(["rules", "list", "--format", "json", "--lang", "en"])
        #expect(result.status == 0)
        let rules = try #require(try result.json() as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == DossierCatalogue.rules.map(\.id.rawValue))
        for (entry, rule) in zip(rules, DossierCatalogue.rules) {
            #expect(entry["title"] as? String == rule.title.english)
            #expect(entry["message"] as? String == rule.message.english)
            #expect(entry["severity"] as? String == rule.severity.rawValue)
            #expect(entry["kinds"] as? [String] == rule.kinds.map(\.rawValue))
            if let citation = rule.citation {
                let object = try #require(entry["citation"] as? [String: Any])
                #expect(object["seed"] as? String == citation.seed.fileName)
                #expect(object["lines"] as? [Int] == [citation.firstLine, citation.lastLine])
                #expect(object["regulation"] as? String == citation.seed.regulation)
            } else {
                #expect(entry["citation"] is NSNull)
            }
        }
        let italian = try Sociosan.run(["rules", "list", "--format", "json", "--lang", "it"])
        let italianRules = try #require(try italian.json() as? [[String: Any]])
        #expect(italianRules.first?["title"] as? String == DossierCatalogue.rules.first?.title.italian)
    }

    @Test("rules list prints an aligned table with every rule id")
    func rulesText() throws {
        let result = try Sociosan.run(["rules", "list", "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("RULE") == true)
        #expect(lines.count == DossierCatalogue.rules.count + 1)
        for rule in DossierCatalogue.rules {
            #expect(lines.contains { $0.hasPrefix(rule.id.rawValue + " ") }, "\(rule.id)")
        }
        // Aligned: the severity column starts at the same place on every line.
        let column = try #require(lines.first?.range(of: "SEVERITY")?.lowerBound.utf16Offset(in: lines[0]))
        for line in lines.dropFirst() {
            let cell = line.dropFirst(column).prefix(while: { $0 != " " })
            #expect(["error", "warning", "info"].contains(String(cell)), "\(line)")
        }
    }

    @Test("rules list --kind filters; an unknown kind exits 2 listing the supported ones")
    func rulesByKind() throws {
        let spoi = try Sociosan.run(["rules", "list", "--kind", "er.psychiatry.spoi", "--format", "json"])
        #expect(spoi.status == 0)
        let ids = try #require(try spoi.json() as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(ids == DossierCatalogue.rules(for: .spoi).map(\.id.rawValue))

        let unknown = try Sociosan.run(["rules", "list", "--kind", "xx.nothing", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("xx.nothing"))
        #expect(unknown.stderr.contains("er.psychiatry.spoi"))
        #expect(unknown.stdout.isEmpty)
    }

    @Test("kinds lists every kind with schema version, title and citation")
    func kinds() throws {
        let text = try Sociosan.run(["kinds", "--lang", "en"])
        #expect(text.status == 0)
        for info in DossierCatalogue.kinds {
            #expect(text.stdout.contains(info.kind.rawValue))
            #expect(text.stdout.contains(info.title.english))
            #expect(text.stdout.contains(info.citation.description))
        }
        let json = try Sociosan.run(["kinds", "--format", "json", "--lang", "it"])
        #expect(json.status == 0)
        let entries = try #require(try json.json() as? [[String: Any]])
        #expect(entries.compactMap { $0["kind"] as? String } == DossierCatalogue.kinds.map(\.kind.rawValue))
        #expect(entries.first?["schemaVersion"] as? Int == DossierCatalogue.kinds.first?.schemaVersion)
        #expect(entries.first?["title"] as? String == DossierCatalogue.kinds.first?.title.italian)
    }

    @Test("schema KIND prints the schema file's exact bytes, from any directory")
    func schema() throws {
        let file = Sociosan.repositoryRoot.appendingPathComponent("Schemas/er.psychiatry.spoi.schema.json")
        let expected = try Data(contentsOf: file)
        let elsewhere = try TemporaryFolder()
        let result = try Sociosan.run(["schema", "er.psychiatry.spoi"], directory: elsewhere.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == expected)
    }

    @Test("schema of an unknown kind exits 2 listing the supported kinds")
    func unknownSchema() throws {
        let result = try Sociosan.run(["schema", "xx.nothing", "--lang", "en"])
        #expect(result.status == 2)
        // Listed in the catalogue's order, like every unknown-kind error.
        let supported = DossierCatalogue.ordered(DossierSchemas.kinds).map(\.rawValue).joined(separator: ", ")
        #expect(result.stderr == "sociosan: error: unknown dossier kind \"xx.nothing\"; supported kinds: \(supported)\n")
        #expect(supported.contains("er.psychiatry.spoi"))
        let italian = try Sociosan.run(["schema", "xx.nothing"], lang: "it_IT.UTF-8")
        #expect(italian.stderr.hasPrefix("sociosan: errore: tipo di dossier \"xx.nothing\" sconosciuto"))
    }

    @Test("version and --version print the SDK's version")
    func version() throws {
        let command = try Sociosan.run(["version"])
        let flag = try Sociosan.run(["--version"])
        #expect(command.status == 0 && flag.status == 0)
        #expect(command.stdout == SociosanVersion.current + "\n")
        #expect(flag.stdout == command.stdout)
    }

    @Test("every command has help with an example", arguments: [
        ["--help"], ["validate", "--help"], ["rules", "--help"], ["rules", "list", "--help"],
        ["kinds", "--help"], ["schema", "--help"], ["version", "--help"],
    ])
    func help(arguments: [String]) throws {
        let result = try Sociosan.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE:"))
        #expect(result.stdout.contains("sociosan "))
        #expect(result.stdout.contains("Example"), "\(arguments): \(result.stdout)")
    }

    @Test("the root help has an Italian part")
    func italianHelp() throws {
        let result = try Sociosan.run(["--help"])
        #expect(result.stdout.contains("Italiano:"))
    }
}
