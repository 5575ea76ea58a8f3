import VolleyCore

/// Which header names can say anything about a rate limit or a retry delay.
///
/// Most responses carry none, and reading them costs: every response has a `Date` to parse as an
/// HTTP-date and headers to match against three families of prefixes. A byte scan of the names
/// first lets a response with none of them skip all of that.
enum QuotaHeaderNames {
    /// True for `Retry-After`, `retry-after-ms` and every name containing `ratelimit` or
    /// `rate-limit` (`RateLimit`, `RateLimit-Policy`, `X-RateLimit-*`, `X-Rate-Limit-*`), in any case.
    static func mayCarryRateLimit(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            startsWith(bytes, retryAfter) || contains(bytes, rateLimit) || contains(bytes, rateDashLimit)
        }
    }

    private static let retryAfter = Array("retry-after".utf8)
    private static let rateLimit = Array("ratelimit".utf8)
    private static let rateDashLimit = Array("rate-limit".utf8)

    private static func lowered(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte | 0x20 : byte
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for index in prefix.indices where lowered(bytes[index]) != prefix[index] { return false }
        return true
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        outer: for start in 0...(bytes.count - needle.count) {
            for index in needle.indices where lowered(bytes[start + index]) != needle[index] { continue outer }
            return true
        }
        return false
    }
}
