// Codable conformances for activity records. The standard library's Codable only: this file,
// like the whole core, imports no Foundation.

/// `Codable` support, for users who prefer Foundation's `JSONEncoder` and `JSONDecoder`.
///
/// The shape is that of `Schemas/er.psychiatry.activity.schema.json` and of the SociosanJSON
/// mapping: `"kind"`, `"schemaVersion"` and `"record"` are written on encode and checked on
/// decode; an event's kind is `"type"`; dates are `"YYYY-MM-DD"`, date-times
/// `"YYYY-MM-DDTHH:MM"`, times `"HH:MM"`; a BMI is a number with one decimal; `nil` optionals
/// and empty `extensions` and `reviews` are omitted. This is the convenient path: for speed,
/// every problem with its JSON Pointer, and constant-memory JSON Lines, use SociosanJSON
/// (`ActivityRecord.decode(jsonText:)`, `ActivityReader`, `DossierValidator`).
///
/// ```swift
/// import Foundation
/// let record = try JSONDecoder().decode(ActivityRecord.self, from: Data(line.utf8))
/// let findings = ActivityRules.ruleSet.evaluate(record)
/// ```
extension ActivityRecord: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, schemaVersion, record, id, patient, structure, structureType
        // Stay
        case admission, accessRequest, channel, urgency, tso, extensions, familyMeeting, externalDoctorConsult
        case dischargeCriticalityEvaluation, dischargeCriticality, project, adherence, diagnosis, outcomeScale
        case eatingDisorder, discharge
        // Event
        case stay, date, time, type, restraint
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(String.self, forKey: .kind)
        guard kind == DossierKind.psychiatryActivity.rawValue else {
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "expected kind \"\(DossierKind.psychiatryActivity)\", found \"\(kind)\"")
        }
        let version = try c.decode(Int.self, forKey: .schemaVersion)
        guard version == ActivityRules.schemaVersion else {
            throw DecodingError.dataCorruptedError(forKey: .schemaVersion, in: c, debugDescription: "schema version \(version) is not supported")
        }
        let id = try c.decode(ActivityID.self, forKey: .id)
        let patient = try c.decode(PatientID.self, forKey: .patient)
        let structure = try c.decode(StructureID.self, forKey: .structure)
        let typeText = try c.decode(String.self, forKey: .structureType)
        guard let type = ERPsychiatricStructureType(rawValue: typeText) else {
            throw DecodingError.dataCorruptedError(forKey: .structureType, in: c, debugDescription: "unknown structure type \"\(typeText)\"")
        }
        switch try c.decode(String.self, forKey: .record) {
        case "stay":
            self = .stay(Stay(
                id: id, patient: patient, structure: structure, structureType: type,
                admission: try c.decode(LocalDateTime.self, forKey: .admission),
                accessRequest: try c.decodeIfPresent(LocalDateTime.self, forKey: .accessRequest),
                channel: try c.decode(AccessChannel.self, forKey: .channel),
                urgency: try c.decode(Stay.Urgency.self, forKey: .urgency),
                tso: try c.decode(Bool.self, forKey: .tso),
                extensions: try c.decodeIfPresent([Extension].self, forKey: .extensions) ?? [],
                familyMeeting: try c.decodeIfPresent(LocalDate.self, forKey: .familyMeeting),
                externalDoctorConsult: try c.decodeIfPresent(LocalDate.self, forKey: .externalDoctorConsult),
                dischargeCriticalityEvaluation: try c.decodeIfPresent(LocalDate.self, forKey: .dischargeCriticalityEvaluation),
                dischargeCriticality: try c.decodeIfPresent(Bool.self, forKey: .dischargeCriticality),
                project: try c.decodeIfPresent(PersonalisedProject.self, forKey: .project),
                adherence: try c.decodeIfPresent(Bool.self, forKey: .adherence),
                diagnosis: try c.decodeIfPresent(Diagnosis.self, forKey: .diagnosis),
                outcomeScale: try c.decodeIfPresent(ScaleScores.self, forKey: .outcomeScale),
                eatingDisorder: try c.decodeIfPresent(EatingDisorderData.self, forKey: .eatingDisorder),
                discharge: try c.decodeIfPresent(Discharge.self, forKey: .discharge)))
        case "event":
            let eventKind = try c.decode(Event.Kind.self, forKey: .type)
            let restraint = try c.decodeIfPresent(RestraintRecord.self, forKey: .restraint)
            if restraint != nil, eventKind != .restraint {
                throw DecodingError.dataCorruptedError(forKey: .restraint, in: c, debugDescription: "\"restraint\" is allowed only for events of type \"restraint\"")
            }
            self = .event(Event(
                id: id, patient: patient, structure: structure, structureType: type,
                stay: try c.decodeIfPresent(ActivityID.self, forKey: .stay),
                date: try c.decode(LocalDate.self, forKey: .date),
                time: try c.decodeIfPresent(LocalTime.self, forKey: .time),
                kind: eventKind, restraint: restraint))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .record, in: c, debugDescription: "\"record\" is \"stay\" or \"event\", not \"\(other)\"")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(DossierKind.psychiatryActivity.rawValue, forKey: .kind)
        try c.encode(ActivityRules.schemaVersion, forKey: .schemaVersion)
        switch self {
        case .stay(let stay):
            try Self.encodeHeader("stay", stay.id, stay.patient, stay.structure, stay.structureType, into: &c)
            try c.encode(stay.admission, forKey: .admission)
            try c.encodeIfPresent(stay.accessRequest, forKey: .accessRequest)
            try c.encode(stay.channel, forKey: .channel)
            try c.encode(stay.urgency, forKey: .urgency)
            try c.encode(stay.tso, forKey: .tso)
            if !stay.extensions.isEmpty { try c.encode(stay.extensions, forKey: .extensions) }
            try c.encodeIfPresent(stay.familyMeeting, forKey: .familyMeeting)
            try c.encodeIfPresent(stay.externalDoctorConsult, forKey: .externalDoctorConsult)
            try c.encodeIfPresent(stay.dischargeCriticalityEvaluation, forKey: .dischargeCriticalityEvaluation)
            try c.encodeIfPresent(stay.dischargeCriticality, forKey: .dischargeCriticality)
            try c.encodeIfPresent(stay.project, forKey: .project)
            try c.encodeIfPresent(stay.adherence, forKey: .adherence)
            try c.encodeIfPresent(stay.diagnosis, forKey: .diagnosis)
            try c.encodeIfPresent(stay.outcomeScale, forKey: .outcomeScale)
            try c.encodeIfPresent(stay.eatingDisorder, forKey: .eatingDisorder)
            try c.encodeIfPresent(stay.discharge, forKey: .discharge)
        case .event(let event):
            try Self.encodeHeader("event", event.id, event.patient, event.structure, event.structureType, into: &c)
            try c.encodeIfPresent(event.stay, forKey: .stay)
            try c.encode(event.date, forKey: .date)
            try c.encodeIfPresent(event.time, forKey: .time)
            try c.encode(event.kind, forKey: .type)
            try c.encodeIfPresent(event.restraint, forKey: .restraint)
        }
    }

    /// The fields a stay and an event share, in the schema's order, after the envelope.
    private static func encodeHeader(
        _ record: String, _ id: ActivityID, _ patient: PatientID, _ structure: StructureID,
        _ type: ERPsychiatricStructureType, into c: inout KeyedEncodingContainer<CodingKeys>
    ) throws {
        try c.encode(record, forKey: .record)
        try c.encode(id, forKey: .id)
        try c.encode(patient, forKey: .patient)
        try c.encode(structure, forKey: .structure)
        try c.encode(type.rawValue, forKey: .structureType)
    }
}

