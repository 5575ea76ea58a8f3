import VolleyCore
import VolleyExecutor
import VolleyJSON

/// The Swift side of one script call's `pm.sendRequest`s: reads the request the JavaScript
/// normalized (`{method, url, headers: [[name, value]], body}`), hands it to the runner's send
/// stage through the hook context (pacing, quota, retries, redaction, reports), and answers
/// with the response (`{code, headers, responseTime, size, body}`) or the failure
/// (`{error, curlCode}`) that becomes the callback's `err`.
///
/// The send blocks the script's thread (JavaScriptCore runs scripts synchronously): the reply is
/// known when the host call returns, and the promise or callback settles in a microtask. The
/// time it takes (pacing waits, retry delays, the network) is kept out of the script's CPU and
/// wall-clock limits, which are about the script itself: the send is bounded by the run's
/// timeouts and retry limits, and Ctrl-C ends it.
final class ScriptSendRequests {
    /// Sends one call may make: far more than a script needs (a token, a few pages), and the
    /// cap against a loop that would send forever.
    static let maxPerCall = 1000

    /// Where a line and column of the script's file (as its stack gives them) are in the YAML.
    var locate: (Int, Int) -> SourceLocation?
    /// The script's key, for a send whose call position could not be read.
    var fallback: SourceLocation?
    /// Runs the send outside the script's CPU and wall-clock limits.
    var outsideBudget: (() -> Void) -> Void
    private(set) var count = 0

    init(
        locate: @escaping (Int, Int) -> SourceLocation? = { _, _ in nil }, fallback: SourceLocation? = nil,
        outsideBudget: @escaping (() -> Void) -> Void = { $0() }
    ) {
        self.locate = locate
        self.fallback = fallback
        self.outsideBudget = outsideBudget
    }

    /// Answers `host("send", requestJSON, line, column)`.
    func send(_ arguments: [String?], context: inout HookContext) -> String {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        guard case .object(let spec)? = argument(1).flatMap({ try? JSONValue.parse($0) }) else {
            return Self.error("pm.sendRequest: the request could not be read")
        }
        guard count < Self.maxPerCall else {
            return Self.error("pm.sendRequest: not sent: this script already sent \(Self.maxPerCall) requests, the cap against an endless loop")
        }
        guard let request = Self.request(spec, sentWith: context.request) else {
            return Self.error("pm.sendRequest: the request has no URL")
        }
        let position = argument(2).flatMap(Int.init).flatMap { line in argument(3).flatMap(Int.init).map { (line, $0) } }
        let location = position.flatMap { locate($0.0, $0.1) } ?? fallback ?? context.planned.spec.location
        count += 1
        var result: SubRequestResult?
        outsideBudget { result = context.sendSubRequest(request, at: location) }
        guard let result else { return Self.error("pm.sendRequest: not sent") }
        return Self.reply(to: result)
    }

    /// The request as Swift sends it. A URL without a scheme gets `http://`, as Postman gives it.
    private static func request(_ spec: JSONObject, sentWith parent: TransportRequest?) -> TransportRequest? {
        guard var url = spec["url"]?.stringValue, !url.isEmpty else { return nil }
        if !url.contains("://") { url = "http://" + url }
        let method = spec["method"]?.stringValue.map { $0.isEmpty ? "GET" : $0.uppercased() } ?? "GET"
        let headers: [HTTPHeader] = (spec["headers"]?.arrayValue ?? []).compactMap { pair in
            guard let pair = pair.arrayValue, pair.count == 2, let name = pair[0].stringValue, let value = pair[1].stringValue
            else { return nil }
            return HTTPHeader(name: name, value: value)
        }
        let body = Array((spec["body"]?.stringValue ?? "").utf8)
        // A redirect to another origin drops what carries a key: the standard headers, and
        // those the request itself sends a credential in (its `auth:`, a secret).
        let credentials = Set(["authorization", "proxy-authorization", "cookie"]).union(parent?.credentialHeaders ?? [])
        return TransportRequest(method: method, url: url, headers: headers, body: body, credentialHeaders: credentials)
    }

    private static func reply(to result: SubRequestResult) -> String {
        guard let response = result.response, result.failure == nil else {
            let failure = result.failure
            return error(failure?.message ?? result.stop?.message ?? "no response", curlCode: failure?.code)
        }
        let milliseconds = result.timings?.totalMilliseconds ?? 0
        let time = milliseconds.isFinite && abs(milliseconds) < 1e15 ? Int64(milliseconds.rounded()) : 0
        return JSONValue.object(JSONObject([
            ("code", .integer(Int64(response.status))),
            ("headers", .array(response.headers.map { .array([.string($0.name), .string($0.value)]) })),
            // Whole milliseconds, as Postman gives them.
            ("responseTime", .integer(time)),
            ("size", .integer(Int64(response.byteCount))),
            ("body", .string(response.bodyText)),
        ])).jsonText
    }

    private static func error(_ message: String, curlCode: Int? = nil) -> String {
        var object = JSONObject([("error", .string(message))])
        if let curlCode { object["curlCode"] = .integer(Int64(curlCode)) }
        return JSONValue.object(object).jsonText
    }
}
