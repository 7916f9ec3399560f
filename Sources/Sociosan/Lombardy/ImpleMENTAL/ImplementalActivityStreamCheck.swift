/// The rules of an ImpleMENTAL activity file that need more than one line: ids are unique, a
/// patient is enrolled once and before anything else is recorded of them, nothing is dated
/// before the enrolment, the PTI steps follow the funnel of Figures 20-21, and a patient in
/// *presa in carico* has a case manager by the end of the file.
///
/// Lines are fed in file order. Memory holds one small entry per patient (enrolment line and
/// date, care category, the dates of the PTI steps, whether a case manager was named) and one
/// per id, never a whole record.
///
/// ```swift
/// var check = ImplementalActivityStreamCheck()
/// let findings = check.add(record, at: .init(index: 0, line: 1))
/// for (enrolment, late) in check.finish() { print(enrolment.line, late.map(\.ruleID)) }
/// ```
public struct ImplementalActivityStreamCheck: Sendable {
    /// Where a record is: its position among the file's records and its line.
    public struct LineReference: Sendable, Hashable {
        public let index: Int
        public let line: Int

        public init(index: Int, line: Int) {
            self.index = index
            self.line = line
        }
    }

    struct PatientEntry: Sendable {
        let patient: StructureID
        let enrolment: LineReference
        let date: LocalDate
        let needsCaseManager: Bool
        var hasCaseManager = false
        var steps: [ImplementalPTIStep: LocalDate] = [:]
    }

    private var ids: [StructureID: Int] = [:]
    private var patients: [StructureID: PatientEntry] = [:]

    public init() {}

    static func descriptor(
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText,
        decision: String? = nil
    ) -> RuleDescriptor {
        RuleDescriptor(
            id: RuleID(rawValue: DossierKind.implementalActivity.rawValue + "." + name), kinds: [.implementalActivity],
            severity: severity, citation: Citation(.impleMentalLombardy, lines: lines), title: title, message: message,
            decision: decision)
    }

    public static let uniqueIDs = descriptor(
        "ids.unique", lines: 474...648,
        title: LocalizedText(it: "Ogni record ha un identificativo distinto nel file", en: "Every record has its own id in the file"),
        message: LocalizedText(it: "l'identificativo \"{0}\" è già usato alla riga {1}", en: "the id \"{0}\" is already used on line {1}"),
        decision: "IM-8: every intervention, assessment and PTI step is counted once by the indicators (L491-L648); two lines "
            + "with one id are one record written twice.")

    public static let enrolledFirst = descriptor(
        "patient.enrolled", lines: 477...482,
        title: LocalizedText(it: "Il paziente è arruolato prima di ogni altro suo record",
                             en: "The patient is enrolled before any other record of theirs"),
        message: LocalizedText(it: "il paziente {0} non ha una riga di arruolamento prima di questa",
                               en: "patient {0} has no enrolment line before this one"),
        decision: "IM-9: the indicators are \"pazienti arruolati\" (L477-L482): a record of a patient who is not enrolled "
            + "counts for nobody. A file lists each patient's enrolment before their other lines (date order, or patient by "
            + "patient), so a file can be checked in one pass.")

    public static let enrolledOnce = descriptor(
        "enrolment.once", lines: 477...482,
        title: LocalizedText(it: "Un paziente è arruolato una sola volta", en: "A patient is enrolled once"),
        message: LocalizedText(it: "il paziente {0} è già arruolato alla riga {1}", en: "patient {0} is already enrolled on line {1}"))

    public static let afterEnrolment = descriptor(
        "dates.after-enrolment", lines: 505...518,
        title: LocalizedText(it: "Nessun record del paziente precede la sua presa in carico",
                             en: "No record of the patient comes before their taking into care"),
        message: LocalizedText(it: "il record è del {0}, il paziente {1} è arruolato il {2}",
                               en: "the record is dated {0}, patient {1} was enrolled on {2}"),
        decision: "IM-10: the first three months are counted \"di presa in carico\" (L505, L518) from the enrolment, so "
            + "nothing of the pathway can be dated before it.")

