import Sociosan

/// Finds where in a JSON text the value a JSON Pointer names begins, so that a content
/// finding can say "line 12, column 7" as well as `/rooms/3/beds`.
///
/// It runs only for documents that have findings, over text the parser has already
/// accepted, so it is a small forward scanner rather than a second parser. For an object
/// member it gives the position of the member's key (what an editor should jump to); for a
/// member that does not exist (a missing required field) it gives the enclosing object.
///
/// ```swift
/// let text = Array("{\n  \"rooms\": [\n    {\"beds\": 0}\n  ]\n}".utf8)
/// PointerLocator.locate("/rooms/0/beds", in: text)  // line 3, column 6
/// ```
public enum PointerLocator {
    /// The location of the value at `pointer`, or of its nearest existing ancestor.
    public static func locate(_ pointer: JSONPointer, in text: UnsafeRawBufferPointer, firstLine: Int = 1, baseOffset: Int = 0) -> TextLocation? {
        var scanner = Scanner(bytes: text)
        scanner.skipWhitespace()
        guard scanner.position < text.count else { return nil }
        var found = scanner.position
        for token in pointer.tokens {
            guard scanner.position < text.count else { break }
            switch text[scanner.position] {
            case UInt8(ascii: "{"):
                guard let (keyStart, valueStart) = scanner.member(named: token) else { return location(found, in: text, firstLine, baseOffset) }
                found = keyStart
                scanner.position = valueStart
            case UInt8(ascii: "["):
                guard let index = Int(token), index >= 0, let elementStart = scanner.element(at: index) else {
                    return location(found, in: text, firstLine, baseOffset)
                }
                found = elementStart
                scanner.position = elementStart
            default:
                return location(found, in: text, firstLine, baseOffset)
            }
        }
        return location(found, in: text, firstLine, baseOffset)
    }

    /// Locates many pointers in one text in time linear in the text: each container is
    /// scanned once (its members' or elements' starts kept), and a line-start table with a
    /// character count every 64 bytes turns an offset into a line and column without
    /// rescanning from byte 0. Built for one document's findings.
    ///
    /// ```swift
    /// text.withUnsafeBytes { bytes in
    ///     var locator = PointerLocator.Locator(text: bytes)
    ///     let first = locator.locate(try! JSONPointer("/rooms/0/beds"))
    /// }
    /// ```
    public struct Locator {
        let text: UnsafeRawBufferPointer
        let firstLine: Int
        let baseOffset: Int
        /// Byte offsets where lines start (built on first use).
        var lineStarts: [Int] = []
        /// Characters (non-continuation bytes) before each 64-byte block.
        var charactersBefore: [Int] = []
        /// An object's members (first occurrence of each name: key start, value start), by
        /// the offset of its `{`.
        var members: [Int: [String: (key: Int, value: Int)]] = [:]
        /// An array's element starts, by the offset of its `[`.
        var elements: [Int: [Int]] = [:]
        /// Bytes examined, for the tests that hold the work linear.
        public private(set) var work = 0

        static let block = 64

        public init(text: UnsafeRawBufferPointer, firstLine: Int = 1, baseOffset: Int = 0) {
            self.text = text
            self.firstLine = firstLine
            self.baseOffset = baseOffset
        }

        /// Like ``PointerLocator/locate(_:in:firstLine:baseOffset:)``.
        public mutating func locate(_ pointer: JSONPointer) -> TextLocation? {
            var scanner = Scanner(bytes: text)
            scanner.skipWhitespace()
            guard scanner.position < text.count else { return nil }
            var found = scanner.position
            var position = scanner.position
            for token in pointer.tokens {
                guard position < text.count else { break }
                switch text[position] {
                case UInt8(ascii: "{"):
                    guard let member = membersOf(position)[token] else { return location(found) }
                    found = member.key
                    position = member.value
                case UInt8(ascii: "["):
                    let starts = elementsOf(position)
                    guard let index = Int(token), index >= 0, index < starts.count else { return location(found) }
                    found = starts[index]
                    position = starts[index]
                default:
                    return location(found)
                }
            }
            return location(found)
        }

        mutating func membersOf(_ start: Int) -> [String: (key: Int, value: Int)] {
            if let known = members[start] { return known }
            var scanner = Scanner(bytes: text)
            scanner.position = start + 1
            var found: [String: (key: Int, value: Int)] = [:]
            while true {
                scanner.skipWhitespace()
                guard scanner.position < text.count, text[scanner.position] == UInt8(ascii: "\"") else { break }
                let keyStart = scanner.position
                guard let key = scanner.readString() else { break }
                scanner.skipWhitespace()
                guard scanner.position < text.count, text[scanner.position] == UInt8(ascii: ":") else { break }
                scanner.position += 1
                scanner.skipWhitespace()
                if found[key] == nil { found[key] = (keyStart, scanner.position) }
                guard scanner.skipValue() else { break }
                scanner.skipWhitespace()
                guard scanner.position < text.count, text[scanner.position] == UInt8(ascii: ",") else { break }
                scanner.position += 1
            }
            work += scanner.position - start
            members[start] = found
            return found
        }

