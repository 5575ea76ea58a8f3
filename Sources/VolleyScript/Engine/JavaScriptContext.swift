internal import CJavaScriptCore

/// One JavaScript global context in a context group of its own, kept warm for a run: scripts are
/// compiled into it once and called per request. Every call into the engine runs under the
/// `ExecutionBudget` (CPU, wall clock, memory, cancellation). Not Sendable: it belongs to the
/// thread of the runner that uses it.
final class JavaScriptContext {
    private let group: JSContextGroupRef
    let context: JSGlobalContextRef
    private let budget: ExecutionBudget
    /// Swift handlers of the native functions defined with `define`, by function object.
    var natives: [UnsafeMutableRawPointer: ([String?]) -> String?] = [:]
    /// Set by a user that only checked syntax: the context goes to `SpareContext` when released,
    /// for the run's engine, instead of being destroyed.
    var isSpareWhenReleased = false

    init(limits: ScriptLimits = .default, isCancelled: @escaping () -> Bool = { false }) throws(ScriptError) {
        if case .failure(let error) = JavaScriptCore.loaded { throw error }
        let api = JavaScriptCore.api
        if let spare = SpareContext.take() {
            (group, context) = (spare.group, spare.context)
        } else {
            group = api.JSContextGroupCreate()!
            context = api.JSGlobalContextCreateInGroup(group, nil)!
        }
        budget = ExecutionBudget(limits: limits, group: group, isCancelled: isCancelled)
        NativeFunctions.register(self)
    }

    deinit {
        NativeFunctions.unregister(self)
        let used = !natives.isEmpty
        natives.removeAll()
        if isSpareWhenReleased, !used, SpareContext.keep(SpareContext.Refs(group: group, context: context)) { return }
        JavaScriptCore.api.JSGlobalContextRelease(context)
        JavaScriptCore.api.JSContextGroupRelease(group)
    }

    var limits: ScriptLimits {
        get { budget.limits }
        set { budget.limits = newValue }
    }

    /// Evaluates `source` as a global script and returns its completion value as `String(v)`
    /// words it. `startingLine` is where `source` begins in the file `sourceURL` names; the
    /// error's line and column are in `source`'s own coordinates.
    @discardableResult
    func evaluate(_ source: String, sourceURL: String = "<script>", startingLine: Int = 1) throws(ScriptError) -> String {
        let value = try evaluateValue(source, sourceURL: sourceURL, startingLine: startingLine)
        return try string(value)
    }

    /// `evaluate`, keeping the value (protected from the collector for as long as it is held).
    func evaluateValue(_ source: String, sourceURL: String = "<script>", startingLine: Int = 1) throws(ScriptError) -> JSValue {
        var exception: JSValueRef? = nil
        let value = JSString.with(source) { script in
            JSString.with(sourceURL) { url in
                budget.begin()
                return JavaScriptCore.api.JSEvaluateScript(context, script, nil, url, Int32(startingLine), &exception)
            }
        }
        if var error = failure(exception, lineOffset: startingLine - 1) {
            placeSyntaxError(&error, in: source)
            throw error
        }
        return JSValue(value!, in: self)
    }

    /// A syntax error in `source`, or nil; nothing runs.
    func checkSyntax(_ source: String, sourceURL: String = "<script>", startingLine: Int = 1) -> ScriptError? {
        guard var error = syntaxError(source, sourceURL: sourceURL, startingLine: startingLine) else { return nil }
        placeSyntaxError(&error, in: source)
        return error
    }

    /// Gives a syntax error the column the engine leaves out (`SyntaxErrorColumn`).
    private func placeSyntaxError(_ error: inout ScriptError, in source: String) {
        guard error.kind == .syntax, error.column == nil, let line = error.line else { return }
        error.column = SyntaxErrorColumn.find(in: source, line: line, message: error.message) { prefix in
            syntaxError(prefix, sourceURL: "<script>", startingLine: 1)
        }
    }

