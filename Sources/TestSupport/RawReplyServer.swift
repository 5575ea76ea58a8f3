import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// A TCP server on 127.0.0.1 that answers whatever arrives with fixed bytes and closes: for
/// clients facing a reply that is not HTTP at all (garbage, HTTP/0.9), which `ScenarioServer`,
/// being a real HTTP server, cannot send.
public final class RawReplyServer: Sendable {
    private let listener: any Channel
    private let received: NIOLockedValueBox<Int>

    /// The bound port (port 0 was asked for).
    public let port: Int
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Connections that sent something and got the reply.
    public var repliesSent: Int { received.withLockedValue { $0 } }

    /// - Parameter keepOpen: leave the connection open after the reply (a response whose body
    ///   never finishes, for timeouts after the headers), instead of closing it.
    public convenience init(reply: String, keepOpen: Bool = false) async throws {
        try await self.init(replyBytes: Array(reply.utf8), keepOpen: keepOpen)
    }

    /// A reply that is not all text: a compressed body with its own framing.
    public init(replyBytes bytes: [UInt8], keepOpen: Bool = false) async throws {
        let received = NIOLockedValueBox(0)
        listener = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(FixedReplyHandler(reply: bytes, received: received, keepOpen: keepOpen))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        guard let port = listener.localAddress?.port else { throw ScenarioServerError.noLocalAddress }
        self.port = port
        self.received = received
    }

    deinit {
        listener.close(promise: nil)
    }

    public func shutdown() async throws {
        try await listener.close()
    }
}

/// Writes the reply once the first bytes of a request arrive, then closes the connection.
private final class FixedReplyHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let reply: [UInt8]
    private let received: NIOLockedValueBox<Int>
    private let keepOpen: Bool
    /// A request may arrive in several reads; it gets one reply.
    private var replied = false

    init(reply: [UInt8], received: NIOLockedValueBox<Int>, keepOpen: Bool) {
        self.reply = reply
        self.received = received
        self.keepOpen = keepOpen
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !replied else { return }
        replied = true
        received.withLockedValue { $0 += 1 }
        let channel = context.channel
        let keepOpen = keepOpen
        context.writeAndFlush(NIOAny(channel.allocator.buffer(bytes: reply))).whenComplete { _ in
            if !keepOpen { channel.close(promise: nil) }
        }
    }
}
