import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The refusals of the strict parser: each with its reason, its position and the sentence a
/// person reads.
@Suite("Parser: refused documents")
struct ParserErrorTests {
    typealias Support = CoreTestSupport

    @Test("an empty file is an empty document at line 1, column 1")
    func emptyFile() throws {
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write([], to: directory, name: "empty.json")
            guard case .syntax(let error)? = Support.inputError(path: path) else {
                Issue.record("an empty file was not refused as a syntax error")
                return
            }
            #expect(error.reason == .emptyDocument)
            #expect(error.englishMessage == "line 1, column 1 (byte 0): the document is empty: it contains no JSON value")
            #expect(error.italianMessage == "riga 1, colonna 1 (byte 0): il documento è vuoto: non contiene alcun valore JSON")
        }
        #expect(Support.syntaxError("") == Support.syntaxError(bytes: []))
        #expect(Support.syntaxError("")?.reason == .emptyDocument)
    }

    @Test("one-byte documents: '{' is unfinished, '1' is a value, ' ' is empty")
    func oneByteDocuments() throws {
        let brace = Support.syntaxError("{")
        #expect(brace?.reason == .unexpectedEndOfInput)
        #expect(brace?.englishMessage == "line 1, column 2 (byte 1): unexpected end of input inside an object ('}' is missing)")
        #expect(brace?.italianMessage == "riga 1, colonna 2 (byte 1): fine dell'input dentro un oggetto (manca '}')")
        // RFC 8259 allows any value at top level.
        #expect(try JSONDocument.parse("1").root.integerValue == 1)
        let space = Support.syntaxError(" ")
        #expect(space?.reason == .emptyDocument)
        #expect(space?.englishMessage == "line 1, column 2 (byte 1): the document is empty: it contains only whitespace, no JSON value")
    }

    @Test("a 200 MB file of whitespace is refused as empty, streamed in bounded memory")
    func hugeWhitespaceFile() throws {
        try Support.withTemporaryDirectory { directory in
            let path = directory + "/whitespace.json"
            // 200 chunks of 1,000,000 bytes: spaces, tabs and carriage returns, then a newline.
            var chunk = [UInt8](repeating: 0, count: 1_000_000)
            for index in chunk.indices { chunk[index] = [0x20, 0x09, 0x0D][index % 3] }
            chunk[chunk.count - 1] = 0x0A
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try #require(FileHandle(forWritingAtPath: path))
            for _ in 0..<200 { handle.write(Data(chunk)) }
            try handle.close()

            let peakBefore = Support.peakResidentBytes
            let outcome = Support.inputError(path: path)
            let growth = Support.peakResidentBytes - peakBefore

            guard case .syntax(let error)? = outcome else {
                Issue.record("a whitespace-only file was not refused: \(String(describing: outcome))")
                return
            }
            #expect(error.reason == .emptyDocument)
            #expect(error.englishMessage == "line 201, column 1 (byte 200000000): the document is empty: it contains only whitespace, no JSON value")
            // Reading the file whole would raise the peak by 200 MB at least; the margin below
            // that leaves room for tests running in parallel in the same process.
            #expect(growth < 150 << 20, "peak memory grew by \(growth) bytes")
        }
    }

    @Test("100,000 nested arrays are refused as too deep, without exhausting the stack")
    func hundredThousandNestedArrays() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = Support.syntaxError(text)
        #expect(error?.reason == .tooDeep)
        #expect(error?.englishMessage == "line 1, column 2049 (byte 2048): arrays and objects are nested more than 2048 levels deep")
        #expect(error?.italianMessage == "riga 1, colonna 2049 (byte 2048): array e oggetti annidati oltre 2048 livelli")
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(Support.syntaxError(objects)?.reason == .tooDeep)
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(Array(text.utf8), to: directory, name: "deep.json")
            #expect(Support.inputError(path: path) == .syntax(try #require(error)))
        }
    }

    @Test("the depth limit counts every value, the top level included")
    func depthBoundaries() throws {
        let depth = JSONDocument.maximumDepth
        #expect(depth == 2048)
        func nested(_ count: Int, inner: String = "") -> String {
            String(repeating: "[", count: count) + inner + String(repeating: "]", count: count)
        }
        let deepest = try JSONDocument.parse(nested(depth))
        #expect(Support.syntaxError(nested(depth + 1))?.byteOffset == depth)
        #expect(try JSONDocument.parse(nested(depth - 1, inner: "1")).root.count == 1)
        let scalarTooDeep = Support.syntaxError(nested(depth, inner: "1"))
        #expect(scalarTooDeep?.reason == .tooDeep)
        #expect(scalarTooDeep?.byteOffset == depth)

        // The deepest document converts, compares, writes and reads back without recursion limits.
        let value = deepest.value
        #expect(value == deepest.value)
        for style in [JSONWriter.Style.compact, .pretty] {
            let bytes = try JSONWriter.encode(value, style: style)
            #expect(try JSONDocument.parse(bytes).value == value)
        }
        let objects = String(repeating: #"{"a":"#, count: depth - 1) + "true" + String(repeating: "}", count: depth - 1)
        #expect(try JSONDocument.parse(objects).root["a"]?["a"]?.kind == .object)
    }

    @Test("a byte-order mark is refused with advice to save without it")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{}".utf8)
        let error = try #require(Support.syntaxError(bytes: bytes))
        #expect(error.reason == .byteOrderMark)
        #expect(error.englishMessage == "line 1, column 1 (byte 0): the text starts with a UTF-8 byte-order mark (EF BB BF); save it as UTF-8 without BOM")
        #expect(error.italianMessage == "riga 1, colonna 1 (byte 0): il testo inizia con un byte-order mark UTF-8 (EF BB BF); salvarlo come UTF-8 senza BOM")
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(bytes, to: directory, name: "bom.json")
            #expect(Support.inputError(path: path) == .syntax(error))
        }
        let utf16 = Support.syntaxError(bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00])
        #expect(utf16?.reason == .byteOrderMark)
        #expect(utf16?.token == "FF FE")
    }

    @Test("invalid UTF-8 is refused wherever it is, keys included")
    func invalidUTF8() throws {
        let inKey = try #require(Support.syntaxError(bytes: Array(#"{"a"#.utf8) + [0xFF] + Array(#"b": 1}"#.utf8)))
        #expect(inKey.reason == .invalidUTF8)
        #expect(inKey.token == "0xFF")
        #expect(inKey.englishMessage == "line 1, column 4 (byte 3): invalid UTF-8 (byte 0xFF); the text must be encoded in UTF-8 (was it saved as Latin-1, Windows-1252 or UTF-16?)")
        #expect(inKey.italianMessage.hasPrefix("riga 1, colonna 4 (byte 3): UTF-8 non valido (byte 0xFF)"))
        // A truncated two-byte sequence points at its first byte; a Latin-1 'é' in a value too.
        let truncated = Support.syntaxError(bytes: Array(#"{"é"#.utf8) + [0xC3] + Array(#"": 1}"#.utf8))
        #expect(truncated?.reason == .invalidUTF8 && truncated?.byteOffset == 4 && truncated?.column == 4)
        let latin1 = Support.syntaxError(bytes: Array(#"["caff"#.utf8) + [0xE8] + Array(#""]"#.utf8))
        #expect(latin1?.reason == .invalidUTF8 && latin1?.byteOffset == 6 && latin1?.token == "0xE8")
        // UTF-8 encoded surrogates are not UTF-8.
        #expect(Support.syntaxError(bytes: [0x22, 0xED, 0xA0, 0x80, 0x22])?.reason == .invalidUTF8)
    }

    @Test("a duplicate key is refused and named, however long")
    func duplicateKeys() throws {
        let error = try #require(Support.syntaxError(#"{"a": 1, "a": 2}"#))
        #expect(error.reason == .duplicateKey)
        #expect(error.key == "a")
        #expect(error.englishMessage == #"line 1, column 10 (byte 9): duplicate key "a" in object; each key may appear only once"#)
        #expect(error.italianMessage == #"riga 1, colonna 10 (byte 9): chiave "a" duplicata nell'oggetto; ogni chiave può comparire una sola volta"#)
        #expect(error.detail == #"duplicate object key near '"a"'"#)

        // jansson quotes at most 20 bytes; longer keys are read back from the input.
        let long = String(repeating: "posti letto ", count: 5)
        let text = "{\"\(long)\": 1,\n \"\(long)\": 2}"
        let fromMemory = try #require(Support.syntaxError(text))
        #expect(fromMemory.key == long)
        #expect(fromMemory.line == 2 && fromMemory.column == 2 && fromMemory.byteOffset == long.utf8.count + 9)
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(Array(text.utf8), to: directory, name: "duplicate.json")
            #expect(Support.inputError(path: path) == .syntax(fromMemory))
        }
        let fromPipe = try Support.withPipe(containing: Array(text.utf8)) { descriptor -> JSONInputError? in
            do throws(JSONInputError) {
                _ = try JSONDocument.parse(fileDescriptor: descriptor, path: "<pipe>")
                return nil
            } catch {
                return error
            }
        }
        #expect(fromPipe == .syntax(fromMemory))

        // Keys compare after escapes are resolved; nesting does not hide a duplicate.
        #expect(Support.syntaxError(#"{"\u00e9": 1, "é": 2}"#)?.key == "é")
        let nested = Support.syntaxError(#"[{"ok": true}, {"x": {"b": 1, "b": 2}}]"#)
        #expect(nested?.key == "b" && nested?.column == 31)
        #expect(try JSONDocument.parse(#"{"a": {"a": 1}, "b": {"a": 2}}"#).root.count == 2)
    }

    @Test("data after the value is refused, named and located")
    func trailingData() throws {
        let error = try #require(Support.syntaxError(#"{"a": 1} x"#))
        #expect(error.reason == .trailingData)
        #expect(error.englishMessage == "line 1, column 10 (byte 9): unexpected character 'x' after the end of the JSON value; a document holds exactly one value (for several, use JSON Lines: one value per line)")
        #expect(error.italianMessage == "riga 1, colonna 10 (byte 9): carattere 'x' inatteso dopo la fine del valore JSON; un documento contiene un solo valore (per più valori usare JSON Lines: un valore per riga)")
        let second = try #require(Support.syntaxError("[1]\n[2]"))
        #expect(second.reason == .trailingData && second.line == 2 && second.column == 1 && second.byteOffset == 4)
        let word = Support.syntaxError(#"{} "more""#)
        #expect(word?.token == #""more""#)
        #expect(word?.englishMessage.contains(#"unexpected '"more"' after the end"#) == true)
        #expect(Support.syntaxError("1 2")?.reason == .trailingData)
    }

    @Test("NaN and Infinity are refused as non-finite, other bare words as literals")
    func nonFiniteLiterals() throws {
        let nan = try #require(Support.syntaxError("[NaN]"))
        #expect(nan.reason == .invalidLiteral)
        #expect(nan.englishMessage == "line 1, column 2 (byte 1): 'NaN' is not valid JSON: numbers must be finite (NaN and Infinity do not exist in JSON)")
        #expect(nan.italianMessage == "riga 1, colonna 2 (byte 1): 'NaN' non è JSON valido: i numeri devono essere finiti (NaN e Infinity non esistono in JSON)")
        let negative = try #require(Support.syntaxError(#"{"x": -Infinity}"#))
        #expect(negative.reason == .invalidLiteral && negative.token == "-Infinity" && negative.column == 7)
        #expect(Support.syntaxError("Infinity")?.token == "Infinity")
        let word = try #require(Support.syntaxError("[True]"))
        #expect(word.englishMessage == "line 1, column 2 (byte 1): invalid literal 'True'; JSON has only true, false and null (lowercase), and strings need double quotes")
    }

    /// jansson quotes the token it stopped on only up to 20 bytes; a longer bare word is read
    /// back from the input, so that it is placed at its first byte and named like a short one.
    @Test("a bare word of any length is placed at its first byte and named", arguments: [1, 20, 21, 100, 70_000])
    func bareWordOfAnyLength(length: Int) throws {
        let word = String(repeating: "x", count: length)
        let value = try #require(Support.syntaxError("{\"a\": \(word)}"))
        #expect(value.reason == .invalidLiteral && value.token == word)
        #expect(value.line == 1 && value.column == 7 && value.byteOffset == 6, "\(value)")
        #expect(value.englishMessage.hasPrefix("line 1, column 7 (byte 6): invalid literal 'x"))
        // A word where a key or nothing more may stand is named and placed the same way.
        let key = try #require(Support.syntaxError("{\"a\": 1, \(word): 2}"))
        #expect(key.reason == .unexpectedToken && key.token == word && key.column == 10 && key.byteOffset == 9, "\(key)")
        let after = try #require(Support.syntaxError("[1] \(word)"))
        #expect(after.reason == .trailingData && after.token == word && after.column == 5 && after.byteOffset == 4, "\(after)")
        // A number cut short by its exponent is a number, not a word, at any length.
        let digits = String(repeating: "1", count: length)
        let number = try #require(Support.syntaxError("[\(digits)e]"))
        #expect(number.reason == .invalidNumber && number.token == digits + "e" && number.column == 2, "\(number)")

        try Support.withTemporaryDirectory { directory in
            // On a later line of a file (read through its descriptor, not from memory).
            let before = "{\n  \"a\": 1,\n  \"b\": "
            let path = try Support.write(Array((before + word + "\n}\n").utf8), to: directory, name: "word.json")
            guard case .syntax(let inFile)? = Support.inputError(path: path) else {
                Issue.record("a file with a bare word was not refused")
                return
            }
            #expect(inFile.line == 3 && inFile.column == 8 && inFile.byteOffset == before.utf8.count && inFile.token == word, "\(inFile)")
            // Inside a line of a .jsonl file: the line and column of the file.
            let lines = "{\"a\": 1}\n{\"a\": 2, \"b\": \(word)}\n"
            let jsonl = try Support.write(Array(lines.utf8), to: directory, name: "words.jsonl")
            var results: [DossierResult] = []
            try DossierValidator.validateFile(atPath: jsonl) { results.append($0) }
            let location = try #require(results.last?.findings.first?.location)
            #expect(results.count == 2 && location.line == 2 && location.column == 15 && location.byteOffset == 23, "\(location)")
            #expect(results.last?.findings.first?.message(in: .english).contains("invalid literal 'x") == true)
        }
    }

    @Test("numbers: Int64 exactly, reals as Double, out-of-range refused, malformed named")
    func numbers() throws {
        let root = try JSONDocument.parse("[9223372036854775807, -9223372036854775808, -0, -0.0, 1E2, 1e-400]").root
        #expect(root[0]?.integerValue == .max)
        #expect(root[1]?.integerValue == .min)
        #expect(root[2]?.kind == .integer && root[2]?.integerValue == 0)
        #expect(root[3]?.kind == .real && root[3]?.doubleValue?.sign == .minus)
        #expect(root[4]?.kind == .real && root[4]?.doubleValue == 100)
        #expect(root[5]?.doubleValue == 0)

        let big = try #require(Support.syntaxError("[9223372036854775808]"))
        #expect(big.reason == .numberOutOfRange && big.token == "9223372036854775808" && big.column == 2)
        #expect(big.englishMessage == "line 1, column 2 (byte 1): number '9223372036854775808' is out of range: integers must lie between -9223372036854775808 and 9223372036854775807, other numbers within ±1.7976931348623157e+308")
        #expect(Support.syntaxError("-9223372036854775809")?.reason == .numberOutOfRange)
        #expect(Support.syntaxError("[1e400]")?.token == "1e400")

        let leadingZero = try #require(Support.syntaxError("[012]"))
        #expect(leadingZero.reason == .invalidNumber && leadingZero.token == "012")
        #expect(leadingZero.englishMessage == "line 1, column 2 (byte 1): invalid number '012'; JSON numbers have no leading zeros, no leading '+' or '.', and need digits after '.' and after 'e'")
        #expect(Support.syntaxError("[1.]")?.reason == .invalidNumber)
        #expect(Support.syntaxError("[.5]")?.token == ".5")
    }

    @Test("control characters, NUL bytes and bad escapes in strings point at the character")
    func stringContents() throws {
        let tab = try #require(Support.syntaxError("[\"a\tb\"]"))
        #expect(tab.reason == .controlCharacterInString)
        #expect(tab.englishMessage == #"line 1, column 4 (byte 3): control character U+0009 inside a string; write it as the escape \t"#)
        #expect(tab.italianMessage == #"riga 1, colonna 4 (byte 3): carattere di controllo U+0009 dentro una stringa; va scritto come escape \t"#)
        let newline = try #require(Support.syntaxError("\"a\nb\""))
        #expect(newline.englishMessage == #"line 1, column 3 (byte 2): line break inside a string; write it as the escape \n (a string cannot span lines)"#)

        // jansson alone accepts "123" followed by a NUL byte; the layer refuses it at the NUL.
        let afterNumber = try #require(Support.syntaxError(bytes: Array("123".utf8) + [0]))
        #expect(afterNumber.englishMessage == "line 1, column 4 (byte 3): unexpected NUL byte (0x00); it cannot start any JSON value")
        let inString = try #require(Support.syntaxError(bytes: Array(#"["a"#.utf8) + [0] + Array(#""]"#.utf8)))
        #expect(inString.reason == .controlCharacterInString && inString.byteOffset == 3 && inString.detail == "control character 0x0")
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(Array("123".utf8) + [0], to: directory, name: "nul.json")
            #expect(Support.inputError(path: path) == .syntax(afterNumber))
        }

        let escape = try #require(Support.syntaxError(#"["\x"]"#))
        #expect(escape.reason == .invalidEscape && escape.byteOffset == 3 && escape.column == 4)
        #expect(escape.englishMessage == #"line 1, column 4 (byte 3): invalid escape sequence in string; allowed are \" \\ \/ \b \f \n \r \t and \u followed by 4 hex digits"#)
        let surrogate = try #require(Support.syntaxError(#"["\ud800"]"#))
        #expect(surrogate.reason == .invalidEscape && surrogate.column == 2)
    }

    @Test("positions: lines from 1, columns in characters, byte offsets from 0")
    func positions() throws {
        let error = try #require(Support.syntaxError("{\n  \"a\": tru\n}"))
        #expect(error.line == 2 && error.column == 8 && error.byteOffset == 9)
        #expect(error.reason == .invalidLiteral && error.token == "tru")
        // 'é' is one column but two bytes.
        let accented = try #require(Support.syntaxError(#"["é", x]"#))
        #expect(accented.column == 7 && accented.byteOffset == 7)
        let missingComma = try #require(Support.syntaxError(#"{"a": 1 "b": 2}"#))
        #expect(missingComma.reason == .unexpectedToken)
        #expect(missingComma.englishMessage == #"line 1, column 9 (byte 8): expected ',' or '}' after an object member but found '"b"'"#)
        #expect(missingComma.italianMessage == #"riga 1, colonna 9 (byte 8): atteso ',' o '}' dopo un membro dell'oggetto, trovato '"b"'"#)
    }

    @Test("files that cannot be read give the path and the system's reason")
    func unreadableInputs() throws {
        try Support.withTemporaryDirectory { directory in
            let missing = directory + "/missing.json"
            let error = try #require(Support.inputError(path: missing))
            #expect(error == .io(path: missing, errno: ENOENT, message: "No such file or directory"))
            #expect(error.englishMessage == "cannot read \(missing): No such file or directory")
            #expect(error.italianMessage == "impossibile leggere \(missing): file o cartella inesistente")

            let folder = try #require(Support.inputError(path: directory))
            guard case .io(_, let code, _) = folder else {
                Issue.record("a directory was not refused as unreadable: \(folder)")
                return
            }
            #expect(code == EISDIR)
            #expect(folder.englishMessage == "cannot read \(directory): Is a directory (give the path of a JSON file, not of a folder)")
        }
    }

    @Test("a file without read permission is refused", .enabled(if: getuid() != 0, "root reads any file"))
    func permissionDenied() throws {
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(Array("{}".utf8), to: directory, name: "secret.json")
            chmod(path, 0)
            guard case .io(_, let code, _)? = Support.inputError(path: path) else {
                Issue.record("an unreadable file was read")
                return
            }
            #expect(code == EACCES)
        }
    }
}
