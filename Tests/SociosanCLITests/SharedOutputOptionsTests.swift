import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The `--format`/`--lang` option group every reporting command shares, and the staffing
/// documents the tool prints, which are the SDK's own.
@Suite("Shared --format and --lang; staffing JSON is the SDK's")
struct SharedOutputOptionsTests {
    /// Each command with a `--format`: its name, a valid rest of the line, and its formats.
    static let commands: [(command: [String], arguments: [String], formats: [String])] = [
        (["validate"], ["Fixtures/staffing.roster/valid"], ["text", "json", "sarif"]),
        (["staffing", "requirement"], ["er.spoi", "--capacity", "15"], ["text", "json"]),
        (["staffing", "check"], ["Fixtures/staffing.roster/valid/spoi-15-beds.json"], ["text", "json"]),
        (["capacity"], ["er.spoi", "--roster", "Fixtures/staffing.roster/valid/spoi-15-beds.json"], ["text", "json"]),
        (["network"], ["Fixtures/network/sicily-network.jsonl"], ["text", "json"]),
        (["indicators"], ["Fixtures/er.psychiatry.activity/valid/general-psychiatry-2025.jsonl"], ["text", "json", "csv", "html"]),
        (["rules", "list"], [], ["text", "json"]),
        (["kinds"], [], ["text", "json"]),
        (["store", "list"], ["--store", "/nonexistent/sociosan-store"], ["text", "json"]),
    ]

    @Test("every command refuses a bad --format in the chosen language, listing its own formats, before anything else")
    func badFormat() throws {
        for (command, rest, formats) in Self.commands {
            let arguments = command + rest
            let italian = try Sociosan.run(arguments + ["--format", "xml", "--lang", "it"])
            #expect(italian.status == 2 && italian.standardOutput.isEmpty, "\(arguments)")
            #expect(italian.stderr == "sociosan: errore: valore non ammesso per --format: \"xml\"; valori ammessi: \(formats.joined(separator: ", "))\n",
                    "\(arguments)")
            let english = try Sociosan.run(arguments + ["--format", "xml"], lang: "en_GB.UTF-8")
            #expect(english.stderr == "sociosan: error: invalid value for --format: \"xml\"; allowed values: \(formats.joined(separator: ", "))\n",
                    "\(arguments)")
        }
    }

    @Test("a bad --lang is refused first, in the language of the environment")
    func badLanguageFirst() throws {
        for (command, rest, _) in Self.commands {
            let arguments = command + rest
            let result = try Sociosan.run(arguments + ["--format", "xml", "--lang", "fr"], lang: "en_GB.UTF-8")
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == "sociosan: error: invalid value for --lang: \"fr\"; allowed values: it, en\n", "\(arguments)")
        }
    }

    @Test("--help names each command's formats and the default")
    func help() throws {
        for (words, _, formats) in Self.commands {
            let result = try Sociosan.run(words + ["--help"])
            #expect(result.status == 0, "\(words)")
            let last = formats.last!
            let wording = "Output format: \(formats.dropLast().joined(separator: ", ")) or \(last)."
            let flat = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("--format <format> \(wording)"), "\(words): \(result.stdout)")
            #expect(flat.contains("default: text"), "\(words)")
            #expect(flat.contains("--lang <lang> Language of messages: it or en"), "\(words)")
        }
    }

    // MARK: The documents are the SDK's

    static let roster = "Fixtures/staffing.roster/valid/spoi-15-beds.json"

    func structure() throws -> StaffedStructure {
        let text = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent(Self.roster), encoding: .utf8)
        return try StaffedStructure.decode(jsonText: text)
    }

    @Test("staffing --format json prints StaffingRequirement.encoded, and --list the catalogue's")
    func requirementBytes() throws {
        let spoi = try #require(StaffingCatalogue.standard("er.spoi"))
        for language in [Language.italian, .english] {
            let lang = language == .italian ? "it" : "en"
            let printed = try Sociosan.run(["staffing", "er.spoi", "--capacity", "12", "--format", "json", "--lang", lang])
            #expect(printed.status == 0)
            #expect([UInt8](printed.standardOutput) == (try StaffingCalculator.requirement(for: spoi, capacity: 12)).encoded(in: language))
            let list = try Sociosan.run(["staffing", "--list", "--format", "json", "--lang", lang])
            #expect([UInt8](list.standardOutput) == StaffingCatalogue.encoded(StaffingCatalogue.standards, in: language))
        }
    }

    @Test("staffing check and capacity --format json print StaffingCheck.encoded and CapacityAnswer.encoded")
    func checkAndCapacityBytes() throws {
        let structure = try structure()
        let standard = try #require(structure.standard)
        let roster = try #require(structure.roster)
        let check = try StaffingCalculator.check(roster, against: standard, capacity: structure.capacity, parameters: structure.parameters)
        let printedCheck = try Sociosan.run(["staffing", "check", Self.roster, "--format", "json", "--lang", "en"])
        #expect(printedCheck.status == 0)
        #expect([UInt8](printedCheck.standardOutput) == check.encoded(id: structure.id, in: .english))

        let answer = try StaffingCalculator.largestCapacity(for: roster, standard: standard, parameters: structure.parameters)
        #expect(answer.check != nil, "the fixture should stop short of the upper limit, so that failures are printed")
        let printedAnswer = try Sociosan.run(["capacity", standard.id, "--roster", Self.roster, "--format", "json", "--lang", "it"])
        #expect([UInt8](printedAnswer.standardOutput) == answer.encoded(in: .italian))
    }

    @Test("network --format json prints NetworkReportWriter's document")
    func networkBytes() throws {
        let path = "Fixtures/network/sicily-network.jsonl"
        var tally = NetworkTally()
        var failing: [NetworkReader.FailingStructure] = []
        let summary = try NetworkReader.read(path: Sociosan.repositoryRoot.appendingPathComponent(path).path, into: &tally,
                                             failing: { failing.append($0) }, invalid: { _ in })
        #expect(!failing.isEmpty)
        let printed = try Sociosan.run(["network", path, "--format", "json", "--lang", "en"])
        #expect([UInt8](printed.standardOutput)
                == NetworkReportWriter.document(failing: failing, tally: tally, invalidLines: summary.invalidLines, in: .english))
    }
}
