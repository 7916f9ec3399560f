import Testing
import Foundation
import Sociosan
import SociosanJSON

/// The repository root, found from this file's path (Tests/SociosanJSONTests/Dossiers/).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func fixtureFiles(kind: DossierKind, _ folder: String) -> [URL] {
    let directory = repositoryRoot.appendingPathComponent("Fixtures/\(kind.rawValue)/\(folder)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted().map { directory.appendingPathComponent($0) }
}

/// Checks that a valid fixture is in canonical form and round-trips exactly, pretty and compact
/// (compact: one line), and returns the decoded dossier.
@discardableResult
func expectCanonicalRoundTrip<Dossier: JSONDossier>(_ type: Dossier.Type, file: URL) throws -> Dossier {
    let text = try String(contentsOf: file, encoding: .utf8)
    let dossier = try Dossier.decode(jsonText: text)
    let pretty = dossier.encoded(style: .pretty)
    #expect(String(decoding: pretty, as: UTF8.self) == text, "\(file.lastPathComponent) is not in canonical form")
    let again = try Dossier.decode(jsonText: String(decoding: pretty, as: UTF8.self))
    #expect(again == dossier)
    let compact = dossier.encoded(style: .compact)
    #expect(compact.last == UInt8(ascii: "\n") && !compact.dropLast().contains(UInt8(ascii: "\n")))
    let fromCompact = try Dossier.decode(jsonText: String(decoding: compact, as: UTF8.self))
    #expect(fromCompact == dossier)
    #expect(fromCompact.encoded(style: .compact) == compact)
    return dossier
}

/// The rule an invalid fixture must trigger: its name up to `--` or the extension.
func expectedRule(of file: URL) -> String {
    let name = file.deletingPathExtension().lastPathComponent
    if let range = name.range(of: "--") { return String(name[..<range.lowerBound]) }
    return name
}

func validate(_ file: URL, strict: Bool = false) throws -> [DossierResult] {
    var results: [DossierResult] = []
    try DossierValidator.validateFile(atPath: file.path, options: ValidationOptions(strict: strict)) { results.append($0) }
    return results
}

@Suite("Fixtures")
struct FixtureTests {
    static let kinds = DossierRegistry.codecs.map(\.info.kind)

    @Test(arguments: kinds)
    func everyValidFixtureValidatesClean(kind: DossierKind) throws {
        let files = fixtureFiles(kind: kind, "valid")
        #expect(files.count >= 3, "Fixtures/\(kind)/valid needs realistic examples")
        for file in files {
            for result in try validate(file) {
                #expect(result.findings.isEmpty, "\(file.lastPathComponent): \(result.findings.map { "\($0.ruleID) \($0.path) \($0.message(in: .english))" })")
            }
        }
    }

    @Test(arguments: kinds)
    func everyInvalidFixtureTriggersExactlyItsRule(kind: DossierKind) throws {
        let files = fixtureFiles(kind: kind, "invalid")
        #expect(!files.isEmpty)
        for file in files {
            let fired = Set(try validate(file).flatMap(\.findings).map(\.ruleID.rawValue))
            #expect(fired == [expectedRule(of: file)], "\(file.lastPathComponent) fired \(fired.sorted())")
        }
    }

    /// Each row of invalid-cases.json, patched and written as a file would be, triggers its
    /// rule and nothing else (no other finding of any severity), as an invalid file must.
    @Test(arguments: kinds)
    func everyInvalidCaseTriggersExactlyItsRule(kind: DossierKind) throws {
        for invalid in try InvalidCase.all(kind: kind) {
            let fired = Set(try invalid.validate().findings.map(\.ruleID.rawValue))
            #expect(fired == [invalid.rule], "\(invalid) fired \(fired.sorted())")
        }
    }

    /// The rows are well formed: a name is the rule id (then `--variant`), names are unique
    /// and name no file of invalid/, the base is a valid fixture, and the patch changes it.
    @Test(arguments: kinds)
    func invalidCasesAreWellFormed(kind: DossierKind) throws {
        let cases = try InvalidCase.all(kind: kind)
        let files = Set(fixtureFiles(kind: kind, "invalid").map { $0.deletingPathExtension().lastPathComponent })
        let bases = Set(fixtureFiles(kind: kind, "valid").map { "valid/\($0.lastPathComponent)" })
        #expect(Set(cases.map(\.name)).count == cases.count, "a case name is repeated")
        for invalid in cases {
            #expect(invalid.name == invalid.rule || invalid.name.hasPrefix(invalid.rule + "--"), "\(invalid): the name must start with its rule")
            #expect(!files.contains(invalid.name), "\(invalid) is also a file of invalid/")
            #expect(bases.contains(invalid.base), "\(invalid): \(invalid.base) is no valid fixture")
            #expect(!invalid.patch.operations.isEmpty, "\(invalid) patches nothing")
        }
    }

