extension RetryPolicy {
    /// Why `status` cannot be on a retry list, or nil when it can. The one rule behind both
    /// `--retry-on` and a collection's `retry.on`, so the two refuse the same codes in the same words.
    ///
    /// 402 is refused: it means the account is out of credits, which stops the run instead.
    public static func refusal(ofRetryStatus status: Int) -> String? {
        guard (100...599).contains(status) else { return "status \(status) is not an HTTP status code (100 to 599)" }
        guard status != 402 else { return "status 402 (out of credits) stops the run and is never retried" }
        return nil
    }

    /// The statuses in `--retry-on 429,503,504`.
    public static func statuses(parsing text: String) throws(RetryOptionError) -> Set<Int> {
        var statuses: Set<Int> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingWhitespace()
            guard let status = Int(asciiDigits: Substring(trimmed)) else {
                throw RetryOptionError("--retry-on: \"\(trimmed)\" is not a status code like 503")
            }
            if let refusal = refusal(ofRetryStatus: status) { throw RetryOptionError("--retry-on: \(refusal)") }
            statuses.insert(status)
        }
        return statuses
    }
}

/// A retry option that makes no sense, with a message for the command line.
public struct RetryOptionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
