import VolleyCore
import VolleyJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values for `{{$uuid}}`, `{{$timestamp}}` and `{{$randomInt}}`, fresh at each use as in Postman.
struct BuiltinValues {
    func value(_ builtin: Template.Builtin) -> JSONValue {
        switch builtin {
        case .uuid: .string(Self.uuidV4())
        case .timestamp: .number(Double(time(nil)))
        case .randomInt: .number(Double(Int.random(in: 0...1000)))
        }
    }

    static func uuidV4() -> String {
        var bytes = (0..<16).map { _ in UInt8.random(in: 0...255) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        let hex = bytes.map { b in String(b, radix: 16).leftPadded(to: 2) }
        return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
