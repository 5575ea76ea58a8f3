#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value only one thread at a time may touch, behind a pthread mutex: what
/// `Synchronization.Mutex` offers, in a form the thread sanitizer understands.
///
/// On Linux, `Mutex` parks and wakes threads with the futex system call directly, which TSan does
/// not model: it sees no ordering between one thread's unlock and the next thread's lock, so every
/// access a `Mutex` guards reads as a race (a four-thread counter under `Mutex` draws "Swift access
/// race" reports and still counts right; the same under `pthread_mutex_t` draws none). TSan
/// intercepts `pthread_mutex_lock`/`unlock`, so with this lock `scripts/tsan.sh` reports only
/// real races. Uncontended, both cost an atomic exchange.
public final class Locked<Value>: @unchecked Sendable {
    // Allocated, never moved: a pthread mutex must not change address once initialised.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: sending Value) {
        self.value = value
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        let status = pthread_mutex_init(mutex, nil)
        precondition(status == 0, "pthread_mutex_init failed: \(status)")
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deinitialize(count: 1)
        mutex.deallocate()
    }

    /// Runs `body` with the value, no other thread inside a `withLock` of this lock meanwhile.
    /// Not reentrant: calling `withLock` again from `body` deadlocks.
    public func withLock<Result, E: Error>(_ body: (inout sending Value) throws(E) -> sending Result) throws(E) -> sending Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value)
    }
}
