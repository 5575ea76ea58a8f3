import VolleyCore

/// What the transport returns: the request as it really went out, the response, and the phase timings.
public struct TransportResponse: Sendable {
    /// Method, final URL and the header lines libcurl actually wrote (Host, User-Agent, Content-Length included).
    public var sent: SentRequest
    public var response: ReceivedResponse
    public var timings: PhaseTimings
    /// New TCP connections this exchange opened: 0 when a kept-alive connection was reused.
    public var newConnections: Int
    /// With `followRedirects`: every earlier request of the chain, in order; `sent` is the last one.
    public var redirects: [RedirectHop] = []

    public init(sent: SentRequest, response: ReceivedResponse, timings: PhaseTimings, newConnections: Int) {
        self.sent = sent
        self.response = response
        self.timings = timings
        self.newConnections = newConnections
    }
}
