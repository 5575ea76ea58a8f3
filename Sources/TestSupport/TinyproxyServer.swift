import Foundation

/// Debian's `tinyproxy`, a real HTTP forward proxy, on a free loopback port for proxy tests. It
/// adds `Via: 1.1 HOST (tinyproxy/VERSION)` to each request it forwards, so the upstream server
/// can tell a proxied request from a direct one. Its config, pid and log live in one temporary
/// directory, removed by `stop()`.
///
/// tinyproxy runs in the foreground (`-d`) as our child, so `stop()` signals and reaps it by PID.
/// The port is found by binding port 0 and closing; start-up is retried on a new port when
/// another process takes it first, up to 5 times.
public final class TinyproxyServer: Sendable {
    /// Where Debian puts the binary; `TINYPROXY_BINARY` overrides.
    public static var binaryPath: String? {
        let candidates = [ProcessInfo.processInfo.environment["TINYPROXY_BINARY"], "/usr/bin/tinyproxy",
                          "/usr/sbin/tinyproxy", "/usr/local/bin/tinyproxy", "/opt/homebrew/bin/tinyproxy"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// False where tinyproxy is not installed (`scripts/install-deps.sh` installs it).
    public static var isAvailable: Bool { binaryPath != nil }

    public let port: Int
    public let directory: TemporaryDirectory
    private let process: Process

    /// `http://127.0.0.1:PORT`, the value for `--proxy`.
    public var url: String { "http://127.0.0.1:\(port)" }
    /// What tinyproxy logged: one `CONNECT` line per upstream connection it opened.
    public var log: String { (try? directory.read("tinyproxy.log")) ?? "" }

    private init(port: Int, directory: TemporaryDirectory, process: Process) {
        self.port = port
        self.directory = directory
        self.process = process
    }

    deinit { stop() }

    public static func start() throws -> TinyproxyServer {
        guard let binary = binaryPath else {
            throw TinyproxyError("tinyproxy is not installed (apt install tinyproxy; or set TINYPROXY_BINARY)")
        }
        let directory = try TemporaryDirectory(prefix: "volley-tinyproxy")
        var failures: [String] = []
        for _ in 1...5 {
            let port = try FreePort.find()
            // Only loopback clients; no upstream proxy; errors and connections logged for the test.
            let config = """
                Port \(port)
                Listen 127.0.0.1
                Timeout 30
                MaxClients 50
                Allow 127.0.0.1
                LogLevel Connect
                LogFile "\(directory.path("tinyproxy.log"))"
                PidFile "\(directory.path("tinyproxy.pid"))"
                """
            _ = try directory.write(config, to: "tinyproxy.conf")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["-d", "-c", directory.path("tinyproxy.conf")]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = ContinuousClock.now + .seconds(10)
            while process.isRunning, ContinuousClock.now < deadline, !FreePort.acceptsConnections(port: port) {
                usleep(10_000)
            }
            if process.isRunning, FreePort.acceptsConnections(port: port) {
                return TinyproxyServer(port: port, directory: directory, process: process)
            }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            failures.append((try? directory.read("tinyproxy.log")) ?? "tinyproxy exited on port \(port)")
        }
        directory.remove()
        throw TinyproxyError("tinyproxy failed to start:\n" + failures.joined(separator: "\n"))
    }

    /// Stops tinyproxy (SIGTERM, SIGKILL after 5 s), waits for it and removes its directory.
    public func stop() {
        process.terminateAndWait()
        directory.remove()
    }
}

/// tinyproxy could not be started.
public struct TinyproxyError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
