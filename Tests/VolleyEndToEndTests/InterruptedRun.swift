import Foundation
import TestSupport

/// Runs `volley` with `arguments`, waits until `server` has seen `requestsBeforeSignal` requests
/// (so a slow one is in flight), sends `signal` and returns what the process printed.
func interruptedRun(
    _ arguments: [String], server: ScenarioServer, requestsBeforeSignal: Int = 2, signal: Int32
) async throws -> ProcessResult {
    try await interruptedRun(arguments, signal: signal, waitingFor: "\(requestsBeforeSignal) requests") {
        _ in server.requests.count >= requestsBeforeSignal
    }
}

/// Runs `volley` with `arguments`, waits until its stdout contains `text` (a wait has begun, say),
/// sends `signal` and returns what the process printed.
func interruptedRun(_ arguments: [String], whenStdoutContains text: String, signal: Int32) async throws -> ProcessResult {
    try await interruptedRun(arguments, signal: signal, waitingFor: "'\(text)' on stdout") { $0.stdoutSoFar.contains(text) }
}

private func interruptedRun(
    _ arguments: [String], signal: Int32, waitingFor what: String, until ready: (RunningProcess) -> Bool
) async throws -> ProcessResult {
    let process = try RunningProcess(product: "volley", arguments: arguments)
    // Generous: on a loaded CI machine the first requests may take seconds to go out.
    for _ in 0..<600 where !ready(process) {
        try await Task.sleep(for: .milliseconds(50))
    }
    guard ready(process) else {
        process.signal(SIGKILL)
        throw HelperFailure("volley did not reach \(what) in 30 s")
    }
    process.signal(signal)
    return try await process.wait()
}
