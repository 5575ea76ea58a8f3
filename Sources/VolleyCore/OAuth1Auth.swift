/// `auth: { oauth1: … }`: OAuth 1.0a request signing (RFC 5849), as Postman signs. The
/// signature covers the method, the URL, its query and a form body's fields, so it is computed
/// for each request after its templates are rendered, with a fresh nonce and timestamp unless
/// fixed ones are given.
public struct OAuth1Auth: Sendable, Hashable {
    public enum SignatureMethod: String, Sendable, Hashable, CaseIterable {
        case hmacSHA1 = "HMAC-SHA1", hmacSHA256 = "HMAC-SHA256", hmacSHA512 = "HMAC-SHA512", plaintext = "PLAINTEXT"
    }

    /// Where the `oauth_*` parameters go: the `Authorization: OAuth …` header, or the request
    /// itself (a `POST`/`PUT` form body's fields, else the query), as Postman's "Add
    /// authorization data to" picks.
    public enum Placement: String, Sendable, Hashable, CaseIterable {
        case header, request
    }

    public var consumerKey: Template
    public var consumerSecret: Template
    public var token: Template?
    public var tokenSecret: Template?
    public var signatureMethod: SignatureMethod
    public var placement: Placement
    /// Fixed values (Postman saves them with the collection); nil makes a fresh one per request.
    public var timestamp: Template?
    public var nonce: Template?
    /// `oauth_version`; empty leaves it out.
    public var version: String
    public var realm: Template?
    public var callback: Template?
    public var verifier: Template?
    /// Sign (and send) parameters whose value is empty, such as an empty `oauth_token`.
    public var includeEmptyParameters: Bool
    /// `oauth_body_hash` for a body that is not a form (the OAuth body-hash extension).
    public var includeBodyHash: Bool
    /// Percent-encode the signature in the header, as RFC 5849 says (Postman's default).
    public var encodeSignature: Bool

    public init(
        consumerKey: Template, consumerSecret: Template, token: Template? = nil, tokenSecret: Template? = nil,
        signatureMethod: SignatureMethod = .hmacSHA1, placement: Placement = .header, timestamp: Template? = nil,
        nonce: Template? = nil, version: String = "1.0", realm: Template? = nil, callback: Template? = nil,
        verifier: Template? = nil, includeEmptyParameters: Bool = false, includeBodyHash: Bool = false,
        encodeSignature: Bool = true
    ) {
        self.consumerKey = consumerKey
        self.consumerSecret = consumerSecret
        self.token = token
        self.tokenSecret = tokenSecret
        self.signatureMethod = signatureMethod
        self.placement = placement
        self.timestamp = timestamp
        self.nonce = nonce
        self.version = version
        self.realm = realm
        self.callback = callback
        self.verifier = verifier
        self.includeEmptyParameters = includeEmptyParameters
        self.includeBodyHash = includeBodyHash
        self.encodeSignature = encodeSignature
    }

    /// Every template it fills in, for the undefined-variable check.
    public var templates: [Template] {
        [consumerKey, consumerSecret] + [token, tokenSecret, timestamp, nonce, realm, callback, verifier].compactMap { $0 }
    }
}
