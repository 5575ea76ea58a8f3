/// How a request authenticates, set at collection, folder or request level (the nearest wins).
public enum AuthSpec: Sendable, Hashable {
    /// `auth: { apikey: { value: "{{apikey}}", in: header, name: apikey } }`
    case apiKey(value: Template, placement: APIKeyPlacement, name: String)
    /// `auth: { bearer: "{{token}}" }` → `Authorization: Bearer …`
    case bearer(Template)
    /// `auth: { basic: { username: …, password: … } }` → `Authorization: Basic base64(user:pass)`
    case basic(username: Template, password: Template)
    /// `auth: { digest: { username: …, password: … } }`: HTTP Digest (RFC 7616). libcurl answers
    /// the server's challenge (realm, nonce, qop, MD5 or SHA-256), so a digest request costs two
    /// exchanges on the wire: the challenge and the answer.
    case digest(username: Template, password: Template)
    /// `auth: { ntlm: { username: 'DOMAIN\user', password: … } }`: NTLM, which libcurl speaks
    /// (a three-message handshake on one connection).
    case ntlm(username: Template, password: Template)
    /// `auth: { aws_sigv4: { access_key: …, secret_key: …, region: …, service: … } }`.
    case awsSigV4(AWSSigV4Auth)
    /// `auth: { hawk: { id: …, key: …, algorithm: sha256 } }`.
    case hawk(HawkAuth)
    /// `auth: { oauth1: { consumer_key: …, consumer_secret: …, token: …, token_secret: … } }`:
    /// each request signed with OAuth 1.0a.
    case oauth1(OAuth1Auth)
    /// `auth: none`: switch off what a folder or the collection set.
    case none

    public enum APIKeyPlacement: String, Sendable, Hashable, CaseIterable {
        case header, query
    }

    /// The header this auth sets, nil when it sets none (`in: query`, `none`).
    public var headerName: String? {
        switch self {
        case .apiKey(_, .header, let name): name
        case .bearer, .basic, .digest, .ntlm, .awsSigV4, .hawk: "Authorization"
        case .oauth1(let oauth): oauth.placement == .header ? "Authorization" : nil
        case .apiKey(_, .query, _), .none: nil
        }
    }

    /// The templates this auth fills in, for the undefined-variable check.
    public var templates: [Template] {
        switch self {
        case .apiKey(let value, _, _): [value]
        case .bearer(let token): [token]
        case .basic(let username, let password), .digest(let username, let password), .ntlm(let username, let password):
            [username, password]
        case .oauth1(let oauth): oauth.templates
        case .awsSigV4(let aws): aws.templates
        case .hawk(let hawk): hawk.templates
        case .none: []
        }
    }
}
