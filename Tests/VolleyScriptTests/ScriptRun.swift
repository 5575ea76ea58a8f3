import Synchronization
import VolleyCore
import VolleyExecutor
import VolleyJSON
import VolleyParser
import VolleyQuota
@testable import VolleyScript

/// Collects what a run reports.
final class Results: RunObserver {
    var all: [RequestResult] = []
    func didFinish(_ result: RequestResult) { all.append(result) }
    subscript(_ name: String) -> RequestResult? { all.first { $0.name == name } }
}

/// A collection written inline; scripts are added in Swift (`scripted`), as the YAML `scripts:`
/// key is parsed elsewhere.
func collection(_ yaml: String, file: String = "test.yaml") throws -> Collection {
    do {
        return try CollectionParser.parseCollection(source: yaml, file: file)
    } catch {
        throw ScriptTestFailure(message: error.diagnostics.map(\.headline).joined(separator: "\n"))
    }
}

struct ScriptTestFailure: Error {
    var message: String
}

/// A script as the parser would make it from a block scalar whose text starts at `line`, column 7.
func script(_ phase: Script.Phase, _ source: String, line: Int = 20, level: Script.Level = .request) -> Script {
    Script(
        phase: phase, level: level, source: source, origin: SourceLocation(file: "test.yaml", line: line, column: 7),
        declaredAt: SourceLocation(file: "test.yaml", line: line - 1, column: 5))
}

extension Collection {
    /// This collection with `scripts` given to the requests of those names.
    func scripted(_ scripts: [String: [Script]], collection: [Script] = []) -> Collection {
        func map(_ items: [CollectionItem]) -> [CollectionItem] {
            items.map { item in
                switch item {
                case .request(var spec):
                    spec.scripts = scripts[spec.name] ?? []
                    return .request(spec)
                case .folder(var folder):
                    folder.items = map(folder.items)
                    return .folder(folder)
                }
            }
        }
        var copy = self
        copy.items = map(items)
        copy.scripts = collection
        return copy
    }
}

/// Runs `collection` through a `ScriptHook` with libcurl against a real server.
func runScripts(
    _ collection: Collection, variables: [String: JSONValue] = [:], commandLine: [String: JSONValue] = [:],
    secrets: (any SecretProvider)? = nil, limits: ScriptLimits = .default, cancellation: CancellationFlag? = nil,
    maxPicks: Int = RunOptions.defaultMaxNextRequestPicks, iteration: Int = 1, clock: any RunClock = SystemClock(),
    rate: RateSpec? = nil, libraryDirectory: String = "/usr/share/javascript", cookieJar: CookieJar? = nil
) throws -> (results: Results, outcome: CollectionOutcome) {
    let hook = ScriptHook(limits: limits, cancellation: cancellation, libraryDirectory: libraryDirectory)
    var options = RunOptions(rate: rate, cancellation: cancellation, clock: clock, maxNextRequestPicks: maxPicks)
    options.cookieJar = cookieJar
    let runner = try CollectionRunner(options: options, hooks: hook.requestHooks())
    var scopes = VariableScopes()
    scopes.setAll(variables, in: .environment)
    scopes.setAll(commandLine, in: .commandLine)
    scopes.secrets = secrets
    let results = Results()
    let outcome = runner.run(collection, variables: scopes, observer: results, iteration: iteration)
    return (results, outcome)
}

/// Secrets held in memory; values derived from them are recorded, as the run's registry does.
final class TestSecrets: SecretProvider {
    let values: [String: String]
    let derived = Mutex<[String]>([])
    init(_ values: [String: String]) { self.values = values }
    func isSecret(_ name: String) -> Bool { values[name] != nil }
    var secretNames: [String] { values.keys.sorted() }
    func secretValue(_ name: String) throws(SecretUnavailable) -> String {
        guard let value = values[name] else { throw SecretUnavailable(message: "no secret \(name)") }
        return value
    }
    func origin(of name: String) -> String? { "test" }
    func noteDerivedSecret(_ value: String) { derived.withLock { $0.append(value) } }
}

/// A collection of one request, `one` at `{{base}}/one`, with `scripts`.
func oneRequest(_ scripts: [Script]) throws -> Collection {
    try collection("""
        name: t
        requests:
          - name: one
            url: "{{base}}/one"
        """).scripted(["one": scripts])
}

/// Two requests, `first` at `{{base}}/first` with `scripts` and `second` at `{{base}}/second`,
/// so a test sees whether the run went on past the first.
func twoRequests(_ scripts: [Script]) throws -> Collection {
    try collection("""
        name: t
        requests:
          - name: first
            url: "{{base}}/first"
          - name: second
            url: "{{base}}/second"
        """).scripted(["first": scripts])
}
