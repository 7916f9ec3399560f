import Foundation
import Testing
@testable import Sociosan
import SociosanJSON
import SociosanTestResources

/// The section 7 kinds of seed 004 on hand-computed cases, and the minors' privacy guard in
/// both languages, strict or not, through the JSON layer and the `Codable` bridge.
@Suite("Sicily section 7 kinds (minors, families, homeless people)")
struct SicilyMinorsKindsTests {
    /// A valid fixture as a mutable JSON object.
    func fixture(_ kind: DossierKind, _ name: String) throws -> [String: Any] {
        let url = repositoryRoot.appendingPathComponent("Fixtures/\(kind.rawValue)/valid/\(name)")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    func validate(_ object: [String: Any], strict: Bool = false) throws -> DossierResult {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return DossierValidator.validate(text: String(decoding: data, as: UTF8.self), options: ValidationOptions(strict: strict))
    }

    func section(_ object: [String: Any], _ member: String) throws -> [String: Any] {
        try #require(object[member] as? [String: Any])
    }

    @Test func theNineKindsAreRegisteredOnce() {
        let kinds = SicilyMinorsKinds.all.map(\.kind.rawValue)
        #expect(kinds == [
            "sicily.minors.therapeutic-community", "sicily.minors.community", "sicily.minors.home-education", "sicily.minors.apartment",
            "sicily.minors.mother-child-community", "sicily.minors.family-home", "sicily.minors.youth-centre", "sicily.families.mediation",
            "sicily.homeless.reception-centre",
        ])
        for kind in SicilyMinorsKinds.all {
            #expect(StructureKinds.kind(for: kind.kind) != nil)
            #expect(StructureType(kind: kind.kind) == kind.type)
            #expect(kind.protectedMembers != nil, "\(kind.kind) guards minors' identities")
        }
        // The services that are not buildings carry no rooms.
        let services = SicilyMinorsKinds.all.filter { $0.premises == .serviceWithoutBedrooms }.map(\.kind.rawValue)
        #expect(services == ["sicily.minors.home-education", "sicily.minors.youth-centre", "sicily.families.mediation"])
    }

    // MARK: Hand-computed cases

    /// 7.6: La Tenda has 7 minors together (5 guests under 18 and the couple's 2 children):
    /// ceil(7 / 4) = 2 adults. With one adult present the ratio is below the seed's.
    @Test func aFamilyHomeBelowTheAdultMinorRatio() throws {
        #expect(SicilyFamilyHomeRules.adultsRequired(minors: 0) == 0)
        #expect(SicilyFamilyHomeRules.adultsRequired(minors: 1) == 1)
        #expect(SicilyFamilyHomeRules.adultsRequired(minors: 4) == 1)
        #expect(SicilyFamilyHomeRules.adultsRequired(minors: 5) == 2)
        #expect(SicilyFamilyHomeRules.adultsRequired(minors: 8) == 2)
        var home = try fixture(.sicilyFamilyHome, "cf-ct-la-tenda.json")
        var section = try section(home, "familyHome")
        #expect(try validate(home).findings.isEmpty)
        section["adultsWithMinors"] = 1
        home["familyHome"] = section
        let findings = try validate(home).findings
        #expect(findings.map(\.ruleID.rawValue) == ["sicily.minors.family-home.adults.ratio"])
        #expect(findings.first?.message(in: .english) == "1 adults present with 7 minors, at least 2 needed")
        #expect(findings.first?.message(in: .italian) == "1 adulti presenti con 7 minori, ne servono almeno 2")
        #expect(findings.first?.path.description == "/familyHome/adultsWithMinors")
    }

    /// 7.4: Il Ponte declares 6 places and hosts 6 young people; a seventh is one too many,
    /// although 7 is the seed's maximum.
    @Test func aGroupApartmentHostingOneMoreThanItsCapacity() throws {
        var flat = try fixture(.sicilyMinorsApartment, "ga-pa-il-ponte.json")
        var section = try section(flat, "groupApartment")
        var guests = try #require(section["guests"] as? [[String: Any]])
        #expect(flat["beds"] as? Int == 6 && guests.count == 6)
        guests.append(["code": "GA-PA-12", "age": 18, "ageAtAdmission": 18, "gender": "male", "admittedOn": "2026-11-23",
                       "tags": ["prior-residential-path"]])
        section["guests"] = guests
        flat["groupApartment"] = section
        let findings = try validate(flat).findings
        #expect(findings.map(\.ruleID.rawValue) == ["sicily.minors.apartment.capacity.people-within"])
        #expect(findings.first?.message(in: .english) == "7 people taken in, the declared capacity is 6")
        // Declaring 8 places is refused by the seed's own maximum of 7.
        flat["beds"] = 8
        #expect(try validate(flat).findings.map(\.ruleID.rawValue).contains("sicily.minors.apartment.capacity.maximum"))
    }

    /// 7.4: a stay of two calendar years from admission, that day included.
    @Test func aGroupApartmentStayOfTwoYears() throws {
        var flat = try fixture(.sicilyMinorsApartment, "ga-pa-il-ponte.json")
        var section = try section(flat, "groupApartment")
        var guests = try #require(section["guests"] as? [[String: Any]])
        guests[3]["admittedOn"] = "2024-11-30"  // asOf 2026-11-30: exactly two years, still allowed
        section["guests"] = guests
        flat["groupApartment"] = section
        #expect(try validate(flat).findings.isEmpty)
        guests[3]["admittedOn"] = "2024-11-29"
        section["guests"] = guests
        flat["groupApartment"] = section
        #expect(try validate(flat).findings.map(\.ruleID.rawValue) == ["sicily.minors.apartment.guests.stay"])
    }

    /// 7.1: 120 days (+ a quarter), 180 days (+ a semester), at most 2 years for the most serious cases.
    @Test func therapeuticStayLimits() {
        let admitted = LocalDate(year: 2026, month: 1, day: 10)!
        typealias R = SicilyMinorsTherapeuticCommunityRules
        #expect(R.stayLimit(programme: .intensive, admittedOn: admitted, extended: false, mostSeriousCase: false) == LocalDate(year: 2026, month: 5, day: 10))
        #expect(R.stayLimit(programme: .intensive, admittedOn: admitted, extended: true, mostSeriousCase: false) == LocalDate(year: 2026, month: 8, day: 10))
        #expect(R.stayLimit(programme: .extensive, admittedOn: admitted, extended: false, mostSeriousCase: false) == LocalDate(year: 2026, month: 7, day: 9))
        #expect(R.stayLimit(programme: .extensive, admittedOn: admitted, extended: true, mostSeriousCase: false) == LocalDate(year: 2027, month: 1, day: 9))
        #expect(R.stayLimit(programme: .extensive, admittedOn: admitted, extended: true, mostSeriousCase: true) == LocalDate(year: 2028, month: 1, day: 10))
    }

    /// 7.3: one social worker-coordinator and one psychologist for every 15 families, rounded up.
    @Test func homeEducationPerFamilies() {
        #expect(SicilyHomeEducationRules.perFamiliesRequired(families: 1) == 1)
        #expect(SicilyHomeEducationRules.perFamiliesRequired(families: 15) == 1)
        #expect(SicilyHomeEducationRules.perFamiliesRequired(families: 16) == 2)
        #expect(SicilyHomeEducationRules.perFamiliesRequired(families: 45) == 3)
    }

    /// 7.9: the night service covers 19:00-09:00.
    @Test func homelessNightService() {
        #expect(SicilyHomelessCentreRules.coversNight(from: 19, until: 9))
        #expect(SicilyHomelessCentreRules.coversNight(from: 18, until: 10))
        #expect(!SicilyHomelessCentreRules.coversNight(from: 20, until: 9))
        #expect(!SicilyHomelessCentreRules.coversNight(from: 19, until: 8))
    }

    // MARK: Minors' privacy

    /// A minor's first name in a guest: refused in both languages, with or without --strict,
    /// with the rule of the kind (not the unknown-field warning), at the member's pointer.
    @Test(arguments: [false, true])
    func aMinorsNameIsRefusedWithOrWithoutStrict(strict: Bool) throws {
        var flat = try fixture(.sicilyMinorsApartment, "ga-pa-il-ponte.json")
        var section = try section(flat, "groupApartment")
        var guests = try #require(section["guests"] as? [[String: Any]])
        guests[0]["firstName"] = "Mario"
        section["guests"] = guests
        flat["groupApartment"] = section
        let result = try validate(flat, strict: strict)
        #expect(result.findings.count == 1)
        let finding = try #require(result.findings.first)
        #expect(finding.ruleID.rawValue == "sicily.minors.apartment.privacy.pseudonymous-only")
        #expect(finding.severity == .error)
        #expect(finding.path.description == "/groupApartment/guests/0/firstName")
        #expect(finding.message(in: .italian)
            == "\"firstName\" conterrebbe il nome di una persona, forse un minore: in questo dossier una persona compare solo con un codice pseudonimo (errore anche senza --strict)")
        #expect(finding.message(in: .english)
            == "\"firstName\" would hold the name of a person, possibly a minor: in this dossier a person appears only by a pseudonymous code (an error even without --strict)")
    }

    /// A tax code or a birth date, in any spelling, anywhere in the dossier (even in the roster).
    @Test(arguments: [
        ("codice_fiscale", "il codice fiscale", "the tax code"), ("TaxCode", "il codice fiscale", "the tax code"),
        ("dateOfBirth", "la data di nascita", "the birth date"), ("data-di-nascita", "la data di nascita", "the birth date"),
        ("cognome", "il nome", "the name"),
    ])
    func protectedSpellingsAnywhere(member: String, italian: String, english: String) throws {
        var home = try fixture(.sicilyFamilyHome, "cf-ct-la-tenda.json")
        var staff = try #require(home["staff"] as? [[String: Any]])
        staff[2][member] = "x"
        home["staff"] = staff
        let finding = try #require(try validate(home).findings.first)
        #expect(finding.ruleID.rawValue == "sicily.minors.family-home.privacy.pseudonymous-only")
        #expect(finding.message(in: .italian).contains(italian) && finding.message(in: .english).contains(english))
        #expect(finding.path.description == "/staff/2/\(member)")
    }

    /// The structure's own `name` stays: a declared member is the structure's, not a person's;
    /// other unknown members stay warnings unless strict.
    @Test func declaredNamesAndOtherUnknownMembersAreUntouched() throws {
        var flat = try fixture(.sicilyMinorsApartment, "ga-pa-il-ponte.json")
        #expect(flat["name"] != nil)
        #expect(try validate(flat).findings.isEmpty)
        flat["garden"] = true
        let lenient = try validate(flat)
        #expect(lenient.findings.map(\.ruleID.rawValue) == ["json.unknown-field"] && lenient.findings[0].severity == .warning)
        #expect(try validate(flat, strict: true).findings.map(\.severity) == [.error])
    }

    /// The byte-wise checks of an ASCII code answer as the character-wise ones, over codes made
    /// of the letters, digits and separators the checks read (tax-code and date shapes included).
    @Test func asciiChecksAgreeWithCharacterChecks() {
        let pieces = ["RSSMRA", "rss", "mra", "08", "A41", "g273", "X", "M", "LMN", "2009", "03", "14", "1899", "2099",
                      "0229", "2024", "31", "12", "-", "_", ".", "/", " ", "#", "0", "9", "PA", "e"]
        var generator = SystemRandomNumberGenerator()
        var codes = ["RSSMRA08A41G273X", "rss-mra-08a41-g273x", "RSSMRA0MA41G2T3X", "GA-2009-03-14", "X14032009",
                     "29-02-2024", "29.02.2023", "2024/02/29", "ID-99999999", "SD-PA-0412", ""]
        for _ in 0..<3_000 {
            codes.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for code in codes {
            #expect(PseudonymousCode.looksLikeTaxCode(code) == PseudonymousCode.looksLikeTaxCode(characters: code), "\(code)")
            #expect(PseudonymousCode.carriesDate(code) == PseudonymousCode.carriesDate(characters: code), "\(code)")
        }
        // A code with a non-ASCII character takes the character-wise checks.
        #expect(PseudonymousCode.ASCIICode("GA-2009-03-14-è") == nil)
        #expect(PseudonymousCode.carriesDate("GÀ-2009-03-14"))
    }

    /// A pseudonymous code shaped like a tax code, or carrying a date, is refused by the rule.
    @Test func codesThatIdentify() throws {
        #expect(PseudonymousCode.looksLikeTaxCode("RSSMRA08A41G273X"))
        #expect(PseudonymousCode.looksLikeTaxCode("rss-mra-08a41-g273x"))
        #expect(PseudonymousCode.looksLikeTaxCode("RSSMRA0MA41G2T3X"))  // omocodia letters
        #expect(!PseudonymousCode.looksLikeTaxCode("GA-PA-07"))
        #expect(!PseudonymousCode.looksLikeTaxCode("NPIA-CM-0412345678"))
        #expect(PseudonymousCode.carriesDate("GA-2009-03-14"))
        #expect(PseudonymousCode.carriesDate("X14032009"))
        #expect(!PseudonymousCode.carriesDate("SD-PA-0412"))
        #expect(!PseudonymousCode.carriesDate("ID-99999999"))
        var flat = try fixture(.sicilyMinorsApartment, "ga-pa-il-ponte.json")
        var section = try section(flat, "groupApartment")
        var guests = try #require(section["guests"] as? [[String: Any]])
        guests[1]["code"] = "RSSMRA08A01G273X"
        section["guests"] = guests
        flat["groupApartment"] = section
        let finding = try #require(try validate(flat).findings.first)
        #expect(finding.ruleID.rawValue == "sicily.minors.apartment.privacy.pseudonymous-only")
        #expect(finding.message(in: .english).contains("the tax code"))
        #expect(finding.message(in: .italian).contains("il codice fiscale"))
    }

    /// The Codable bridge refuses the same member with the same rule.
    @Test func theCodableBridgeRefusesAMinorsName() throws {
        var flat = try fixture(.sicilyMinorsApartment, "ga-pa-il-ponte.json")
        var section = try section(flat, "groupApartment")
        var guests = try #require(section["guests"] as? [[String: Any]])
        guests[2]["surname"] = "Bianchi"
        section["guests"] = guests
        flat["groupApartment"] = section
        let data = try JSONSerialization.data(withJSONObject: flat)
        do {
            _ = try JSONDecoder().decode(StructureDossier.self, from: data)
            Issue.record("a dossier carrying a minor's surname was read")
        } catch let DecodingError.dataCorrupted(context) {
            let error = try #require(context.underlyingError as? DossierReadingError)
            #expect(error.diagnostics.map(\.ruleID.rawValue) == ["sicily.minors.apartment.privacy.pseudonymous-only"])
        }
    }

    /// The schema's pattern and the readers match the same spellings.
    @Test func theSchemaPatternMatchesWhatTheReadersRefuse() throws {
        let members = try #require(StructureKinds.kind(for: .sicilyMinorsApartment)?.protectedMembers)
        let regex = try NSRegularExpression(pattern: members.pattern)
        for key in ["firstName", "first_name", "FIRST-NAME", "codiceFiscale", "dob", "dataDiNascita", "name", "Cognome", "bornOn"] {
            let range = NSRange(key.startIndex..., in: key)
            #expect(regex.firstMatch(in: key, range: range) != nil, "\(key)")
            #expect(members.match(key) != nil, "\(key)")
        }
        for key in ["code", "age", "nameplate", "first__name", "admittedOn", "surnames"] {
            let range = NSRange(key.startIndex..., in: key)
            #expect(regex.firstMatch(in: key, range: range) == nil, "\(key)")
            #expect(members.match(key) == nil, "\(key)")
        }
    }

    // MARK: Citations

    /// Each numeric rule cites lines of seed 004 that state its figure.
    @Test(.requiresSeeds, arguments: [
        ("sicily.minors.apartment.capacity.maximum", "max 7 posti"),
        ("sicily.minors.apartment.guests.stay", "due anni"),
        ("sicily.minors.apartment.guests.admission-age", "16 anni"),
        ("sicily.minors.apartment.premises.floor-area", "100-170"),
        ("sicily.minors.family-home.capacity.minors-together", "otto minori"),
        ("sicily.minors.family-home.adults.ratio", "ogni quattro minori"),
        ("sicily.minors.family-home.premises.floor-area", "150 mq"),
        ("sicily.minors.family-home.rooms.area", "mq. 23"),
        ("sicily.minors.therapeutic-community.placements.stay-intensive", "120 gg"),
        ("sicily.minors.therapeutic-community.placements.stay-extensive", "2 anni"),
        ("sicily.minors.therapeutic-community.placements.case-manager-caseload", "5 pazienti"),
        ("sicily.minors.therapeutic-community.premises.kitchen", "12 mq"),
        ("sicily.minors.therapeutic-community.premises.bathrooms", "4 ospiti"),
        ("sicily.minors.therapeutic-community.rooms.height", "2,70"),
        ("sicily.minors.therapeutic-community.premises.floor", "primo piano"),
        ("sicily.minors.mother-child-community.capacity.maximum", "16 ospiti"),
        ("sicily.minors.mother-child-community.guests.stay", "massimo un anno"),
        ("sicily.minors.mother-child-community.rooms.area", "mq. 20"),
        ("sicily.minors.youth-centre.capacity.maximum", "100 minori"),
        ("sicily.minors.youth-centre.users.age-bands", "due delle quattro"),
        ("sicily.families.mediation.mediators.training", "220 ore"),
        ("sicily.families.mediation.setting.mediation-room", "poltroncine"),
        ("sicily.homeless.reception-centre.capacity.maximum", "100 persone"),
        ("sicily.homeless.reception-centre.opening.night-service", "ore 19"),
        ("sicily.homeless.reception-centre.capacity.post-acute", "10 unit"),
        ("sicily.homeless.reception-centre.guests.minimum-age", "14 anni"),
        ("sicily.homeless.reception-centre.premises.toilets-showers", "1 ogni 10"),
        ("sicily.minors.community.personnel.ccnl-pay", "C.C.N.L."),
        ("sicily.minors.home-education.staff.per-families", "15 nuclei"),
        ("sicily.minors.apartment.privacy.pseudonymous-only", "dati sensibili"),
    ])
    func citationsPointAtTheFigure(ruleID: String, keyword: String) throws {
        try TestResources.expectCitation(of: ruleID, mentions: keyword)
    }

    /// Every rule of the nine kinds cites section 7 (L2165-L3401), paragraph 2 (L281-L288) or
    /// the region's provinces (L6-L21) of seed 004.
    @Test func everyRuleCitesSection7OrWhatItCallsIn() throws {
        for kind in SicilyMinorsKinds.all {
            for rule in kind.rules {
                let citation = try #require(rule.descriptor.citation)
                #expect(citation.seed == .structuresSicily)
                let inside = (2165...3401).contains(citation.firstLine) && (2165...3401).contains(citation.lastLine)
                    || (281...288).contains(citation.firstLine) || citation.lastLine <= 21
                #expect(inside, "\(rule.descriptor.id) cites \(citation)")
            }
        }
    }
}
