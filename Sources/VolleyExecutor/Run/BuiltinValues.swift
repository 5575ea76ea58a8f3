import VolleyCore
import VolleyJSON
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values for `{{$uuid}}`, `{{$timestamp}}`, `{{$randomInt}}` and Postman's dynamic variables,
/// fresh at each use as in Postman (`BuiltinValues+Postman.swift` has the `$random…` ones).
struct BuiltinValues {
    func value(_ builtin: Template.Builtin) -> JSONValue {
        switch builtin {
        case .uuid, .guid, .randomUUID: .string(Self.uuidV4())
        case .timestamp: .number(Double(time(nil)))
        case .randomInt: .number(Double(Int.random(in: 0...1000)))
        case .isoTimestamp: .string(Self.isoTimestamp())
        default: Self.postmanValue(builtin)
        }
    }

    /// `2026-12-02T06:14:32.123Z`, UTC with milliseconds, as Postman's `{{$isoTimestamp}}`.
    static func isoTimestamp(secondsAgo: Int = 0) -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec - secondsAgo
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ n: Int32) -> String { String(n).leftPadded(to: 2) }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))."
            + String(now.tv_nsec / 1_000_000).leftPadded(to: 3) + "Z"
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

extension Template.Builtin {
    /// A fresh value, as a placeholder renders it: for scripts' `pm.variables.replaceIn("{{$guid}}")`.
    public var freshValue: JSONValue { BuiltinValues().value(self) }
}
