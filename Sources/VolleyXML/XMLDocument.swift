internal import CXML2
public import VolleyJSON

/// A response body parsed by libxml2, as HTML (its forgiving parser, for pages) or as XML,
/// to evaluate XPath expressions on. Owns the libxml2 document; not Sendable, one per response.
public final class XMLDocument {
    private let document: xmlDocPtr

    public struct ParseError: Error, Sendable {
        public var message: String
    }

    /// HTML when `html`, else XML (which must be well formed). No network access, no entity
    /// expansion, no DTD loading.
    /// `charset`: what the response's `Content-Type` names, which wins over the document's own.
    public init(bytes: [UInt8], html: Bool, charset: String? = nil) throws(ParseError) {
        XMLLibrary.initialize()
        guard bytes.count < Int(Int32.max) else { throw ParseError(message: "the body is too large to parse") }
        let parsed = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    Self.read(chars, Int32(buffer.count), html: html, charset: charset)
                }
            }
        }
        guard let parsed else {
            throw ParseError(message: html ? "the body is not HTML" : "the body is not well-formed XML")
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    private static func read(_ bytes: UnsafePointer<CChar>, _ size: Int32, html: Bool, charset: String?) -> xmlDocPtr? {
        guard let charset else { return html ? volley_html_read(bytes, size, nil) : volley_xml_read(bytes, size, nil) }
        return charset.withCString { name in
            html ? volley_html_read(bytes, size, name) : volley_xml_read(bytes, size, name)
        }
    }

    /// What the expression yields: nil for an empty node-set, a node's text for one node, the
    /// list of texts for several (as a JSONPath with several matches), or the number, string or
    /// boolean an expression like `count(//li)` computes.
    public func evaluate(_ expression: XPathExpression) -> Result<JSONValue?, ParseError> {
        guard let context = volley_xpath_context(document) else {
            return .failure(ParseError(message: "libxml2 could not make an XPath context"))
        }
        defer { xmlXPathFreeContext(context) }
        guard let object = xmlXPathEvalExpression(expression.text, context) else {
            let message = volley_xpath_error_message(context).map { String(cString: $0).trimmingTrailingNewlines() }
            return .failure(ParseError(message: "XPath failed: \(message ?? "unknown error")"))
        }
        defer { xmlXPathFreeObject(object) }
        switch volley_xpath_type(object) {
        case Int32(XPATH_NODESET.rawValue):
            let count = volley_nodeset_count(object)
            var texts: [JSONValue] = []
            texts.reserveCapacity(Int(count))
            for index in 0..<count {
                guard let node = volley_nodeset_item(object, index) else { continue }
                texts.append(.string(Self.text(of: node)))
            }
            switch texts.count {
            case 0: return .success(nil)
            case 1: return .success(texts[0])
            default: return .success(.array(texts))
            }
        case Int32(XPATH_BOOLEAN.rawValue):
            return .success(.bool(object.pointee.boolval != 0))
        case Int32(XPATH_NUMBER.rawValue):
            let number = object.pointee.floatval
            if number.isFinite, number.rounded() == number, abs(number) < 9.0e15 { return .success(.integer(Int64(number))) }
            return .success(.number(number))
        case Int32(XPATH_STRING.rawValue):
            return .success(.string(object.pointee.stringval.map { String(cString: $0) } ?? ""))
        default:
            return .failure(ParseError(message: "XPath gave a value Volley cannot compare"))
        }
    }

    /// The node's text content (an attribute's value, an element's text with its descendants').
    private static func text(of node: xmlNodePtr) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { volley_xml_free(content) }
        return String(cString: content)
    }
}
