import VolleyCore
import VolleyExecutor
import VolleyJSON

/// One script call's view of its request, which the script reads and changes through the host
/// functions: a copy of the hook context that takes each variable write at once (so a later
/// `get` sees it, and before the send the request is rendered again) and each request edit, re-
/// applied after every rendering so neither undoes the other. The hook takes the copy back.
final class ScriptCall {
    private(set) var context: HookContext
    private var edits: [RequestEdit] = []
    private(set) var console: [ConsoleMessage] = []
    /// What the call decided, reported by `__volleyCollect` at its end.
    private(set) var output = ScriptOutput()
    /// Whether the script set a timer (`setTimeout`…), which the engine then runs after it.
    private(set) var setTimers = false
    /// The call's `pm.sendRequest`s (ScriptSendRequests.swift).
    let sends = ScriptSendRequests()

    init(context: HookContext) {
        self.context = context
    }

    /// Answers `__volleyHost(op, ...)`: what `pm.*` and `console.*` ask of Swift.
    func host(_ arguments: [String?]) -> String? {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        switch argument(0) {
        case "get": return argument(2).flatMap { get($0, scope: argument(1)) }?.jsonText
        case "all": return JSONValue.object(all(scope: argument(1))).jsonText
        case "dynamic": return argument(1).flatMap(Template.Builtin.init(rawValue:))?.freshValue.jsonText
        case "set":
            guard let name = argument(2), let source = Self.writableSource(argument(1)) else { return nil }
            set(name, to: argument(3).flatMap { try? JSONValue.parse($0) } ?? .null, in: source)
        case "unset":
            guard let name = argument(2), let source = Self.source(argument(1)) else { return nil }
            remove(name, from: source)
        case "clear":
            guard let source = Self.source(argument(1)) else { return nil }
            for name in context.variables.values(in: source).keys.sorted() { remove(name, from: source) }
        case "request": return requestJSON().jsonText
        case "edit":
            guard let edit = argument(1).flatMap(RequestEdit.init(json:)) else { return nil }
            edits.append(edit)
            if var request = context.request {
                edit.apply(to: &request)
                context.request = request
            }
        case "body": return String(decoding: context.response?.response.body ?? [], as: UTF8.self)
        case "response.headers":
            return context.response.map { JSONValue.array($0.response.headers.map { .array([.string($0.name), .string($0.value)]) }).jsonText }
        case "requestName": return context.planned.spec.name
        // Postman counts iterations from 0.
        case "iteration": return String(context.iteration - 1)
        case "timers": setTimers = true
        case "tests": output.addTests(arguments.dropFirst())
        case "end": output.end(arguments)
        case "send": return sends.send(arguments, context: &context)
        case "cookies", "cookie.set", "cookie.unset":
            return ScriptCookies(jar: context.cookieJar, requestURL: context.request?.url).answer(arguments)
        case "log":
            let level = argument(1).flatMap(ConsoleMessage.Level.init(rawValue:)) ?? .log
            console.append(ConsoleMessage(level: level, text: argument(2) ?? ""))
        default: break
        }
        return nil
    }

    /// A name's value as the script sees it: `pm.variables` resolves through every scope (as
    /// rendering does), the others read their own. A secret reads as its value: it is masked
    /// wherever it is printed, as the registry knows it once fetched.
    private func get(_ name: String, scope: String?) -> JSONValue? {
        let variables = context.variables
        guard scope != "variables" else {
            switch variables.resolve(name) {
            case .value(let value): return value
            case .secret(let provider): return (try? provider.secretValue(name)).map(JSONValue.string)
            case .undefined: return nil
            }
        }
        guard let source = Self.source(scope) else { return nil }
        if source == .environment, let provider = variables.secrets, provider.isSecret(name) {
            return (try? provider.secretValue(name)).map(JSONValue.string)
        }
        return variables.value(of: name, in: source)
    }

    private func all(scope: String?) -> JSONObject {
        var merged: [String: JSONValue] = [:]
        if scope == "variables" {
            for source in VariableSource.allCases.reversed() { merged.merge(context.variables.values(in: source)) { $1 } }
        } else if let source = Self.source(scope) {
            merged = context.variables.values(in: source)
        }
        return JSONObject(merged.keys.sorted().map { ($0, merged[$0]!) })
    }

    private func set(_ name: String, to value: JSONValue, in source: VariableSource) {
        // A name declared secret stays secret whoever writes it: the value is masked from now on.
        if let provider = context.variables.secrets, provider.isSecret(name) {
            provider.noteDerivedSecret(value.stringValue ?? value.jsonText)
        }
        context.setVariable(name, to: value, in: source)
        reapplyEdits()
    }

    private func remove(_ name: String, from source: VariableSource) {
        context.removeVariable(name, from: source)
        reapplyEdits()
    }

    /// A rendering replaced the request: the script's edits go on again, in order.
    private func reapplyEdits() {
        guard !edits.isEmpty, !context.isAfterSend, var request = context.request else { return }
        for edit in edits { edit.apply(to: &request) }
        context.request = request
    }

    /// `[code, milliseconds, size]` of the response, or nil before one came. Whole milliseconds,
    /// as Postman gives them. Handed to `__volleyRun` with the call (a host call costs more).
    var responseFacts: String? {
        guard let exchange = context.response else { return nil }
        let milliseconds = exchange.timings.totalMilliseconds
        let time = milliseconds.isFinite && abs(milliseconds) < 1e15 ? Int64(milliseconds.rounded()) : 0
        return "[\(exchange.response.status),\(time),\(exchange.response.byteCount)]"
    }

    /// The response's body as text when it is small enough to hand to `__volleyRun` whole
    /// (most scripts read it, and a host call costs more than copying a few kilobytes); nil
    /// leaves it to `host("body")`, asked only when the script reads it.
    var smallBody: String? {
        guard let body = context.response?.response.body, body.count <= Self.eagerBodyLimit else { return nil }
        return String(decoding: body, as: UTF8.self)
    }
    static let eagerBodyLimit = 16 * 1024

    /// The request as it stands; before a rendering succeeded, the method alone (the URL waits
    /// for the variables the script may set).
    private func requestJSON() -> JSONValue {
        guard let request = context.request else {
            return ["method": .string(context.planned.spec.method), "url": "", "headers": [], "body": ""]
        }
        return .object(JSONObject([
            ("method", .string(request.method)),
            ("url", .string(request.url)),
            ("headers", .array(request.headers.map { .array([.string($0.name), .string($0.value)]) })),
            ("body", .string(String(decoding: request.body, as: UTF8.self))),
        ]))
    }

    /// Where each `pm` scope reads from. `pm.variables` writes rank with captures: a value set on
    /// purpose for this collection run, still below `--var` and `VOLLEY_VAR_`.
    private static func source(_ scope: String?) -> VariableSource? {
        switch scope {
        case "variables": .capture
        case "environment": .environment
        case "collectionVariables": .collection
        case "globals": .global
        case "iterationData": .iteration
        default: nil
        }
    }

    /// Iteration data is the data file's: scripts read it and may unset a value, never set one.
    private static func writableSource(_ scope: String?) -> VariableSource? {
        scope == "iterationData" ? nil : source(scope)
    }
}
