/// What the cookie rules (RFC 6265 §5.1.3, §5.1.4) look at in a URL: its scheme, host and path,
/// read by libcurl's URL parser, the one that also decides where the request goes.
struct CookieURL {
    var isSecure: Bool
    var host: String
    var path: String

    init?(_ url: String) {
        // A script may name a URL without a scheme (`pm.cookies.jar().get("example.com", …)`).
        guard let parts = URLParts(url, guessingScheme: true) else { return nil }
        isSecure = parts.scheme == "https"
        host = parts.host.lowercased()
        path = parts.path
    }

    /// Whether a cookie of `domain` reaches this host: the same host, or (for a cookie that
    /// names a domain) a host under it. Never by suffix inside a label or for an IP address.
    func domainMatches(_ domain: String, hostOnly: Bool) -> Bool {
        let domain = domain.lowercased()
        if host == domain { return true }
        guard !hostOnly, host.hasSuffix("." + domain) else { return false }
        return !host.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" || $0 == "[" || $0 == "]" }
    }

    /// Whether a cookie of `cookiePath` reaches this path: the same path, or one below it.
    func pathMatches(_ cookiePath: String) -> Bool {
        if path == cookiePath { return true }
        guard path.hasPrefix(cookiePath) else { return false }
        return cookiePath.hasSuffix("/") || path.dropFirst(cookiePath.count).first == "/"
    }

    /// The path a cookie set for this URL without a `Path` gets (§5.1.4): the URL's directory.
    var defaultCookiePath: String {
        guard path.hasPrefix("/"), let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
