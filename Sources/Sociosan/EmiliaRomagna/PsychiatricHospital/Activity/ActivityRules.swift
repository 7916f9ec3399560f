/// The rules of activity data (kind `er.psychiatry.activity`): what each stay and each event
/// must satisfy, seed 002 (Emilia-Romagna DGR 2000/2009).
///
/// ``ruleSet`` holds the rules of one line; ``ActivityCrossCheck`` those that need several
/// lines (unique stay ids, a patient's stays not overlapping, an event's stay, one type per
/// structure). Lengths are counted in days from the admission
/// date to the date of the discharge or the step (the admission day not counted, as the SDO
/// counts a length of stay): admitted on 1 March, a family meeting on 11 March is "within 10
/// days".
///
/// ```swift
/// let findings = ActivityRules.ruleSet.evaluate(.stay(stay))
/// ActivityRules.rtpMaximumDays  // 545 (A-16)
/// ```
public enum ActivityRules {
    static let seed = Seed.psychiatricStructuresER
    static let kinds: [DossierKind] = [.psychiatryActivity]

    public static let schemaVersion = 1

    public static let kindInfo = DossierKindInfo(
        kind: .psychiatryActivity, schemaVersion: schemaVersion, supportedVersions: 1...1,
        title: LocalizedText(
            it: "Attività delle strutture psichiatriche ospedaliere (ricoveri ed eventi, JSON Lines), Emilia-Romagna",
            en: "Activity of hospital psychiatric structures (stays and events, JSON Lines), Emilia-Romagna"),
        citation: Citation(seed, lines: 116...2991))

    // MARK: Limits, each with its line

    /// RTI, also specialist: "durata massima del ricovero prevista è di 30 giorni" (L929).
    public static let rtiOrdinaryDays = 30
    /// "prorogabile fino a 60 giorni" (L929-L930).
    public static let rtiMaximumDays = 60
    /// RTP: "durata massima del ricovero è prevista per 180 giorni" (L930).
    public static let rtpOrdinaryDays = 180

    /// The ordinary maximum stay of the types that have one (RTI 30 days, RTP 180), as data.
    static let ordinaryStayDays: [ERPsychiatricStructureType: Int] = [
        .rti: rtiOrdinaryDays, .rtiSpecialist: rtiOrdinaryDays, .rtp: rtpOrdinaryDays,
    ]
    /// "prorogabili, su riformulazione del progetto terapeutico per un periodo non superiore a
    /// un anno" (L930-L931). Decision (A-16): "per un periodo non superiore a un anno" governs
    /// "prorogabili": the extension lasts at most one year (365 days), so an RTP stay lasts at
    /// most 180 + 365 = 545 days. The other reading (a total of one year) would make the
    /// 180-day maximum an ordinary step of a one-year stay, which the sentence does not say.
    public static let rtpMaximumDays = rtpOrdinaryDays + 365
    /// Extensions beyond this need the justification form (L933-L940): an RTP extension
    /// always goes beyond it, an RTI one (at most 60 days) never does (A-16).
    public static let justificationFormThresholdDays = 60
    /// Meeting with the family and consultation with the external doctor "entro 10 gg. dal
    /// ricovero" (L943-L944).
    public static let firstEvaluationDays = 10
    /// "valutazione/Rivalutazione della possibile criticità della dimissione entro 15 giorni
    /// dal ricovero" (L949).
    public static let dischargeCriticalityDays = 15
    /// "accessibilità entro 24 ore nei casi urgenti" (L924), in minutes.
    public static let urgentAccessMinutes = 24 * 60
    /// "e di norma entro cinque giorni" (L924), in calendar days.
    public static let programmedAccessDays = 5

    static let residences: Set<ERPsychiatricStructureType> = [.rti, .rtiSpecialist, .rtp]
    /// The types whose documentation must record restraint (L424-L426, L2157-L2159,
    /// L2563-L2565); A-20: not the residences (L1066-L1067) nor the psychogeriatric unit.
    public static let restraintRecordTypes: Set<ERPsychiatricStructureType> = [.spoi, .eatingDisorderRehab, .generalPsychiatry]

