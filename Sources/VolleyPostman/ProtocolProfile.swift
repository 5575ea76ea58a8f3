import VolleyCore

/// Postman's `protocolProfileBehavior`, at the collection, a folder or a request (the nearest
/// wins, key by key), with Postman's defaults where they differ from Volley's.
struct ProtocolProfile {
    var followRedirects: Bool?
    var maxRedirects: Int?
    /// `followOriginalHttpMethod`: a POST redirected by 301, 302 or 303 stays a POST.
    var followOriginalHttpMethod: Bool?
    var strictSSL: Bool?
    /// Send a body with GET, HEAD and the other methods Postman strips it from.
    var disableBodyPruning: Bool?

    /// Postman follows redirects unless told not to, and decodes gzip; Volley does neither by default.
    var transport: TransportOverrides {
        TransportOverrides(
            followRedirects: followRedirects ?? true, maxRedirects: maxRedirects, redirectsKeepMethod: followOriginalHttpMethod,
            verifyTLS: strictSSL, decodeCompressed: true)
    }

    /// Methods whose body Postman drops unless `disableBodyPruning` is set.
    static let prunedMethods: Set<String> = ["GET", "HEAD", "COPY", "PURGE", "UNLOCK"]
}

extension PostmanCollectionDecoder {
    mutating func protocolProfile(_ node: PostmanNode?, over outer: ProtocolProfile) -> ProtocolProfile {
        var profile = outer
        guard let node else { return profile }
        guard node.isObject else {
            error("'protocolProfileBehavior' must be an object, not \(node.value.typeName)", at: node)
            return profile
        }
        func flag(_ key: String) -> Bool? {
            guard let value = node[key] else { return nil }
            guard case .bool(let b) = value.value else {
                error("'\(key)' must be true or false, not \(value.value.typeName)", at: value)
                return nil
            }
            return b
        }
        profile.followRedirects = flag("followRedirects") ?? profile.followRedirects
        profile.strictSSL = flag("strictSSL") ?? profile.strictSSL
        profile.disableBodyPruning = flag("disableBodyPruning") ?? profile.disableBodyPruning
        profile.followOriginalHttpMethod = flag("followOriginalHttpMethod") ?? profile.followOriginalHttpMethod
        // Accepted as it is Volley's behaviour already: the URL is sent as written (never encoded again).
        _ = flag("disableUrlEncoding")
        if let most = node["maxRedirects"] {
            if case .integer(let n) = most.value, n >= 0, n <= 1000 {
                profile.maxRedirects = Int(n)
            } else {
                error("'maxRedirects' must be a whole number from 0 to 1000", at: most)
            }
        }
        return profile
    }
}
