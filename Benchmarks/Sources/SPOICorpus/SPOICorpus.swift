import Glibc
import CorpusSupport
import Sociosan
import SociosanJSON

/// A deterministic corpus of realistic SPOI dossiers for the benchmarks and the profiler.
///
/// Dossier `i` depends only on `i` (its generator is seeded from the index), so the
/// in-memory corpus, the JSON Lines files and a profiler run all see the same dossiers.
/// Sizes and contents vary as real Emilia-Romagna dossiers do: 10 to 20 beds, 4 to 16 rooms,
/// 4 to 14 roster lines, optional dates and contiguity present or absent, a private operator
/// with a VAT number now and then, most requirements attested and a few dossiers that break
/// a rule (about 9 % of dossiers have an error finding). Encoded compact, a dossier is
/// 2.66 KB on average: 100,000 of them are 266 MB of JSON Lines.
///
/// ```swift
/// let corpus = SPOICorpus.Lines(count: 100_000)
/// corpus.withLine(7) { bytes in _ = try? JSONDocument.parse(bytes) }
/// ```
public enum SPOICorpus {
    /// The dossier count of the benchmarks.
    public static let standardCount = 100_000

    /// The `index`-th dossier of the corpus.
    public static func dossier(_ index: Int) -> StructureDossier {
        var rng = SplitMix64(seed: 0x5350_4F49_0000_0000 &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        return makeDossier(index: index, rng: &rng)
    }

    /// Dossiers `0..<count`.
    public static func dossiers(count: Int) -> [StructureDossier] {
        (0..<count).map(dossier)
    }

    /// The compact canonical JSON of dossiers `0..<count`, one line each (each line ends with
    /// its newline), in one contiguous buffer.
    public struct Lines: Sendable {
        public let bytes: [UInt8]
        /// `bounds[i]..<bounds[i + 1]` is line `i`.
        public let bounds: [Int]

        public var count: Int { bounds.count - 1 }
        public var totalBytes: Int { bytes.count }

        public init(count: Int) {
            self.init(dossiers: SPOICorpus.dossiers(count: count))
        }

        /// Lines already encoded: `bounds[i]..<bounds[i + 1]` of `bytes` is line `i` (the
        /// Sicilian corpus of mixed kinds is built this way).
        public init(bytes: [UInt8], bounds: [Int]) {
            self.bytes = bytes
            self.bounds = bounds
        }

        public init(dossiers: [StructureDossier]) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(dossiers.count * 2_000)
            var bounds: [Int] = [0]
            bounds.reserveCapacity(dossiers.count + 1)
            for dossier in dossiers {
                bytes.append(contentsOf: dossier.encoded(style: .compact))
                bounds.append(bytes.count)
            }
            self.bytes = bytes
            self.bounds = bounds
        }

        /// Calls `body` with every line's bytes in turn, without copying them.
        @inlinable
        public func forEachLine(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
            try bytes.withUnsafeBytes { all in
                for index in 0..<(bounds.count - 1) {
                    try body(UnsafeRawBufferPointer(rebasing: all[bounds[index]..<bounds[index + 1]]))
                }
            }
        }

        /// Calls `body` with line `index`'s bytes.
        public func withLine<Result>(_ index: Int, _ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
            try bytes.withUnsafeBytes { all in
                try body(UnsafeRawBufferPointer(rebasing: all[bounds[index]..<bounds[index + 1]]))
            }
        }
    }

    /// Writes dossiers `0..<count` as a JSON Lines file, generating and writing one at a time
    /// so that memory stays flat whatever `count`. Returns the file's size in bytes.
    @discardableResult
    public static func writeJSONLines(count: Int, to path: String) -> Int {
        CorpusFile.writeJSONLines(count: count, to: path) { dossier($0).encoded(style: .compact) }
    }

    // MARK: Generation

    struct Town {
        let province: Province
        let name: String
        let slug: String
    }

