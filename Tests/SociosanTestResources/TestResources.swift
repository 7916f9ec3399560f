import Foundation
import Testing

/// Where the tests find the documents that are not part of this repository: the regulations
/// the rules cite (`shared/seeds/`) and JSONTestSuite's parsing files (`shared/conformance/`).
///
/// Each is looked up, in order:
/// 1. in the folder named by an environment variable, `SOCIOSAN_SEEDS` (the folder holding
///    `000_….txt` to `004_….txt`) or `SOCIOSAN_CONFORMANCE` (the folder holding
///    `jsontestsuite/`);
/// 2. in `shared/seeds` or `shared/conformance` of the nearest folder above this source file
///    that has one: `../shared` beside a clone of the repository.
///
/// Where neither holds them, the tests that read them are skipped (``requiresSeeds``,
/// ``requiresConformance``), with a message that says what to set; every other test runs.
///
/// ```swift
/// @Test(.requiresSeeds) func citedLinesExist() throws {
///     let lines = TestResources.seedLines("002_6a5f046dd59f793e.txt")
///     #expect(lines.count == 3026)
/// }
/// ```
public enum TestResources {
    /// The variable that names the folder of the seed documents.
    public static let seedsVariable = "SOCIOSAN_SEEDS"
    /// The variable that names the conformance folder (the one holding `jsontestsuite/`).
    public static let conformanceVariable = "SOCIOSAN_CONFORMANCE"

    /// The folder of the seed documents, or `nil` when none was found.
    public static let seedsDirectory: URL? = locate(
        variable: seedsVariable, sibling: "shared/seeds", marker: "002_6a5f046dd59f793e.txt")

    /// The conformance folder (`shared/conformance`), or `nil` when none was found.
    public static let conformanceDirectory: URL? = locate(
        variable: conformanceVariable, sibling: "shared/conformance", marker: "jsontestsuite/test_parsing")

    /// JSONTestSuite's `test_parsing` folder, or `nil` when the conformance folder was not found.
    public static var jsonTestSuiteParsingDirectory: URL? {
        conformanceDirectory?.appendingPathComponent("jsontestsuite/test_parsing", isDirectory: true)
    }

    /// Why the seed-reading tests are skipped: what was looked for and what to set.
    public static let missingSeedsMessage = missingMessage(
        what: "the seed documents", variable: seedsVariable, sibling: "shared/seeds")

    /// Why the conformance tests are skipped: what was looked for and what to set.
    public static let missingConformanceMessage = missingMessage(
        what: "JSONTestSuite's files", variable: conformanceVariable, sibling: "shared/conformance")

    /// The text of seed document `fileName` (`"004_5afb5b0adc2bae55.txt"`), or `nil` when it
    /// cannot be read.
    public static func seedText(_ fileName: String) -> String? {
        guard let directory = seedsDirectory else { return nil }
        return try? String(contentsOf: directory.appendingPathComponent(fileName), encoding: .utf8)
    }

    /// The lines of seed document `fileName` (line `n` is element `n - 1`), empty when it cannot
    /// be read. Lines end at `\n`; a last line without one still counts.
    public static func seedLines(_ fileName: String) -> [Substring] {
        seedText(fileName)?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
    }

    /// Lines `first` through `last` of seed document `fileName` (1-based, both included), joined
    /// by `\n`: the text a citation points at; `nil` when the seed cannot be read or the lines are
    /// not inside it.
    ///
    /// ```swift
    /// TestResources.seedText("002_6a5f046dd59f793e.txt", lines: 253, through: 261)
    /// ```
    public static func seedText(_ fileName: String, lines first: Int, through last: Int) -> String? {
        let lines = seedLines(fileName)
        guard first >= 1, first <= last, last <= lines.count else { return nil }
        return lines[(first - 1)...(last - 1)].joined(separator: "\n")
    }

    /// What the variable named `name` holds, when it is set and not empty.
    public static func environmentValue(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// The folder a variable names, when it holds `marker`; else `sibling` of the nearest folder
    /// above this file that holds `sibling/marker`. A variable that is set but names a folder
    /// without `marker` finds nothing (``TestResourcesTests`` fails on it: a typo must not turn
    /// a run into silent skips).
    static func locate(variable: String, sibling: String, marker: String) -> URL? {
        let files = FileManager.default
        if let value = environmentValue(variable) {
            let url = URL(fileURLWithPath: value, isDirectory: true).standardizedFileURL
            return files.fileExists(atPath: url.appendingPathComponent(marker).path) ? url : nil
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" && !directory.path.isEmpty {
            let candidate = directory.appendingPathComponent(sibling, isDirectory: true)
            if files.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate.standardizedFileURL }
            directory.deleteLastPathComponent()
        }
        return nil
    }

    static func missingMessage(what: String, variable: String, sibling: String) -> String {
        if let value = environmentValue(variable) {
            return "\(what) are not in \(variable)=\(value): point it at the folder that holds them"
        }
        return "\(what) were not found: set \(variable) to the folder that holds them, or put "
            + "\(sibling) beside this clone of the repository (../\(sibling))"
    }
}

extension Trait where Self == ConditionTrait {
    /// Skips a test or suite that reads the seed documents when they are not found,
    /// saying what to set (``TestResources``).
    public static var requiresSeeds: Self {
        .enabled(if: TestResources.seedsDirectory != nil, Comment(rawValue: TestResources.missingSeedsMessage))
    }

    /// Skips a test or suite that reads JSONTestSuite's files when they are not found,
    /// saying what to set (``TestResources``).
    public static var requiresConformance: Self {
        .enabled(if: TestResources.conformanceDirectory != nil, Comment(rawValue: TestResources.missingConformanceMessage))
    }
}
