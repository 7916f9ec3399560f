import Sociosan

/// JSON mapping of ``ActivityRecord`` (kind `er.psychiatry.activity`, schema version 1): one
/// object a line, `"record": "stay"` or `"record": "event"`, field for field as in
/// `Schemas/er.psychiatry.activity.schema.json`. The canonical field order is the schema's.
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
        guard var object = ObjectReader(node, keys: Keys.stay, context: &context) else { return nil }
        object.acceptEnvelope()
        let header = decodeHeader(&object, &context)
        let admission = object.required("admission", &context) { $0.dateTime($1) }
        let request = object.optional("accessRequest", &context) { $0.dateTime($1) }
        let channel = object.required("channel", &context) { $0.code($1, as: AccessChannel.self) }
        let urgency = object.required("urgency", &context) { $0.code($1, as: Stay.Urgency.self) }
        let tso = object.required("tso", &context) { $0.bool($1) }
        let extensions = object.optional("extensions", &context) { context, node in
            context.array(node) { context, node -> Extension? in
                guard var reader = ObjectReader(node, keys: Keys.extension, context: &context) else { return nil }
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
            guard var reader = ObjectReader(node, keys: Keys.project, context: &context) else { return nil }
            let written = reader.required("writtenOn", &context) { $0.activityDate($1) }
            let team = reader.required("teamDefined", &context) { $0.bool($1) }
            let objectives = reader.required("objectives", &context) { $0.bool($1) }
            let duration = reader.optional("expectedDurationDays", &context) { $0.integer($1, in: 1...3650) }
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
            guard var reader = ObjectReader(node, keys: Keys.diagnosis, context: &context) else { return nil }
            let code = reader.optional("code", &context) { $0.nonEmptyString($1) }
            let system = reader.optional("system", &context) { $0.code($1, as: Diagnosis.DiagnosticSystem.self) }
            let complete = reader.required("criteriaComplete", &context) { $0.bool($1) }
            reader.finish(&context)
            guard let code, let system, let complete else { return nil }
            return Diagnosis(code: code, system: system, criteriaComplete: complete)
        }
        let scale = object.optional("outcomeScale", &context) { context, node -> ScaleScores? in
            guard var reader = ObjectReader(node, keys: Keys.scale, context: &context) else { return nil }
            let name = reader.required("scale", &context) { $0.nonEmptyString($1) }
            let atAdmission = reader.optional("admission", &context) { $0.integer($1, in: -100_000...100_000) }
            let atDischarge = reader.optional("discharge", &context) { $0.integer($1, in: -100_000...100_000) }
            reader.finish(&context)
            guard let name, let atAdmission, let atDischarge else { return nil }
            return ScaleScores(scale: name, admission: atAdmission, discharge: atDischarge)
        }
        let eating = object.optional("eatingDisorder", &context) { context, node -> EatingDisorderData? in
            guard var reader = ObjectReader(node, keys: Keys.eatingDisorder, context: &context) else { return nil }
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
            guard var reader = ObjectReader(node, keys: Keys.discharge, context: &context) else { return nil }
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
        guard var object = ObjectReader(node, keys: Keys.event, context: &context) else { return nil }
        object.acceptEnvelope()
        let header = decodeHeader(&object, &context)
        let stay = object.optional("stay", &context) { $0.identifier($1) }
        let date = object.required("date", &context) { $0.activityDate($1) }
        let time = object.optional("time", &context) { $0.time($1) }
        let kind = object.required("type", &context) { $0.code($1, as: Event.Kind.self) }
        let restraint = object.optional("restraint", &context) { context, node -> RestraintRecord? in
            guard var reader = ObjectReader(node, keys: Keys.restraint, context: &context) else { return nil }
            let named = reader.required("patientNamed", &context) { $0.bool($1) }
            let diagnosis = reader.optional("diagnosis", &context) { $0.string($1) }
            let reasons = reader.optional("reasons", &context) { $0.string($1) }
            let intervention = reader.optional("intervention", &context) { $0.code($1, as: RestraintRecord.Intervention.self) }
            let signed = reader.required("doctorSigned", &context) { $0.bool($1) }
            let duration = reader.optional("durationMinutes", &context) { $0.integer($1, in: 1...100_000) }
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

    public func encode(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("kind"); writer.string(kind.rawValue)
        writer.key("schemaVersion"); writer.integer(Int64(Self.schemaVersion))
        switch self {
        case .stay(let stay): Self.encode(stay, to: &writer)
        case .event(let event): Self.encode(event, to: &writer)
        }
        writer.endObject()
    }

    /// Writes the fields a stay and an event share, in the schema's order, after the envelope.
    static func encodeHeader(
        _ record: ActivityRecordType, _ id: ActivityID, _ patient: PatientID, _ structure: StructureID,
        _ type: ERPsychiatricStructureType, to writer: inout JSONWriter
    ) {
        writer.key("record"); writer.string(record.rawValue)
        writer.key("id"); writer.string(id.rawValue)
        writer.key("patient"); writer.string(patient.rawValue)
        writer.key("structure"); writer.string(structure.rawValue)
        writer.key("structureType"); writer.string(type.rawValue)
    }

    static func encode(_ stay: Stay, to writer: inout JSONWriter) {
        encodeHeader(.stay, stay.id, stay.patient, stay.structure, stay.structureType, to: &writer)
        writer.key("admission"); writer.string(stay.admission.description)
        if let request = stay.accessRequest { writer.key("accessRequest"); writer.string(request.description) }
        writer.key("channel"); writer.string(stay.channel.rawValue)
        writer.key("urgency"); writer.string(stay.urgency.rawValue)
        writer.key("tso"); writer.bool(stay.tso)
        if !stay.extensions.isEmpty {
            writer.key("extensions")
            writer.beginArray()
            for item in stay.extensions {
                writer.beginObject()
                writer.key("decidedOn"); writer.string(item.decidedOn.description)
                if let reason = item.reason { writer.key("reason"); writer.string(reason) }
                writer.key("persistentAcuity"); writer.bool(item.persistentAcuity)
                writer.key("clinicalComplications"); writer.bool(item.clinicalComplications)
                writer.key("firstSixtyDaysEvaluation"); writer.bool(item.firstSixtyDaysEvaluation)
                if let date = item.projectReformulatedOn { writer.key("projectReformulatedOn"); writer.string(date.description) }
                writer.endObject()
            }
            writer.endArray()
        }
        if let date = stay.familyMeeting { writer.key("familyMeeting"); writer.string(date.description) }
        if let date = stay.externalDoctorConsult { writer.key("externalDoctorConsult"); writer.string(date.description) }
        if let date = stay.dischargeCriticalityEvaluation { writer.key("dischargeCriticalityEvaluation"); writer.string(date.description) }
        if let value = stay.dischargeCriticality { writer.key("dischargeCriticality"); writer.bool(value) }
        if let project = stay.project {
            writer.key("project")
            writer.beginObject()
            writer.key("writtenOn"); writer.string(project.writtenOn.description)
            writer.key("teamDefined"); writer.bool(project.teamDefined)
            writer.key("objectives"); writer.bool(project.objectives)
            if let days = project.expectedDurationDays { writer.key("expectedDurationDays"); writer.integer(days) }
            writer.key("agreedWithDSMDPDoctor"); writer.bool(project.agreedWithDSMDPDoctor)
            writer.key("dischargeAgreedWithDoctor"); writer.bool(project.dischargeAgreedWithDoctor)
            if !project.reviews.isEmpty {
                writer.key("reviews")
                writer.beginArray()
                for review in project.reviews { writer.string(review.description) }
                writer.endArray()
            }
            if let reached = project.objectivesReached { writer.key("objectivesReached"); writer.bool(reached) }
            writer.key("checkedWithValidatedScale"); writer.bool(project.checkedWithValidatedScale)
            writer.endObject()
        }
        if let adherence = stay.adherence { writer.key("adherence"); writer.bool(adherence) }
        if let diagnosis = stay.diagnosis {
            writer.key("diagnosis")
            writer.beginObject()
            if let code = diagnosis.code { writer.key("code"); writer.string(code) }
            if let system = diagnosis.system { writer.key("system"); writer.string(system.rawValue) }
            writer.key("criteriaComplete"); writer.bool(diagnosis.criteriaComplete)
            writer.endObject()
        }
        if let scale = stay.outcomeScale {
            writer.key("outcomeScale")
            writer.beginObject()
            writer.key("scale"); writer.string(scale.scale)
            if let value = scale.admission { writer.key("admission"); writer.integer(value) }
            if let value = scale.discharge { writer.key("discharge"); writer.integer(value) }
            writer.endObject()
        }
        if let data = stay.eatingDisorder {
            writer.key("eatingDisorder")
            writer.beginObject()
            writer.key("disorder"); writer.string(data.disorder.rawValue)
            if let bmi = data.bmiAtAdmission { writer.key("bmiAtAdmission"); writer.fixedPoint(bmi.tenths, scale: 1) }
            if let bmi = data.bmiAtDischarge { writer.key("bmiAtDischarge"); writer.fixedPoint(bmi.tenths, scale: 1) }
            if let value = data.compensatoryBehavioursResolved { writer.key("compensatoryBehavioursResolved"); writer.bool(value) }
            if let value = data.diagnosticEvaluationWithPsychometricTests {
                writer.key("diagnosticEvaluationWithPsychometricTests"); writer.bool(value)
            }
            if let items = data.carePlanItems { writer.key("carePlanItems"); writer.codes(items) }
            writer.endObject()
        }
        if let discharge = stay.discharge {
            writer.key("discharge")
            writer.beginObject()
            writer.key("date"); writer.string(discharge.date.description)
            writer.key("kind"); writer.string(discharge.kind.rawValue)
            writer.key("agreedDischargeReport"); writer.bool(discharge.agreedDischargeReport)
            writer.endObject()
        }
    }

    static func encode(_ event: Event, to writer: inout JSONWriter) {
        encodeHeader(.event, event.id, event.patient, event.structure, event.structureType, to: &writer)
        if let stay = event.stay { writer.key("stay"); writer.string(stay.rawValue) }
        writer.key("date"); writer.string(event.date.description)
        if let time = event.time { writer.key("time"); writer.string(time.description) }
        writer.key("type"); writer.string(event.kind.rawValue)
        if let restraint = event.restraint {
            writer.key("restraint")
            writer.beginObject()
            writer.key("patientNamed"); writer.bool(restraint.patientNamed)
            if let text = restraint.diagnosis { writer.key("diagnosis"); writer.string(text) }
            if let text = restraint.reasons { writer.key("reasons"); writer.string(text) }
            if let value = restraint.intervention { writer.key("intervention"); writer.string(value.rawValue) }
            writer.key("doctorSigned"); writer.bool(restraint.doctorSigned)
            if let minutes = restraint.durationMinutes { writer.key("durationMinutes"); writer.integer(minutes) }
            writer.endObject()
        }
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
        let quoted = MessageExcerpt.of(text)
        do {
            return try LocalDateTime(iso8601: text)
        } catch {
            switch error {
            case .malformed:
                invalidValue(LocalizedText(it: "\"\(quoted)\" non è una data e ora nel formato AAAA-MM-GGTHH:MM",
                                           en: "\"\(quoted)\" is not a date and time of the form YYYY-MM-DDTHH:MM"))
            case .nonexistent:
                invalidValue(LocalizedText(it: "\"\(quoted)\" non è una data e ora esistente",
                                           en: "\"\(quoted)\" is not a real date and time"))
            }
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
        let quoted = MessageExcerpt.of(text)
        do {
            return try LocalTime(iso8601: text)
        } catch {
            invalidValue(LocalizedText(it: "\"\(quoted)\" non è un'ora nel formato HH:MM (00:00-23:59)",
                                       en: "\"\(quoted)\" is not a time of the form HH:MM (00:00-23:59)"))
            return nil
        }
    }

    /// A BMI with at most one decimal, from 5 to 100.
    mutating func bodyMassIndex(_ node: JSONNode) -> BodyMassIndex? {
        guard let hundredths = hundredths(node, in: 500...10_000) else { return nil }
        guard hundredths % 10 == 0 else {
            invalidValue(LocalizedText(it: "il BMI ha al massimo un decimale", en: "a BMI has at most one decimal"))
            return nil
        }
        return BodyMassIndex(tenths: hundredths / 10)
    }
}

/// The members each object of an activity line may have, in schema order.
private enum Keys {
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
