/// One `Set-Cookie` response header, parsed as RFC 6265 §5.2 reads it: `name=value` then
/// `; attribute[=value]` pairs, names case-insensitive, unknown attributes ignored.
public struct SetCookie: Sendable, Hashable {
    public var name: String
    public var value: String
    public var domain: String?
    public var path: String?
    public var expires: String?
    public var maxAge: String?
    public var secure = false
    public var httpOnly = false
    public var sameSite: String?

    /// nil for a line with no `=` in its first pair or an empty name, which RFC 6265 ignores.
    public init?(header: String) {
        var pairs = header.split(separator: ";", omittingEmptySubsequences: false).makeIterator()
        guard let first = pairs.next(), let equals = first.firstIndex(of: "=") else { return nil }
        name = first[..<equals].trimmingWhitespace()
        value = first[first.index(after: equals)...].trimmingWhitespace()
        guard !name.isEmpty else { return nil }
        while let pair = pairs.next() {
            let key: String
            var attributeValue: String?
            if let equals = pair.firstIndex(of: "=") {
                key = pair[..<equals].trimmingWhitespace().lowercased()
                attributeValue = pair[pair.index(after: equals)...].trimmingWhitespace()
            } else {
                key = pair.trimmingWhitespace().lowercased()
            }
            switch key {
            case "domain": domain = attributeValue
            case "path": path = attributeValue
            case "expires": expires = attributeValue
            case "max-age": maxAge = attributeValue
            case "secure": secure = true
            case "httponly": httpOnly = true
            case "samesite": sameSite = attributeValue
            default: break
            }
        }
    }

    /// The cookies a response sets, in order; a later line for the same name wins, as in a jar.
    public static func all(in headers: [HTTPHeader]) -> [SetCookie] {
        var cookies: [SetCookie] = []
        for line in headers.values(of: "Set-Cookie") {
            guard let cookie = SetCookie(header: line) else { continue }
            cookies.removeAll { $0.name == cookie.name }
            cookies.append(cookie)
        }
        return cookies
    }
}
