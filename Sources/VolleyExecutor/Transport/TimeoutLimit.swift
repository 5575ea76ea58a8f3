/// Which of a request's two time limits ended it: `--connect-timeout` or the total `timeout`.
public enum TimeoutLimit: Sendable, Hashable {
    /// No connection within the connect timeout.
    case connect
    /// The whole exchange took longer than the total timeout (`timeout:` or `--timeout`).
    case total

    /// libcurl reports both as CURLE_OPERATION_TIMEDOUT, worded by the phase it was in rather than
    /// by the limit ("Connection timed out" is also what a total limit says while connecting).
    /// While connecting libcurl applies the shorter of the two, so the connect limit fired when no
    /// connection was made, it is the shorter one, and the total limit had not run out yet.
    static func fired(connected: Bool, elapsed: Duration, settings: TransportSettings) -> TimeoutLimit {
        !connected && settings.connectTimeout < settings.timeout && elapsed < settings.timeout ? .connect : .total
    }
}
