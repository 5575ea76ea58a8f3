import NIOCore
import NIOPosix

/// Port helpers for servers we do not bind ourselves (nginx).
enum FreePort {
    /// A port that was free a moment ago: bind port 0, read the port, close. Another
    /// process can take it before our server binds, so callers retry on failure.
    static func find() throws -> Int {
        let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .bind(host: "127.0.0.1", port: 0)
            .wait()
        defer { try? channel.close().wait() }
        guard let port = channel.localAddress?.port else { throw ScenarioServerError.noLocalAddress }
        return port
    }

    static func acceptsConnections(port: Int) -> Bool {
        let connection = try? ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(1))
            .connect(host: "127.0.0.1", port: port)
            .wait()
        guard let connection else { return false }
        try? connection.close().wait()
        return true
    }
}
