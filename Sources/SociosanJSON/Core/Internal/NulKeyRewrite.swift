import CJansson

/// Reads object keys containing U+0000, which jansson 2.14's parser refuses ("NUL byte in
/// object key not supported") although its objects can hold them (`json_object_setn`).
///
/// The text is parsed again with every `\u0000` escape replaced by the escape of a marker
/// character that does not occur in the text (a noncharacter such as U+FDD0, else a private
/// use character): the same number of bytes, so that any error keeps its exact position.
/// The marker is then turned back into U+0000 in every key and string of the tree. A `\u0000`
/// is recognised as an escape only when its backslash is not itself escaped (`\\u0000` is a
/// backslash followed by text).
enum NulKeyRewrite {
    enum Outcome {
        case document(JSONDocument)
        /// The text has another error; its text shows `\u0000` again, as the user wrote it.
        case failure(JanssonError)
        /// Every candidate marker occurs in the text.
        case impossible
    }

    static func load(_ input: UnsafeRawBufferPointer) -> Outcome {
        guard let marker = freeMarker(in: input) else { return .impossible }
        let hex = Array(String(marker, radix: 16, uppercase: true).utf8)
        var text = Array(input)
        replaceNULEscapes(in: &text, withHexDigits: hex)

        var error = json_error_t()
        guard let root = text.withUnsafeBytes({ JanssonLoader.loadBuffer($0, &error) }) else {
            var raw = JanssonError(error)
            raw.replace(Array("\\u".utf8) + hex, with: Array("\\u0000".utf8))
            return .failure(raw)
        }
        let document = JSONDocument(owning: root)
        restoreNUL(in: document.root.pointer, marker: Array(String(Unicode.Scalar(marker)!).utf8))
        return .document(document)
    }

    /// The first candidate that occurs nowhere in the text, raw or escaped.
    static func freeMarker(in input: UnsafeRawBufferPointer) -> UInt16? {
        var used = [Bool](repeating: false, count: 0x10000)
        let count = input.count
        var index = 0
        while index < count {
            let byte = input[index]
            if (byte == 0xEE || byte == 0xEF) && index + 2 < count {
                // Over-counting (a continuation byte taken as a lead) only skips a candidate.
                let scalar = (Int(byte & 0x0F) << 12) | (Int(input[index + 1] & 0x3F) << 6) | Int(input[index + 2] & 0x3F)
                used[scalar] = true
            } else if byte == UInt8(ascii: "\\") && index + 5 < count && input[index + 1] == UInt8(ascii: "u") {
                var scalar = 0
                var isHex = true
                for offset in 2...5 {
                    guard let digit = hexValue(input[index + offset]) else { isHex = false; break }
                    scalar = scalar << 4 | digit
                }
                if isHex { used[scalar] = true }
            }
            index += 1
        }
        let candidates = Array(0xFDD0...0xFDEF) + Array(0xE000...0xF8FF)
        return candidates.first { !used[$0] }.map(UInt16.init)
    }

    /// Rewrites `\u0000` escapes to the escape of the marker (for example `\uFDD0`).
    static func replaceNULEscapes(in text: inout [UInt8], withHexDigits hex: [UInt8]) {
        let zero = UInt8(ascii: "0")
        var index = 0
        while index < text.count {
            guard text[index] == UInt8(ascii: "\\") else { index += 1; continue }
            if index + 5 < text.count, text[index + 1] == UInt8(ascii: "u"),
               text[index + 2] == zero, text[index + 3] == zero, text[index + 4] == zero, text[index + 5] == zero {
                text.replaceSubrange((index + 2)..<(index + 6), with: hex)
                index += 6
            } else {
                // The backslash escapes the next byte, whatever it is: skip both.
                index += 2
            }
        }
    }

    /// Turns the marker back into U+0000 in every string and key, keeping member order.
    private static func restoreNUL(in root: UnsafeMutablePointer<json_t>, marker: [UInt8]) {
        var pending = [root]
        while let node = pending.popLast() {
            switch node.pointee.type {
            case JSON_STRING:
                let bytes = UnsafeRawBufferPointer(start: json_string_value(node), count: json_string_length(node))
                if let restored = replacing(marker, in: bytes) {
                    withCString(restored) { _ = json_string_setn_nocheck(node, $0, $1) }
                }
            case JSON_ARRAY:
                for index in 0..<json_array_size(node) { pending.append(json_array_get(node, index)) }
            case JSON_OBJECT:
                var members: [(key: [UInt8], value: UnsafeMutablePointer<json_t>)] = []
                var renamed = false
                var iterator = json_object_iter(node)
                while let current = iterator {
                    let key = UnsafeRawBufferPointer(start: json_object_iter_key(current), count: json_object_iter_key_len(current))
                    let value: UnsafeMutablePointer<json_t> = json_object_iter_value(current)
                    if let restored = replacing(marker, in: key) {
                        renamed = true
                        members.append((restored, value))
                    } else {
                        members.append((Array(key), value))
                    }
                    pending.append(value)
                    iterator = json_object_iter_next(node, current)
                }
                guard renamed else { continue }
                // Keep each value alive across the clear; setn_new takes that reference back.
                for member in members { _ = json_incref(member.value) }
                _ = json_object_clear(node)
                for member in members {
                    withCString(member.key) { _ = json_object_setn_new_nocheck(node, $0, $1, member.value) }
                }
            default:
                break
            }
        }
    }

    /// `bytes` with every occurrence of `marker` replaced by one NUL byte; `nil` if none.
    private static func replacing(_ marker: [UInt8], in bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard bytes.firstRange(of: marker) != nil else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index...].starts(with: marker) {
                result.append(0)
                index += marker.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// Calls `body` with a C pointer to the bytes and their length; never a null pointer, even
    /// for an empty key.
    private static func withCString(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>, Int) -> Void) {
        var terminated = bytes
        terminated.append(0)
        terminated.withUnsafeBufferPointer { buffer in
            UnsafeRawPointer(buffer.baseAddress!).withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                body($0, bytes.count)
            }
        }
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
