import Testing
@testable import Sociosan

@Suite("LocalDate")
struct LocalDateTests {
    @Test func leapYearsFollowTheGregorianRule() throws {
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2023, month: 4, day: 31) == nil)
        #expect(LocalDate(year: 2023, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2023, month: 0, day: 1) == nil)
        #expect(LocalDate(year: 0, month: 1, day: 1) == nil)
    }

    @Test(arguments: ["2023-2-01", "20230201", "2023-02-01T00:00", "", "2023/02/01", "２０２３-02-01", "-023-02-01"])
    func malformedTextIsRefused(_ text: String) {
        #expect(throws: LocalDateError.malformed(text)) { try LocalDate(iso8601: text) }
    }

    @Test func nonexistentDatesAreNamedAsSuch() {
        #expect(throws: LocalDateError.nonexistent("2023-02-29")) { try LocalDate(iso8601: "2023-02-29") }
    }

    @Test func parsesAndPrintsISO8601() throws {
        let date = try LocalDate(iso8601: "0999-01-05")
        #expect(date.year == 999 && date.month == 1 && date.day == 5)
        #expect(date.description == "0999-01-05")
    }

    @Test func dayArithmeticRoundTripsAcrossCenturies() throws {
        let epoch = try #require(LocalDate(year: 1970, month: 1, day: 1))
        #expect(epoch.daysSinceEpoch == 0)
        #expect(try LocalDate(iso8601: "2000-03-01").daysSinceEpoch == 11_017)
        var date = try #require(LocalDate(year: 1899, month: 12, day: 25))
        for _ in 0..<100_000 {
            let next = try #require(date.adding(days: 1))
            #expect(next > date)
            #expect(LocalDate(daysSinceEpoch: next.daysSinceEpoch) == next)
            date = next
        }
        #expect(date.description == "2173-10-09")
        #expect(try LocalDate(iso8601: "2009-06-29").days(until: LocalDate(iso8601: "2009-07-01")) == 2)
    }

    @Test func ordersChronologically() throws {
        #expect(try LocalDate(iso8601: "2009-06-29") < LocalDate(iso8601: "2009-06-30"))
        #expect(try !(LocalDate(iso8601: "2009-06-30") < LocalDate(iso8601: "2009-06-30")))
        #expect(try LocalDate(iso8601: "2008-12-31") < LocalDate(iso8601: "2009-01-01"))
    }
}

@Suite("Territory")
struct TerritoryTests {
    @Test func italyHas20RegionsAnd107Provinces() {
        #expect(Region.allCases.count == 20)
        #expect(Province.allCases.count == 107)
        #expect(Set(Province.allCases.map(\.code)).count == 107)
        #expect(Province.allCases.allSatisfy { $0.code.count == 2 && $0.code == $0.code.uppercased() })
    }

    @Test func provincesBelongToTheirRegions() {
        #expect(Region.emiliaRomagna.provinces.map(\.code).sorted() == ["BO", "FC", "FE", "MO", "PC", "PR", "RA", "RE", "RN"])
        #expect(Region.sicilia.provinces.map(\.code).sorted() == ["AG", "CL", "CT", "EN", "ME", "PA", "RG", "SR", "TP"])
        #expect(Province(rawValue: "MB")?.region == .lombardia)
        #expect(Province(rawValue: "SU")?.italianName == "Sud Sardegna")
        #expect(Province(rawValue: "XX") == nil)
    }
}

@Suite("Identifiers and pointers")
struct IdentifierTests {
    @Test(arguments: ["spoi-bo-1", "a", "0.9_x-y", String(repeating: "a", count: 64)])
    func acceptsSafeIdentifiers(_ text: String) throws {
        #expect(try StructureID(text).rawValue == text)
    }

    @Test(arguments: ["", "..", "../etc", "a/b", "/abs", "A", "a\u{0}b", "-x", ".hidden", "città", String(repeating: "a", count: 65)])
    func refusesIdentifiersThatCouldEscapeOrClash(_ text: String) {
        #expect(throws: IdentifierError.self) { try StructureID(text) }
    }

