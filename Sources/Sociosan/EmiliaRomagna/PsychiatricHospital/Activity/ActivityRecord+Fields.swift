/// `er.psychiatry.activity` as field tables: a line is a stay (`"record": "stay"`) or an event
/// (`"record": "event"`), two tables told apart by `record` (``FieldVariants``). The tables are
/// the single source of decoding (with JSON Pointers), canonical encoding and member order,
/// `sociosan schema`, `Schemas/er.psychiatry.activity.schema.json` and the `Codable` bridge.
///
/// ```swift
/// ActivityRecord.variants.cases.map(\.code)   // ["stay", "event"]
/// ```
extension ActivityRecord {
    /// The member that says whether a line is a stay or an event.
    static let discriminator = "record"

    public static let variants = FieldVariants<ActivityRecord>(discriminator: discriminator, [
        .init("stay", Stay.fields, embed: ActivityRecord.stay, extract: \.stay),
        .init("event", Event.fields, embed: ActivityRecord.event, extract: \.event),
    ])

    /// The members a stay and an event share after the envelope and `record`, in canonical order.
    static func header<Root>(
        id: WritableKeyPath<Root, ActivityID> & Sendable, idSummary: String? = nil, patient: WritableKeyPath<Root, PatientID> & Sendable,
        patientSummary: String? = nil, structure: WritableKeyPath<Root, StructureID> & Sendable, structureSummary: String? = nil,
        type: WritableKeyPath<Root, ERPsychiatricStructureType> & Sendable
    ) -> [Field<Root>] {
        [
            .required("id", id, ValueCodecs.identifier, summary: idSummary),
            .required("patient", patient, ValueCodecs.identifier, summary: patientSummary),
            .required("structure", structure, ValueCodecs.identifier, summary: structureSummary),
            .required("structureType", type, ValueCodecs.code(ERPsychiatricStructureType.self)),
        ]
    }

    /// The envelope and `record` of a line of `code`, then `body`.
    static func table<Root>(_ code: String, blank: Root, _ body: [Field<Root>]) -> FieldTable<Root> {
        .dossier(kind: .psychiatryActivity, schemaVersion: ActivityRules.schemaVersion, blank: blank,
                 [.discriminator(discriminator, code)] + body)
    }

    static let blankDate = LocalDate(year: 2000, month: 1, day: 1)!

    static let tableKinds: [TableKind] = [
        TableKind(kind: .psychiatryActivity,
                  title: "Activity of an Emilia-Romagna hospital psychiatric structure: one stay or one event (one line of a JSON Lines file)",
                  summary: "Kind er.psychiatry.activity, DGR 2000/2009 (seed 002_6a5f046dd59f793e.txt). A file holds one object a line; "
                      + "each is a stay (\"record\": \"stay\") or an event (\"record\": \"event\"). This schema checks one line's "
                      + "structure and domains; the time limits (RTI 30/60 days, RTP 180 + 365 days, 10- and 15-day evaluations, "
                      + "access within 24 h or 5 days), the SPOI exclusions, restraint records and the cross-line rules are checked "
                      + "by `sociosan validate`.",
                  shape: variants.shape),
    ]
}

