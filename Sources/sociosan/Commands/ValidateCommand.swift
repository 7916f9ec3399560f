import ArgumentParser
import Sociosan
import SociosanJSON
import SociosanStore

/// `sociosan validate PATH...`: validates dossiers and reports every finding.
struct ValidateCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate dossiers: JSON syntax, envelope, schema and the regulation's rules.",
        discussion: """
            Each PATH is a file (.json: one dossier; .jsonl: one dossier per line), a folder \
            (searched recursively for *.json and *.jsonl, in sorted order, skipping hidden \
            entries) or - for standard input.

            Exit status: 0 when no finding is an error (warnings do not count), 1 when any \
            is, 2 for a usage error or a path that cannot be read (the other paths are still \
            validated).

            Examples, from the repository root:
              sociosan validate Fixtures/er.psychiatry.spoi/valid
              sociosan validate --lang en --format json Fixtures/er.psychiatry.spoi/invalid
              sociosan validate --format sarif Fixtures > sociosan.sarif
              cat dossier.json | sociosan validate --strict -
              sociosan validate --network spoi-dossiers/ activity-2025.jsonl
              sociosan validate --inhabitants PA=1208991 sicily-dossiers/

            --network also judges the dossiers together (er.network.* rules, seed 002): the \
            SPOI beds of the region at most 90 (L120), and, from the activity files given, \
            each SPOI's share of bed-days referred by the DSM-DP above 80 % (L129-L130, a \
            warning). Their findings are reported under the name (network).

            --inhabitants PROVINCE=N (repeatable) also judges the structure dossiers of each \
            province named together with its inhabitants (sicily.planning.* rules, seed 004 \
            §6.1): the 24-hour socio-rehabilitative beds per 10,000 inhabitants against 5 (the \
            initial phase, L946) and 3 (the target, L945), those beds with the group apartments \
            within 5, and the 20-place modules split in two (L949-L956). The figure is in the \
            finding; findings are reported under the name (planning PROVINCE).
            """)

    // Empty by default so that a missing path is refused by validate(), in the user's language.
    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @OptionGroup
    var output: OutputOptions<ValidationFormat>

    var format: ValidationFormat { output.format }

    @Flag(help: "Treat unknown fields as errors instead of warnings.")
    var strict = false

    @Flag(help: "Also run the network rules (er.network.*) over all the dossiers given together: SPOI beds in the region, DSM-DP share from activity files.")
    var network = false

    @Option(name: .customLong("inhabitants"),
            help: "PROVINCE=N: also run the Sicilian planning rules (sicily.planning.*) over the structure dossiers of the province, with its N inhabitants. Repeatable.")
    var inhabitants: [String] = []

    @Option(name: .customLong("max-size"),
            help: "The most bytes read at once: a .json file or standard input, or one line of a .jsonl file (default 67108864: 64 MiB).")
    var maxSize: Int = DossierStore.defaultMaximumInputSize

    /// `--max-size` of `validate` and `store put`: a positive number of bytes.
    static func checkMaximumSize(_ value: Int, in language: Language) throws {
        if value < 1 {
            throw UsageError(LocalizedText(it: "--max-size vuole un numero di byte positivo, non {0}", en: "--max-size takes a positive number of bytes, not {0}"),
                             [.text(String(value))], in: language)
        }
    }

    var language: Language { output.language }

    func validate() throws {
        if paths.isEmpty {
            throw UsageError(LocalizedText(
                it: "indicare almeno un file, una cartella o - per lo standard input",
                en: "give at least one file, folder, or - for standard input"), in: language)
        }
        try Self.checkMaximumSize(maxSize, in: language)
        _ = try planningAreas()
    }

    /// `--inhabitants PA=1208991`: each province once, with a positive count of inhabitants.
    private func planningAreas() throws -> [(Province, Int)] {
        var areas: [(Province, Int)] = []
        for text in inhabitants {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let province = Province(rawValue: parts[0].uppercased()), province.region == .sicilia,
                  let count = Int(parts[1]), count > 0, !areas.contains(where: { $0.0 == province })
            else {
                throw UsageError(LocalizedText(
                    it: "--inhabitants {0}: scrivere PROVINCIA=ABITANTI con una provincia siciliana (per esempio PA=1208991), una volta per provincia",
                    en: "--inhabitants {0}: write PROVINCE=INHABITANTS with a Sicilian province (for example PA=1208991), once per province"), [.text(text)], in: language)
            }
            areas.append((province, count))
        }
        return areas
    }

    func run() throws {
        let console = Console()
        let report = makeReport(console: console)
        let options = ValidationOptions(strict: strict, maximumInputSize: maxSize)
        var run = ValidationRun(report: report)
        var together = DossiersTogether(network: network, planning: !inhabitants.isEmpty)

        report.begin()
        for argument in paths {
            for item in InputCollector.items(for: argument) {
                let problem: InputProblem?
                switch item {
                case .file(let path):
                    problem = run.validate(path: path) { each throws(ValidationInputError) in
                        try DossierValidator.validateFile(atPath: path, options: options, documents: { together.add($0) }, each: each)
                    }
                case .standardInput:
                    let path = InputCollector.standardInputPath
                    problem = run.validate(path: path) { each throws(ValidationInputError) in
                        try DossierValidator.validateStandardInput(options: options, each: each)
                    }
                case .problem(let found):
                    problem = found
                }
                if let problem {
                    console.report(.input(problem), in: language)
                    report.problem(problem)
                    run.tally.unreadable += 1
                }
            }
        }
        if let collector = together.network { validateNetwork(collector, &run, report: report) }
        if let collector = together.planning { validatePlanning(collector, &run, report: report) }
        report.end(run.tally)
        console.flush()

        if run.tally.unreadable > 0 { throw ExitCode(ExitStatus.failure) }
        if run.tally.errors > 0 { throw ExitCode(ExitStatus.findings) }
    }

    /// The network rules over the dossiers of every file given (gathered as they were
    /// validated; not those of standard input), reported as one more input named `(network)` /
    /// `(rete)`. Files that could not be read were reported by the validation and add nothing.
    private func validateNetwork(_ collector: ERNetworkCollector, _ run: inout ValidationRun, report: any ValidationReport) {
        let findings = ERNetworkRules.ruleSet.evaluate(collector.network)
        let result = DossierResult(index: 0, line: 1, kind: DossierKind.spoi.rawValue, findings: findings)
        report.beginFile(LocalizedText(it: "(rete)", en: "(network)").text(in: language))
        run.tally.files += 1
        run.tally.add(result)
        report.dossier(result)
        report.endFile(complete: true)
    }

    /// The planning rules over the structure dossiers of every file given (gathered as
    /// ``validateNetwork(_:_:report:)`` says), one input per province named `(planning PA)` /
    /// `(programmazione PA)`.
    private func validatePlanning(_ collector: StructureDossierCollector, _ run: inout ValidationRun, report: any ValidationReport) {
        for (province, count) in (try? planningAreas()) ?? [] {
            let area = SicilyPlanningArea(province: province, inhabitants: count, dossiers: collector.dossiers)
            let findings = SicilyPlanningRules.ruleSet.evaluate(area)
            let result = DossierResult(index: 0, line: 1, kind: SicilyPlanningRules.ruleSet.kind.rawValue, findings: findings)
            report.beginFile(LocalizedText(it: "(programmazione \(province.rawValue))", en: "(planning \(province.rawValue))").text(in: language))
            run.tally.files += 1
            run.tally.add(result)
            report.dossier(result)
            report.endFile(complete: true)
        }
    }

    private func makeReport(console: Console) -> any ValidationReport {
        switch format {
        case .text: return TextValidationReport(console: console, language: language)
        case .json: return JSONValidationReport(console: console, language: language)
        case .sarif: return SARIFValidationReport(console: console, language: language)
        }
    }
}

/// The dossiers `validate --network` and `--inhabitants` judge together, gathered from the
/// documents the validation parses: each file is read once, within `--max-size` (issue 16).
private struct DossiersTogether {
    var network: ERNetworkCollector?
    var planning: StructureDossierCollector?

    init(network: Bool, planning: Bool) {
        self.network = network ? ERNetworkCollector() : nil
        self.planning = planning ? StructureDossierCollector() : nil
    }

    mutating func add(_ document: JSONDocument) {
        network?.add(document)
        planning?.add(document)
    }
}
