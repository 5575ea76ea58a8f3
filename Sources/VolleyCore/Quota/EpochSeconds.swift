/// Wall-clock time as seconds since 1970-01-01T00:00:00Z.
///
/// VolleyCore never reads a clock: callers pass "now" in, so quota and pacing logic runs the same
/// under a fixed test clock as under the real one. A plain `Double` keeps sub-second precision and
/// matches the epoch numbers servers put in rate-limit headers.
public typealias EpochSeconds = Double
