extension JSONSyntaxError {
    /// A sentence for a person, with the position first.
    ///
    /// ```swift
    /// error.englishMessage
    /// // line 1, column 10 (byte 9): duplicate key "a" in object; each key may appear only once
    /// ```
    public var englishMessage: String {
        "line \(line), column \(column) (byte \(byteOffset)): \(englishExplanation)"
    }

    /// The same sentence in Italian.
    ///
    /// ```swift
    /// error.italianMessage
    /// // riga 1, colonna 10 (byte 9): chiave "a" duplicata nell'oggetto; ogni chiave può comparire una sola volta
    /// ```
    public var italianMessage: String {
        "riga \(line), colonna \(column) (byte \(byteOffset)): \(italianExplanation)"
    }

    /// ``englishMessage`` without the position, for reports that show the position apart.
    ///
    /// ```swift
    /// print("\(error.line):\(error.column) \(error.englishExplanation)")
    /// ```
    public var englishExplanation: String {
        switch reason {
        case .emptyDocument:
            return byteOffset == 0
                ? "the document is empty: it contains no JSON value"
                : "the document is empty: it contains only whitespace, no JSON value"
        case .byteOrderMark:
            // A mark past line 1 can only open a line of JSON Lines (each line is parsed on its
            // own): usually files saved with a BOM and then joined.
            if line > 1 {
                return "line \(line) starts with a \(bomLabel) byte-order mark (\(token ?? "BOM")); remove it: every line must be UTF-8 without BOM"
            }
            return "the text starts with a \(bomLabel) byte-order mark (\(token ?? "BOM")); save it as UTF-8 without BOM"
        case .invalidUTF8:
            return "invalid UTF-8 (byte \(token ?? "?")); the text must be encoded in UTF-8 (was it saved as Latin-1, Windows-1252 or UTF-16?)"
        case .duplicateKey:
            if let key { return "duplicate key \(Self.quoted(key)) in object; each key may appear only once" }
            return "duplicate key in object; each key may appear only once"
        case .trailingData:
            return "unexpected \(foundText(english: true)) after the end of the JSON value; a document holds exactly one value (for several, use JSON Lines: one value per line)"
        case .tooDeep:
            return "arrays and objects are nested more than \(JSONDocument.maximumDepth) levels deep"
        case .invalidNumber:
            return "invalid number \(quotedToken); JSON numbers have no leading zeros, no leading '+' or '.', and need digits after '.' and after 'e'"
        case .numberOutOfRange:
            return "number \(quotedToken) is out of range: integers must lie between \(Int64.min) and \(Int64.max), other numbers within ±\(Double.greatestFiniteMagnitude)"
        case .invalidLiteral:
            if isNonFiniteLiteral {
                return "\(quotedToken) is not valid JSON: numbers must be finite (NaN and Infinity do not exist in JSON)"
            }
            return "invalid literal \(quotedToken); JSON has only true, false and null (lowercase), and strings need double quotes"
        case .unexpectedCharacter:
            return "unexpected \(characterDescription(english: true)); it cannot start any JSON value"
        case .unexpectedToken:
            let found = foundText(english: true)
            switch janssonMessage {
            case "string or '}' expected": return "expected a key in double quotes or '}' but found \(found)"
            case "':' expected": return "expected ':' after the key but found \(found)"
            case "']' expected": return "expected ',' or ']' after an array element but found \(found)"
            case "'}' expected": return "expected ',' or '}' after an object member but found \(found)"
            case "unexpected token": return "expected a value but found \(found)"
            default: return "unexpected \(found) (\(detail))"
            }
        case .unexpectedEndOfInput:
            switch janssonMessage {
            case "premature end of input": return "unexpected end of input inside a string (the closing '\"' is missing)"
            case "']' expected": return "unexpected end of input inside an array (']' is missing)"
            case "'}' expected", "string or '}' expected": return "unexpected end of input inside an object ('}' is missing)"
            case "':' expected": return "unexpected end of input after an object key (':' and a value are missing)"
            default: return "unexpected end of input where a value was expected"
            }
        case .invalidEscape:
            if detail.hasPrefix("invalid Unicode") {
                return "invalid Unicode escape in string: a UTF-16 surrogate (\\uD800-\\uDFFF) must come as a high-low pair"
            }
            return "invalid escape sequence in string; allowed are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by 4 hex digits"
        case .controlCharacterInString:
            let code = controlCharacterCode
            if code == 0x0A {
                return "line break inside a string; write it as the escape \\n (a string cannot span lines)"
            }
            return "control character \(Self.codePoint(code)) inside a string; write it as the escape \(Self.escape(code))"
        case .nulInObjectKey:
            return "an object key contains U+0000 (\\u0000); such keys are read only from a file or buffer of at most 64 MiB, this input is larger or cannot be read twice"
        case .other:
            return "invalid JSON: \(detail)"
        }
    }

