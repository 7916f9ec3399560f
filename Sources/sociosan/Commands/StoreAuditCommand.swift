import ArgumentParser
import Sociosan
import SociosanJSON
import SociosanStore

/// `sociosan store audit`: the store's access log, read only.
struct StoreAuditCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the access records of the store's audit log (who saw or exported what, when).",
        discussion: """
            Every view and export of a dossier kept in the store appends a record (time in \
            UTC, operator, action, kind, id, dimensions, allowed or refused, reason) to \
            .audit/log, chained by SHA-256; no command edits or removes one. This command \
            only reads; `sociosan store verify` checks the chain and names a cut or altered \
            line.

            Example:
              sociosan store audit --store /tmp/dossiers --actor op-ct-17 --format json
            """)

    @OptionGroup var options: StoreOptions
    var language: Language { options.language }

    @Option(help: "Only this kind.") var kind: String?
    @Option(help: "Only this dossier id.") var id: String?
    @Option(help: "Only this operator.") var actor: String?
    @OptionGroup var formatOption: FormatOption<ListingFormat>
    var format: ListingFormat { formatOption.value }

    func validate() throws { try formatOption.check(in: language) }

    func run() throws {
        try runStore(options) { (console: Console) throws(StoreError) in
            let entries = try options.open().auditEntries().filter {
                (kind == nil || $0.kind == kind) && (id == nil || $0.id == id) && (actor == nil || $0.actor == actor)
            }
            switch format {
            case .text:
                var table = TextTable(headings: [
                    LocalizedText(it: "ora (UTC)", en: "time (UTC)"), LocalizedText(it: "operatore", en: "actor"),
                    LocalizedText(it: "azione", en: "action"), LocalizedText(it: "tipo", en: "kind"), LocalizedText(it: "id", en: "id"),
                    LocalizedText(it: "dimensioni", en: "dimensions"), LocalizedText(it: "esito", en: "decision"),
                    LocalizedText(it: "motivo", en: "reason"),
                ].map { $0.text(in: language) })
                let decisions: [StoreAuditDecision: LocalizedText] = [
                    .allowed: LocalizedText(it: "consentito", en: "allowed"), .refused: LocalizedText(it: "rifiutato", en: "refused"),
                ]
                for entry in entries {
                    // A record comes from a file anyone with the store's files could have
                    // edited: its control characters are escaped, one record a line.
                    table.append([entry.time, entry.actor, entry.action.rawValue, entry.kind, entry.id,
                                  entry.dimensions.joined(separator: ","), decisions[entry.decision]!.text(in: language), entry.reason ?? ""]
                        .map(TextValidationReport.printable))
                }
                for line in table.lines() { console.line(line) }
            case .json:
                var writer = JSONWriter(style: .pretty)
                writer.beginArray()
                for entry in entries {
                    writer.beginObject()
                    entry.writeMembers(to: &writer, absentReasonAsNull: true)
                    writer.endObject()
                }
                writer.endArray()
                writer.finish()
                console.write(bytes: writer.bytes)
            }
        }
    }
}
