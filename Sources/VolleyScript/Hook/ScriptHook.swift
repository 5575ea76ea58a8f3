import VolleyCore
import VolleyExecutor
import VolleyJSON

/// Runs a request's scripts (`PlannedRequest.scripts`, collection first, then folders outside-in,
/// then the request's own) as a `RequestHook`: `before` scripts ahead of the send, `after` ones
/// once the response, `expect:` and `capture:` are in. One engine serves the whole run, created by
/// the first script, so a run without scripts never loads JavaScriptCore.
/// Not Sendable: it belongs to the runner's thread, as its JavaScript context does.
public final class ScriptHook: RequestHook {
    private let limits: ScriptLimits
    private let isCancelled: () -> Bool
    private var engine: Result<ScriptEngine, ScriptError>?
    private let libraries: SandboxLibraries

    /// `libraryDirectory` is where Debian's browser builds of the sandbox libraries are read
    /// from (lodash, moment, tv4, chai), on first use.
    public init(limits: ScriptLimits = .default, cancellation: CancellationFlag? = nil, libraryDirectory: String = "/usr/share/javascript") {
        self.limits = limits
        self.libraries = SandboxLibraries(directory: libraryDirectory)
        self.isCancelled = { cancellation?.isCancelled == true }
    }

    /// Hooks that give each request with scripts this hook, and the others none (no hook
    /// context is built for them).
    public func requestHooks() -> RequestHooks {
        RequestHooks(requestLevel: { [self] planned in planned.scripts.isEmpty ? [] : [self] })
    }

    public func beforeSend(_ context: inout HookContext) {
        for script in context.planned.scripts where script.phase == .before {
            run(script, &context)
            // A script that failed leaves the request unprepared; the rest would build on it.
            if context.failure != nil { return }
        }
    }

    public func afterResponse(_ context: inout HookContext) {
        for script in context.planned.scripts where script.phase == .after { run(script, &context) }
    }

    private func run(_ script: Script, _ context: inout HookContext) {
        let engine: ScriptEngine
        switch loadEngine() {
        case .success(let loaded): engine = loaded
        case .failure(let error):
            context.fail(error.message, at: script.declaredAt)
            return
        }
        let call = ScriptCall(context: context)
        call.sends.locate = { engine.location(line: $0, column: $1, of: script) }
        call.sends.fallback = script.declaredAt
        call.sends.outsideBudget = engine.outsideBudget
        let (output, error) = engine.run(script, call: call)
        // Variable writes and request edits took effect in the call's copy as the script ran.
        context = call.context
        for message in call.console { context.addConsole(message) }
        for test in output.tests {
            let location = test.location
            if test.skipped {
                context.addNote("test '\(test.name)' skipped (pm.test.skip)")
            } else if test.pending {
                context.addAssertion(test.name, passed: false, message: "the test's promise never settled", location: location)
            } else {
                context.addAssertion(test.name, passed: test.passed, message: test.passed ? nil : test.message ?? "failed", location: location)
            }
        }
        if output.skip { context.skip(because: "the \(script.phase.rawValue) script asked to skip it") }
        if let next = output.next { context.setNextRequest(next.map(NextRequest.named) ?? .stop) }
        if let error { context.fail(Self.message(for: error.error, phase: script.phase), at: error.location) }
    }

    private func loadEngine() -> Result<ScriptEngine, ScriptError> {
        if let engine { return engine }
        let loaded: Result<ScriptEngine, ScriptError>
        do {
            loaded = .success(try ScriptEngine(limits: limits, isCancelled: isCancelled, libraries: libraries))
        } catch {
            loaded = .failure(error)
        }
        engine = loaded
        return loaded
    }

    static func message(for error: ScriptError, phase: Script.Phase) -> String {
        switch error.kind {
        case .limit, .unsettled: "the \(phase.rawValue) script was stopped: \(error.message)"
        case .syntax: "the \(phase.rawValue) script is not valid JavaScript: \(error.message)"
        case .exception: "the \(phase.rawValue) script threw \(error.message)"
        case .engineUnavailable: error.message
        }
    }
}
