/// The indicators of seed 003 that ImpleMENTAL activity records yield, computed in one pass over
/// the records in memory bounded by the number of patients (one small entry each), never by the
/// number of lines.
///
/// ```swift
/// var calculator = ImplementalIndicatorCalculator(grouping: .asst, asOf: LocalDate(year: 2024, month: 12, day: 31))
/// for record in records { calculator.add(record) }
/// let report = calculator.report()
/// report.groups[0].result("LI08")?.value   // 68.0
/// ```
///
/// ## The first three months
///
/// LI08-LI12 are the shares of Figure 16, "Pazienti e familiari secondo gli interventi
/// psicosociali dei primi tre mesi di presa in carico" (seed 003 L505, L517-L518). The seed says
/// neither where the three months start nor how they are measured. Decision IM-13: they start on
/// the patient's enrolment date (the enrolment is the start of care in the pilot, L477-L482), and
/// they are three calendar months, ``LocalDate/adding(months:)``, the end excluded: enrolled on
/// 15 January, an intervention of 14 April counts and one of 15 April does not; enrolled on
/// 30 November, the window ends on 28 February (29 in a leap year). Calendar months, not 90
/// days, because the seed speaks of months and the regional information system (SISM) dates
/// by day of the month. A patient whose window has not closed by the as-of date is left out of
/// the denominators of LI08-LI12: their first three months are not over.
///
/// ## The operators (LI20-LI21)
///
/// Given the team files of the ASSTs (``add(team:)``), the report also counts the operators of
/// the EIs: see ``ImplementalTeamIndicators`` for what counts and the decisions IM-14-IM-17.
/// They hold at the files' date, not at the as-of date (a team file has no dates).
public struct ImplementalIndicatorCalculator: Sendable {
    /// How results are split: the whole file only, or also per ASST, EI, age band or period.
    public enum Grouping: String, Sendable, Hashable, CaseIterable {
        case none
        case asst
        case ei
        case ageBand = "age-band"
        /// The calendar quarter of enrolment (`2024-Q1`): the seed compares surveys of June and
        /// September 2024 (L653-L655), and quarters hold both.
        case period
    }

    struct Patient: Sendable {
        let code: StructureID
        let group: String
        let enrolled: LocalDate
        let windowEnd: LocalDate
        let ageBand: ImplementalAgeBand
        let gender: ImplementalGender?
        let firstContact: ImplementalFirstContactPeriod?
        let bpd: ImplementalBPDDiagnosis?
        var psychosocialInWindow = 0
        var psychosocialTotal = 0
        var structuredInWindow = false
        var familyInWindow = false
        var psychoeducationInWindow = false
        var psychotherapyInWindow = false
        var steps: Set<ImplementalPTIStep> = []
        var caseManager = false
    }

    public let grouping: Grouping
    /// Records after this date are left out; `nil` for the latest date in the records.
    public let asOf: LocalDate?
    public let audit: Bool

    private var patients: [StructureID: Patient] = [:]
    /// Interventions delivered and psychosocial ones, per group (LI06).
    private var interventions: [String: (all: Int, psychosocial: Int)] = [:]
    private var latest: LocalDate?
    /// The operators of the team files read, and the dossier each ASST's came from.
    private var operators: [ImplementalTeamIndicators.Operator] = []
    private var teamDossiers: [String: StructureID] = [:]
    private var teamEIs: [String] = []
    /// Records whose patient has no enrolment before them: counted for no one.
    public private(set) var unmatchedRecords = 0
    public private(set) var records = 0

    public init(grouping: Grouping = .none, asOf: LocalDate? = nil, audit: Bool = false) {
        self.grouping = grouping
        self.asOf = asOf
        self.audit = audit
    }

    /// The group a patient belongs to, from their enrolment line.
    func group(of record: ImplementalActivityRecord) -> String {
        switch grouping {
        case .none: ""
        case .asst: record.asst
        case .ei: record.ei ?? "-"
        case .ageBand: (record.ageBand ?? .other).rawValue
        case .period: "\(record.date.year)-Q\((record.date.month - 1) / 3 + 1)"
        }
    }

    /// Takes the organisation of one ASST for LI20-LI21. A second file for the same ASST is
    /// refused (decision IM-17): its operators would be counted twice.
    public mutating func add(team: ImplementalTeam) throws(ImplementalTeamInputError) {
        if let first = teamDossiers[team.asst] {
            throw .asstTwice(asst: team.asst, first: first, second: team.id)
        }
        teamDossiers[team.asst] = team.id
        teamEIs += team.teams.map(\.id)
        operators += ImplementalTeamIndicators.operators(of: team)
    }

    /// The team files taken (one per ASST).
    public var teamFiles: Int { teamDossiers.count }

