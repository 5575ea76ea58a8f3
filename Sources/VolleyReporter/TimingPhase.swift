import VolleyCore

/// One phase of libcurl's timings, for reports that list or aggregate them by name.
public enum TimingPhase: String, Sendable, Hashable, CaseIterable {
    case dns, connect, tls, ttfb, transfer, total

    /// The phase's duration in microseconds.
    public func value(in timings: PhaseTimings) -> Int64 {
        switch self {
        case .dns: timings.dns
        case .connect: timings.connect
        case .tls: timings.tls
        case .ttfb: timings.ttfb
        case .transfer: timings.transfer
        case .total: timings.total
        }
    }

    /// The phases that add up to `total`, in the order they happen.
    public static let sequential: [TimingPhase] = [.dns, .connect, .tls, .ttfb, .transfer]
}
