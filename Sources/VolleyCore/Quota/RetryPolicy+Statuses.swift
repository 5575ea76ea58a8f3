extension RetryPolicy {
    /// The statuses in `--retry-on 429,503,504`.
    ///
    /// 402 is refused: it means the account is out of credits, which stops the run instead.
    public static func statuses(parsing text: String) throws(RetryOptionError) -> Set<Int> {
        var statuses: Set<Int> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingWhitespace()
            guard let status = Int(asciiDigits: Substring(trimmed)), (100...599).contains(status) else {
                throw RetryOptionError("--retry-on: \"\(trimmed)\" is not an HTTP status code (100-599)")
            }
            guard status != 402 else {
                throw RetryOptionError("--retry-on: 402 (out of credits) stops the run and is never retried")
            }
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