    /// Counts one record (in file order: a patient's enrolment before their other records).
    public mutating func add(_ record: ImplementalActivityRecord) {
        if let asOf, asOf < record.date { return }
        records += 1
        if latest.map({ $0 < record.date }) ?? true { latest = record.date }
        if record.record == .enrolment {
            guard patients[record.patient] == nil else { return }
            patients[record.patient] = Patient(
                code: record.patient, group: group(of: record), enrolled: record.date, windowEnd: record.date.adding(months: 3),
                ageBand: record.ageBand ?? .other, gender: record.gender,
                firstContact: record.firstContactYear.map(ImplementalFirstContactPeriod.init(year:)), bpd: record.bpdDiagnosis)
            return
        }
        guard var patient = patients[record.patient], patient.enrolled <= record.date else {
            unmatchedRecords += 1
            return
        }
        let inWindow = record.date < patient.windowEnd
        switch record.record {
        case .enrolment:
            return
        case .assessment:
            if inWindow, record.instrument?.isStructured ?? false { patient.structuredInWindow = true }
        case .intervention:
            var counts = interventions[patient.group] ?? (0, 0)
            counts.all += 1
            if let type = record.type, type.isPsychosocial {
                counts.psychosocial += 1
                patient.psychosocialTotal += 1
                if inWindow {
                    patient.psychosocialInWindow += 1
                    switch type {
                    case .familyInterventions: patient.familyInWindow = true
                    case .psychoeducational: patient.psychoeducationInWindow = true
                    case .psychotherapy: patient.psychotherapyInWindow = true
                    default: break
                    }
                }
            }
            interventions[patient.group] = counts
        case .pti:
            if let step = record.step { patient.steps.insert(step) }
        case .caseManager:
            patient.caseManager = true
        }
        patients[record.patient] = patient
    }

    /// The date the results hold at: ``asOf``, or the latest record's date.
    public var effectiveAsOf: LocalDate? { asOf ?? latest }

    /// The results: the whole file first, then each group in code order (with a grouping).
    public func report() -> ImplementalIndicatorReport {
        let all = patients.values.sorted { $0.code.rawValue < $1.code.rawValue }
        let allCounts = interventions.values.reduce((all: 0, psychosocial: 0)) { ($0.all + $1.all, $0.psychosocial + $1.psychosocial) }
        let withTeams = teamFiles > 0
        var perASST: [String: Int] = [:]
        for asst in teamDossiers.keys { perASST[asst] = 0 }
        for member in operators where member.active { perASST[member.asst, default: 0] += 1 }
        var groups = [results(group: nil, all, counts: allCounts,
                              team: withTeams ? ImplementalTeamIndicators.results(operators, perASST: perASST, audit: audit) : [])]
        if grouping != .none {
            let byGroup = Dictionary(grouping: all, by: \.group)
            // Operators split by ASST or EI only: an age band or a quarter has no operators.
            let teamGroup: ((ImplementalTeamIndicators.Operator) -> String)? = switch grouping {
            case .asst: { $0.asst }
            case .ei: { $0.ei }
            case .none, .ageBand, .period: nil
            }
            let operatorsByGroup = withTeams ? teamGroup.map { Dictionary(grouping: operators, by: $0) } ?? [:] : [:]
            // An ASST or EI of the team files without patients (or without operators) still gets its group.
            let teamKeys: [String] = switch grouping {
            case .asst: Array(teamDossiers.keys)
            case .ei: teamEIs
            case .none, .ageBand, .period: []
            }
            for key in Set(byGroup.keys).union(teamKeys).sorted() {
                let team = withTeams && teamGroup != nil
                    ? ImplementalTeamIndicators.results(operatorsByGroup[key] ?? [], perASST: nil, audit: audit) : []
                groups.append(results(group: key, byGroup[key] ?? [], counts: interventions[key] ?? (0, 0), team: team))
            }
        }
        return ImplementalIndicatorReport(grouping: grouping, asOf: effectiveAsOf, records: records, unmatchedRecords: unmatchedRecords,
                                          teamFiles: teamFiles, groups: groups)
    }

