import Testing
import Foundation
import Sociosan
import SociosanJSON

/// Every indicator computed on the bundled activity fixtures (Fixtures/er.psychiatry.activity/
/// valid/, documented in its README), against counts worked out by hand from the README's
/// tables. Stays not marked otherwise: DSM-DP referral, written project defined by the team,
/// complete ICD-10 diagnosis, agreed discharge report.
@Suite("Indicators on the activity fixtures")
struct ERIndicatorFixtureTests {
    static func results(_ name: String, year: Int? = nil) throws -> [ERIndicatorResult] {
        let path = repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/\(name).jsonl").path
        var calculator = ERIndicatorCalculator(year: year, audit: true)
        var invalid = 0
        try ActivityReader.forEach(path: path) { line in
            if let record = line.record { calculator.add(record) } else { invalid += 1 }
        }
        #expect(invalid == 0)
        return calculator.results()
    }

    /// "numerator/denominator" of each indicator of one structure and year, in table order.
    static func table(_ results: [ERIndicatorResult], _ structure: String, _ year: Int) -> [String] {
        results.filter { $0.structure.rawValue == structure && $0.year == year }.map { "\($0.numerator)/\($0.denominator)" }
    }

    static func one(_ results: [ERIndicatorResult], _ id: String, _ structure: String, _ year: Int) -> ERIndicatorResult? {
        results.first { $0.indicator.id == id && $0.structure.rawValue == structure && $0.year == year }
    }

    @Test func spoi() throws {
        let results = try Self.results("spoi-2025")
        // spoi-bo-maggiore 2025. Discharged in 2025: 2024-090, 2025-001..005 = 6.
        // IND-1 complete all but 2025-003: 5/6. IND-2 no suicide (1 attempt, ev-spoi-bo-003).
        // IND-3 left-without-permission + ab-ingestis (not the restraint, not the attempt): 2/6.
        // IND-4 in care 7 (with the open 2025-006), project all but 2025-005: 6/7.
        // IND-5 admitted p-bo-001..005 = 5; p-bo-001's 2025-11-20 is its third since 2024-12-28: 1/5.
        #expect(Self.table(results, "spoi-bo-maggiore", 2025) == ["5/6", "0/6", "2/6", "6/7", "1/5"])
        #expect(Self.one(results, "spoi-ind-2", "spoi-bo-maggiore", 2025)?.breakdown?.numerator == 1)
        #expect(Self.one(results, "spoi-ind-5", "spoi-bo-maggiore", 2025)?.numeratorRecords.map(\.rawValue) == ["spoi-bo-2025-002"])
        #expect(Self.one(results, "spoi-ind-5", "spoi-bo-maggiore", 2025)?.value == 20)
        #expect(Self.one(results, "spoi-ind-1", "spoi-bo-maggiore", 2025)?.status == .notMet)
        // 2024: the stay of 2024-12-28 only.
        #expect(Self.table(results, "spoi-bo-maggiore", 2024) == ["0/0", "0/0", "0/0", "1/1", "0/1"])
        // spoi-ra-lugo 2025: 5 discharged, 2025-003 incomplete: 4/5; NMS + injury patient-staff: 2/5;
        // projects 5/5; p-ra-001 three times between 7 January and 20 April: 1 of 3 patients.
        #expect(Self.table(results, "spoi-ra-lugo", 2025) == ["4/5", "0/5", "2/5", "5/5", "1/3"])
        #expect(Self.one(results, "spoi-ind-3", "spoi-ra-lugo", 2025)?.numeratorRecords.map(\.rawValue) == ["ev-spoi-ra-001", "ev-spoi-ra-002"])
        #expect(Set(results.map(\.structure.rawValue)) == ["spoi-bo-maggiore", "spoi-ra-lugo"])
    }

