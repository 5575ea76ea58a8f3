/// The request exactly as it went on the wire (after templating and defaults).
public struct SentRequest: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// The body's size on the wire, kept apart from `body`, which masking may shorten.
    public var byteCount: Int
    /// libcurl's trace of the transfer (`-vv`): `*` notes, `>`/`<` header lines, data as sizes
    /// only; credentials already masked. Empty unless asked for.
    public var trace: [String] = []

    public init(method: String, url: String, headers: [HTTPHeader], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.byteCount = body.count
    }
}

/// What came back.
public struct ReceivedResponse: Sendable, Hashable {
    public var status: Int
    public var httpVersion: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]
    /// The body's size as received, kept apart from `body`, which masking may shorten.
    public var byteCount: Int
    /// The server's certificate, read only for a request that checks it (`expect: certificate:`).
    public var certificate: CertificateInfo?
    /// The body as it came over the wire when it had a `Content-Encoding` (gzip, br …), before
    /// decoding; `body` is the decoded one. Kept only for a request that checks `bytes:`.
    public var encodedBody: [UInt8]?

    public init(status: Int, httpVersion: String = "HTTP/1.1", headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.httpVersion = httpVersion
        self.headers = headers
        self.body = body
        self.byteCount = body.count
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
