/// `auth: { edgegrid: { client_token, client_secret, access_token, headers_to_sign, max_body } }`:
/// Akamai's EdgeGrid v1 (`EG1-HMAC-SHA256`), computed for each request after its templates are
/// rendered, over its method, URL, the headers named to sign and (for a POST) its body's hash.
public struct EdgeGridAuth: Sendable, Hashable {
    public var clientToken: Template
    public var clientSecret: Template
    public var accessToken: Template
    /// Fixed values; nil makes fresh ones per request.
    public var nonce: Template?
    public var timestamp: Template?
    /// The request headers the signature covers, in this order.
    public var headersToSign: [String]
    /// How much of a POST body is hashed (Akamai's default: 128 KiB).
    public var maxBody: Int

    public init(
        clientToken: Template, clientSecret: Template, accessToken: Template, nonce: Template? = nil, timestamp: Template? = nil,
        headersToSign: [String] = [], maxBody: Int = 131_072
    ) {
        self.clientToken = clientToken
        self.clientSecret = clientSecret
        self.accessToken = accessToken
        self.nonce = nonce
        self.timestamp = timestamp
        self.headersToSign = headersToSign
        self.maxBody = maxBody
    }

    public var templates: [Template] { [clientToken, clientSecret, accessToken] + [nonce, timestamp].compactMap { $0 } }
}