extension Stay {
    public static let fields: FieldTable<Stay> = ActivityRecord.table("stay", blank: Stay(
        id: .placeholder, patient: .placeholder, structure: .placeholder, structureType: .spoi,
        admission: LocalDateTime(date: ActivityRecord.blankDate, time: LocalTime(hour: 0, minute: 0)!), channel: .dsmDP, urgency: .programmed),
        ActivityRecord.header(id: \.id, idSummary: "The stay's id, unique in the file.", patient: \.patient,
                              patientSummary: "Pseudonymous patient code (no name: the restraint record's name stays in the clinical record).",
                              structure: \.structure, structureSummary: "The structure's id (as in its accreditation dossier).",
                              type: \.structureType) + [
            .required("admission", \.admission, DateTimeCodec(), summary: "Admission, YYYY-MM-DDTHH:MM local time."),
            .optional("accessRequest", \.accessRequest, DateTimeCodec(),
                      summary: "The access request (single request form, L134-L137); the residences answer within 24 h urgent, normally 5 days (L924)."),
            .required("channel", \.channel, ValueCodecs.code(AccessChannel.self),
                      summary: "Who referred the patient (L129-L137, L916-L918); dsm-dp is the channel of the SPOI 80 % share (A-11)."),
            .required("urgency", \.urgency, ValueCodecs.code(Urgency.self)),
            .required("tso", \.tso, ValueCodecs.bool, summary: "Compulsory treatment (TSO); never in an SPOI (L121-L123)."),
            .defaulted("extensions", \.extensions, ValueCodecs.list(ValueCodecs.object(Extension.fields)), default: [], writesDefault: false,
                       summary: "Extensions beyond the ordinary maximum (RTI 30 days, RTP 180 days; L929-L940)."),
            .optional("familyMeeting", \.familyMeeting, ValueCodecs.date, summary: "Meeting with family or carers (within 10 days, L943)."),
            .optional("externalDoctorConsult", \.externalDoctorConsult, ValueCodecs.date,
                      summary: "Consultation with the external treating doctor (within 10 days, L943-L944)."),
            .optional("dischargeCriticalityEvaluation", \.dischargeCriticalityEvaluation, ValueCodecs.date,
                      summary: "Evaluation of a possible discharge criticality (within 15 days, L949)."),
            .optional("dischargeCriticality", \.dischargeCriticality, ValueCodecs.bool, summary: "The evaluation found a criticality (L945-L946)."),
            .optional("project", \.project, ValueCodecs.object(PersonalisedProject.fields),
                      summary: "The written personalised project (L416-L420, L1061-L1064)."),
            .optional("adherence", \.adherence, ValueCodecs.bool, summary: "The patient adheres to the treatment (RES-IND-3)."),
            .optional("diagnosis", \.diagnosis, ValueCodecs.object(Diagnosis.fields)),
            .optional("outcomeScale", \.outcomeScale, ValueCodecs.object(ScaleScores.fields),
                      summary: "A validated scale scored at admission and discharge, higher meaning better (L431-L433, PG-IND-3)."),
            .optional("eatingDisorder", \.eatingDisorder, ValueCodecs.object(EatingDisorderData.fields)),
            .optional("discharge", \.discharge, ValueCodecs.object(Discharge.fields)),
        ])
}

extension Extension {
    public static let fields = FieldTable(blank: Extension(decidedOn: ActivityRecord.blankDate), [
        .required("decidedOn", \.decidedOn, ValueCodecs.date),
        .optional("reason", \.reason, ValueCodecs.string(), summary: "Short reason (motivazione sintetica, L937-L938)."),
        .defaulted("persistentAcuity", \.persistentAcuity, ValueCodecs.bool, default: false),
        .defaulted("clinicalComplications", \.clinicalComplications, ValueCodecs.bool, default: false),
        .defaulted("firstSixtyDaysEvaluation", \.firstSixtyDaysEvaluation, ValueCodecs.bool, default: false,
                   summary: "The admitting ward's evaluation of the first 60 days (L940)."),
        .optional("projectReformulatedOn", \.projectReformulatedOn, ValueCodecs.date,
                  summary: "RTP: the therapeutic project reformulated (L930-L931)."),
    ])
}

extension PersonalisedProject {
    /// The expected duration a project may give, in days.
    public static let expectedDurationDaysRange = 1...3650
    public static let fields = FieldTable(blank: PersonalisedProject(writtenOn: ActivityRecord.blankDate), [
        .required("writtenOn", \.writtenOn, ValueCodecs.date),
        .required("teamDefined", \.teamDefined, ValueCodecs.bool),
        .required("objectives", \.objectives, ValueCodecs.bool),
        .optional("expectedDurationDays", \.expectedDurationDays, ValueCodecs.integer(expectedDurationDaysRange)),
        .required("agreedWithDSMDPDoctor", \.agreedWithDSMDPDoctor, ValueCodecs.bool),
        .required("dischargeAgreedWithDoctor", \.dischargeAgreedWithDoctor, ValueCodecs.bool),
        .defaulted("reviews", \.reviews, ValueCodecs.list(ValueCodecs.date), default: [], writesDefault: false),
        .optional("objectivesReached", \.objectivesReached, ValueCodecs.bool),
        .required("checkedWithValidatedScale", \.checkedWithValidatedScale, ValueCodecs.bool),
    ])
}

extension Diagnosis {
    public static let fields = FieldTable(blank: Diagnosis(criteriaComplete: false), [
        .optional("code", \.code, ValueCodecs.string()),
        .optional("system", \.system, ValueCodecs.code(DiagnosticSystem.self)),
        .required("criteriaComplete", \.criteriaComplete, ValueCodecs.bool,
                  summary: "The record is complete with recognised ICD-DSM criteria (SPOI-IND-1, GP-IND-1)."),
    ])
}

