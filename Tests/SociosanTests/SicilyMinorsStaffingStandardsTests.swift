import Testing
import Foundation
@testable import Sociosan
import SociosanTestResources

@Suite("Sicily staffing standards: minors, women, families, homeless people (seed 004 §7)")
struct SicilyMinorsStaffingStandardsTests {
    typealias Standards = SicilyMinorsStaffingStandards

    static let ids = [
        "sicily.minors-therapeutic-community", "sicily.home-education", "sicily.minors-apartment",
        "sicily.mother-child-community", "sicily.family-home", "sicily.youth-centre",
        "sicily.family-mediation", "sicily.homeless-centre",
    ]

    /// Seed 004 (``TestResources``; empty when it is not found, and the tests reading it are skipped).
    static let seedLines = TestResources.seedLines(Seed.structuresSicily.fileName)

    static func cited(_ citation: Citation) -> String {
        seedLines[(citation.firstLine - 1)...(citation.lastLine - 1)].joined(separator: "\n")
    }

    func needs(
        _ standard: StaffingStandard, _ capacity: Int, fullTime: Rational = 36, _ conditions: Set<StaffingCondition> = []
    ) throws -> StaffingRequirement {
        try StaffingCalculator.requirement(
            for: standard, capacity: capacity, parameters: StaffingParameters(fullTimeHours: fullTime, conditions: conditions))
    }

    /// The line of rule `<standard id>.staff.<name>`.
    func line(_ needs: StaffingRequirement, _ name: String) throws -> RequirementLine {
        let rule = needs.standard.id + ".staff." + name
        return try #require(needs.lines.first { $0.requirement.rule.rawValue == rule }, "no line \(rule)")
    }

    func rules(_ needs: StaffingRequirement) -> [String] {
        needs.lines.map { String($0.requirement.rule.rawValue.split(separator: ".").last!) }
    }

    func people(_ role: StaffRole, _ count: Int, hours: Rational, _ contract: ContractType = .employee) -> [RosterMember] {
        (0..<count).map { _ in RosterMember(role: role, hoursPerWeek: hours, contract: contract) }
    }

    func unmet(_ check: StaffingCheck) -> [String] {
        check.roles.filter { !$0.isMet }.map { String($0.line.requirement.rule.rawValue.split(separator: ".").last!) }
            + check.coverage.filter { !$0.isMet }.map { String($0.requirement.rule.rawValue.split(separator: ".").last!) }
    }

    static var allRules: [(standard: StaffingStandard, rule: String, citation: Citation)] {
        Standards.all.flatMap { standard in
            standard.requirements.map { (standard, $0.rule.rawValue, $0.citation) }
                + standard.coverage.map { (standard, $0.rule.rawValue, $0.citation) }
        }
    }

    // MARK: Identity

