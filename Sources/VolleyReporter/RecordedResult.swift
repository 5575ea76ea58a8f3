import VolleyCore

/// A result as a report keeps it: bodies dropped unless reports include them (they can be
/// large, and with many requests would be the bulk of the memory), their sizes kept.
public struct RecordedResult: Sendable {
    public var result: RequestResult
    public var sentBodySize: Int
    public var responseBodySize: Int
    /// Whether `result` still has its bodies.
    public var hasBodies: Bool
    /// The body sizes of each of `result.subRequests`, in order, kept as the parent's are.
    public var subRequestBodySizes: [(sent: Int, response: Int)]

    public init(_ result: RequestResult, keepBodies: Bool) {
        self.result = result
        self.sentBodySize = result.sent?.byteCount ?? 0
        self.responseBodySize = result.response?.byteCount ?? 0
        self.hasBodies = keepBodies
        self.subRequestBodySizes = result.subRequests.map { ($0.sent?.byteCount ?? 0, $0.response?.byteCount ?? 0) }
        // Only `bytes:` reads it; no report shows it.
        self.result.response?.encodedBody = nil
        if !keepBodies {
            self.result.sent?.body = []
            self.result.response?.body = []
            for index in self.result.redirects.indices { self.result.redirects[index].sent.body = [] }
            for index in self.result.subRequests.indices {
                self.result.subRequests[index].sent?.body = []
                self.result.subRequests[index].response?.body = []
                for hop in self.result.subRequests[index].redirects.indices { self.result.subRequests[index].redirects[hop].sent.body = [] }
            }
        }
    }
}
