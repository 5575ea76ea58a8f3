#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A moment on the calendar clock, for the reports' `startedAt`: durations are measured on
/// `ContinuousClock`, which a clock change cannot move.
public struct WallClockTime: Sendable, Hashable {
    public var secondsSinceEpoch: Int
    public var nanoseconds: Int

    public static var now: WallClockTime {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return WallClockTime(secondsSinceEpoch: Int(spec.tv_sec), nanoseconds: Int(spec.tv_nsec))
    }

    public init(secondsSinceEpoch: Int, nanoseconds: Int = 0) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.nanoseconds = nanoseconds
    }

    /// ISO 8601 in UTC to the second (`2025-11-27T07:47:00Z`).
    public var iso8601: String {
        var seconds = time_t(secondsSinceEpoch)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
            + "T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// The time from `self` to `later`.
    public func duration(to later: WallClockTime) -> Duration {
        .seconds(later.secondsSinceEpoch - secondsSinceEpoch) + .nanoseconds(later.nanoseconds - nanoseconds)
    }
}
