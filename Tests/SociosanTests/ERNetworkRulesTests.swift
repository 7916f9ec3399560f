import Testing
@testable import Sociosan

@Suite("ER network rules")
struct ERNetworkRulesTests {
    func spoi(_ id: String, beds: Int, province: Province = .bologna) -> StructureDossier {
        var dossier = validSPOI(beds: min(beds, 20))
        dossier.id = try! StructureID(id)
        dossier.beds = beds
        dossier.province = province
        return dossier
    }

    func ids(_ findings: [Diagnostic]) -> [String] { findings.map(\.ruleID.rawValue) }

    @Test func ninetyBedsPassNinetyOneFail() {
        // 5 x 18 = 90, exactly the regional total of L120.
        let ninety = (1...5).map { spoi("spoi-\($0)", beds: 18) }
        #expect(ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(spoi: ninety)).isEmpty)

        let ninetyOne = ninety + [spoi("spoi-6", beds: 1)]
        let findings = ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(spoi: ninetyOne))
        #expect(ids(findings) == ["er.network.spoi-beds"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message(in: .english).hasPrefix("91 SPOI beds in 6 structures exceed the regional total of 90") == true)
        #expect(findings.first?.citation == Citation(.psychiatricStructuresER, lines: 118...120))
    }

    @Test func aStructureGivenTwiceCountsOnceAndOutsideTheRegionNotAtAll() {
        var units = (1...5).map { spoi("spoi-\($0)", beds: 18) }
        units.append(spoi("spoi-1", beds: 18))  // a second version of spoi-1
        units.append(spoi("spoi-pa", beds: 20, province: .palermo))
        let network = ERPsychiatricNetwork(spoi: units)
        #expect(network.regionalSPOI.count == 5)
        #expect(network.regionalSPOIBeds == 90)
        #expect(ERNetworkRules.ruleSet.evaluate(network).isEmpty)

        // The last version wins: spoi-1 grown to 19 beds makes 91.
        units.append(spoi("spoi-1", beds: 19))
        #expect(ERPsychiatricNetwork(spoi: units).regionalSPOIBeds == 91)
        #expect(ids(ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(spoi: units))) == ["er.network.spoi-beds"])
    }

    @Test func dayHospitalBedsDoNotCount() {
        var units = (1...5).map { spoi("spoi-\($0)", beds: 18) }
        units[0].spoi.dayHospitalBeds = 4
        #expect(ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(spoi: units)).isEmpty)
    }

    func day(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

    @Test func referralShareCountsBedDaysOfStaysDischargedInTheYear() throws {
        let id = try StructureID("spoi-bo")
        var tally = ERReferralShareTally()
        // 2025-01-01 -> 2025-01-11: 10 bed-days, DSM-DP.
        tally.add(structure: id, admittedOn: day("2025-01-01"), dischargedOn: day("2025-01-11"), referredByDSMDP: true)
        // 2024-12-20 -> 2025-01-09: 20 bed-days, discharged in 2025: all 20 count in 2025, DSM-DP.
        tally.add(structure: id, admittedOn: day("2024-12-20"), dischargedOn: day("2025-01-09"), referredByDSMDP: true)
        // Same-day stay: 1 bed-day, GP.
        tally.add(structure: id, admittedOn: day("2025-03-03"), dischargedOn: day("2025-03-03"), referredByDSMDP: false)
        // 2025-05-01 -> 2025-05-05: 4 bed-days, specialist.
        tally.add(structure: id, admittedOn: day("2025-05-01"), dischargedOn: day("2025-05-05"), referredByDSMDP: false)
        // Still in: not counted.
        tally.add(structure: id, admittedOn: day("2025-12-01"), dischargedOn: nil, referredByDSMDP: false)
        // Discharged in 2026: another year.
        tally.add(structure: id, admittedOn: day("2025-12-30"), dischargedOn: day("2026-01-02"), referredByDSMDP: false)

        let shares = tally.shares
        #expect(shares.count == 2)
        // 2025: 35 bed-days, 30 by the DSM-DP: 85.71 %, above 80 %.
        #expect(shares[0] == ERReferralShare(structure: id, year: 2025, bedDays: 35, dsmDPBedDays: 30, stays: 4))
        #expect(shares[0].percentHundredths == 8571)
        #expect(shares[0].isAboveOptimalLevel)
        // 2026: 3 bed-days, none by the DSM-DP.
        #expect(shares[1] == ERReferralShare(structure: id, year: 2026, bedDays: 3, dsmDPBedDays: 0, stays: 1))
        let findings = ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(referralShares: shares))
        #expect(ids(findings) == ["er.network.dsm-dp-share"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message(in: .english) == "SPOI spoi-bo, year 2026: 0% of the bed-days (0 of 3) referred by the DSM-DP; the optimal level is above 80%")
        #expect(findings.first?.message(in: .italian).hasPrefix("SPOI spoi-bo, anno 2026: 0% delle giornate") == true)
    }

    @Test func exactlyEightyPercentIsNotAbove() throws {
        let id = try StructureID("spoi-bo")
        let atEighty = ERReferralShare(structure: id, year: 2025, bedDays: 100, dsmDPBedDays: 80)
        let above = ERReferralShare(structure: id, year: 2025, bedDays: 100, dsmDPBedDays: 81)
        #expect(!atEighty.isAboveOptimalLevel)
        #expect(above.isAboveOptimalLevel)
        let findings = ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(referralShares: [atEighty]))
        #expect(ids(findings) == ["er.network.dsm-dp-share"])
        #expect(findings.first?.message(in: .italian).contains("80% delle giornate di degenza (80 su 100)") == true)
        let short = ERReferralShare(structure: id, year: 2025, bedDays: 10_000, dsmDPBedDays: 7_999)
        #expect(ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(referralShares: [short])).first?.message(in: .italian).contains("79,99%") == true)
        #expect(ERNetworkRules.ruleSet.evaluate(ERPsychiatricNetwork(referralShares: [above])).isEmpty)
    }

    @Test func registeredInTheCatalogue() {
        for rule in ERNetworkRules.ruleSet.descriptors {
            #expect(DossierCatalogue.rule(rule.id) == rule)
            #expect(rule.decision != nil)
        }
    }
}
