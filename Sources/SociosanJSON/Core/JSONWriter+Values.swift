import Sociosan

extension JSONWriter {
    /// Writes a day as the string `"YYYY-MM-DD"`, the same bytes as `string(date.description)`
    /// without building that string (a view of 10,000 exchange records writes 10,000 days).
    ///
    /// ```swift
    /// writer.date(LocalDate(year: 2025, month: 3, day: 3)!)   // "2025-03-03"
    /// ```
    public mutating func date(_ value: LocalDate) {
        beforeValue()
        // LocalDate's year is 1...9999, so four digits always suffice.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 12) { text in
            func put(_ number: Int, at start: Int, width: Int) {
                var rest = number
                for index in stride(from: start + width - 1, through: start, by: -1) {
                    text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            text[0] = UInt8(ascii: "\"")
            put(value.year, at: 1, width: 4)
            text[5] = UInt8(ascii: "-")
            put(value.month, at: 6, width: 2)
            text[8] = UInt8(ascii: "-")
            put(value.day, at: 9, width: 2)
            text[11] = UInt8(ascii: "\"")
            bytes.append(contentsOf: UnsafeBufferPointer(text))
        }
        afterValue()
    }

    /// A string, or `null` when there is none.
    ///
    /// ```swift
    /// writer.key("decision"); writer.string(orNull: rule.decision)   // "decision": null
    /// ```
    /// A member name a table made once: its bytes as they are when they need no escape.
    public mutating func key(_ name: FieldName) {
        if name.isPlainASCII { key(unescapedUTF8: name.utf8) } else { key(name.text) }
    }

    /// A code a table made once, as ``key(_:)-(FieldName)``.
    public mutating func string(_ value: FieldName) {
        if value.isPlainASCII { string(unescapedUTF8: value.utf8) } else { string(value.text) }
    }

    public mutating func string(orNull value: String?) {
        if let value { string(value) } else { null() }
    }

    /// An integer, or `null` when there is none.
    ///
    /// ```swift
    /// writer.key("capacity"); writer.integer(orNull: answer.capacity)   // "capacity": 15
    /// ```
    public mutating func integer(orNull value: Int?) {
        if let value { integer(value) } else { null() }
    }

    /// A regulation line as `{"seed": FILE, "lines": [FIRST, LAST]}`, or `null` when there
    /// is none: the form every Sociosan report uses for a citation.
    ///
    /// ```swift
    /// writer.citation(Citation(.psychiatricStructuresER, lines: 253...261))
    /// // {"seed":"002_6a5f046dd59f793e.txt","lines":[253,261],"regulation":"DGR Emilia-Romagna 2000/2009"}
    /// ```
    public mutating func citation(_ citation: Citation?) {
        guard let citation else { null(); return }
        beginObject()
        key("seed"); string(citation.seed.fileName)
        key("lines")
        beginArray()
        integer(citation.firstLine)
        integer(citation.lastLine)
        endArray()
        key("regulation"); string(citation.seed.regulation)
        endObject()
    }
}

extension JSONWriter {
    /// Writes a set of codes as an array in declaration order, so that output is canonical.
    mutating func codes<T: RawRepresentable & CaseIterable & Hashable>(_ set: Set<T>) where T.RawValue == String {
        beginArray()
        for value in T.allCases where set.contains(value) { string(value.rawValue) }
        endArray()
    }

    /// Writes value / 10^scale as a JSON number with no trailing zeros (`5.5`, `6`, `0.25`).
    public mutating func fixedPoint(_ value: Int, scale: Int) {
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        if value % divisor == 0 {
            integer(Int64(value / divisor))
        } else {
            // Shortest round-trip text of value/10^scale parses back to the same hundredths.
            do {
                try double(Double(value) / Double(divisor))
            } catch {
                // A quotient of two finite integers is finite; kept total rather than trapping.
                integer(value / divisor)
            }
        }
    }
}
