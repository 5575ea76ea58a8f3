import VolleyCore

/// libcurl's trace of one transfer as lines for `-vv`: its notes (`* …`), the header lines it
/// wrote and read (`> …`, `< …`) and the body data as sizes only, never its bytes.
///
/// Credentials are masked here, before anything leaves the transport: the values of the
/// `Authorization`, `Proxy-Authorization` and `Cookie` headers (whatever produced them, e.g. a
/// Basic pair that no secret spells as such). Secret values elsewhere are masked by the run's
/// redactor, like every output.
struct CurlTrace {
    private(set) var lines: [String] = []
    /// A trace this long is enough to see what happened; past it lines are counted, not kept.
    static let maxLines = 500
    private var dropped = 0

    static let maskedHeaders = ["authorization", "proxy-authorization", "cookie", "set-cookie"]

    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>) {
        for line in Self.lines(bytes) { append("* " + line) }
    }

    mutating func headers(_ bytes: UnsafeBufferPointer<UInt8>, marker: String) {
        for line in Self.lines(bytes) { append(marker + " " + Self.masked(line)) }
    }

    mutating func data(_ count: Int, marker: String) {
        append("\(marker) [\(count) bytes data]")
    }

    /// The lines, with a note of how many were left out.
    var output: [String] {
        dropped == 0 ? lines : lines + ["* … \(dropped) more trace lines not shown"]
    }

    private mutating func append(_ line: String) {
        guard lines.count < Self.maxLines else { dropped += 1; return }
        lines.append(line)
    }

    /// `Name: value` with a credential's value replaced by the mask; other lines unchanged.
    static func masked(_ line: String) -> String {
        guard let colon = line.firstIndex(of: ":") else { return line }
        let name = line[..<colon].lowercased()
        guard maskedHeaders.contains(name) else { return line }
        let value = String(line[line.index(after: colon)...].trimmingWhitespace())
        return "\(line[..<colon]): " + (name.hasSuffix("authorization") ? maskedCredential(value) : Redactor.mask)
    }

    /// An `Authorization` value masked, keeping its scheme (`Basic`, `Bearer`, `Digest`): it tells
    /// which auth was used without giving it away.
    static func maskedCredential(_ value: String) -> String {
        guard let space = value.firstIndex(of: " ") else { return Redactor.mask }
        return "\(value[..<space]) \(Redactor.mask)"
    }

    /// Non-empty lines of `bytes` without their line ends.
    private static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        String(decoding: bytes, as: UTF8.self)
            .split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
    }
}
