import Foundation
import Testing

/// Issue 16, point 7: `validate` reads at most `--max-size` bytes at once (64 MiB by
/// default, as `store put`), so that an endless standard input or a huge file is refused in
/// bounded memory, with what to pass to raise the limit.
@Suite("validate --max-size")
struct ValidateInputLimitTests {
    let fixture = "Fixtures/er.psychiatry.spoi/valid/spoi-12-beds.json"

    @Test("validate - < /dev/zero stops at the default limit, exit 2, naming --max-size")
    func endlessStandardInput() throws {
        let result = try Sociosan.bash("timeout 60 \"$SOCIOSAN\" validate --lang en - < /dev/zero")
        #expect(result.status == 2)
        #expect(result.stderr.contains("-: more than 67108864 bytes to read at once"), "\(result.stderr)")
        #expect(result.stderr.contains("to raise the limit pass --max-size BYTES"))
        let italian = try Sociosan.bash("timeout 60 \"$SOCIOSAN\" validate --lang it --max-size 1000 - < /dev/zero")
        #expect(italian.status == 2)
        #expect(italian.stderr.contains("-: più di 1000 byte da leggere in una volta"), "\(italian.stderr)")
        #expect(italian.stderr.contains("passare --max-size BYTE"))
    }

    @Test("a file or standard input over --max-size is refused before parsing; at the limit it is read")
    func fileOverTheLimit() throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: Sociosan.repositoryRoot.appendingPathComponent(fixture).path)[.size] as? Int)
        let over = try Sociosan.run(["validate", "--lang", "en", "--max-size", String(size - 1), fixture])
        #expect(over.status == 2)
        #expect(over.stderr.contains("\(fixture): more than \(size - 1) bytes to read at once"), "\(over.stderr)")
        #expect(over.stdout.contains("1 unreadable path"))
        #expect(try Sociosan.run(["validate", "--max-size", String(size), fixture]).status == 0)
        let bytes = try Data(contentsOf: Sociosan.repositoryRoot.appendingPathComponent(fixture))
        #expect(try Sociosan.run(["validate", "--max-size", String(size - 1), "-"], input: bytes).status == 2)
        #expect(try Sociosan.run(["validate", "--max-size", String(size), "-"], input: bytes).status == 0)
    }

    @Test("a .jsonl file is bounded line by line: a long line is refused, many short ones are not")
    func jsonLinesAreBoundedPerLine() throws {
        let folder = try TemporaryFolder()
        let line = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl"), encoding: .utf8)
        let longest = line.split(separator: "\n").map(\.utf8.count).max() ?? 0
        let file = try folder.write(line, to: "activity.jsonl")
        // The whole file is larger than the limit, each line within it.
        #expect(line.utf8.count > longest + 1)
        #expect(try Sociosan.run(["validate", "--max-size", String(longest + 1), file.path]).status == 0)
        let refused = try Sociosan.run(["validate", "--lang", "en", "--max-size", String(longest / 2), file.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("more than \(longest / 2) bytes to read at once (for a .jsonl file: a line longer than that)"), "\(refused.stderr)")
    }

    /// The network and planning passes judge the dossiers the validation read: a file over
    /// `--max-size` is refused once and adds nothing to them (it used to be read again, whole).
    @Test("validate --network and --inhabitants read each file once, within --max-size")
    func passesTogetherHonourTheLimit() throws {
        // The four bundled SPOI have 60 beds; two copies of the 18-bed one make 96 > 90 (L120).
        let folder = try TemporaryFolder()
        let valid = Sociosan.spoiFixtures.appendingPathComponent("valid").path
        let first = try IndicatorsCommandTests.spoiCopy(id: "spoi-x1", in: folder)
        let padded = try IndicatorsCommandTests.spoiCopy(id: "spoi-x2", in: folder)
        let text = try String(contentsOfFile: padded, encoding: .utf8)
        try (text + String(repeating: " ", count: 10_000)).write(toFile: padded, atomically: true, encoding: .utf8)
        let limit = String(text.utf8.count + 5_000)
        let all = try Sociosan.run(["validate", "--network", "--lang", "en", valid, first, padded])
        #expect(all.status == 1 && all.stdout.contains("96 SPOI beds in 6 structures exceed the regional total of 90"), "\(all.stdout)")
        let bounded = try Sociosan.run(["validate", "--network", "--lang", "en", "--max-size", limit, valid, first, padded])
        #expect(bounded.status == 2)
        #expect(bounded.stderr.contains("\(padded): more than \(limit) bytes to read at once"), "\(bounded.stderr)")
        #expect(bounded.stdout.contains("(network)") && !bounded.stdout.contains("er.network.spoi-beds"), "\(bounded.stdout)")

        // Casa Aurora (10 places) for 15,000 inhabitants of Palermo is 6.66 per 10,000 (> 5);
        // over the limit it is not counted, and Palermo has no place at all.
        let aurora = Sociosan.repositoryRoot.appendingPathComponent("Fixtures/sicily.psychiatry.residence-24h/valid/srp-pa-casa-aurora.json").path
        let size = try #require(try FileManager.default.attributesOfItem(atPath: aurora)[.size] as? Int)
        let planned = try Sociosan.run(["validate", "--lang", "en", "--inhabitants", "PA=15000", "--max-size", String(size), aurora])
        #expect(planned.status == 0 && planned.stdout.contains("6.66 per 10,000"), "\(planned.stdout)")
        let refused = try Sociosan.run(["validate", "--lang", "en", "--inhabitants", "PA=15000", "--max-size", String(size - 1), aurora])
        #expect(refused.status == 2 && refused.stderr.contains("more than \(size - 1) bytes to read at once"), "\(refused.stderr)")
        #expect(refused.stdout.contains("(planning PA)") && !refused.stdout.contains("sicily.planning.residence-24h-initial"), "\(refused.stdout)")
    }

    @Test("a device named as a file is refused before any read; --max-size must be positive")
    func devicesAndBadLimits() throws {
        let device = try Sociosan.bash("timeout 60 \"$SOCIOSAN\" validate --lang en /dev/zero")
        #expect(device.status == 2)
        #expect(device.stderr.contains("/dev/zero: neither a file nor a folder"), "\(device.stderr)")
        let zero = try Sociosan.run(["validate", "--lang", "en", "--max-size", "0", fixture])
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("--max-size takes a positive number of bytes, not 0"), "\(zero.stderr)")
    }
}
