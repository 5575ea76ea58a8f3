import VolleyCore

/// libcurl's fixed limits on what it will send, which it reports only as "A libcurl function was
/// given a bad argument" (a URL too long) or "Out of memory" (a request head too large). The
/// transport words them itself, with the size that was given and the limit it passed.
enum CurlSizeLimits {
    /// `CURL_MAX_INPUT_LENGTH`: libcurl refuses any string option longer than this, the URL included.
    static let maxURLBytes = 8_000_000
    /// libcurl builds the request line and headers in a buffer capped at 1 MiB (`DYN_HTTP_REQUEST`).
    static let maxRequestHeadBytes = 1 << 20

    /// Why libcurl will refuse `request`'s URL, or nil when it fits.
    static func urlRefusal(_ request: TransportRequest) -> String? {
        let size = request.url.utf8.count
        guard size > maxURLBytes else { return nil }
        return "the URL is \(bytesText(size)); libcurl refuses URLs over \(maxURLBytes) bytes; nothing was sent"
    }

    /// libcurl's "Out of memory" for a request whose head passes its cap, in words; nil when the
    /// head is small enough that the failure must be something else.
    static func headRefusal(_ request: TransportRequest) -> String? {
        let lines = request.headers.map { (name: $0.name, size: $0.name.utf8.count + $0.value.utf8.count + 4) }
        let size = lines.reduce(request.url.utf8.count) { $0 + $1.size }
        guard size >= maxRequestHeadBytes * 3 / 4, let largest = lines.max(by: { $0.size < $1.size }) else { return nil }
        return "the request headers are \(bytesText(size)) (header '\(largest.name)' \(bytesText(largest.size))); "
            + "libcurl refuses a request line and headers over \(bytesText(maxRequestHeadBytes)); nothing was sent"
    }

    /// `10.0 MB`, `8.5 MB`, `950.0 kB`: powers of ten, as file sizes are read, one decimal.
    static func bytesText(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) bytes" }
        let (tenths, unit) = bytes < 1_000_000 ? (bytes / 100, "kB") : (bytes / 100_000, "MB")
        return "\(tenths / 10).\(tenths % 10) \(unit)"
    }
}
