/// The share of an SPOI's occupancy referred by the DSM-DP: "L'accesso è normalmente
/// riservato al DSM-DP con livelli ottimali di invio oltre l'80% dell'intera occupazione"
/// (L129-L130).
///
/// Decision: "occupazione" is read as bed-days (the occupancy of beds, the unit the
/// seed's own word names), counted over a period given by the caller (a calendar year for
/// the annual evaluation); a stay that crosses the period counts for its days inside it. The
/// optimal level is met when the DSM-DP share is strictly above 80 % ("oltre"). It is an
/// "optimal level", not a requirement, so a consumer reports a miss as a warning. Admissions
/// are counted too, for a reader who prefers that unit. Stays of other types are ignored.
///
/// ```swift
/// var share = DSMDPReferralShare(period: year)
/// share.add(stay)                         // every stay of the file, in any order
/// let tally = share.tallies[spoiID]!
/// tally.bedDaysShareMeetsOptimalLevel     // DSM-DP bed-days > 80 % of bed-days
/// ```
public struct DSMDPReferralShare: Sendable {
    /// "oltre l'80%" (L129-L130), as a fraction: strictly more than 80/100.
    public static let optimalLevelPercent = 80

    public let period: ClosedRange<LocalDate>
    public private(set) var tallies: [StructureID: Tally] = [:]

    public init(period: ClosedRange<LocalDate>) { self.period = period }

    /// One SPOI's counts over the period.
    public struct Tally: Sendable, Hashable {
        public var bedDays = 0
        public var dsmDPBedDays = 0
        /// Admissions in the period.
        public var admissions = 0
        public var dsmDPAdmissions = 0

        /// DSM-DP bed-days strictly above 80 % of all bed-days; `nil` without any bed-day.
        public var bedDaysShareMeetsOptimalLevel: Bool? {
            guard bedDays > 0 else { return nil }
            return dsmDPBedDays * 100 > DSMDPReferralShare.optimalLevelPercent * bedDays
        }

        /// DSM-DP bed-days as a percentage in hundredths (8125 is 81.25 %), rounded down.
        public var bedDaysSharePercentHundredths: Int? {
            guard bedDays > 0 else { return nil }
            return dsmDPBedDays * 10_000 / bedDays
        }
    }

    /// Counts an SPOI stay (any other type is ignored).
    public mutating func add(_ stay: Stay) {
        guard stay.structureType == .spoi else { return }
        let days = stay.bedDays(in: period)
        let admitted = period.contains(stay.admission.date)
        guard days > 0 || admitted else { return }
        var tally = tallies[stay.structure, default: Tally()]
        tally.bedDays += days
        if admitted { tally.admissions += 1 }
        if stay.isDSMDPReferral {
            tally.dsmDPBedDays += days
            if admitted { tally.dsmDPAdmissions += 1 }
        }
        tallies[stay.structure] = tally
    }
}