extension ScaleScores {
    /// The scores a scale may give.
    public static let scoreRange = -100_000...100_000
    public static let fields = FieldTable(blank: ScaleScores(scale: ""), [
        .required("scale", \.scale, ValueCodecs.string()),
        .optional("admission", \.admission, ValueCodecs.integer(scoreRange)),
        .optional("discharge", \.discharge, ValueCodecs.integer(scoreRange)),
    ])
}

extension EatingDisorderData {
    public static let fields = FieldTable(blank: EatingDisorderData(disorder: .other), [
        .required("disorder", \.disorder, ValueCodecs.code(EatingDisorder.self)),
        .optional("bmiAtAdmission", \.bmiAtAdmission, BodyMassIndexCodec(), summary: "Body-mass index, at most one decimal."),
        .optional("bmiAtDischarge", \.bmiAtDischarge, BodyMassIndexCodec(), summary: "Body-mass index, at most one decimal."),
        .optional("compensatoryBehavioursResolved", \.compensatoryBehavioursResolved, ValueCodecs.bool),
        .optional("diagnosticEvaluationWithPsychometricTests", \.diagnosticEvaluationWithPsychometricTests, ValueCodecs.bool),
        .optional("carePlanItems", \.carePlanItems, ValueCodecs.codeSet(CarePlanItem.self)),
    ])
}

extension Discharge {
    public static let fields = FieldTable(blank: Discharge(date: ActivityRecord.blankDate, kind: .agreed), [
        .required("date", \.date, ValueCodecs.date),
        .required("kind", \.kind, ValueCodecs.code(Kind.self)),
        .required("agreedDischargeReport", \.agreedDischargeReport, ValueCodecs.bool),
    ])
}

extension Event {
    // The blank's type is `restraint`: when `type` cannot be read the blank's stays, and the
    // restraint record is then not refused for its type (no second finding about one fault).
    public static let fields: FieldTable<Event> = ActivityRecord.table("event", blank: Event(
        id: .placeholder, patient: .placeholder, structure: .placeholder, structureType: .spoi, date: ActivityRecord.blankDate,
        kind: .restraint),
        ActivityRecord.header(id: \.id, patient: \.patient, structure: \.structure, type: \.structureType) + [
            .optional("stay", \.stay, ValueCodecs.identifier,
                      summary: "The stay the event happened in, when known: it must be in the file, same patient and structure, between admission and discharge."),
            .required("date", \.date, ValueCodecs.date),
            .optional("time", \.time, TimeCodec(), summary: "Required for a restraint (L424)."),
            .required("type", \.kind, ValueCodecs.code(Kind.self)),
            Field(RestraintField()),
        ])
}

extension RestraintRecord {
    /// The duration a restraint may last, in minutes.
    public static let durationMinutesRange = 1...100_000
    public static let fields = FieldTable(blank: RestraintRecord(), [
        .required("patientNamed", \.patientNamed, ValueCodecs.bool),
        .optional("diagnosis", \.diagnosis, ValueCodecs.string(nonEmpty: false)),
        .optional("reasons", \.reasons, ValueCodecs.string(nonEmpty: false)),
        .optional("intervention", \.intervention, ValueCodecs.code(Intervention.self)),
        .required("doctorSigned", \.doctorSigned, ValueCodecs.bool),
        .optional("durationMinutes", \.durationMinutes, ValueCodecs.integer(durationMinutesRange)),
    ])
}

/// An event's `restraint`: the restraint record, refused on an event of another type (read
/// after `type`, which canonical order puts first).
struct RestraintField: FieldAccessor {
    static let codec = ValueCodecs.object(RestraintRecord.fields)

    var description: FieldDescription {
        FieldDescription(name: "restraint", shape: Self.codec.shape, isRequired: false,
                         summary: "The restraint record (L424-L426): date and time are the event's.")
    }

    func read(into root: inout Event, from reader: inout FieldReader) -> Bool {
        let kind = root.kind
        guard let value = reader.optional("restraint", { member -> RestraintRecord? in
            guard let record = Self.codec.read(&member) else { return nil }
            if kind != .restraint {
                member.reportInvalid(LocalizedText(it: "\"restraint\" è ammesso solo per gli eventi di tipo \"restraint\"",
                                                   en: "\"restraint\" is allowed only for events of type \"restraint\""))
                return nil
            }
            return record
        }) else { return false }
        root.restraint = value
        return true
    }

    func write(from root: Event, to writer: inout FieldOutput) {
        guard let record = root.restraint else { return }
        writer.key("restraint")
        Self.codec.write(record, to: &writer)
    }
}

