import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan staffing ...`: the staffing calculator. Without a subcommand it works out a
/// requirement (``StaffingRequirementCommand``); `staffing check` checks a roster.
struct StaffingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Work out the minimum staff of a structure type, or check a roster against it.",
        discussion: """
            `sociosan staffing TYPE --capacity N` prints the minimum per role, in the rule's \
            own unit, in hours a week and in full-time equivalents, with the exact value \
            before rounding and the regulation line of every figure. `sociosan staffing \
            --list` lists the types; `sociosan staffing check FILE` checks a staffing.roster \
            dossier.

            Italiano: `sociosan staffing TIPOLOGIA --capacity N` calcola il personale minimo \
            per figura, con il valore esatto prima dell'arrotondamento e la riga della norma \
            di ogni cifra.

            Examples, from the repository root:
              sociosan staffing er.spoi --capacity 15
              sociosan staffing er.spoi --capacity 12 --format json --lang en
              sociosan staffing sicily.minors-apartment --capacity 5 --condition hosts-minors
              sociosan staffing --list
              sociosan staffing check Fixtures/staffing.roster/valid/spoi-15-beds.json
            """,
        subcommands: [StaffingRequirementCommand.self, StaffingCheckCommand.self],
        defaultSubcommand: StaffingRequirementCommand.self)
}

/// `sociosan staffing TYPE --capacity N` (also `sociosan staffing requirement ...`) and
/// `sociosan staffing --list`.
struct StaffingRequirementCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "requirement",
        abstract: "The minimum staff of a structure type at a capacity (the default of `staffing`).",
        discussion: """
            TYPE is a standard id (`sociosan staffing --list`): er.spoi, sicily.home-education, \
            ... The capacity counts beds, places, users or families, as the type does; a \
            capacity outside the type's limits is refused with the limit and its source. \
            Requirements that apply only in some circumstances (minors hosted, a penal \
            measure) need --condition; `sociosan staffing TYPE` lists them in its notes.

            JSON: {"type":..., "capacity":N, "requirements":[{"role", "unit", "minimum", \
            "exact", "hoursPerWeek", "fullTimeEquivalents", "rounding", "rule", "citation", \
            "decision", "condition"}], "coverage":[{"rule", "roles", "hoursPerWeek", "window", \
            "citation"}], "notes":[{"text", "citation"}]}. Numbers are rounded to two \
            decimals; "exactFraction" ("45/4") keeps the exact value when it is not whole. \
            With --list: [{"id", "title", "capacityUnit", "capacityLimits": [min, max]|null, \
            "limitsCitation", "citation", "conditions"}].

            Exit status: 0 success; 2 unknown type, capacity out of limits, bad hours, usage.

            Examples, from any directory:
              sociosan staffing er.spoi --capacity 15
              sociosan staffing er.spoi --capacity 15 --full-time-hours 38 --format json
              sociosan staffing --list --lang en
            """)

    @Argument(help: "The structure type (a standard id; see --list).")
    var type: String?

    @Option(help: "Beds, places, users or families, as the type counts them.")
    var capacity: Int?

    @OptionGroup
    var parameterOptions: StaffingParameterOptions

    @Flag(help: "List every type with its capacity unit, limits and citation.")
    var list = false

    @OptionGroup
    var output: OutputOptions<StaffingFormat>

    var format: StaffingFormat { output.format }
    var language: Language { output.language }

    func validate() throws {
        if list {
            if type != nil || capacity != nil { throw UsageError(LocalizedText(
                it: "--list non vuole né una tipologia né --capacity", en: "--list takes no type and no --capacity"), in: language) }
            return
        }
        guard type != nil else {
            throw UsageError(LocalizedText(
                it: "indicare una tipologia di struttura (vedere `sociosan staffing --list`)",
                en: "give a structure type (see `sociosan staffing --list`)"), in: language)
        }
        guard capacity != nil else {
            throw UsageError(LocalizedText(it: "indicare la capacità con --capacity N", en: "give the capacity with --capacity N"), in: language)
        }
    }

    func run() throws {
        let console = Console()
        if list {
            printList(to: console)
            console.flush()
            return
        }
        let exit = StaffingExit(console: console, language: language)
        guard let type, let capacity else { throw ExitCode(ExitStatus.failure) }
        let requirement: StaffingRequirement
        do {
            let standard = try StaffingCatalogue.require(type)
            let parameters = parameterOptions.parameters()
            requirement = try StaffingCalculator.requirement(for: standard, capacity: capacity, parameters: parameters)
            exit.warnUnusedConditions(parameters, standard: standard)
        } catch {
            throw exit.staffing(error)
        }
        switch format {
        case .text: StaffingRequirementReport.text(requirement, to: console, in: language)
        case .json: console.write(bytes: requirement.encoded(in: language))
        }
        console.flush()
    }

    private func printList(to console: Console) {
        let standards = StaffingCatalogue.standards
        switch format {
        case .text:
            var table = TextTable(headings: [
                StaffingText.typeHeading, StaffingText.capacityUnitHeading, StaffingText.limitsHeading,
                StaffingText.limitsCitationHeading, CLIText.citationHeading, CLIText.titleHeading,
            ].map { $0.text(in: language) })
            for standard in standards {
                table.append([
                    standard.id,
                    standard.capacityUnit.label.text(in: language),
                    standard.capacityLimits.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "-",
                    standard.limitsCitation?.description ?? "-",
                    standard.citation.description,
                    standard.title.text(in: language),
                ])
            }
            for line in table.lines() { console.line(line) }
        case .json:
            console.write(bytes: StaffingCatalogue.encoded(standards, in: language))
        }
    }
}

/// The text form of a requirement (its JSON is ``StaffingRequirement/encoded(in:style:)``).
enum StaffingRequirementReport {
    static func text(_ requirement: StaffingRequirement, to console: Console, in language: Language) {
        let standard = requirement.standard
        let parameters = requirement.parameters
        console.line("\(standard.id): \(standard.title.text(in: language))")
        var header = LocalizedText(it: "Capacità {0}; tempo pieno {1} h/settimana", en: "Capacity {0}; full time {1} h/week")
            .render([.text(StaffingText.capacity(requirement.capacity, standard.capacityUnit, in: language)),
                     parameters.fullTimeHours.argument], in: language)
        if !parameters.conditions.isEmpty {
            header += LocalizedText(it: "; condizioni: {0}", en: "; conditions: {0}")
                .render([.list(parameters.conditions.map(\.rawValue).sorted())], in: language)
        }
        console.line(header)
        console.line(LocalizedText(it: "Limiti: {0}", en: "Limits: {0}")
            .render([.text(StaffingText.limits(of: standard, in: language))], in: language))
        console.line()

        if requirement.lines.isEmpty {
            console.line(StaffingText.noRequirement.text(in: language))
        } else {
            var table = TextTable(headings: [
                StaffingText.roleHeading, StaffingText.unitHeading, StaffingText.minimumHeading, StaffingText.exactHeading,
                StaffingText.hoursHeading, StaffingText.fteHeading, CLIText.citationHeading,
            ].map { $0.text(in: language) })
            for line in requirement.lines {
                var role = line.requirement.target.label.text(in: language)
                if let condition = line.requirement.condition { role += " (\(StaffingText.condition(condition, in: language)))" }
                table.append([
                    role,
                    StaffingText.unit(line.requirement.unit).text(in: language),
                    StaffingText.number(line.minimum, in: language),
                    StaffingText.number(line.exact, in: language),
                    StaffingText.number(line.hoursPerWeek, in: language),
                    StaffingText.number(line.fullTimeEquivalents, in: language),
                    line.requirement.citation.description,
                ])
            }
            for text in table.lines() { console.line(text) }
        }

        if !standard.coverage.isEmpty {
            console.line()
            console.line(StaffingText.coverageTitle.text(in: language))
            var table = TextTable(headings: [
                StaffingText.roleHeading, StaffingText.windowHeading, StaffingText.hoursHeading, CLIText.citationHeading,
            ].map { $0.text(in: language) })
            for coverage in standard.coverage {
                table.append([
                    coverage.target.label.text(in: language), StaffingText.window(coverage.window, in: language),
                    String(coverage.hoursPerWeek), coverage.citation.description,
                ])
            }
            for text in table.lines() { console.line("  " + text) }
        }

        let unused = requirement.inactiveRequirements
        if !standard.notes.isEmpty || !unused.isEmpty {
            console.line()
            console.line(StaffingText.notesTitle.text(in: language))
            for note in standard.notes { console.line("- \(note.text.text(in: language)) (\(note.citation))") }
            for requirement in unused {
                console.line("- " + LocalizedText(
                    it: "{0}: si applica solo con --condition {1} ({2})", en: "{0}: applies only with --condition {1} ({2})"
                ).render([.localized(requirement.target.label), .text(requirement.condition!.rawValue),
                          .text(requirement.citation.description)], in: language))
            }
        }

        let decided = requirement.lines.filter { $0.requirement.decision != nil }
        if !decided.isEmpty {
            console.line()
            console.line(StaffingText.decisionsTitle.text(in: language))
            for line in decided { console.line("- \(line.requirement.rule): \(line.requirement.decision!)") }
        }
    }
}
