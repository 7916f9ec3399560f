import SociosanJSON

/// Lines made from one line's members, for the tests that hold a fast path to its field table:
/// each member dropped, and each member given every value of `replacements`.
enum AlteredLines {
    typealias Members = [(key: String, value: JSONValue)]

    static func droppedAndReplaced(_ members: Members, _ replacements: [JSONValue]) -> [Members] {
        var result: [Members] = []
        for index in members.indices {
            var dropped = members
            dropped.remove(at: index)
            result.append(dropped)
            for value in replacements {
                var changed = members
                changed[index].value = value
                result.append(changed)
            }
        }
        return result
    }

    /// The members as one compact line, without its newline.
    static func line(_ members: Members) throws -> [UInt8] {
        var line = try JSONWriter.encode(.object(members), style: .compact)
        if line.last == UInt8(ascii: "\n") { line.removeLast() }
        return line
    }
}