/// `YYYY-MM-DDTHH:MM`, local time, no zone.
struct DateTimeCodec: ValueCodec {
    var shape: FieldShape {
        .string(minLength: 0, pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]$",
                description: "YYYY-MM-DDTHH:MM, local time, no zone.")
    }

    func read(_ reader: inout FieldReader) -> LocalDateTime? {
        guard let text = reader.readString(nonEmpty: false) else { return nil }
        do {
            return try LocalDateTime(iso8601: text)
        } catch {
            reader.reportInvalid(LocalDateTime.problem(error, text))
            return nil
        }
    }

    func write(_ value: LocalDateTime, to writer: inout FieldOutput) { writer.string(value.description) }
}

/// `HH:MM`, 00:00-23:59.
struct TimeCodec: ValueCodec {
    var shape: FieldShape { .string(minLength: 0, pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, 00:00-23:59.") }

    func read(_ reader: inout FieldReader) -> LocalTime? {
        guard let text = reader.readString(nonEmpty: false) else { return nil }
        do {
            return try LocalTime(iso8601: text)
        } catch {
            reader.reportInvalid(LocalTime.problem(text))
            return nil
        }
    }

    func write(_ value: LocalTime, to writer: inout FieldOutput) { writer.string(value.description) }
}

extension BodyMassIndex {
    /// The finding of a BMI with more than one decimal.
    public static let oneDecimal = LocalizedText(it: "il BMI ha al massimo un decimale", en: "a BMI has at most one decimal")
    /// The values a body-mass index may have, in hundredths (5 to 100, read as a number with
    /// at most two decimals before its one decimal is checked).
    public static let hundredthsRange = 500...10_000
}

/// A body-mass index with at most one decimal, from 5 to 100.
struct BodyMassIndexCodec: ValueCodec {

    var shape: FieldShape { .fixedPoint(50...1000, scale: 1) }

    func read(_ reader: inout FieldReader) -> BodyMassIndex? {
        guard let hundredths = reader.readHundredths(in: BodyMassIndex.hundredthsRange) else { return nil }
        guard hundredths % 10 == 0 else {
            reader.reportInvalid(BodyMassIndex.oneDecimal)
            return nil
        }
        return BodyMassIndex(tenths: hundredths / 10)
    }

    func write(_ value: BodyMassIndex, to writer: inout FieldOutput) { writer.fixedPoint(value.tenths, scale: 1) }
}

/// `Codable` through the activity tables (``ActivityRecord/variants``), so Foundation's coders
/// see the same members, order and checks as the JSON layer; every problem becomes a
/// `DecodingError` whose underlying ``DossierReadingError`` keeps the JSON Pointers.
///
/// ```swift
/// let record = try JSONDecoder().decode(ActivityRecord.self, from: line)
/// ```
extension ActivityRecord: Codable {
    public init(from decoder: any Decoder) throws {
        let tree = try FieldTree(from: decoder)
        guard case .string(let kind)? = tree["kind"], kind == DossierKind.psychiatryActivity.rawValue else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "\"kind\" must be \"\(DossierKind.psychiatryActivity)\""))
        }
        guard case .integer(let version)? = tree["schemaVersion"], version == ActivityRules.schemaVersion else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "schemaVersion must be \(ActivityRules.schemaVersion) for \(kind)"))
        }
        self = try Self.variants.decodeDossier(from: tree, codingPath: decoder.codingPath)
    }

    public func encode(to encoder: any Encoder) throws {
        try Self.variants.encode(self, to: encoder)
    }
}

extension LocalDateTime {
    /// Why `text` is not a date and time (the words of the tables and of the activity line's
    /// fast path).
    public static func problem(_ error: LocalDateError, _ text: String) -> LocalizedText {
        let quoted = MessageExcerpt.of(text)
        switch error {
        case .malformed:
            return LocalizedText(it: "\"\(quoted)\" non è una data e ora nel formato AAAA-MM-GGTHH:MM",
                                 en: "\"\(quoted)\" is not a date and time of the form YYYY-MM-DDTHH:MM")
        case .nonexistent:
            return LocalizedText(it: "\"\(quoted)\" non è una data e ora esistente", en: "\"\(quoted)\" is not a real date and time")
        }
    }
}

extension LocalTime {
    /// Why `text` is not a time (the words of the tables and of the activity line's fast path).
    public static func problem(_ text: String) -> LocalizedText {
        let quoted = MessageExcerpt.of(text)
        return LocalizedText(it: "\"\(quoted)\" non è un'ora nel formato HH:MM (00:00-23:59)",
                             en: "\"\(quoted)\" is not a time of the form HH:MM (00:00-23:59)")
    }
}
