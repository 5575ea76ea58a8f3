/// `auth: { aws_sigv4: { access_key, secret_key, region, service, session_token } }`: AWS
/// Signature Version 4, which libcurl computes over the request as it sends it
/// (`CURLOPT_AWS_SIGV4`), so the signed headers and body are exactly those on the wire.
public struct AWSSigV4Auth: Sendable, Hashable {
    public var accessKey: Template
    public var secretKey: Template
    public var region: Template
    public var service: Template
    /// Temporary credentials' token, sent as `X-Amz-Security-Token`.
    public var sessionToken: Template?

    public init(accessKey: Template, secretKey: Template, region: Template, service: Template, sessionToken: Template? = nil) {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.region = region
        self.service = service
        self.sessionToken = sessionToken
    }

    public var templates: [Template] { [accessKey, secretKey, region, service] + [sessionToken].compactMap { $0 } }
}
