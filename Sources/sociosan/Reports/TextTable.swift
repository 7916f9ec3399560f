/// A plain-text table with aligned columns; the last column is not padded, so that long
/// titles do not leave trailing blanks.
struct TextTable {
    let headings: [String]
    private(set) var rows: [[String]] = []

    init(headings: [String]) { self.headings = headings }

    mutating func append(_ row: [String]) {
        precondition(row.count == headings.count, "a row needs one cell per column")
        rows.append(row)
    }

    /// The table's lines: headings first, columns two spaces apart.
    func lines() -> [String] {
        var widths = headings.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return ([headings] + rows).map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                if column == row.count - 1 {
                    line += cell
                } else {
                    line += cell + String(repeating: " ", count: widths[column] - cell.count + 2)
                }
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
