import VolleyCore
import VolleyQuota

/// Response headers, one `name: value` a line, through the quota parsers: RateLimit and
/// RateLimit-Policy (structured fields), X-RateLimit-*, Retry-After (seconds and HTTP dates),
/// credit balances.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var headers: [HTTPHeader] = []
    for line in text.split(separator: "\n") {
        let pair = line.split(separator: ":", maxSplits: 1)
        guard pair.count == 2 else { continue }
        headers.append(HTTPHeader(name: String(pair[0]), value: String(pair[1].drop { $0 == " " })))
    }
    _ = QuotaHeaderParser(creditHeaders: ["x-credits-remaining", "x-credits"]).parse(headers, now: 1_767_225_600)
    return 0
}