    @Test func exactlyTheEightStandardsInTheCatalogue() {
        #expect(Standards.all.map(\.id) == Self.ids)
        for id in Self.ids { #expect(StaffingCatalogue.ids.filter { $0 == id }.count == 1, "\(id)") }
        #expect(Standards.all.map(\.capacityUnit) == [.places, .users, .places, .users, .users, .users, .families, .places])
        #expect(Standards.all.map(\.capacityLimits) == [nil, nil, 1...7, 1...16, 0...8, 1...100, nil, 1...100])
        for standard in Standards.all {
            #expect(standard.title.italian != standard.title.english && !standard.title.english.isEmpty, "\(standard.id)")
            #expect((standard.capacityLimits == nil) == (standard.limitsCitation == nil), "\(standard.id)")
        }
    }

    @Test func ruleIdsAreStableKebabCaseAndUnique() {
        let rules = Self.allRules.map(\.rule)
        #expect(Set(rules).count == rules.count)
        for (standard, rule, _) in Self.allRules {
            #expect(rule.hasPrefix(standard.id + ".staff."), "\(rule)")
            #expect(rule.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" }, "\(rule)")
        }
        #expect(rules.contains("sicily.home-education.staff.educator"))
    }

    // MARK: Citations

    /// Every requirement and coverage rule, with words its cited lines must contain.
    static let ruleKeywords: [String: [String]] = [
        "sicily.minors-therapeutic-community.staff.child-neuropsychiatrist": ["1 medico neuropsichiatra"],
        "sicily.minors-therapeutic-community.staff.psychologist-psychotherapist": ["1 psicologo-psicoterapeuta"],
        "sicily.minors-therapeutic-community.staff.nurse": ["3 infermieri"],
        "sicily.minors-therapeutic-community.staff.social-worker": ["1 assistente sociale (12 ore"],
        "sicily.minors-therapeutic-community.staff.educator": ["6 educatori professionali", "riabilitazione psichiatrica"],
        "sicily.minors-therapeutic-community.staff.osa-ota": ["2 operatori osa/ota"],
        "sicily.minors-therapeutic-community.staff.administrative": ["1 amministrativo (12 ore"],
        "sicily.minors-therapeutic-community.staff.educator-24h": ["h24"],
        "sicily.home-education.staff.educator": ["educatori professionali (1 ogni 4 utenti)"],
        "sicily.home-education.staff.social-worker-coordinator": ["funzione di coordinatore (1 ogni 15 nuclei"],
        "sicily.home-education.staff.psychologist": ["psicologo (1 ogni 15 nuclei"],
        "sicily.minors-apartment.staff.educator": ["1 educatore professionale a tempo pieno", "part-time"],
        "sicily.minors-apartment.staff.psychologist": ["psicologo", "10 h. settimanali"],
        "sicily.minors-apartment.staff.educator-continuous-presence": ["accoglienza di minori", "altri educatori a tempo pieno", "presenza continuativa"],
        "sicily.minors-apartment.staff.educator-penal-measure": ["misura penale", "ulteriore educatore"],
        "sicily.minors-apartment.staff.cultural-mediator": ["immigrati", "mediatore culturale"],
        "sicily.mother-child-community.staff.director-coordinator": ["direzione e del coordinamento"],
        "sicily.mother-child-community.staff.educator": ["n. 5 educatore professionale"],
        "sicily.mother-child-community.staff.general-services": ["addetto ai servizi generali"],
        "sicily.mother-child-community.staff.psychologist": ["n. 1 psicologo"],
        "sicily.mother-child-community.staff.social-worker": ["assistente sociale (solo nel caso"],
        "sicily.mother-child-community.staff.operator-24h": ["almeno un operatore nelle 24 h"],
        "sicily.family-home.staff.resident-couple": ["coppia di ambo i sessi", "vive stabilmente"],
        "sicily.family-home.staff.adult-ratio": ["un adulto (coppia o educatori) ogni quattro minori", "presenza di 1 adulto"],
        "sicily.family-home.staff.educator": ["presenza di educatori"],
        "sicily.family-home.staff.social-worker": ["assistente sociale (anche con funzione di coordinamento)"],
        "sicily.family-home.staff.psychologist": ["n. 1 psicologo"],
        "sicily.family-home.staff.adult-24h": ["riposo notturno", "almeno un adulto convivente"],
        "sicily.youth-centre.staff.coordinator": ["coordinatore con contratto part-time"],
        "sicily.youth-centre.staff.educator": ["educatori professionali con contratto part-time", "1/25"],
        "sicily.youth-centre.staff.administrative": ["amministrativo/segretario con contratto part time"],
        "sicily.youth-centre.staff.auxiliary": ["ausiliario contratto part-time"],
        "sicily.family-mediation.staff.family-mediator": ["due o più mediatori familiari", "coordinamento"],
        "sicily.homeless-centre.staff.coordinator": ["responsabile coordinatore"],
        "sicily.homeless-centre.staff.social-worker": ["assistente sociale"],
        "sicily.homeless-centre.staff.psychologist": ["psicologo"],
        "sicily.homeless-centre.staff.educator": ["educatore"],
        "sicily.homeless-centre.staff.auxiliary": ["ausiliario"],
        "sicily.homeless-centre.staff.cultural-mediator": ["persone straniere", "mediatore culturale"],
        "sicily.homeless-centre.staff.post-acute-nurse": ["post acuzie", "infermieri"],
        "sicily.homeless-centre.staff.post-acute-rehabilitation": ["post acuzie", "operatori della\nriabilitazione"],
    ]

    static let limitKeywords: [String: String] = [
        "sicily.minors-apartment": "max 7 posti",
        "sicily.mother-child-community": "massimo 16 ospiti",
        "sicily.family-home": "più di otto minori",
        "sicily.youth-centre": "massimo di 100 minori",
        "sicily.homeless-centre": "massimo di 100 persone",
    ]

    static let standardKeywords: [String: String] = [
        "sicily.minors-therapeutic-community": "multi professionali",
        "sicily.home-education": "figure professionali previste",
        "sicily.minors-apartment": "personale",
        "sicily.mother-child-community": "quipe stabile",
        "sicily.family-home": "requisiti organizzativi",
        "sicily.youth-centre": "standard di personale",
        "sicily.family-mediation": "personale minimo",
        "sicily.homeless-centre": "personale",
    ]

    /// The notes of each standard, in order, with a word of their cited lines.
    static let noteKeywords: [String: [String]] = [
        "sicily.minors-therapeutic-community": ["h24", "coordinatore", "ulteriori figure professionali", "da 7", "intensivo", "non più di 5 pazienti"],
        "sicily.home-education": ["1 ogni 15 nuclei", "1 ogni 4 utenti", "laurea specialistica"],
        "sicily.minors-apartment": ["rapporto di dipendente", "coordinatore/responsabile", "misura penale", "volontari"],
        "sicily.mother-child-community": ["quipe stabile", "24 h", "logopedista", "tirocinanti"],
        "sicily.family-home": ["più di otto minori", "riposo notturno", "preferibilmente", "o.s.s.", "servizio sanitario regionale", "volontariato"],
        "sicily.youth-centre": ["standard di personale", "part-time", "altre unità di personale"],
        "sicily.family-mediation": ["in proporzione all", "coordinamento", "volontario", "220 ore"],
        "sicily.homeless-centre": ["tipologia di contratto", "numero degli utenti", "100 persone", "dalle ore 19"],
    ]

    func expectCited(_ citation: Citation, _ keywords: [String], _ what: String) {
        #expect(citation.seed == .structuresSicily, "\(what)")
        // Section 7 of seed 004 (L2165-L3409), and lines that exist.
        #expect(citation.firstLine >= 2165 && citation.firstLine <= citation.lastLine && citation.lastLine <= 3409, "\(what): \(citation)")
        guard citation.lastLine <= Self.seedLines.count else {
            Issue.record("\(what) cites \(citation), past the end of seed 004")
            return
        }
        let text = Self.cited(citation).lowercased()
        for keyword in keywords {
            #expect(text.contains(keyword.lowercased()), "\(what) cites \(citation), which does not mention \"\(keyword)\"")
        }
    }

    @Test(.requiresSeeds) func theSeedIsReadable() throws {
        try #require(Self.seedLines.count == 3483)
        #expect(Self.seedLines[2164].hasPrefix("7. AREA MINORI"))
    }

    @Test(.requiresSeeds) func everyRuleCitesLinesOfSeed004ThatNameItsRequirement() {
        #expect(Set(Self.allRules.map(\.rule)) == Set(Self.ruleKeywords.keys), "every rule needs keywords, and only rules that exist")
        for (_, rule, citation) in Self.allRules {
            expectCited(citation, Self.ruleKeywords[rule] ?? ["<no keywords>"], rule)
        }
    }

    @Test(.requiresSeeds) func standardsLimitsAndNotesCiteLinesThatNameTheirSubject() {
        for standard in Standards.all {
            expectCited(standard.citation, [Self.standardKeywords[standard.id] ?? "<none>"], standard.id)
            if let limits = standard.limitsCitation {
                expectCited(limits, [Self.limitKeywords[standard.id] ?? "<none>"], standard.id + " limits")
            } else {
                #expect(Self.limitKeywords[standard.id] == nil)
            }
            let keywords = Self.noteKeywords[standard.id] ?? []
            #expect(standard.notes.count == keywords.count, "\(standard.id) has \(standard.notes.count) notes")
            for (note, keyword) in zip(standard.notes, keywords) {
                expectCited(note.citation, [keyword], standard.id + " note \"\(note.text.english.prefix(40))\"")
                #expect(!note.text.italian.isEmpty && note.text.italian != note.text.english)
            }
        }
    }

    // MARK: Decisions

    /// What each decision must name: the digest's ambiguity number ("Ambiguity N:"), or the kind
    /// of reading. Rules absent from the table have no ambiguous reading.
    static let decisionTags: [String: [String]] = [
        "sicily.minors-therapeutic-community.staff.child-neuropsychiatrist": ["mbiguity 2:", "Vocabulary"],
        "sicily.minors-therapeutic-community.staff.psychologist-psychotherapist": ["mbiguity 2:"],
        "sicily.minors-therapeutic-community.staff.nurse": ["mbiguity 2:"],
        "sicily.minors-therapeutic-community.staff.educator": ["mbiguity 13:"],
        "sicily.minors-therapeutic-community.staff.osa-ota": ["mbiguity 2:", "Vocabulary"],
        "sicily.home-education.staff.educator": ["mbiguity 14:", "rounded up"],
        "sicily.home-education.staff.social-worker-coordinator": ["mbiguity 14:"],
        "sicily.home-education.staff.psychologist": ["mbiguity 14:"],
        "sicily.minors-apartment.staff.educator": ["mbiguity 5:"],
        "sicily.minors-apartment.staff.psychologist": ["convenzione"],
        "sicily.minors-apartment.staff.educator-continuous-presence": ["mbiguity 15:"],
        "sicily.minors-apartment.staff.educator-penal-measure": ["mbiguity 15:"],
        "sicily.minors-apartment.staff.cultural-mediator": ["Presence only", "Vocabulary"],
        "sicily.mother-child-community.staff.director-coordinator": ["mbiguity 5:"],
        "sicily.mother-child-community.staff.educator": ["mbiguity 19:", "mbiguity 5:"],
        "sicily.mother-child-community.staff.general-services": ["mbiguity 5:", "Vocabulary"],
        "sicily.mother-child-community.staff.psychologist": ["Presence only"],
        "sicily.mother-child-community.staff.social-worker": ["Presence only", "mbiguity 17:"],
        "sicily.family-home.staff.resident-couple": ["mbiguity 20:", "Vocabulary"],
        "sicily.family-home.staff.adult-ratio": ["mbiguity 20:"],
        "sicily.family-home.staff.educator": ["Presence only"],
        "sicily.family-home.staff.social-worker": ["Presence only"],
        "sicily.family-home.staff.psychologist": ["Presence only"],
        "sicily.youth-centre.staff.coordinator": ["mbiguity 5:"],
        "sicily.youth-centre.staff.educator": ["mbiguity 22:", "mbiguity 5:"],
        "sicily.youth-centre.staff.administrative": ["mbiguity 5:"],
        "sicily.youth-centre.staff.auxiliary": ["mbiguity 5:"],
        "sicily.family-mediation.staff.family-mediator": ["mbiguity 7:", "mbiguity 5:", "Vocabulary"],
        "sicily.homeless-centre.staff.coordinator": ["Presence only", "mbiguity 8:"],
        "sicily.homeless-centre.staff.social-worker": ["Presence only", "mbiguity 8:"],
        "sicily.homeless-centre.staff.psychologist": ["Presence only", "mbiguity 8:"],
        "sicily.homeless-centre.staff.educator": ["Presence only", "mbiguity 8:"],
        "sicily.homeless-centre.staff.auxiliary": ["Presence only", "mbiguity 8:"],
        "sicily.homeless-centre.staff.cultural-mediator": ["Presence only", "Vocabulary"],
        "sicily.homeless-centre.staff.post-acute-nurse": ["Presence only", "mbiguity 8:"],
        "sicily.homeless-centre.staff.post-acute-rehabilitation": ["Presence only", "mbiguity 8:"],
    ]

    @Test func everyAmbiguousReadingNamesItsAmbiguity() {
        let unambiguous: Set<String> = [
            "sicily.minors-therapeutic-community.staff.social-worker", "sicily.minors-therapeutic-community.staff.administrative",
        ]
        for standard in Standards.all {
            for requirement in standard.requirements {
                let rule = requirement.rule.rawValue
                if unambiguous.contains(rule) {
                    #expect(requirement.decision == nil, "\(rule)")
                    continue
                }
                let decision = requirement.decision ?? ""
                let tags = Self.decisionTags[rule] ?? ["<untagged rule>"]
                for tag in tags { #expect(decision.contains(tag), "\(rule): decision lacks \"\(tag)\"") }
                // A presence-only line always asks for exactly the documented presence hours.
                if decision.hasPrefix("Presence only") {
                    #expect(requirement.unit == .hoursPerWeek && requirement.law == .fixed(Standards.presenceHoursPerWeek), "\(rule)")
                }
            }
        }
        // No figure hard-codes a full-time week: hours-per-week laws are only 12, 10 and the presence hour.
        let hourLaws = Set(Standards.all.flatMap(\.requirements).filter { $0.unit == .hoursPerWeek }.map(\.law))
        #expect(hourLaws == [.fixed(12), .fixed(10), .fixed(Standards.presenceHoursPerWeek)])
    }

    // MARK: 7.1 Therapeutic community

    @Test func therapeuticCommunityIsAFixedTeamAtAnyCapacity() throws {
        let community = Standards.therapeuticCommunity
        for capacity in [1, 10, 40] {
            let at36 = try needs(community, capacity)
            #expect(rules(at36) == ["child-neuropsychiatrist", "psychologist-psychotherapist", "nurse", "social-worker", "educator", "osa-ota", "administrative"])
            #expect(at36.lines.map(\.minimum) == [1, 1, 3, 12, 6, 2, 12])
            #expect(at36.lines.map(\.hoursPerWeek) == [36, 36, 108, 12, 216, 72, 12])
            let at38 = try needs(community, capacity, fullTime: 38)
            #expect(at38.lines.map(\.hoursPerWeek) == [38, 38, 114, 12, 228, 76, 12])
            #expect(try line(at38, "social-worker").fullTimeEquivalents == Rational(6, 19))
            #expect(try line(at36, "administrative").fullTimeEquivalents == Rational(1, 3))
        }
        #expect(community.coverage.map(\.hoursPerWeek) == [168])
    }

    func therapeuticTeam(educators: Int, technicians: Int = 0) -> Roster {
        Roster(members: people(.psychiatrist, 1, hours: 36) + people(.psychotherapist, 1, hours: 36) + people(.nurse, 3, hours: 36)
            + people(.socialWorker, 1, hours: 12) + people(.educator, educators, hours: 36)
            + people(.psychiatricRehabTechnician, technicians, hours: 36) + people(.adb, 1, hours: 36) + people(.ota, 1, hours: 36)
            + people(.administrative, 1, hours: 12))
    }

    @Test func therapeuticCommunityRosterCheck() throws {
        let community = Standards.therapeuticCommunity
        #expect(try StaffingCalculator.check(therapeuticTeam(educators: 4, technicians: 2), against: community, capacity: 8).isMet)
        let short = try StaffingCalculator.check(therapeuticTeam(educators: 4), against: community, capacity: 8)
        #expect(unmet(short) == ["educator", "educator-24h"])  // 144 hours < 168 around the clock
        #expect(short.roles.first { $0.line.requirement.target.id == "educators-or-psychiatric-rehab-technicians" }?.difference == -2)
        // A plain psychologist is not the psychologist-psychotherapist.
        var members = therapeuticTeam(educators: 6).members
        members[1] = RosterMember(role: .psychologist, hoursPerWeek: 36)
        #expect(unmet(try StaffingCalculator.check(Roster(members: members), against: community, capacity: 8)) == ["psychologist-psychotherapist"])
    }

    // MARK: 7.3 Home education

    @Test(arguments: [
        (0, Rational(0), Rational(0)), (1, Rational(1, 4), Rational(1)), (4, Rational(1), Rational(1)),
        (5, Rational(5, 4), Rational(2)), (8, Rational(2), Rational(2)), (9, Rational(9, 4), Rational(3)),
        (15, Rational(15, 4), Rational(4)), (16, Rational(4), Rational(4)), (60, Rational(15), Rational(15)),
    ])
    func homeEducationOneEducatorPerFourUsersRoundedUp(users: Int, exact: Rational, educators: Rational) throws {
        let at36 = try needs(Standards.homeEducation, users)
        let educator = try line(at36, "educator")
        #expect(educator.exact == exact)
        #expect(educator.minimum == educators)
        #expect(educator.hoursPerWeek == educators * 36)
        #expect(try line(needs(Standards.homeEducation, users, fullTime: 38), "educator").hoursPerWeek == educators * 38)
        // One social worker-coordinator and one psychologist whatever the users (families are not the capacity).
        #expect(try line(at36, "social-worker-coordinator").minimum == 1)
        #expect(try line(at36, "psychologist").minimum == 1)
    }

    @Test func homeEducationLargestCaseloadOfARoster() throws {
        let team = Roster(members: people(.educator, 3, hours: 36) + people(.socialWorker, 1, hours: 36) + people(.psychologist, 1, hours: 36))
        let answer = try StaffingCalculator.largestCapacity(for: team, standard: Standards.homeEducation)
        #expect(answer.capacity == 12)
        #expect(answer.limitingRequirement?.rule == "sicily.home-education.staff.educator")
        // Three educators on 30-hour contracts are 2.5 posts at 36 hours: 8 users.
        let shorter = Roster(members: people(.educator, 3, hours: 30) + people(.socialWorker, 1, hours: 36) + people(.psychologist, 1, hours: 36))
        #expect(try StaffingCalculator.largestCapacity(for: shorter, standard: Standards.homeEducation).capacity == 8)
        #expect(throws: StaffingError.capacityOutOfRange(standard: "sicily.home-education", capacity: -1, limits: 0...Int.max, citation: nil)) {
            try StaffingCalculator.requirement(for: Standards.homeEducation, capacity: -1)
        }
    }

    // MARK: 7.4 Group apartment

    @Test func minorsApartmentBaseTeamAndConditionalExtras() throws {
        let flat = Standards.minorsApartment
        let base = try needs(flat, 7)
        #expect(rules(base) == ["educator", "psychologist"])
        #expect(try line(base, "educator").minimum == Rational(3, 2))
        #expect(try line(base, "educator").hoursPerWeek == 54)
        #expect(try line(needs(flat, 7, fullTime: 38), "educator").hoursPerWeek == 57)
        #expect(try line(base, "psychologist").hoursPerWeek == 10)
        #expect(try line(base, "psychologist").fullTimeEquivalents == Rational(5, 18))

        let minors = try needs(flat, 7, [Standards.hostsMinors])
        #expect(rules(minors) == ["educator", "psychologist", "educator-continuous-presence"])
        #expect(try line(minors, "educator-continuous-presence").hoursPerWeek == 168)
        #expect(try line(minors, "educator-continuous-presence").fullTimeEquivalents == Rational(14, 3))
        #expect(try line(needs(flat, 7, fullTime: 38, [Standards.hostsMinors]), "educator-continuous-presence").fullTimeEquivalents == Rational(84, 19))

        let penal = try needs(flat, 7, [Standards.minorsUnderPenalMeasure])
        #expect(rules(penal) == ["educator", "psychologist", "educator-penal-measure"])
        #expect(try line(penal, "educator-penal-measure").minimum == Rational(5, 2))
        #expect(try line(penal, "educator-penal-measure").hoursPerWeek == 90)
        #expect(try line(needs(flat, 7, fullTime: 38, [Standards.minorsUnderPenalMeasure]), "educator-penal-measure").hoursPerWeek == 95)

        let immigrants = try needs(flat, 3, [Standards.hostsImmigrants])
        #expect(rules(immigrants) == ["educator", "psychologist", "cultural-mediator"])
        #expect(try line(immigrants, "cultural-mediator").hoursPerWeek == Standards.presenceHoursPerWeek)

        let all = try needs(flat, 7, [Standards.hostsMinors, Standards.minorsUnderPenalMeasure, Standards.hostsImmigrants])
        #expect(all.lines.count == 5)
        // Conditions of other standards change nothing here.
        #expect(try needs(flat, 7, [Standards.hostsForeigners, Standards.directorNotSocialWorker]).lines.count == 2)
    }

    @Test func minorsApartmentRosterAgainstTheConditions() throws {
        let flat = Standards.minorsApartment
        let baseTeam = people(.educator, 1, hours: 36) + people(.educator, 1, hours: 18) + people(.psychologist, 1, hours: 10, .consultant)
        func check(_ members: [RosterMember], fullTime: Rational = 36, _ conditions: Set<StaffingCondition> = []) throws -> [String] {
            unmet(try StaffingCalculator.check(Roster(members: members), against: flat, capacity: 6,
                                               parameters: StaffingParameters(fullTimeHours: fullTime, conditions: conditions)))
        }
        #expect(try check(baseTeam) == [])
        #expect(try check(Array(baseTeam.dropLast()) + people(.psychologist, 1, hours: 9, .consultant)) == ["psychologist"])
        // Minors: 168 educator-hours. At 36 hours, 3 more full-time educators (162 h) are short, 4 are enough.
        #expect(try check(baseTeam, [Standards.hostsMinors]) == ["educator-continuous-presence"])
        #expect(try check(baseTeam + people(.educator, 3, hours: 36), [Standards.hostsMinors]) == ["educator-continuous-presence"])
        #expect(try check(baseTeam + people(.educator, 4, hours: 36), [Standards.hostsMinors]) == [])
        // At 38 hours (base 38 + 19), 3 more full-time educators give 171 h.
        let baseTeam38 = people(.educator, 1, hours: 38) + people(.educator, 1, hours: 19) + people(.psychologist, 1, hours: 10, .consultant)
        #expect(try check(baseTeam38 + people(.educator, 3, hours: 38), fullTime: 38, [Standards.hostsMinors]) == [])
        // A minor under a penal measure: one educator more than the base team.
        #expect(try check(baseTeam, [Standards.minorsUnderPenalMeasure]) == ["educator-penal-measure"])
        #expect(try check(baseTeam + people(.educator, 1, hours: 36), [Standards.minorsUnderPenalMeasure]) == [])
        // Volunteers never count.
        #expect(try check(baseTeam + people(.educator, 1, hours: 36, .volunteer), [Standards.minorsUnderPenalMeasure]) == ["educator-penal-measure"])
        // Immigrants: a cultural mediator under convention, any hours.
        #expect(try check(baseTeam, [Standards.hostsImmigrants]) == ["cultural-mediator"])
        #expect(try check(baseTeam + people(.qualifiedOperator, 1, hours: 4, .consultant), [Standards.hostsImmigrants]) == [])
    }

    @Test func minorsApartmentHasAtMostSevenPlaces() throws {
        let source = Citation(.structuresSicily, lines: 2710...2711)
        for capacity in [0, 8] {
            #expect(throws: StaffingError.capacityOutOfRange(standard: "sicily.minors-apartment", capacity: capacity, limits: 1...7, citation: source)) {
                try StaffingCalculator.requirement(for: Standards.minorsApartment, capacity: capacity)
            }
        }
        #expect(try needs(Standards.minorsApartment, 1).lines.count == 2)
    }

