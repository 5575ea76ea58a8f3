import Foundation
import TestSupport

/// Runs `volley` with `arguments`, waits until `server` has seen `requestsBeforeSignal` requests
/// (so a slow one is in flight), sends `signal` and returns what the process printed.
func interruptedRun(
    _ arguments: [String], server: ScenarioServer, requestsBeforeSignal: Int = 2, signal: Int32
) async throws -> ProcessResult {
    // Generous: on a loaded CI machine the first requests may take seconds to go out.
    try await interruptedRun(arguments, signal: signal, patience: .seconds(30), waitingFor: "\(requestsBeforeSignal) requests") {
        _ in server.requests.count >= requestsBeforeSignal
    }
}

/// Runs `volley` with `arguments`, waits (up to `patience`) until its stdout contains `text`
/// (a wait has begun, say), sends `signal` and returns what the process printed.
func interruptedRun(
    _ arguments: [String], whenStdoutContains text: String, patience: Duration = .seconds(50), signal: Int32
) async throws -> ProcessResult {
    try await interruptedRun(arguments, signal: signal, patience: patience, waitingFor: "'\(text)' on stdout") {
        $0.stdoutSoFar.contains(text)
    }
}

private func interruptedRun(
    _ arguments: [String], signal: Int32, patience: Duration, waitingFor what: String,
    until ready: (RunningProcess) -> Bool
) async throws -> ProcessResult {
    let process = try RunningProcess(executable: BuildProducts.path(of: "volley"), arguments: arguments, timeout: patience + .seconds(30))
    let deadline = ContinuousClock.now + patience
    while !ready(process), ContinuousClock.now < deadline {
        try await Task.sleep(for: .milliseconds(50))
    }
    guard ready(process) else {
        process.signal(SIGKILL)
        throw HelperFailure("volley did not reach \(what) in \(patience)")
    }
    process.signal(signal)
    return try await process.wait()
}
