import NIOCore
import NIOHTTP1

/// Serves one TCP connection of a `ScenarioServer`: aggregates each request, records it,
/// runs the async handler off the event loop and writes the answer back.
///
/// `HTTPServerPipelineHandler` (installed before this one) stops reading the next request
/// until the current response has ended, so at most one request is in flight here and
/// keep-alive responses stay in order.
final class ScenarioConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let connectionID: Int
    private let state: ScenarioServerState
    private let handler: ScenarioServer.Handler

    private var head: HTTPRequestHead?
    private var body = ByteBuffer()
    /// The handler's task and a pending delayed write, cancelled if the peer goes away
    /// or the server shuts down, so nothing sleeps on after a test has finished.
    private var handlerTask: Task<Void, Never>?
    private var delayedWrite: Scheduled<Void>?

    init(connectionID: Int, state: ScenarioServerState, handler: @escaping ScenarioServer.Handler) {
        self.connectionID = connectionID
        self.state = state
        self.handler = handler
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            self.head = head
            body.clear()
            // libcurl waits a second for `100 Continue` before sending a large body.
            if head.headers["expect"].contains(where: { $0.lowercased() == "100-continue" }) {
                let interim = HTTPResponseHead(version: head.version, status: .continue)
                context.writeAndFlush(wrapOutboundOut(.head(interim)), promise: nil)
            }
        case .body(var chunk):
            body.writeBuffer(&chunk)
        case .end:
            guard let head else { return }
            self.head = nil
            respond(to: head, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        handlerTask?.cancel()
        delayedWrite?.cancel()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let request = RecordedRequest(
            method: head.method.rawValue,
            uri: head.uri,
            version: head.version.description,
            headers: head.headers.map { (name: $0.name, value: $0.value) },
            body: Array(body.readableBytesView),
            connectionID: connectionID
        )
        state.record(request)

        let promise = context.eventLoop.makePromise(of: ScenarioResponse.self)
        let handler = self.handler
        let run: @Sendable () async -> Void = { promise.succeed(await handler(request)) }
        if #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *) {
            handlerTask = Task(executorPreference: EventLoopTaskExecutor(context.eventLoop), operation: run)
        } else {
            handlerTask = Task(operation: run)
        }
        promise.futureResult.assumeIsolated().whenSuccess { response in
            self.handlerTask = nil
            guard let delay = response.delay, delay > .zero else {
                self.write(response, for: head, context: context)
                return
            }
            self.delayedWrite = context.eventLoop.assumeIsolated().scheduleTask(in: TimeAmount(delay)) {
                self.delayedWrite = nil
                self.write(response, for: head, context: context)
            }
        }
    }

    private func write(_ response: ScenarioResponse, for request: HTTPRequestHead, context: ChannelHandlerContext) {
        guard context.channel.isActive else { return }
        let wire = ResponseFraming(response, for: request)
        context.write(wrapOutboundOut(.head(wire.head)), promise: nil)
        if wire.sendsBody {
            let buffer = context.channel.allocator.buffer(bytes: response.body)
            context.write(wrapOutboundOut(.body(.byteBuffer(buffer))), promise: nil)
        }
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if wire.closesConnection {
            written.assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