    static let towns: [Town] = [
        Town(province: .bologna, name: "Bologna", slug: "bologna"),
        Town(province: .bologna, name: "Imola", slug: "imola"),
        Town(province: .bologna, name: "San Giovanni in Persiceto", slug: "persiceto"),
        Town(province: .bologna, name: "Porretta Terme", slug: "porretta"),
        Town(province: .ferrara, name: "Ferrara", slug: "ferrara"),
        Town(province: .ferrara, name: "Cento", slug: "cento"),
        Town(province: .forliCesena, name: "Forlì", slug: "forli"),
        Town(province: .forliCesena, name: "Cesena", slug: "cesena"),
        Town(province: .modena, name: "Modena", slug: "modena"),
        Town(province: .modena, name: "Carpi", slug: "carpi"),
        Town(province: .modena, name: "Sassuolo", slug: "sassuolo"),
        Town(province: .modena, name: "Pavullo nel Frignano", slug: "pavullo"),
        Town(province: .parma, name: "Parma", slug: "parma"),
        Town(province: .parma, name: "Fidenza", slug: "fidenza"),
        Town(province: .piacenza, name: "Piacenza", slug: "piacenza"),
        Town(province: .piacenza, name: "Castel San Giovanni", slug: "castel-san-giovanni"),
        Town(province: .ravenna, name: "Ravenna", slug: "ravenna"),
        Town(province: .ravenna, name: "Lugo", slug: "lugo"),
        Town(province: .ravenna, name: "Faenza", slug: "faenza"),
        Town(province: .reggioEmilia, name: "Reggio nell'Emilia", slug: "reggio"),
        Town(province: .reggioEmilia, name: "Guastalla", slug: "guastalla"),
        Town(province: .reggioEmilia, name: "Correggio", slug: "correggio"),
        Town(province: .rimini, name: "Rimini", slug: "rimini"),
        Town(province: .rimini, name: "Riccione", slug: "riccione"),
    ]

    static let hospitals = [
        "Ospedale Maggiore", "Presidio Ospedaliero", "Ospedale Civile", "Ospedale Santa Maria Nuova",
        "Ospedale G.B. Morgagni - L. Pierantoni", "Ospedale degli Infermi", "Ospedale Bufalini",
        "Ospedale Sant'Anna", "Nuovo Ospedale Civile", "Ospedale Santa Maria delle Croci",
        "Policlinico di Sant'Orsola", "Ospedale Umberto I", "Ospedale Guglielmo da Saliceto",
    ]

    static let clinics = [
        "Villa dei Tigli", "Villa Igea", "Villa Rosa", "Casa di Cura Villa Azzurra", "Villa Maria Luigia",
        "Casa di Cura Ai Colli", "Villa Baruzziana", "Ospedale Privato Accreditato Villa Serena",
        "Casa di Cura San Francesco", "Villa Garda",
    ]

    static let publicOperators: [Province: String] = [
        .bologna: "Azienda USL di Bologna", .ferrara: "Azienda USL di Ferrara",
        .forliCesena: "Azienda USL della Romagna", .modena: "Azienda USL di Modena",
        .parma: "Azienda USL di Parma", .piacenza: "Azienda USL di Piacenza",
        .ravenna: "Azienda USL della Romagna", .reggioEmilia: "Azienda USL - IRCCS di Reggio Emilia",
        .rimini: "Azienda USL della Romagna",
    ]