    @Test func residences() throws {
        let results = try Self.results("residences-2025")
        // rti-bo-villa-azzurra 2025: in care 6 (2024-050 .. 2025-005), all with a project;
        // team-defined all but 2025-005 (5/6); adherent 2024-050, 001, 003, 004 (4/6); reviewed
        // in 2025 and reached: 001, 003 (2/6); 1 relevant event (the attempt is not one) / 6;
        // admitted p-rti-001..003, p-rti-001 three times from 8 January: 1/3; discharged 5,
        // agreed report all but 002: 4/5.
        #expect(Self.table(results, "rti-bo-villa-azzurra", 2025) == ["6/6", "5/6", "4/6", "2/6", "1/6", "1/3", "4/5"])
        #expect(Self.one(results, "res-ind-2", "rti-bo-villa-azzurra", 2025)?.status == .notMet)
        #expect(Self.one(results, "res-ind-6", "rti-bo-villa-azzurra", 2025)?.numeratorRecords.map(\.rawValue) == ["rti-bo-2025-004"])
        // 2024: 2024-050, reviewed 2024-12-24, reached: both 100 % standards met.
        #expect(Self.table(results, "rti-bo-villa-azzurra", 2024) == ["1/1", "1/1", "1/1", "1/1", "0/1", "0/1", "0/0"])
        #expect(Self.one(results, "res-ind-4", "rti-bo-villa-azzurra", 2024)?.status == .met)
        // rti-mo-doppia-diagnosi: 3 stays, 003 without a project (2/3); both projects by the
        // team (2/2); adherent 001 (1/2); reviewed and reached 001 (1/2); injury patient-patient
        // 1/3 in care; no third admission; report 001, 002 of 3.
        #expect(Self.table(results, "rti-mo-doppia-diagnosi", 2025) == ["2/3", "2/2", "1/2", "1/2", "1/3", "0/3", "2/3"])
        #expect(Self.one(results, "res-ind-2", "rti-mo-doppia-diagnosi", 2025)?.status == .met)
        // rtp-fe-casa-del-sole 2025: 2024-010 (reviewed 2025-02-01, reached), 2025-001 (not
        // reached), 2025-002 (open, not evaluated); all adherent; neuroleptic overdose 1/3;
        // admitted p-rtp-002, 003; discharged 2024-010 and 2025-001, both with a report.
        #expect(Self.table(results, "rtp-fe-casa-del-sole", 2025) == ["3/3", "3/3", "3/3", "1/3", "1/3", "0/2", "2/2"])
        #expect(Self.table(results, "rtp-fe-casa-del-sole", 2024) == ["1/1", "1/1", "1/1", "1/1", "0/1", "0/1", "0/0"])
    }

    @Test func psychogeriatric() throws {
        let results = try Self.results("psychogeriatric-2025")
        // pg-pr-vaio 2025: 5 discharged; unplanned transfer 002 (20 %); reached 001, 003, 005 (60 %);
        // both Barthel scores 001, 003, 005, higher at discharge 001, 003 (2/3); protected 003;
        // died 004 of 5 in care (20 %).
        #expect(Self.table(results, "pg-pr-vaio", 2025) == ["1/5", "3/5", "2/3", "1/5", "1/5"])
        #expect(Self.one(results, "pg-ind-1", "pg-pr-vaio", 2025)?.value == 20)
        #expect(Self.one(results, "pg-ind-2", "pg-pr-vaio", 2025)?.value == 60)
        #expect(Self.one(results, "pg-ind-5", "pg-pr-vaio", 2025)?.value == 20)
        // pg-bo-roncati 2025: discharged 2024-020 (planned transfer, reached, 30 -> 38) and
        // 2025-001 (protected, not reached, 30 -> 45); 2025-002 open; nobody died.
        #expect(Self.table(results, "pg-bo-roncati", 2025) == ["0/2", "1/2", "2/2", "1/2", "0/3"])
        #expect(Self.table(results, "pg-bo-roncati", 2024) == ["0/0", "0/0", "0/0", "0/0", "0/1"])
    }

