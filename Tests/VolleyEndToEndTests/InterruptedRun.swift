import Foundation
import TestSupport

/// Runs `volley` with `arguments`, waits until `server` has seen `requestsBeforeSignal` requests
/// (so a slow one is in flight), sends `signal` and returns what the process printed.
func interruptedRun(
    _ arguments: [String], server: ScenarioServer, requestsBeforeSignal: Int = 2, signal: Int32
) async throws -> ProcessResult {
    let process = try RunningProcess(product: "volley", arguments: arguments)
    for _ in 0..<100 where server.requests.count < requestsBeforeSignal {
        try await Task.sleep(for: .milliseconds(50))
    }
    process.signal(signal)
    return try await process.wait()
}
