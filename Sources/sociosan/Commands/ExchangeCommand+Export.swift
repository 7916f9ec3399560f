import ArgumentParser
import Sociosan
import SociosanJSON

/// `sociosan exchange export PLACEMENT --from ORG --to ORG --phase P [--dimensions D,...] --as OPERATOR --grants FILE ...`.
struct ExchangeExportCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the record a sender may send to the other side of a placement for a phase.",
        discussion: """
            --from is the sending organisation (the placement's Ser.T or CT), --to the other \
            one. The operator must hold a grant of --from in force on the day (a CT operator \
            cannot send as the Ser.T). Without --dimensions, the record holds every dimension \
            the matrix sends in that phase and direction that the grants and consents allow, \
            and the others are named on standard error. With --dimensions, every one asked \
            must be allowed, else nothing is written and the missing grant or consent is \
            named (exit 1). The record (kind er.addiction.exchange-export) is the new exchange \
            and the placement cut to its dimensions; --output FILE writes it readable by its \
            owner only (0600), else it goes to standard output.

            Italiano: scrive ciò che il mittente può inviare all'altra parte in una fase.

            Exit status: 0 written; 1 refused, or the placement is not valid; 2 usage.

            Example, from the repository root:
              sociosan exchange export Fixtures/er.addiction.placement/valid/placement-rn-2025-0112.json \\
                --from ct-vallecchio-rn --to ausl-rn.sert-rimini --phase goal-verification \\
                --as op-ct-vall-04 --grants Fixtures/er.addiction.placement/access/grants.json \\
                --consents Fixtures/er.addiction.placement/access/consents.json --at 2025-10-20 --output export.json
            """)

    @OptionGroup
    var access: ExchangeAccessOptions

    @Option(name: .customLong("from"), help: ArgumentHelp("The sending organisation's code.", valueName: "ORG"))
    var from: String

    @Option(name: .customLong("to"), help: ArgumentHelp("The receiving organisation's code.", valueName: "ORG"))
    var to: String

    @Option(name: .customLong("phase"), help: ArgumentHelp("The phase: " + ERAddictionPhase.allCases.map(\.rawValue).joined(separator: ", ") + ".",
                                                           valueName: "PHASE"))
    var phase: String

    @Option(name: .customLong("dimensions"), parsing: .upToNextOption,
            help: ArgumentHelp("The dimensions to send (default: all the matrix sends then).", valueName: "DIMENSION"))
    var dimensions: [String] = []

    @Option(name: .customLong("id"), help: ArgumentHelp("The new exchange's id (default: PLACEMENT-PHASE-DATE).", valueName: "ID"))
    var id: String?

    @Option(name: .customLong("output"), help: ArgumentHelp("Write the record to FILE (mode 0600).", valueName: "FILE"))
    var outputPath: String?

    @OptionGroup
    var output: OutputOptions<ExchangeFormat>

    var language: Language { output.language }

    func run() throws {
        let console = Console()
        let json = output.format == .json
        let exit = StaffingExit(console: console, language: language)
        guard let exportPhase = ERAddictionPhase(rawValue: phase) else {
            throw exit.usage(LocalizedText(it: "--phase: fase sconosciuta \(phase)", en: "--phase: unknown phase \(phase)"))
        }
        var asked: Set<ERAddictionDimension>?
        if !dimensions.isEmpty {
            let names = dimensions.flatMap { $0.split(separator: ",").map(String.init) }
            let codes = names.compactMap(ERAddictionDimension.init(rawValue:))
            if codes.count != names.count {
                let unknown = names.filter { ERAddictionDimension(rawValue: $0) == nil }.joined(separator: ", ")
                throw exit.usage(LocalizedText(it: "--dimensions: dimensione sconosciuta \(unknown)", en: "--dimensions: unknown dimension \(unknown)"))
            }
            asked = Set(codes)
        }
        guard let sender = try? StructureID(from), let receiver = try? StructureID(to) else {
            throw exit.usage(LocalizedText(it: "--from/--to: codice di organizzazione non valido", en: "--from/--to: not an organisation code"))
        }
        let inputs = try access.load(json: json, console: console, language: language)
        let decision = inputs.decide(.export(from: sender, to: receiver, phase: exportPhase, dimensions: asked))
        let recordID = id ?? "\(inputs.placement.id)-\(exportPhase.rawValue)-\(inputs.day)"
        let refusedAsked = asked != nil && !decision.refusals.isEmpty
        let export = refusedAsked ? nil : ERAddictionExport(inputs.placement, decision: decision, id: recordID)
        try inputs.audit(.export, decision, allowed: export != nil, console: console, language: language)
        guard let export else {
            if json {
                console.write(bytes: ERAddictionExchangeFiles.encode(decision: decision, in: language))
            } else {
                ExchangeText.decision(decision, to: console, in: language)
            }
            console.flush()
            for refusal in decision.refusals {
                console.standardError(CLIText.errorLine(refusal.reason.text.text(in: language), in: language))
            }
            throw ExitCode(ExitStatus.findings)
        }
        for refusal in decision.refusals {
            console.standardError("sociosan: \(Severity.warning.label.text(in: language)): "
                                  + LocalizedText(it: "escluso ", en: "left out ").text(in: language)
                                  + "\(refusal.dimension?.rawValue ?? "-"): \(refusal.reason.text.text(in: language))")
        }
        let bytes = ERAddictionExchangeFiles.encode(export: export)
        if let outputPath {
            if let failure = SystemIO.writePrivateFile(outputPath, bytes) {
                throw exit.usage(LocalizedText(it: "\(outputPath): \(SystemIO.describe(errno: failure))",
                                               en: "\(outputPath): \(SystemIO.describe(errno: failure))"))
            }
            if !json { ExchangeText.decision(decision, to: console, in: language) }
        } else {
            console.write(bytes: bytes)
        }
        console.flush()
    }
}
