public import VolleyJSON

/// One check in a request's `expect:` block, with where it was written so a failure points at it.
public struct Assertion: Sendable, Hashable {
    public var subject: Subject
    public var predicate: Predicate
    /// Steps from the subject's value to the value the predicate sees (`filter:`); most
    /// assertions have none, and then checking does no filter work at all.
    public var filters: [SubjectFilter]
    public var location: SourceLocation
    /// Expected strings written with placeholders (`"$.id": "{{company_id}}"`), keyed by their
    /// text and parsed once, here, so checking a response renders them without parsing. A copy
    /// whose predicate was rewritten (a report's redacted one) is never checked again.
    public let expectedTemplates: [String: Template]

    public init(subject: Subject, predicate: Predicate, filters: [SubjectFilter] = [], location: SourceLocation) {
        self.subject = subject
        self.predicate = predicate
        self.filters = filters
        self.location = location
        self.expectedTemplates = Self.templates(in: predicate, at: location)
    }

    /// Strings and strings in arrays, the values a check fills in; one that does not parse is
    /// compared as written.
    private static func templates(in predicate: Predicate, at location: SourceLocation) -> [String: Template] {
        var found: [String: Template] = [:]
        func collect(_ value: JSONValue) {
            switch value {
            case .string(let text) where text.contains("{{"):
                if found[text] == nil, let template = try? Template.parse(text, at: location) { found[text] = template }
            case .array(let items): items.forEach(collect)
            default: break
            }
        }
        _ = predicate.mappingValues { (value: JSONValue) -> JSONValue in
            collect(value)
            return value
        }
        return found
    }

    public enum ByteProperty: String, Sendable, Hashable, CaseIterable {
        /// The number of bytes.
        case length
        /// Lowercase hex digests.
        case sha256, md5
    }

    public enum Subject: Sendable, Hashable, CustomStringConvertible {
        /// The status code; `2xx` classes are parsed into a predicate on the number.
        case status
        /// Total time of the exchange, in milliseconds.
        case duration
        case header(String)
        /// A JSONPath (RFC 9535) into the response body.
        case json(CompiledQuery)
        /// The body as text, decoded by the response's `charset` (UTF-8 when it names none).
        case body
        /// An XPath 1.0 expression on the body parsed as HTML (a `text/html` response) or XML;
        /// checked at load by the parser, which holds libxml2.
        case xpath(String)
        /// A CSS selector on the body parsed the same way, kept with the XPath it was translated
        /// into at load (`CSSSelector`, in VolleyXML), which is what runs.
        case css(selector: String, xpath: String)
        /// A property of the body's bytes as received, never decoded (`bytes: { sha256: … }`).
        case bytes(ByteProperty)
        /// A cookie the response sets (`Set-Cookie`), its value or one attribute.
        case cookie(String, CookieAttribute)
        /// The response's HTTP version: `1.0`, `1.1`, `2`, `3`.
        case httpVersion
        /// The final URL, after any redirects followed.
        case url
        /// How many redirects were followed.
        case redirects
        /// The server's TLS certificate (libcurl's certinfo).
        case certificate(CertificateField)

        public var description: String {
            switch self {
            case .status: "status"
            case .duration: "duration"
            case .header(let name): "header \(name)"
            case .json(let path): "json \(path)"
            case .body: "body"
            case .xpath(let expression): "xpath \(expression)"
            case .css(let selector, _): "css \(selector)"
            case .bytes(let property): "bytes \(property.rawValue)"
            case .cookie(let name, .value): "cookie \(name)"
            case .cookie(let name, let attribute): "cookie \(name) \(attribute.rawValue)"
            case .httpVersion: "version"
            case .url: "url"
            case .redirects: "redirects"
            case .certificate(.expiresAfter): "certificate seconds until expiry"
            case .certificate(let field): "certificate \(field.rawValue)"
            }
        }
    }
}
