/// What a `ScenarioServer` handler answers. The server always sets `content-length`
/// itself (except for 1xx, 204 and 304), so handlers never get it wrong.
public struct ScenarioResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// Wait this long before writing the response (other connections are not held up).
    public var delay: Duration?
    /// Close the TCP connection after this response, with `connection: close`.
    public var closeConnection: Bool

    public init(
        status: Int = 200,
        headers: [(String, String)] = [],
        body: [UInt8] = [],
        delay: Duration? = nil,
        closeConnection: Bool = false
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.closeConnection = closeConnection
    }

    public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> ScenarioResponse {
        ScenarioResponse(status: status, headers: [("content-type", "application/json")] + headers, body: Array(text.utf8))
    }

    public static func text(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> ScenarioResponse {
        ScenarioResponse(status: status, headers: [("content-type", "text/plain; charset=utf-8")] + headers, body: Array(text.utf8))
    }

    /// An empty response with just a status code.
    public static func status(_ code: Int, headers: [(String, String)] = []) -> ScenarioResponse {
        ScenarioResponse(status: code, headers: headers)
    }

    public func withHeader(_ name: String, _ value: String) -> ScenarioResponse {
        var copy = self
        copy.headers.append((name, value))
        return copy
    }

    public func delayed(by delay: Duration) -> ScenarioResponse {
        var copy = self
        copy.delay = delay
        return copy
    }

    public func closingConnection() -> ScenarioResponse {
        var copy = self
        copy.closeConnection = true
        return copy
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}
