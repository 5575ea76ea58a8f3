import VolleyCore

/// What the run loop sends requests through: a plain request in (its `TransportSettings` with
/// it), the request as really sent, the response and the phase timings out. It knows nothing
/// of templates, assertions or quota.
///
/// Parallel workers: a transport is used by one worker at a time and is not Sendable (a libcurl
/// easy handle must not be shared across threads). Each worker gets its own from a Sendable
/// `TransportFactory`, so each keeps its own connections alive. A transport over curl-multi
/// that drives many transfers from one thread can implement this protocol too, giving each
/// worker a handle onto it.
public protocol Transport: AnyObject {
    /// Sends one request and waits for the whole response, following redirects when its
    /// settings say so.
    func perform(_ request: TransportRequest) throws(TransportError) -> TransportResponse
}
