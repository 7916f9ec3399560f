/// The builders the Sicilian kinds of sections 4-5 (elderly, disability) and the 24-hour residence
/// use beyond the common ones: dated documents, required spaces, the transitional allowance's end.
extension SicilyStructureKit {
    /// "ammissibile solo per il prossimo triennio": three years from the decree, D.A. 17 of 12
    /// September 2014 (L17-L21); the last day a transitional allowance holds.
    static let transitionEnd = LocalDate(year: 2017, month: 9, day: 12)!

    /// One qualitative requirement: its document, the lines that state it, and when it binds.
    struct Requirement: Sendable {
        let document: SicilyStructureDocument
        let lines: ClosedRange<Int>
        let severity: Severity
        let decision: String?
        let applies: (@Sendable (StructureDossier) -> Bool)?

        init(_ document: SicilyStructureDocument, _ lines: ClosedRange<Int>, _ severity: Severity = .error, decision: String? = nil,
             applies: (@Sendable (StructureDossier) -> Bool)? = nil) {
            self.document = document
            self.lines = lines
            self.severity = severity
            self.decision = decision
            self.applies = applies
        }
    }

    /// One rule per requirement, id `<prefix>.documents.<code>`: the document is listed, and
    /// dated no later than the declaration.
    static func documentRules<Section: SicilyDocumentedSection>(
        _ type: StructureType, _ section: Section.Type, _ requirements: [Requirement]
    ) -> [Rule<StructureDossier>] {
        requirements.map { requirement in
            Rule.structure(
                type, "documents.\(requirement.document.rawValue)", requirement.severity, seed: seed, lines: requirement.lines,
                title: LocalizedText(it: "Attestato con un documento datato, non successivo alla dichiarazione: \(requirement.document.label.italian)",
                                     en: "Attested by a dated document, not later than the declaration: \(requirement.document.label.english)"),
                message: LocalizedText(it: "{0}: {1}", en: "{0}: {1}"), decision: requirement.decision
            ) { dossier, report in
                if let applies = requirement.applies, !applies(dossier) { return }
                guard let section = dossier.sections[Section.self] else { return }
                let pointer = JSONPointer.root.appending(Section.member).appending("documents")
                guard let index = section.documents.firstIndex(where: { $0.code == requirement.document }) else {
                    report.report(at: pointer, .localized(requirement.document.label), .localized(LocalizedText(
                        it: "requisito non attestato: manca il documento con la sua data",
                        en: "requirement not attested: its document and date are missing")))
                    return
                }
                let date = section.documents[index].date
                if section.declaredOn < date {
                    report.report(at: pointer.appending(index).appending("date"), .localized(requirement.document.label), .localized(LocalizedText(
                        it: "documento datato \(MessageArgument.date(date).text(in: .italian)), dopo la dichiarazione del \(MessageArgument.date(section.declaredOn).text(in: .italian))",
                        en: "document dated \(date), after the declaration of \(section.declaredOn)")))
                }
            }
        }
    }

    /// The codes a kind's `documents` member accepts: those of its requirements.
    static func allowed(_ requirements: [Requirement]) -> [SicilyStructureDocument] {
        SicilyStructureDocument.allCases.filter { code in requirements.contains { $0.document == code } }
    }

    /// A rule that reports each of `uses` missing from a section's spaces, one finding each.
    static func requiredSpacesRule<Use: SicilySpaceUse>(
        _ type: StructureType, _ name: String, lines: ClosedRange<Int>, title: LocalizedText, uses: [Use],
        member: String, spaces: @escaping @Sendable (StructureDossier) -> [SicilySpace<Use>]?,
        exempt: @escaping @Sendable (StructureDossier, Use) -> Bool = { _, _ in false }, decision: String? = nil
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, name, seed: seed, lines: lines, title: title,
            message: LocalizedText(it: "manca un locale richiesto: {0}", en: "a required room is missing: {0}"), decision: decision
        ) { dossier, report in
            guard let spaces = spaces(dossier) else { return }
            for use in uses where !exempt(dossier, use) && !spaces.contains(where: { $0.use == use }) {
                report.report(at: JSONPointer.root.appending(member).appending("spaces"), .localized(use.label))
            }
        }
    }
}
