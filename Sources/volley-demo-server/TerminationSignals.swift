import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Catches SIGTERM and SIGINT so the process can close its listener and exit 0 instead
/// of dying on the signal. Create it before anything else: a signal that arrives before
/// `wait()` is buffered, not lost.
final class TerminationSignals: Sendable {
    private let signals: AsyncStream<Int32>
    /// Only kept alive, never touched after `init`; Dispatch sources are thread-safe anyway.
    private nonisolated(unsafe) let sources: [any DispatchSourceSignal]

    init() {
        let (signals, continuation) = AsyncStream.makeStream(of: Int32.self)
        let queue = DispatchQueue(label: "volley-demo-server.signals")
        self.signals = signals
        self.sources = [SIGTERM, SIGINT].map { number in
            signal(number, SIG_IGN)  // otherwise the default action kills us before the source fires
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            return source
        }
    }

    /// Returns the first signal received.
    func wait() async -> Int32? {
        var iterator = signals.makeAsyncIterator()
        return await iterator.next()
    }
}
