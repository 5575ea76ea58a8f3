/// Runs the `volley` binary from this build (see `BuildProducts`) and captures its output.
///
/// `environment` is added to a minimal inherited environment (`RunningProcess.inheritedVariables`:
/// PATH, HOME, TMPDIR, locale). The child's stdin is `stdin` or /dev/null, never the
/// terminal, so colours are off unless a test asks for them. Throws `ChildProcessError`
/// if the binary is missing or the run exceeds `timeout`.
///
/// From an async test, `try await runVolley(...)` is chosen, which waits without holding
/// a cooperative thread; the synchronous overload is for synchronous code.
public func runVolley(
    _ arguments: [String],
    stdin: String? = nil,
    environment: [String: String] = [:],
    currentDirectory: String? = nil,
    timeout: Duration = .seconds(60)
) throws -> ProcessResult {
    try RunningProcess(
        product: "volley", arguments: arguments, stdin: stdin,
        environment: environment, currentDirectory: currentDirectory, timeout: timeout
    ).waitBlocking()
}

public func runVolley(
    _ arguments: [String],
    stdin: String? = nil,
    environment: [String: String] = [:],
    currentDirectory: String? = nil,
    timeout: Duration = .seconds(60)
) async throws -> ProcessResult {
    try await runProduct(
        "volley", arguments, stdin: stdin, environment: environment,
        currentDirectory: currentDirectory, timeout: timeout
    )
}

/// `runVolley` for any executable product of this package, e.g. `volley-demo-server --help`.
public func runProduct(
    _ product: String,
    _ arguments: [String],
    stdin: String? = nil,
    environment: [String: String] = [:],
    currentDirectory: String? = nil,
    timeout: Duration = .seconds(60)
) throws -> ProcessResult {
    try RunningProcess(
        product: product, arguments: arguments, stdin: stdin,
        environment: environment, currentDirectory: currentDirectory, timeout: timeout
    ).waitBlocking()
}

public func runProduct(
    _ product: String,
    _ arguments: [String],
    stdin: String? = nil,
    environment: [String: String] = [:],
    currentDirectory: String? = nil,
    timeout: Duration = .seconds(60)
) async throws -> ProcessResult {
    try await RunningProcess(
        product: product, arguments: arguments, stdin: stdin,
        environment: environment, currentDirectory: currentDirectory, timeout: timeout
    ).wait()
}
