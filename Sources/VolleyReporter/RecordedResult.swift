import VolleyCore

/// A result as a report keeps it: bodies dropped unless reports include them (they can be
/// large, and with many requests would be the bulk of the memory), their sizes kept.
public struct RecordedResult: Sendable {
    public var result: RequestResult
    public var sentBodySize: Int
    public var responseBodySize: Int
    /// Whether `result` still has its bodies.
    public var hasBodies: Bool

    public init(_ result: RequestResult, keepBodies: Bool) {
        self.result = result
        self.sentBodySize = result.sent?.byteCount ?? 0
        self.responseBodySize = result.response?.byteCount ?? 0
        self.hasBodies = keepBodies
        if !keepBodies {
            self.result.sent?.body = []
            self.result.response?.body = []
            for index in self.result.redirects.indices { self.result.redirects[index].sent.body = [] }
        }
    }
}
