extension Router {
    /// The fixed body of `GET /json/small`.
    public static let smallJSON = #"{"id":1,"name":"Acme","tags":["a","b"],"price":9.5}"#

    /// Routes useful to any client test, none of which needs an API key:
    ///
    /// - `GET /json/small`: `Router.smallJSON`.
    /// - `ANY /echo`: the request as JSON: `method`, `path`, `query` (decoded),
    ///   `headers` (names lowercased, repeats joined with ", ") and `body` (as text).
    /// - `GET /status/{code}`: an empty response with that status (200–599).
    /// - `GET /delay/{ms}`: `{"delay_ms":ms}` after that many milliseconds.
    /// - `GET /headers?name=value&…`: 200 with each query pair as a response header,
    ///   body the query as a JSON object.
    public mutating func addGenericRoutes() {
        get("/json/small") { _, _ in .json(Router.smallJSON) }
        any("/echo") { request, _ in .json(encoding: EchoBody(request)) }
        get("/status/{code}") { _, parameters in
            guard let code = Int(parameters["code"] ?? ""), (200...599).contains(code) else {
                return .json(#"{"message":"status must be an integer from 200 to 599"}"#, status: 400)
            }
            return .status(code)
        }
        get("/delay/{ms}") { _, parameters in
            guard let milliseconds = Int(parameters["ms"] ?? ""), milliseconds >= 0 else {
                return .json(#"{"message":"delay must be a non-negative integer of milliseconds"}"#, status: 400)
            }
            return ScenarioResponse.json(#"{"delay_ms":\#(milliseconds)}"#).delayed(by: .milliseconds(milliseconds))
        }
        get("/headers") { request, _ in
            var response = ScenarioResponse.json(encoding: request.query)
            if request.queryItems.contains(where: { $0.name.lowercased() == "content-type" }) {
                response.headers.removeAll { $0.0 == "content-type" }
            }
            response.headers += request.queryItems.map { ($0.name, $0.value) }
            return response
        }
    }
}

/// The JSON document `ANY /echo` answers with.
private struct EchoBody: Encodable {
    let method: String
    let path: String
    let query: [String: String]
    let headers: [String: String]
    let body: String

    init(_ request: RecordedRequest) {
        method = request.method
        path = request.path
        query = request.query
        var headers: [String: String] = [:]
        for (name, value) in request.headers {
            let key = name.lowercased()
            headers[key] = headers[key].map { "\($0), \(value)" } ?? value
        }
        self.headers = headers
        body = request.bodyText
    }
}
