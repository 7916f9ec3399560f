import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan staffing check FILE`: a roster against its type's standard.
struct StaffingCheckCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a staffing.roster or structure dossier against the standard of its type.",
        discussion: """
            FILE is a staffing.roster dossier (`sociosan schema staffing.roster`): the \
            structure's type, capacity, full-time hours, conditions and members; or the \
            accreditation dossier of any structure kind (`sociosan kinds`): the standard of \
            its type, its beds (or places, or users) as capacity, its staff; or - for \
            standard input. Trainees and volunteers never count towards the minima; where the \
            standard caps their share, the cap is checked apart.

            For each requirement: required, present and the difference (negative: \
            shortfall, positive: surplus) in the rule's unit and in hours a week; then the \
            coverage checks, the share caps and the verdict. A file that is not a valid \
            roster is reported exactly as `sociosan validate` reports it.

            JSON: {"id", "type", "capacity", "met", "requirements":[{"role", "unit", \
            "required", "present", "difference", "requiredHoursPerWeek", \
            "presentHoursPerWeek", "differenceHoursPerWeek", "met", "rule", "citation"}], \
            "coverage":[...], "shareCaps":[...]}.

            Exit status: 0 the roster meets the standard; 1 it does not, or the file is not \
            a valid roster; 2 usage error or unreadable file.

            Examples, from the repository root:
              sociosan staffing check Fixtures/staffing.roster/valid/spoi-15-beds.json --lang en
              sociosan staffing check Fixtures/sicily.disability.rehab-day/valid/prf-sr-arcobaleno-20-places.json
              Tools/expand-invalid-fixtures --kind staffing.roster /tmp/invalid
              sociosan staffing check --format json /tmp/invalid/staffing.roster/invalid/staffing.share-cap.json
            """)

    @Argument(help: "A staffing.roster or structure dossier, or - for standard input.")
    var file: String

    @OptionGroup
    var output: OutputOptions<StaffingFormat>

    var format: StaffingFormat { output.format }
    var language: Language { output.language }

    func run() throws {
        let console = Console()
        let structure = try RosterFile.load(file, checkCapacity: true, format: format, console: console, language: language)
        let standard = try RosterFile.ownStandard(of: structure, path: file, console: console, language: language)
        guard let roster = structure.roster else { throw ExitCode(ExitStatus.failure) }
        let check: StaffingCheck
        do {
            check = try StaffingCalculator.check(roster, against: standard, capacity: structure.capacity, parameters: structure.parameters)
        } catch {
            throw StaffingExit(console: console, language: language).staffing(error)
        }
        switch format {
        case .text: StaffingCheckReport.text(check, structure: structure, to: console, in: language)
        case .json: console.write(bytes: check.encoded(id: structure.id, in: language))
        }
        console.flush()
        if !check.isMet { throw ExitCode(ExitStatus.findings) }
    }
}

/// The text form of a roster check (its JSON is ``StaffingCheck/encoded(id:in:style:)``).
enum StaffingCheckReport {
    static func text(_ check: StaffingCheck, structure: StaffedStructure, to console: Console, in language: Language) {
        let standard = check.requirement.standard
        console.line("\(structure.id): \(standard.id), \(StaffingText.capacity(structure.capacity, standard.capacityUnit, in: language))")
        console.line(standard.title.text(in: language))
        console.line()

        let verdict = { (met: Bool) in (met ? StaffingText.met : StaffingText.short).text(in: language) }
        if check.roles.isEmpty {
            console.line(StaffingText.noRequirement.text(in: language))
        } else {
            var table = TextTable(headings: [
                StaffingText.roleHeading, StaffingText.unitHeading, StaffingText.requiredHeading, StaffingText.presentHeading,
                StaffingText.differenceHeading, StaffingText.requiredHoursHeading, StaffingText.presentHoursHeading,
                StaffingText.differenceHoursHeading, StaffingText.verdictHeading, CLIText.citationHeading,
            ].map { $0.text(in: language) })
            for role in check.roles {
                let line = role.line
                table.append([
                    line.requirement.target.label.text(in: language),
                    StaffingText.unit(line.requirement.unit).text(in: language),
                    StaffingText.number(line.minimum, in: language),
                    StaffingText.number(role.present, in: language),
                    StaffingText.signed(role.difference, in: language),
                    StaffingText.number(line.hoursPerWeek, in: language),
                    StaffingText.number(role.presentHoursPerWeek, in: language),
                    StaffingText.signed(role.differenceHoursPerWeek, in: language),
                    verdict(role.isMet),
                    line.requirement.citation.description,
                ])
            }
            for text in table.lines() { console.line(text) }
        }

        if !check.coverage.isEmpty {
            console.line()
            console.line(StaffingText.coverageTitle.text(in: language))
            var table = TextTable(headings: [
                StaffingText.roleHeading, StaffingText.windowHeading, StaffingText.requiredHoursHeading,
                StaffingText.presentHoursHeading, StaffingText.differenceHoursHeading, StaffingText.verdictHeading,
                CLIText.citationHeading,
            ].map { $0.text(in: language) })
            for coverage in check.coverage {
                table.append([
                    coverage.requirement.target.label.text(in: language),
                    StaffingText.window(coverage.requirement.window, in: language),
                    String(coverage.requirement.hoursPerWeek),
                    StaffingText.number(coverage.presentHoursPerWeek, in: language),
                    StaffingText.signed(coverage.differenceHoursPerWeek, in: language),
                    verdict(coverage.isMet),
                    coverage.requirement.citation.description,
                ])
            }
            for text in table.lines() { console.line("  " + text) }
        }

        if !check.shareCaps.isEmpty {
            console.line()
            console.line(StaffingText.shareCapsTitle.text(in: language))
            var table = TextTable(headings: [
                StaffingText.contractHeading, StaffingText.presentHoursHeading, StaffingText.maximumHoursHeading,
                StaffingText.shareHeading, StaffingText.verdictHeading, CLIText.citationHeading,
            ].map { $0.text(in: language) })
            for cap in check.shareCaps {
                var verdictText = (cap.isMet ? StaffingText.withinCap : StaffingText.overCap).text(in: language)
                if !cap.permitted && .zero < cap.presentHoursPerWeek { verdictText += " (\(StaffingText.notPermitted.text(in: language)))" }
                if cap.membersBelowMinimumHours > 0, let minimum = cap.cap.minimumHoursPerMember {
                    verdictText += " (" + LocalizedText(it: "{0} sotto le {1} h/settimana", en: "{0} below {1} h/week")
                        .render([.integer(cap.membersBelowMinimumHours), minimum.argument], in: language) + ")"
                }
                table.append([
                    StaffingText.contract(cap.cap.contract).text(in: language),
                    StaffingText.number(cap.presentHoursPerWeek, in: language),
                    StaffingText.number(cap.maximumHoursPerWeek, in: language),
                    percent(cap.share, in: language) + " / " + percent(cap.cap.maximumShare, in: language),
                    verdictText,
                    cap.cap.citation.description,
                ])
            }
            for text in table.lines() { console.line("  " + text) }
        }

        console.line()
        let failing = check.failureSummary?.count ?? 0
        if failing == 0 {
            console.line(LocalizedText(it: "Esito: l'organico soddisfa lo standard.", en: "Verdict: the roster meets the standard.")
                .text(in: language))
        } else {
            console.line(LocalizedText(it: "Esito: l'organico non soddisfa lo standard ({0}).",
                                       en: "Verdict: the roster does not meet the standard ({0}).")
                .render([.text(StaffingText.requirementsNotMet(failing, in: language))], in: language))
        }
    }

    /// `25%`, `12,5%`.
    static func percent(_ share: Rational, in language: Language) -> String {
        StaffingText.number(share * 100, in: language) + "%"
    }
}