    @Test(arguments: kinds)
    func everyRuleHasAnInvalidFixture(kind: DossierKind) throws {
        let files = fixtureFiles(kind: kind, "invalid").map(expectedRule(of:))
        let covered = Set(files + (try InvalidCase.all(kind: kind)).map(\.rule))
        // The network and planning rules judge dossiers taken together (ERNetworkRulesTests,
        // SicilyStructureKindsTests), never one fixture.
        let rules = Set(DossierCatalogue.rules(for: kind).filter { !ERNetworkRules.ids.contains($0.id) && !SicilyPlanningRules.ids.contains($0.id) }.map(\.id.rawValue))
        #expect(rules.subtracting(covered).isEmpty, "rules with no invalid fixture or case: \(rules.subtracting(covered).sorted())")
        #expect(covered.subtracting(rules).isEmpty, "fixtures or cases named after no rule: \(covered.subtracting(rules).sorted())")
    }

    @Test func strictModeMakesUnknownFieldsErrors() throws {
        let invalid = try #require(try InvalidCase.all(kind: .spoi).first { $0.rule == "json.unknown-field" })
        let lenient = try invalid.validate()
        let strict = try invalid.validate(strict: true)
        #expect(lenient.isValid)
        #expect(!lenient.findings.isEmpty && lenient.findings.allSatisfy { $0.severity == .warning })
        #expect(!strict.isValid)
    }

    /// The independent validator (Python's jsonschema) agrees with the schemas and fixtures.
    @Test func schemasHoldAgainstAnIndependentValidator() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repositoryRoot.appendingPathComponent("Tools/check-schemas").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" 0 failed"), "\(text)")
    }
}

@Suite("SPOI JSON mapping")
struct SPOIMappingTests {
    @Test func validFixturesAreCanonicalAndRoundTripExactly() throws {
        for file in fixtureFiles(kind: .spoi, "valid") {
            try expectCanonicalRoundTrip(StructureDossier.self, file: file)
        }
    }

    @Test func decodingReportsEveryProblemWithItsPointer() throws {
        let text = #"{"kind":"er.psychiatry.spoi","schemaVersion":1,"id":"Bad/Id","name":"x","operator":{"name":"y","ownership":"state"},"province":"BO","disciplineCode":"40.2","producesSDO":"yes","accreditation":{},"beds":15,"nuclei":[{"id":"A","beds":15}],"rooms":[{"id":"1","beds":0}],"staff":[{"role":"nurse","units":0.125,"coverage":"24h"}],"access":{"channels":[],"admissionKinds":[],"singleRequestForm":true,"urgentAccess24h":true,"outOfHoursVia":[]},"spaces":["meal-room","meal-room"],"equipment":[],"procedures":[],"services":[],"competence":[],"training":[],"quality":[],"documentation":["meal-room"]}"#
        #expect {
            try StructureDossier.decode(jsonText: text)
        } throws: { error in
            guard let error = error as? DossierDecodingError else { return false }
            let found = error.diagnostics.map { "\($0.ruleID) \($0.path)" }
            return found == [
                "json.value /id", "json.value /operator/ownership", "json.type /producesSDO",
                "json.value /rooms/0/beds", "json.value /staff/0/units", "json.value /spaces/1",
                "json.value /documentation/0",
            ]
        }
    }

    @Test func anUnknownKindListsTheSupportedOnes() {
        let result = DossierValidator.validate(text: #"{"kind":"er.psychiatry.xyz","schemaVersion":1}"#)
        #expect(result.findings.map(\.ruleID) == ["dossier.kind"])
        let supported = DossierRegistry.codecs.map(\.info.kind.rawValue).joined(separator: ", ")
        #expect(supported.hasPrefix("er.psychiatry.spoi"))
        #expect(result.findings.first?.message(in: .english) == "unknown dossier kind \"er.psychiatry.xyz\"; supported kinds: \(supported)")
        #expect(result.findings.first?.path.description == "/kind")
    }

    @Test func aNewerSchemaVersionIsRefusedWithTheSupportedOnes() {
        let result = DossierValidator.validate(text: #"{"kind":"er.psychiatry.spoi","schemaVersion":7}"#)
        #expect(result.findings.map(\.ruleID) == ["dossier.schema-version"])
        #expect(result.findings.first?.message(in: .italian) == "versione di schema 7 non supportata per \"er.psychiatry.spoi\"; versioni supportate: 1")
    }

    @Test func aSyntaxErrorCarriesLineColumnAndOffset() throws {
        let result = DossierValidator.validate(text: "{\n  \"kind\": \"er.psychiatry.spoi\",\n  \"schemaVersion\": 1,,\n}")
        let finding = try #require(result.findings.first)
        #expect(finding.ruleID == "json.syntax")
        #expect(finding.location?.line == 3)
        #expect((finding.location?.column ?? 0) >= 20)
        #expect((finding.location?.byteOffset ?? 0) > 30)
    }
}

@Suite("Kind lists")
struct KindListTests {
    /// Kinds are listed in three places (the core catalogue, the codec registry, the embedded
    /// schemas); they must name the same kinds in the same order.
    @Test func catalogueRegistryAndSchemasAgree() {
        let catalogue = DossierCatalogue.kinds.map(\.kind)
        #expect(DossierRegistry.codecs.map(\.info.kind) == catalogue)
        #expect(Set(DossierSchemas.kinds) == Set(catalogue))
        #expect(DossierRegistry.codecs.map(\.info) == DossierCatalogue.kinds)
    }
}
