import VolleyCore

/// Makes one transport per worker: the value a run hands to each of its workers, safe to share
/// across them because it holds only how to make a transport, never one.
public struct TransportFactory: Sendable {
    private let make: @Sendable () throws(TransportError) -> any Transport

    public init(_ make: @escaping @Sendable () throws(TransportError) -> any Transport) {
        self.make = make
    }

    /// A new transport, for one worker alone.
    public func makeTransport() throws(TransportError) -> any Transport {
        try make()
    }

    /// libcurl transports, one easy handle each; `cancellation` aborts their transfers in flight,
    /// and every transport made shares `cookieJar`, the run's cookies.
    public static func curl(
        userAgent: String = "volley/\(VolleyVersion.current)", cancellation: CancellationFlag? = nil,
        cookieJar: CookieJar? = nil
    ) -> TransportFactory {
        TransportFactory { () throws(TransportError) in
            try CurlTransport(userAgent: userAgent, cancellation: cancellation, cookieJar: cookieJar)
        }
    }
}
