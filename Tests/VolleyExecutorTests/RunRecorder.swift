import VolleyCore
import VolleyExecutor
import VolleyParser

/// Collects what a run reports, for assertions.
final class RunRecorder: RunObserver {
    var results: [RequestResult] = []

    func didFinish(_ result: RequestResult) {
        results.append(result)
    }

    func result(_ name: String) -> RequestResult? {
        results.first { $0.name == name }
    }
}

/// Parses a collection written inline in a test; a parse error fails the test with its diagnostics.
func collection(_ yaml: String, file: String = "test.yaml") throws -> Collection {
    do {
        return try CollectionParser.parseCollection(source: yaml, file: file)
    } catch {
        throw ParseFailure(diagnostics: error.diagnostics.map(\.headline))
    }
}

struct ParseFailure: Error {
    var diagnostics: [String]
}

/// Runs a collection once with the given variables (and hooks, and a precomputed request list)
/// and returns what the observer saw.
func run(
    _ collection: Collection, variables: [String: String] = [:], options: RunOptions = RunOptions(),
    hooks: [any RequestHook] = [], requests: [PlannedRequest]? = nil
) throws -> (RunRecorder, CollectionOutcome) {
    var scopes = VariableScopes()
    for (name, value) in variables { scopes.set(name, to: .string(value), in: .commandLine) }
    let recorder = RunRecorder()
    let runner = try CollectionRunner(options: options, hooks: RequestHooks(collectionLevel: hooks))
    let outcome = runner.run(collection, requests: requests, variables: scopes, observer: recorder)
    return (recorder, outcome)
}
