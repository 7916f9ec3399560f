import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan exchange view PLACEMENT --as OPERATOR --grants FILE [--consents FILE] [--at DATE]`.
struct ExchangeViewCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "What an operator may see of a placement on a day; everything else left out.",
        discussion: """
            The operator needs a grant in force on the day, of the placement's Ser.T or CT. \
            Each of the 12 dimensions is shown when a grant of that organisation covers it in \
            the placement's current phase, in a profession the matrix allows for it, and, for \
            the four health-condition dimensions, a consent in force covers it and both \
            parties. Every refused dimension is named with its reason; its data is absent.

            Italiano: ciò che l'operatore può vedere dell'inserimento in quella data.

            Exit status: 0 shown; 1 nothing may be seen, or the placement is not valid; 2 usage.

            Example, from the repository root:
              sociosan exchange view Fixtures/er.addiction.placement/valid/placement-rn-2025-0112.json \\
                --as op-ct-vall-04 --grants Fixtures/er.addiction.placement/access/grants.json --at 2025-09-01
            """)

    @OptionGroup
    var access: ExchangeAccessOptions

    @OptionGroup
    var output: OutputOptions<ExchangeFormat>

    var language: Language { output.language }

    func run() throws {
        let console = Console()
        let json = output.format == .json
        let inputs = try access.load(json: json, console: console, language: language)
        let decision = inputs.decide(.view)
        try inputs.audit(.view, decision, allowed: !decision.refusedWhole, console: console, language: language)
        if json {
            console.write(bytes: ERAddictionExchangeFiles.encode(view: decision, placement: inputs.placement, in: language))
        } else {
            ExchangeText.decision(decision, to: console, in: language)
            if !decision.refusedWhole {
                console.write(bytes: ERAddictionExchangeFiles.encode(placement: inputs.placement, keeping: decision.allowed))
            }
        }
        console.flush()
        if decision.refusedWhole { throw ExitCode(ExitStatus.findings) }
    }
}
