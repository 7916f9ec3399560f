
/// `--format` of the listing commands (`rules list`, `kinds`).
enum ListingFormat: String, OutputFormat {
    /// An aligned table.
    case text
    /// A JSON array.
    case json
}
