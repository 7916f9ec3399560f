import Testing
import Foundation
import Sociosan
import SociosanJSON

@Suite("ER structure JSON mapping")
struct ERStructureMappingTests {
    static let kinds = ERStructureRules.types.map(\.kind)

    @Test(arguments: kinds)
    func validFixturesAreCanonicalAndRoundTripExactly(kind: DossierKind) throws {
        let files = fixtureFiles(kind: kind, "valid")
        #expect(!files.isEmpty)
        for file in files {
            let dossier = try expectCanonicalRoundTrip(ERStructureDossier.self, file: file)
            #expect(dossier.kind == kind)
        }
    }

    @Test func theSpecialistSectionAndFractionalHoursSurviveTheRoundTrip() throws {
        let file = try #require(fixtureFiles(kind: .rtiSpecialist, "valid").first { $0.lastPathComponent.contains("minors") })
        var dossier = try ERStructureDossier.decode(jsonText: try String(contentsOf: file, encoding: .utf8))
        #expect(dossier.residence?.specialist?.subtype == .minors)
        #expect(dossier.residence?.specialist?.description?.hasPrefix("Adolescenti") == true)
        dossier.staff[2].hoursPerWeek = Rational(1825, 100)
        let text = String(decoding: dossier.encoded(), as: UTF8.self)
        #expect(text.contains("\"hoursPerWeek\": 18.25"))
        #expect(try ERStructureDossier.decode(jsonText: text) == dossier)
    }

