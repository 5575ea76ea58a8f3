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

    /// Volley's three, and Postman's dynamic variables (so a converted Postman collection keeps
    /// them): `$guid`, `$isoTimestamp` and the common `$random…` ones (README "Built-ins").
    public enum Builtin: String, Sendable, Hashable, CaseIterable {
        case uuid = "$uuid"
        case timestamp = "$timestamp"
        case randomInt = "$randomInt"
        case guid = "$guid"
        case isoTimestamp = "$isoTimestamp"
        case randomUUID = "$randomUUID"
        case randomAlphaNumeric = "$randomAlphaNumeric"
        case randomBoolean = "$randomBoolean"
        case randomColor = "$randomColor"
        case randomHexColor = "$randomHexColor"
        case randomAbbreviation = "$randomAbbreviation"
        case randomIP = "$randomIP"
        case randomIPV6 = "$randomIPV6"
        case randomMACAddress = "$randomMACAddress"
        case randomPassword = "$randomPassword"
        case randomLocale = "$randomLocale"
        case randomProtocol = "$randomProtocol"
        case randomSemver = "$randomSemver"
        case randomFirstName = "$randomFirstName"
        case randomLastName = "$randomLastName"
        case randomFullName = "$randomFullName"
        case randomUserName = "$randomUserName"
        case randomEmail = "$randomEmail"
        case randomExampleEmail = "$randomExampleEmail"
        case randomUrl = "$randomUrl"
        case randomDomainName = "$randomDomainName"
        case randomDomainWord = "$randomDomainWord"
        case randomWord = "$randomWord"
        case randomWords = "$randomWords"
        case randomLoremWord = "$randomLoremWord"
        case randomLoremWords = "$randomLoremWords"
        case randomLoremSentence = "$randomLoremSentence"
        case randomPhoneNumber = "$randomPhoneNumber"
        case randomCity = "$randomCity"
        case randomCountry = "$randomCountry"
        case randomCountryCode = "$randomCountryCode"
        case randomStreetAddress = "$randomStreetAddress"
        case randomPrice = "$randomPrice"
        case randomCompanyName = "$randomCompanyName"
        case randomJobTitle = "$randomJobTitle"
        case randomWeekday = "$randomWeekday"
        case randomMonth = "$randomMonth"
        case randomDatePast = "$randomDatePast"
        case randomDateFuture = "$randomDateFuture"
        case randomDateRecent = "$randomDateRecent"

        /// The longest text it renders to, for the size check of variables written in terms of others.
        public var largestSize: Int {
            switch self {
            case .uuid, .guid, .randomUUID, .randomIPV6: 39
            case .timestamp, .randomInt, .randomBoolean, .randomAbbreviation, .randomProtocol, .randomCountryCode: 10
            case .randomLoremSentence, .randomLoremWords, .randomWords: 200
            default: 64
            }
        }
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
    /// The template written back as its text, placeholders as `{{name}}`: for a value used as
    /// a name, and for writers that copy a template into another file (the Postman import).
    public var writtenText: String {
        parts.map { part in
            switch part {
            case .literal(let text): text
            case .variable(let name): "{{" + name + "}}"
            case .builtin(let builtin): "{{" + builtin.rawValue + "}}"
            }
        }.joined()
    }

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
    ///
    /// One pass over the UTF-8 bytes: `{` and `}` are ASCII, so every cut falls on a scalar
    /// boundary, and literals are copied as whole slices. Character offsets (for an error's
    /// column) are counted only on the way to an error, so the work stays linear in the text.
    public static func parse(_ text: String, at location: SourceLocation) throws(SyntaxError) -> Template {
        TemplateParseCounter.current?.record()
        let bytes = text.utf8
        // Most strings have no placeholder: one pass over the bytes settles it.
        if !bytes.containsPair(Self.open) {
            return Template(parts: [.literal(text)], location: location)
        }
        var parts: [Part] = []
        var literalStart = bytes.startIndex
        var index = bytes.startIndex
        func characterOffset(_ at: String.Index) -> Int { text[..<at].count }
        while let opening = Self.pair(Self.open, in: bytes, from: index) {
            let nameStart = bytes.index(opening, offsetBy: 2)
            guard let closing = Self.pair(Self.close, in: bytes, from: nameStart) else {
                throw SyntaxError(message: "unclosed '{{' in template (add '}}')", offset: characterOffset(opening))
            }
            if literalStart < opening { parts.append(.literal(String(text[literalStart..<opening]))) }
            index = bytes.index(closing, offsetBy: 2)
            literalStart = index
            // The usual `{{name}}`: ASCII name bytes only, nothing to trim or look up.
            if nameStart < closing, bytes[nameStart..<closing].allSatisfy(Self.isASCIINameByte) {
                parts.append(.variable(String(text[nameStart..<closing])))
                continue
            }
            let name = text[nameStart..<closing].trimmingWhitespace()
            guard !name.isEmpty else {
                throw SyntaxError(message: "empty placeholder '{{}}'", offset: characterOffset(opening))
            }
            if name.hasPrefix("$") {
                guard let builtin = Builtin(rawValue: name) else {
                    let known = [Builtin.uuid, .timestamp, .randomInt].map { "{{\($0.rawValue)}}" }.joined(separator: ", ")
                    let hint = Suggestion.closest(to: name, among: Set(Builtin.allCases.map(\.rawValue)))
                        .map { "did you mean '{{\($0)}}'? " } ?? ""
                    throw SyntaxError(
                        message: "unknown built-in '{{\(name)}}' (\(hint)known: \(known), and Postman's dynamic variables "
                            + "such as {{$guid}}, {{$isoTimestamp}}, {{$randomEmail}}: README 'Built-ins')",
                        offset: characterOffset(opening))
                }
                parts.append(.builtin(builtin))
            } else {
                guard name.allSatisfy(Self.isNameCharacter) else {
                    throw SyntaxError(
                        message: "invalid variable name '\(name)' (use letters, digits, '_', '-', '.')",
                        offset: characterOffset(opening))
                }
                parts.append(.variable(name))
            }
        }
        if literalStart < bytes.endIndex || parts.isEmpty { parts.append(.literal(String(text[literalStart...]))) }
        return Template(parts: parts, location: location)
    }

    private static func isASCIINameByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."): true
        default: false
        }
    }

    private static let open = UInt8(ascii: "{")
    private static let close = UInt8(ascii: "}")

    /// Where the first two `byte`s in a row start, at or after `start`.
    private static func pair(_ byte: UInt8, in bytes: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == byte {
                let next = bytes.index(after: index)
                if next < bytes.endIndex, bytes[next] == byte { return index }
            }
            index = bytes.index(after: index)
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
