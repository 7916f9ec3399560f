import Foundation
import Testing
@testable import Sociosan

/// The attested requirements of a structure dossier as bits over its kind's catalogue, and the
/// pieces the field tables read and write them with.
@Suite("Attestations")
struct AttestationsTests {
    static let spoiCatalogue = SPOIRules.kind.attestationCatalogue

    @Test func theKindsCatalogueListsItsAreasCodesInOrder() {
        let codes = SPOIRules.kind.attestationAreas.flatMap(\.codes)
        #expect(Self.spoiCatalogue.codes == codes)
        #expect(Self.spoiCatalogue.position(of: codes[5]) == 5)
        #expect(Self.spoiCatalogue.position(of: "no-such-code") == nil)
    }

    @Test func aSetBuiltByHandEqualsTheSameCodesInTheKindsCatalogue() {
        let codes = Array(Self.spoiCatalogue.codes.prefix(3))
        let byHand = Attestations(codes)
        let inCatalogue = Attestations(codes, in: Self.spoiCatalogue)
        #expect(byHand.catalogue !== inCatalogue.catalogue)
        #expect(byHand == inCatalogue)
        #expect(byHand.hashValue == inCatalogue.hashValue)
        #expect(inCatalogue.codes == codes)
        #expect(inCatalogue.count == 3)
        #expect(Attestations(Array(codes.prefix(2)), in: Self.spoiCatalogue) != inCatalogue)
    }

    @Test func aCodeNoCatalogueListsIsKept() {
        var attested = Attestations(catalogue: Self.spoiCatalogue)
        #expect(attested.isEmpty)
        let inserted = attested.insert("a-code-of-no-kind")
        let insertedAgain = attested.insert("a-code-of-no-kind")
        #expect(inserted && !insertedAgain)
        #expect(attested.contains("a-code-of-no-kind"))
        #expect(attested.catalogue !== Self.spoiCatalogue)
        let first = Self.spoiCatalogue.codes[0]
        attested.insert(first)
        // The kind's codes keep their positions in the extended catalogue.
        #expect(attested.contains(position: 0))
        let removed = attested.remove(first)
        let removedAgain = attested.remove(first)
        #expect(removed && !removedAgain)
        #expect(attested.codes == ["a-code-of-no-kind"])
    }

    @Test func positionsPastTheFirstWordAreKept() {
        let codes = (0..<150).map { "code-\($0)" }
        var attested = Attestations(catalogue: AttestationCatalogue(codes))
        attested.insert(position: 149)
        attested.insert(position: 64)
        #expect(attested.codes == ["code-64", "code-149"])
        attested.subtract(["code-64"])
        #expect(attested == ["code-149"])
    }

    @Test func aDossierMadeByHandIsInItsKindsCatalogue() {
        let dossier = validSPOI()
        #expect(dossier.attestations.catalogue === Self.spoiCatalogue)
        #expect(dossier.attestations.count == SPOIRequirement.allCases.count)
        #expect(SPOIRequirement.allCases.allSatisfy { dossier.attestations.contains($0.rawValue) })
    }

    @Test func codeListsFindCodesByTheirBytes() {
        let list = StringCodeList(["a", "", "eight-by", "longer-than-eight-bytes", "longer-than-eight-bytez"])
        func position(_ text: String, from expected: Int = 99) -> Int? {
            var text = text
            return text.withUTF8 { list.position(of: UnsafeRawBufferPointer($0), from: expected) }
        }
        #expect(position("a") == 0)
        #expect(position("") == 1)
        #expect(position("eight-by") == 2)
        #expect(position("longer-than-eight-bytez", from: 3) == 4)
        #expect(position("longer-than-eight-bytes", from: 3) == 3)
        #expect(position("longer-than-eight-byte") == nil)
        #expect(position("b") == nil)
    }

    @Test func namesThatNeedAnEscapeAreNotPlain() {
        #expect(FieldName("beds").isPlainASCII)
        #expect(FieldName("beds").utf8 == Array("beds".utf8))
        #expect(!FieldName("a\"b").isPlainASCII)
        #expect(!FieldName("a\\b").isPlainASCII)
        #expect(!FieldName("a\nb").isPlainASCII)
        #expect(!FieldName("città").isPlainASCII)
    }
}
