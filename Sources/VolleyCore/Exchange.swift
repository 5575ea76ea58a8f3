/// The request exactly as it went on the wire (after templating and defaults).
public struct SentRequest: Sendable, Hashable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [HTTPHeader], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// What came back.
public struct ReceivedResponse: Sendable, Hashable {
    public var status: Int
    public var httpVersion: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: Int, httpVersion: String = "HTTP/1.1", headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.httpVersion = httpVersion
        self.headers = headers
        self.body = body
    }

    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
