import ArgumentParser

/// `--format` of the listing commands (`rules list`, `kinds`).
enum ListingFormat: String, CaseIterable, ExpressibleByArgument {
    /// An aligned table.
    case text
    /// A JSON array.
    case json
}
