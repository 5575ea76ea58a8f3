/// Why an exchange produced no response.
public struct TransportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case dns, connect, tls, timeout
        /// The connection broke: reset, or closed before a complete response.
        case connectionLost
        /// libcurl refused the request before sending anything (a malformed URL, a scheme other
        /// than http/https): the collection must be fixed.
        case invalidRequest
        /// The request went out, but the reply was not HTTP that libcurl could read (garbage bytes,
        /// HTTP/0.9): the server, not the collection, is at fault.
        case invalidResponse
        case other
    }

    public var kind: Kind
    /// libcurl's own words (its error buffer, or `curl_easy_strerror`).
    public var message: String
    /// The `CURLcode`, for people who know curl's exit codes.
    public var curlCode: Int
    /// The URL being fetched when it failed. It may hold a secret: outputs redact it.
    public var url: String
    /// For a timeout, the limit that ran out.
    public var timeoutLimit: TimeoutLimit?
    /// For a body cut off at the size limit, that limit in bytes: the runner words it with the
    /// front end's name for the setting, so `message` names it plainly.
    public var bodyLimit: Int?
    /// Set when the status line and headers had arrived before the failure: how many bytes of
    /// the body came after them. The server acted on the request; the failure is not "before a response".
    public var bodyBytesAfterHeaders: Int?
    /// libcurl's trace of the failed transfer under `-vv` (credentials masked), else empty: what
    /// it tried (`Trying 127.0.0.1:…`) is most of what a failure needs explained.
    public var trace: [String] = []

    public init(
        kind: Kind, message: String, curlCode: Int, url: String, timeoutLimit: TimeoutLimit? = nil, bodyLimit: Int? = nil
    ) {
        self.kind = kind
        self.message = message
        self.curlCode = curlCode
        self.url = url
        self.timeoutLimit = timeoutLimit
        self.bodyLimit = bodyLimit
    }

    public var description: String { "\(message) (curl error \(curlCode))" }
}