    static func makeDossier(index: Int, rng: inout SplitMix64) -> StructureDossier {
        let town = towns[rng.below(towns.count)]
        let isPrivate = rng.chance(0.25)
        let beds = 10 + rng.below(11)

        let place = isPrivate ? clinics[rng.below(clinics.count)] : hospitals[rng.below(hospitals.count)]
        let name = "SPOI \(place) di \(town.name)"
        let code = town.province.rawValue.lowercased()
        let id = try! StructureID("spoi-\(code)-\(town.slug)-\(index)")

        let managingOperator: ERStructureOperator
        if isPrivate {
            var vat = ""
            for _ in 0..<11 { vat.append(Character(Unicode.Scalar(UInt8(48 + rng.below(10))))) }
            let form = rng.chance(0.5) ? "S.p.A." : "S.r.l."
            managingOperator = .init(name: "\(place) \(form)", ownership: .private, vatNumber: rng.chance(0.9) ? vat : nil)
        } else {
            managingOperator = .init(name: publicOperators[town.province] ?? "Azienda USL", ownership: .public)
        }

        // Dates: the permit, then accreditation a few years later, sometimes renewed.
        let permitDay = rng.range(LocalDate(year: 1992, month: 1, day: 1)!.daysSinceEpoch...LocalDate(year: 2019, month: 12, day: 31)!.daysSinceEpoch)
        let permit = LocalDate(daysSinceEpoch: permitDay)!
        let granted = LocalDate(daysSinceEpoch: permitDay + 300 + rng.below(1_800))!
        let renewed: LocalDate? = rng.chance(0.6)
            ? LocalDate(daysSinceEpoch: max(granted.daysSinceEpoch + 365, LocalDate(year: 2018, month: 1, day: 1)!.daysSinceEpoch) + rng.below(2_000))
            : nil
        let grandfathered = permit < SPOIRules.grandfatheringCutoff && (renewed.map { $0 <= SPOIRules.grandfatheringCutoff } ?? true)

        // Nuclei: one, or two of ten at 20 beds.
        let nuclei: [SPOINucleus] = beds == 20 && rng.chance(0.3)
            ? [.init(id: "nucleo-a", beds: 10), .init(id: "nucleo-b", beds: 10)]
            : [.init(id: "nucleo-a", beds: beds)]

        // Rooms: a single first, then mostly doubles; triples where grandfathered.
        var rooms: [ERRoom] = []
        var remaining = beds
        while remaining > 0 {
            var size = rooms.isEmpty ? 1 : (rng.chance(0.15) ? 1 : 2)
            if grandfathered && !rooms.isEmpty && rng.chance(0.15) { size = 3 }
            size = min(size, remaining)
            let number = rooms.count + 1
            rooms.append(.init(id: number < 10 ? "camera-0\(number)" : "camera-\(number)", beds: size))
            remaining -= size
        }
        if rng.chance(0.01) { rooms[rooms.count - 1].beds += 1 }  // a bed-count mismatch now and then

        // Staff: what the ratios ask, with some slack and some extra roles.
        let nonMedical = SPOIRules.requiredNonMedicalStaff(beds: beds)
        let medical = SPOIRules.requiredMedicalStaff(beds: beds)
        let nurses = 600 + 50 * rng.below(7)
        let support = max(100, nonMedical * 100 - nurses) + 50 * rng.below(3)
        var staff: [SPOIStaffLine] = [
            .init(role: .psychiatrist, units: StaffUnits(hundredths: medical * 100 + 50 * rng.below(2)),
                  coverage: rng.chance(0.5) ? .roundTheClock : .onCall),
            .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
            .init(role: .nurse, units: StaffUnits(hundredths: nurses), coverage: .roundTheClock),
            .init(role: .oss, units: StaffUnits(hundredths: support), coverage: .roundTheClock),
            .init(role: .psychologist, units: StaffUnits(hundredths: rng.chance(0.7) ? 50 : 100), coverage: .programmed),
        ]
        if rng.chance(0.01) { staff.remove(at: 2) }  // a roster missing its nurses
        let extras: [(StaffRole, Coverage, [Int])] = [
            (.physician, .daytime, [25, 50, 100]),
            (.coordinator, .daytime, [100]),
            (.socialWorker, .programmed, [25, 50]),
            (.educator, .daytime, [50, 100]),
            (.psychiatricRehabTechnician, .daytime, [50, 100, 150]),
            (.administrative, .daytime, [50, 100]),
            (.auxiliary, .daytime, [100, 200]),
            (.ota, .roundTheClock, [100, 150]),  // transitional: an information finding
            (.dietitian, .programmed, [10, 20]),
        ]
        for (role, coverage, units) in extras where rng.chance(role == .ota ? 0.1 : 0.4) {
            staff.append(.init(role: role, units: StaffUnits(hundredths: units[rng.below(units.count)]), coverage: coverage))
        }

        let small = beds < SPOIRules.smallUnitThreshold
        let contiguity: SPOIContiguity? = small || rng.chance(0.2)
            ? .init(contiguousToPsychiatricWard: rng.chance(0.995), autonomous: rng.chance(0.995))
            : nil
        let evaluation: LocalDate? = (small && rng.chance(0.95)) || rng.chance(0.05)
            ? LocalDate(daysSinceEpoch: granted.daysSinceEpoch + rng.below(3_000))
            : nil

        var channels: Set<AccessChannel> = [.dsmDP, .generalPractitioner, .specialist]
        if rng.chance(0.2) { channels.insert(.emergencyDepartment) }
        if rng.chance(0.005) { channels.insert(.direct) }
        var kinds: Set<AdmissionKind> = [.voluntaryUrgent, .programmed]
        if rng.chance(0.005) { kinds.insert(.compulsoryTSO) }
        var outOfHours: Set<AccessChannel> = [.emergencyDepartment]
        if rng.chance(0.8) { outOfHours.insert(.spdc) }
        let access = SPOIAccess(
            channels: channels, admissionKinds: kinds, singleRequestForm: rng.chance(0.995),
            urgentAccess24h: rng.chance(0.995), outOfHoursVia: outOfHours)

        var attestations = Set(SPOIRequirement.allCases)
        if rng.chance(0.04) {
            for _ in 0..<(1 + rng.below(5)) {
                attestations.remove(SPOIRequirement.allCases[rng.below(SPOIRequirement.allCases.count)])
            }
        }

        return StructureDossier.spoi(
            id: id, name: name, managingOperator: managingOperator, province: town.province,
            disciplineCode: "40.2", producesSDO: rng.chance(0.995), buildingPermitDate: rng.chance(0.9) ? permit : nil,
            accreditation: .init(grantedOn: granted, lastRenewedOn: renewed),
            beds: beds, dayHospitalBeds: rng.chance(0.3) ? 1 + rng.below(6) : 0,
            nuclei: nuclei, contiguity: contiguity, rooms: rooms, staff: staff,
            smallUnitEvaluationOn: evaluation, access: access, attestations: attestations)
    }
}

/// A small, fast, deterministic generator (Steele, Lea and Flood's SplitMix64).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func range(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }

    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0) < probability
    }
}
