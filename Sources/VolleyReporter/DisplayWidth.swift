/// How many terminal columns text takes, for columns that stay aligned: East Asian Wide and
/// Fullwidth characters and emoji take two, combining marks and invisible format characters none.
///
/// Swift's scalar properties give emoji presentation, general category and default-ignorable;
/// East Asian Width is not among them, so the wide blocks are listed here (the CJK, Hangul, kana
/// and fullwidth blocks of the Unicode standard), not every single wide code point.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        // Printable ASCII, nearly every name: one column a byte, without Unicode property lookups.
        if isPrintableASCII(text) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    static func isPrintableASCII(_ text: String) -> Bool {
        // Over the contiguous bytes a few instructions a byte; through UTF8View's index, dozens.
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
            ?? text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// A grapheme cluster is drawn as one glyph: its base decides, unless it is shown as an emoji
    /// (an emoji presentation scalar, or text-default emoji with VS16 `U+FE0F`, or a ZWJ sequence).
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        if scalars.contains("\u{FE0F}"), let first = scalars.first, first.properties.isEmoji { return 2 }
        for scalar in scalars {
            let width = of(scalar)
            if width > 0 { return width }
        }
        return 0
    }

    static func of(_ scalar: Unicode.Scalar) -> Int {
        for block in wideBlocks where block.contains(scalar.value) { return 2 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        return properties.isDefaultIgnorableCodePoint ? 0 : 1
    }

    /// Blocks whose characters are East Asian Wide (W) or Fullwidth (F).
    private static let wideBlocks: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo leading consonants
        0x2E80...0x303E,  // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, enclosed CJK, CJK compatibility
        0x3400...0x4DBF,  // CJK unified ideographs extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi syllables and radicals
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth ASCII variants
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x18AFF,  // ideographic symbols, Tangut
        0x1B000...0x1B2FF,  // kana supplement and extensions, Nushu
        0x20000...0x3FFFD,  // CJK ideographs, supplementary and tertiary planes
    ]
}

extension String {
    /// Control characters (a tab, a line break, ESC) as `\t`, `\n`, `\r`, `\u{1B}`: printed raw
    /// they move the cursor, so a name holding one would break the columns after it.
    var controlCharactersEscaped: String {
        if DisplayWidth.isPrintableASCII(self) { return self }
        guard unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case let c where c.properties.generalCategory == .control:
                out += "\\u{" + String(c.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Padded with spaces to `columns` display columns; wider text is shortened in the middle
    /// (`Users / Adm…create token`), so what follows stays in its column.
    func fitted(toColumns columns: Int) -> String {
        // A printable ASCII name that fits (nearly every one): one pass over its bytes, not four.
        if DisplayWidth.isPrintableASCII(self), utf8.count <= columns {
            return utf8.count == columns ? self : self + .spaces(columns - utf8.count)
        }
        let shortened = shortened(toColumns: columns)
        let width = DisplayWidth.of(shortened)
        return width >= columns ? shortened : shortened + .spaces(columns - width)
    }

    /// At most `columns` display columns: the start and the end kept, `…` between them; control
    /// characters escaped (see `controlCharactersEscaped`).
    func shortened(toColumns columns: Int) -> String {
        let text = controlCharactersEscaped
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns > 1 else { return columns == 1 ? "…" : "" }
        let room = columns - 1
        if DisplayWidth.isPrintableASCII(text) {
            return String(text.prefix((room + 1) / 2)) + "…" + String(text.suffix(room / 2))
        }
        var head = "", headWidth = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if headWidth + w > (room + 1) / 2 { break }
            head.append(character)
            headWidth += w
        }
        var tail: [Character] = [], tailWidth = 0
        for character in text.reversed() {
            let w = DisplayWidth.of(character)
            if headWidth + tailWidth + w > room { break }
            tail.append(character)
            tailWidth += w
        }
        return head + "…" + String(tail.reversed())
    }
}
