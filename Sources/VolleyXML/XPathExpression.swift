internal import CXML2
public import VolleyJSON

/// An XPath 1.0 expression for `expect: xpath:` on an HTML or XML body, run by libxml2. The
/// collection loader checks it (`check`), so a bad expression is refused at load with its
/// position; the run compiles it once per request that uses it.
public struct XPathExpression: Sendable, Hashable {
    public let text: String

    public struct SyntaxError: Error, Sendable, Equatable {
        public var message: String
        /// Offset in characters from the start of the expression where libxml2 stopped.
        public var offset: Int
    }

    public init(_ text: String) throws(SyntaxError) {
        if let error = Self.check(text) { throw error }
        self.text = text
    }

    /// nil when libxml2 compiles `text`, else what it said and where.
    public static func check(_ text: String) -> SyntaxError? {
        XMLLibrary.initialize()
        guard let context = volley_xpath_context(nil) else {
            return SyntaxError(message: "libxml2 could not make an XPath context", offset: 0)
        }
        defer { xmlXPathFreeContext(context) }
        guard let compiled = xmlXPathCtxtCompile(context, text) else {
            let message = volley_xpath_error_message(context).map { String(cString: $0) }?.trimmingTrailingNewlines() ?? "invalid expression"
            // libxml2 counts bytes; positions in messages count characters.
            let byteOffset = max(0, min(Int(volley_xpath_error_offset(context)), text.utf8.count))
            let prefix = text.utf8.prefix(byteOffset)
            return SyntaxError(message: message, offset: String(decoding: prefix, as: UTF8.self).count)
        }
        xmlXPathFreeCompExpr(compiled)
        return nil
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" || text.last == " " { text.removeLast() }
        return text
    }
}