    /// ``italianMessage`` without the position.
    ///
    /// ```swift
    /// print("\(error.line):\(error.column) \(error.italianExplanation)")
    /// ```
    public var italianExplanation: String {
        switch reason {
        case .emptyDocument:
            return byteOffset == 0
                ? "il documento è vuoto: non contiene alcun valore JSON"
                : "il documento è vuoto: contiene solo spazi, nessun valore JSON"
        case .byteOrderMark:
            if line > 1 {
                return "la riga \(line) inizia con un byte-order mark \(bomLabel) (\(token ?? "BOM")); toglierlo: ogni riga deve essere UTF-8 senza BOM"
            }
            return "il testo inizia con un byte-order mark \(bomLabel) (\(token ?? "BOM")); salvarlo come UTF-8 senza BOM"
        case .invalidUTF8:
            return "UTF-8 non valido (byte \(token ?? "?")); il testo deve essere codificato in UTF-8 (forse è stato salvato come Latin-1, Windows-1252 o UTF-16?)"
        case .duplicateKey:
            if let key { return "chiave \(Self.quoted(key)) duplicata nell'oggetto; ogni chiave può comparire una sola volta" }
            return "chiave duplicata nell'oggetto; ogni chiave può comparire una sola volta"
        case .trailingData:
            return "\(foundText(english: false)) inatteso dopo la fine del valore JSON; un documento contiene un solo valore (per più valori usare JSON Lines: un valore per riga)"
        case .tooDeep:
            return "array e oggetti annidati oltre \(JSONDocument.maximumDepth) livelli"
        case .invalidNumber:
            return "numero non valido \(quotedToken); i numeri JSON non hanno zeri iniziali né '+' o '.' iniziali, e vogliono cifre dopo '.' e dopo 'e'"
        case .numberOutOfRange:
            return "numero \(quotedToken) fuori intervallo: gli interi devono stare tra \(Int64.min) e \(Int64.max), gli altri numeri entro ±\(Double.greatestFiniteMagnitude)"
        case .invalidLiteral:
            if isNonFiniteLiteral {
                return "\(quotedToken) non è JSON valido: i numeri devono essere finiti (NaN e Infinity non esistono in JSON)"
            }
            return "letterale non valido \(quotedToken); JSON ammette solo true, false e null (minuscoli), e le stringhe vogliono le virgolette doppie"
        case .unexpectedCharacter:
            return "\(characterDescription(english: false)) inatteso; non può iniziare alcun valore JSON"
        case .unexpectedToken:
            let found = foundText(english: false)
            switch janssonMessage {
            case "string or '}' expected": return "attesa una chiave tra virgolette doppie o '}', trovato \(found)"
            case "':' expected": return "atteso ':' dopo la chiave, trovato \(found)"
            case "']' expected": return "atteso ',' o ']' dopo un elemento dell'array, trovato \(found)"
            case "'}' expected": return "atteso ',' o '}' dopo un membro dell'oggetto, trovato \(found)"
            case "unexpected token": return "atteso un valore, trovato \(found)"
            default: return "\(found) inatteso (\(detail))"
            }
        case .unexpectedEndOfInput:
            switch janssonMessage {
            case "premature end of input": return "fine dell'input dentro una stringa (manca la '\"' di chiusura)"
            case "']' expected": return "fine dell'input dentro un array (manca ']')"
            case "'}' expected", "string or '}' expected": return "fine dell'input dentro un oggetto (manca '}')"
            case "':' expected": return "fine dell'input dopo una chiave (mancano ':' e un valore)"
            default: return "fine dell'input dove era atteso un valore"
            }
        case .invalidEscape:
            if detail.hasPrefix("invalid Unicode") {
                return "escape Unicode non valido nella stringa: un surrogato UTF-16 (\\uD800-\\uDFFF) deve far parte di una coppia alta-bassa"
            }
            return "sequenza di escape non valida nella stringa; sono ammesse \\\" \\\\ \\/ \\b \\f \\n \\r \\t e \\u seguito da 4 cifre esadecimali"
        case .controlCharacterInString:
            let code = controlCharacterCode
            if code == 0x0A {
                return "a capo dentro una stringa; va scritto come escape \\n (una stringa non può andare a capo)"
            }
            return "carattere di controllo \(Self.codePoint(code)) dentro una stringa; va scritto come escape \(Self.escape(code))"
        case .nulInObjectKey:
            return "una chiave contiene U+0000 (\\u0000); chiavi simili si leggono solo da un file o da un buffer di al massimo 64 MiB, questo input è più grande o non si può rileggere"
        case .other:
            return "JSON non valido: \(detail)"
        }
    }

