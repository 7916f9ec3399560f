/// Where a rule or a number comes from: a seed document and a range of its lines.
///
/// Every rule and every figure in Sociosan carries one, so that an auditor can check the code
/// against the text of the regulation. It reads the way a person names a regulation
/// (``description``), and keeps the seed file for whoever checks it against the text
/// (``fileReference``; JSON output gives both).
///
/// ```swift
/// let source = Citation(.psychiatricStructuresER, lines: 253...256)
/// source.description    // "DGR Emilia-Romagna 2000/2009, L253-L256"
/// source.fileReference  // "002_6a5f046dd59f793e.txt L253-L256"
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

    /// The cited lines of the seed file: `"L253-L256"`, or `"L119"` for one line.
    public var lineReference: String {
        firstLine == lastLine ? "L\(firstLine)" : "L\(firstLine)-L\(lastLine)"
    }

    /// The regulation as a person names it, and the lines: `"DGR Emilia-Romagna 2000/2009, L253-L256"`.
    public var description: String { "\(seed.regulation), \(lineReference)" }

    /// The seed file and the lines: `"002_6a5f046dd59f793e.txt L253-L256"`.
    public var fileReference: String { "\(seed.fileName) \(lineReference)" }
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

    /// The document as a person names it, in the words of its own heading (the same in every
    /// language: it is the name of an Italian act or report).
    public var regulation: String {
        switch self {
        // L3: "Fondo per la modernizzazione 2010-2011-2012"; L42: the SistER SERT and SistER CT platforms.
        case .addictionExchangeER:
            "Emilia-Romagna, Ser.T e comunità terapeutiche: SistER SERT – SistER CT (Fondo per la modernizzazione 2010-2011-2012)"
        // L2: "Area innovazione sociale dell'Assr"; L10: "PROFILO DI QUALITÀ del servizio sociale territoriale".
        case .territorialSocialServiceER:
            "Emilia-Romagna, ASSR: profilo di qualità del servizio sociale territoriale"
        // L4: "LA GIUNTA DELLA REGIONE EMILIA-ROMAGNA"; L3009: "2000/2009" (Progr.Num.).
        case .psychiatricStructuresER:
            "DGR Emilia-Romagna 2000/2009"
        // L108: "JA IMPLEMENTAL: IL PROGETTO PILOTA LOMBARDO"; L22: "Regione Lombardia".
        case .impleMentalLombardy:
            "Regione Lombardia, JA ImpleMENTAL: progetto pilota lombardo"
        // L7-L21: "Regione Siciliana", "Il sistema unico di accreditamento dei soggetti che erogano
        // prestazioni socio-sanitarie", "Decreto Assessoriale n. 17 del 12 settembre 2014".
        case .structuresSicily:
            "Regione Siciliana, accreditamento socio-sanitario (D.A. 17/2014)"
        }
    }
}
