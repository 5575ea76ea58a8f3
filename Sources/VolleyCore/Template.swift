/// A string with `{{name}}` placeholders, split once at parse time so that rendering is a walk
/// over parts and a malformed placeholder is reported where it was written.
public struct Template: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case literal(String)
        /// `{{name}}`: a variable, looked up in the run's scopes.
        case variable(String)
        /// `{{$uuid}}` and friends: computed at each use.
        case builtin(Builtin)
    }

    public enum Builtin: String, Sendable, Hashable, CaseIterable {
        case uuid = "$uuid"
        case timestamp = "$timestamp"
        case randomInt = "$randomInt"
    }

    public var parts: [Part]
    public var location: SourceLocation

    public init(parts: [Part], location: SourceLocation) {
        self.parts = parts
        self.location = location
    }

    /// A template that is a single placeholder keeps the variable's JSON type in a JSON body.
    public var singlePlaceholder: Part? {
        guard parts.count == 1, let only = parts.first else { return nil }
        if case .literal = only { return nil }
        return only
    }

    /// The variable names this template reads.
    public var variableNames: [String] {
        parts.compactMap { if case .variable(let name) = $0 { name } else { nil } }
    }
}

extension Template {
    public struct SyntaxError: Error, Sendable, Equatable {
        public var message: String
        /// Offset in characters from the start of the template text.
        public var offset: Int
    }

    /// Splits `text` into literals and placeholders. `{{` without a closing `}}`, an empty name,
    /// or an unknown `$builtin` is a syntax error.
    public static func parse(_ text: String, at location: SourceLocation) throws(SyntaxError) -> Template {
        TemplateParseCounter.current?.record()
        // Most strings have no placeholder: one pass over the bytes settles it.
        if !text.utf8.containsPair(UInt8(ascii: "{")) {
            return Template(parts: [.literal(text)], location: location)
        }
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let nameStart = text.index(index, offsetBy: 2)
                guard let close = Self.closingBraces(in: text, from: nameStart) else {
                    throw SyntaxError(
                        message: "unclosed '{{' in template (add '}}')",
                        offset: text.distance(from: text.startIndex, to: index))
                }
                let name = text[nameStart..<close.lowerBound].trimmingWhitespace()
                // Counted only on the way to an error: counting at every placeholder would make
                // a text with many placeholders quadratic.
                var offset: Int { text.distance(from: text.startIndex, to: index) }
                guard !name.isEmpty else {
                    throw SyntaxError(message: "empty placeholder '{{}}'", offset: offset)
                }
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                if name.hasPrefix("$") {
                    guard let builtin = Builtin(rawValue: name) else {
                        let known = Builtin.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ")
                        throw SyntaxError(message: "unknown built-in '{{\(name)}}' (known: \(known))", offset: offset)
                    }
                    parts.append(.builtin(builtin))
                } else {
                    guard name.allSatisfy(Self.isNameCharacter) else {
                        throw SyntaxError(
                            message: "invalid variable name '\(name)' (use letters, digits, '_', '-', '.')",
                            offset: offset)
                    }
                    parts.append(.variable(name))
                }
                index = close.upperBound
            } else {
                literal.append(text[index])
                index = text.index(after: index)
            }
        }
        if !literal.isEmpty || parts.isEmpty { parts.append(.literal(literal)) }
        return Template(parts: parts, location: location)
    }

    /// The range of the first `}}` at or after `start`.
    private static func closingBraces(in text: String, from start: String.Index) -> Range<String.Index>? {
        var index = start
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "}", next < text.endIndex, text[next] == "}" { return index..<text.index(after: next) }
            index = next
        }
        return nil
    }

    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "_" || c == "-" || c == "."
    }
}

extension StringProtocol {
    /// Without leading and trailing whitespace (no Foundation in VolleyCore).
    public func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension String.UTF8View {
    /// Whether two `byte`s stand next to each other.
    public func containsPair(_ byte: UInt8) -> Bool {
        var previous: UInt8 = 0
        for b in self {
            if b == byte && previous == byte { return true }
            previous = b
        }
        return false
    }
}
