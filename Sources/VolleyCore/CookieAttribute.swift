/// What of a cookie an `expect: cookies:` check reads: its value or one attribute of the
/// `Set-Cookie` line that set it.
public enum CookieAttribute: String, Sendable, Hashable, CaseIterable {
    case value
    case domain
    case path
    /// The `Expires` text as sent.
    case expires
    case maxAge = "max_age"
    case secure
    case httpOnly = "http_only"
    case sameSite = "same_site"

    /// The keys the format accepts inside one cookie's map.
    public static var keys: [String] { allCases.map(\.rawValue) }
}
