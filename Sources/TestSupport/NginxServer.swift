import Foundation
import NIOCore
import NIOPosix

/// A real nginx for tests that need an independent, well-behaved HTTP server: static
/// files, `limit_req` 429s, redirects, gzip. Everything it writes (config, pid, logs,
/// temp files, document root) lives in one temporary directory, removed by `stop()`.
///
/// nginx runs in the foreground (`daemon off`) as our child, so `stop()` can signal and
/// reap it by PID. The port is found by binding port 0 and closing; if another process
/// takes it before nginx binds, start-up is retried on a new port, up to 5 times.
public final class NginxServer: Sendable {
    /// Where Debian's nginx-light (and Homebrew's nginx) put the binary; `NGINX_BINARY` overrides.
    public static var binaryPath: String? {
        let candidates = [ProcessInfo.processInfo.environment["NGINX_BINARY"], "/usr/sbin/nginx",
                          "/usr/local/sbin/nginx", "/usr/local/bin/nginx", "/opt/homebrew/bin/nginx"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// False where nginx is not installed; tests should then skip, saying why.
    public static var isAvailable: Bool { binaryPath != nil }

    public let port: Int
    /// The temporary directory holding `nginx.conf`, `error.log`, `access.log` and `root/`.
    public let directory: TemporaryDirectory
    private let process: Process

    /// e.g. `http://127.0.0.1:41234`, without a trailing slash.
    public var baseURL: String { "http://127.0.0.1:\(port)" }
    /// The document root that `$ROOT` stands for.
    public var rootPath: String { directory.path("root") }
    public var errorLog: String { (try? directory.read("error.log")) ?? "" }
    public var accessLog: String { (try? directory.read("access.log")) ?? "" }

    private init(port: Int, directory: TemporaryDirectory, process: Process) {
        self.port = port
        self.directory = directory
        self.process = process
    }

    deinit { stop() }

    /// Starts nginx with `serverBlock` as the body of its `server {}` (the `listen` line is
    /// added) and `files` (relative path → content) in a document root that both blocks can
    /// name as `$ROOT`; it is also the default `root`. `httpBlockExtras` goes into `http {}`
    /// before the server, e.g. a `limit_req_zone`.
    public static func start(
        serverBlock: String,
        files: [String: String] = [:],
        httpBlockExtras: String = "",
        listenParameters: String = ""
    ) throws -> NginxServer {
        guard let binary = binaryPath else {
            throw NginxError("nginx is not installed (looked in /usr/sbin, /usr/local, /opt/homebrew; set NGINX_BINARY)")
        }
        let directory = try TemporaryDirectory(prefix: "volley-nginx")
        for (relativePath, content) in files {
            try directory.write(content, to: "root/\(relativePath)")
        }
        try FileManager.default.createDirectory(atPath: directory.path("root"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: directory.path("temp"), withIntermediateDirectories: true)

        var failures: [String] = []
        attempts: for _ in 1...5 {
            let port = try FreePort.find()
            let config = NginxConfiguration(
                directory: directory.path, port: port, serverBlock: serverBlock, httpBlockExtras: httpBlockExtras,
                listenParameters: listenParameters
            )
            try directory.write(config.text, to: "nginx.conf")
            let process = try launch(binary: binary, directory: directory)
            switch waitUntilListening(process, port: port) {
            case .listening:
                return NginxServer(port: port, directory: directory, process: process)
            case .exited:
                let log = ((try? directory.read("stderr.log")) ?? "") + ((try? directory.read("error.log")) ?? "")
                failures.append(log)
                // Lost the race for the port to another process: try another one.
                guard log.contains("Address already in use") else { break attempts }
            case .timedOut:
                process.terminate()
                process.waitUntilExit()
                failures.append("nginx did not accept connections on port \(port) within 10 s")
            }
        }
        throw NginxError("nginx failed to start:\n" + failures.joined(separator: "\n"))
    }

    /// An API behind `limit_req` at `requestsPerSecond`: `GET /api/data.json` serves `json`;
    /// requests over the limit get 429 with `Retry-After: 1` and `X-RateLimit-Limit`, which
    /// every response carries. `burst` requests may come early (nginx's `burst=N nodelay`): with
    /// none, a request that arrives a millisecond before its 1/rate slot is refused, which a
    /// client pacing at exactly the rate hits whenever the machine delays one send and not the next.
    public static func rateLimited(
        requestsPerSecond: Int = 5, burst: Int = 0,
        json: String = #"{"ok":true,"items":[1,2,3]}"#
    ) throws -> NginxServer {
        // nginx 1.22 rejects a literal `burst=0`; leaving burst out means 0.
        let burstClause = burst > 0 ? " burst=\(burst) nodelay" : ""
        return try start(
            serverBlock: """
                location /api/ {
                    limit_req zone=api\(burstClause);
                    limit_req_status 429;
                    add_header Retry-After 1 always;
                    add_header X-RateLimit-Limit \(requestsPerSecond) always;
                    default_type application/json;
                }
                """,
            files: ["api/data.json": json],
            httpBlockExtras: "limit_req_zone $binary_remote_addr zone=api:1m rate=\(requestsPerSecond)r/s;"
        )
    }

    /// Stops nginx (SIGTERM, SIGKILL after 5 s), waits for it and removes its directory.
    /// Safe to call more than once.
    public func stop() {
        if process.isRunning {
            process.terminate()
            let deadline = ContinuousClock.now + .seconds(5)
            while process.isRunning && ContinuousClock.now < deadline {
                usleep(10_000)
            }
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
        }
        directory.remove()
    }

    private static func launch(binary: String, directory: TemporaryDirectory) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        // -e: errors before the config is read must not go to /var/log/nginx.
        process.arguments = ["-p", directory.path + "/", "-c", directory.path("nginx.conf"), "-e", directory.path("error.log")]
        _ = FileManager.default.createFile(atPath: directory.path("stderr.log"), contents: nil)
        let output = try FileHandle(forWritingTo: directory.url.appendingPathComponent("stderr.log"))
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try? output.close()
        return process
    }

    private enum StartOutcome { case listening, exited, timedOut }

    /// Polls with TCP connects: nginx has no readiness signal, and with `daemon off` an
    /// early exit means it could not start.
    private static func waitUntilListening(_ process: Process, port: Int) -> StartOutcome {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline {
            if !process.isRunning {
                process.waitUntilExit()
                return .exited
            }
            if FreePort.acceptsConnections(port: port) { return .listening }
            usleep(10_000)
        }
        return .timedOut
    }
}

/// nginx could not be started; the message carries its own error output.
public struct NginxError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
