import VolleyExecutor
import VolleyScript

/// What one worker of a parallel run owns: a runner with a transport (one libcurl easy handle)
/// and a script hook (one JavaScript context) of its own, created by the session and then used
/// by the worker's thread alone, never shared.
final class ParallelWorker: @unchecked Sendable {
    let runner: CollectionRunner

    init(runner: CollectionRunner) {
        self.runner = runner
    }
}