/// Coded as its `"YYYY-MM-DDTHH:MM"` text.
extension LocalDateTime: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(from: decoder, LocalDateTime.init(iso8601:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

/// Coded as its `"HH:MM"` text.
extension LocalTime: Codable {
    public init(from decoder: any Decoder) throws { self = try decodeText(from: decoder, LocalTime.init(iso8601:)) }
    public func encode(to encoder: any Encoder) throws { try encodeText(description, to: encoder) }
}

/// Coded as a JSON number with at most one decimal (`18.5`, `19`).
extension BodyMassIndex: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let value = try container.decode(Double.self)
        let tenths = (value * 10).rounded()
        guard value.isFinite, abs(value * 10 - tenths) < 1e-6, (50...1000).contains(tenths) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "a BMI from 5 to 100 with at most one decimal, not \(value)")
        }
        self.init(tenths: Int(tenths))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if tenths % 10 == 0 { try container.encode(tenths / 10) } else { try container.encode(Double(tenths) / 10) }
    }
}

extension Stay.Urgency: Codable {}
extension Event.Kind: Codable {}
extension Discharge.Kind: Codable {}
extension Diagnosis.DiagnosticSystem: Codable {}
extension EatingDisorderData.EatingDisorder: Codable {}
extension EatingDisorderData.CarePlanItem: Codable {}
extension RestraintRecord.Intervention: Codable {}

