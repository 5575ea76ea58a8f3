import VolleyCore
import VolleyExecutor

/// A parallel worker's observer for one unit: keeps its results for the coordinator, which
/// hands them to the console and the reports in input order. Waits and sends are not passed
/// on: a countdown of one worker among eight would be noise (the progress line says what runs).
final class UnitBuffer: RunObserver {
    private(set) var results: [RequestResult] = []
    private let secrets: SecretRegistry
    private let scheduler: UnitScheduler

    init(secrets: SecretRegistry, scheduler: UnitScheduler) {
        self.secrets = secrets
        self.scheduler = scheduler
    }

    func didFinish(_ result: RequestResult) {
        // Registered now, not when the coordinator gets to it: anything printed meanwhile (a
        // log line) is masked already. The coordinator's fan-out masks the result itself.
        secrets.registerSecretCaptures(of: result)
        results.append(result)
        // A paginated request's further pages are not entries of the total.
        if (result.page ?? 1) == 1 { scheduler.requestFinished() }
    }
}
