import VolleyCore

/// The run's JavaScript: one context kept warm with the `pm` bootstrap, each script compiled
/// once (its body wrapped in a function, an `async` one when it awaits, so top-level `return`
/// works) and called per request.
final class ScriptEngine {
    private let js: JavaScriptContext
    private let bridge: HostBridge
    private let runner: JSValue
    private let collector: JSValue
    private var compiled: [Script: Result<Compiled, ScriptError>] = [:]

    /// A script's function, its wrapper for mapping positions, and the two other arguments of
    /// `__volleyRun` (the file's URL, which its stack frames name, and the event), made once.
    private struct Compiled {
        var function: JSValue
        var wrapper: ScriptWrapper
        var url: JSValue
        var event: JSValue
    }

    /// The call the host functions answer for; set only while a script runs.
    private final class HostBridge {
        var call: ScriptCall?
    }

    init(limits: ScriptLimits, isCancelled: @escaping () -> Bool, libraries: SandboxLibraries = SandboxLibraries()) throws(ScriptError) {
        js = try JavaScriptContext(limits: limits, isCancelled: isCancelled)
        let bridge = HostBridge()
        self.bridge = bridge
        js.define("__volleyHost") { bridge.call?.host($0) }
        try js.evaluate(ExpectLibrary.source, sourceURL: "volley:expect")
        // The sandbox libraries and the legacy globals: defined here, each loaded on first use.
        try libraries.install(in: js)
        try js.evaluate(LegacySandbox.source, sourceURL: LegacySandbox.sourceURL)
        try js.evaluate(PMBootstrap.source, sourceURL: PMBootstrap.sourceURL)
        runner = js.global("__volleyRun")
        collector = js.global("__volleyCollect")
        // Scripts reach Swift only through `pm`: the driver functions leave the global scope.
        try js.evaluate("delete globalThis.__volleyRun; delete globalThis.__volleyCollect", sourceURL: PMBootstrap.sourceURL)
    }

    /// Runs `script` in `call`, which answers what the script asks of Swift and is told what it
    /// decided. The output stands also when the script failed: tests it made before it threw
    /// are kept.
    func run(_ script: Script, call: ScriptCall) -> (output: ScriptOutput, error: LocatedScriptError?) {
        let compiled: Compiled
        switch compile(script) {
        case .success(let done): compiled = done
        case .failure(let error): return (ScriptOutput(), locate(error, in: ScriptWrapper(script)))
        }
        bridge.call = call
        defer { bridge.call = nil }
        var thrown: ScriptError? = nil
        do {
            _ = try js.call(runner, values: [compiled.function, compiled.url, compiled.event])
        } catch {
            thrown = error
        }
        // After a limit too: the context stays usable, and what the script did so far is reported.
        _ = try? js.call(collector, values: [])
        let output = call.output
        if let thrown { return (output, locate(thrown, in: wrapper(of: script))) }
        if let error = output.error {
            let located = ScriptError(kind: .exception, message: error.message, stack: error.stack)
            return (output, locate(located, in: wrapper(of: script)))
        }
        if !output.settled {
            let error = ScriptError(
                kind: .unsettled,
                message: "the script awaits a promise that never settles (nothing is left that could resolve it)")
            return (output, LocatedScriptError(error: error, location: script.declaredAt))
        }
        return (output, nil)
    }

    /// Runs `body` (a `pm.sendRequest` waiting on the network) without counting it against the
    /// running script's CPU and wall-clock limits.
    func outsideBudget(_ body: () -> Void) {
        js.outsideBudget(body)
    }

    /// The location in the YAML (or `.js` file) of a line (in the file's numbering, as stacks
    /// give it) and column of `script`'s wrapped text.
    func location(line: Int, column: Int, of script: Script) -> SourceLocation {
        wrapper(of: script).location(line: line - script.origin.line + 1, column: column)
    }

    private func location(inStack stack: String?, of wrapper: ScriptWrapper) -> SourceLocation? {
        guard let stack else { return nil }
        let origin = wrapper.script.origin
        for frame in stack.split(separator: "\n") {
            guard let (url, line, column) = Self.parse(frame: frame), url == origin.file else { continue }
            return wrapper.location(line: line - origin.line + 1, column: column)
        }
        return nil
    }

    private func wrapper(of script: Script) -> ScriptWrapper {
        if case .success(let compiled)? = compiled[script] { return compiled.wrapper }
        return ScriptWrapper(script)
    }

    private func compile(_ script: Script) -> Result<Compiled, ScriptError> {
        if let done = compiled[script] { return done }
        let wrapper = ScriptWrapper(script)
        let result: Result<Compiled, ScriptError>
        do {
            let function = try js.evaluateValue(wrapper.wrapped, sourceURL: script.origin.file, startingLine: script.origin.line)
            result = .success(Compiled(
                function: function, wrapper: wrapper, url: js.makeString(script.origin.file),
                event: js.makeString(script.phase == .before ? "prerequest" : "test")))
        } catch {
            result = .failure(error)
        }
        compiled[script] = result
        return result
    }

    private func locate(_ error: ScriptError, in wrapper: ScriptWrapper) -> LocatedScriptError {
        if let location = location(inStack: error.stack, of: wrapper) { return LocatedScriptError(error: error, location: location) }
        if let line = error.line, error.kind == .syntax || error.stack == nil {
            return LocatedScriptError(error: error, location: wrapper.location(line: line, column: error.column ?? 1))
        }
        return LocatedScriptError(error: error, location: wrapper.script.declaredAt)
    }

    /// `name@url:line:column` (JavaScriptCore's frame form) into its parts. A thrown object's
    /// `stack` is the script's to write, so numbers are read as `UInt32`: a negative or huge one
    /// would overflow the arithmetic that maps it back to the file.
    static func parse(frame: Substring) -> (url: String, line: Int, column: Int)? {
        let parts = frame.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let column = UInt32(parts[parts.count - 1]).map(Int.init),
            let line = UInt32(parts[parts.count - 2]).map(Int.init)
        else { return nil }
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