        mutating func elementsOf(_ start: Int) -> [Int] {
            if let known = elements[start] { return known }
            var scanner = Scanner(bytes: text)
            scanner.position = start + 1
            var found: [Int] = []
            while true {
                scanner.skipWhitespace()
                guard scanner.position < text.count, text[scanner.position] != UInt8(ascii: "]") else { break }
                found.append(scanner.position)
                guard scanner.skipValue() else { break }
                scanner.skipWhitespace()
                guard scanner.position < text.count, text[scanner.position] == UInt8(ascii: ",") else { break }
                scanner.position += 1
            }
            work += scanner.position - start
            elements[start] = found
            return found
        }

        /// Line and column of a byte offset, from the tables (built once, on first use).
        mutating func location(_ offset: Int) -> TextLocation {
            if charactersBefore.isEmpty {
                lineStarts = [0]
                var characters = 0
                for index in 0..<text.count {
                    if index % Self.block == 0 { charactersBefore.append(characters) }
                    let byte = text[index]
                    if byte == UInt8(ascii: "\n") { lineStarts.append(index + 1) }
                    if byte & 0xC0 != 0x80 { characters += 1 }
                }
                charactersBefore.append(characters)
                work += text.count
            }
            // The last line starting at or before the offset.
            var low = 0
            var high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            let column = characters(before: offset) - characters(before: lineStarts[low]) + 1
            return TextLocation(line: firstLine + low, column: column, byteOffset: baseOffset + offset)
        }

        /// Characters before `offset`: the block's count, then at most 63 bytes.
        mutating func characters(before offset: Int) -> Int {
            let block = offset / Self.block
            var count = charactersBefore[min(block, charactersBefore.count - 1)]
            var index = block * Self.block
            while index < offset {
                if text[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            work += offset - block * Self.block
            return count
        }
    }

    /// Convenience over an array of bytes.
    public static func locate(_ pointer: JSONPointer, in text: [UInt8], firstLine: Int = 1, baseOffset: Int = 0) -> TextLocation? {
        text.withUnsafeBytes { locate(pointer, in: $0, firstLine: firstLine, baseOffset: baseOffset) }
    }

    /// Line and column (in characters, as the parser counts them) of a byte offset.
    static func location(_ offset: Int, in text: UnsafeRawBufferPointer, _ firstLine: Int, _ baseOffset: Int) -> TextLocation {
        var line = firstLine
        var column = 1
        var index = 0
        while index < offset {
            let byte = text[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // count characters, not continuation bytes
            }
            index += 1
        }
        return TextLocation(line: line, column: column, byteOffset: baseOffset + offset)
    }

    struct Scanner {
        let bytes: UnsafeRawBufferPointer
        var position = 0

        mutating func skipWhitespace() {
            while position < bytes.count {
                switch bytes[position] {
                case 0x20, 0x09, 0x0A, 0x0D: position += 1
                default: return
                }
            }
        }

        /// At `{`: finds the member `name`; returns where its key and its value start.
        mutating func member(named name: String) -> (key: Int, value: Int)? {
            position += 1
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
                let keyStart = position
                guard let key = readString() else { return nil }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
                position += 1
                skipWhitespace()
                if key == name { return (keyStart, position) }
                guard skipValue() else { return nil }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return nil }
                position += 1
            }
        }

        /// At `[`: finds the start of element `index`.
        mutating func element(at index: Int) -> Int? {
            position += 1
            var current = 0
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] != UInt8(ascii: "]") else { return nil }
                if current == index { return position }
                guard skipValue() else { return nil }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return nil }
                position += 1
                current += 1
            }
        }

        /// Skips one value of any kind; brackets inside strings do not count.
        mutating func skipValue() -> Bool {
            var depth = 0
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    guard readString() != nil else { return false }
                    if depth == 0 { return true }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return true }  // end of the enclosing container
                    depth -= 1
                    if depth == 0 { position += 1; return true }
                case UInt8(ascii: ","):
                    if depth == 0 { return true }
                default:
                    break
                }
                position += 1
            }
            return depth == 0
        }

        /// Reads a string token starting at `"`, decoding its escapes.
        mutating func readString() -> String? {
            position += 1
            var scalars = String.UnicodeScalarView()
            var raw: [UInt8] = []
            func flush() {
                if !raw.isEmpty {
                    scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
                    raw.removeAll(keepingCapacity: true)
                }
            }
            var pendingHighSurrogate: UInt32?
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    position += 1
                    flush()
                    return String(scalars)
                }
                if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                    flush()
                    let escape = bytes[position + 1]
                    position += 2
                    switch escape {
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "b"): scalars.append("\u{8}")
                    case UInt8(ascii: "f"): scalars.append("\u{C}")
                    case UInt8(ascii: "u"):
                        guard position + 4 <= bytes.count,
                              let code = UInt32(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + 4]), as: UTF8.self), radix: 16)
                        else { return nil }
                        position += 4
                        if (0xD800...0xDBFF).contains(code) {
                            pendingHighSurrogate = code
                        } else if (0xDC00...0xDFFF).contains(code), let high = pendingHighSurrogate {
                            let combined = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
                            if let scalar = Unicode.Scalar(combined) { scalars.append(scalar) }
                            pendingHighSurrogate = nil
                        } else if let scalar = Unicode.Scalar(code) {
                            scalars.append(scalar)
                        }
                    default: scalars.append(Unicode.Scalar(escape))
                    }
                    continue
                }
                raw.append(byte)
                position += 1
            }
            return nil
        }
    }
}
