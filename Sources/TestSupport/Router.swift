/// Maps (method, path pattern) to handlers for a `ScenarioServer`.
///
/// Patterns are matched segment by segment against the still-encoded request path;
/// `{name}` matches one non-empty segment and hands it to the handler percent-decoded.
/// Method `"ANY"` matches every method. The first matching route wins; a path that
/// matches only with another method gets 405, an unknown path 404.
public struct Router: Sendable {
    public typealias RouteHandler = @Sendable (RecordedRequest, _ parameters: [String: String]) async -> ScenarioResponse

    private struct Route: Sendable {
        let method: String
        let segments: [Substring]
        let handler: RouteHandler
    }

    private var routes: [Route] = []
    private let notFound: ScenarioServer.Handler

    public init(notFound: @escaping ScenarioServer.Handler = { _ in .json(#"{"message":"Not found"}"#, status: 404) }) {
        self.notFound = notFound
    }

    public mutating func add(_ method: String, _ pattern: String, _ handler: @escaping RouteHandler) {
        routes.append(Route(method: method.uppercased(), segments: Self.segments(pattern), handler: handler))
    }

    public mutating func get(_ pattern: String, _ handler: @escaping RouteHandler) { add("GET", pattern, handler) }
    public mutating func post(_ pattern: String, _ handler: @escaping RouteHandler) { add("POST", pattern, handler) }
    public mutating func any(_ pattern: String, _ handler: @escaping RouteHandler) { add("ANY", pattern, handler) }

    /// The router as a `ScenarioServer` handler.
    public var handler: ScenarioServer.Handler {
        let router = self
        return { request in await router.handle(request) }
    }

    public func handle(_ request: RecordedRequest) async -> ScenarioResponse {
        let path = Self.segments(request.path)
        var pathMatched = false
        for route in routes {
            guard let parameters = Self.match(route.segments, path) else { continue }
            // HEAD falls back to GET routes, as every real server does.
            let method = request.method.uppercased()
            guard route.method == "ANY" || route.method == method || (method == "HEAD" && route.method == "GET") else {
                pathMatched = true
                continue
            }
            return await route.handler(request, parameters)
        }
        if pathMatched {
            return .json(#"{"message":"Method not allowed"}"#, status: 405)
        }
        return await notFound(request)
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static func match(_ pattern: [Substring], _ path: [Substring]) -> [String: String]? {
        guard pattern.count == path.count else { return nil }
        var parameters: [String: String] = [:]
        for (expected, actual) in zip(pattern, path) {
            if expected.hasPrefix("{"), expected.hasSuffix("}") {
                parameters[String(expected.dropFirst().dropLast())] = QueryString.percentDecode(String(actual))
            } else if expected != actual {
                return nil
            }
        }
        return parameters
    }
}
