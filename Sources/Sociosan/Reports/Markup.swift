/// Escaping for the markup Sociosan writes itself: the SVG of the SST quality chart and the
/// HTML indicator page. One place, so that a text cannot reach a page unescaped by a second,
/// forgetful copy.
///
/// ```swift
/// Markup.escaped("a < b & \"c\"")                            // "a &lt; b &amp; &quot;c&quot;"
/// Markup.escaped("dell'ASST", apostrophe: true)              // "dell&#39;ASST"
/// ```
public enum Markup {
    /// The text made safe as XML or HTML character data and as a double-quoted attribute
    /// value: `&`, `<`, `>` and `"` always; `'` too when `apostrophe` is set (HTML, where a
    /// reader may quote attributes either way). C0 control characters other than tab, line
    /// feed and carriage return cannot appear in either language, so they are dropped.
    public static func escaped(_ text: String, apostrophe: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
