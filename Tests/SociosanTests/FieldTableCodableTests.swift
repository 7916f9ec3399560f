import Foundation
import Testing
@testable import Sociosan

/// The parts of a structure dossier are `Codable` through their own field tables
/// (``FieldTableCodable``): the same members, ranges and wording as inside a dossier.
@Suite("Dossier parts Codable through their field tables")
struct FieldTableCodableTests {
    @Test("a room with its floor area round-trips through JSONEncoder and JSONDecoder")
    func roomRoundTrip() throws {
        let room = ERRoom(id: "camera-01", beds: 2, squareMetres: SquareMetres(hundredths: 1_650))
        let data = try Self.encoder.encode(room)
        #expect(String(decoding: data, as: UTF8.self) == #"{"beds":2,"id":"camera-01","squareMetres":16.5}"#)
        #expect(try JSONDecoder().decode(ERRoom.self, from: data) == room)
    }

    @Test("an operator and an accreditation are written with their members, absent options omitted")
    func operatorAndAccreditation() throws {
        let managingOperator = ERStructureOperator(name: "AUSL di Bologna", ownership: .public, vatNumber: "02406911202")
        let data = try Self.encoder.encode(managingOperator)
        #expect(String(decoding: data, as: UTF8.self) == #"{"name":"AUSL di Bologna","ownership":"public","vatNumber":"02406911202"}"#)
        #expect(try JSONDecoder().decode(ERStructureOperator.self, from: data) == managingOperator)

        let accreditation = ERAccreditation(grantedOn: try LocalDate(iso8601: "2021-03-01"))
        let accreditationData = try Self.encoder.encode(accreditation)
        #expect(String(decoding: accreditationData, as: UTF8.self) == #"{"grantedOn":"2021-03-01"}"#)
        #expect(try JSONDecoder().decode(ERAccreditation.self, from: accreditationData) == accreditation)
    }

    @Test("what the table refuses is a DecodingError that names every problem with its pointer")
    func refusals() throws {
        let badVAT = Data(#"{"name":"X","ownership":"public","vatNumber":"123"}"#.utf8)
        let vatError = try #require(Self.readingError(ERStructureOperator.self, badVAT))
        #expect(vatError.diagnostics.map(\.path.description) == ["/vatNumber"])
        #expect(vatError.description.contains("a VAT number has 11 digits"))

        let badRoom = Data(#"{"id":"","beds":0}"#.utf8)
        let roomError = try #require(Self.readingError(ERRoom.self, badRoom))
        #expect(roomError.diagnostics.map(\.path.description) == ["/id", "/beds"])
    }

    /// Foundation's encoder with sorted keys: its own member order is not stable on Linux.
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }

    /// The ``DossierReadingError`` under the `DecodingError` that decoding `data` throws.
    static func readingError<T: Decodable>(_ type: T.Type, _ data: Data) -> DossierReadingError? {
        do {
            _ = try JSONDecoder().decode(T.self, from: data)
            return nil
        } catch DecodingError.dataCorrupted(let context) {
            return context.underlyingError as? DossierReadingError
        } catch {
            return nil
        }
    }
}
