#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One plain TCP connection speaking HTTP/1.1 by hand, for tests that must control the
/// wire: reuse a connection, hold a request open while using another, send raw bytes.
/// Blocking, with a receive timeout so a broken server fails the test instead of hanging.
/// Not a general client: it reads `content-length`, chunked and read-until-close bodies.
public final class HTTPTestConnection {
    public let host: String
    public let port: Int
    private let socket: Int32
    private var buffer: [UInt8] = []

    public init(host: String = "127.0.0.1", port: Int, timeout: Duration = .seconds(10)) throws {
        self.host = host
        self.port = port
        #if canImport(Glibc)
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw HTTPTestConnectionError("socket() failed: errno \(errno)") }

        let seconds = timeout.components.seconds
        var interval = timeval(tv_sec: .init(seconds), tv_usec: .init(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        #if canImport(Darwin)
        var one: Int32 = 1
        setsockopt(socket, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif

        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            Self.closeSocket(socket)
            throw HTTPTestConnectionError("not an IPv4 address: \(host)")
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            Self.closeSocket(socket)
            throw HTTPTestConnectionError("connect to \(host):\(port) failed: errno \(code)")
        }
    }

    deinit { Self.closeSocket(socket) }

    /// Sends one request (adding `host`, and `content-length` when there is a body) and
    /// reads its response.
    public func request(
        _ method: String,
        _ target: String,
        headers: [(String, String)] = [],
        body: [UInt8] = []
    ) throws -> HTTPTestResponse {
        try send(method, target, headers: headers, body: body)
        return try readResponse(method: method)
    }

    /// Sends a request without waiting for the response.
    public func send(_ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []) throws {
        var head = "\(method) \(target) HTTP/1.1\r\n"
        if !headers.contains(where: { $0.0.lowercased() == "host" }) { head += "host: \(host):\(port)\r\n" }
        if !body.isEmpty && !headers.contains(where: { $0.0.lowercased() == "content-length" }) {
            head += "content-length: \(body.count)\r\n"
        }
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        try sendRaw(Array(head.utf8) + body)
    }

    public func sendRaw(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { raw in
                #if canImport(Glibc)
                Glibc.send(socket, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
                #else
                Darwin.send(socket, raw.baseAddress, raw.count, 0)
                #endif
            }
            guard sent > 0 else { throw HTTPTestConnectionError("send failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Reads the next response; `method` tells whether a body follows (not for HEAD).
    public func readResponse(method: String = "GET") throws -> HTTPTestResponse {
        let headEnd = try readUntil([13, 10, 13, 10])
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)

        // CRLF is a single Character in Swift.
        var lines = headText.split(separator: "\r\n" as Character)[...]
        let statusLine = String(lines.popFirst() ?? "")
        let statusParts = statusLine.split(separator: " ", maxSplits: 2).map(String.init)
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw HTTPTestConnectionError("bad status line: \(statusLine)")
        }
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingSpaces())
        }
        var response = HTTPTestResponse(
            status: status, reason: statusParts.count > 2 ? statusParts[2] : "", headers: headers, body: []
        )

        if method.uppercased() == "HEAD" || (100..<200).contains(status) || status == 204 || status == 304 {
            return response
        }
        if let length = response.header("content-length").flatMap(Int.init) {
            try fill(atLeast: length)
            response.body = Array(buffer.prefix(length))
            buffer.removeFirst(length)
        } else if response.header("transfer-encoding")?.lowercased().contains("chunked") == true {
            response.body = try readChunkedBody()
        } else {
            while try receive() > 0 {}
            response.body = buffer
            buffer.removeAll()
        }
        return response
    }

    /// True once the server has closed its side (a read returns end of file).
    public func isClosedByPeer() throws -> Bool {
        guard buffer.isEmpty else { return false }
        return try receive() == 0
    }

    /// Reads whatever the peer still sends until it closes the connection: true at the close,
    /// an error when the receive timeout passes first (a server that never closes).
    public func readsUntilClosedByPeer() throws -> Bool {
        while try receive() > 0 {}
        return true
    }

    private func readChunkedBody() throws -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let lineEnd = try readUntil([13, 10])
            let sizeText = String(decoding: buffer[..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            buffer.removeFirst(lineEnd + 2)
            guard let size = Int(sizeText.trimmingSpaces(), radix: 16) else {
                throw HTTPTestConnectionError("bad chunk size: \(sizeText)")
            }
            if size == 0 {
                // Skip trailers up to the empty line.
                while true {
                    let end = try readUntil([13, 10])
                    buffer.removeFirst(end + 2)
                    if end == 0 { return body }
                }
            }
            try fill(atLeast: size + 2)
            body += buffer.prefix(size)
            buffer.removeFirst(size + 2)
        }
    }

    private func readUntil(_ marker: [UInt8]) throws -> Int {
        var searchFrom = 0
        while true {
            if buffer.count >= marker.count {
                for start in searchFrom...(buffer.count - marker.count) where buffer[start..<start + marker.count].elementsEqual(marker) {
                    return start
                }
                searchFrom = buffer.count - marker.count + 1
            }
            guard try receive() > 0 else { throw HTTPTestConnectionError("connection closed before a complete response") }
        }
    }

    private func fill(atLeast count: Int) throws {
        while buffer.count < count {
            guard try receive() > 0 else { throw HTTPTestConnectionError("connection closed before a complete body") }
        }
    }

    private func receive() throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else {
            let code = errno
            throw HTTPTestConnectionError(code == EAGAIN || code == EWOULDBLOCK ? "timed out waiting for the server" : "recv failed: errno \(code)")
        }
        buffer += chunk[..<count]
        return count
    }

    private static func closeSocket(_ socket: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(socket)
        #else
        _ = Darwin.close(socket)
        #endif
    }
}

/// A failure of `HTTPTestConnection`: connect, send, receive or parse.
public struct HTTPTestConnectionError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
