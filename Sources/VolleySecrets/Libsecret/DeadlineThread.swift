#if canImport(CSecret)
import Dispatch
import VolleyLock
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Runs one blocking Secret Service conversation on a thread of its own and stops waiting for it
/// at a deadline.
///
/// libsecret's synchronous calls can block for a long time: D-Bus activation of a daemon that
/// never comes up, a daemon waiting on an unlock prompt nobody can see. At the deadline the
/// `GCancellable` is cancelled; if the call still does not return soon after, the thread is left
/// to finish on its own (it owns everything it touches) and the caller gets the timeout error.
enum DeadlineThread {
    /// Time allowed after cancelling for the call to notice.
    static let cancellationGrace: Duration = .milliseconds(500)

    static func run<Value: Sendable>(
        timeout: Duration,
        timeoutError: SecretStoreError,
        _ body: @escaping @Sendable (CancellableHandle) -> Result<Value, SecretStoreError>
    ) -> Result<Value, SecretStoreError> {
        let cancellable = CancellableHandle()
        let outcome = Outcome<Value>()
        startDetachedThread {
            outcome.finish(body(cancellable))
        }

        if let result = outcome.wait(for: timeout) {
            return result
        }
        cancellable.cancel()
        // A call that completed just as it was cancelled counts; a failure now is the cancellation
        // itself, whatever libsecret called it, so it is reported as the timeout.
        if case .success(let value)? = outcome.wait(for: cancellationGrace) {
            return .success(value)
        }
        return .failure(timeoutError)
    }
}

/// A POSIX thread nobody joins (a conversation past its deadline is left to finish alone).
/// `Foundation.Thread` would do the same at the price of linking Foundation.
private func startDetachedThread(_ body: @escaping @Sendable () -> Void) {
    final class Work: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let work = Unmanaged.passRetained(Work(body)).toOpaque()
    var thread = pthread_t()
    let started = pthread_create(&thread, nil, { argument in
        Unmanaged<Work>.fromOpaque(argument!).takeRetainedValue().body()
        return nil
    }, work)
    guard started == 0 else {
        // No thread to be had: run here; the caller's deadline then cannot cut it short.
        Unmanaged<Work>.fromOpaque(work).takeRetainedValue().body()
        return
    }
    pthread_detach(thread)
}

/// The worker's result, handed over once.
private final class Outcome<Value: Sendable>: Sendable {
    private let result = Locked<Result<Value, SecretStoreError>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    func finish(_ value: Result<Value, SecretStoreError>) {
        result.withLock { $0 = value }
        done.signal()
    }

    func wait(for duration: Duration) -> Result<Value, SecretStoreError>? {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
        guard done.wait(timeout: .now() + .nanoseconds(nanoseconds)) == .success else { return nil }
        return result.withLock { $0 }
    }
}
#endif
