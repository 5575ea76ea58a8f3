#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A port on 127.0.0.1 where a connection is refused, held for as long as this value lives.
///
/// The socket is bound but never listens, so the kernel answers a SYN with a reset. Shutting a
/// server down to get a closed port is racy: a test running in parallel can bind the freed port
/// and answer. A bound socket keeps the port ours.
public final class RefusingPort {
    public let port: Int
    private let socket: Int32

    public init() throws {
        let socket = try LoopbackSocket.make()
        do {
            port = try LoopbackSocket.bindToFreePort(socket)
        } catch {
            _ = close(socket)
            throw error
        }
        self.socket = socket
    }

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    deinit { _ = close(socket) }
}