    /// `checkSyntax` as the engine answers it: the line, no column.
    private func syntaxError(_ source: String, sourceURL: String, startingLine: Int) -> ScriptError? {
        var exception: JSValueRef? = nil
        let valid = JSString.with(source) { script in
            JSString.with(sourceURL) { url in
                JavaScriptCore.api.JSCheckScriptSyntax(context, script, url, Int32(startingLine), &exception)
            }
        }
        if valid { return nil }
        var error = failure(exception, lineOffset: startingLine - 1)
        error?.kind = .syntax
        return error
    }

    /// Calls `function` with string arguments and returns its result.
    func call(_ function: JSValue, _ arguments: [String]) throws(ScriptError) -> JSValue {
        try call(function, values: arguments.map(makeString))
    }

    /// Calls `function` with `values` and returns its result.
    func call(_ function: JSValue, values: [JSValue]) throws(ScriptError) -> JSValue {
        try call(function, arguments: values.map(Argument.value))
    }

    /// An argument of `call`: a value Swift holds, or a number, which the engine makes without
    /// allocating (and so needs no protection from the collector, nor a string to parse).
    enum Argument {
        case value(JSValue)
        case number(Double)
    }

    /// Calls `function` with `arguments` and returns its result.
    func call(_ function: JSValue, arguments: [Argument]) throws(ScriptError) -> JSValue {
        let api = JavaScriptCore.api
        let refs: [JSValueRef?] = arguments.map {
            switch $0 {
            case .value(let value): value.ref
            case .number(let number): api.JSValueMakeNumber(context, number)
            }
        }
        var exception: JSValueRef? = nil
        guard let object = api.JSValueToObject(context, function.ref, &exception), api.JSObjectIsFunction(context, object) else {
            throw ScriptError(kind: .exception, message: "TypeError: not a function")
        }
        budget.begin()
        let result = refs.withUnsafeBufferPointer {
            api.JSObjectCallAsFunction(context, object, nil, refs.count, $0.baseAddress, &exception)
        }
        let stopped = budget.stoppedBy != nil
        if let error = failure(exception, lineOffset: 0) { throw error }
        if stopped || result == nil { throw ScriptError(kind: .exception, message: "the call returned nothing") }
        return JSValue(result!, in: self)
    }

    /// Runs `body` from inside a native function without counting its time against the running
    /// call's limits (a sub-request's pacing, retries and network wait are not the script's).
    func outsideBudget(_ body: () -> Void) {
        let cpu = ProcessMeters.threadCPUNanoseconds(), wall = ProcessMeters.monotonicNanoseconds()
        body()
        budget.exclude(cpu: ProcessMeters.threadCPUNanoseconds() - cpu, wall: ProcessMeters.monotonicNanoseconds() - wall)
    }

    /// `undefined`, made once.
    private(set) lazy var undefined = JSValue(JavaScriptCore.api.JSValueMakeUndefined(context)!, in: self)

    func makeString(_ text: String) -> JSValue {
        JSString.with(text) { JSValue(JavaScriptCore.api.JSValueMakeString(context, $0)!, in: self) }
    }

    /// The value of a global, such as a function the bootstrap defined.
    func global(_ name: String) -> JSValue {
        let api = JavaScriptCore.api
        let value = JSString.with(name) { api.JSObjectGetProperty(context, api.JSContextGetGlobalObject(context), $0, nil) }
        return JSValue(value ?? api.JSValueMakeUndefined(context)!, in: self)
    }

    /// Defines a global function that calls `handler` with its arguments as text (nil for
    /// `undefined`) and returns its text, or `undefined` for nil.
    func define(_ name: String, _ handler: @escaping ([String?]) -> String?) {
        let api = JavaScriptCore.api
        JSString.with(name) { jsName in
            let function = api.JSObjectMakeFunctionWithCallback(context, jsName, nativeCallback)!
            natives[UnsafeMutableRawPointer(function)] = handler
            api.JSObjectSetProperty(context, api.JSContextGetGlobalObject(context), jsName, function, 0, nil)
        }
    }

