import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan capacity [TYPE] --roster FILE`: the largest capacity a roster carries.
struct CapacityCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "capacity",
        abstract: "The largest capacity of a structure type that a roster supports, and what limits it.",
        discussion: """
            FILE is a staffing.roster dossier, or the accreditation dossier of any structure \
            kind (`sociosan kinds`); only its members (a structure's staff) are used (with a \
            roster's full-time hours and conditions unless --full-time-hours or --condition \
            are given). \
            TYPE is the type to evaluate; without it, the dossier's own: a roster's \
            "type", a structure dossier's standard (its type row's). A TYPE other than the \
            dossier's own is evaluated as asked (what the same staff would carry in a \
            structure of that type), with a note on standard error naming the dossier's \
            own type. The answer is the largest capacity within the type's limits whose requirement the \
            roster meets, with the requirement that stops the next one; or that the roster \
            meets the standard at its upper limit; or that it does not meet it even at the \
            smallest capacity, and why.

            JSON: {"type", "capacityUnit", "capacity": N|null, "reachedUpperLimit", \
            "limits": [min, max]|null, "limitsCitation", "atCapacity": N|null, \
            "limiting": {...}|null, "failures": [...]}: "failures" are what fails at \
            "atCapacity" (the capacity after the answer, or the smallest one).

            Exit status: 0 a capacity was found; 1 the roster does not meet the standard at \
            any capacity, or the file is not a valid roster; 2 usage error or unreadable file.

            Examples, from the repository root:
              sociosan capacity er.spoi --roster Fixtures/staffing.roster/valid/spoi-15-beds.json --lang en
              sociosan capacity er.spoi --roster Fixtures/staffing.roster/valid/spoi-12-beds.json --format json
              sociosan capacity --roster Fixtures/sicily.disability.rehab-day/valid/prf-sr-arcobaleno-20-places.json
              sociosan capacity sicily.rehab-residential --roster Fixtures/sicily.disability.rehab-day/valid/prf-sr-arcobaleno-20-places.json
            """)

    @Argument(help: "The structure type to evaluate (a standard id; see `sociosan staffing --list`); the dossier's own when omitted.")
    var type: String?

    @Option(help: "A staffing.roster or structure dossier whose members are used, or - for standard input.")
    var roster: String

    @OptionGroup
    var parameterOptions: StaffingParameterOptions

    @OptionGroup
    var output: OutputOptions<StaffingFormat>

    var format: StaffingFormat { output.format }
    var language: Language { output.language }

    func run() throws {
        let console = Console()
        let exit = StaffingExit(console: console, language: language)
        // An explicit type is looked up before the file is read, so that a wrong one is named first.
        var asked: StaffingStandard?
        if let type {
            do {
                asked = try StaffingCatalogue.require(type)
            } catch {
                throw exit.staffing(error)
            }
        }
        let structure = try RosterFile.load(roster, checkCapacity: false, format: format, console: console, language: language)
        let standard = try asked ?? RosterFile.ownStandard(of: structure, path: roster, console: console, language: language)
        if standard.id != structure.type, !structure.type.isEmpty {
            console.standardError("sociosan: " + LocalizedText(
                it: "nota: {0} è un dossier di tipo {1}; la capacità è calcolata per {2}, come richiesto",
                en: "note: {0} is a dossier of type {1}; the capacity is worked out for {2}, as asked")
                .render([.text(roster), .text(structure.type), .text(standard.id)], in: language))
        }
        guard let members = structure.roster else { throw ExitCode(ExitStatus.failure) }
        let parameters = parameterOptions.parameters(over: structure.parameters)
        exit.warnUnusedConditions(parameters, standard: standard)

        let answer: CapacityAnswer
        do {
            answer = try StaffingCalculator.largestCapacity(for: members, standard: standard, parameters: parameters)
        } catch {
            throw exit.staffing(error)
        }
        switch format {
        case .text: CapacityReport.text(answer, to: console, in: language)
        case .json: console.write(bytes: answer.encoded(in: language))
        }
        console.flush()
        if answer.capacity == nil { throw ExitCode(ExitStatus.findings) }
    }
}

/// The text form of a capacity answer (its JSON is ``CapacityAnswer/encoded(in:style:)``).
enum CapacityReport {
    static func text(_ answer: CapacityAnswer, to console: Console, in language: Language) {
        let standard = answer.standard
        let unit = standard.capacityUnit
        console.line("\(standard.id): \(standard.title.text(in: language))")
        console.line(LocalizedText(it: "Limiti: {0}", en: "Limits: {0}")
            .render([.text(StaffingText.limits(of: standard, in: language))], in: language))
        if answer.reachedUpperLimit, let capacity = answer.capacity {
            if standard.capacityLimits != nil {
                console.line(LocalizedText(
                    it: "Capacità massima: {0}: l'organico soddisfa lo standard fino al limite massimo della tipologia.",
                    en: "Largest capacity: {0}: the roster meets the standard up to the type's upper limit.")
                    .render([.text(StaffingText.capacity(capacity, unit, in: language))], in: language))
            } else {
                console.line(LocalizedText(
                    it: "Capacità massima: almeno {0}: la norma non pone limiti e la ricerca si ferma qui.",
                    en: "Largest capacity: at least {0}: the regulation sets no limit and the search stops there.")
                    .render([.text(StaffingText.capacity(capacity, unit, in: language))], in: language))
            }
            return
        }
        guard let checked = answer.checkedCapacity else { return }
        if let capacity = answer.capacity {
            console.line(LocalizedText(it: "Capacità massima: {0}.", en: "Largest capacity: {0}.")
                .render([.text(StaffingText.capacity(capacity, unit, in: language))], in: language))
            console.line(LocalizedText(it: "Con {0} non è soddisfatto:", en: "At {0} this is not met:")
                .render([.text(StaffingText.capacity(checked, unit, in: language))], in: language))
        } else {
            console.line(LocalizedText(
                it: "L'organico non soddisfa lo standard nemmeno alla capacità minima ({0}):",
                en: "The roster does not meet the standard even at the smallest capacity ({0}):")
                .render([.text(StaffingText.capacity(checked, unit, in: language))], in: language))
        }
        for failure in answer.failures {
            console.line("- " + NetworkReport.describe(failure, in: language) + " [\(failure.rule)] (\(failure.citation))")
        }
    }
}
