import VolleyCore
import VolleyJSON
import VolleyXML

/// One response as assertions and captures see it. The body is parsed as JSON at most once,
/// and only if something asks for it.
final class ResponseView {
    let response: ReceivedResponse
    let totalMilliseconds: Double
    private var parsedJSON: Result<JSONValue, JSONSyntaxError>?
    private var decodedText: String?
    private var parsedDocument: Result<XMLDocument, XMLDocument.ParseError>?

    init(response: ReceivedResponse, totalMilliseconds: Double) {
        self.response = response
        self.totalMilliseconds = totalMilliseconds
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

    /// `bytes:` subjects, on the body as received.
    func bytes(_ property: Assertion.ByteProperty) -> JSONValue {
        switch property {
        case .length: .integer(Int64(response.body.count))
        case .sha256: .string(SHA256.hex(response.body))
        case .md5: .string(MD5.hex(response.body))
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
