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
        let listener = try Self.makeSocket()
        sockets.append(listener)
        var address = Self.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && getsockname(listener, $0, &length) == 0
            }
        }
        guard bound, listen(listener, 0) == 0 else { throw HelperFailure("bind/listen on 127.0.0.1 failed: errno \(errno)") }
        port = Int(UInt16(bigEndian: address.sin_port))
        // Queue connections until one is left hanging: from then on the queue is full.
        for _ in 0..<16 {
            let client = try Self.makeSocket()
            sockets.append(client)
            guard Self.connectWithin(client, port: port, milliseconds: 200) else { return }
        }
        throw HelperFailure("127.0.0.1:\(port) kept accepting connections into a backlog of 0")
    }

    deinit {
        for socket in sockets { _ = close(socket) }
    }

    private static func makeSocket() throws -> Int32 {
        #if canImport(Glibc)
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw HelperFailure("socket() failed: errno \(errno)") }
        return socket
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
        return address
    }

    /// A non-blocking connect; whether it completed within the time.
    private static func connectWithin(_ socket: Int32, port: Int, milliseconds: Int32) -> Bool {
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL, 0) | O_NONBLOCK)
        var address = loopback(port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result == 0 { return true }
        guard errno == EINPROGRESS else { return false }
        var poller = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
        return poll(&poller, 1, milliseconds) == 1
    }
}
