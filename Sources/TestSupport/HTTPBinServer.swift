import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A local httpbin (Debian's `python3-httpbin`) under gunicorn, on a free port of 127.0.0.1:
/// the service Postman's own examples and tests are written against (`/get`, `/anything`,
/// `/redirect/N`, `/gzip`, `/basic-auth/u/p`, `/cookies/set`…).
public final class HTTPBinServer: Sendable {
    /// The interpreter the Debian packages install into (not a virtualenv's `python3`).
    public static let python = "/usr/bin/python3"

    /// Whether `python3-httpbin` and `gunicorn` are installed (`scripts/install-deps.sh`).
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: python)
            && ["/usr/lib/python3/dist-packages/httpbin", "/usr/lib/python3/dist-packages/gunicorn"].allSatisfy {
                FileManager.default.fileExists(atPath: $0)
            }
    }

    public let port: Int
    private let process: Process
    private let directory: TemporaryDirectory

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    private init(port: Int, process: Process, directory: TemporaryDirectory) {
        self.port = port
        self.process = process
        self.directory = directory
    }

    deinit { stop() }

    /// Starts one gunicorn worker and returns once it accepts connections.
    public static func start() throws -> HTTPBinServer {
        guard isAvailable else {
            throw HTTPBinError("httpbin is not installed: apt-get install python3-httpbin gunicorn (scripts/install-deps.sh)")
        }
        let directory = try TemporaryDirectory(prefix: "volley-httpbin")
        var failures: [String] = []
        for _ in 1...5 {
            let port = try FreePort.find()
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-m", "gunicorn", "--bind", "127.0.0.1:\(port)", "--workers", "1", "httpbin:app"]
            process.currentDirectoryURL = directory.url
            let log = directory.path("gunicorn.log")
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = output
            process.standardError = output
            try process.run()
            try? output.close()
            // gunicorn has no readiness signal: poll with connects, until it exits or 20 s pass.
            let deadline = ContinuousClock.now + .seconds(20)
            while process.isRunning, ContinuousClock.now < deadline, !FreePort.acceptsConnections(port: port) {
                usleep(20_000)
            }
            if process.isRunning, FreePort.acceptsConnections(port: port) {
                return HTTPBinServer(port: port, process: process, directory: directory)
            }
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            let text = (try? directory.read("gunicorn.log")) ?? ""
            failures.append(text)
            // Lost the race for the port: try another one; any other failure is final.
            guard text.contains("Address already in use") else { break }
        }
        throw HTTPBinError("httpbin did not start:\n" + failures.joined(separator: "\n"))
    }

    /// Stops gunicorn (SIGTERM to the master, which stops its worker; SIGKILL after 5 s).
    public func stop() {
        process.terminateAndWait()
        directory.remove()
    }
}

public struct HTTPBinError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
