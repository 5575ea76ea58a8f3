/// How long each phase of one exchange took, from libcurl's cumulative `*_TIME_T` infos.
/// Values are phase durations (not cumulative), in microseconds.
public struct PhaseTimings: Sendable, Hashable {
    public var dns: Int64
    public var connect: Int64
    public var tls: Int64
    /// Time from the request being sent to the first response byte (server think time).
    public var ttfb: Int64
    /// Time spent receiving the body after the first byte.
    public var transfer: Int64
    /// The whole exchange.
    public var total: Int64

    public init(dns: Int64 = 0, connect: Int64 = 0, tls: Int64 = 0, ttfb: Int64 = 0, transfer: Int64 = 0, total: Int64 = 0) {
        self.dns = dns
        self.connect = connect
        self.tls = tls
        self.ttfb = ttfb
        self.transfer = transfer
        self.total = total
    }

    /// Builds phases from libcurl's cumulative marks (all measured from the start of the transfer).
    public init(namelookup: Int64, connect: Int64, appconnect: Int64, pretransfer: Int64, starttransfer: Int64, total: Int64) {
        // A reused connection reports 0 for the connection marks; clamp so phases never go negative.
        let dnsEnd = max(0, namelookup)
        let connectEnd = max(dnsEnd, connect)
        let tlsEnd = appconnect > 0 ? max(connectEnd, appconnect) : connectEnd
        let sendEnd = max(tlsEnd, pretransfer)
        let firstByte = max(sendEnd, starttransfer)
        let end = max(firstByte, total)
        self.init(
            dns: dnsEnd, connect: connectEnd - dnsEnd, tls: tlsEnd - connectEnd,
            ttfb: firstByte - tlsEnd, transfer: end - firstByte, total: end)
    }

    public var totalMilliseconds: Double { Double(total) / 1000 }

    /// Phase by phase, the time of both exchanges: a redirect chain's timings are those of all its hops.
    public func adding(_ other: PhaseTimings) -> PhaseTimings {
        PhaseTimings(
            dns: dns + other.dns, connect: connect + other.connect, tls: tls + other.tls,
            ttfb: ttfb + other.ttfb, transfer: transfer + other.transfer, total: total + other.total)
    }
}
