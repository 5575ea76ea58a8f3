#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One POSIX thread for a worker of a parallel run, or a lane sending entries of a parallel
/// group. Workers block in libcurl and in JavaScriptCore; on Swift's cooperative pool (one thread
/// per core) eight blocked workers would run two at a time, so each gets a thread of its own.
package final class WorkerThread {
    private let thread: pthread_t

    /// Starts `body` on a new thread; nil when the system refuses one (`EAGAIN`).
    package init?(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { pointer in
            Unmanaged<Body>.fromOpaque(pointer!).takeRetainedValue().run()
            return nil
        }, box)
        #else
        var created: pthread_t?
        let started = pthread_create(&created, nil, { pointer in
            Unmanaged<Body>.fromOpaque(pointer).takeRetainedValue().run()
            return nil
        }, box)
        #endif
        guard started == 0 else {
            // The thread never ran, so it never took the body back.
            Unmanaged<Body>.fromOpaque(box).release()
            return nil
        }
        #if canImport(Glibc)
        self.thread = thread
        #else
        self.thread = created!
        #endif
    }

    /// Waits for the body to return.
    package func join() {
        pthread_join(thread, nil)
    }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
