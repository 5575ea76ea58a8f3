import VolleyCore

/// The credentials a URL carries (`http://user:token@host/`). libcurl sends them as
/// `Authorization: Basic base64(user:password)`, percent-escapes decoded, so the URL's userinfo,
/// its password and that header value are all spellings of a credential the redactor must know.
struct URLUserInfo {
    /// As written in the URL, escapes and all: `user:p%40ss`.
    var written: String
    /// `user` and `password` percent-decoded, as libcurl sends them.
    var user: String
    var password: String?

    /// Nil when the URL has no `@` in its authority.
    init?(of url: String) {
        // Most URLs have no `@` at all: no copy of their bytes for them (this runs for every request).
        guard url.utf8.contains(UInt8(ascii: "@")) else { return nil }
        let bytes = Array(url.utf8)
        guard let scheme = bytes.indices.first(where: { i in
            i + 2 < bytes.count && bytes[i] == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/")
        }) else { return nil }
        let start = scheme + 3
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
            end += 1
        }
        guard let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")), at > start else { return nil }
        let info = bytes[start..<at]
        written = String(decoding: info, as: UTF8.self)
        if let colon = info.firstIndex(of: UInt8(ascii: ":")) {
            user = PercentEncoding.decode(info[start..<colon])
            password = PercentEncoding.decode(info[(colon + 1)..<at])
        } else {
            user = PercentEncoding.decode(info)
        }
    }

    /// Every form of these credentials that can reach an output: the userinfo as written, the
    /// password raw and decoded, and the `Basic` value libcurl derives (with and without a
    /// password, libcurl sends `user:` for a URL that has none).
    var secretSpellings: [String] {
        var spellings = [written]
        if let password, !password.isEmpty {
            spellings.append(password)
            if let colon = written.firstIndex(of: ":") { spellings.append(String(written[written.index(after: colon)...])) }
        }
        spellings.append(Base64.encode(Array((user + ":" + (password ?? "")).utf8)))
        return spellings
    }
}
