import VolleyCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signs a rendered request with OAuth 1.0a (RFC 5849 §3.4): the signature base string is the
/// method, the base URL and every parameter (the query's, a form body's fields and the
/// `oauth_*` ones), each percent-encoded and sorted; HMAC of it with the consumer and token
/// secrets. Written from the RFC; checked against its own example in the tests.
struct OAuth1Signer {
    /// The rendered values of an `OAuth1Auth`.
    struct Values {
        var consumerKey: String
        var consumerSecret: String
        var token: String
        var tokenSecret: String
        var timestamp: String?
        var nonce: String?
        var realm: String?
        var callback: String?
        var verifier: String?
    }

    let auth: OAuth1Auth
    let values: Values

    /// What signing adds to the request: an `Authorization` value, or parameters for the
    /// query or the form body.
    enum Addition: Equatable {
        case header(String)
        case query(String)
        case formBody(String)
    }

    /// - Parameters:
    ///   - formBody: the body's text when it is `application/x-www-form-urlencoded`, whose
    ///     fields are signed; nil for any other body, which is hashed when `includeBodyHash`.
    func sign(method: String, url: String, formBody: String?, body: [UInt8]) -> Addition? {
        guard let base = Self.baseURL(url) else { return nil }
        var oauth: [(String, String)] = [("oauth_consumer_key", values.consumerKey)]
        oauth.append(("oauth_token", values.token))
        oauth.append(("oauth_signature_method", auth.signatureMethod.rawValue))
        oauth.append(("oauth_timestamp", values.timestamp.flatMap { $0.isEmpty ? nil : $0 } ?? String(time(nil))))
        oauth.append(("oauth_nonce", values.nonce.flatMap { $0.isEmpty ? nil : $0 } ?? RandomToken.make(length: 16)))
        if !auth.version.isEmpty { oauth.append(("oauth_version", auth.version)) }
        if let callback = values.callback { oauth.append(("oauth_callback", callback)) }
        if let verifier = values.verifier { oauth.append(("oauth_verifier", verifier)) }
        if auth.includeBodyHash, formBody == nil, let hash = bodyHash(body) { oauth.append(("oauth_body_hash", hash)) }
        if !auth.includeEmptyParameters { oauth.removeAll { $0.1.isEmpty } }

        var signed = oauth
        signed += Self.pairs(in: base.query)
        if let formBody { signed += Self.pairs(in: formBody) }
        let encoded: [(name: String, value: String)] = signed.map { (Self.encode($0.0), Self.encode($0.1)) }
        let sorted = encoded.sorted { (a, b) -> Bool in a.name == b.name ? a.value < b.value : a.name < b.name }
        let normalized = sorted.map { $0.name + "=" + $0.value }.joined(separator: "&")
        let baseString = method.uppercased() + "&" + Self.encode(base.url) + "&" + Self.encode(normalized)
        let signature = self.signature(of: baseString)
        oauth.append(("oauth_signature", signature))

        switch auth.placement {
        case .header:
            var fields: [String] = []
            if let realm = values.realm, !realm.isEmpty { fields.append("realm=\"\(Self.encode(realm))\"") }
            for (name, value) in oauth {
                let written = name == "oauth_signature" && !auth.encodeSignature ? value : Self.encode(value)
                fields.append("\(name)=\"\(written)\"")
            }
            return .header("OAuth " + fields.joined(separator: ", "))
        case .request:
            let text = oauth.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
            let upper = method.uppercased()
            return formBody != nil && (upper == "POST" || upper == "PUT") ? .formBody(text) : .query(text)
        }
    }

    private func signature(of baseString: String) -> String {
        let key = Self.encode(values.consumerSecret) + "&" + Self.encode(values.tokenSecret)
        let digest: Digest
        switch auth.signatureMethod {
        case .plaintext: return key
        case .hmacSHA1: digest = .sha1
        case .hmacSHA256: digest = .sha256
        case .hmacSHA512: digest = .sha512
        }
        return Base64.encode(digest.hmac(key: Array(key.utf8), message: Array(baseString.utf8)))
    }

    /// The body's hash with the signature method's digest (SHA-1 for PLAINTEXT), base64.
    private func bodyHash(_ body: [UInt8]) -> String? {
        let digest: Digest = switch auth.signatureMethod {
        case .hmacSHA256: .sha256
        case .hmacSHA512: .sha512
        case .hmacSHA1, .plaintext: .sha1
        }
        return Base64.encode(digest.hash(body))
    }

    /// RFC 5849 §3.6: everything but the unreserved characters, as `%XX` in capitals.
    static func encode(_ text: String) -> String { PercentEncoding.encode(text) }

    /// `name=value` pairs of a query or form body, `+` and escapes decoded (§3.4.1.3.1).
    static func pairs(in text: String) -> [(String, String)] {
        text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let decoded = { (part: Substring) in
                PercentEncoding.decode(ArraySlice(part.utf8.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }))
            }
            guard let equals = pair.firstIndex(of: "=") else { return (decoded(pair), "") }
            return (decoded(pair[..<equals]), decoded(pair[pair.index(after: equals)...]))
        }
    }

    /// §3.4.1.2: scheme and host lowercased, the port only when not the scheme's default, the
    /// path; and the query, apart. Read by libcurl's URL parser, as the request is sent.
    static func baseURL(_ url: String) -> (url: String, query: String)? {
        guard let parts = URLParts(url) else { return nil }
        let isDefault = (parts.scheme == "http" && parts.writtenPort == "80") || (parts.scheme == "https" && parts.writtenPort == "443")
        let port = parts.writtenPort.map { isDefault ? "" : ":" + $0 } ?? ""
        return (parts.scheme + "://" + parts.host.lowercased() + port + parts.path, parts.query ?? "")
    }
}
