import VolleyCore

/// The run's JavaScript: one context kept warm with the `pm` bootstrap, each script text compiled
/// once (its body wrapped in a function, an `async` one when it awaits, so top-level `return`
/// works) and called per request. Requests that repeat one `after:` text share its function: the
/// engine then runs one warm (and soon compiled) function instead of a cold one per request;
/// positions in its stack frames are in the file and lines it was compiled at, mapped back
/// through each script's own wrapper.
final class ScriptEngine {
    private let js: JavaScriptContext
    private let bridge: HostBridge
    private let runner: JSValue
    private let collector: JSValue
    /// Per script text: its function and the wrapper of the first script that had it (the
    /// shape later scripts with that text take theirs from). Looked up by the text alone: a
    /// table by whole `Script` (hashing its text, file and positions, and growing with every
    /// request) cost ~16k instructions a call.
    private var functions: [String: (wrapper: ScriptWrapper, function: Result<Function, ScriptError>)] = [:]
    /// What runs the timers a call set, after its own code.
    private let timers: ScriptTimers
    /// `__volleyRun`'s event argument, by phase.
    private let events: (before: JSValue, after: JSValue)

    /// A script text's function, with the file and line it was compiled at (which its stack
    /// frames name) and that file's name as a value, the argument `__volleyRun` finds frames by.
    private struct Function {
        var function: JSValue
        var file: String
        var line: Int
        var url: JSValue
    }

    /// A script's shared function and its own wrapper, for mapping positions.
    private struct Compiled {
        var function: Function
        var wrapper: ScriptWrapper
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
        try js.evaluate(TimersBootstrap.source, sourceURL: TimersBootstrap.sourceURL)
        try js.evaluate(PMBootstrap.source, sourceURL: PMBootstrap.sourceURL)
        events = (js.makeString("prerequest"), js.makeString("test"))
        runner = js.global("__volleyRun")
        collector = js.global("__volleyCollect")
        timers = ScriptTimers(js: js, isCancelled: isCancelled)
        // Scripts reach Swift only through `pm`: the driver functions leave the global scope.
        try js.evaluate(
            "delete globalThis.__volleyRun; delete globalThis.__volleyCollect; delete globalThis.__volleyTimerWait; "
                + "delete globalThis.__volleyTimerFire; delete globalThis.__volleyTimerReset",
            sourceURL: PMBootstrap.sourceURL)
    }

    /// Runs `script` in `call`, which answers what the script asks of Swift and is told what it
    /// decided. The output stands also when the script failed: tests it made before it threw
    /// are kept.
    func run(_ script: Script, call: ScriptCall) -> (output: ScriptOutput, error: LocatedScriptError?) {
        let compiled: Compiled
        switch compile(script) {
        case .success(let done): compiled = done
        case .failure(let error): return (ScriptOutput(), locate(error, in: ScriptWrapper(script), compiledAt: nil))
        }
        bridge.call = call
        defer { bridge.call = nil }
        var thrown: ScriptError? = nil
        let started = ProcessMeters.monotonicNanoseconds()
        do {
            let event = script.phase == .before ? events.before : events.after
            // The response's facts and small body go with the call: each host call they save
            // costs ~11k instructions, more than making the strings.
            let facts = call.responseFacts.map(js.makeString) ?? js.undefined
            let body = call.smallBody.map(js.makeString) ?? js.undefined
            _ = try js.call(runner, values: [compiled.function.function, compiled.function.url, event, facts, body])
            if call.setTimers { try timers.drain(startedAt: started) }
        } catch {
            thrown = error
        }
        // After a limit too: the context stays usable, and what the script did so far is reported.
        _ = try? js.call(collector, values: [])
        var output = call.output
        // Mapped here, with the wrapper at hand: the hook would look the script up again per test.
        for index in output.tests.indices {
            output.tests[index].location = output.tests[index].at.map {
                compiled.wrapper.location(line: $0.line - compiled.function.line + 1, column: $0.column)
            }
        }
        if let thrown { return (output, locate(thrown, in: compiled.wrapper, compiledAt: compiled.function)) }
        if let error = output.error {
            let located = ScriptError(kind: .exception, message: error.message, stack: error.stack)
            return (output, locate(located, in: compiled.wrapper, compiledAt: compiled.function))
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
        guard case .success(let compiled) = compile(script) else {
            return ScriptWrapper(script).location(line: line - script.origin.line + 1, column: column)
        }
        return compiled.wrapper.location(line: line - compiled.function.line + 1, column: column)
    }

    private func location(inStack stack: String?, of wrapper: ScriptWrapper, compiledAt function: Function?) -> SourceLocation? {
        guard let stack else { return nil }
        let file = function?.file ?? wrapper.script.origin.file
        let firstLine = function?.line ?? wrapper.script.origin.line
        for frame in stack.split(separator: "\n") {
            guard let (url, line, column) = Self.parse(frame: frame), url == file else { continue }
            return wrapper.location(line: line - firstLine + 1, column: column)
        }
        return nil
    }

    private func compile(_ script: Script) -> Result<Compiled, ScriptError> {
        if let known = functions[script.source] {
            let wrapper = ScriptWrapper(script, sameTextAs: known.wrapper)
            return known.function.map { Compiled(function: $0, wrapper: wrapper) }
        }
        let wrapper = ScriptWrapper(script)
        return function(for: wrapper).map { Compiled(function: $0, wrapper: wrapper) }
    }

    /// The function of `wrapper`'s text, compiled at the first script that has it (a text
    /// not seen before).
    private func function(for wrapper: ScriptWrapper) -> Result<Function, ScriptError> {
        let script = wrapper.script
        let result: Result<Function, ScriptError>
        do {
            let function = try js.evaluateValue(wrapper.wrapped, sourceURL: script.origin.file, startingLine: script.origin.line)
            result = .success(Function(
                function: function, file: script.origin.file, line: script.origin.line, url: js.makeString(script.origin.file)))
        } catch {
            result = .failure(error)
        }
        functions[script.source] = (wrapper, result)
        return result
    }

    private func locate(_ error: ScriptError, in wrapper: ScriptWrapper, compiledAt function: Function?) -> LocatedScriptError {
        if let location = location(inStack: error.stack, of: wrapper, compiledAt: function) {
            return LocatedScriptError(error: error, location: location)
        }
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