extension Extension: Codable {
    enum CodingKeys: String, CodingKey {
        case decidedOn, reason, persistentAcuity, clinicalComplications, firstSixtyDaysEvaluation, projectReformulatedOn
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            decidedOn: try c.decode(LocalDate.self, forKey: .decidedOn),
            reason: try c.decodeIfPresent(String.self, forKey: .reason),
            persistentAcuity: try c.decodeIfPresent(Bool.self, forKey: .persistentAcuity) ?? false,
            clinicalComplications: try c.decodeIfPresent(Bool.self, forKey: .clinicalComplications) ?? false,
            firstSixtyDaysEvaluation: try c.decodeIfPresent(Bool.self, forKey: .firstSixtyDaysEvaluation) ?? false,
            projectReformulatedOn: try c.decodeIfPresent(LocalDate.self, forKey: .projectReformulatedOn))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(decidedOn, forKey: .decidedOn)
        try c.encodeIfPresent(reason, forKey: .reason)
        try c.encode(persistentAcuity, forKey: .persistentAcuity)
        try c.encode(clinicalComplications, forKey: .clinicalComplications)
        try c.encode(firstSixtyDaysEvaluation, forKey: .firstSixtyDaysEvaluation)
        try c.encodeIfPresent(projectReformulatedOn, forKey: .projectReformulatedOn)
    }
}

extension PersonalisedProject: Codable {
    enum CodingKeys: String, CodingKey {
        case writtenOn, teamDefined, objectives, expectedDurationDays, agreedWithDSMDPDoctor, dischargeAgreedWithDoctor
        case reviews, objectivesReached, checkedWithValidatedScale
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            writtenOn: try c.decode(LocalDate.self, forKey: .writtenOn),
            teamDefined: try c.decode(Bool.self, forKey: .teamDefined),
            objectives: try c.decode(Bool.self, forKey: .objectives),
            expectedDurationDays: try c.decodeIfPresent(Int.self, forKey: .expectedDurationDays),
            agreedWithDSMDPDoctor: try c.decode(Bool.self, forKey: .agreedWithDSMDPDoctor),
            dischargeAgreedWithDoctor: try c.decode(Bool.self, forKey: .dischargeAgreedWithDoctor),
            reviews: try c.decodeIfPresent([LocalDate].self, forKey: .reviews) ?? [],
            objectivesReached: try c.decodeIfPresent(Bool.self, forKey: .objectivesReached),
            checkedWithValidatedScale: try c.decode(Bool.self, forKey: .checkedWithValidatedScale))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(writtenOn, forKey: .writtenOn)
        try c.encode(teamDefined, forKey: .teamDefined)
        try c.encode(objectives, forKey: .objectives)
        try c.encodeIfPresent(expectedDurationDays, forKey: .expectedDurationDays)
        try c.encode(agreedWithDSMDPDoctor, forKey: .agreedWithDSMDPDoctor)
        try c.encode(dischargeAgreedWithDoctor, forKey: .dischargeAgreedWithDoctor)
        if !reviews.isEmpty { try c.encode(reviews, forKey: .reviews) }
        try c.encodeIfPresent(objectivesReached, forKey: .objectivesReached)
        try c.encode(checkedWithValidatedScale, forKey: .checkedWithValidatedScale)
    }
}

