/// How one attempt at a request ended, as far as retrying cares.
public enum AttemptOutcome: Sendable, Hashable {
    /// A response arrived; `quota` is what its headers said.
    case response(status: Int, quota: QuotaState)
    /// No response arrived.
    case transportFailure(TransportFailureKind)
}

/// Connection-level failures, sorted by whether trying again can help.
public enum TransportFailureKind: Sendable, Hashable {
    /// The connection was reset or closed before a response (a restarting server, a load balancer).
    case connectionReset
    /// The timeout fired before any response arrived.
    case timeoutBeforeResponse
    /// The status and headers arrived, then the connection broke after `bodyBytes` bytes of the
    /// body: the server acted on the request, so only an idempotent one may be sent again.
    case cutOffAfterHeaders(bodyBytes: Int)
    /// The status and headers arrived, then the timeout fired after `bodyBytes` bytes of the body.
    case timeoutAfterHeaders(bodyBytes: Int)
    /// DNS, TLS, a refused connection, a malformed response: retrying would fail the same way.
    case other
}
