/// A regional network of psychiatric structures as the network rules see it: the SPOI
/// dossiers given together, and the DSM-DP referral share of each SPOI computed from activity
/// data (``ERReferralShareTally``).
///
/// ```swift
/// let network = ERPsychiatricNetwork(spoi: dossiers, referralShares: tally.shares)
/// let findings = ERNetworkRules.ruleSet.evaluate(network)
/// ```
public struct ERPsychiatricNetwork: Sendable, Hashable {
    /// The SPOI dossiers of the network (structure dossiers of type ``StructureType/spoi``), in the order given.
    public var spoi: [StructureDossier]
    /// Per SPOI and calendar year, the bed-days referred by the DSM-DP.
    public var referralShares: [ERReferralShare]

    public init(spoi: [StructureDossier] = [], referralShares: [ERReferralShare] = []) {
        self.spoi = spoi
        self.referralShares = referralShares
    }

    /// The SPOI that count towards the regional total: those in Emilia-Romagna, each
    /// structure id once (a dossier given twice, for example an old and a new version, is
    /// one ward; the last one given wins).
    public var regionalSPOI: [StructureDossier] {
        var position: [StructureID: Int] = [:]
        var units: [StructureDossier] = []
        for dossier in spoi where dossier.province.region == .emiliaRomagna {
            if let index = position[dossier.id] {
                units[index] = dossier
            } else {
                position[dossier.id] = units.count
                units.append(dossier)
            }
        }
        return units
    }

    /// Ordinary SPOI beds in the region (day-hospital beds are additional, L126-L127).
    public var regionalSPOIBeds: Int { regionalSPOI.reduce(0) { $0 + $1.beds } }
}

/// The DSM-DP share of one SPOI's occupancy in one calendar year: bed-days of the
/// stays discharged in that year, all of them and those referred directly by the DSM-DP.
///
/// ```swift
/// let share = ERReferralShare(structure: id, year: 2025, bedDays: 100, dsmDPBedDays: 85)
/// share.percentHundredths  // 8500 (85.00 %)
/// share.isAboveOptimalLevel  // true
/// ```
public struct ERReferralShare: Sendable, Hashable {
    public var structure: StructureID
    public var year: Int
    public var bedDays: Int
    public var dsmDPBedDays: Int
    /// Stays discharged in the year (reported beside the bed-days).
    public var stays: Int

    public init(structure: StructureID, year: Int, bedDays: Int, dsmDPBedDays: Int, stays: Int = 0) {
        self.structure = structure
        self.year = year
        self.bedDays = bedDays
        self.dsmDPBedDays = dsmDPBedDays
        self.stays = stays
    }

    /// "Livelli ottimali di invio oltre l'80% dell'intera occupazione" (L129-L130).
    public static let optimalLevelPercent = 80

    /// The share in hundredths of a percent, rounded down; `nil` with no bed-days.
    public var percentHundredths: Int? {
        guard bedDays > 0 else { return nil }
        return dsmDPBedDays * 10_000 / bedDays
    }

    /// Strictly above 80 %, compared exactly in integers ("oltre", L129).
    public var isAboveOptimalLevel: Bool {
        dsmDPBedDays * 100 > Self.optimalLevelPercent * bedDays
    }
}

/// Adds up, per SPOI and calendar year, the bed-days of the stays discharged in that year
/// and those of the stays referred by the DSM-DP (decision A-11, see
/// ``ERNetworkRules/dsmDPShare``). One entry per structure and year: memory does not grow
/// with the number of stays.
///
/// ```swift
/// var tally = ERReferralShareTally()
/// tally.add(structure: id, admittedOn: admitted, dischargedOn: discharged, referredByDSMDP: true)
/// tally.shares  // [ERReferralShare(structure: id, year: 2025, bedDays: 12, dsmDPBedDays: 12, stays: 1)]
/// ```
public struct ERReferralShareTally: Sendable, Hashable {
    private var entries: [Key: ERReferralShare] = [:]

    private struct Key: Hashable, Sendable {
        var structure: StructureID
        var year: Int
    }

    public init() {}

    /// Bed-days of a stay: the nights between admission and discharge, at least 1 (a stay
    /// admitted and discharged the same day occupies its bed for that day).
    public static func bedDays(admittedOn admission: LocalDate, dischargedOn discharge: LocalDate) -> Int {
        max(1, admission.days(until: discharge))
    }

    /// Adds one SPOI stay. A stay not yet discharged has no year of occupancy yet and is
    /// skipped, as is a discharge before the admission (the activity rules report it).
    public mutating func add(
        structure: StructureID, admittedOn admission: LocalDate, dischargedOn discharge: LocalDate?,
        referredByDSMDP: Bool
    ) {
        guard let discharge, discharge >= admission else { return }
        let days = Self.bedDays(admittedOn: admission, dischargedOn: discharge)
        let key = Key(structure: structure, year: discharge.year)
        var entry = entries[key] ?? ERReferralShare(structure: structure, year: discharge.year, bedDays: 0, dsmDPBedDays: 0)
        entry.bedDays += days
        if referredByDSMDP { entry.dsmDPBedDays += days }
        entry.stays += 1
        entries[key] = entry
    }

    /// The shares, ordered by structure then year.
    public var shares: [ERReferralShare] {
        entries.values.sorted { ($0.structure, $0.year) < ($1.structure, $1.year) }
    }
}

extension ERReferralShareTally {
    /// Adds a stay of an activity file: only SPOI stays count (the 80 % rule is the SPOI's,
    /// L129-L130); a stay counts as referred when its channel is the DSM-DP.
    ///
    /// ```swift
    /// for record in records { if let stay = record.stay { tally.add(stay) } }
    /// ```
    public mutating func add(_ stay: Stay) {
        guard stay.structureType == .spoi else { return }
        add(
            structure: stay.structure, admittedOn: stay.admission.date, dischargedOn: stay.discharge?.date,
            referredByDSMDP: stay.isDSMDPReferral)
    }
}
