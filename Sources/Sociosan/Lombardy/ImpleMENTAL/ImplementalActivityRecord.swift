/// One line of an ImpleMENTAL activity file (`lombardy.implemental.activity`, JSON Lines): one
/// step of a patient's pathway in the Lombardy pilot (seed 003 L474-L648).
///
/// Every line names its patient by a pseudonymous code, its ASST, optionally its EI, and its
/// date; what else it holds depends on ``record``:
///
/// | record | members | seed |
/// |---|---|---|
/// | `enrolment` | `age`, `gender`, `firstContactYear`, `careCategory`, `bpdDiagnosis` | L477-L489, L959-L963 |
/// | `assessment` | `instrument` | L518-L530 |
/// | `intervention` | `type`, `modality` (a family-member intervention has type `family-interventions`) | L491-L547 |
/// | `pti` | `step` | L612-L631 |
/// | `case-manager` | `profile` | L633-L648 |
///
/// ```swift
/// let line = #"{"kind":"lombardy.implemental.activity","schemaVersion":1,"id":"lc-0001","record":"intervention","#
///     + #""patient":"p-lc-001","asst":"lecco","date":"2024-03-05","type":"psychotherapy","modality":"individual"}"#
/// let record = try ImplementalActivityRecord.decode(jsonText: line)
/// record.type?.isPsychosocial   // true
/// ```
public struct ImplementalActivityRecord: DeclaredDossier {
    public var id: StructureID
    public var record: Kind
    /// Pseudonymous patient code (health data: never a name, tax code or date of birth).
    public var patient: StructureID
    /// The ASST's code (one of ``ImplementalASST``; `asst.known` checks it).
    public var asst: String
    /// The implementation team, as its id in the ASST's `lombardy.implemental.team` dossier.
    public var ei: String?
    public var date: LocalDate
    // enrolment
    public var age: Int?
    public var gender: ImplementalGender?
    public var firstContactYear: Int?
    public var careCategory: ImplementalCareCategory?
    public var bpdDiagnosis: ImplementalBPDDiagnosis?
    // assessment
    public var instrument: ImplementalInstrument?
    // intervention
    public var type: ImplementalInterventionType?
    public var modality: ImplementalModality?
    // pti
    public var step: ImplementalPTIStep?
    // case-manager
    public var profile: ImplementalProfile?

    public init(id: StructureID, record: Kind, patient: StructureID, asst: String, ei: String? = nil, date: LocalDate) {
        self.id = id
        self.record = record
        self.patient = patient
        self.asst = asst
        self.ei = ei
        self.date = date
    }

    /// What a line records.
    public enum Kind: String, Sendable, Hashable, CaseIterable, TableCoded {
        /// The patient is enrolled in the pilot: the start of their care in it (L477-L489).
        case enrolment
        /// An initial-assessment instrument was administered (L518-L530).
        case assessment
        /// An intervention was delivered (L491-L547).
        case intervention
        /// A step of the individual treatment plan (L612-L631).
        case pti
        /// A case manager was assigned (L633-L648).
        case caseManager = "case-manager"
        public static let codeTable = CodeTable<Self>()

        /// The members a line of this kind holds beyond the common ones.
        public var members: [String] {
            switch self {
            case .enrolment: ["age", "gender", "firstContactYear", "careCategory", "bpdDiagnosis"]
            case .assessment: ["instrument"]
            case .intervention: ["type", "modality"]
            case .pti: ["step"]
            case .caseManager: ["profile"]
            }
        }
    }

    /// The kind-specific members that are set, by name.
    public var presentMembers: [String] {
        var names: [String] = []
        if age != nil { names.append("age") }
        if gender != nil { names.append("gender") }
        if firstContactYear != nil { names.append("firstContactYear") }
        if careCategory != nil { names.append("careCategory") }
        if bpdDiagnosis != nil { names.append("bpdDiagnosis") }
        if instrument != nil { names.append("instrument") }
        if type != nil { names.append("type") }
        if modality != nil { names.append("modality") }
        if step != nil { names.append("step") }
        if profile != nil { names.append("profile") }
        return names
    }

    /// The patient's age band, on an enrolment line.
    public var ageBand: ImplementalAgeBand? { age.map(ImplementalAgeBand.init(age:)) }

    /// An intervention of one of the seven psychosocial types (L539-L547).
    public var isPsychosocialIntervention: Bool { record == .intervention && (type?.isPsychosocial ?? false) }

    static let personCodeSummary = "Pseudonymous patient code (health data: never a name, tax code or date of birth; the ASST keeps the key)."