extension Diagnosis: Codable {
    enum CodingKeys: String, CodingKey { case code, system, criteriaComplete }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(code: try c.decodeIfPresent(String.self, forKey: .code),
                  system: try c.decodeIfPresent(DiagnosticSystem.self, forKey: .system),
                  criteriaComplete: try c.decode(Bool.self, forKey: .criteriaComplete))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(code, forKey: .code)
        try c.encodeIfPresent(system, forKey: .system)
        try c.encode(criteriaComplete, forKey: .criteriaComplete)
    }
}

extension ScaleScores: Codable {
    enum CodingKeys: String, CodingKey { case scale, admission, discharge }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(scale: try c.decode(String.self, forKey: .scale),
                  admission: try c.decodeIfPresent(Int.self, forKey: .admission),
                  discharge: try c.decodeIfPresent(Int.self, forKey: .discharge))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scale, forKey: .scale)
        try c.encodeIfPresent(admission, forKey: .admission)
        try c.encodeIfPresent(discharge, forKey: .discharge)
    }
}

extension EatingDisorderData: Codable {
    enum CodingKeys: String, CodingKey {
        case disorder, bmiAtAdmission, bmiAtDischarge, compensatoryBehavioursResolved
        case diagnosticEvaluationWithPsychometricTests, carePlanItems
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            disorder: try c.decode(EatingDisorder.self, forKey: .disorder),
            bmiAtAdmission: try c.decodeIfPresent(BodyMassIndex.self, forKey: .bmiAtAdmission),
            bmiAtDischarge: try c.decodeIfPresent(BodyMassIndex.self, forKey: .bmiAtDischarge),
            compensatoryBehavioursResolved: try c.decodeIfPresent(Bool.self, forKey: .compensatoryBehavioursResolved),
            diagnosticEvaluationWithPsychometricTests: try c.decodeIfPresent(Bool.self, forKey: .diagnosticEvaluationWithPsychometricTests),
            carePlanItems: try c.decodeIfPresent([CarePlanItem].self, forKey: .carePlanItems).map(Set.init))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(disorder, forKey: .disorder)
        try c.encodeIfPresent(bmiAtAdmission, forKey: .bmiAtAdmission)
        try c.encodeIfPresent(bmiAtDischarge, forKey: .bmiAtDischarge)
        try c.encodeIfPresent(compensatoryBehavioursResolved, forKey: .compensatoryBehavioursResolved)
        try c.encodeIfPresent(diagnosticEvaluationWithPsychometricTests, forKey: .diagnosticEvaluationWithPsychometricTests)
        // In declaration order, as the canonical writer does.
        try c.encodeIfPresent(carePlanItems.map { $0.sorted() }, forKey: .carePlanItems)
    }
}

extension Discharge: Codable {
    enum CodingKeys: String, CodingKey { case date, kind, agreedDischargeReport }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try c.decode(LocalDate.self, forKey: .date), kind: try c.decode(Kind.self, forKey: .kind),
                  agreedDischargeReport: try c.decode(Bool.self, forKey: .agreedDischargeReport))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(date, forKey: .date)
        try c.encode(kind, forKey: .kind)
        try c.encode(agreedDischargeReport, forKey: .agreedDischargeReport)
    }
}

extension RestraintRecord: Codable {
    enum CodingKeys: String, CodingKey { case patientNamed, diagnosis, reasons, intervention, doctorSigned, durationMinutes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            patientNamed: try c.decode(Bool.self, forKey: .patientNamed),
            diagnosis: try c.decodeIfPresent(String.self, forKey: .diagnosis),
            reasons: try c.decodeIfPresent(String.self, forKey: .reasons),
            intervention: try c.decodeIfPresent(Intervention.self, forKey: .intervention),
            doctorSigned: try c.decode(Bool.self, forKey: .doctorSigned),
            durationMinutes: try c.decodeIfPresent(Int.self, forKey: .durationMinutes))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(patientNamed, forKey: .patientNamed)
        try c.encodeIfPresent(diagnosis, forKey: .diagnosis)
        try c.encodeIfPresent(reasons, forKey: .reasons)
        try c.encodeIfPresent(intervention, forKey: .intervention)
        try c.encode(doctorSigned, forKey: .doctorSigned)
        try c.encodeIfPresent(durationMinutes, forKey: .durationMinutes)
    }
}
