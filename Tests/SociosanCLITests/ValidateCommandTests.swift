import Foundation
import Testing

/// `sociosan validate`: exit statuses, inputs (files, folders, standard input, JSON Lines)
/// and the text format.
@Suite("sociosan validate")
struct ValidateCommandTests {
    @Test("a folder of valid dossiers exits 0 and says so")
    func validFolder() throws {
        let result = try Sociosan.run(["validate", "--lang", "en", "Fixtures/er.psychiatry.spoi/valid"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(": valid\n"))
        let count = try FileManager.default.contentsOfDirectory(atPath: Sociosan.spoiFixtures.appendingPathComponent("valid").path)
            .filter { $0.hasSuffix(".json") }.count
        let summary = try #require(result.stdout.split(separator: "\n").last)
        #expect(summary.hasPrefix("\(count) files, \(count) dossiers: \(count) valid, 0 errors, "), "\(summary)")
        #expect(result.stderr.isEmpty)
    }

    @Test("a folder of invalid dossiers exits 1")
    func invalidFolder() throws {
        let result = try Sociosan.run(["validate", try InvalidExamples.folder("er.psychiatry.spoi")])
        #expect(result.status == 1)
        #expect(result.stdout.contains(": errore: "))
        #expect(result.endedCleanly)
    }

    @Test("a missing path exits 2 naming it, after validating the other paths")
    func missingPath() throws {
        let folder = try TemporaryFolder()
        try folder.write(Dossiers.validSPOI(), to: "ok.json")
        let missing = folder.url.appendingPathComponent("no-such-dossier.json").path
        let result = try Sociosan.run(["validate", "--lang", "en", missing, folder.url.appendingPathComponent("ok.json").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-dossier.json"))
        #expect(result.stderr.contains("no such file or folder"))
        #expect(result.stdout.contains("ok.json: valid"))
        #expect(result.stdout.contains("1 file, 1 dossier: 1 valid, 0 errors, 0 warnings; 1 unreadable path\n"))

        let italian = try Sociosan.run(["validate", "--lang", "it", missing])
        #expect(italian.status == 2)
        #expect(italian.stderr.contains("file o cartella inesistente"))
        #expect(italian.stderr.hasPrefix("sociosan: errore: "))
    }

    @Test("an I/O error outranks findings: exit 2 even with errors elsewhere")
    func problemOutranksFindings() throws {
        let result = try Sociosan.run(["validate", try InvalidExamples.folder("er.psychiatry.spoi"), "/nonexistent/x.json"])
        #expect(result.status == 2)
        #expect(result.stdout.contains(": errore: "))
    }

    @Test("a path that is neither file nor folder exits 2")
    func deviceIsRefused() throws {
        let result = try Sociosan.run(["validate", "--lang", "en", "/dev/null"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("/dev/null: neither a file nor a folder"))
    }

    /// Root reads every folder whatever its mode (and the tests run as root, on CI too): then
    /// the command runs as the unprivileged user 65534 through `setpriv` (util-linux), from a
    /// copy of the binary inside a folder handed to that user.
    @Test("an unreadable folder exits 2 naming it",
          .enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "run as root without /usr/bin/setpriv (util-linux): root reads every folder"))
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        let data = folder.url.appendingPathComponent("data")
        let locked = data.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        let result: ProcessOutput
        if getuid() == 0 {
            result = try Sociosan.bash(#"""
                cp "$SOCIOSAN" "$1/sociosan" && chmod 755 "$1" "$1/sociosan" && chown -R 65534:65534 "$1" && chmod 0 "$1/data/locked" \
                  && exec /usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups "$1/sociosan" validate --lang en "$1/data"
                """#, folder.url.path)
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
            result = try Sociosan.run(["validate", "--lang", "en", data.path])
        }
        #expect(result.status == 2, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("cannot read the folder") && result.stderr.contains("locked"), "\(result.stderr)")
    }

    @Test("a pipe named *.json inside a folder is reported, not opened (which would block)")
    func pipeInFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write(Dossiers.validSPOI(), to: "a.json")
        let result = try Sociosan.bash(#"mkfifo "$1/b.json" && "$SOCIOSAN" validate --lang en "$1""#, folder.url.path)
        #expect(result.status == 2)
        #expect(result.stderr.contains("b.json: neither a file nor a folder"))
        #expect(result.stdout.contains("a.json: valid"))
    }

    @Test("usage errors exit 2, not argument-parser's 64")
    func usageErrors() throws {
        let badFormat = try Sociosan.run(["validate", "--format", "xml", "Fixtures"])
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))
        let noPath = try Sociosan.run(["validate"])
        #expect(noPath.status == 2)
        let unknownCommand = try Sociosan.run(["frobnicate"])
        #expect(unknownCommand.status == 2)
        #expect(badFormat.endedCleanly && noPath.endedCleanly && unknownCommand.endedCleanly)
    }

    @Test("text lines are PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE] at POINTER (REGULATION, Lx-Ly)")
    func textFormat() throws {
        let file = try InvalidExamples.file("er.psychiatry.spoi", "er.spoi.contiguity--not-contiguous.json")
        let result = try Sociosan.run(["validate", "--lang", "en", file])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let finding = try #require(lines.first { $0.contains("[er.spoi.contiguity]") }, "\(result.stdout)")
        let pattern = #/^(.+):(\d+):(\d+): (error|warning|info): (.+) \[([a-z0-9.\-]+)\]( at (/\S*))?( \(([^()]+(?:\([^()]*\))?), L\d+(-L\d+)?\))?$/#
        let match = try #require(try pattern.wholeMatch(in: finding), "\(finding)")
        #expect(match.output.1 == file)
        #expect(match.output.4 == "error")
        #expect(match.output.10 == "DGR Emilia-Romagna 2000/2009", "a regulation rule names its regulation: \(finding)")
        let errors = lines.filter { $0.contains(": error: ") }.count
        let warnings = lines.filter { $0.contains(": warning: ") }.count
        let expected = "1 file, 1 dossier: 0 valid, \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        #expect(lines.last?.hasPrefix(expected) == true, "\(lines.last ?? "") vs \(expected)")
    }

    @Test("--lang en and --lang it word findings differently; LANG is the default")
    func languages() throws {
        let file = try InvalidExamples.file("er.psychiatry.spoi", "er.spoi.contiguity--not-contiguous.json")
        let english = try Sociosan.run(["validate", "--lang", "en", file])
        let italian = try Sociosan.run(["validate", "--lang", "it", file])
        #expect(english.status == 1 && italian.status == 1)
        #expect(english.stdout != italian.stdout)
        #expect(english.stdout.contains(": error: "))
        #expect(italian.stdout.contains(": errore: "))
        #expect(english.stdout.contains("1 file, 1 dossier: 0 valid"))
        #expect(italian.stdout.contains("1 file, 1 dossier: 0 validi"))

        let fromLANG = try Sociosan.run(["validate", file], lang: "en_GB.UTF-8")
        #expect(fromLANG.stdout == english.stdout)
        let noLANG = try Sociosan.run(["validate", file], lang: nil)
        #expect(noLANG.stdout == italian.stdout)
    }

    @Test("--strict makes an unknown field an error")
    func strict() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(Dossiers.compactSPOI { $0["notAField"] = 1 }, to: "extra.json")

        let lenient = try Sociosan.run(["validate", "--format", "json", file.path])
        #expect(lenient.status == 0, "\(lenient.stdout)")
        #expect(try findings(of: lenient).contains { $0["rule"] as? String == "json.unknown-field" && $0["severity"] as? String == "warning" })

        let strict = try Sociosan.run(["validate", "--strict", "--format", "json", file.path])
        #expect(strict.status == 1)
        #expect(try findings(of: strict).contains { $0["rule"] as? String == "json.unknown-field" && $0["severity"] as? String == "error" })
    }

    @Test("an unclosed array (JSONTestSuite's n_structure_unclosed_array) is a json.syntax finding with line and column, exit 1")
    func syntaxError() throws {
        // The bytes of JSONTestSuite's file, written here so that the test needs nothing outside the repository.
        let folder = try TemporaryFolder()
        let path = try folder.write("[1", to: "n_structure_unclosed_array.json").path
        let result = try Sociosan.run(["validate", "--format", "json", path])
        #expect(result.status == 1)
        let finding = try #require(try findings(of: result).first)
        #expect(finding["rule"] as? String == "json.syntax")
        let line = try #require(finding["line"] as? Int)
        let column = try #require(finding["column"] as? Int)
        #expect(line == 1)
        #expect(column >= 1)

        let text = try Sociosan.run(["validate", "--lang", "en", path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("\(path):\(line):\(column): error: "))
        #expect(text.stdout.contains("[json.syntax]"))
    }

    @Test("- reads standard input: one document, or JSON Lines")
    func standardInput() throws {
        let valid = try Sociosan.run(["validate", "--lang", "en", "-"], input: Dossiers.validSPOI())
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(valid.stdout.contains("-: valid"))

        let broken = try Sociosan.run(["validate", "--format", "json", "-"], input: Data("{\"kind\":".utf8))
        #expect(broken.status == 1)
        #expect(try findings(of: broken).first?["rule"] as? String == "json.syntax")

        let lines = try Dossiers.compactSPOI() + "\n" + Dossiers.compactSPOI { $0["beds"] = "many" } + "\n"
        let bulk = try Sociosan.run(["validate", "--format", "json", "-"], input: Data(lines.utf8))
        #expect(bulk.status == 1)
        let root = try #require(try bulk.json() as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Any])
        #expect(summary["dossiers"] as? Int == 2)
        #expect(summary["valid"] as? Int == 1)
    }

    @Test("JSON Lines files: one dossier a line, syntax errors at their own line")
    func jsonLines() throws {
        let folder = try TemporaryFolder()
        let text = try [Dossiers.compactSPOI(), "{\"kind\": [", Dossiers.compactSPOI()].joined(separator: "\n") + "\n"
        let file = try folder.write(text, to: "bulk.jsonl")
        let result = try Sociosan.run(["validate", "--format", "json", file.path])
        #expect(result.status == 1)
        let root = try #require(try result.json() as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        let dossiers = try #require(files.first?["dossiers"] as? [[String: Any]])
        #expect(dossiers.count == 3)
        #expect(dossiers.map { $0["valid"] as? Bool } == [true, false, true])
        #expect(dossiers.map { $0["index"] as? Int } == [0, 1, 2])
        let syntax = try #require((dossiers[1]["findings"] as? [[String: Any]])?.first)
        #expect(syntax["rule"] as? String == "json.syntax")
        #expect(syntax["line"] as? Int == 2)

        let textResult = try Sociosan.run(["validate", "--lang", "en", file.path])
        #expect(textResult.stdout.contains("bulk.jsonl:2:"))
    }

    @Test("folders: *.json and *.jsonl recursively, sorted, hidden entries skipped")
    func folderWalk() throws {
        let folder = try TemporaryFolder()
        let valid = try Dossiers.validSPOI()
        try folder.write(valid, to: "b.json")
        try folder.write(valid, to: "a/z.json")
        try folder.write(valid, to: "a.json")
        try folder.write(Dossiers.compactSPOI() + "\n", to: "c.jsonl")
        try folder.write("not json", to: "notes.txt")
        try folder.write("{", to: ".hidden.json")
        try folder.write("{", to: ".git/config.json")
        let result = try Sociosan.run(["validate", "--format", "json", folder.url.path + "/"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let root = try #require(try result.json() as? [String: Any])
        let paths = try #require(root["files"] as? [[String: Any]]).compactMap { $0["path"] as? String }
        let base = folder.url.path + "/"
        // Each folder's entries in byte order: "a" < "a.json" < "b.json" < "c.jsonl".
        #expect(paths == [base + "a/z.json", base + "a.json", base + "b.json", base + "c.jsonl"])
        // Deterministic: a second run lists the same files in the same order.
        let again = try Sociosan.run(["validate", "--format", "json", folder.url.path + "/"])
        #expect(again.stdout == result.stdout)
    }

    @Test("a closed standard output stops quietly, without a crash")
    func brokenPipe() throws {
        let folder = try TemporaryFolder()
        let many = String(repeating: "[]\n", count: 20_000)
        let file = try folder.write(many, to: "many.jsonl")
        let result = try Sociosan.bash(
            #""$SOCIOSAN" validate --format json "$1" 2>"$2" | head -c 100 >/dev/null; echo "${PIPESTATUS[0]}"; cat "$2""#,
            file.path, folder.url.appendingPathComponent("stderr").path)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "2", "status and stderr: \(result.stdout)")
        #expect(lines.dropFirst().allSatisfy { $0.isEmpty }, "nothing on standard error: \(result.stdout)")
    }

    @Test("file names that are not UTF-8 are reported, not crashed on")
    func nonUTF8Names() throws {
        let folder = try TemporaryFolder()
        try folder.write(Dossiers.validSPOI(), to: "ok.json")
        let result = try Sociosan.bash(
            #"cd "$1" && printf '{}' > "$(printf 'bad\377.json')" && "$SOCIOSAN" validate --lang en . "$(printf 'other\377.json')"; echo "status=$?""#,
            folder.url.path)
        #expect(result.stdout.contains("status=2"), "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("ok.json: valid"))
        #expect(result.stderr.components(separatedBy: "not valid UTF-8").count == 3, "\(result.stderr)")
        #expect(result.endedCleanly)
    }

    private func findings(of result: ProcessOutput) throws -> [[String: Any]] {
        let root = try #require(try result.json() as? [String: Any], "\(result.stdout)")
        let files = try #require(root["files"] as? [[String: Any]])
        return files.flatMap { file in
            ((file["dossiers"] as? [[String: Any]]) ?? []).flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        }
    }
}
