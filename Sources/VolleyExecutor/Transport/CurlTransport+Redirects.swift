internal import CCurl
import VolleyCore

extension CurlTransport {
    /// Follows redirects one libcurl transfer per hop on the same handle, instead of libcurl's
    /// FOLLOWLOCATION, which keeps a custom method on every hop (a DELETE answered 303 deletes the
    /// target) and sends custom credential headers to any host. Each hop applies `RedirectRule`;
    /// every hop is recorded as really sent. Timings are summed over the hops, as curl's total time
    /// is; connections are counted over them too.
    func followRedirects(from original: TransportRequest) throws(TransportError) -> TransportResponse {
        var request = original
        var hops: [RedirectHop] = []
        var timings = PhaseTimings()
        var connections = 0
        let clock = ContinuousClock()
        let start = clock.now
        while true {
            var exchange = try performHop(request)
            timings = timings.adding(exchange.timings)
            connections += exchange.newConnections
            let status = exchange.response.status
            guard RedirectRule.statuses.contains(status), let location = lastRedirectURL() else {
                exchange.redirects = hops
                exchange.timings = timings
                exchange.newConnections = connections
                return exchange
            }
            hops.append(RedirectHop(sent: exchange.sent, status: status, location: location))
            let limit = request.settings.maxRedirects
            guard hops.count <= limit else {
                throw TransportError(
                    kind: .other, message: "too many redirects: more than \(limit) (the last pointed to \(location))",
                    curlCode: Int(CURLE_TOO_MANY_REDIRECTS.rawValue), url: request.url)
            }
            guard let scheme = URLOrigin(location)?.scheme, scheme == "http" || scheme == "https" else {
                // Only HTTP, as for the first request: a server must not send Volley to file:// either.
                throw TransportError(
                    kind: .other, message: "redirect to \(location) not followed: only http and https are",
                    curlCode: Int(CURLE_UNSUPPORTED_PROTOCOL.rawValue), url: request.url)
            }
            request = RedirectRule.next(after: status, previous: request, to: location, original: original)
            // The time limit is for the whole exchange, as curl's --max-time is, not for each hop.
            let left = original.settings.timeout - (clock.now - start)
            guard left > .zero else {
                throw TransportError(
                    kind: .timeout, message: "the redirect chain used up the time limit",
                    curlCode: Int(CURLE_OPERATION_TIMEDOUT.rawValue), url: location, timeoutLimit: .total)
            }
            request.settings.timeout = left
        }
    }
}
