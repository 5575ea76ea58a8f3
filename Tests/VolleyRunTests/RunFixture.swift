import TestSupport
import VolleyCore
import VolleyExecutor
import VolleyRun

/// A session observer that keeps everything it hears.
final class RecordingObserver: RunSessionObserver {
    var results: [RequestResult] = []
    var collectionsRun: [(name: String, iteration: Int, of: Int)] = []
    var stops: [RunStop] = []

    func didFinish(_ result: RequestResult) { results.append(result) }
    func willRun(_ collection: Collection, iteration: Int, of iterations: Int) {
        collectionsRun.append((collection.name, iteration, iterations))
    }
    func didStop(_ stop: RunStop) { stops.append(stop) }
}

/// Lines the library hands to the console, kept instead of printed; one thread only.
final class CollectingSink: ConsoleSink, @unchecked Sendable {
    var lines: [String] = []
    var errors: [String] = []
    var reports: [String] = []
    func line(_ text: String) { lines.append(text) }
    func out(_ text: String) { lines.append(text) }
    func outInline(_ text: String) { lines.append(text) }
    func err(_ text: String) { errors.append(text) }
    func report(_ text: String) { reports.append(text) }
}

/// Prepares, plans and runs `configuration` the way `volley run` does, without the binary.
func runSession(
    _ configuration: RunConfiguration, secrets: SecretRegistry = SecretRegistry()
) throws -> (outcome: RunOutcome, observer: RecordingObserver, sink: CollectingSink) {
    let sources = SourceFiles()
    let plan = try RunPreparation.plan(configuration, sources: sources, secrets: secrets, describe: { "\($0)" }).plan
    let sink = CollectingSink()
    let session = try RunSession(
        plan: plan, configuration: configuration, secrets: secrets, sources: sources, output: sink,
        startedAt: .now, cancellation: nil)
    let observer = RecordingObserver()
    let ran = session.run(observer: observer)
    return (session.finish(ran).outcome, observer, sink)
}
