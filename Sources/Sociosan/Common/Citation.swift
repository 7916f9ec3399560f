/// Where a rule or a number comes from: a seed document and a range of its lines.
///
/// Every rule and every figure in Sociosan carries one, so that an auditor can check the code
/// against the text of the regulation.
///
/// ```swift
/// let source = Citation(.psychiatricStructuresER, lines: 253...256)
/// source.description  // "002_6a5f046dd59f793e.txt L253-L256"
/// ```
public struct Citation: Sendable, Hashable, CustomStringConvertible {
    public let seed: Seed
    public let firstLine: Int
    public let lastLine: Int

    public init(_ seed: Seed, lines: ClosedRange<Int>) {
        self.seed = seed
        self.firstLine = lines.lowerBound
        self.lastLine = lines.upperBound
    }

    public init(_ seed: Seed, line: Int) {
        self.init(seed, lines: line...line)
    }

    public var lines: ClosedRange<Int> { firstLine...lastLine }

    public var description: String {
        firstLine == lastLine
            ? "\(seed.fileName) L\(firstLine)"
            : "\(seed.fileName) L\(firstLine)-L\(lastLine)"
    }
}

/// The original Italian documents that Sociosan implements. File names are those under
/// `shared/seeds/`; they are the authority when a digest disagrees.
public enum Seed: String, Sendable, Hashable, CaseIterable {
    /// Emilia-Romagna: information exchange between Ser.T and therapeutic communities.
    case addictionExchangeER = "000_b3ebc55e9650a895.txt"
    /// Emilia-Romagna: quality profile of the territorial social service (SST).
    case territorialSocialServiceER = "001_d16e662550c8734e.txt"
    /// Emilia-Romagna DGR 2000/2009: accreditation of hospital-licensed psychiatric structures.
    case psychiatricStructuresER = "002_6a5f046dd59f793e.txt"
    /// Lombardy: the ImpleMENTAL community mental health pilot.
    case impleMentalLombardy = "003_d51d58a9c148a96e.txt"
    /// Sicily: socio-sanitary structures and their staffing standards.
    case structuresSicily = "004_5afb5b0adc2bae55.txt"

    public var fileName: String { rawValue }
}
