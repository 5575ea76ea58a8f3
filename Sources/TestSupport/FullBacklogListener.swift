#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A port on 127.0.0.1 that listens but never accepts, with its accept queue filled: a new
/// connection attempt gets no answer (the kernel drops its SYN), so a client waits until its
/// connect timeout. A real connect timeout without sending anything off the machine.
public final class FullBacklogListener {
    public let port: Int
    private var sockets: [Int32] = []

    public init() throws {
        let listener = try LoopbackSocket.make()
        sockets.append(listener)
        port = try LoopbackSocket.bindToFreePort(listener)
        guard listen(listener, 0) == 0 else { throw HelperFailure("listen on 127.0.0.1 failed: errno \(errno)") }
        // Queue connections until one is left hanging: from then on the queue is full.
        for _ in 0..<16 {
            let client = try LoopbackSocket.make()
            sockets.append(client)
            guard Self.connectWithin(client, port: port, milliseconds: 200) else { return }
        }
        throw HelperFailure("127.0.0.1:\(port) kept accepting connections into a backlog of 0")
    }

    deinit {
        for socket in sockets { _ = close(socket) }
    }

    /// A non-blocking connect; whether it completed within the time.
    private static func connectWithin(_ socket: Int32, port: Int, milliseconds: Int32) -> Bool {
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL, 0) | O_NONBLOCK)
        var address = LoopbackSocket.address(port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result == 0 { return true }
        guard errno == EINPROGRESS else { return false }
        var poller = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
        return poll(&poller, 1, milliseconds) == 1
    }
}
