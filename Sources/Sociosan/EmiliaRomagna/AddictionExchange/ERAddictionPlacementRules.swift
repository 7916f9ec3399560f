/// The rules of `er.addiction.placement` (seed 000, digest A.7). The seed states no norms: it
/// names the phases, the dimensions, the platforms and, as weaknesses, the consent, the access
/// criteria and the redundancy (L359-L370); every rule therefore records the reading it takes.
///
/// ```swift
/// ERAddictionPlacement.declaration.ruleSet.evaluate(placement).map(\.ruleID)
/// ```
public enum ERAddictionPlacementRules {
    public typealias Placement = ERAddictionPlacement
    static let kind: DossierKind = "er.addiction.placement"

    static func rule(
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText,
        decision: String, check: @escaping @Sendable (Placement, inout FindingReporter) -> Void
    ) -> Rule<Placement> {
        .declared(kind, name, severity, seed: .addictionExchangeER, lines: lines, title: title, message: message, decision: decision,
                  check: check)
    }

    static func exchangePath(_ index: Int, _ member: String? = nil) -> JSONPointer {
        let base = JSONPointer.root.appending("exchanges").appending(index)
        return member.map { base.appending($0) } ?? base
    }

    /// `^[A-Z][0-9]{2}(\.[0-9A-Z]{1,2})?$`: a letter, two digits, optionally a point and one or
    /// two digits or letters (F11, F11.2, F10.24).
    public static func isICD10(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        func upper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }
        func digit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
        guard bytes.count == 3 || bytes.count == 5 || bytes.count == 6 else { return false }
        guard upper(bytes[0]), digit(bytes[1]), digit(bytes[2]) else { return false }
        if bytes.count == 3 { return true }
        return bytes[3] == 46 && bytes[4...].allSatisfy { digit($0) || upper($0) }
    }

    public static let phaseKnown = rule(
        "phase.known", lines: 201...206,
        title: LocalizedText(it: "Ogni scambio è di una fase già raggiunta dal percorso",
                             en: "Every exchange belongs to a phase the pathway has reached"),
        message: LocalizedText(it: "lo scambio {0} è della fase {1}, che il percorso non ha raggiunto (fasi: {2})",
                               en: "exchange {0} is of phase {1}, which the pathway has not reached (phases: {2})"),
        decision: "AX-1: a phase code outside the four of L204-L206 and the two extension phases is refused when read "
            + "(json.value); the rule checks that the exchange's phase is one of the placement's phase history, so that "
            + "information is defined per phase actually gone through (L201-L206).") { placement, report in
        let reached = Set(placement.phaseHistory.map(\.phase))
        let names = placement.phaseHistory.map(\.phase.rawValue)
        for (index, exchange) in placement.exchanges.enumerated() where !reached.contains(exchange.phase) {
            report.report(at: exchangePath(index, "phase"), .text(exchange.id), .text(exchange.phase.rawValue), .list(names))
        }
    }

    public static let dimensionKnown = rule(
        "dimension.known", .warning, lines: 163...177,
        title: LocalizedText(it: "Le dimensioni scambiate sono quelle previste per la fase e la direzione",
                             en: "The dimensions exchanged are those foreseen for the phase and direction"),
        message: LocalizedText(it: "lo scambio {0} invia {1}, che la matrice predefinita non prevede {2} nella fase {3}",
                               en: "exchange {0} sends {1}, which the default matrix does not foresee {2} in phase {3}"),
        decision: "AX-2: a dimension outside the 12 of L163-L177 is refused when read (json.value). Which dimension goes in "
            + "which phase and direction is not in the seed: the rule holds exchanges to the bundled default matrix (digest "
            + "A.4.2), a warning because that matrix is a proposal; `exchange export` uses the matrix it is given.") { placement, report in
        let matrix = ERAddictionExchangeMatrix.default
        for (index, exchange) in placement.exchanges.enumerated() {
            let foreseen = matrix.dimensions(in: exchange.phase, exchange.direction)
            let extra = ERAddictionDimension.allCases.filter { exchange.dimensions.contains($0) && !foreseen.contains($0) }
            if !extra.isEmpty {
                report.report(at: exchangePath(index, "dimensions"), .text(exchange.id), .list(extra.map(\.rawValue)),
                              .localized(exchange.direction.label), .text(exchange.phase.rawValue))
            }
        }
    }

    public static let directionParties = rule(
        "direction.parties", lines: 41...42,
        title: LocalizedText(it: "Mittente e destinatario sono il Ser.T e la CT dell'inserimento, sulle loro piattaforme",
                             en: "Sender and receiver are the placement's Ser.T and CT, on their platforms"),
        message: LocalizedText(it: "lo scambio {0} ({1}): {2}", en: "exchange {0} ({1}): {2}"),
        decision: "AX-3: the exchange is between the platforms SistER SERT and SistER CT (L41-L42, L116-L117), from Ser.T to "
            + "CT (L246) or from CT to Ser.T (L256): the sender and receiver are the placement's own Ser.T and CT in the "
            + "stated direction, the Ser.T on SistER SERT and the CT on SistER CT.") { placement, report in
        for (index, exchange) in placement.exchanges.enumerated() {
            let (from, to) = exchange.direction == .serTToCT
                ? (placement.referringSerT, placement.community) : (placement.community, placement.referringSerT)
            var wrong: [LocalizedText] = []
            if exchange.senderOrganisation != from {
                wrong.append(LocalizedText(it: "il mittente \(exchange.senderOrganisation) non è \(from)",
                                           en: "sender \(exchange.senderOrganisation) is not \(from)"))
            }
            if exchange.receiverOrganisation != to {
                wrong.append(LocalizedText(it: "il destinatario \(exchange.receiverOrganisation) non è \(to)",
                                           en: "receiver \(exchange.receiverOrganisation) is not \(to)"))
            }
            if exchange.senderPlatform != exchange.direction.senderPlatform || exchange.receiverPlatform != exchange.direction.receiverPlatform {
                let expected = "\(exchange.direction.senderPlatform.label) -> \(exchange.direction.receiverPlatform.label)"
                wrong.append(LocalizedText(it: "le piattaforme non sono \(expected)", en: "the platforms are not \(expected)"))
            }
            for text in wrong { report.report(at: exchangePath(index), .text(exchange.id), .localized(exchange.direction.label), .localized(text)) }
        }
    }

    public static let consentHealthData = rule(
        "consent.health-data", lines: 361...363,
        title: LocalizedText(it: "Le informazioni sulle condizioni di salute viaggiano con un consenso informato condiviso in vigore",
                             en: "Health-condition information travels under a shared informed consent in force"),
        message: LocalizedText(it: "lo scambio {0} del {1} invia {2} senza un consenso in vigore che lo copra tra {3} e {4}",
                               en: "exchange {0} of {1} sends {2} with no consent in force covering it between {3} and {4}"),
        decision: "AX-4: \"consensi informati condivisi soprattutto per trasferimento info sulle condizioni di salute\" "
            + "(L361-L363): the four dimensions of the diagnostic assessment count as health conditions; each needs a consent "
            + "of the dossier in force on the day of sending (granted on or before it, not revoked on or before it) whose scope "
            + "holds the dimension and whose parties hold both the Ser.T and the CT; when the exchange names its consent, "
            + "that one.") { placement, report in
        for (index, exchange) in placement.exchanges.enumerated() {
            let candidates = exchange.consent.map { id in placement.consents.filter { $0.id.rawValue == id } } ?? placement.consents
            for dimension in ERAddictionDimension.allCases where exchange.dimensions.contains(dimension) && dimension.isHealthCondition {
                if ERAddictionConsent.covering(dimension, between: placement.referringSerT, and: placement.community, on: exchange.sentOn,
                                               in: candidates) == nil {
                    report.report(at: exchangePath(index, "dimensions"), .text(exchange.id), .date(exchange.sentOn),
                                  .text(dimension.rawValue), .text(placement.referringSerT.rawValue), .text(placement.community.rawValue))
                }
            }
        }
    }

    public static let accessAuthorised = rule(
        "access.authorised", lines: 365...366,
        title: LocalizedText(it: "Chi invia è abilitato per la dimensione e la fase",
                             en: "The sender holds an access grant for the dimension and phase"),
        message: LocalizedText(it: "lo scambio {0}: l'operatore {1} di {2} non ha un'abilitazione valida il {3} per {4} nella fase {5}",
                               en: "exchange {0}: operator {1} of {2} holds no grant in force on {3} for {4} in phase {5}"),
        decision: "AX-5: the criteria for access (\"abilitazioni\", L365-L366) are still to be found, so grants are data. When "
            + "the dossier carries grants, every exchange's sender must hold one in force on the day of sending, for the "
            + "sending organisation, covering each dimension sent and the exchange's phase; a dossier without grants is not "
            + "checked here (its grants are given to `sociosan exchange` by file).") { placement, report in
        guard !placement.grants.isEmpty else { return }
        for (index, exchange) in placement.exchanges.enumerated() {
            let held = placement.grants.filter {
                $0.operator == exchange.senderOperator && $0.organisation == exchange.senderOrganisation && $0.isInForce(on: exchange.sentOn)
                    && $0.phases.contains(exchange.phase)
            }
            for dimension in ERAddictionDimension.allCases where exchange.dimensions.contains(dimension)
                && !held.contains(where: { $0.dimensions.contains(dimension) }) {
                report.report(at: exchangePath(index, "senderOperator"), .text(exchange.id), .text(exchange.senderOperator.rawValue),
                              .text(exchange.senderOrganisation.rawValue), .date(exchange.sentOn), .text(dimension.rawValue),
                              .text(exchange.phase.rawValue))
            }
        }
    }

    public static let icd10Syntax = rule(
        "icd10.syntax", lines: 167...167,
        title: LocalizedText(it: "La diagnosi tossicologica è un codice ICD-10", en: "The toxicological diagnosis is an ICD-10 code"),
        message: LocalizedText(it: "{0} non è un codice ICD-10 (lettera, due cifre, eventuale sottocodice: F11.2)",
                               en: "{0} is not an ICD-10 code (a letter, two digits, an optional subcode: F11.2)"),
        decision: "AX-6: \"TOSSICOLOGICA ICD-10\" (L167) names the classification; the rule checks the code's form "
            + "(letter, two digits, optional point and one or two characters), not its presence in the WHO list.") { placement, report in
        for (index, diagnosis) in (placement.diagnosticAssessment?.toxicologicalICD10 ?? []).enumerated() where !isICD10(diagnosis.code) {
            report.report(at: JSONPointer.root.appending("diagnosticAssessment").appending("toxicologicalICD10").appending(index)
                .appending("code"), .text(diagnosis.code))
        }
    }

    public static let phaseOrder = rule(
        "phase.order", lines: 204...206,
        title: LocalizedText(it: "Le fasi si susseguono nell'ordine del percorso e l'ultima è quella attuale",
                             en: "The phases follow the pathway's order and the last is the current one"),
        message: LocalizedText(it: "fase {0}: {1}", en: "phase {0}: {1}"),
        decision: "AX-7: the order is that of L204-L206 (accoglienza, progetto terapeutico, verifica obiettivi, valutazione), "
            + "then discharge and continuity of care (extension, L173-L174, L238-L239). A goal verification may repeat or "
            + "send the case back to the therapeutic project; discharge may follow any phase (an early exit); the first "
            + "phase is intake, from the admission day; dates do not go back; the last step is the placement's phase.") { placement, report in
        let history = placement.phaseHistory
        func at(_ index: Int) -> JSONPointer { JSONPointer.root.appending("phaseHistory").appending(index) }
        if let first = history.first, first.phase != .intake || first.from != placement.admissionDate {
            report.report(at: at(0), .text(first.phase.rawValue), .localized(LocalizedText(
                it: "il percorso inizia con l'accoglienza il giorno dell'ingresso", en: "the pathway starts with intake on the admission day")))
        }
        for index in history.indices.dropFirst() {
            let previous = history[index - 1], step = history[index]
            if !previous.phase.mayMove(to: step.phase) {
                report.report(at: at(index), .text(step.phase.rawValue), .localized(LocalizedText(
                    it: "non può seguire \(previous.phase.rawValue)", en: "cannot follow \(previous.phase.rawValue)")))
            } else if step.from < previous.from {
                report.report(at: at(index), .text(step.phase.rawValue), .localized(LocalizedText(
                    it: "inizia prima della fase precedente", en: "begins before the phase before it")))
            }
        }
        if let last = history.last, last.phase != placement.phase {
            report.report(at: "/phase", .text(placement.phase.rawValue), .localized(LocalizedText(
                it: "l'ultima fase della storia è \(last.phase.rawValue)", en: "the last phase of the history is \(last.phase.rawValue)")))
        }
    }

    public static let redundant = rule(
        "redundant", .warning, lines: 370...370,
        title: LocalizedText(it: "La stessa informazione non è inviata due volte", en: "The same information is not sent twice"),
        message: LocalizedText(it: "lo scambio {0} invia di nuovo {1} come lo scambio {2} (stessa fase, direzione e referti)",
                               en: "exchange {0} sends {1} again as exchange {2} did (same phase, direction and reports)"),
        decision: "AX-8: \"Ridondanza delle informazioni selezionate\" (L370) is a weakness, not a prohibition, so a warning: "
            + "a dimension sent again in the same phase and direction with the same reports attached (no new report) is "
            + "redundant; a new report, or a later phase, is not.") { placement, report in
        var seen: [String: String] = [:]
        for (index, exchange) in placement.exchanges.enumerated() {
            var repeated: [String] = []
            var earlier = ""
            for dimension in ERAddictionDimension.allCases where exchange.dimensions.contains(dimension) {
                let key = [exchange.phase.rawValue, exchange.direction.rawValue, dimension.rawValue].joined(separator: "|")
                    + "|" + exchange.attachments.sorted().joined(separator: ",")
                if let first = seen[key] {
                    repeated.append(dimension.rawValue)
                    earlier = first
                } else {
                    seen[key] = exchange.id
                }
            }
            if !repeated.isEmpty { report.report(at: exchangePath(index), .text(exchange.id), .list(repeated), .text(earlier)) }
        }
    }

    public static let placementDates = rule(
        "placement.dates", lines: 237...239,
        title: LocalizedText(it: "L'uscita non precede l'ingresso, e c'è alla dimissione",
                             en: "The exit does not precede the admission, and is there at discharge"),
        message: LocalizedText(it: "{0}", en: "{0}"),
        decision: "AX-9: the pathway runs \"dal momento dell'ingresso sino all'uscita dalla Struttura\" (L238-L239): the exit "
            + "date is not before the admission date, it is given once the phase is discharge or continuity of care and "
            + "not before, and no exchange is dated before the admission.") { placement, report in
        let exited = placement.phase == .discharge || placement.phase == .continuityOfCare
        if let exit = placement.exitDate, exit < placement.admissionDate {
            report.report(at: "/exitDate", .localized(LocalizedText(it: "l'uscita (\(exit)) precede l'ingresso (\(placement.admissionDate))",
                                                                    en: "the exit (\(exit)) precedes the admission (\(placement.admissionDate))")))
        }
        if exited && placement.exitDate == nil {
            report.report(at: .root, .localized(LocalizedText(it: "manca la data di uscita alla fase \(placement.phase.rawValue)",
                                                              en: "the exit date is missing in phase \(placement.phase.rawValue)")))
        }
        if !exited && placement.exitDate != nil {
            report.report(at: "/exitDate", .localized(LocalizedText(it: "data di uscita in fase \(placement.phase.rawValue)",
                                                                    en: "exit date given in phase \(placement.phase.rawValue)")))
        }
        for (index, exchange) in placement.exchanges.enumerated() where exchange.sentOn < placement.admissionDate {
            report.report(at: exchangePath(index, "sentOn"), .localized(LocalizedText(
                it: "lo scambio \(exchange.id) precede l'ingresso", en: "exchange \(exchange.id) precedes the admission")))
        }
    }

    public static let projectShared = rule(
        "project.shared", .warning, lines: 181...186,
        title: LocalizedText(it: "Dal progetto terapeutico in poi, il progetto è condiviso da paziente, comunità e Ser.T",
                             en: "From the therapeutic project on, the project is shared by patient, community and Ser.T"),
        message: LocalizedText(it: "il progetto terapeutico non è condiviso con: {0}", en: "the therapeutic project is not shared with: {0}"),
        decision: "AX-10: \"Il paziente / La comunità / Il Ser.T / Il PROGETTO\" (L181-L186) and \"Un progetto terapeutico "
            + "condiviso\" (L101-L105): once the phase is past intake, the project's sharing names all three; a warning, "
            + "because the seed describes and does not prescribe.") { placement, report in
        guard placement.phase > .intake else { return }
        let shared = placement.therapeuticProject?.sharing?.sharedWith ?? []
        let missing = ERAddictionParty.allCases.filter { !shared.contains($0) }
        if !missing.isEmpty { report.report(at: "/therapeuticProject", .list(missing.map(\.rawValue))) }
    }

    public static let all: [Rule<Placement>] = [
        phaseKnown, dimensionKnown, directionParties, consentHealthData, accessAuthorised, icd10Syntax, phaseOrder, redundant,
        placementDates, projectShared,
    ]
}
