extension String {
    /// Text safe inside XML or HTML elements and double- or single-quoted attributes: the five
    /// predefined entities, and characters XML 1.0 forbids dropped (most C0 controls, lone
    /// surrogates cannot occur in a Swift string, U+FFFE/U+FFFF). Newlines and tabs in attribute
    /// values become character references so a parser keeps them rather than folding them to spaces.
    func markupEscaped(attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n" where attribute: out += "&#10;"
            case "\r" where attribute: out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\r", "\t": out.unicodeScalars.append(scalar)
            case let c where c.value < 0x20 || (0x7F...0x9F).contains(c.value) || c.value == 0xFFFE || c.value == 0xFFFF:
                continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
