import Testing
@testable import Sociosan

/// A citation reads as a person names a regulation, and keeps the seed file for the audit.
@Suite("Citations")
struct CitationTests {
    @Test func aRangeAndALine() {
        let range = Citation(.psychiatricStructuresER, lines: 253...261)
        #expect(range.description == "DGR Emilia-Romagna 2000/2009, L253-L261")
        #expect(range.fileReference == "002_6a5f046dd59f793e.txt L253-L261")
        #expect(range.lineReference == "L253-L261")
        let line = Citation(.structuresSicily, line: 1118)
        #expect("\(line)" == "Regione Siciliana, accreditamento socio-sanitario (D.A. 17/2014), L1118")
        #expect(line.fileReference == "004_5afb5b0adc2bae55.txt L1118")
    }

    /// Every seed has its own name, none of them a file name.
    @Test func everySeedIsNamedAsItsHeadingNamesIt() {
        let names = Seed.allCases.map(\.regulation)
        #expect(Set(names).count == Seed.allCases.count)
        for name in names { #expect(!name.isEmpty && !name.contains(".txt")) }
        #expect(Seed.psychiatricStructuresER.regulation.contains("2000/2009"))
        #expect(Seed.structuresSicily.regulation.contains("D.A. 17/2014"))
    }
}
