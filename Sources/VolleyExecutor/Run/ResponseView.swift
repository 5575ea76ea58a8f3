import VolleyCore
import VolleyJSON
import VolleyXML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One response as assertions and captures see it. The body is parsed as JSON at most once,
/// and only if something asks for it.
final class ResponseView {
    let response: ReceivedResponse
    let totalMilliseconds: Double
    /// The URL of the last request sent (after redirects), and how many redirects led there.
    let finalURL: String
    let redirectCount: Int
    private var parsedJSON: Result<JSONValue, JSONSyntaxError>?
    private var decodedText: String?
    private var parsedDocument: Result<XMLDocument, XMLDocument.ParseError>?

    init(response: ReceivedResponse, totalMilliseconds: Double, finalURL: String = "", redirectCount: Int = 0) {
        self.response = response
        self.totalMilliseconds = totalMilliseconds
        self.finalURL = finalURL
        self.redirectCount = redirectCount
    }

    /// `2` for `HTTP/2`, `1.1` for `HTTP/1.1`: the version as `expect: version:` writes it.
    var versionNumber: String {
        let version = response.httpVersion
        return version.hasPrefix("HTTP/") ? String(version.dropFirst(5)) : version
    }

    /// One field of the server's certificate; nil over plain http (no certificate exists).
    func certificate(_ field: CertificateField) -> JSONValue? {
        guard let certificate = response.certificate else { return nil }
        let text: String?
        switch field {
        case .subject: text = certificate.subject
        case .issuer: text = certificate.issuer
        case .startDate: text = certificate.startDate
        case .expireDate: text = certificate.expireDate
        case .serialNumber: text = certificate.serialNumber
        case .expiresAfter:
            guard let expiry = certificate.expiresAt else { return nil }
            let now = Int64(time(nil))
            return .number(Double(expiry - now))
        }
        return text.map { .string($0) }
    }

    /// One attribute of the cookie named `name` that this response sets; nil when it sets none
    /// of that name (or the attribute is absent), so `exists: false` can say so.
    func cookie(_ name: String, _ attribute: CookieAttribute) -> JSONValue? {
        guard let cookie = SetCookie.all(in: response.headers).last(where: { $0.name == name }) else { return nil }
        switch attribute {
        case .value: return .string(cookie.value)
        case .domain: return cookie.domain.map { .string($0) }
        case .path: return cookie.path.map { .string($0) }
        case .expires: return cookie.expires.map { .string($0) }
        case .maxAge: return cookie.maxAge.map { .string($0) }
        case .sameSite: return cookie.sameSite.map { .string($0) }
        case .secure: return .bool(cookie.secure)
        case .httpOnly: return .bool(cookie.httpOnly)
        }
    }

    var json: Result<JSONValue, JSONSyntaxError> {
        if let parsedJSON { return parsedJSON }
        let result = Result { () throws(JSONSyntaxError) in try JSONValue.parse(bytes: response.body) }
        parsedJSON = result
        return result
    }

    /// The body as text, decoded by the `charset` its `Content-Type` names (UTF-8 without one),
    /// once. Line endings and normalization are left as they came.
    var bodyText: String {
        if let decodedText { return decodedText }
        let text = BodyCharset.text(of: response.body, contentType: response.headers.values(of: "content-type").first)
        decodedText = text
        return text
    }

    /// An `xpath:` subject: the body parsed once, as HTML for a `text/html` response (or a body
    /// that starts like a page), else as XML.
    func xpath(_ text: String) -> Result<JSONValue?, LookupError> {
        let document: XMLDocument
        switch parsedDocument ?? parseDocument() {
        case .success(let parsed): document = parsed
        case .failure(let error): return .failure(LookupError(message: "response body: \(error.message)"))
        }
        do {
            return document.evaluate(try XPathExpression(text)).mapError { LookupError(message: $0.message) }
        } catch {
            return .failure(LookupError(message: "invalid XPath: \(error.message)"))
        }
    }

    private func parseDocument() -> Result<XMLDocument, XMLDocument.ParseError> {
        let contentType = response.headers.values(of: "content-type").first
        let type = contentType?.lowercased() ?? ""
        let start = String(decoding: response.body.prefix(64), as: UTF8.self).lowercased().trimmingWhitespace()
        let html = type.contains("text/html") || (type.isEmpty && (start.hasPrefix("<!doctype html") || start.hasPrefix("<html")))
        let result = Result { () throws(XMLDocument.ParseError) in 
            try XMLDocument(bytes: response.body, html: html, charset: contentType.flatMap(BodyCharset.name(inContentType:)))
        }
        parsedDocument = result
        return result
    }

    /// `bytes:` subjects, on the body as received: before its `Content-Encoding` is decoded.
    func bytes(_ property: Assertion.ByteProperty) -> JSONValue {
        let raw = response.encodedBody ?? response.body
        return switch property {
        case .length: .integer(Int64(raw.count))
        case .sha256: .string(Digest.sha256.hex(raw))
        case .md5: .string(Digest.md5.hex(raw))
        }
    }

    /// A header's value; a repeated header gives the list of its values.
    func header(_ name: String) -> JSONValue? {
        let values = response.headers.values(of: name)
        switch values.count {
        case 0: return nil
        case 1: return .string(values[0])
        default: return .array(values.map { .string($0) })
        }
    }
}

/// What a JSONPath found, as a single value: nothing, the one match, or the list of matches.
enum JSONPathLookup {
    static func value(of query: CompiledQuery, in view: ResponseView) -> Result<JSONValue?, LookupError> {
        let root: JSONValue
        switch view.json {
        case .success(let value): root = value
        case .failure(let error): return .failure(LookupError(message: "response body is not JSON (\(error))"))
        }
        // Values only: normalized paths are not needed here, and building them costs.
        let values = query.query.values(in: root)
        switch values.count {
        case 0: return .success(nil)
        case 1: return .success(values[0])
        default: return .success(.array(values))
        }
    }
}

struct LookupError: Error {
    var message: String
}
