import Sociosan

/// JSON mapping of ``ActivityRecord`` (kind `er.psychiatry.activity`, schema version 1): one
/// object a line, `"record": "stay"` or `"record": "event"`, read and written by the kind's
/// field tables (``ActivityRecord/variants``), so the schema, the canonical member order and
/// the decoder cannot disagree.
///
/// A line is first read by the specialised decoder below (the fast path of `sociosan
/// indicators`, which reads a million lines within 1.5 times jansson's parse): when it meets no
/// problem its record is the answer; when it meets any, what it reported is forgotten and the
/// tables read the line, with their findings. `ActivityFastPathTests` holds its members and
/// ranges to the tables and compares both paths over every fixture line and altered lines.
///
/// ```swift
/// let record = try ActivityRecord.decode(jsonText: line)
/// let canonical = record.encoded(style: .compact)   // one JSON Lines line, newline included
/// ```
extension ActivityRecord: JSONDossier {
    public static var kinds: [DossierKind] { [.psychiatryActivity] }
    public var kind: DossierKind { .psychiatryActivity }
    public static var schemaVersion: Int { ActivityRules.schemaVersion }
    public static var ruleSet: RuleSet<ActivityRecord> { ActivityRules.ruleSet }

    public static func decode(from node: JSONNode, kind: DossierKind, context: inout DecodingContext) -> ActivityRecord? {
        let mark = context.findingsMark
        if let record = decodeFast(from: node, context: &context), context.findingsMark == mark { return record }
        context.forgetFindings(since: mark)
        return JSONFieldReader.readDossier(variants, from: node, context: &context)
    }

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        Self.variants.writeMembers(of: self, to: &writer)
        writer.endObject()
    }

    // MARK: - The fast path

    /// The specialised decoder: the record, or `nil`; what it reports is only a sign that the
    /// line is not one it can vouch for (``decode(from:kind:context:)`` forgets it).
    static func decodeFast(from node: JSONNode, context: inout DecodingContext) -> ActivityRecord? {
        guard node.kind == .object else {
            context.typeMismatch(expected: .object, found: node)
            return nil
        }
        guard let recordNode = node["record"] else {
            context.report(FormatRules.required, .text("record"))
            return nil
        }
        let type = context.withKey("record") { $0.code(recordNode, as: ActivityRecordType.self) }
        switch type {
        case .stay: return decodeStay(node, context: &context).map(ActivityRecord.stay)
        case .event: return decodeEvent(node, context: &context).map(ActivityRecord.event)
        case nil: return nil
        }
    }

    /// The fields a stay and an event share, after the envelope.
    struct RecordHeader {
        var id: ActivityID
        var patient: PatientID
        var structure: StructureID
        var type: ERPsychiatricStructureType
    }

    /// Reads the fields a stay and an event share (`record`, already checked by the caller,
    /// then `id`, `patient`, `structure`, `structureType`). Every one is read and its problems
    /// reported before the answer: nil when any of them is missing or bad.
    static func decodeHeader(_ object: inout ObjectReader, _ context: inout DecodingContext) -> RecordHeader? {
        _ = object.required("record", &context) { _, _ in true }
        let id = object.required("id", &context) { $0.identifier($1) }
        let patient = object.required("patient", &context) { $0.identifier($1) }
        let structure = object.required("structure", &context) { $0.identifier($1) }
        let type = object.required("structureType", &context) { $0.code($1, as: ERPsychiatricStructureType.self) }
        guard let id, let patient, let structure, let type else { return nil }
        return RecordHeader(id: id, patient: patient, structure: structure, type: type)
    }

    static func decodeStay(_ node: JSONNode, context: inout DecodingContext) -> Stay? {
        guard var object = ObjectReader(node, keys: ActivityLineKeys.stay, context: &context) else { return nil }
        object.acceptEnvelope()
        let header = decodeHeader(&object, &context)
        let admission = object.required("admission", &context) { $0.dateTime($1) }
        let request = object.optional("accessRequest", &context) { $0.dateTime($1) }
        let channel = object.required("channel", &context) { $0.code($1, as: AccessChannel.self) }
        let urgency = object.required("urgency", &context) { $0.code($1, as: Stay.Urgency.self) }
        let tso = object.required("tso", &context) { $0.bool($1) }
        let extensions = object.optional("extensions", &context) { context, node in
            context.array(node) { context, node -> Extension? in
                guard var reader = ObjectReader(node, keys: ActivityLineKeys.extension, context: &context) else { return nil }
                let decided = reader.required("decidedOn", &context) { $0.activityDate($1) }
                let reason = reader.optional("reason", &context) { $0.nonEmptyString($1) }
                let acuity = reader.optional("persistentAcuity", &context) { $0.bool($1) }
                let complications = reader.optional("clinicalComplications", &context) { $0.bool($1) }
                let evaluation = reader.optional("firstSixtyDaysEvaluation", &context) { $0.bool($1) }
                let reformulated = reader.optional("projectReformulatedOn", &context) { $0.activityDate($1) }
                reader.finish(&context)
                guard let decided, let reason, let acuity, let complications, let evaluation, let reformulated else { return nil }
                return Extension(decidedOn: decided, reason: reason, persistentAcuity: acuity ?? false,
                                 clinicalComplications: complications ?? false, firstSixtyDaysEvaluation: evaluation ?? false,
                                 projectReformulatedOn: reformulated)
            }
        }
        let family = object.optional("familyMeeting", &context) { $0.activityDate($1) }
        let consult = object.optional("externalDoctorConsult", &context) { $0.activityDate($1) }
        let evaluation = object.optional("dischargeCriticalityEvaluation", &context) { $0.activityDate($1) }
        let criticality = object.optional("dischargeCriticality", &context) { $0.bool($1) }
        let project = object.optional("project", &context) { context, node -> PersonalisedProject? in
            guard var reader = ObjectReader(node, keys: ActivityLineKeys.project, context: &context) else { return nil }
            let written = reader.required("writtenOn", &context) { $0.activityDate($1) }
            let team = reader.required("teamDefined", &context) { $0.bool($1) }
            let objectives = reader.required("objectives", &context) { $0.bool($1) }
            let duration = reader.optional("expectedDurationDays", &context) { $0.integer($1, in: PersonalisedProject.expectedDurationDaysRange) }
            let dsm = reader.required("agreedWithDSMDPDoctor", &context) { $0.bool($1) }
            let dischargeDoctor = reader.required("dischargeAgreedWithDoctor", &context) { $0.bool($1) }
            let reviews = reader.optional("reviews", &context) { context, node in
                context.array(node) { context, node in context.activityDate(node) }
            }
            let reached = reader.optional("objectivesReached", &context) { $0.bool($1) }
            let scale = reader.required("checkedWithValidatedScale", &context) { $0.bool($1) }
            reader.finish(&context)
            guard let written, let team, let objectives, let duration, let dsm, let dischargeDoctor, let reviews,
                  let reached, let scale else { return nil }
            return PersonalisedProject(
                writtenOn: written, teamDefined: team, objectives: objectives, expectedDurationDays: duration,
                agreedWithDSMDPDoctor: dsm, dischargeAgreedWithDoctor: dischargeDoctor, reviews: reviews ?? [],
                objectivesReached: reached, checkedWithValidatedScale: scale)
        }
        let adherence = object.optional("adherence", &context) { $0.bool($1) }
        let diagnosis = object.optional("diagnosis", &context) { context, node -> Diagnosis? in
            guard var reader = ObjectReader(node, keys: ActivityLineKeys.diagnosis, context: &context) else { return nil }
            let code = reader.optional("code", &context) { $0.nonEmptyString($1) }
            let system = reader.optional("system", &context) { $0.code($1, as: Diagnosis.DiagnosticSystem.self) }
            let complete = reader.required("criteriaComplete", &context) { $0.bool($1) }
            reader.finish(&context)
            guard let code, let system, let complete else { return nil }
            return Diagnosis(code: code, system: system, criteriaComplete: complete)
        }
        let scale = object.optional("outcomeScale", &context) { context, node -> ScaleScores? in
            guard var reader = ObjectReader(node, keys: ActivityLineKeys.scale, context: &context) else { return nil }
            let name = reader.required("scale", &context) { $0.nonEmptyString($1) }
            let atAdmission = reader.optional("admission", &context) { $0.integer($1, in: ScaleScores.scoreRange) }
            let atDischarge = reader.optional("discharge", &context) { $0.integer($1, in: ScaleScores.scoreRange) }
            reader.finish(&context)
            guard let name, let atAdmission, let atDischarge else { return nil }
            return ScaleScores(scale: name, admission: atAdmission, discharge: atDischarge)
        }
        let eating = object.optional("eatingDisorder", &context) { context, node -> EatingDisorderData? in
            guard var reader = ObjectReader(node, keys: ActivityLineKeys.eatingDisorder, context: &context) else { return nil }
            let disorder = reader.required("disorder", &context) { $0.code($1, as: EatingDisorderData.EatingDisorder.self) }
            let bmiIn = reader.optional("bmiAtAdmission", &context) { $0.bodyMassIndex($1) }
            let bmiOut = reader.optional("bmiAtDischarge", &context) { $0.bodyMassIndex($1) }
            let resolved = reader.optional("compensatoryBehavioursResolved", &context) { $0.bool($1) }
            let psychometric = reader.optional("diagnosticEvaluationWithPsychometricTests", &context) { $0.bool($1) }
            let items = reader.optional("carePlanItems", &context) { $0.codeSet($1, as: EatingDisorderData.CarePlanItem.self) }
            reader.finish(&context)
            guard let disorder, let bmiIn, let bmiOut, let resolved, let psychometric, let items else { return nil }
            return EatingDisorderData(
                disorder: disorder, bmiAtAdmission: bmiIn, bmiAtDischarge: bmiOut, compensatoryBehavioursResolved: resolved,
                diagnosticEvaluationWithPsychometricTests: psychometric, carePlanItems: items)
        }
        let discharge = object.optional("discharge", &context) { context, node -> Discharge? in
            guard var reader = ObjectReader(node, keys: ActivityLineKeys.discharge, context: &context) else { return nil }
            let date = reader.required("date", &context) { $0.activityDate($1) }
            let kind = reader.required("kind", &context) { $0.code($1, as: Discharge.Kind.self) }
            let report = reader.required("agreedDischargeReport", &context) { $0.bool($1) }
            reader.finish(&context)
            guard let date, let kind, let report else { return nil }
            return Discharge(date: date, kind: kind, agreedDischargeReport: report)
        }
        object.finish(&context)

        guard let header, let admission, let request, let channel, let urgency, let tso,
              let extensions, let family, let consult, let evaluation, let criticality, let project, let adherence,
              let diagnosis, let scale, let eating, let discharge
        else { return nil }
        return Stay(
            id: header.id, patient: header.patient, structure: header.structure, structureType: header.type, admission: admission,
            accessRequest: request, channel: channel, urgency: urgency, tso: tso, extensions: extensions ?? [],
            familyMeeting: family, externalDoctorConsult: consult, dischargeCriticalityEvaluation: evaluation,
            dischargeCriticality: criticality, project: project, adherence: adherence, diagnosis: diagnosis,
            outcomeScale: scale, eatingDisorder: eating, discharge: discharge)
    }

    static func decodeEvent(_ node: JSONNode, context: inout DecodingContext) -> Event? {
        guard var object = ObjectReader(node, keys: ActivityLineKeys.event, context: &context) else { return nil }
        object.acceptEnvelope()
        let header = decodeHeader(&object, &context)
        let stay = object.optional("stay", &context) { $0.identifier($1) }
        let date = object.required("date", &context) { $0.activityDate($1) }
        let time = object.optional("time", &context) { $0.time($1) }
        let kind = object.required("type", &context) { $0.code($1, as: Event.Kind.self) }
        let restraint = object.optional("restraint", &context) { context, node -> RestraintRecord? in
            guard var reader = ObjectReader(node, keys: ActivityLineKeys.restraint, context: &context) else { return nil }
            let named = reader.required("patientNamed", &context) { $0.bool($1) }
            let diagnosis = reader.optional("diagnosis", &context) { $0.string($1) }
            let reasons = reader.optional("reasons", &context) { $0.string($1) }
            let intervention = reader.optional("intervention", &context) { $0.code($1, as: RestraintRecord.Intervention.self) }
            let signed = reader.required("doctorSigned", &context) { $0.bool($1) }
            let duration = reader.optional("durationMinutes", &context) { $0.integer($1, in: RestraintRecord.durationMinutesRange) }
            reader.finish(&context)
            guard let named, let diagnosis, let reasons, let intervention, let signed, let duration else { return nil }
            return RestraintRecord(patientNamed: named, diagnosis: diagnosis, reasons: reasons, intervention: intervention,
                                   doctorSigned: signed, durationMinutes: duration)
        }
        if let kind, kind != .restraint, case .some(.some) = restraint {
            context.withKey("restraint") {
                $0.invalidValue(LocalizedText(it: "\"restraint\" è ammesso solo per gli eventi di tipo \"restraint\"",
                                              en: "\"restraint\" is allowed only for events of type \"restraint\""))
            }
        }
        object.finish(&context)
        guard let header, let stay, let date, let time, let kind, let restraint else { return nil }
        return Event(id: header.id, patient: header.patient, structure: header.structure, structureType: header.type, stay: stay, date: date,
                     time: time, kind: kind, restraint: restraint)
    }
}

