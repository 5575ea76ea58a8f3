/// What one step of a pattern accepts: a literal, a class (`[a-z]`, `\d`, `\p{Lu}`), or `.`.
/// Tested per Unicode scalar, as the automaton walks the text.
struct ScalarSet: Sendable {
    enum Item: Sendable {
        case range(UInt32, UInt32)
        case digit, word, space
        /// General categories by their one- or two-letter names (`L`, `Lu`).
        case category(String)
        /// Any scalar but a line end (`.` without `s`).
        case notLineEnd
        case any
        /// A class nested in a class (`[^\d]`, `[\D]`), kept with its own negation.
        indirect case set(ScalarSet)
    }

    var items: [Item]
    var negated = false
    var caseInsensitive = false

    init(_ items: [Item], negated: Bool = false, caseInsensitive: Bool = false) {
        self.items = items
        self.negated = negated
        self.caseInsensitive = caseInsensitive
    }

    static func literal(_ scalar: Unicode.Scalar, caseInsensitive: Bool) -> ScalarSet {
        ScalarSet([.range(scalar.value, scalar.value)], caseInsensitive: caseInsensitive)
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        if matchesItem(scalar) { return !negated }
        if caseInsensitive {
            for other in Self.caseVariants(of: scalar) where matchesItem(other) { return !negated }
        }
        return negated
    }

    private func matchesItem(_ scalar: Unicode.Scalar) -> Bool {
        items.contains { item in
            switch item {
            case .range(let low, let high): low <= scalar.value && scalar.value <= high
            case .digit: scalar.properties.numericType == .decimal
            case .word: scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal || scalar == "_"
                || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .connectorPunctuation
            case .space: scalar.properties.isWhitespace
            case .category(let name): Self.category(of: scalar).hasPrefix(name)
            case .notLineEnd: scalar != "\n" && scalar != "\r"
            case .any: true
            case .set(let inner): inner.contains(scalar)
            }
        }
    }

    /// The scalar's other cases, when each is a single scalar (`k` ↔ `K`).
    private static func caseVariants(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for mapped in [scalar.properties.lowercaseMapping, scalar.properties.uppercaseMapping] {
            let scalars = mapped.unicodeScalars
            if scalars.count == 1, let only = scalars.first, only != scalar { out.append(only) }
        }
        return out
    }

    /// The two-letter name of the scalar's general category (`Lu`, `Nd`).
    static func category(of scalar: Unicode.Scalar) -> String {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter: "Lu"
        case .lowercaseLetter: "Ll"
        case .titlecaseLetter: "Lt"
        case .modifierLetter: "Lm"
        case .otherLetter: "Lo"
        case .nonspacingMark: "Mn"
        case .spacingMark: "Mc"
        case .enclosingMark: "Me"
        case .decimalNumber: "Nd"
        case .letterNumber: "Nl"
        case .otherNumber: "No"
        case .connectorPunctuation: "Pc"
        case .dashPunctuation: "Pd"
        case .openPunctuation: "Ps"
        case .closePunctuation: "Pe"
        case .initialPunctuation: "Pi"
        case .finalPunctuation: "Pf"
        case .otherPunctuation: "Po"
        case .mathSymbol: "Sm"
        case .currencySymbol: "Sc"
        case .modifierSymbol: "Sk"
        case .otherSymbol: "So"
        case .spaceSeparator: "Zs"
        case .lineSeparator: "Zl"
        case .paragraphSeparator: "Zp"
        case .control: "Cc"
        case .format: "Cf"
        case .surrogate: "Cs"
        case .privateUse: "Co"
        case .unassigned: "Cn"
        @unknown default: "Cn"
        }
    }
}
