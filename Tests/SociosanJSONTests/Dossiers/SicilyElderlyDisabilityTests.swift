import Foundation
import Testing
@testable import Sociosan
import SociosanJSON
import SociosanTestResources

/// The Sicilian kinds of seed 004 sections 4 and 5: hand-computed figures from the seed as test
/// vectors, each checked on a bundled fixture changed in Swift, and the citations held against
/// the seed text.
@Suite("Sicily sections 4-5 kinds")
struct SicilyElderlyDisabilityTests {
    static let kinds: [DossierKind] = [.sicilyLongTermCare, .sicilyDementiaDayCentre, .sicilyRehabilitationResidential, .sicilyRehabilitationDay]

    static func fixture(_ kind: DossierKind, _ name: String) throws -> StructureDossier {
        let url = repositoryRoot.appendingPathComponent("Fixtures/\(kind.rawValue)/valid/\(name)")
        return try StructureDossier.decode(jsonText: String(contentsOf: url, encoding: .utf8))
    }

    /// The ids of the error and warning findings of `dossier`.
    static func fired(_ dossier: StructureDossier) -> [String] {
        StructureKinds.ruleSet.evaluate(dossier).map(\.ruleID.rawValue)
    }

    static func date(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

    // MARK: Figures

    @Test func longTermCareFigures() {
        // L379: 40 m² a guest; L380: ±20 % for existing buildings, so 32 m².
        #expect(SicilyLongTermCareRules.minimumFloorArea(places: 20, existingBuilding: false) == SquareMetres(whole: 800))
        #expect(SicilyLongTermCareRules.minimumFloorArea(places: 20, existingBuilding: true) == SquareMetres(whole: 640))
        #expect(SicilyLongTermCareRules.minimumFloorArea(places: 40, existingBuilding: false) == SquareMetres(whole: 1600))
        // L387-L389.
        #expect(SicilyLongTermCareRules.minimumRoomArea(beds: 1) == SquareMetres(whole: 12))
        #expect(SicilyLongTermCareRules.minimumRoomArea(beds: 2) == SquareMetres(whole: 15))
        #expect(SicilyLongTermCareRules.minimumRoomArea(beds: 3) == SquareMetres(whole: 26))
        #expect(SicilyLongTermCareRules.minimumRoomArea(beds: 4) == nil)
        // L592-L595: 230 m² inside and 100 outside count 230 + 60 (20 % of 300) = 290.
        #expect(SicilyArea.counted(indoor: SquareMetres(whole: 230), outdoor: SquareMetres(whole: 100),
                                   standard: SquareMetres(whole: 300), outdoorPercent: 20) == SquareMetres(whole: 290))
    }

    @Test func rehabilitationRoomFigures() {
        // L680-L681: single 12 m², double 9 m² a bed; L689-L691: 9 + 7 a further bed, up to 4.
        #expect(SicilyRehabilitationRules.minimumRoomArea(beds: 1, transitional: false) == SquareMetres(whole: 12))
        #expect(SicilyRehabilitationRules.minimumRoomArea(beds: 2, transitional: false) == SquareMetres(whole: 18))
        #expect(SicilyRehabilitationRules.minimumRoomArea(beds: 3, transitional: false) == nil)
        #expect([1, 2, 3, 4].map { SicilyRehabilitationRules.minimumRoomArea(beds: $0, transitional: true) }
            == [9, 16, 23, 30].map { SquareMetres(whole: $0) })
        #expect(SicilyRehabilitationRules.minimumRoomArea(beds: 5, transitional: true) == nil)
    }

    // MARK: 4.1

    @Test func longTermCareRoomsAndFloorArea() throws {
        var dossier = try Self.fixture(.sicilyLongTermCare, "la-me-villa-serena-40-places.json")
        #expect(Self.fired(dossier).isEmpty)
        // A double room of 14 m² is 1 m² under the 15 m² of L388.
        dossier.rooms[0].squareMetres = SquareMetres(whole: 14)
        #expect(Self.fired(dossier) == ["sicily.long-term-care.rooms.area"])
        dossier.rooms[0].squareMetres = SquareMetres(whole: 15)
        #expect(Self.fired(dossier).isEmpty)

        // 40 places need 1600 m²: 1520 inside and 60 outside is 1580; 80 outside make it.
        var section = try #require(dossier.sections[SicilyLongTermCareSection.self])
        section.outdoorArea = SquareMetres(whole: 60)
        dossier.sections[SicilyLongTermCareSection.self] = section
        let findings = StructureKinds.ruleSet.evaluate(dossier)
        #expect(findings.map(\.ruleID) == ["sicily.long-term-care.premises.floor-area"])
        #expect(findings.first?.message(in: .english) == "countable area 1580 m² (indoor plus outdoor up to 20 %): 40 places need at least 1600")
        section.outdoorArea = SquareMetres(whole: 80)
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier).isEmpty)
        // Outdoor space counts at most 20 % of 1600 (320): 1200 inside and 500 outside is 1520.
        section.floorArea = SquareMetres(whole: 1200)
        section.outdoorArea = SquareMetres(whole: 500)
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.long-term-care.premises.floor-area"])
    }

    @Test func longTermCareThreeBedRoomsEndedWithTheTriennium() throws {
        var dossier = try Self.fixture(.sicilyLongTermCare, "la-me-villa-serena-40-places.json")
        dossier.rooms[0] = ERRoom(id: "camera-01", beds: 3, squareMetres: SquareMetres(whole: 26))
        dossier.rooms[1].beds = 1
        var section = try #require(dossier.sections[SicilyLongTermCareSection.self])
        section.declaredOn = Self.date("2017-09-12")
        for index in section.documents.indices { section.documents[index].date = Self.date("2017-01-10") }
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier).isEmpty)
        section.declaredOn = Self.date("2017-09-13")
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.long-term-care.rooms.max-beds"])
    }

    @Test func longTermCareEntryAfterTwelveMonthsInAnRSA() throws {
        var dossier = try Self.fixture(.sicilyLongTermCare, "la-me-villa-serena-40-places.json")
        var section = try #require(dossier.sections[SicilyLongTermCareSection.self])
        section.priorResidenceMonths = 11
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.long-term-care.admission.after-residence"])
        // A nucleus of 21 places is over the nucleus of 20 (L352).
        section.priorResidenceMonths = 12
        section.nuclei = [SicilyNucleus(id: "a", places: 21), SicilyNucleus(id: "b", places: 19)]
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.long-term-care.capacity.nucleus-size"])
    }

    @Test func aDocumentDatedAfterTheDeclarationIsNotAnAttestation() throws {
        var dossier = try Self.fixture(.sicilyLongTermCare, "la-me-villa-serena-40-places.json")
        var section = try #require(dossier.sections[SicilyLongTermCareSection.self])
        let index = try #require(section.documents.firstIndex { $0.code == .guestPrivacy })
        section.documents[index].date = Self.date("2025-03-11")
        dossier.sections[SicilyLongTermCareSection.self] = section
        let findings = StructureKinds.ruleSet.evaluate(dossier)
        #expect(findings.map(\.ruleID) == ["sicily.long-term-care.documents.guest-privacy"])
        #expect(findings.first?.path.description == "/longTermCare/documents/\(index)/date")
        #expect(findings.first?.message(in: .italian).hasSuffix("documento datato 11/03/2025, dopo la dichiarazione del 10/03/2025") == true)
        // The same day as the declaration is accepted; no document at all is the same rule.
        section.documents[index].date = Self.date("2025-03-10")
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier).isEmpty)
        section.documents.remove(at: index)
        dossier.sections[SicilyLongTermCareSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.long-term-care.documents.guest-privacy"])
    }

    // MARK: 4.2

    @Test func dementiaCentrePlacesHoursAndArea() throws {
        var dossier = try Self.fixture(.sicilyDementiaDayCentre, "cd-ag-il-melograno-20-places.json")
        #expect(Self.fired(dossier).isEmpty)
        // 21 places a day is one over the 20 of L494-L495 (the staffing standard stops at 20 too, silently).
        dossier.beds = 21
        #expect(Self.fired(dossier) == ["sicily.dementia-day-centre.capacity.max-places"])
        dossier.beds = 20

        var section = try #require(dossier.sections[SicilyDementiaDayCentreSection.self])
        // 08:30-18:00 misses the last half hour of L496; 6 days are needed, 5 fail.
        section.opening.closesAt = SicilyTimeOfDay(hour: 18, minute: 0)
        section.opening.daysPerWeek = 5
        dossier.sections[SicilyDementiaDayCentreSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.dementia-day-centre.opening.days", "sicily.dementia-day-centre.opening.hours"])
        section.opening = SicilyOpeningHours(daysPerWeek: 6, opensAt: SicilyTimeOfDay(hour: 8, minute: 30), closesAt: SicilyTimeOfDay(hour: 18, minute: 30))

        // 230 m² inside + 100 outside counts 290 < 300; 240 + 60 is exactly 300.
        section.floorArea = SquareMetres(whole: 230)
        section.outdoorArea = SquareMetres(whole: 100)
        dossier.sections[SicilyDementiaDayCentreSection.self] = section
        let findings = StructureKinds.ruleSet.evaluate(dossier)
        #expect(findings.map(\.ruleID) == ["sicily.dementia-day-centre.premises.floor-area"])
        #expect(findings.first?.message(in: .italian) == "superficie computabile 290 m² (interna più esterna fino al 20 %), ne servono almeno 300")
        section.floorArea = SquareMetres(whole: 240)
        section.outdoorArea = SquareMetres(whole: 60)
        section.winterMinimumCelsius = 19
        dossier.sections[SicilyDementiaDayCentreSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.dementia-day-centre.premises.heating"])
    }

    // MARK: 5.1.1

    @Test func rehabilitationRoomsModulesAndMinimum() throws {
        var dossier = try Self.fixture(.sicilyRehabilitationResidential, "prf-cl-san-michele-40-beds.json")
        #expect(Self.fired(dossier).isEmpty)
        // A double room of 17 m² is 1 m² under 2 × 9 m² (L681); a single of 11 m² under 12 (L680).
        dossier.rooms[0].squareMetres = SquareMetres(whole: 17)
        dossier.rooms[18].squareMetres = SquareMetres(whole: 11)
        #expect(StructureKinds.ruleSet.evaluate(dossier).map(\.path.description) == ["/rooms/0/squareMetres", "/rooms/18/squareMetres"])
        dossier.rooms[0].squareMetres = SquareMetres(whole: 18)
        dossier.rooms[18].squareMetres = SquareMetres(whole: 12)
        #expect(Self.fired(dossier).isEmpty)

        // Modules of 15 to 20 (L723-L724): 14 and 21 fail, 15 and 20 pass.
        var section = try #require(dossier.sections[SicilyRehabilitationResidentialSection.self])
        section.modules = [SicilyRehabilitationModule(id: "a", users: 14), SicilyRehabilitationModule(id: "b", users: 26)]
        dossier.sections[SicilyRehabilitationResidentialSection.self] = section
        #expect(StructureKinds.ruleSet.evaluate(dossier).map(\.path.description)
            == ["/rehabilitation/modules/0/users", "/rehabilitation/modules/1/users"])
        section.modules = [SicilyRehabilitationModule(id: "a", users: 20), SicilyRehabilitationModule(id: "b", users: 15),
                           SicilyRehabilitationModule(id: "c", users: 5)]
        dossier.sections[SicilyRehabilitationResidentialSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.rehab-residential.capacity.module-size"])
    }

    @Test func existingRehabilitationRoomsHeldOnlyForTheTriennium() throws {
        var dossier = try Self.fixture(.sicilyRehabilitationResidential, "prf-en-monte-sacro-20-beds.json")
        // A double of 16 m² in an existing structure: 9 + 7 = 16 during the triennium, 18 after it.
        dossier.rooms[0].squareMetres = SquareMetres(whole: 16)
        var section = try #require(dossier.sections[SicilyRehabilitationResidentialSection.self])
        section.declaredOn = Self.date("2017-09-12")
        for index in section.documents.indices { section.documents[index].date = Self.date("2017-03-01") }
        dossier.sections[SicilyRehabilitationResidentialSection.self] = section
        #expect(Self.fired(dossier).isEmpty)
        section.declaredOn = Self.date("2017-09-13")
        dossier.sections[SicilyRehabilitationResidentialSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.rehab-residential.rooms.area"])
        section.existingBuilding = false
        section.declaredOn = Self.date("2017-09-12")
        dossier.sections[SicilyRehabilitationResidentialSection.self] = section
        #expect(Self.fired(dossier) == ["sicily.rehab-residential.rooms.area"])
    }

    @Test func rehabilitationDayMinimumAndHours() throws {
        var dossier = try Self.fixture(.sicilyRehabilitationDay, "prf-sr-arcobaleno-20-places.json")
        #expect(Self.fired(dossier).isEmpty)
        var section = try #require(dossier.sections[SicilyRehabilitationDaySection.self])
        // 19 places are one under the 20 of L638 (the staffing standard starts at 20, silently).
        dossier.beds = 19
        section.modules[0].users = 19
        dossier.sections[SicilyRehabilitationDaySection.self] = section
        #expect(Self.fired(dossier) == ["sicily.rehab-day.capacity.minimum"])
        dossier.beds = 20
        section.modules[0].users = 20
        // 08:30-16:00 is 450 minutes, under the 8 hours (480) of L725.
        section.opening.closesAt = SicilyTimeOfDay(hour: 16, minute: 0)
        dossier.sections[SicilyRehabilitationDaySection.self] = section
        let findings = StructureKinds.ruleSet.evaluate(dossier)
        #expect(findings.map(\.ruleID) == ["sicily.rehab-day.opening.daily-hours"])
        #expect(findings.first?.message(in: .english) == "the centre is open from 08:30 to 16:00, 450 minutes a day: 480 (8 hours) needed")
    }

    @Test func aTimeOfDayIsReadAsHoursAndMinutes() throws {
        let url = repositoryRoot.appendingPathComponent("Fixtures/sicily.disability.rehab-day/valid/prf-sr-arcobaleno-20-places.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"16:30\"", with: "\"24:00\"")
        #expect {
            try StructureDossier.decode(jsonText: text)
        } throws: { error in
            (error as? DossierDecodingError)?.diagnostics.map { "\($0.ruleID) \($0.path)" } == ["json.value /rehabilitation/opening/closesAt"]
        }
    }

    // MARK: Citations

    /// Every rule of the four kinds cites lines inside its type's section of seed 004, the
    /// region rule (the decree's heading) aside.
    @Test(arguments: kinds)
    func rulesCiteTheirOwnSection(kind: DossierKind) throws {
        let registration = try #require(StructureKinds.kind(for: kind))
        let section = registration.type.citation
        for rule in registration.rules.map(\.descriptor) where !rule.id.rawValue.hasSuffix(".identity.region") {
            let citation = try #require(rule.citation)
            #expect(citation.seed == .structuresSicily && section.firstLine <= citation.firstLine && citation.lastLine <= section.lastLine,
                    "\(rule.id) cites \(citation), outside \(section)")
        }
    }

    // The cited lines say what the rule checks: a word of the seed per rule.
    @Test(.requiresSeeds, arguments: [
        ("sicily.long-term-care.admission.after-residence", "12 mesi"),
        ("sicily.long-term-care.capacity.nucleus-size", "nucleo 20 posti"),
        ("sicily.long-term-care.rooms.area", "mq 15 camera a 2 letti"),
        ("sicily.long-term-care.rooms.max-beds", "triennio"),
        ("sicily.long-term-care.premises.floor-area", "40mq per ospite"),
        ("sicily.long-term-care.premises.support-areas", "camera ardente"),
        ("sicily.long-term-care.documents.general-practitioner-care", "medico di medicina generale"),
        ("sicily.long-term-care.documents.separate-premises", "distinti ed indipendenti"),
        ("sicily.dementia-day-centre.capacity.max-places", "non\nsuperiore a 20 posti"),
        ("sicily.dementia-day-centre.opening.hours", "8,30 e le 18,30"),
        ("sicily.dementia-day-centre.activities.required", "(ROT)"),
        ("sicily.dementia-day-centre.premises.floor-area", "300 mq"),
        ("sicily.dementia-day-centre.premises.heating", "20° C"),
        ("sicily.dementia-day-centre.rooms.double-rooms", "2 camere con 2 letti"),
        ("sicily.dementia-day-centre.documents.health-authority-medical-care", "15 ore settimanali"),
        ("sicily.rehab-residential.capacity.minimum", "20 posti letto"),
        ("sicily.rehab-residential.capacity.module-size", "moduli da 15"),
        ("sicily.rehab-residential.capacity.staffing-reference", "60 posti"),
        ("sicily.rehab-residential.rooms.area", "9 mq. per posto letto"),
        ("sicily.rehab-residential.documents.svama-d-assessment", "SVAMA D"),
        ("sicily.rehab-residential.documents.electronic-record", "Cartella\ninformatizzata"),
        ("sicily.rehab-residential.documents.complaints-register", "rilievi funzionali"),
        ("sicily.rehab-residential.documents.first-aid-equipment", "rianimazione cardiopolmonare"),
        ("sicily.rehab-residential.documents.staff-qualifications", "paragrafo 2"),
        ("sicily.rehab-day.capacity.staffing-reference", "40 posti"),
        ("sicily.rehab-day.opening.daily-hours", "8 ore giornaliere"),
        ("sicily.rehab-day.premises.children-rest-room", "da 0 a 4 anni"),
    ])
    func citationsPointAtTheRightText(ruleID: String, keyword: String) throws {
        try TestResources.expectCitation(of: ruleID, mentions: keyword)
    }

    // MARK: Staffing tools

    /// A structure dossier reaches the staffing calculator as its kind's staffing rules read it.
    @Test func aStructureDossierIsAStaffedStructure() throws {
        let dossier = try Self.fixture(.sicilyDementiaDayCentre, "cd-ag-il-melograno-20-places.json")
        let staffed = StaffedStructure(structure: dossier)
        #expect(staffed.type == "sicily.dementia-day-centre" && staffed.capacity == 20 && staffed.province == .agrigento)
        #expect(staffed.roster?.members.count == dossier.staff.count)
        let url = repositoryRoot.appendingPathComponent("Fixtures/sicily.elderly.dementia-day-centre/valid/cd-ag-il-melograno-20-places.json")
        let document = try JSONDocument.parse(contentsOfFile: url.path)
        #expect(try StaffedStructure.decodeForStaffing(document: document) == staffed)
        #expect(StaffedStructure.structureKind(of: document)?.kind == .sicilyDementiaDayCentre)
        // Every structure kind maps to a standard the catalogue has.
        // Every structure kind maps to a standard the catalogue has, but the 7.2 communities for
        // minors, for which seed 004 sets no staffing table (`staffing check` says so).
        let withoutStandard = StructureKinds.all.filter { StaffingCatalogue.standard($0.type.staffingStandardID) == nil }
        #expect(withoutStandard.map(\.kind) == ["sicily.minors.community"])
        #expect(withoutStandard.allSatisfy { $0.type.staffingStandardID.isEmpty })
    }
}