    @Test func eatingDisorders() throws {
        let results = try Self.results("eating-disorder-2025")
        // dca-bo-villa-maria-luigia: evaluations 5, with tests all but 003 (80 %); AN discharged
        // 001 (18.6), 002 (17.9): 1/2; BN discharged 003 (resolved), 004 (not): 1/2; plans
        // complete all but 002: 4/5; projects 5, checked with a scale 001, 003, 005: 3/5.
        #expect(Self.table(results, "dca-bo-villa-maria-luigia", 2025) == ["4/5", "1/2", "1/2", "4/5", "3/5"])
        #expect(Self.one(results, "dca-ind-1", "dca-bo-villa-maria-luigia", 2025)?.value == 80)
        // dca-pc-piacenza: the binge-eating stay has no evaluation and no plan; 002 AN 18.5 (A-32:
        // reached), 003 BN resolved; plans 2/3; checked 002 of 3 projects.
        #expect(Self.table(results, "dca-pc-piacenza", 2025) == ["2/2", "1/1", "1/1", "2/3", "1/3"])
        #expect(Self.one(results, "dca-ind-2", "dca-pc-piacenza", 2025)?.numeratorRecords.map(\.rawValue) == ["dca-pc-2025-002"])
    }

    @Test func generalPsychiatry() throws {
        let results = try Self.results("general-psychiatry-2025")
        // gp-re-santa-maria 2025: discharged 4, 003 incomplete: 3/4 (not met); 1 suicide / 4
        // (met: the detection system reports); injury patient-patient 1/4 (met); projects 4/4;
        // admitted p-gp-001..003, p-gp-001's 2025-06-01 third since 2024-11-25: 1/3.
        #expect(Self.table(results, "gp-re-santa-maria", 2025) == ["3/4", "1/4", "1/4", "4/4", "1/3"])
        #expect(Self.one(results, "gp-ind-1", "gp-re-santa-maria", 2025)?.status == .notMet)
        #expect(Self.one(results, "gp-ind-2", "gp-re-santa-maria", 2025)?.status == .met)
        #expect(Self.table(results, "gp-re-santa-maria", 2024) == ["1/1", "0/1", "0/1", "1/1", "0/1"])
        // gp-mo-baggiovara 2025: 3 discharged, all complete; 1 attempt, 0 suicides; the restraint
        // is no relevant event; in care 4 with the open 2025-005, project all but 001: 3/4;
        // admitted p-gp-004..006, no third in 2025.
        #expect(Self.table(results, "gp-mo-baggiovara", 2025) == ["3/3", "0/3", "0/3", "3/4", "0/3"])
        #expect(Self.one(results, "gp-ind-2", "gp-mo-baggiovara", 2025)?.breakdown?.numerator == 1)
        // 2026 (the data reach 2026): 2025-003 discharged; in care 003 and the open 005; p-gp-004's
        // 2026-01-05 is its third since 2025-01-20.
        #expect(Self.table(results, "gp-mo-baggiovara", 2026) == ["1/1", "0/1", "0/1", "2/2", "1/1"])
    }

    @Test func yearFilterGivesTheSameCounts() throws {
        for name in ["spoi-2025", "residences-2025", "psychogeriatric-2025", "eating-disorder-2025", "general-psychiatry-2025"] {
            let all = try Self.results(name)
            #expect(try Self.results(name, year: 2025) == all.filter { $0.year == 2025 }, "\(name)")
        }
    }

    /// the SPOI fixtures' DSM-DP shares, by hand. spoi-bo-maggiore 2025: bed-days of the
    /// stays discharged in 2025: 12 (SPDC) + 14 + 15 (DSM-DP) + 14 (GP) + 14 (emergency
    /// department) + 21 (DSM-DP) = 90, of which 50 DSM-DP: 55.55 %. spoi-ra-lugo: 14 + 9
    /// (DSM-DP) + 12 (emergency department) + 18 (specialist) + 14 (DSM-DP) = 67, 37 DSM-DP:
    /// 55.22 %. Both below the optimal level: two warnings.
    @Test func referralShareOfTheSPOIFixture() throws {
        var collector = ERNetworkCollector()
        try collector.addFile(atPath: repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl").path)
        let shares = collector.network.referralShares
        #expect(shares.map { "\($0.structure) \($0.year) \($0.dsmDPBedDays)/\($0.bedDays)" } == [
            "spoi-bo-maggiore 2025 50/90", "spoi-ra-lugo 2025 37/67",
        ])
        #expect(shares.map(\.percentHundredths) == [5555, 5522])
        let findings = ERNetworkRules.ruleSet.evaluate(collector.network)
        #expect(findings.map(\.ruleID.rawValue) == ["er.network.dsm-dp-share", "er.network.dsm-dp-share"])
        #expect(findings.allSatisfy { $0.severity == .warning })
    }
}
