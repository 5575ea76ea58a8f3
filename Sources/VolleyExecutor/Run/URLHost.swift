/// The part of a URL that quotas and pacing are kept per: `host:port`, lowercased. The one
/// function that names a quota host: pacing, quota readings and credit balances all use it.
///
/// Always applied to the URL as the request was written (rendered, before any redirect): pacing
/// has to be decided before the request is sent, when no other URL is known, and the readings
/// must be filed under the same key as the reservation, or a reset learned from a response would
/// never hold up the next request to that host. A redirect's target is not the limit the caller
/// is metered on; the request it answers is.
public enum URLHost {
    public static func of(_ url: String) -> String {
        // Bytes, not Characters: this runs for every request.
        let bytes = Array(url.utf8)
        var start = 0
        if let scheme = bytes.indices.first(where: { i in
            i + 2 < bytes.count && bytes[i] == UInt8(ascii: ":") && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/")
        }) {
            start = scheme + 3
        }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
            end += 1
        }
        // Credentials in the URL are not part of the host (and must never be printed as one).
        if let at = bytes[start..<end].lastIndex(of: UInt8(ascii: "@")) { start = at + 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }
}
