import VolleyCore
import VolleyJSON
import VolleyExecutor

/// Small real hooks for the tests: each does one thing a script would.

/// Adds a header to every request before it is sent.
final class AddHeaderHook: RequestHook {
    let name: String
    let value: String
    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
    func beforeSend(_ context: inout HookContext) {
        context.request?.headers.append(HTTPHeader(name: name, value: value))
    }
}

/// Skips the requests of the given names.
final class SkipHook: RequestHook {
    let names: Set<String>
    init(_ names: Set<String>) { self.names = names }
    func beforeSend(_ context: inout HookContext) {
        if names.contains(context.planned.spec.name) { context.skip(because: "skipped by the test hook") }
    }
}

/// Sets a variable before every request, as a pre-request script does.
final class SetVariableHook: RequestHook {
    let name: String
    let value: JSONValue
    init(_ name: String, _ value: JSONValue) {
        self.name = name
        self.value = value
    }
    func beforeSend(_ context: inout HookContext) {
        context.setVariable(name, to: value)
    }
}

/// After each response, a named check that the status is 201, as a test script does.
final class StatusCheckHook: RequestHook {
    func afterResponse(_ context: inout HookContext) {
        let status = context.response?.response.status
        context.addAssertion(
            "status is 201", passed: status == 201, message: status == 201 ? nil : "got \(status.map(String.init) ?? "no response")")
    }
}

/// After the request named `from`, picks `next` (by name, or stop); every time, unless `times` ran out.
final class NextRequestHook: RequestHook {
    let from: String
    let next: NextRequest
    var times: Int
    init(from: String, next: NextRequest, times: Int = .max) {
        self.from = from
        self.next = next
        self.times = times
    }
    func afterResponse(_ context: inout HookContext) {
        guard context.planned.spec.name == from, times > 0 else { return }
        times -= 1
        context.setNextRequest(next)
    }
}

/// Records, in order, which stage saw which request, to check the stages' order.
final class StageLogHook: RequestHook {
    var log: [String] = []
    func beforeSend(_ context: inout HookContext) {
        log.append("before \(context.planned.spec.name) response=\(context.response != nil)")
    }
    func afterResponse(_ context: inout HookContext) {
        log.append("after \(context.planned.spec.name) status=\(context.response?.response.status ?? 0)")
    }
}
