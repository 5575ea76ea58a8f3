import NIOHTTP1

/// Turns a handler's `ScenarioResponse` into a correctly framed HTTP/1.1 response head:
/// the server owns `content-length` and `connection`, so a handler cannot produce a
/// response that desynchronises a keep-alive connection.
struct ResponseFraming {
    let head: HTTPResponseHead
    /// False for HEAD requests and for statuses that never carry a body.
    let sendsBody: Bool
    let closesConnection: Bool

    init(_ response: ScenarioResponse, for request: HTTPRequestHead) {
        let code = response.status
        let bodyAllowed = !(100..<200).contains(code) && code != 204 && code != 304
        let askedToClose = response.header("connection")?.lowercased() == "close"
        closesConnection = response.closeConnection || askedToClose || !request.isKeepAlive

        var headers = HTTPHeaders()
        for (name, value) in response.headers {
            switch name.lowercased() {
            case "content-length", "transfer-encoding", "connection": continue
            default: headers.add(name: name, value: value)
            }
        }
        if bodyAllowed {
            // For HEAD this is the length a GET would have had, as RFC 9110 allows.
            headers.add(name: "content-length", value: String(response.body.count))
        }
        if closesConnection {
            headers.add(name: "connection", value: "close")
        } else if request.version == .http1_0 {
            headers.add(name: "connection", value: "keep-alive")
        }

        head = HTTPResponseHead(version: request.version, status: HTTPResponseStatus(statusCode: code), headers: headers)
        sendsBody = bodyAllowed && request.method != .HEAD && !response.body.isEmpty
    }
}
