/// A floor area in square metres, kept exact in hundredths (36.5 m² is 3650), as the seed's
/// minimums are whole square metres ("non inferiore a m² 36", seed 002 L1545; "almeno mq 36",
/// L1550, L2016).
///
/// ```swift
/// let area = SquareMetres(whole: 20) + SquareMetres(hundredths: 1650)  // 36.5 m²
/// area >= SquareMetres(whole: 36)                                       // true
/// ```
public struct SquareMetres: Sendable, Hashable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    public var hundredths: Int

    public init(hundredths: Int) { self.hundredths = hundredths }
    public init(whole: Int) { self.hundredths = whole * 100 }

    public static let zero = SquareMetres(hundredths: 0)
    public static func + (lhs: SquareMetres, rhs: SquareMetres) -> SquareMetres { SquareMetres(hundredths: lhs.hundredths + rhs.hundredths) }
    public static func - (lhs: SquareMetres, rhs: SquareMetres) -> SquareMetres { SquareMetres(hundredths: lhs.hundredths - rhs.hundredths) }
    public static func < (lhs: SquareMetres, rhs: SquareMetres) -> Bool { lhs.hundredths < rhs.hundredths }

    /// The area as a message argument (36,50 in Italian, 36.50 in English).
    public var argument: MessageArgument { .fixed(hundredths, scale: 2) }

    public var description: String { FixedPoint.format(hundredths, scale: 2, separator: ".") + " m²" }
}

/// A room or space that counts toward one of the seed's areas (*area destinata alla
/// valutazione*, the rehabilitation area, the DCA clinic rooms and gym).
///
/// ```swift
/// let gym = ERAreaSpace(id: "palestra", squareMetres: SquareMetres(whole: 40))
/// ```
public struct ERAreaSpace: Sendable, Hashable {
    public var id: String
    public var squareMetres: SquareMetres
    /// Whether the space lies inside the structure ("comunque collocata nella struttura",
    /// L1547, L2013).
    public var insideStructure: Bool

    public init(id: String, squareMetres: SquareMetres, insideStructure: Bool = true) {
        self.id = id
        self.squareMetres = squareMetres
        self.insideStructure = insideStructure
    }
}

extension Array where Element == ERAreaSpace {
    /// The floor area of all the spaces together.
    public var totalArea: SquareMetres { reduce(.zero) { $0 + $1.squareMetres } }
}

extension Array where Element == ERAreaSpace {
    /// Reports each space that is not inside the structure, at `<list>/<index>/insideStructure`
    /// with the space's id: the psychogeriatric evaluation area (L1545-L1547) and the DCA clinic
    /// rooms (L2011-L2013) must both lie "comunque" in the structure.
    func reportSpacesOutsideTheStructure(list: JSONPointer, _ report: inout FindingReporter) {
        for (index, space) in enumerated() where !space.insideStructure {
            report.report(at: list.appending(index).appending("insideStructure"), .text(space.id))
        }
    }
}

extension ERAreaSpace {
    /// A room or space of an area: `{"id", "squareMetres", "insideStructure"}`; inside the
    /// structure unless it says otherwise.
    public static let fields = FieldTable(blank: ERAreaSpace(id: "", squareMetres: SquareMetres(hundredths: 0)), [
        .required("id", \.id, ValueCodecs.string()),
        .required("squareMetres", \.squareMetres,
                  ValueCodecs.mapped(ValueCodecs.hundredths(1...10_000_000), read: SquareMetres.init(hundredths:), write: \.hundredths),
                  summary: "Floor area in m², at most two decimals."),
        .defaulted("insideStructure", \.insideStructure, ValueCodecs.bool, default: true,
                   summary: "Located inside the structure (true unless stated)."),
    ])

    /// Spaces of one area, no two with one `id`.
    public static let list = ValueCodecs.list(ValueCodecs.object(fields), distinctID: { $0.id })
}
