import NIOConcurrencyHelpers

/// How many requests a test server is handling at once, and the most it ever was: a handler
/// wraps its work in `during`, and a test reads `peak` to see what a client sent in parallel.
/// A pthread lock (NIO's), so the thread sanitizer sees its ordering.
public final class InFlightCounter: Sendable {
    private let state = NIOLockedValueBox((now: 0, peak: 0))

    public init() {}

    public var peak: Int { state.withLockedValue { $0.peak } }

    public func during<T>(_ body: () async throws -> T) async rethrows -> T {
        state.withLockedValue { state in
            state.now += 1
            state.peak = max(state.peak, state.now)
        }
        defer { state.withLockedValue { $0.now -= 1 } }
        return try await body()
    }
}
