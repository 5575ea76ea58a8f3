/// HTTP/1.1's chunked transfer coding taken off a body (RFC 9112 §7.1): what libcurl's debug
/// callback shows as received data still carries it, and `bytes:` checks the body without it.
enum ChunkedFraming {
    /// The chunks' data joined; nil when `wire` is not well-formed chunked framing (then the
    /// caller keeps what it has). Chunk extensions and trailers are skipped.
    static func unframed(_ wire: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while true {
            guard let lineEnd = lineEnd(in: wire, from: i) else { return nil }
            var size = 0
            var digits = 0
            for byte in wire[i..<lineEnd] {
                guard let digit = hexValue(byte) else { break }  // `;` starts an extension
                guard size < Int.max >> 4 else { return nil }
                size = size << 4 | digit
                digits += 1
            }
            guard digits > 0 else { return nil }
            i = lineEnd + 2
            if size == 0 { return out }  // the trailer section follows: nothing of the body
            guard wire.count - i >= size + 2, wire[i + size] == 13, wire[i + size + 1] == 10 else { return nil }
            out.append(contentsOf: wire[i..<(i + size)])
            i += size + 2
        }
    }

    /// The index of the CR of the next CRLF at or after `start`.
    private static func lineEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + 1 < bytes.count {
            if bytes[i] == 13, bytes[i + 1] == 10 { return i }
            i += 1
        }
        return nil
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}
