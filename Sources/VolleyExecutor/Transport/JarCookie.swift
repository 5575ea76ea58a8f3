/// One cookie of the run's jar, as libcurl lists it: a line of a Netscape cookie file
/// (`[#HttpOnly_]domain  subdomains  path  secure  expires  name  value`, tab-separated), which
/// is also how one is handed back to libcurl (`CURLOPT_COOKIELIST`).
public struct JarCookie: Sendable, Hashable {
    /// Without the leading dot libcurl writes for a cookie that includes subdomains.
    public var domain: String
    /// Sent to `domain` only, not to hosts under it (a cookie set without `Domain=`).
    public var hostOnly: Bool
    public var path: String
    public var secure: Bool
    public var httpOnly: Bool
    /// Seconds since 1970; 0 for a session cookie, which lasts the run.
    public var expires: Int64
    public var name: String
    public var value: String

    public init(
        domain: String, hostOnly: Bool = true, path: String = "/", secure: Bool = false, httpOnly: Bool = false,
        expires: Int64 = 0, name: String, value: String
    ) {
        self.domain = domain
        self.hostOnly = hostOnly
        self.path = path
        self.secure = secure
        self.httpOnly = httpOnly
        self.expires = expires
        self.name = name
        self.value = value
    }

    init?(netscapeLine line: String) {
        var text = Substring(line)
        let httpOnlyPrefix = "#HttpOnly_"
        httpOnly = text.hasPrefix(httpOnlyPrefix)
        if httpOnly { text = text.dropFirst(httpOnlyPrefix.count) }
        // The value may be empty, and is the last field: split at most six times.
        let fields = text.split(separator: "\t", maxSplits: 6, omittingEmptySubsequences: false)
        guard fields.count == 7, let expires = Int64(fields[4]) else { return nil }
        domain = fields[0].hasPrefix(".") ? String(fields[0].dropFirst()) : String(fields[0])
        hostOnly = fields[1] != "TRUE"
        path = String(fields[2])
        secure = fields[3] == "TRUE"
        self.expires = expires
        name = String(fields[5])
        value = String(fields[6])
    }

    var netscapeLine: String {
        let domainField = (httpOnly ? "#HttpOnly_" : "") + (hostOnly ? domain : "." + domain)
        return [domainField, hostOnly ? "FALSE" : "TRUE", path, secure ? "TRUE" : "FALSE", String(expires), name, value]
            .joined(separator: "\t")
    }

    /// Whether libcurl would send this cookie on a request to `url` at `now` (seconds since 1970).
    func isSent(to url: CookieURL, now: Int64) -> Bool {
        guard expires == 0 || expires > now else { return false }
        guard !secure || url.isSecure else { return false }
        return url.domainMatches(domain, hostOnly: hostOnly) && url.pathMatches(path)
    }
}