    private func results(
        group: String?, _ patients: [Patient], counts: (all: Int, psychosocial: Int), team: [ImplementalIndicatorResult]
    ) -> ImplementalIndicatorGroup {
        var results: [ImplementalIndicatorResult] = []
        func share(_ id: String, _ denominator: [Patient], _ counts: (Patient) -> Bool) {
            let numerator = denominator.filter(counts)
            results.append(ImplementalIndicatorResult(
                indicator: ImplementalIndicatorCatalogue.indicator(id)!, numerator: numerator.count, denominator: denominator.count,
                value: denominator.isEmpty ? nil : Double(numerator.count) * 100 / Double(denominator.count),
                numeratorPatients: audit ? numerator.map(\.code) : []))
        }
        func count(_ id: String, _ value: Int) {
            results.append(ImplementalIndicatorResult(indicator: ImplementalIndicatorCatalogue.indicator(id)!, numerator: value,
                                                      denominator: nil, value: Double(value)))
        }
        // LI08-LI12: patients whose first three months are over by the as-of date (IM-13).
        let closed = effectiveAsOf.map { asOf in patients.filter { $0.windowEnd <= asOf.adding(days: 1)! } } ?? []
        let activated = patients.filter { $0.steps.contains(.activated) }
        let shared = patients.filter { $0.steps.contains(.sharedWithSocialServices) }
        count("LI01", patients.count)
        share("LI02a", patients) { $0.ageBand == .age17to24 }
        share("LI02b", patients) { $0.ageBand == .age25to30 }
        share("LI03a", patients) { $0.firstContact == .from2023 }
        share("LI03b", patients) { $0.firstContact == .from2021 }
        share("LI03c", patients) { $0.firstContact == .earlier }
        share("LI04", patients) { $0.gender == .female }
        share("LI05a", patients) { $0.bpd == .principal }
        share("LI05b", patients) { $0.bpd == .secondary }
        share("LI05c", patients) { $0.bpd == .absent }
        count("LI06a", counts.all)
        count("LI06b", counts.psychosocial)
        results.append(ImplementalIndicatorResult(
            indicator: ImplementalIndicatorCatalogue.indicator("LI07")!, numerator: nil, denominator: patients.count,
            value: Self.median(patients.map(\.psychosocialTotal))))
        // "almeno cinque interventi psicosociali nei primi tre mesi" (L517-L518).
        share("LI08", closed) { $0.psychosocialInWindow >= 5 }
        share("LI09", closed) { $0.structuredInWindow }
        share("LI10", closed) { $0.familyInWindow }
        share("LI11", closed) { $0.psychoeducationInWindow }
        share("LI12", closed) { $0.psychotherapyInWindow }
        share("LI16", activated) { $0.steps.contains(.signedByPatient) }
        share("LI17a", activated) { $0.steps.contains(.sharedWithSocialServices) }
        share("LI17b", shared) { $0.steps.contains(.carriedOut) }
        share("LI18", patients) { $0.caseManager }
        return ImplementalIndicatorGroup(key: group, patients: patients.count, windowClosed: closed.count, results: results + team)
    }

    /// The median of `values`; the mean of the two middle ones for an even count; `nil` when empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}

/// One indicator for one group: its counts and value.
public struct ImplementalIndicatorResult: Sendable, Hashable {
    public let indicator: ImplementalIndicator
    /// Patients (or records, for a count) in the numerator; `nil` for a median.
    public let numerator: Int?
    /// Patients in the denominator; `nil` for a count.
    public let denominator: Int?
    /// Percent for a share, the count, or the median; `nil` over an empty denominator.
    public let value: Double?
    /// With auditing on: the pseudonymous patients that make the numerator, by code.
    public let numeratorPatients: [StructureID]
    /// With auditing on, for LI20-LI21: the operators that make the numerator, as
    /// `ASST/staff code` (a staff code is a pseudonym within its ASST).
    public let numeratorOperators: [String]

    public init(
        indicator: ImplementalIndicator, numerator: Int?, denominator: Int?, value: Double?, numeratorPatients: [StructureID] = [],
        numeratorOperators: [String] = []
    ) {
        self.indicator = indicator
        self.numerator = numerator
        self.denominator = denominator
        self.value = value
        self.numeratorPatients = numeratorPatients
        self.numeratorOperators = numeratorOperators
    }
}

/// The results of one group: the whole file (`key` `nil`), an ASST, an EI, an age band, a quarter.
public struct ImplementalIndicatorGroup: Sendable, Hashable {
    public let key: String?
    public let patients: Int
    /// Patients whose first three months are over by the as-of date (the LI08-LI12 denominator).
    public let windowClosed: Int
    public let results: [ImplementalIndicatorResult]

    public func result(_ id: String) -> ImplementalIndicatorResult? { results.first { $0.indicator.id == id } }
}

/// Everything `sociosan implemental indicators` shows, as values (for text, JSON, CSV or HTML).
public struct ImplementalIndicatorReport: Sendable, Hashable {
    public let grouping: ImplementalIndicatorCalculator.Grouping
    public let asOf: LocalDate?
    public let records: Int
    public let unmatchedRecords: Int
    /// The team files read for LI20-LI21 (one per ASST); 0 when none was given.
    public let teamFiles: Int
    public let groups: [ImplementalIndicatorGroup]

    public init(
        grouping: ImplementalIndicatorCalculator.Grouping, asOf: LocalDate?, records: Int, unmatchedRecords: Int, teamFiles: Int = 0,
        groups: [ImplementalIndicatorGroup]
    ) {
        self.grouping = grouping
        self.asOf = asOf
        self.records = records
        self.unmatchedRecords = unmatchedRecords
        self.teamFiles = teamFiles
        self.groups = groups
    }

    /// The indicators of the seed that this report could not compute, with the seed's figure:
    /// those no record can yield, and LI20-LI21 when no team file was given.
    public var notFromRecords: [ImplementalIndicator] {
        ImplementalIndicatorCatalogue.all.filter { !$0.isComputable || ($0.fromTeams && teamFiles == 0) }
    }
}
