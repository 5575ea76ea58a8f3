import ArgumentParser
import VolleyCore

/// Retry and pacing options, named as curl and Hurl name them where they have them.
struct RetryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Retries after a retryable failure (429, 503, 502, 504, 408, connection reset, timeout).", valueName: "n"))
    var retry: Int = 2

    @Option(name: .customLong("retry-on"), help: ArgumentHelp("Statuses to retry, comma-separated.", valueName: "codes"))
    var retryOn: String?

    @Option(name: .customLong("max-retry-wait"), help: ArgumentHelp(
        "Longest single wait for Retry-After or a quota reset; a server asking for more fails the request.", valueName: "duration"))
    var maxRetryWait: DurationArgument = DurationArgument(.seconds(60))

    @Option(name: .customLong("retry-max-time"), help: ArgumentHelp("Budget for all attempts of one request.", valueName: "duration"))
    var retryMaxTime: DurationArgument = DurationArgument(.seconds(120))

    @Option(help: ArgumentHelp("Never send faster than this to any host: 5/s, 100/m, 1000/h.", valueName: "n/unit"))
    var rate: String?

    @Option(name: .customLong("credit-header"), help: ArgumentHelp(
        "A response header that carries a credit balance (besides x-credits-remaining). Repeatable.", valueName: "name"))
    var creditHeaders: [String] = []

    func validate() throws {
        guard (0...100).contains(retry) else { throw ValidationError("--retry must be from 0 to 100") }
        _ = try statuses()
        _ = try rateSpec()
    }

    func statuses() throws -> Set<Int>? {
        guard let retryOn else { return nil }
        var codes = Set<Int>()
        for part in retryOn.split(separator: ",") {
            guard let code = Int(part.trimmingCharacters(in: .whitespaces)), (100...599).contains(code) else {
                throw ValidationError("--retry-on expects status codes like 429,503; '\(part)' is not one")
            }
            codes.insert(code)
        }
        return codes
    }

    func rateSpec() throws -> RateSpec? {
        guard let rate else { return nil }
        do {
            return try RateSpec(parsing: rate)
        } catch {
            throw ValidationError("--rate \(rate): \(error.message)")
        }
    }

    func policy() throws -> RetryPolicy {
        RetryPolicy(
            maxRetries: retry, retryableStatuses: try statuses() ?? RetryPolicy.defaultRetryableStatuses,
            maxWait: maxRetryWait.duration, maxTotalTime: retryMaxTime.duration)
    }
}
