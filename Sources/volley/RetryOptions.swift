import ArgumentParser
import VolleyCore
import VolleyQuota

/// Retry and pacing options, named as curl and Hurl name them where they have them.
/// Each is optional so that the run knows whether it was typed: one given here beats the
/// collection's `retry:` and `rate:`; one left out leaves them (or the default in its help) in force.
struct RetryOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Retries after a retryable failure (429, 503, 502, 504, 408, connection reset, timeout); default 2. "
            + "Beats a collection's retry.count.", valueName: "n"))
    var retry: Int?

    @Option(name: .customLong("retry-on"), help: ArgumentHelp(
        "Statuses to retry, comma-separated; default 408,429,502,503,504. Beats a collection's retry.on.",
        valueName: "codes"))
    var retryOn: String?

    @Option(name: .customLong("max-retry-wait"), help: ArgumentHelp(
        "Longest single wait for Retry-After or a quota reset; a server asking for more fails the request. "
            + "Default 60s; beats a collection's retry.max_wait.", valueName: "duration"))
    var maxRetryWait: DurationArgument?

    @Option(name: .customLong("retry-max-time"), help: ArgumentHelp(
        "Budget for all attempts of one request; default 120s.", valueName: "duration"))
    var retryMaxTime: DurationArgument?

    @Option(help: ArgumentHelp(
        "Pace the requests to each host at this rate: 5/s, 100/m, 1000/h. Replaces a collection's rate:.",
        valueName: "n/unit"))
    var rate: String?

    @Option(name: .customLong("credit-header"), help: ArgumentHelp(
        "A response header that carries a credit balance (besides x-credits-remaining). Repeatable.", valueName: "name"))
    var creditHeaders: [String] = []

    func validate() throws {
        if let retry, !(0...100).contains(retry) { throw ValidationError("--retry must be from 0 to 100") }
        _ = try statuses()
        _ = try rateSpec()
    }

    func statuses() throws -> Set<Int>? {
        guard let retryOn else { return nil }
        do { return try RetryPolicy.statuses(parsing: retryOn) } catch { throw ValidationError("--retry-on: \(error.message)") }
    }

    func rateSpec() throws -> RateSpec? {
        guard let rate else { return nil }
        do { return try RateSpec(parsing: rate) } catch { throw ValidationError("--rate \(rate): \(error.message)") }
    }

    /// The built-in policy with every option given here set, and marked as set on the command line.
    func policy() throws -> RetryPolicy {
        .commandLine(
            retries: retry, statuses: try statuses(), maxWait: maxRetryWait?.duration, maxTotalTime: retryMaxTime?.duration)
    }
}
