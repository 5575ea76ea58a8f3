import NIOCore
import NIOHTTP1
import NIOPosix

/// A real HTTP/1.1 server on 127.0.0.1 for tests: every request goes to one async handler
/// and is recorded, so a test can both script the answers and check what the client sent.
///
/// Keep-alive, request bodies, HEAD and concurrent connections work as in a real server;
/// a response with a `delay` waits on a timer, never holding up other connections.
/// All servers share NIO's singleton event loop group, so starting many is cheap and
/// nothing has to shut a thread pool down.
///
/// Handlers run on the connection's event loop, not the cooperative pool, so the server
/// keeps answering while tests block cooperative threads in synchronous clients. So a
/// handler must `await` (e.g. `Task.sleep`), never block its thread, or use `delay`.
public final class ScenarioServer: Sendable {
    public typealias Handler = @Sendable (RecordedRequest) async -> ScenarioResponse

    private let listener: any Channel
    private let state: ScenarioServerState

    /// The bound port.
    public let port: Int
    public let host: String

    /// e.g. `http://127.0.0.1:41234`, without a trailing slash.
    public var baseURL: String { "http://\(host):\(port)" }

    /// Every request received so far, in arrival order.
    public var requests: [RecordedRequest] { state.requests }

    /// TCP connections accepted so far; two requests on one keep-alive connection count once.
    public var connectionCount: Int { state.connectionCount }

    /// Whether the listening socket is still open (false once `shutdown` has finished).
    public var isListening: Bool { listener.isActive }

    private init(listener: any Channel, state: ScenarioServerState, host: String) throws {
        guard let port = listener.localAddress?.port else { throw ScenarioServerError.noLocalAddress }
        self.listener = listener
        self.state = state
        self.port = port
        self.host = host
    }

    deinit {
        // A forgotten `shutdown()` must not leave a listener behind for the rest of the run.
        for channel in state.beginShutdown() { channel.close(promise: nil) }
        listener.close(promise: nil)
    }

    /// Starts listening; `port` 0 (the default) picks a free port, as tests always should.
    public static func start(
        host: String = "127.0.0.1",
        port: Int = 0,
        _ handler: @escaping Handler
    ) async throws -> ScenarioServer {
        let state = ScenarioServerState()
        let listener = try await bootstrap(state: state, handler: handler).bind(host: host, port: port).get()
        return try ScenarioServer(listener: listener, state: state, host: host)
    }

    public static func start(host: String = "127.0.0.1", port: Int = 0, router: Router) async throws -> ScenarioServer {
        try await start(host: host, port: port, router.handler)
    }

    /// `start` for synchronous code (XCTest set-up, `main` without `await`).
    public static func startBlocking(
        host: String = "127.0.0.1",
        port: Int = 0,
        _ handler: @escaping Handler
    ) throws -> ScenarioServer {
        let state = ScenarioServerState()
        let listener = try bootstrap(state: state, handler: handler).bind(host: host, port: port).wait()
        return try ScenarioServer(listener: listener, state: state, host: host)
    }

    public static func startBlocking(host: String = "127.0.0.1", port: Int = 0, router: Router) throws -> ScenarioServer {
        try startBlocking(host: host, port: port, router.handler)
    }

    /// Stops listening and closes every open connection; pending handlers and delays are cancelled.
    public func shutdown() async throws {
        let connections = state.beginShutdown()
        try await closeIgnoringAlreadyClosed(listener.close())
        for connection in connections {
            try await closeIgnoringAlreadyClosed(connection.close())
        }
    }

    /// `shutdown` for synchronous code.
    public func shutdownBlocking() throws {
        let connections = state.beginShutdown()
        try waitIgnoringAlreadyClosed(listener.close())
        for connection in connections {
            try waitIgnoringAlreadyClosed(connection.close())
        }
    }

    private static func bootstrap(state: ScenarioServerState, handler: @escaping Handler) -> ServerBootstrap {
        ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.backlog, value: 256)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(ChannelOptions.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                guard let connectionID = state.connectionOpened(channel) else {
                    return channel.close()
                }
                channel.closeFuture.whenComplete { _ in state.connectionClosed(connectionID) }
                return channel.eventLoop.makeCompletedFuture(withResultOf: {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(
                        ScenarioConnectionHandler(connectionID: connectionID, state: state, handler: handler)
                    )
                })
            }
    }

    private func closeIgnoringAlreadyClosed(_ future: EventLoopFuture<Void>) async throws {
        do {
            try await future.get()
        } catch ChannelError.alreadyClosed {
            // Closed by the peer or by an earlier shutdown: the goal is reached.
        }
    }

    private func waitIgnoringAlreadyClosed(_ future: EventLoopFuture<Void>) throws {
        do {
            try future.wait()
        } catch ChannelError.alreadyClosed {
            // Closed by the peer or by an earlier shutdown: the goal is reached.
        }
    }
}

/// Failures specific to starting a `ScenarioServer`; socket errors come through as NIO's own.
public struct ScenarioServerError: Error, CustomStringConvertible {
    public let description: String

    static let noLocalAddress = ScenarioServerError(description: "the listening socket has no local address")
}