    public static let declaration = DossierDeclaration<ImplementalActivityRecord>(
        kind: .implementalActivity,
        title: LocalizedText(it: "Attività del progetto pilota ImpleMENTAL (un record per riga)",
                             en: "ImpleMENTAL pilot activity (one record a line)"),
        summary: "One step of a patient's pathway in the Lombardy ImpleMENTAL pilot (young adults with borderline personality "
            + "disorder), one record a line of a JSON Lines file: enrolment, initial assessment with an instrument, intervention "
            + "(type and modality; family-member interventions included), a step of the individual treatment plan (PTI), or the "
            + "assignment of a case manager. Patients appear by pseudonymous code only. Source: seed 003 L474-L648. This schema "
            + "checks one line; the rules, within a line and across the lines of a file, are checked by `sociosan validate`.",
        citation: Citation(.impleMentalLombardy, lines: 474...648),
        blank: ImplementalActivityRecord(id: .placeholder, record: .enrolment, patient: .placeholder, asst: "",
                                         date: LocalDate(year: 2000, month: 1, day: 1)!),
        fields: [
            .required("id", \.id, ValueCodecs.identifier, summary: "The record's id, unique in its file."),
            .required("record", \.record, ValueCodecs.code(Kind.self), summary: "What the line records."),
            .required("patient", \.patient, ValueCodecs.identifier, summary: personCodeSummary),
            .required("asst", \.asst, ValueCodecs.string(), summary: "Code of one of the 18 participating ASSTs (L386-L408)."),
            .optional("ei", \.ei, ValueCodecs.string(), summary: "The implementation team (EI), by its id in the ASST's team dossier."),
            .required("date", \.date, ValueCodecs.date),
            .optional("age", \.age, ValueCodecs.integer(10...99), summary: "enrolment: age in years at enrolment (L481-L482)."),
            .optional("gender", \.gender, ValueCodecs.code(ImplementalGender.self), summary: "enrolment (L483-L485)."),
            .optional("firstContactYear", \.firstContactYear, ValueCodecs.integer(1990...2100),
                      summary: "enrolment: the year of first contact with the services (L482-L483)."),
            .optional("careCategory", \.careCategory, ValueCodecs.code(ImplementalCareCategory.self),
                      summary: "enrolment: presa in carico or assunzione in cura (L959-L963)."),
            .optional("bpdDiagnosis", \.bpdDiagnosis, ValueCodecs.code(ImplementalBPDDiagnosis.self),
                      summary: "enrolment: BPD as principal or secondary diagnosis, or absent (L485-L489)."),
            .optional("instrument", \.instrument, ValueCodecs.code(ImplementalInstrument.self),
                      summary: "assessment: the instrument administered (L522-L530)."),
            .optional("type", \.type, ValueCodecs.code(ImplementalInterventionType.self),
                      summary: "intervention: its type (L539-L547; non-psychosocial for every other one, L494-L496)."),
            .optional("modality", \.modality, ValueCodecs.code(ImplementalModality.self), summary: "intervention: individual or group (L491)."),
            .optional("step", \.step, ValueCodecs.code(ImplementalPTIStep.self), summary: "pti: the step of the plan (L612-L631)."),
            .optional("profile", \.profile, ValueCodecs.code(ImplementalProfile.self),
                      summary: "case-manager: the case manager's professional profile (L643-L648)."),
        ],
        rules: ImplementalActivityRules.all,
        protectedMembers: .personAsValue)
}

/// The rules of one `lombardy.implemental.activity` line. The rules across the lines of a file
/// are ``ImplementalActivityStreamCheck``'s.
///
/// ```swift
/// ImplementalActivityRecord.declaration.ruleSet.evaluate(record).map(\.ruleID)
/// ```
public enum ImplementalActivityRules {
    public static let all: [Rule<ImplementalActivityRecord>] = [
        .declared(.implementalActivity, "asst.known", seed: .impleMentalLombardy, lines: 386...408,
                  title: LocalizedText(it: "L'ASST è una delle 18 aderenti al progetto pilota",
                                       en: "The ASST is one of the 18 that joined the pilot"),
                  message: LocalizedText(it: "\"{0}\" non è un'ASST aderente; le ASST aderenti sono: {1}",
                                         en: "\"{0}\" is not a participating ASST; the participating ASSTs are: {1}"),
                  decision: "IM-1: the ASSTs are written by our codes of the names of Figure 10 (L391-L408).") { record, report in
            if ImplementalASST.known(record.asst) == nil {
                report.report(at: "/asst", .text(record.asst), .list(ImplementalASST.allCases.map(\.rawValue)))
            }
        },
        .declared(.implementalActivity, "record.members", seed: .impleMentalLombardy, lines: 474...648,
                  title: LocalizedText(it: "Ogni riga ha i dati del suo tipo di record, e solo quelli",
                                       en: "Every line holds the members of its kind of record, and only those"),
                  message: LocalizedText(it: "il record \"{0}\" {1}: {2}", en: "the \"{0}\" record {1}: {2}"),
                  decision: "IM-6: one flat line per step, as the indicators of L477-L648 count them; the members each kind "
                    + "needs are the ones those indicators read.") { record, report in
            let expected = record.record.members
            let present = record.presentMembers
            let missing = expected.filter { !present.contains($0) }
            let foreign = present.filter { !expected.contains($0) }
            if !missing.isEmpty {
                report.report(at: .root, .text(record.record.rawValue),
                              .localized(LocalizedText(it: "non indica", en: "lacks")), .list(missing))
            }
            if !foreign.isEmpty {
                report.report(at: .root, .text(record.record.rawValue),
                              .localized(LocalizedText(it: "non può indicare", en: "cannot hold")), .list(foreign))
            }
        },
        .declared(.implementalActivity, "diagnosis.bpd", .warning, seed: .impleMentalLombardy, lines: 485...489,
                  title: LocalizedText(it: "Il paziente arruolato ha una diagnosi di DBP, principale o secondaria",
                                       en: "The enrolled patient has a BPD diagnosis, principal or secondary"),
                  message: LocalizedText(
                    it: "il paziente {0} è arruolato senza diagnosi di DBP: dato probabilmente da aggiornare",
                    en: "patient {0} is enrolled without a BPD diagnosis: the diagnosis is probably not up to date"),
                  decision: "IM-7: a fifth of the patients had other diagnoses, \"probabilmente legato un mancato aggiornamento "
                    + "delle diagnosi\" (L488-L489, and L1026-L1028 on data quality): a data-quality warning, not an error.") { record, report in
            if record.record == .enrolment, record.bpdDiagnosis == .absent {
                report.report(at: "/bpdDiagnosis", .text(record.patient.rawValue))
            }
        },
    ]
}
