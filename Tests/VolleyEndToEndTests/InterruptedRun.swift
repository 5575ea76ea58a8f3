import Foundation
import TestSupport

/// Runs `volley` with `arguments`, waits until `server` has seen `requestsBeforeSignal` requests
/// (so a slow one is in flight), sends `signal` and returns what the process printed.
func interruptedRun(
    _ arguments: [String], server: ScenarioServer, requestsBeforeSignal: Int = 2, signal: Int32
) async throws -> ProcessResult {
    let process = try RunningProcess(product: "volley", arguments: arguments)
    // Generous: on a loaded CI machine the first requests may take seconds to go out.
    for _ in 0..<600 where server.requests.count < requestsBeforeSignal {
        try await Task.sleep(for: .milliseconds(50))
    }
    guard server.requests.count >= requestsBeforeSignal else {
        process.signal(SIGKILL)
        throw HelperFailure("volley sent \(server.requests.count) requests in 30 s, expected \(requestsBeforeSignal)")
    }
    process.signal(signal)
    return try await process.wait()
}