    /// Text of a value, as `String(v)`.
    func string(_ value: JSValue) throws(ScriptError) -> String {
        var exception: JSValueRef? = nil
        guard let text = JavaScriptCore.api.JSValueToStringCopy(context, value.ref, &exception) else {
            throw failure(exception, lineOffset: 0) ?? ScriptError(kind: .exception, message: "the value has no text")
        }
        return JSString.take(text)
    }

    /// What this context's heap holds now (`HeapMeter`): the memory limit's measure.
    func heapBytes() -> Int? {
        HeapMeter.bytes(of: context)
    }

    func isUndefined(_ value: JSValue) -> Bool {
        JavaScriptCore.api.JSValueIsUndefined(context, value.ref)
    }

    /// The error for an exception the engine left, or for a limit that stopped the script.
    private func failure(_ exception: JSValueRef?, lineOffset: Int) -> ScriptError? {
        if let kind = budget.stoppedBy {
            return ScriptError(kind: .limit(kind), message: budget.limits.describe(kind))
        }
        guard let exception else { return nil }
        let api = JavaScriptCore.api
        var message = "an exception that has no text"
        if let text = api.JSValueToStringCopy(context, exception, nil) { message = JSString.take(text) }
        var error = ScriptError(kind: .exception, message: message)
        guard api.JSValueIsObject(context, exception), let object = api.JSValueToObject(context, exception, nil) else {
            return error
        }
        func property(_ name: String) -> JSValueRef? {
            let value = JSString.with(name) { api.JSObjectGetProperty(context, object, $0, nil) }
            return value.flatMap { api.JSValueIsUndefined(context, $0) ? nil : $0 }
        }
        if let line = property("line").flatMap({ Int(scriptPosition: api.JSValueToNumber(context, $0, nil)) }) {
            error.line = line - lineOffset
        }
        if let column = property("column") { error.column = Int(scriptPosition: api.JSValueToNumber(context, column, nil)) }
        if let stack = property("stack"), let text = api.JSValueToStringCopy(context, stack, nil) {
            error.stack = JSString.take(text)
        }
        if message.hasPrefix("SyntaxError") { error.kind = .syntax }
        return error
    }
}

/// A value kept from the collector while Swift holds it.
final class JSValue {
    let ref: JSValueRef
    private let owner: JavaScriptContext

    init(_ ref: JSValueRef, in owner: JavaScriptContext) {
        self.ref = ref
        self.owner = owner
        JavaScriptCore.api.JSValueProtect(owner.context, ref)
    }

    deinit {
        JavaScriptCore.api.JSValueUnprotect(owner.context, ref)
    }
}

/// A plain function (no captures), so it converts to the C callback type: finds the context and
/// the handler of the function called.
private let nativeCallback: JSObjectCallAsFunctionCallback = { context, function, _, count, arguments, _ in
    let api = JavaScriptCore.api
    guard let context, let function, let owner = NativeFunctions.context(for: api.JSContextGetGlobalContext(context)),
        let handler = owner.natives[UnsafeMutableRawPointer(function)]
    else { return api.JSValueMakeUndefined(context) }
    var texts: [String?] = []
    texts.reserveCapacity(count)
    for index in 0..<count {
        let value = arguments![index]
        if api.JSValueIsUndefined(context, value) {
            texts.append(nil)
        } else if api.JSValueIsNumber(context, value), let text = integerText(api.JSValueToNumber(context, value, nil)) {
            texts.append(text)
        } else if let text = api.JSValueToStringCopy(context, value, nil) {
            texts.append(JSString.take(text))
        } else {
            texts.append(nil)
        }
    }
    guard let result = handler(texts) else { return api.JSValueMakeUndefined(context) }
    return JSString.with(result) { api.JSValueMakeString(context, $0) }
}

/// A whole number's text as `String(v)` writes it, made in Swift: an argument's line, column or
/// flag sent as a number skips the engine's string and its UTF-8 copy (~2k instructions each,
/// and the end of every script call sends about ten). Nil for the rest (fractions, huge
/// values, NaN), which the engine words.
private func integerText(_ number: Double) -> String? {
    guard abs(number) < 1e15, number.rounded(.towardZero) == number else { return nil }
    return String(Int64(number))
}
