/// One request of a followed redirect chain that was answered with a redirect: what went out
/// (method, URL and the header lines libcurl wrote), the status, and where it pointed.
/// The last request of the chain is the result's `sent`, its answer the result's `response`.
public struct RedirectHop: Sendable, Hashable {
    public var sent: SentRequest
    public var status: Int
    /// The `Location`, resolved against the hop's URL.
    public var location: String

    public init(sent: SentRequest, status: Int, location: String) {
        self.sent = sent
        self.status = status
        self.location = location
    }
}
