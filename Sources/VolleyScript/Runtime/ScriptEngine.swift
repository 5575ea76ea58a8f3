import VolleyCore

/// The run's JavaScript: one context kept warm with the `pm` bootstrap, each script compiled
/// once (its body wrapped in a function, an `async` one when it awaits, so top-level `return`
/// works) and called per request.
final class ScriptEngine {
    private let js: JavaScriptContext
    private let bridge: HostBridge
    private let runner: JSValue
    private let collector: JSValue
    private var compiled: [Script: Result<JSValue, ScriptError>] = [:]

    /// The call the host functions answer for; set only while a script runs.
    private final class HostBridge {
        var call: ScriptCall?
    }

    init(limits: ScriptLimits, isCancelled: @escaping () -> Bool) throws(ScriptError) {
        js = try JavaScriptContext(limits: limits, isCancelled: isCancelled)
        let bridge = HostBridge()
        self.bridge = bridge
        js.define("__volleyHost") { bridge.call?.host($0) }
        try js.evaluate(ExpectLibrary.source, sourceURL: "volley:expect")
        try js.evaluate(PMBootstrap.source, sourceURL: PMBootstrap.sourceURL)
        runner = js.global("__volleyRun")
        collector = js.global("__volleyCollect")
        // Scripts reach Swift only through `pm`: the driver functions leave the global scope.
        try js.evaluate("delete globalThis.__volleyRun; delete globalThis.__volleyCollect", sourceURL: PMBootstrap.sourceURL)
    }

    /// Runs `script` with `input` (the JSON `__volleyRun` reads) in `call`. The output stands
    /// also when the script failed: tests it made before it threw are kept.
    func run(_ script: Script, input: String, call: ScriptCall) -> (output: ScriptOutput, error: LocatedScriptError?) {
        let function: JSValue
        switch compile(script) {
        case .success(let compiled): function = compiled
        case .failure(let error): return (ScriptOutput(json: "{}"), locate(error, in: script))
        }
        bridge.call = call
        defer { bridge.call = nil }
        var thrown: ScriptError? = nil
        do {
            _ = try js.call(runner, values: [function, js.makeString(input)])
        } catch {
            thrown = error
        }
        // After a limit too: the context stays usable, and what the script did so far is reported.
        let output = (try? js.string(js.call(collector, values: []))).map(ScriptOutput.init(json:)) ?? ScriptOutput(json: "{}")
        if let thrown { return (output, locate(thrown, in: script)) }
        if let error = output.error {
            let located = ScriptError(kind: .exception, message: error.message, stack: error.stack)
            return (output, locate(located, in: script))
        }
        if !output.settled {
            let error = ScriptError(
                kind: .unsettled,
                message: "the script awaits a promise that never settles (nothing is left that could resolve it)")
            return (output, LocatedScriptError(error: error, location: script.declaredAt))
        }
        return (output, nil)
    }

    /// The location in the YAML (or `.js` file) of the innermost frame of `script` in `stack`.
    func location(inStack stack: String?, of script: Script) -> SourceLocation? {
        guard let stack else { return nil }
        for frame in stack.split(separator: "\n") {
            guard let (url, line, column) = Self.parse(frame: frame), url == script.origin.file else { continue }
            return ScriptWrapper.location(line: line - script.origin.line + 1, column: column, in: script)
        }
        return nil
    }

    private func compile(_ script: Script) -> Result<JSValue, ScriptError> {
        if let done = compiled[script] { return done }
        let wrapped = ScriptWrapper.wrapped(script)
        let result: Result<JSValue, ScriptError>
        do {
            result = .success(try js.evaluateValue(wrapped, sourceURL: script.origin.file, startingLine: script.origin.line))
        } catch {
            result = .failure(error)
        }
        compiled[script] = result
        return result
    }

    private func locate(_ error: ScriptError, in script: Script) -> LocatedScriptError {
        if let location = location(inStack: error.stack, of: script) { return LocatedScriptError(error: error, location: location) }
        if let line = error.line, error.kind == .syntax || error.stack == nil {
            return LocatedScriptError(error: error, location: ScriptWrapper.location(line: line, column: error.column ?? 1, in: script))
        }
        return LocatedScriptError(error: error, location: script.declaredAt)
    }

    /// `name@url:line:column` (JavaScriptCore's frame form) into its parts.
    static func parse(frame: Substring) -> (url: String, line: Int, column: Int)? {
        let parts = frame.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let column = Int(parts[parts.count - 1]), let line = Int(parts[parts.count - 2]) else { return nil }
        let head = parts[..<(parts.count - 2)].joined(separator: ":")
        let url = head.firstIndex(of: "@").map { String(head[head.index(after: $0)...]) } ?? head
        return (url, line, column)
    }
}

/// A script's error with where in the user's file it happened.
struct LocatedScriptError {
    var error: ScriptError
    var location: SourceLocation
}