    // MARK: 7.5 Mother-child community

    @Test func motherChildCommunityStableTeamUpToSixteenGuests() throws {
        let community = Standards.motherChildCommunity
        for guests in [1, 9, 16] {
            let at36 = try needs(community, guests)
            #expect(rules(at36) == ["director-coordinator", "educator", "general-services", "psychologist"])
            #expect(at36.lines.map(\.minimum) == [1, 5, 1, 1])
            #expect(at36.lines.map(\.hoursPerWeek) == [36, 180, 36, 1])
            #expect(try needs(community, guests, fullTime: 38).lines.map(\.hoursPerWeek) == [38, 190, 38, 1])
        }
        let withSocialWorker = try needs(community, 16, [Standards.directorNotSocialWorker])
        #expect(rules(withSocialWorker).last == "social-worker")
        #expect(community.coverage.map(\.hoursPerWeek) == [168])
        #expect(throws: StaffingError.capacityOutOfRange(standard: "sicily.mother-child-community", capacity: 17, limits: 1...16,
                                                         citation: Citation(.structuresSicily, line: 2807))) {
            try StaffingCalculator.requirement(for: community, capacity: 17)
        }
    }

    @Test func motherChildCommunityRosterCheck() throws {
        let community = Standards.motherChildCommunity
        let team = people(.coordinator, 1, hours: 36) + people(.educator, 5, hours: 36) + people(.auxiliary, 1, hours: 36)
            + people(.psychologist, 1, hours: 6, .consultant)
        func check(_ members: [RosterMember], _ conditions: Set<StaffingCondition> = []) throws -> [String] {
            unmet(try StaffingCalculator.check(Roster(members: members), against: community, capacity: 16,
                                               parameters: StaffingParameters(conditions: conditions)))
        }
        #expect(try check(team) == [])
        #expect(try check(team, [Standards.directorNotSocialWorker]) == ["social-worker"])
        #expect(try check(team + people(.socialWorker, 1, hours: 4, .consultant), [Standards.directorNotSocialWorker]) == [])
        // Trainees and volunteers are extra to the staff (L2883-L2885): four educators plus a trainee are short.
        let withTrainee = people(.coordinator, 1, hours: 36) + people(.educator, 4, hours: 36) + people(.educator, 1, hours: 36, .trainee)
            + people(.auxiliary, 1, hours: 36) + people(.psychologist, 1, hours: 6, .consultant)
        #expect(try check(withTrainee) == ["educator"])
        // Four educators and a 20-hour director: 164 on-site hours, not 24 hours of presence.
        let thin = people(.coordinator, 1, hours: 20) + people(.educator, 4, hours: 36) + people(.auxiliary, 1, hours: 80)
            + people(.psychologist, 1, hours: 6, .consultant)
        #expect(try check(thin) == ["director-coordinator", "educator", "operator-24h"])
    }

    // MARK: 7.6 Family home

    @Test(arguments: [(0, 1), (1, 1), (3, 1), (4, 1), (5, 2), (7, 2), (8, 2)])
    func familyHomeOneAdultPerFourMinors(minors: Int, adults: Int) throws {
        let at36 = try needs(Standards.familyHome, minors)
        #expect(rules(at36) == ["resident-couple", "adult-ratio", "educator", "social-worker", "psychologist"])
        let ratio = try line(at36, "adult-ratio")
        #expect(ratio.exact == Rational(minors, 4))
        #expect(ratio.minimum == Rational(adults))
        #expect(ratio.hoursPerWeek == Rational(adults * 36))
        #expect(try line(needs(Standards.familyHome, minors, fullTime: 38), "adult-ratio").hoursPerWeek == Rational(adults * 38))
        #expect(try line(at36, "resident-couple").minimum == 2)
        #expect(try line(at36, "educator").hoursPerWeek == Standards.presenceHoursPerWeek)
    }

    @Test func familyHomeLimitsAndRoster() throws {
        let home = Standards.familyHome
        #expect(throws: StaffingError.capacityOutOfRange(standard: "sicily.family-home", capacity: 9, limits: 0...8,
                                                         citation: Citation(.structuresSicily, lines: 2927...2928))) {
            try StaffingCalculator.requirement(for: home, capacity: 9)
        }
        let household = people(.coordinator, 2, hours: 84) + people(.educator, 1, hours: 20)
            + people(.socialWorker, 1, hours: 6, .consultant) + people(.psychologist, 1, hours: 4, .freelance)
        #expect(try StaffingCalculator.check(Roster(members: household), against: home, capacity: 8).isMet)
        // Without educators the couple still meets the ratio, but educators are required beside them.
        let coupleOnly = Array(household.dropFirst(2).dropFirst()) + people(.coordinator, 2, hours: 84)
        #expect(unmet(try StaffingCalculator.check(Roster(members: coupleOnly), against: home, capacity: 8)) == ["educator"])
        // A couple present only a contract week each leaves the home without an adult around the clock.
        let partTimeCouple = people(.coordinator, 2, hours: 36) + Array(household.dropFirst(2))
        #expect(unmet(try StaffingCalculator.check(Roster(members: partTimeCouple), against: home, capacity: 8)) == ["adult-24h"])
        // Servizio Civile volunteers do not replace the staff.
        let volunteers = people(.coordinator, 2, hours: 84) + people(.educator, 1, hours: 20, .volunteer) + Array(household.dropFirst(3))
        #expect(unmet(try StaffingCalculator.check(Roster(members: volunteers), against: home, capacity: 8)) == ["educator"])
    }

    // MARK: 7.7 Youth centre

    @Test(arguments: [
        (1, Rational(1, 2)), (25, Rational(1, 2)), (26, Rational(1)), (50, Rational(1)),
        (51, Rational(3, 2)), (75, Rational(3, 2)), (76, Rational(2)), (100, Rational(2)),
    ])
    func youthCentreOnePartTimeEducatorPerStartedTwentyFiveUsers(users: Int, educatorFTE: Rational) throws {
        let at36 = try needs(Standards.youthCentre, users)
        #expect(rules(at36) == ["coordinator", "educator", "administrative", "auxiliary"])
        #expect(try line(at36, "educator").minimum == educatorFTE)
        #expect(try line(at36, "educator").hoursPerWeek == educatorFTE * 36)
        #expect(try line(needs(Standards.youthCentre, users, fullTime: 38), "educator").hoursPerWeek == educatorFTE * 38)
        for name in ["coordinator", "administrative", "auxiliary"] {
            #expect(try line(at36, name).minimum == Rational(1, 2))
            #expect(try line(at36, name).hoursPerWeek == 18)
            #expect(try line(needs(Standards.youthCentre, users, fullTime: 38), name).hoursPerWeek == 19)
        }
    }

    @Test func youthCentreCapacityOfARosterAndLimits() throws {
        let centre = Standards.youthCentre
        let team = Roster(members: people(.coordinator, 1, hours: 18) + people(.administrative, 1, hours: 18)
            + people(.auxiliary, 1, hours: 18) + people(.educator, 3, hours: 18))
        let answer = try StaffingCalculator.largestCapacity(for: team, standard: centre)
        #expect(answer.capacity == 75)
        #expect(answer.limitingRequirement?.rule == "sicily.youth-centre.staff.educator")
        // Four part-time educators reach the limit of 100 users.
        let four = Roster(members: team.members + people(.educator, 1, hours: 18))
        #expect(try StaffingCalculator.largestCapacity(for: four, standard: centre).reachedUpperLimit)
        // With a 38-hour full time, 18-hour contracts are less than half a post: the coordinator fails first.
        let at38 = try StaffingCalculator.largestCapacity(for: team, standard: centre, parameters: StaffingParameters(fullTimeHours: 38))
        #expect(at38.capacity == nil)
        #expect(at38.limitingRequirement?.rule == "sicily.youth-centre.staff.coordinator")
        #expect(throws: StaffingError.capacityOutOfRange(standard: "sicily.youth-centre", capacity: 101, limits: 1...100,
                                                         citation: Citation(.structuresSicily, lines: 3073...3074))) {
            try StaffingCalculator.requirement(for: centre, capacity: 101)
        }
    }

    // MARK: 7.8 Family mediation

    @Test func familyMediationTwoMediatorsAtEverySize() throws {
        let service = Standards.familyMediation
        for families in [1, 30, 500] {
            let at36 = try needs(service, families)
            #expect(rules(at36) == ["family-mediator"])
            #expect(try line(at36, "family-mediator").minimum == 2)
            #expect(try line(at36, "family-mediator").hoursPerWeek == 72)
            #expect(try line(needs(service, families, fullTime: 38), "family-mediator").hoursPerWeek == 76)
        }
        let mediators = Roster(members: people(.qualifiedOperator, 2, hours: 36, .freelance))
        #expect(try StaffingCalculator.check(mediators, against: service, capacity: 40).isMet)
        #expect(!(try StaffingCalculator.check(mediators, against: service, capacity: 40, parameters: StaffingParameters(fullTimeHours: 38)).isMet))
        // The volunteer or trainee mediator of L3236-L3239 does not count.
        let helped = Roster(members: people(.qualifiedOperator, 1, hours: 36) + people(.qualifiedOperator, 1, hours: 36, .trainee))
        #expect(try StaffingCalculator.check(helped, against: service, capacity: 40).roles.first?.difference == -1)
    }

    // MARK: 7.9 Homeless centre

    @Test func homelessCentreChecksThePresenceOfEachRole() throws {
        let centre = Standards.homelessCentre
        let base = try needs(centre, 100)
        #expect(rules(base) == ["coordinator", "social-worker", "psychologist", "educator", "auxiliary"])
        #expect(base.lines.allSatisfy { $0.hoursPerWeek == Standards.presenceHoursPerWeek })
        #expect(try needs(centre, 100, fullTime: 38).lines.map(\.hoursPerWeek) == base.lines.map(\.hoursPerWeek))
        #expect(rules(try needs(centre, 40, [Standards.hostsForeigners])).last == "cultural-mediator")
        #expect(rules(try needs(centre, 40, [Standards.postAcuteAdmissions])).suffix(2) == ["post-acute-nurse", "post-acute-rehabilitation"])
        #expect(centre.coverage.isEmpty)

        let team = people(.coordinator, 1, hours: 36) + people(.socialWorker, 1, hours: 18) + people(.psychologist, 1, hours: 10, .consultant)
            + people(.educator, 2, hours: 36) + people(.auxiliary, 2, hours: 36)
        func check(_ members: [RosterMember], _ conditions: Set<StaffingCondition> = []) throws -> [String] {
            unmet(try StaffingCalculator.check(Roster(members: members), against: centre, capacity: 100,
                                               parameters: StaffingParameters(conditions: conditions)))
        }
        #expect(try check(team) == [])
        #expect(try check(team.filter { $0.role != .psychologist }) == ["psychologist"])
        #expect(try check(team, [Standards.hostsForeigners, Standards.postAcuteAdmissions])
                == ["cultural-mediator", "post-acute-nurse", "post-acute-rehabilitation"])
        let full = team + people(.qualifiedOperator, 1, hours: 6, .consultant) + people(.nurse, 2, hours: 36, .consultant)
            + people(.physiotherapist, 1, hours: 12, .consultant)
        #expect(try check(full, [Standards.hostsForeigners, Standards.postAcuteAdmissions]) == [])
        for capacity in [0, 101] {
            #expect(throws: StaffingError.capacityOutOfRange(standard: "sicily.homeless-centre", capacity: capacity, limits: 1...100,
                                                             citation: Citation(.structuresSicily, lines: 3307...3308))) {
                try StaffingCalculator.requirement(for: centre, capacity: capacity)
            }
        }
    }
}