    // MARK: Pieces of sentences

    /// jansson's text without its ` near '...'` or ` near end of file` context.
    private var janssonMessage: Substring {
        if let range = detail.firstRange(of: " near ") { return detail[..<range.lowerBound] }
        return detail[...]
    }

    private var quotedToken: String { token.map { "'\(Self.shortened($0))'" } ?? "(unknown)" }

    /// A token as a message shows it: whole up to 48 characters; longer (a 40,000-digit
    /// number) its first 40 characters, an ellipsis and its length, so that one bad token
    /// cannot make a message of kilobytes.
    static func shortened(_ token: String) -> String {
        guard token.count > 48 else { return token }
        return String(token.prefix(40)) + "…(\(token.count))"
    }

    private var isNonFiniteLiteral: Bool {
        guard let token else { return false }
        let word = token.drop { $0 == "-" || $0 == "+" }.lowercased()
        return word == "nan" || word == "inf" || word == "infinity"
    }

    private var bomLabel: String {
        token == "EF BB BF" ? "UTF-8" : "UTF-16"
    }

    /// The offending token as found in the text, or the character when it is a lone one.
    private func foundText(english: Bool) -> String {
        guard let token, !token.isEmpty else { return english ? "data" : "dato" }
        if token.unicodeScalars.count == 1 { return characterDescription(english: english) }
        return "'\(Self.shortened(token))'"
    }

    /// `'*'`, `U+2060` or `'é' (U+00E9)`: invisible characters are named by code point only.
    private func characterDescription(english: Bool) -> String {
        guard let scalar = token?.unicodeScalars.first else { return english ? "character" : "carattere" }
        if scalar.value == 0 { return english ? "NUL byte (0x00)" : "byte NUL (0x00)" }
        let name = english ? "character" : "carattere"
        if scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F { return "\(name) '\(Character(scalar))'" }
        switch scalar.properties.generalCategory {
        case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse, .surrogate:
            return "\(name) \(Self.codePoint(scalar.value))"
        default:
            return "\(name) '\(Character(scalar))' (\(Self.codePoint(scalar.value)))"
        }
    }

    /// The code from jansson's `control character 0x9`; `unexpected newline` means 0x0A.
    private var controlCharacterCode: UInt32 {
        if detail.hasPrefix("unexpected newline") { return 0x0A }
        guard let range = detail.firstRange(of: "0x") else { return 0 }
        let digits = detail[range.upperBound...].prefix { $0.isHexDigit }
        return UInt32(digits, radix: 16) ?? 0
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func escape(_ code: UInt32) -> String {
        switch code {
        case 0x08: return "\\b"
        case 0x09: return "\\t"
        case 0x0A: return "\\n"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        default:
            let hex = String(code, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// A key shown as a JSON string literal, so that quotes and control characters in it stay visible.
    /// A key over 48 characters is shortened as ``shortened(_:)`` shortens a token.
    static func quoted(_ text: String) -> String {
        guard text.count > 48 else { return String(decoding: JSONWriter.quotedBytes(text), as: UTF8.self) }
        return String(decoding: JSONWriter.quotedBytes(String(text.prefix(40))), as: UTF8.self) + "…(\(text.count))"
    }
}
