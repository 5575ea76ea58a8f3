import NIOCore

/// Runs a Swift task's jobs on a NIO event loop instead of the cooperative pool.
///
/// Scenario handlers run on it so a server keeps answering even when every
/// cooperative thread is blocked, e.g. by tests that call a synchronous HTTP client
/// (libcurl) in parallel on a 2-core machine: otherwise the client waits for the
/// server, and the server waits for a thread the client holds.
@available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *)
final class EventLoopTaskExecutor: TaskExecutor {
    private let eventLoop: any EventLoop

    init(_ eventLoop: any EventLoop) {
        self.eventLoop = eventLoop
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        eventLoop.execute {
            job.runSynchronously(on: self.asUnownedTaskExecutor())
        }
    }

    func asUnownedTaskExecutor() -> UnownedTaskExecutor {
        UnownedTaskExecutor(ordinary: self)
    }
}
