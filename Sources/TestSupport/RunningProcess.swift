import Foundation
import NIOConcurrencyHelpers

/// A launched child process with stdin fed from a string and stdout/stderr captured;
/// `runVolley` wraps it, and tests use it directly for other programs, for this package's other
/// products (`BuildProducts.path(of:)`), and for processes that run until told to stop.
///
/// Each pipe is drained on its own Dispatch thread, so a child that fills one pipe
/// while we wait on the other cannot deadlock. Dispatch threads, not the cooperative
/// pool, so parallel async tests are not starved. The child never sees our terminal:
/// stdin is a pipe or /dev/null, so colours and prompts stay off.
public final class RunningProcess: Sendable {
    /// Variables passed through from our own environment; everything else is dropped
    /// so a developer's NO_COLOR, VOLLEY_* or proxy settings cannot change test output.
    /// `TSAN_OPTIONS` reaches a sanitized `volley` as it reaches the tests (scripts/tsan.sh).
    public static let inheritedVariables = [
        "PATH", "HOME", "TMPDIR", "LANG", "LC_ALL", "LC_CTYPE", "USER", "LLVM_PROFILE_FILE", "TSAN_OPTIONS",
    ]

    private let process = Process()
    private let finished = DispatchGroup()
    private let stdout = NIOLockedValueBox(Data())
    private let stderr = NIOLockedValueBox(Data())
    private let timedOut = NIOLockedValueBox(false)
    private let executable: String
    private let timeout: Duration

    /// Starts `executable`; after `timeout` it is killed and waiting throws `.timedOut`.
    /// `environment` is added to the few `inheritedVariables`.
    public init(
        executable: String,
        arguments: [String],
        stdin: String? = nil,
        environment: [String: String] = [:],
        currentDirectory: String? = nil,
        timeout: Duration = .seconds(60)
    ) throws {
        Self.ignoreBrokenPipes
        self.executable = executable
        self.timeout = timeout

        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let inherited = ProcessInfo.processInfo.environment.filter { Self.inheritedVariables.contains($0.key) }
        process.environment = inherited.merging(environment) { _, added in added }
        if let currentDirectory {
            process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory, isDirectory: true)
        }
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        let inputPipe = stdin.map { _ in Pipe() }
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        process.standardInput = inputPipe ?? FileHandle.nullDevice

        let finished = self.finished
        finished.enter()
        process.terminationHandler = { _ in finished.leave() }
        do {
            try process.run()
        } catch {
            throw ChildProcessError(.launchFailed, "cannot run \(executable): \(error)")
        }

        Self.drain(outputPipe.fileHandleForReading, into: stdout, group: finished)
        Self.drain(errorPipe.fileHandleForReading, into: stderr, group: finished)
        if let inputPipe, let stdin {
            DispatchQueue.global().async {
                // The child may exit without reading; EPIPE then surfaces as a thrown error.
                try? inputPipe.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
                try? inputPipe.fileHandleForWriting.close()
            }
        }
        scheduleTimeout()
    }

    /// A process nobody waits for any more (a test that threw early) must not outlive the test.
    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    public var processIdentifier: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }

    /// What the child has written to stdout so far, while it runs.
    public var stdoutSoFar: String {
        String(decoding: stdout.withLockedValue { $0 }, as: UTF8.self)
    }

    /// Sends a signal, SIGTERM by default.
    public func signal(_ number: Int32 = SIGTERM) {
        if process.isRunning { kill(process.processIdentifier, number) }
    }

    /// Blocks the calling thread until the child has exited and both pipes are drained.
    public func waitBlocking() throws -> ProcessResult {
        finished.wait()
        return try result()
    }

    /// Suspends, without holding a thread, until the child has exited and both pipes are drained.
    public func wait() async throws -> ProcessResult {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            finished.notify(queue: .global()) { continuation.resume() }
        }
        return try result()
    }

    private func result() throws -> ProcessResult {
        let status = process.terminationStatus
        let result = ProcessResult(
            stdout: String(decoding: stdout.withLockedValue { $0 }, as: UTF8.self),
            stderr: String(decoding: stderr.withLockedValue { $0 }, as: UTF8.self),
            exitCode: process.terminationReason == .uncaughtSignal ? 128 + status : status
        )
        if timedOut.withLockedValue({ $0 }) {
            throw ChildProcessError(
                .timedOut, "\(executable) did not finish within \(timeout); killed it\n\(result)",
                partialResult: result
            )
        }
        return result
    }

    /// SIGTERM at the deadline, SIGKILL two seconds later if it is still there.
    private func scheduleTimeout() {
        let process = self.process
        let timedOut = self.timedOut
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.interval(timeout)) {
            guard process.isRunning else { return }
            timedOut.withLockedValue { $0 = true }
            process.terminate()
            DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(2)) {
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            }
        }
    }

    private static func drain(_ handle: FileHandle, into buffer: NIOLockedValueBox<Data>, group: DispatchGroup) {
        group.enter()
        DispatchQueue.global().async {
            // Chunk by chunk, not readToEnd: a test may watch the output while the child runs.
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                buffer.withLockedValue { $0.append(chunk) }
            }
            try? handle.close()
            group.leave()
        }
    }

    private static func interval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        let nanoseconds = Double(seconds) * 1e9 + Double(attoseconds) / 1e9
        return .nanoseconds(Int(min(max(nanoseconds, 0), Double(Int.max / 2))))
    }

    /// Writing to a child that has exited must fail with EPIPE, not kill the test runner.
    private static let ignoreBrokenPipes: Void = { _ = Foundation.signal(SIGPIPE, SIG_IGN) }()
}
