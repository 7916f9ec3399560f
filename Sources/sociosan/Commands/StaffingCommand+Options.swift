import ArgumentParser
import Sociosan
import SociosanJSON

/// `--format` of `staffing`, `staffing check`, `capacity` and `network`.
enum StaffingFormat: String, OutputFormat {
    /// Aligned tables for people.
    case text
    /// One JSON object.
    case json
}

/// `--by` of `network`: the breakdown printed as the main table.
enum NetworkBreakdown: String, CaseIterable, ExpressibleByArgument {
    case role
    case province
    case type
}

/// A number of hours a week as typed: `36`, `37.5` or `37,5` (at most two decimals), kept
/// exact.
struct HoursArgument: ExpressibleByArgument, Sendable, Hashable {
    let value: Rational

    init?(argument: String) {
        var whole = 0, hundredths = 0, decimals = 0
        var seenSeparator = false
        let sign = argument.hasPrefix("-") ? -1 : 1
        let digits = sign < 0 ? argument.dropFirst() : Substring(argument)
        guard !digits.isEmpty, digits.count <= 12 else { return nil }
        for character in digits {
            if character == "." || character == "," {
                guard !seenSeparator else { return nil }
                seenSeparator = true
                continue
            }
            guard let digit = character.wholeNumberValue, character.isASCII else { return nil }
            if seenSeparator {
                decimals += 1
                guard decimals <= 2 else { return nil }
                hundredths += digit * (decimals == 1 ? 10 : 1)
            } else {
                whole = whole * 10 + digit
            }
        }
        value = Rational(sign * (whole * 100 + hundredths), 100)
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// `--full-time-hours H` and `--condition C` (repeatable): the parameters of a calculation.
struct StaffingParameterOptions: ParsableArguments {
    @Option(name: .customLong("full-time-hours"),
            help: "Weekly hours of one full-time post (default 36; the seeds never define it).")
    var fullTimeHours: HoursArgument?

    @Option(name: .customLong("condition"),
            help: "A declared circumstance that switches a conditional requirement on (repeatable).")
    var conditions: [String] = []

    /// The parameters, starting from `base` (a dossier's own) for what is not given here.
    func parameters(over base: StaffingParameters = .init()) -> StaffingParameters {
        StaffingParameters(
            fullTimeHours: fullTimeHours?.value ?? base.fullTimeHours,
            conditions: conditions.isEmpty ? base.conditions : Set(conditions.map(StaffingCondition.init(rawValue:))))
    }
}

/// How the staffing commands end: a message on standard error in the chosen language, then
/// the exit status.
struct StaffingExit {
    let console: Console
    let language: Language

    /// `sociosan: errore: MESSAGE`, exit status 2.
    func usage(_ message: LocalizedText) -> ExitCode {
        console.standardError(CLIText.errorLine(message.text(in: language), in: language))
        return ExitCode(ExitStatus.failure)
    }

    /// A calculator error (unknown type, capacity out of limits, bad hours), exit status 2.
    func staffing(_ error: StaffingError) -> ExitCode { usage(error.message) }

    /// `sociosan: avviso: ...` for each declared condition that no requirement line of
    /// `standard` uses.
    func warnUnusedConditions(_ parameters: StaffingParameters, standard: StaffingStandard) {
        let usedList = standard.requirementConditions.map(\.rawValue)
        let rule = StaffingRules.unusedCondition.descriptor
        for condition in parameters.conditions(unusedBy: standard) {
            let text = rule.message.render([.text(condition.rawValue), .text(standard.id), .list(usedList.isEmpty ? ["-"] : usedList)],
                                           in: language)
            console.standardError("sociosan: \(Severity.warning.label.text(in: language)): \(text)")
        }
    }
}

/// Reads the one dossier of a file for `staffing check` and `capacity`: a `staffing.roster`,
/// or the accreditation dossier of any structure kind (its type's standard, beds and roster).
enum RosterFile {
    /// The structure in the file. When the file cannot be read: a message and exit status 2.
    /// When it is not a valid structure (JSON syntax, envelope, fields, and with
    /// `checkCapacity` a capacity outside the type's limits): its findings exactly as
    /// `sociosan validate` prints them, and exit status 1. A structure without a roster is a
    /// usage error (exit status 2).
    static func load(
        _ path: String, checkCapacity: Bool, format: StaffingFormat, console: Console, language: Language
    ) throws -> StaffedStructure {
        let exit = StaffingExit(console: console, language: language)
        let json = format == .json
        let document = try FindingsExit.document(path, json: json, console: console, language: language)
        let structure: StaffedStructure
        do {
            structure = try StaffedStructure.decodeForStaffing(document: document)
        } catch {
            throw FindingsExit.invalid(path, fallback: error.diagnostics, json: json, console: console, language: language)
        }
        if checkCapacity, !structure.isCapacityWithinLimits {
            throw FindingsExit.print(path: path, json: format == .json, console: console, language: language) { each in
                if path == InputCollector.standardInputPath, StaffedStructure.structureKind(of: document) != nil {
                    // A structure dossier's own capacity rule words it, at its own pointer.
                    each(DossierValidator.validate(document))
                } else if path == InputCollector.standardInputPath {
                    each(DossierResult(index: 0, line: 1, kind: structure.kind.rawValue, findings: StaffingRules.capacityFindings(of: structure)))
                } else {
                    try? DossierValidator.validateFile(atPath: path, each: each)
                }
            }
        }
        guard structure.roster != nil else {
            throw exit.usage(LocalizedText(
                it: "\(path): è un dossier \"\(StaffedStructure.structureKind)\" senza organico (\"members\"); serve un dossier \"\(StaffedStructure.rosterKind)\"",
                en: "\(path): a \"\(StaffedStructure.structureKind)\" dossier has no roster (\"members\"); a \"\(StaffedStructure.rosterKind)\" dossier is needed"))
        }
        return structure
    }

    /// The standard of the structure's own type. A type whose regulation sets no staffing table
    /// (7.2 communities for minors), or a standard not in the catalogue, is a usage error that
    /// says so (exit status 2).
    static func ownStandard(of structure: StaffedStructure, path: String, console: Console, language: Language) throws -> StaffingStandard {
        if let standard = structure.standard { return standard }
        throw StaffingExit(console: console, language: language).usage(structure.type.isEmpty
            ? LocalizedText(
                it: "\(path): la normativa non fissa uno standard di personale per il tipo di questa struttura",
                en: "\(path): the regulation sets no staffing standard for this structure's type")
            : LocalizedText(
                it: "\(path): lo standard di personale \"\(structure.type)\" non è nel catalogo (`sociosan staffing --list`)",
                en: "\(path): the staffing standard \"\(structure.type)\" is not in the catalogue (`sociosan staffing --list`)"))
    }
}
