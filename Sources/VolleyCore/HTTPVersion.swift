/// The HTTP version a request asks for (`http_version:`, `--http1.1`, `--http2`, ...).
public enum HTTPVersion: String, Sendable, Hashable, CaseIterable {
    case http1_0 = "1.0"
    case http1_1 = "1.1"
    /// HTTP/2 over TLS when the server agrees (ALPN), else HTTP/1.1; cleartext stays HTTP/1.1.
    case http2 = "2"
    /// HTTP/2 without upgrade, also over cleartext (h2c), as curl's `--http2-prior-knowledge`.
    case http2PriorKnowledge = "2-prior-knowledge"
    case http3 = "3"

    /// The spellings the format accepts, in the order the README lists them.
    public static var spellings: [String] { allCases.map(\.rawValue) }
}
