/// Every indicator of seed 002, as data (see ``ERIndicator``).
public enum ERIndicatorCatalogue {
    /// The 27 indicators in table order: SPOI 5, residences 7, psychogeriatric 5, DCA 5,
    /// general psychiatry 5.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.all.count                       // 27
    /// ERIndicatorCatalogue.indicator("res-ind-2")?.standard  // .minimumPercent(100)
    /// ```
    public static let all: [ERIndicator] = spoi + residences + psychogeriatric + dca + generalPsychiatry

    public static func indicators(for family: ERIndicatorFamily) -> [ERIndicator] {
        all.filter { $0.family == family }
    }

    public static func indicator(_ id: String) -> ERIndicator? {
        all.first { $0.id == id }
    }
}