    @Test func identifierErrorsAreWordedInBothLanguagesAndQuoteLongTextsByTheirStart() {
        #expect(IdentifierError.empty.message.text(in: .italian) == "l'identificativo non può essere vuoto")
        let bad = IdentifierError.invalidCharacter("A", offset: 0).message
        #expect(bad.text(in: .italian).hasPrefix("l'identificativo \"A\" ha un carattere non ammesso al byte 0"))
        #expect(bad.text(in: .english).hasPrefix("identifier \"A\" has a character not allowed at byte 0"))
        let long = IdentifierError.tooLong(String(repeating: "a", count: 1_000), limit: 64).message
        #expect(long.text(in: .english) == "identifier \"\(String(repeating: "a", count: 80))…\" is longer than 64 characters")
        #expect(MessageExcerpt.of(String(repeating: "b", count: 80)) == String(repeating: "b", count: 80))
        #expect(MessageExcerpt.of("città") == "città")
        // A letter with a million combining marks is one character but is still cut short.
        let zalgo = "a" + String(repeating: "\u{301}", count: 1_000_000)
        #expect(MessageExcerpt.of(zalgo).unicodeScalars.count == 81)
    }

    @Test func pointerEscapesAndParses() throws {
        let pointer = JSONPointer.root.appending("a/b").appending("m~n").appending(3)
        #expect(pointer.description == "/a~1b/m~0n/3")
        #expect(JSONPointer(parsing: pointer.description) == pointer)
        #expect(JSONPointer(parsing: "") == .root)
        #expect(JSONPointer(parsing: "x") == nil)
        #expect(JSONPointer(parsing: "/a~2") == nil)
        #expect(JSONPointer(parsing: "/")?.tokens == [""])
    }
}

@Suite("Localisation")
struct LocalisationTests {
    @Test func languageFollowsTheLocale() {
        #expect(Language(localeIdentifier: "en_GB.UTF-8") == .english)
        #expect(Language(localeIdentifier: "it_IT.UTF-8") == .italian)
        #expect(Language(localeIdentifier: "C.UTF-8") == .italian)
        #expect(Language(localeIdentifier: nil) == .italian)
    }

    @Test func argumentsAreWrittenPerLanguage() throws {
        let text = LocalizedText(it: "{0} unità entro il {1}", en: "{0} units by {1}")
        let date = try LocalDate(iso8601: "2009-06-30")
        #expect(text.render([.fixed(1125, scale: 2), .date(date)], in: .italian) == "11,25 unità entro il 30/06/2009")
        #expect(text.render([.fixed(1125, scale: 2), .date(date)], in: .english) == "11.25 units by 2009-06-30")
        #expect(MessageArgument.fixed(600, scale: 2).text(in: .english) == "6")
        #expect(MessageArgument.fixed(-5, scale: 2).text(in: .english) == "-0.05")
        #expect(text.placeholderCount == (2, 2))
    }

    @Test func missingArgumentsLeaveThePlaceholderVisible() {
        #expect(LocalizedText(it: "a {1}", en: "a {1}").render([.integer(1)], in: .english) == "a {1}")
    }
}

@Suite("Rounding")
struct RoundingTests {
    @Test func roundingRulesUseExactIntegers() {
        #expect(RoundingRule.halfUp.round(numerator: 1125, denominator: 100) == 11)
        #expect(RoundingRule.halfUp.round(numerator: 1050, denominator: 100) == 11)
        #expect(RoundingRule.halfUp.round(numerator: 195, denominator: 100) == 2)
        #expect(RoundingRule.up.round(numerator: 1125, denominator: 100) == 12)
        #expect(RoundingRule.up.round(numerator: 900, denominator: 100) == 9)
        #expect(RoundingRule.down.round(numerator: 1175, denominator: 100) == 11)
        #expect(RoundingRule.halfUp.round(numerator: -150, denominator: 100) == -2)
        #expect(RoundingRule.halfUp.round(numerator: 5, denominator: 0) == 0)
    }
}
