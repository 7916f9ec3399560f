import Foundation
import Testing

/// `validate --format json` and `--format sarif`: shapes, counts and cross-references.
@Suite("validate --format json|sarif")
struct OutputFormatTests {
    @Test("--format json is one object with files and summary, and the summary adds up")
    func jsonShape() throws {
        let result = try Sociosan.run(["validate", "--format", "json", "--lang", "en",
                                       "Fixtures/er.psychiatry.spoi/valid", "Fixtures/er.psychiatry.spoi/invalid"])
        #expect(result.status == 1)
        let root = try #require(try result.json() as? [String: Any], "\(result.stdout.prefix(500))")
        #expect(Set(root.keys) == ["files", "summary"])
        let files = try #require(root["files"] as? [[String: Any]])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(Set(summary.keys).isSuperset(of: ["files", "dossiers", "valid", "errors", "warnings"]))

        var dossierCount = 0, validCount = 0, errorCount = 0, warningCount = 0
        for file in files {
            #expect(Set(file.keys) == ["path", "dossiers"])
            #expect(file["path"] is String)
            let dossiers = try #require(file["dossiers"] as? [[String: Any]])
            for dossier in dossiers {
                #expect(Set(dossier.keys).isSuperset(of: ["index", "kind", "valid", "findings"]))
                #expect(dossier["index"] is Int)
                #expect(dossier["kind"] is String || dossier["kind"] is NSNull)
                let valid = try #require(dossier["valid"] as? Bool)
                let findings = try #require(dossier["findings"] as? [[String: Any]])
                dossierCount += 1
                if valid { validCount += 1 }
                for finding in findings {
                    #expect(Set(finding.keys) == ["rule", "severity", "path", "line", "column", "message", "citation"])
                    let severity = try #require(finding["severity"] as? String)
                    #expect(["error", "warning", "info"].contains(severity))
                    if severity == "error" { errorCount += 1 }
                    if severity == "warning" { warningCount += 1 }
                    let pointer = try #require(finding["path"] as? String)
                    #expect(pointer.isEmpty || pointer.hasPrefix("/"))
                    #expect(finding["line"] is Int || finding["line"] is NSNull)
                    #expect(finding["column"] is Int || finding["column"] is NSNull)
                    #expect(!(try #require(finding["message"] as? String)).isEmpty)
                    if let citation = finding["citation"] as? [String: Any] {
                        #expect((citation["seed"] as? String)?.hasSuffix(".txt") == true)
                        let lines = try #require(citation["lines"] as? [Int])
                        #expect(lines.count == 2 && lines[0] <= lines[1])
                    } else {
                        #expect(finding["citation"] is NSNull)
                    }
                }
                #expect(valid == !findings.contains { $0["severity"] as? String == "error" })
            }
        }
        #expect(summary["files"] == files.count)
        #expect(summary["dossiers"] == dossierCount)
        #expect(summary["valid"] == validCount)
        #expect(summary["errors"] == errorCount)
        #expect(summary["warnings"] == warningCount)
        #expect(errorCount > 0)
        #expect(validCount > 0)
    }

    @Test("--format json of valid dossiers exits 0 with every dossier valid")
    func jsonValid() throws {
        let result = try Sociosan.run(["validate", "--format", "json", "Fixtures/er.psychiatry.spoi/valid"])
        #expect(result.status == 0)
        let root = try #require(try result.json() as? [String: Any])
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary["dossiers"] == summary["valid"])
        #expect(summary["errors"] == 0)
    }

    @Test("SARIF 2.1.0: one run, results whose rules are in the driver, at their index")
    func sarif() throws {
        let folder = try TemporaryFolder()
        let unclosed = try folder.write("[1", to: "n_structure_unclosed_array.json").path
        let result = try Sociosan.run(["validate", "--format", "sarif", "--lang", "en", "Fixtures/er.psychiatry.spoi/invalid", unclosed])
        #expect(result.status == 1)
        let root = try #require(try result.json() as? [String: Any])
        #expect(root["version"] as? String == "2.1.0")
        #expect(root["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let runs = try #require(root["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        let tool = try #require(run["tool"] as? [String: Any])
        let driver = try #require(tool["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sociosan")
        #expect(driver["version"] is String)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs.count == rules.count)
        #expect(Set(ruleIDs).count == ruleIDs.count, "rule ids are unique")
        for rule in rules {
            #expect((rule["shortDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["fullDescription"] as? [String: Any])?["text"] is String)
            #expect((rule["help"] as? [String: Any])?["text"] is String)
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            #expect(["error", "warning", "note"].contains(level ?? ""))
        }
        // A regulation rule's help cites its seed.
        let cited = try #require(rules.first { ($0["id"] as? String)?.hasPrefix("er.spoi.") == true })
        let help = try #require((cited["help"] as? [String: Any])?["text"] as? String)
        #expect(help.contains("DGR Emilia-Romagna 2000/2009, L"))

        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for item in results {
            let ruleID = try #require(item["ruleId"] as? String)
            #expect(ruleIDs.contains(ruleID), "\(ruleID) is in driver.rules")
            let index = try #require(item["ruleIndex"] as? Int)
            #expect(ruleIDs.indices.contains(index) && ruleIDs[index] == ruleID)
            #expect(["error", "warning", "note"].contains(item["level"] as? String ?? ""))
            #expect(((item["message"] as? [String: Any])?["text"] as? String)?.isEmpty == false)
            let location = try #require((item["locations"] as? [[String: Any]])?.first)
            let physical = try #require(location["physicalLocation"] as? [String: Any])
            let uri = try #require((physical["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(uri.hasPrefix("Fixtures/er.psychiatry.spoi/invalid/") || uri == "file://" + unclosed, "\(uri)")
            let region = try #require(physical["region"] as? [String: Any])
            #expect((region["startLine"] as? Int ?? 0) >= 1)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            #expect((item["properties"] as? [String: Any])?["jsonPointer"] is String)
        }
        #expect(results.contains { $0["ruleId"] as? String == "json.syntax" })
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
    }

    @Test("SARIF records unreadable inputs as tool execution notifications")
    func sarifNotifications() throws {
        let result = try Sociosan.run(["validate", "--format", "sarif", "/nonexistent/dossier.json"])
        #expect(result.status == 2)
        let root = try #require(try result.json() as? [String: Any])
        let run = try #require((root["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.isEmpty == true)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
        #expect(((notification["message"] as? [String: Any])?["text"] as? String)?.contains("/nonexistent/dossier.json") == true)
    }

    @Test("--lang changes the words in JSON and SARIF too")
    func languagesInMachineFormats() throws {
        let file = "Fixtures/er.psychiatry.spoi/invalid/er.spoi.contiguity--not-contiguous.json"
        let english = try Sociosan.run(["validate", "--format", "json", "--lang", "en", file])
        let italian = try Sociosan.run(["validate", "--format", "json", "--lang", "it", file])
        #expect(english.stdout != italian.stdout)
        let englishSARIF = try Sociosan.run(["validate", "--format", "sarif", "--lang", "en", file])
        let root = try #require(try englishSARIF.json() as? [String: Any])
        #expect((root["runs"] as? [[String: Any]])?.first?["language"] as? String == "en-US")
    }
}
