internal import CCurl
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The jar as scripts reach it (`pm.cookies`, `pm.cookies.jar()`): list the cookies a URL would
/// be sent, set one, remove some. Every change goes through libcurl, so the next request of any
/// worker sends exactly what a script sees.
extension CookieJar {
    /// Every cookie in the jar, expired ones left out (libcurl keeps them until it next tidies).
    public func allCookies() -> [JarCookie] {
        let now = Self.now
        return netscapeLines().compactMap(JarCookie.init(netscapeLine:)).filter { $0.expires == 0 || $0.expires > now }
    }

    /// The cookies a request to `url` would carry, in the jar's order; none for a URL that does
    /// not parse.
    public func cookies(for url: String) -> [JarCookie] {
        guard let target = CookieURL(url) else { return [] }
        let now = Self.now
        return netscapeLines().compactMap(JarCookie.init(netscapeLine:)).filter { $0.isSent(to: target, now: now) }
    }

    /// Adds a cookie for `url`, or replaces the one of the same name, domain and path. Its
    /// domain and path default to the URL's host and directory; false for a URL that does not
    /// parse or a name libcurl refuses.
    @discardableResult
    public func set(_ name: String, value: String, for url: String, path: String? = nil, domain: String? = nil,
                    secure: Bool = false, httpOnly: Bool = false, expires: Int64 = 0) -> Bool {
        guard let target = CookieURL(url), !name.isEmpty, !name.contains("\t"), !value.contains("\t"),
              !(name + value).contains("\n") else { return false }
        let cookie = JarCookie(
            domain: domain.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 } ?? target.host,
            hostOnly: domain == nil, path: path ?? target.defaultCookiePath, secure: secure, httpOnly: httpOnly,
            expires: expires, name: name, value: value)
        return add(cookie)
    }

    /// Removes the cookies named `name` that a request to `url` would carry (all of them when
    /// `name` is nil); returns how many went.
    @discardableResult
    public func remove(named name: String?, for url: String) -> Int {
        let doomed = cookies(for: url).filter { name == nil || $0.name == name }
        for var cookie in doomed {
            // An expiry in the past replaces the cookie with one libcurl neither sends nor lists.
            cookie.expires = 1
            cookie.value = ""
            add(cookie)
        }
        return doomed.count
    }

    @discardableResult
    private func add(_ cookie: JarCookie) -> Bool {
        withHandle { volley_easy_setopt_string($0, CURLOPT_COOKIELIST, cookie.netscapeLine) == CURLE_OK } ?? false
    }

    private static var now: Int64 { Int64(time(nil)) }
}