    public static let ptiFunnel = descriptor(
        "pti.funnel", lines: 612...631,
        title: LocalizedText(
            it: "I passi del PTI seguono l'imbuto: condiviso e firmato, o condiviso con i servizi sociali, dopo l'attivazione; realizzato dopo la condivisione con i servizi sociali",
            en: "The PTI steps follow the funnel: signed, or shared with social services, after activation; carried out after sharing with social services"),
        message: LocalizedText(it: "il passo \"{0}\" del PTI del paziente {1} {2}", en: "the PTI step \"{0}\" of patient {1} {2}"),
        decision: "IM-11: Figures 20-21 count PTIs activated, then those shared and signed by the patient, then those shared "
            + "with the social services and, fewer still, the interventions carried out (L612-L631). Held per patient, each "
            + "step needs the one before it (earlier or the same day) and is recorded once; so the counts satisfy signed <= "
            + "activated, shared <= activated and carried out <= shared.")

    public static let caseManager = descriptor(
        "case-manager", .warning, lines: 633...648,
        title: LocalizedText(it: "Un paziente in presa in carico ha un case manager",
                             en: "A patient in comprehensive care (presa in carico) has a case manager"),
        message: LocalizedText(it: "il paziente {0} è in presa in carico ma il file non gli assegna un case manager",
                               en: "patient {0} is in presa in carico but the file assigns them no case manager"),
        decision: "IM-12: case management \"copre tre quarti dei pazienti\" (L636-L638) and its missing appointment is put "
            + "down to staff shortage (L962-L964): a warning at the enrolment line when the file, to its end, names none.")

    public static let descriptors: [RuleDescriptor] = [uniqueIDs, enrolledFirst, enrolledOnce, afterEnrolment, ptiFunnel, caseManager]

    /// Feeds one record; returns the findings known now.
    public mutating func add(_ record: ImplementalActivityRecord, at reference: LineReference) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        if let first = ids[record.id] {
            findings.append(Diagnostic(rule: Self.uniqueIDs, path: "/id", arguments: [.text(record.id.rawValue), .integer(first)]))
        } else {
            ids[record.id] = reference.line
        }
        let patient = record.patient
        if record.record == .enrolment {
            if let entry = patients[patient] {
                findings.append(Diagnostic(rule: Self.enrolledOnce, path: "/patient",
                                           arguments: [.text(patient.rawValue), .integer(entry.enrolment.line)]))
            } else {
                patients[patient] = PatientEntry(patient: patient, enrolment: reference, date: record.date,
                                                 needsCaseManager: record.careCategory == .presaInCarico)
            }
            return findings
        }
        guard var entry = patients[patient] else {
            findings.append(Diagnostic(rule: Self.enrolledFirst, path: "/patient", arguments: [.text(patient.rawValue)]))
            return findings
        }
        if record.date < entry.date {
            findings.append(Diagnostic(rule: Self.afterEnrolment, path: "/date",
                                       arguments: [.date(record.date), .text(patient.rawValue), .date(entry.date)]))
        }
        switch record.record {
        case .caseManager:
            entry.hasCaseManager = true
        case .pti:
            guard let step = record.step else { break }
            if entry.steps[step] != nil {
                findings.append(Diagnostic(rule: Self.ptiFunnel, path: "/step", arguments: [
                    .text(step.rawValue), .text(patient.rawValue),
                    .localized(LocalizedText(it: "è già registrato", en: "is already recorded"))]))
            } else if let required = step.requires, !(entry.steps[required].map { $0 <= record.date } ?? false) {
                findings.append(Diagnostic(rule: Self.ptiFunnel, path: "/step", arguments: [
                    .text(step.rawValue), .text(patient.rawValue),
                    .localized(LocalizedText(it: "non segue il passo \"\(required.rawValue)\"",
                                             en: "does not follow the step \"\(required.rawValue)\""))]))
            } else {
                entry.steps[step] = record.date
            }
        case .enrolment, .assessment, .intervention:
            break
        }
        patients[patient] = entry
        return findings
    }

    /// Whether the findings of an enrolment line wait for the end of the file (a patient in
    /// *presa in carico*, whose case manager may come later).
    public static func waitsForEnd(_ record: ImplementalActivityRecord) -> Bool {
        record.record == .enrolment && record.careCategory == .presaInCarico
    }

    /// The end-of-file findings, by the enrolment line they belong to, in file order.
    public func finish() -> [(LineReference, [Diagnostic])] {
        patients.values
            .filter { $0.needsCaseManager && !$0.hasCaseManager }
            .sorted { $0.enrolment.index < $1.enrolment.index }
            .map { entry in
                (entry.enrolment, [Diagnostic(rule: Self.caseManager, path: "/patient", arguments: [.text(entry.patient.rawValue)])])
            }
    }
}