/// The `"record"` member: which of the two shapes a line has.
enum ActivityRecordType: String, CaseIterable, Sendable, TableCoded {
    case stay
    case event
    static let codeTable = CodeTable<ActivityRecordType>()
}


extension DecodingContext {
    /// `YYYY-MM-DDTHH:MM`; a well-formed value is read from the string's bytes, with no
    /// allocation (an activity line has several dates).
    mutating func dateTime(_ node: JSONNode) -> LocalDateTime? {
        if let parsed = node.withStringBytes({ LocalDateTime.parse(utf8: $0) }), let value = parsed { return value }
        guard let text = string(node) else { return nil }
        do {
            return try LocalDateTime(iso8601: text)
        } catch {
            invalidValue(LocalDateTime.problem(error, text))
            return nil
        }
    }

    /// `YYYY-MM-DD`, read from the string's bytes when well formed; otherwise the shared
    /// reader words the problem.
    mutating func activityDate(_ node: JSONNode) -> LocalDate? {
        if let parsed = node.withStringBytes({ LocalDate.parse(utf8: $0) }), let value = parsed { return value }
        return date(node)
    }

    /// `HH:MM`.
    mutating func time(_ node: JSONNode) -> LocalTime? {
        guard let text = string(node) else { return nil }
        do {
            return try LocalTime(iso8601: text)
        } catch {
            invalidValue(LocalTime.problem(text))
            return nil
        }
    }

