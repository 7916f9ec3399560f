extension DossierCatalogue {
    /// `kinds` in the catalogue's order (the order of ``kinds``), so that every list of
    /// supported kinds a person reads, whichever command prints it, is the same list; kinds
    /// the catalogue does not name follow, sorted.
    ///
    /// ```swift
    /// DossierCatalogue.ordered(["staffing.roster", "er.psychiatry.spoi"])
    /// // ["er.psychiatry.spoi", "staffing.roster"]
    /// ```
    public static func ordered(_ kinds: [DossierKind]) -> [DossierKind] {
        let catalogue = self.kinds.map(\.kind)
        let known = catalogue.filter(kinds.contains)
        let others = Set(kinds).subtracting(catalogue).sorted()
        return known + others
    }
}
