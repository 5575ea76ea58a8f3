/// Why a JSONPath expression was rejected, and where.
///
/// A query that parses but is not well-typed (RFC 9535 §2.4.3, e.g. `length(@.*)`) is also a
/// syntax error: the RFC says such a query is invalid, and the offset points at the culprit.
public struct JSONPathSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    /// 0-based offset into the expression, in Characters.
    public var offset: Int
    /// 1-based column, for `error:` lines and carets.
    public var column: Int { offset + 1 }

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// `column: message`.
    public var description: String { "\(column): \(message)" }
}