    @Test func decodingReportsEveryProblemWithItsPointer() throws {
        let text = #"{"kind":"er.psychiatry.rti-specialist","schemaVersion":1,"id":"Bad/Id","name":"x","operator":{"name":"y","ownership":"state"},"province":"BO","healthAuthority":"","accreditation":{},"beds":12,"rooms":[{"id":"1","beds":0}],"staff":[{"role":"nurse","hoursPerWeek":0.125,"coverage":"24h"}],"access":{"channels":[],"admissionKinds":[],"accessProtocol":"yes","informationTransferProtocol":true},"specialist":{"subtype":"eating-disorders","dedicatedBeds":4},"spaces":["adequate-spaces","adequate-spaces"],"equipment":[],"procedures":[],"services":[],"competence":[],"training":[],"quality":[],"documentation":["restraint-records"]}"#
        #expect {
            try ERStructureDossier.decode(jsonText: text)
        } throws: { error in
            guard let error = error as? DossierDecodingError else { return false }
            let found = error.diagnostics.map { "\($0.ruleID) \($0.path)" }
            return found == [
                "json.value /id", "json.value /operator/ownership", "json.value /healthAuthority",
                "json.value /rooms/0/beds", "json.value /staff/0/hoursPerWeek", "json.type /access/accessProtocol",
                "json.value /specialist/subtype", "json.value /spaces/1", "json.value /documentation/0",
            ]
        }
    }

    /// Operator, accreditation and rooms have one mapping (StructureDossier.SharedFields): the
    /// SPOI and a structure dossier with the same faults report the same findings at the same
    /// pointers, and both still round-trip.
    @Test func theSharedPartsReadAlikeInTheSPOIAndTheStructureDossiers() throws {
        func faulty(_ kind: DossierKind) throws -> [String] {
            let file = try #require(fixtureFiles(kind: kind, "valid").first)
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            object["operator"] = ["name": "Operatore", "ownership": "public", "vatNumber": "123"]
            object["accreditation"] = ["grantedOn": "2020-13-01", "renewedOn": "2021-01-01"]
            object["rooms"] = [["id": "1", "beds": 0], ["beds": 2]]
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            return DossierValidator.validate(text: text).findings.map { "\($0.ruleID) \($0.path) \($0.message.english)" }
        }
        let spoi = try faulty(.spoi)
        #expect(spoi.count == 5, "\(spoi)")
        #expect(spoi == (try faulty(.rti)))
        #expect(spoi == (try faulty(.generalPsychiatry)))
    }

    /// The family members belong to their kind only: "specialist" in an RTI is an unknown field,
    /// and an RTI specialistica without it is refused.
    @Test func familyMembersBelongToTheirKind() throws {
        let rti = try String(contentsOf: try #require(fixtureFiles(kind: .rti, "valid").first), encoding: .utf8)
        let withSpecialist = rti.replacingOccurrences(of: "\n  \"spaces\"", with: "\n  \"specialist\": {\"subtype\": \"minors\", \"dedicatedBeds\": 4},\n  \"spaces\"")
        let lenient = DossierValidator.validate(text: withSpecialist)
        #expect(lenient.findings.map(\.ruleID) == ["json.unknown-field"])
        #expect(lenient.findings.first?.path.description == "/specialist")
        #expect(!DossierValidator.validate(text: withSpecialist, options: ValidationOptions(strict: true)).isValid)

        let specialist = try String(contentsOf: try #require(fixtureFiles(kind: .rtiSpecialist, "valid").first), encoding: .utf8)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(specialist.utf8)) as? [String: Any])
        object.removeValue(forKey: "specialist")
        let without = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let result = DossierValidator.validate(text: without)
        #expect(result.findings.map(\.ruleID) == ["json.required"])
        #expect(result.findings.first?.message(in: .english) == "the required field \"specialist\" is missing")
    }

    /// A dossier built in Swift (no residence section for an RTI) comes back equal.
    @Test func aDossierBuiltInSwiftRoundTrips() throws {
        let dossier = ERStructureDossier(
            type: .rti, id: try StructureID("rti-bo-swift"), name: "RTI costruita in Swift",
            managingOperator: ERStructureOperator(name: "Azienda USL di Bologna", ownership: .public),
            province: .bologna, healthAuthority: "Azienda USL di Bologna", beds: 3,
            rooms: [ERRoom(id: "1", beds: 2), ERRoom(id: "2", beds: 1)],
            staff: [ERStaffMember(role: .nurse, hoursPerWeek: Rational(3350, 100), coverage: .roundTheClock)],
            access: ERStructureAccess(channels: [.dsmDP], admissionKinds: [.programmed], accessProtocol: true,
                                      informationTransferProtocol: false),
            attestations: ["adequate-spaces", "restraint-alternatives"])
        let text = String(decoding: dossier.encoded(), as: UTF8.self)
        #expect(text.contains("\"hoursPerWeek\": 33.5"))
        #expect(!text.contains("urgentAccessHours"))
        #expect(try ERStructureDossier.decode(jsonText: text) == dossier)
    }

    @Test func aDossierOfAnotherKindIsRefusedByTheDecoder() throws {
        // A roster is not a structure dossier (the SPOI is one since it became a structure kind).
        let roster = try String(contentsOf: try #require(fixtureFiles(kind: "staffing.roster", "valid").first), encoding: .utf8)
        #expect(throws: DossierDecodingError.self) { try ERStructureDossier.decode(jsonText: roster) }
        let spoi = try String(contentsOf: try #require(fixtureFiles(kind: .spoi, "valid").first), encoding: .utf8)
        #expect(try ERStructureDossier.decode(jsonText: spoi).type == .spoi)
    }

    @Test func findingsCarryCitationsAndBothLanguages() throws {
        let invalid = try #require(try InvalidCase.all(kind: .rtp).first { $0.name == "er.rtp.staff.nurse-hours-minimum" })
        let result = try invalid.validate()
        let finding = try #require(result.findings.first)
        #expect(finding.citation?.fileReference == "002_6a5f046dd59f793e.txt L876-L877")
        #expect(finding.message(in: .italian) == "Infermiere: presenti 72 h/settimana, con 20 posti letto ne servono 84 (12 h/giorno)")
        #expect(finding.message(in: .english) == "Nurse: 72 h/week present, 20 beds need 84 (12 h/day)")
        #expect(finding.location != nil)
    }
}