    // MARK: Rules

    static func rule(
        _ id: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (ActivityRecord, inout FindingReporter) -> Void
    ) -> Rule<ActivityRecord> {
        Rule(descriptor: descriptor(id, severity, lines: lines, title: title, message: message, decision: decision), check: check)
    }

    static func descriptor(
        _ id: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: RuleID(rawValue: "er.activity." + id), kinds: kinds, severity: severity,
            citation: Citation(seed, lines: lines), title: title, message: message, decision: decision)
    }

    /// A stay's length, when it is discharged on or after its admission day.
    static func length(_ stay: Stay) -> Int? {
        guard let days = stay.lengthOfStay, days >= 0 else { return nil }
        return days
    }

    public static let dischargeAfterAdmission = rule(
        "dates.discharge-after-admission", lines: 416...420,
        title: LocalizedText(it: "La dimissione non precede il ricovero",
                             en: "The discharge does not precede the admission"),
        message: LocalizedText(it: "dimissione il {0}, prima del ricovero del {1}",
                               en: "discharged on {0}, before the admission on {1}")
    ) { record, report in
        guard case .stay(let stay) = record, let discharge = stay.discharge, discharge.date < stay.admission.date else { return }
        report.report(at: "/discharge/date", .date(discharge.date), .date(stay.admission.date))
    }

    public static let datesInsideStay = rule(
        "dates.inside-stay", lines: 941...960,
        title: LocalizedText(
            it: "Le date delle fasi del ricovero (richiesta, incontri, valutazioni, progetto, proroghe) sono coerenti con ricovero e dimissione",
            en: "The dates of the steps of a stay (request, meetings, evaluations, project, extensions) agree with admission and discharge"),
        message: LocalizedText(it: "la data {0} è fuori dal ricovero ({1})", en: "the date {0} is outside the stay ({1})"),
        decision: "The access request comes before the admission; the 10- and 15-day steps (L943-L949) and the extensions are counted \"dal ricovero\", so they fall between admission and discharge; the project may be agreed before the admission with the DSM-DP doctor (L418) but is not written after the discharge, nor reviewed after it."
    ) { record, report in
        guard case .stay(let stay) = record else { return }
        let admitted = stay.admission.date
        let discharged = stay.discharge?.date
        let span = LocalizedText(
            it: "\(admitted.italianText) - \(discharged?.italianText ?? "in corso")",
            en: "\(admitted) - \(discharged?.description ?? "open")")
        if let request = stay.accessRequest, request > stay.admission {
            // The request may fall inside the stay's days (same day, or the day after an admission
            // at night): the finding says what is wrong, the request coming after the admission.
            let admitted = stay.admission.messageArgument
            report.report(at: "/accessRequest", request.messageArgument, .localized(LocalizedText(
                it: "ricovero iniziato il \(admitted.text(in: .italian)): la richiesta di accesso lo precede",
                en: "admitted on \(admitted.text(in: .english)): the access request comes before it")))
        }
        func check(_ date: LocalDate?, _ path: JSONPointer, fromAdmission: Bool = true) {
            guard let date else { return }
            if (fromAdmission && date < admitted) || (discharged.map { date > $0 } ?? false) {
                report.report(at: path, .date(date), .localized(span))
            }
        }
        check(stay.familyMeeting, "/familyMeeting")
        check(stay.externalDoctorConsult, "/externalDoctorConsult")
        check(stay.dischargeCriticalityEvaluation, "/dischargeCriticalityEvaluation")
        for (index, extensionItem) in stay.extensions.enumerated() {
            check(extensionItem.decidedOn, JSONPointer(tokens: ["extensions", String(index), "decidedOn"]))
            check(extensionItem.projectReformulatedOn, JSONPointer(tokens: ["extensions", String(index), "projectReformulatedOn"]), fromAdmission: false)
        }
        if let project = stay.project {
            check(project.writtenOn, "/project/writtenOn", fromAdmission: false)
            for (index, review) in project.reviews.enumerated() {
                check(review, JSONPointer(tokens: ["project", "reviews", String(index)]))
            }
        }
    }

    public static let rtiMaximumStay = rule(
        "rti.max-stay", lines: 929...930,
        title: LocalizedText(it: "Un ricovero in RTI (anche specialistica) dura al massimo 60 giorni, proroga compresa",
                             en: "An RTI stay (specialist RTI too) lasts at most 60 days, extension included"),
        message: LocalizedText(it: "ricovero in RTI di {0} giorni: al massimo {1}, proroga compresa",
                               en: "RTI stay of {0} days: at most {1}, extension included")
    ) { record, report in
        guard case .stay(let stay) = record, stay.structureType == .rti || stay.structureType == .rtiSpecialist,
              let days = length(stay), days > rtiMaximumDays else { return }
        report.report(at: "/discharge/date", .integer(days), .integer(rtiMaximumDays))
    }

    public static let rtiExtension = rule(
        "rti.extension", lines: 929...930,
        title: LocalizedText(
            it: "Un ricovero in RTI oltre i 30 giorni ha una proroga motivata",
            en: "An RTI stay beyond 30 days has a justified extension"),
        message: LocalizedText(
            it: "ricovero in RTI di {0} giorni senza una proroga motivata (oltre {1} giorni serve la proroga, fino a {2})",
            en: "RTI stay of {0} days without a justified extension (beyond {1} days an extension is needed, up to {2})"),
        decision: "A-16: the seed gives the RTI extension from 30 to 60 days (L929-L930) and no form for it; the justification form (L933-L940) is for extensions beyond 60 days, which an RTI cannot have. An auditor still asks why a stay went past 30 days: an extension with a written reason (the form's first item) is required."
    ) { record, report in
        guard case .stay(let stay) = record, stay.structureType == .rti || stay.structureType == .rtiSpecialist,
              let days = length(stay), days > rtiOrdinaryDays, days <= rtiMaximumDays,
              !stay.extensions.contains(where: \.hasReason) else { return }
        report.report(at: stay.extensions.isEmpty ? "/discharge/date" : "/extensions", .integer(days), .integer(rtiOrdinaryDays), .integer(rtiMaximumDays))
    }

    public static let rtpMaximumStay = rule(
        "rtp.max-stay", lines: 930...931,
        title: LocalizedText(
            it: "Un ricovero in RTP dura al massimo 180 giorni più una proroga non superiore a un anno (545 giorni)",
            en: "An RTP stay lasts at most 180 days plus an extension of at most one year (545 days)"),
        message: LocalizedText(it: "ricovero in RTP di {0} giorni: al massimo {1} (180 + 365)",
                               en: "RTP stay of {0} days: at most {1} (180 + 365)"),
        decision: "A-16: \"per un periodo non superiore a un anno\" (L931) bounds the extension, not the whole stay: at most 180 + 365 = 545 days."
    ) { record, report in
        guard case .stay(let stay) = record, stay.structureType == .rtp, let days = length(stay), days > rtpMaximumDays else { return }
        report.report(at: "/discharge/date", .integer(days), .integer(rtpMaximumDays))
    }

    public static let rtpExtension = rule(
        "rtp.extension", lines: 930...940,
        title: LocalizedText(
            it: "Un ricovero in RTP oltre i 180 giorni ha una proroga con progetto riformulato e scheda giustificativa (motivazione e valutazione dei primi 60 giorni)",
            en: "An RTP stay beyond 180 days has an extension with a reformulated project and the justification form (reason and evaluation of the first 60 days)"),
        message: LocalizedText(
            it: "ricovero in RTP di {0} giorni (oltre {1}) senza una proroga completa: {2}",
            en: "RTP stay of {0} days (beyond {1}) without a complete extension: {2}"),
        decision: "A-16: \"Proroghe oltre i 60 giorni\" (L933-L940) can only concern the RTP, whose ordinary stay already exceeds 60 days: every RTP extension needs the reformulated project (L930-L931) and the justification form, that is a written reason and the admitting ward's evaluation of the first 60 days."
    ) { record, report in
        // An RTP stay past 180 days is past the 60 days of the justification form (L933).
        guard case .stay(let stay) = record, stay.structureType == .rtp, let days = length(stay), days > rtpOrdinaryDays,
              days > justificationFormThresholdDays else { return }
        // The most complete extension is judged; what it still lacks is named.
        let best = stay.extensions.map(missingRTPItems).min { $0.count < $1.count }
        let missing = best ?? [("proroga", "extensions")]
        guard !missing.isEmpty else { return }
        let text = LocalizedText.missing(italian: missing.map(\.it), english: missing.map(\.en))
        report.report(at: stay.extensions.isEmpty ? "/discharge/date" : "/extensions", .integer(days), .integer(rtpOrdinaryDays), .localized(text))
    }

    public static let timelyExtension = rule(
        "extension.timely", .warning, lines: 929...931,
        title: LocalizedText(
            it: "La proroga è decisa prima che scada la durata ordinaria (30 giorni in RTI, 180 in RTP)",
            en: "An extension is decided before the ordinary stay runs out (30 days in an RTI, 180 in an RTP)"),
        message: LocalizedText(
            it: "proroga decisa il {0}, dopo {1} giorni di ricovero: la durata ordinaria di {2} giorni era già scaduta",
            en: "extension decided on {0}, after {1} days of stay: the ordinary {2} days had already run out"),
        decision: "\"prorogabile\" (L929-L931): an extension prolongs a stay that is still within its ordinary maximum; one decided afterwards regularises an overrun. The stay is not unlawful for that alone, so the finding is a warning."
    ) { record, report in
        guard case .stay(let stay) = record else { return }
        guard let ordinary = ordinaryStayDays[stay.structureType] else { return }
        for (index, item) in stay.extensions.enumerated() {
            let days = stay.admission.date.days(until: item.decidedOn)
            if days > ordinary {
                report.report(at: JSONPointer(tokens: ["extensions", String(index), "decidedOn"]),
                              .date(item.decidedOn), .integer(days), .integer(ordinary))
            }
        }
    }

    /// What an RTP extension lacks, in the seed's words (L930-L940) and as the JSON fields.
    static func missingRTPItems(_ item: Extension) -> [(it: String, en: String)] {
        var missing: [(it: String, en: String)] = []
        if item.projectReformulatedOn == nil { missing.append(("riformulazione del progetto", "projectReformulatedOn")) }
        if !item.hasReason { missing.append(("motivazione", "reason")) }
        if !item.firstSixtyDaysEvaluation { missing.append(("valutazione dei primi 60 giorni", "firstSixtyDaysEvaluation")) }
        return missing
    }

    /// A time-boxed step of the residences: done within `limit` days of admission, or the stay
    /// ended before the limit.
    static func timeBoxed(
        _ id: String, lines: ClosedRange<Int>, limit: Int, field: String, it: String, en: String,
        _ date: @escaping @Sendable (Stay) -> LocalDate?
    ) -> Rule<ActivityRecord> {
        rule(
            id, lines: lines,
            title: LocalizedText(it: "RTI, RTI specialistica e RTP: \(it) entro \(limit) giorni dal ricovero",
                                 en: "RTI, specialist RTI and RTP: \(en) within \(limit) days of admission"),
            message: LocalizedText(it: "\(it): {0} (entro {1} giorni dal ricovero del {2})",
                                   en: "\(en): {0} (within {1} days of the admission on {2})"),
            decision: "A stay that ends within \(limit) days of admission owes no \(en); a stay still open is not judged (the file gives no date of reference). Days are counted from the admission date."
        ) { record, report in
            guard case .stay(let stay) = record, residences.contains(stay.structureType) else { return }
            let admitted = stay.admission.date
            if let done = date(stay) {
                let days = admitted.days(until: done)
                if days > limit {
                    report.report(at: JSONPointer(tokens: [field]), .localized(LocalizedText(
                        it: "il \(done.italianText), dopo \(days) giorni", en: "on \(done), after \(days) days")),
                        .integer(limit), .date(admitted))
                }
            } else if let days = length(stay), days > limit {
                report.report(at: JSONPointer(tokens: [field]), .localized(LocalizedText(
                    it: "mancante in un ricovero di \(days) giorni", en: "missing in a stay of \(days) days")),
                    .integer(limit), .date(admitted))
            }
        }
    }

    public static let familyMeeting = timeBoxed(
        "residence.family-meeting", lines: 941...944, limit: firstEvaluationDays, field: "familyMeeting",
        it: "incontro con i familiari o le persone tenute alla cura", en: "meeting with the family or carers", \.familyMeeting)

    public static let externalDoctorConsult = timeBoxed(
        "residence.external-doctor-consult", lines: 943...944, limit: firstEvaluationDays, field: "externalDoctorConsult",
        it: "consulto con il medico curante esterno", en: "consultation with the external treating doctor", \.externalDoctorConsult)

    public static let dischargeCriticality = timeBoxed(
        "residence.discharge-criticality", lines: 947...949, limit: dischargeCriticalityDays, field: "dischargeCriticalityEvaluation",
        it: "valutazione della possibile criticità della dimissione", en: "evaluation of a possible discharge criticality",
        \.dischargeCriticalityEvaluation)

    public static let urgentAccess = rule(
        "residence.urgent-access", lines: 924...924,
        title: LocalizedText(it: "RTI, RTI specialistica e RTP: accesso entro 24 ore nei casi urgenti",
                             en: "RTI, specialist RTI and RTP: access within 24 hours in urgent cases"),
        message: LocalizedText(it: "ricovero urgente dopo {0} ore e {1} minuti dalla richiesta: al massimo 24 ore",
                               en: "urgent admission {0} hours and {1} minutes after the request: at most 24 hours"),
        decision: "The delay runs from the access request (date and time) to the admission; a stay without a request time is not judged."
    ) { record, report in
        guard case .stay(let stay) = record, residences.contains(stay.structureType), stay.urgency == .urgent,
              let request = stay.accessRequest else { return }
        let minutes = request.minutes(until: stay.admission)
        if minutes > urgentAccessMinutes {
            report.report(at: "/admission", .integer(minutes / 60), .integer(minutes % 60))
        }
    }

    public static let programmedAccess = rule(
        "residence.programmed-access", .warning, lines: 924...924,
        title: LocalizedText(it: "RTI, RTI specialistica e RTP: accesso di norma entro cinque giorni",
                             en: "RTI, specialist RTI and RTP: access normally within five days"),
        message: LocalizedText(it: "ricovero programmato {0} giorni dopo la richiesta: di norma entro {1}",
                               en: "programmed admission {0} days after the request: normally within {1}"),
        decision: "\"di norma entro cinque giorni\" (L924) admits exceptions, so a longer wait is a warning, not an error; days are calendar days from the request date to the admission date."
    ) { record, report in
        guard case .stay(let stay) = record, residences.contains(stay.structureType), stay.urgency == .programmed,
              let request = stay.accessRequest else { return }
        let days = request.date.days(until: stay.admission.date)
        if days > programmedAccessDays {
            report.report(at: "/admission", .integer(days), .integer(programmedAccessDays))
        }
    }

    public static let spoiNoTSO = rule(
        "spoi.no-tso", lines: 121...123,
        title: LocalizedText(it: "Nessun ricovero in TSO nello SPOI", en: "No compulsory (TSO) admission in an SPOI"),
        message: LocalizedText(it: "ricovero in TSO in uno SPOI, che non ne prevede", en: "compulsory (TSO) admission in an SPOI, which takes none"),
        decision: "A-12: the SPOI verifies procedures for ASO and TSO (L395), which concern handling and transfer; a stay of the SPOI itself is never a TSO (L121-L123)."
    ) { record, report in
        guard case .stay(let stay) = record, stay.structureType == .spoi, stay.tso else { return }
        report.report(at: "/tso")
    }

    public static let spoiNoDirectAccess = rule(
        "spoi.no-direct-access", lines: 134...137,
        title: LocalizedText(it: "Nessun accesso diretto allo SPOI: serve il modello unico di richiesta",
                             en: "No direct access to an SPOI: the single request form is needed"),
        message: LocalizedText(it: "ricovero SPOI con accesso diretto, che non è possibile",
                               en: "SPOI admission by direct access, which is not possible")
    ) { record, report in
        guard case .stay(let stay) = record, stay.structureType == .spoi, stay.channel == .direct else { return }
        report.report(at: "/channel")
    }

    public static let spoiOutOfHoursChannel = rule(
        "spoi.out-of-hours-channel", .warning, lines: 279...282,
        title: LocalizedText(
            it: "SPOI: di notte e nei giorni prefestivi e festivi i ricoveri urgenti arrivano su invio del Pronto Soccorso o dell'SPDC",
            en: "SPOI: at night and on pre-holidays and holidays urgent admissions come on referral from the emergency department or an SPDC"),
        message: LocalizedText(
            it: "ricovero urgente del {0} (notte, prefestivo o festivo) con canale \"{1}\": atteso Pronto Soccorso o SPDC",
            en: "urgent admission on {0} (night, pre-holiday or holiday) through \"{1}\": the emergency department or an SPDC is expected"),
        decision: "A-13: the sentence (L281-L282) follows the 24-hour access of urgent voluntary admissions (L279-L280), so it binds urgent admissions; programmed ones are scheduled. Night is 20:00-08:00, a holiday a Sunday or a national holiday, a pre-holiday a Saturday or the eve of a holiday from 14:00 (see OutOfHours). The hours are a reading, not the seed's, so a finding is a warning."
    ) { record, report in
        guard case .stay(let stay) = record, stay.structureType == .spoi, stay.urgency == .urgent,
              stay.channel != .emergencyDepartment, stay.channel != .spdc, OutOfHours.isOutOfHours(stay.admission) else { return }
        report.report(at: "/channel", stay.admission.messageArgument, .text(stay.channel.rawValue))
    }

    public static let restraintRecord = rule(
        "restraint.record", lines: 424...426,
        title: LocalizedText(
            it: "Ogni contenzione è registrata con data, ora, nome e cognome del paziente, diagnosi, motivi, tipo di intervento e firma del medico",
            en: "Every restraint is recorded with date, time, the patient's name, diagnosis, reasons, type of intervention and the doctor's signature"),
        message: LocalizedText(it: "registrazione della contenzione incompleta: {0}",
                               en: "incomplete restraint record: {0}"),
        decision: "A-20: the record is required of SPOI, DCA and general psychiatry (L424-L426, L2157-L2159, L2563-L2565); in the residences and the psychogeriatric unit, whose documentation lists no restraint record (L1066-L1067), an incomplete record is a warning."
    ) { record, report in
        guard case .event(let event) = record, event.kind == .restraint else { return }
        let severity: Severity = restraintRecordTypes.contains(event.structureType) ? .error : .warning
        if event.time == nil {
            report.report(at: "/time", .localized(RestraintRecord.Item.missingText([.time])), severity: severity)
        }
        let missing = event.restraint?.missingItems ?? RestraintRecord.Item.allCases.filter { $0 != .date && $0 != .time }
        if !missing.isEmpty {
            report.report(at: "/restraint", .localized(RestraintRecord.Item.missingText(missing)), severity: severity)
        }
    }

    public static let ruleSet = RuleSet<ActivityRecord>(kind: .psychiatryActivity, rules: [
        dischargeAfterAdmission, datesInsideStay, rtiMaximumStay, rtiExtension, rtpMaximumStay, rtpExtension, timelyExtension,
        familyMeeting, externalDoctorConsult, dischargeCriticality, urgentAccess, programmedAccess,
        spoiNoTSO, spoiNoDirectAccess, spoiOutOfHoursChannel, restraintRecord,
    ])

    /// Every rule of the kind: the line rules, then the cross-line rules.
    public static let descriptors: [RuleDescriptor] = ruleSet.descriptors + ActivityCrossCheck.descriptors
}

extension LocalDate {
    /// `DD/MM/YYYY`, as Italians write dates.
    var italianText: String { MessageArgument.date(self).text(in: .italian) }
}

extension LocalDateTime {
    /// "03/03/2025 alle 22:15" in Italian, like the dates beside it; ISO `2025-03-03T22:15` in English.
    var messageArgument: MessageArgument {
        .localized(LocalizedText(it: "\(date.italianText) alle \(time)", en: description))
    }
}