    /// A BMI with at most one decimal, from 5 to 100.
    mutating func bodyMassIndex(_ node: JSONNode) -> BodyMassIndex? {
        guard let hundredths = hundredths(node, in: BodyMassIndex.hundredthsRange) else { return nil }
        guard hundredths % 10 == 0 else {
            invalidValue(BodyMassIndex.oneDecimal)
            return nil
        }
        return BodyMassIndex(tenths: hundredths / 10)
    }
}

/// The members each object of an activity line may have, in the tables' order (held equal to
/// them by `ActivityFastPathTests`).
enum ActivityLineKeys {
    static let stay = ["kind", "schemaVersion", "record", "id", "patient", "structure", "structureType", "admission",
                       "accessRequest", "channel", "urgency", "tso", "extensions", "familyMeeting", "externalDoctorConsult",
                       "dischargeCriticalityEvaluation", "dischargeCriticality", "project", "adherence", "diagnosis",
                       "outcomeScale", "eatingDisorder", "discharge"]
    static let `extension` = ["decidedOn", "reason", "persistentAcuity", "clinicalComplications", "firstSixtyDaysEvaluation",
                              "projectReformulatedOn"]
    static let project = ["writtenOn", "teamDefined", "objectives", "expectedDurationDays", "agreedWithDSMDPDoctor",
                          "dischargeAgreedWithDoctor", "reviews", "objectivesReached", "checkedWithValidatedScale"]
    static let diagnosis = ["code", "system", "criteriaComplete"]
    static let scale = ["scale", "admission", "discharge"]
    static let eatingDisorder = ["disorder", "bmiAtAdmission", "bmiAtDischarge", "compensatoryBehavioursResolved",
                                 "diagnosticEvaluationWithPsychometricTests", "carePlanItems"]
    static let discharge = ["date", "kind", "agreedDischargeReport"]
    static let event = ["kind", "schemaVersion", "record", "id", "patient", "structure", "structureType", "stay", "date",
                        "time", "type", "restraint"]
    static let restraint = ["patientNamed", "diagnosis", "reasons", "intervention", "doctorSigned", "durationMinutes"]
}
