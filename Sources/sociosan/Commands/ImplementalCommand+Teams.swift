import Sociosan
import SociosanJSON

/// The `--teams` input of `sociosan implemental indicators`: the `lombardy.implemental.team`
/// files that LI20-LI21 are worked out from, one per ASST.
///
/// Each path is a team file, or a folder searched recursively for `*.json` files (its
/// `*.jsonl` files are skipped: a team file is one JSON document, and an activity file may sit
/// beside the teams). Every file must be a valid team dossier (warnings such as an EI still
/// without a coordinator do not stop it); an invalid one is described on standard error as
/// `FILE:LINE:COLUMN: error: ...` and no indicator is computed (exit status 2), as for an
/// invalid activity line.
struct ImplementalTeamFiles {
    let language: Language
    let console: Console
    let exit: StaffingExit

    /// Reads every team file of `paths` into `calculator`.
    func load(_ paths: [String], into calculator: inout ImplementalIndicatorCalculator) throws {
        var invalid = 0
        var fileOfASST: [String: String] = [:]
        for path in paths {
            if path == InputCollector.standardInputPath {
                throw exit.usage(LocalizedText(it: "--teams non legge lo standard input: indicare un file o una cartella",
                                               en: "--teams does not read standard input: give a file or a folder"))
            }
            var fromFolder = false
            if case .success((.directory, _)) = SystemIO.fileType(atPath: path) { fromFolder = true }
            var taken = 0
            for item in InputCollector.items(for: path) {
                switch item {
                case .problem(let problem):
                    throw exit.usage(LocalizedText(it: problem.message(in: .italian), en: problem.message(in: .english)))
                case .standardInput:
                    continue
                case .file(let file):
                    if fromFolder, file.hasSuffix(".jsonl") { continue }
                    taken += 1
                    guard let team = try decode(file) else {
                        invalid += 1
                        continue
                    }
                    do {
                        try calculator.add(team: team)
                    } catch {
                        let first = fileOfASST[team.asst].map { " (\($0))" } ?? ""
                        throw exit.usage(LocalizedText(it: "\(file): " + error.italianMessage + first, en: "\(file): " + error.englishMessage + first))
                    }
                    fileOfASST[team.asst] = file
                }
            }
            if taken == 0 {
                // A folder of activity files only: LI20-LI21 must not pass as computed from nothing.
                throw exit.usage(LocalizedText(it: "\(path): nessun file delle équipe (*.json) nella cartella",
                                               en: "\(path): no team file (*.json) in the folder"))
            }
        }
        guard invalid > 0 else { return }
        let message = LocalizedText(it: "{0} file delle équipe non validi: nessun indicatore calcolato",
                                    en: "{0} invalid team files: no indicator computed").render([.integer(invalid)], in: language)
        throw exit.usage(LocalizedText(it: message, en: message))
    }

    /// The team dossier of `file`, or `nil` after describing why it is not a valid one.
    private func decode(_ file: String) throws -> ImplementalTeam? {
        var results: [DossierResult] = []
        do {
            try DossierValidator.validateFile(atPath: file) { results.append($0) }
        } catch {
            throw exit.usage(LocalizedText(it: "\(file): " + error.description, en: "\(file): " + error.description))
        }
        var describe = RecordFileInput(file: file, language: language, console: console)
        for result in results where !result.isValid { describe.add(result) }
        guard describe.invalid == 0, let result = results.first else { return nil }
        guard results.count == 1, result.kind == DossierKind.implementalTeam.rawValue else {
            console.standardError(CLIText.errorLine(LocalizedText(
                it: "{0}: non è un dossier {1} (tipo: {2})", en: "{0}: not a {1} dossier (kind: {2})"
            ).render([.text(file), .text(DossierKind.implementalTeam.rawValue), .text(result.kind ?? "-")], in: language), in: language))
            return nil
        }
        // The file validated: reading it again can fail only if it changed meanwhile.
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(contentsOfFile: file)
        } catch {
            throw exit.usage(LocalizedText(it: error.italianMessage, en: error.englishMessage))
        }
        do {
            return try ImplementalTeam.decode(document: document)
        } catch {
            throw exit.usage(LocalizedText(it: "\(file): \(error)", en: "\(file): \(error)"))
        }
    }
}
