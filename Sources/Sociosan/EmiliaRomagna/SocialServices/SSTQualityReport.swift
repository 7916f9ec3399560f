/// What `sociosan quality` shows of a profile: every criterion of the catalogue with its
/// scores, the quadrant its scores give and its plan item; the counts per quadrant and per
/// category; and the criteria that need action first.
///
/// ```swift
/// let report = SSTQualityReport(profile)
/// report.quadrantCounts[.invest]            // criteria to invest in
/// report.actionFirst.map(\.criterion.id)    // the invest criteria, widest gap first
/// ```
public struct SSTQualityReport: Sendable, Hashable {
    /// One criterion of the catalogue as the profile sees it.
    public struct Entry: Sendable, Hashable {
        public let criterion: SSTQualityCriterion
        /// `nil`: the profile does not judge the criterion.
        public let judgement: SSTCriterionJudgement?
        /// The quadrant the scores give (the recorded one is checked by `er.sst.quadrant.consistent`).
        public let quadrant: SSTQuadrant?
        public let planItem: SSTPlanItem?

        /// Importance above its threshold plus implementation below its own, in hundredths:
        /// how far into "invest" a criterion lies.
        public let gap: Int?
    }

    public let profile: SSTQualityProfile
    /// The 28 criteria in catalogue order.
    public let entries: [Entry]

    public init(_ profile: SSTQualityProfile) {
        self.profile = profile
        self.entries = SSTQualityCriteria.all.map { criterion in
            let judgement = profile.judgement(of: criterion.id)
            return Entry(
                criterion: criterion, judgement: judgement, quadrant: judgement.map(profile.quadrant(of:)),
                planItem: profile.planItem(for: criterion.id),
                gap: judgement.map {
                    ($0.importance - profile.importance.effectiveThreshold) + (profile.implementation.effectiveThreshold - $0.implementation)
                })
        }
    }

    /// The judged criteria per quadrant (every quadrant present, 0 when empty).
    public var quadrantCounts: [SSTQuadrant: Int] {
        var counts = Dictionary(uniqueKeysWithValues: SSTQuadrant.allCases.map { ($0, 0) })
        for entry in entries { if let quadrant = entry.quadrant { counts[quadrant, default: 0] += 1 } }
        return counts
    }

    /// The judged criteria per category and quadrant.
    public func count(_ category: SSTCriterionCategory, _ quadrant: SSTQuadrant) -> Int {
        entries.filter { $0.criterion.category == category && $0.quadrant == quadrant }.count
    }

    /// The criteria judged, per category (16/5/7 when every criterion is judged).
    public var judgedPerCategory: [SSTCriterionCategory: Int] {
        var counts = Dictionary(uniqueKeysWithValues: SSTCriterionCategory.allCases.map { ($0, 0) })
        for entry in entries where entry.judgement != nil { counts[entry.criterion.category, default: 0] += 1 }
        return counts
    }

    /// The criteria of the catalogue the profile does not judge.
    public var unjudged: [SSTQualityCriterion] { entries.filter { $0.judgement == nil }.map(\.criterion) }

    /// The criteria to invest in (very important, little implemented: L441-L446), widest gap
    /// first, then in catalogue order: where action is needed first.
    public var actionFirst: [Entry] {
        entries.enumerated().filter { $0.element.quadrant == .invest }
            .sorted { ($0.element.gap ?? 0, -$0.offset) > ($1.element.gap ?? 0, -$1.offset) }
            .map(\.element)
    }

    /// Social workers per 5,000 inhabitants, hundredths (L231-L234), when the profile counts them.
    public var socialWorkersPer5000: Int? { SSTQualityRules.socialWorkersPer5000(profile.territory) }
}

/// Two profiles of the same territory compared: which criteria moved quadrant and what became
/// of the older plan's items.
///
/// ```swift
/// let comparison = try SSTQualityComparison(old: profile2024, new: profile2026)
/// comparison.moves.map { "\($0.criterion.rawValue): \($0.from) -> \($0.to)" }
/// ```
public struct SSTQualityComparison: Sendable, Hashable {
    public struct Move: Sendable, Hashable {
        public let criterion: SSTCriterionID
        public let from: SSTQuadrant
        public let to: SSTQuadrant
    }

    /// What happened to an item of the older plan.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// Achieved in the newer profile (and not already in the older).
        case achieved
        /// Dropped in the newer profile, or absent from its plan.
        case dropped
        /// Still open in both.
        case open
        /// Already achieved or dropped in the older profile.
        case closedBefore = "closed-before"

        public var label: LocalizedText {
            switch self {
            case .achieved: LocalizedText(it: "raggiunta", en: "achieved")
            case .dropped: LocalizedText(it: "abbandonata", en: "dropped")
            case .open: LocalizedText(it: "ancora aperta", en: "still open")
            case .closedBefore: LocalizedText(it: "già chiusa", en: "closed before")
            }
        }
    }

    public struct PlanChange: Sendable, Hashable {
        public let criterion: SSTCriterionID
        public let old: SSTPlanItem
        public let new: SSTPlanItem?
        public let outcome: Outcome
    }

    public let old: SSTQualityProfile
    public let new: SSTQualityProfile
    /// Criteria judged in both whose quadrant (from the scores) changed, in catalogue order.
    public let moves: [Move]
    /// Every item of the older plan, in catalogue order, with what became of it.
    public let plan: [PlanChange]
    /// Items of the newer plan for criteria the older plan did not have.
    public let added: [SSTPlanItem]

    /// Compares two profiles; they must assess the same district.
    public init(old: SSTQualityProfile, new: SSTQualityProfile) throws(SSTComparisonError) {
        guard old.territory.district == new.territory.district, old.territory.province == new.territory.province else {
            throw SSTComparisonError(old: old.territory.district, new: new.territory.district)
        }
        self.old = old
        self.new = new
        var moves: [Move] = []
        var plan: [PlanChange] = []
        var added: [SSTPlanItem] = []
        for id in SSTCriterionID.allCases {
            if let before = old.judgement(of: id), let after = new.judgement(of: id) {
                let from = old.quadrant(of: before), to = new.quadrant(of: after)
                if from != to { moves.append(Move(criterion: id, from: from, to: to)) }
            }
            let newItem = new.planItem(for: id)
            if let item = old.planItem(for: id) {
                let outcome: Outcome = switch (item.status, newItem?.status) {
                case (.achieved, _), (.dropped, _): .closedBefore
                case (_, .achieved?): .achieved
                case (_, .dropped?), (_, nil): .dropped
                default: .open
                }
                plan.append(PlanChange(criterion: id, old: item, new: newItem, outcome: outcome))
            } else if let newItem {
                added.append(newItem)
            }
        }
        self.moves = moves
        self.plan = plan
        self.added = added
    }
}

/// Two profiles that do not assess the same territory cannot be compared.
public struct SSTComparisonError: Error, Sendable, Hashable {
    public let old: String
    public let new: String

    public var message: LocalizedText {
        LocalizedText(it: "i due profili non riguardano lo stesso territorio: \"\(old)\" e \"\(new)\"",
                      en: "the two profiles do not assess the same territory: \"\(old)\" and \"\(new)\"")
    }
}
