import VolleyCore
import VolleyExecutor
import VolleyJSON

/// The JSON a script call starts from: names and the response without its body. The request and
/// the body are asked for only by a script that reads them.
enum ScriptInput {
    static func json(for context: HookContext, script: Script) -> String {
        let phase = script.phase
        var root: [(String, JSONValue)] = [
            ("event", .string(phase == .before ? "prerequest" : "test")),
            ("requestName", .string(context.planned.spec.name)),
            // Stack frames name the file a script was compiled from: its tests are found by it.
            ("scriptURL", .string(script.origin.file)),
            // Postman counts iterations from 0.
            ("iteration", .integer(Int64(context.iteration - 1))),
        ]
        if let exchange = context.response {
            root.append(("response", .object(JSONObject([
                ("code", .integer(Int64(exchange.response.status))),
                ("headers", headers(exchange.response.headers)),
                // Whole milliseconds, as Postman gives it (and an integer writes far faster than a double).
                ("responseTime", .integer(Int64(exchange.timings.totalMilliseconds.rounded()))),
                ("size", .integer(Int64(exchange.response.byteCount))),
            ]))))
        }
        return JSONValue.object(JSONObject(root)).jsonText
    }

    static func headers(_ headers: [HTTPHeader]) -> JSONValue {
        .array(headers.map { .array([.string($0.name), .string($0.value)]) })
    }
}
