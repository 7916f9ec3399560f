import Foundation
import Testing
@testable import Sociosan

/// The `Codable` form of an SPOI dossier (``StructureDossier`` through the SPOI kind's field
/// table) against the JSON shape of the schema and the fixtures (this target depends on the
/// core only, so the expected values are built here).
@Suite("SPOI dossier Codable")
struct SPOICodableTests {
    static let validFixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../../Fixtures/er.psychiatry.spoi/valid").standardizedFileURL

    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: validFixtures.appendingPathComponent(name))
    }

    static func date(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }

    /// Rooms `camera-01`, `camera-02`, … with the given beds.
    static func rooms(_ beds: [Int]) -> [ERRoom] {
        beds.enumerated().map { index, beds in
            ERRoom(id: index < 9 ? "camera-0\(index + 1)" : "camera-\(index + 1)", beds: beds)
        }
    }

    static let usualAccess = SPOIAccess(
        channels: [.dsmDP, .generalPractitioner, .specialist], admissionKinds: [.voluntaryUrgent, .programmed],
        singleRequestForm: true, urgentAccess24h: true, outOfHoursVia: [.emergencyDepartment, .spdc])

    /// What each valid fixture holds, written out by hand.
    static let expected: [String: StructureDossier] = [
        "spoi-12-beds.json": StructureDossier.spoi(
            id: try! StructureID("spoi-ra-lugo"), name: "SPOI Presidio Ospedaliero Umberto I di Lugo",
            managingOperator: .init(name: "Azienda USL della Romagna", ownership: .public),
            province: .ravenna, disciplineCode: "40.2", producesSDO: true, buildingPermitDate: date("2011-03-22"),
            accreditation: .init(grantedOn: date("2014-10-06"), lastRenewedOn: date("2023-05-15")),
            beds: 12, dayHospitalBeds: 0, nuclei: [.init(id: "nucleo-a", beds: 12)],
            contiguity: .init(contiguousToPsychiatricWard: true, autonomous: true),
            rooms: rooms([1, 1, 2, 2, 2, 2, 2]),
            staff: [
                .init(role: .psychiatrist, units: StaffUnits(whole: 2), coverage: .onCall),
                .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
                .init(role: .nurse, units: StaffUnits(whole: 6), coverage: .roundTheClock),
                .init(role: .oss, units: StaffUnits(whole: 3), coverage: .roundTheClock),
                .init(role: .psychologist, units: StaffUnits(hundredths: 50), coverage: .programmed),
            ],
            smallUnitEvaluationOn: date("2023-03-14"), access: usualAccess,
            attestations: Set(SPOIRequirement.allCases)),
        "spoi-15-beds.json": StructureDossier.spoi(
            id: try! StructureID("spoi-bo-maggiore"), name: "SPOI Ospedale Maggiore Carlo Alberto Pizzardi",
            managingOperator: .init(name: "Azienda USL di Bologna", ownership: .public),
            province: .bologna, disciplineCode: "40.2", producesSDO: true, buildingPermitDate: date("2004-05-17"),
            accreditation: .init(grantedOn: date("2010-12-20"), lastRenewedOn: date("2022-07-11")),
            beds: 15, nuclei: [.init(id: "nucleo-a", beds: 15)],
            rooms: rooms([1, 2, 2, 2, 2, 2, 2, 2]),
            staff: [
                .init(role: .psychiatrist, units: StaffUnits(whole: 2), coverage: .roundTheClock),
                .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
                .init(role: .nurse, units: StaffUnits(whole: 7), coverage: .roundTheClock),
                .init(role: .oss, units: StaffUnits(whole: 4), coverage: .roundTheClock),
                .init(role: .psychologist, units: StaffUnits(hundredths: 50), coverage: .programmed),
            ],
            access: usualAccess, attestations: Set(SPOIRequirement.allCases)),
        "spoi-15-beds-private-day-hospital.json": StructureDossier.spoi(
            id: try! StructureID("spoi-mo-villa-dei-tigli"), name: "SPOI Ospedale Privato Accreditato Villa dei Tigli",
            managingOperator: .init(name: "Villa dei Tigli S.p.A.", ownership: .private, vatNumber: "03187250364"),
            province: .modena, disciplineCode: "40.2", producesSDO: true, buildingPermitDate: date("2012-04-18"),
            accreditation: .init(grantedOn: date("2015-06-03")),
            beds: 15, dayHospitalBeds: 4, nuclei: [.init(id: "nucleo-a", beds: 15)],
            rooms: rooms([1, 2, 2, 2, 2, 3, 3]),
            staff: [
                .init(role: .psychiatrist, units: StaffUnits(hundredths: 150), coverage: .onCall),
                .init(role: .physician, units: StaffUnits(hundredths: 50), coverage: .daytime),
                .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
                .init(role: .nurse, units: StaffUnits(hundredths: 650), coverage: .roundTheClock),
                .init(role: .oss, units: StaffUnits(hundredths: 450), coverage: .roundTheClock),
                .init(role: .psychologist, units: StaffUnits(hundredths: 50), coverage: .programmed),
            ],
            access: usualAccess, attestations: Set(SPOIRequirement.allCases)),
        "spoi-18-beds.json": StructureDossier.spoi(
            id: try! StructureID("spoi-fc-morgagni-pierantoni"),
            name: "SPOI Ospedale G.B. Morgagni - L. Pierantoni di Forlì",
            managingOperator: .init(name: "Azienda USL della Romagna", ownership: .public),
            province: .forliCesena, disciplineCode: "40.2", producesSDO: true, buildingPermitDate: date("2013-09-30"),
            accreditation: .init(grantedOn: date("2016-02-01"), lastRenewedOn: date("2024-01-29")),
            beds: 18, nuclei: [.init(id: "nucleo-a", beds: 18)],
            rooms: rooms([1, 1, 2, 2, 2, 2, 2, 2, 2, 2]),
            staff: [
                .init(role: .psychiatrist, units: StaffUnits(whole: 2), coverage: .roundTheClock),
                .init(role: .physician, units: StaffUnits(hundredths: 50), coverage: .daytime),
                .init(role: .guardPhysician, units: StaffUnits(whole: 1), coverage: .roundTheClock),
                .init(role: .nurse, units: StaffUnits(whole: 9), coverage: .roundTheClock),
                .init(role: .oss, units: StaffUnits(whole: 5), coverage: .roundTheClock),
                .init(role: .psychologist, units: StaffUnits(whole: 1), coverage: .programmed),
                .init(role: .coordinator, units: StaffUnits(whole: 1), coverage: .daytime),
            ],
            access: usualAccess, attestations: Set(SPOIRequirement.allCases)),
    ]

    /// Every valid fixture on disk (a fixture added later is checked too, against itself).
    static var fixtureNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: validFixtures.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
    }

    /// A JSON object of the text.
    static func jsonObject(_ data: Data) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
    }

    // MARK: Fixtures

    @Test func theHandWrittenFixturesArePresent() {
        #expect(Set(Self.expected.keys).isSubset(of: Self.fixtureNames))
    }

    @Test(arguments: fixtureNames)
    func decodesEveryValidFixture(_ name: String) throws {
        let dossier = try JSONDecoder().decode(StructureDossier.self, from: try Self.fixture(name))
        if let expected = Self.expected[name] {
            #expect(dossier == expected)
        }
        #expect(SPOIRules.ruleSet.evaluate(dossier).allSatisfy { $0.severity != .error })
    }

    /// JSONEncoder writes the fixture's own JSON, member for member.
    @Test(arguments: fixtureNames)
    func encodesTheSchemaShape(_ name: String) throws {
        let dossier = try JSONDecoder().decode(StructureDossier.self, from: try Self.fixture(name))
        let encoded = try Self.jsonObject(try JSONEncoder().encode(dossier))
        let original = try Self.jsonObject(try Self.fixture(name)).mutableCopy() as! NSMutableDictionary
        // `dayHospitalBeds` defaults to 0 and is always written.
        if original["dayHospitalBeds"] == nil { original["dayHospitalBeds"] = 0 }
        #expect(encoded == original)
        #expect(encoded["managingOperator"] == nil)
        // The shared members the SPOI does not have are not written.
        #expect(encoded["healthAuthority"] == nil)
    }

    @Test(arguments: fixtureNames)
    func roundTripsThroughJSONEncoderAndDecoder(_ name: String) throws {
        let dossier = try JSONDecoder().decode(StructureDossier.self, from: try Self.fixture(name))
        for formatting in [JSONEncoder.OutputFormatting(), [.prettyPrinted, .sortedKeys]] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = formatting
            let data = try encoder.encode(dossier)
            #expect(try JSONDecoder().decode(StructureDossier.self, from: data) == dossier)
        }
    }

    @Test func writesOrderedArraysNumbersAndDatesAsTheSchemaSays() throws {
        var dossier = validSPOI()
        dossier.attestations = [SPOIRequirement.validatedOutcomeScale, .mealRoom, .smokingArea].map(\.rawValue).reduce(into: []) { $0.insert($1) }
        dossier.spoi.access.channels = [.direct, .dsmDP]
        dossier.spoi.staff = [.init(role: .nurse, units: StaffUnits(hundredths: 525), coverage: .roundTheClock)]
        let object = try Self.jsonObject(try JSONEncoder().encode(dossier))
        #expect(object["kind"] as? String == "er.psychiatry.spoi")
        #expect((object["schemaVersion"] as? NSNumber)?.intValue == 1)
        #expect(object["spaces"] as? [String] == ["meal-room", "smoking-area"])
        #expect(object["documentation"] as? [String] == ["validated-outcome-scale"])
        #expect(object["procedures"] as? [String] == [])
        #expect((object["access"] as? NSDictionary)?["channels"] as? [String] == ["dsm-dp", "direct"])
        let staff = try #require(object["staff"] as? [NSDictionary])
        #expect((staff[0]["units"] as? NSNumber)?.doubleValue == 5.25)
        #expect(staff[0]["coverage"] as? String == "24h")
        #expect(object["buildingPermitDate"] as? String == "2012-05-03")
        // nil optionals are omitted, not written as null.
        #expect(object["contiguity"] == nil)
        #expect(object["smallUnitEvaluationOn"] == nil)
        #expect((object["operator"] as? NSDictionary)?["vatNumber"] == nil)
        #expect((object["accreditation"] as? NSDictionary)?["lastRenewedOn"] == nil)
    }

    /// What the fast route of the bridge (straight from the decoder's containers) gives for a
    /// document: the dossier, or `nil` when it leaves the document to the tree route.
    struct DirectProbe: Decodable {
        let dossier: StructureDossier?
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: FieldTree.AnyKey.self)
            dossier = SPOIRules.kind.fields.decodeDirectly(from: container, kind: .spoi, accepts: { $0 == 1 }, protectedMembers: nil)
        }
    }

    @Test(arguments: fixtureNames)
    func aValidFixtureIsReadStraightFromTheDecoder(_ name: String) throws {
        let direct = try JSONDecoder().decode(DirectProbe.self, from: try Self.fixture(name)).dossier
        #expect(direct != nil)
        #expect(direct == (try JSONDecoder().decode(StructureDossier.self, from: try Self.fixture(name))))
    }

    /// An unknown member is only a warning: the fast route reads the dossier, as the tree route would.
    @Test func anUnknownMemberIsReadStraightFromTheDecoder() throws {
        let data = try Self.mutated { $0["unknownMember"] = true }
        #expect(try JSONDecoder().decode(DirectProbe.self, from: data).dossier != nil)
        #expect(try Self.problemPointers { $0["unknownMember"] = true } == [])
    }

    @Test func anInvalidDocumentIsLeftToTheTreeRoute() throws {
        let changes: [(NSMutableDictionary) -> Void] = [
            { $0["beds"] = "twelve" },
            { $0["beds"] = 0 },
            { $0.removeObject(forKey: "rooms") },
            { $0["spaces"] = ["meal-room", "meal-room"] },
            { $0["spaces"] = ["no-such-space"] },
            { $0["schemaVersion"] = 2 },
        ]
        for change in changes {
            #expect(try JSONDecoder().decode(DirectProbe.self, from: try Self.mutated(change)).dossier == nil)
        }
    }

    // MARK: Refusals

    /// The 12-bed fixture as a mutable JSON object, changed by `change`, back to data.
    static func mutated(_ change: (NSMutableDictionary) -> Void) throws -> Data {
        let object = try jsonObject(try fixture("spoi-12-beds.json")).mutableCopy() as! NSMutableDictionary
        change(object)
        return try JSONSerialization.data(withJSONObject: object)
    }

    /// The pointers of the problems the table reports for the changed fixture (empty when it is
    /// read without error).
    static func problemPointers(_ change: (NSMutableDictionary) -> Void) throws -> [String] {
        let data = try mutated(change)
        do {
            _ = try JSONDecoder().decode(StructureDossier.self, from: data)
            return []
        } catch DecodingError.dataCorrupted(let context) {
            guard let error = context.underlyingError as? DossierReadingError else { return ["<envelope>"] }
            return error.diagnostics.filter { $0.severity == .error }.map(\.path.description)
        }
    }

    @Test func refusesAnotherKindAndAnUnsupportedSchemaVersion() throws {
        #expect(try Self.problemPointers { $0["kind"] = "er.psychiatry.spdc" } == ["<envelope>"])
        #expect(try Self.problemPointers { $0.removeObject(forKey: "kind") } == ["<envelope>"])
        #expect(try Self.problemPointers { $0["schemaVersion"] = 2 } == ["<envelope>"])
    }

    @Test func refusesValuesOutsideTheirDomain() throws {
        #expect(try Self.problemPointers { $0["id"] = "../etc" } == ["/id"])
        #expect(try Self.problemPointers { $0["province"] = "XX" } == ["/province"])
        #expect(try Self.problemPointers { $0["buildingPermitDate"] = "2023-02-29" } == ["/buildingPermitDate"])
        #expect(try Self.problemPointers { $0["beds"] = 0 } == ["/beds"])
        #expect(try Self.problemPointers { $0["rooms"] = [] as [Any] } == ["/rooms"])
        #expect(try Self.problemPointers { $0["staff"] = [["role": "nurse", "units": 0.125, "coverage": "24h"]] } == ["/staff/0/units"])
        #expect(try Self.problemPointers { $0["operator"] = ["name": "ASL", "ownership": "public", "vatNumber": "123"] }
                == ["/operator/vatNumber"])
        // The SPOI's discipline code is required, unlike the other kinds'.
        #expect(try Self.problemPointers { $0.removeObject(forKey: "disciplineCode") } == [""])
    }

    @Test func refusesMisplacedAndRepeatedAttestations() throws {
        #expect(try Self.problemPointers { $0["spaces"] = ["meal-room", "ect-audit"] } == ["/spaces/1"])
        #expect(try Self.problemPointers { $0["equipment"] = ["protected-telephone", "protected-telephone"] }.first?.hasPrefix("/equipment") == true)
        #expect(try Self.problemPointers { $0.removeObject(forKey: "quality") } == [""])
    }

    @Test func readsNullOptionalsAndIgnoresUnknownMembers() throws {
        let data = try Self.mutated { object in
            object["smallUnitEvaluationOn"] = NSNull()
            object["dayHospitalBeds"] = NSNull()
            object["unknownField"] = "ignored"
        }
        let dossier = try JSONDecoder().decode(StructureDossier.self, from: data)
        #expect(dossier.spoi.smallUnitEvaluationOn == nil)
        #expect(dossier.spoi.dayHospitalBeds == 0)
        #expect(dossier.type == .spoi)
        #expect(dossier.healthAuthority == "")
    }
}
