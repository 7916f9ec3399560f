import Foundation
import Sociosan
import Testing

/// `sociosan exchange view` and `export`, through the binary.
@Suite("sociosan exchange")
struct ExchangeCommandTests {
    static let folder = "Fixtures/er.addiction.placement/"
    static let rimini = folder + "valid/placement-rn-2025-0112.json"
    static let access = ["--grants", folder + "access/grants.json", "--consents", folder + "access/consents.json"]

    @Test func viewShowsTheAllowedPartAndNamesEachRefusal() throws {
        let view = try Sociosan.run(["exchange", "view", Self.rimini, "--as", "op-ct-vall-04", "--at", "2025-09-20", "--lang", "en"] + Self.access)
        #expect(view.status == 0 && view.endedCleanly, "\(view.stderr)")
        #expect(view.stdout.contains("refused health-status: missing informed consent in force for health-status"))
        #expect(view.stdout.contains("Riduzione del consumo di alcol") && !view.stdout.contains("acamprosato"))
        let italian = try Sociosan.run(["exchange", "view", Self.rimini, "--as", "op-ct-andrea-02", "--at", "2025-09-20", "--format", "json"]
                                       + Self.access, lang: "it_IT.UTF-8")
        #expect(italian.status == 1)
        let object = try #require(try italian.json() as? [String: Any])
        #expect(object["placement"] == nil && (object["allowed"] as? [Any])?.isEmpty == true)
        #expect(italian.stdout.contains("non è né il Ser.T né la CT") && !italian.stdout.contains("pz-rn-40b8d3"))
    }

    @Test func exportWritesAPrivateFileAndRefusesWhatIsNotAllowed() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-exchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("export.json").path
        let base = ["exchange", "export", Self.rimini, "--from", "ct-vallecchio-rn", "--to", "ausl-rn.sert-rimini",
                    "--phase", "goal-verification", "--as", "op-ct-vall-04", "--lang", "en"] + Self.access
        let written = try Sociosan.run(base + ["--at", "2025-10-20", "--output", out])
        #expect(written.status == 0, "\(written.stderr)")
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: out)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"kind\": \"er.addiction.exchange-export\"") && text.contains("acamprosato"))
        #expect(!text.contains("objectivesDefinition") && !text.contains("\"exchanges\""))
        // Before the second consent, health status asked by name is refused, naming the consent; nothing is written.
        let refusedOut = directory.appendingPathComponent("refused.json").path
        let refused = try Sociosan.run(base + ["--at", "2025-09-20", "--dimensions", "health-status", "verification", "--output", refusedOut])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("missing informed consent in force for health-status"))
        #expect(!FileManager.default.fileExists(atPath: refusedOut))
        // A CT operator sending as the Ser.T.
        let forged = try Sociosan.run(["exchange", "export", Self.rimini, "--from", "ausl-rn.sert-rimini", "--to", "ct-vallecchio-rn",
                                       "--phase", "therapeutic-project", "--as", "op-ct-vall-04", "--at", "2025-10-20", "--lang", "en"] + Self.access)
        #expect(forged.status == 1 && forged.stderr.contains("no access grant for the sending organisation ausl-rn.sert-rimini"))
        #expect(!forged.stdout.contains("Riduzione"))
    }

    @Test func withAStoreEveryCallAppendsOneAccessRecord() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-exchange-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = ["--store", directory.path]
        #expect(try Sociosan.run(["store", "init"] + store).status == 0)
        #expect(try Sociosan.run(["store", "put", Self.rimini] + store).status == 0)
        let view = try Sociosan.run(["exchange", "view", "placement-rn-2025-0112", "--as", "op-ct-vall-04", "--at", "2025-09-20"]
                                    + store + Self.access)
        #expect(view.status == 0, "\(view.stderr)")
        let other = try Sociosan.run(["exchange", "view", "placement-rn-2025-0112", "--as", "op-ct-andrea-02", "--at", "2025-09-20"]
                                     + store + Self.access)
        #expect(other.status == 1)
        let audit = try Sociosan.run(["store", "audit", "--lang", "en"] + store)
        let lines = audit.stdout.split(separator: "\n").filter { $0.contains("placement-rn-2025-0112") }
        #expect(lines.count == 2, "\(audit.stdout)")
        #expect(lines.first?.contains("op-ct-vall-04") == true && lines.first?.contains("allowed") == true)
        #expect(lines.last?.contains("op-ct-andrea-02") == true && lines.last?.contains("refused") == true)
        #expect(try Sociosan.run(["store", "verify"] + store).status == 0)
        let missing = try Sociosan.run(["exchange", "view", "no-such-placement", "--as", "op-ct-vall-04"] + store + Self.access)
        #expect(missing.status == 1)
    }

    @Test func usageErrors() throws {
        let badPhase = try Sociosan.run(["exchange", "export", Self.rimini, "--from", "a", "--to", "b", "--phase", "aftercare", "--as", "x",
                                         "--lang", "en"] + Self.access)
        #expect(badPhase.status == 2 && badPhase.stderr.contains("unknown phase aftercare"))
        let badDate = try Sociosan.run(["exchange", "view", Self.rimini, "--as", "op-ct-vall-04", "--at", "2025-13-01", "--lang", "en"] + Self.access)
        #expect(badDate.status == 2 && badDate.stderr.contains("--at"))
    }
}
