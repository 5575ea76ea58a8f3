import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `Authorization: EG1-HMAC-SHA256 …` value of a rendered request (Akamai EdgeGrid v1): the
/// signing key is the HMAC of the timestamp with the client secret; the signature is the HMAC,
/// with that key, of the method, scheme, host, path and query, the signed headers, the body's
/// hash (POST only) and the header's own prefix, tab-separated. Checked against Akamai's
/// published test data in the tests.
struct EdgeGridSigner {
    struct Values {
        var clientToken: String
        var clientSecret: String
        var accessToken: String
        var nonce: String?
        var timestamp: String?
    }

    let auth: EdgeGridAuth
    let values: Values

    func header(method: String, url: String, headers: [HTTPHeader], body: [UInt8]) -> String? {
        guard let target = Self.target(url) else { return nil }
        let timestamp = values.timestamp.flatMap { $0.isEmpty ? nil : $0 } ?? Self.now()
        let nonce = values.nonce.flatMap { $0.isEmpty ? nil : $0 } ?? Self.freshNonce()
        let prefix = "EG1-HMAC-SHA256 client_token=\(values.clientToken);access_token=\(values.accessToken);"
            + "timestamp=\(timestamp);nonce=\(nonce);"
        let signedHeaders = auth.headersToSign.compactMap { name -> String? in
            headers.value(of: name).map { name.lowercased() + ":" + Self.collapsingWhitespace($0) }
        }.joined(separator: "\t")
        let isPost = method.uppercased() == "POST"
        let contentHash = isPost && !body.isEmpty ? Base64.encode(Digest.sha256.hash(Array(body.prefix(auth.maxBody)))) : ""
        let data = [method.uppercased(), target.scheme, target.host, target.resource, signedHeaders, contentHash, prefix]
            .joined(separator: "\t")
        let signingKey = Base64.encode(Digest.sha256.hmac(key: Array(values.clientSecret.utf8), message: Array(timestamp.utf8)))
        let signature = Base64.encode(Digest.sha256.hmac(key: Array(signingKey.utf8), message: Array(data.utf8)))
        return prefix + "signature=" + signature
    }

    /// Leading and trailing whitespace dropped, each inner run of it one space.
    static func collapsingWhitespace(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `yyyyMMddTHH:mm:ss+0000`, in UTC.
    private static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))+0000"
    }

    /// A random UUID-shaped nonce, as Akamai's clients make.
    private static func freshNonce() -> String {
        let hex = Array(RandomToken.hex(length: 32))
        return [hex[0..<8], hex[8..<12], hex[12..<16], hex[16..<20], hex[20..<32]].map { String($0) }.joined(separator: "-")
    }

    /// Scheme, host (with a port written in the URL), and path with its query.
    static func target(_ url: String) -> (scheme: String, host: String, resource: String)? {
        URLParts(url).map { ($0.scheme, $0.host + ($0.writtenPort.map { ":" + $0 } ?? ""), $0.pathAndQuery) }
    }
}
