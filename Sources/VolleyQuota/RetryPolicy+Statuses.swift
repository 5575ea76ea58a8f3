import VolleyCore

extension RetryPolicy {
    /// The statuses in a comma-separated list, `429,503,504`.
    public static func statuses(parsing text: String) throws(RetryOptionError) -> Set<Int> {
        var statuses: Set<Int> = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = part.trimmingWhitespace()
            guard let status = Int(asciiDigits: Substring(trimmed)) else {
                throw RetryOptionError("\"\(trimmed)\" is not a status code like 503")
            }
            if let refusal = RetrySettings.refusal(ofRetryStatus: status) { throw RetryOptionError(refusal) }
            statuses.insert(status)
        }
        return statuses
    }
}

/// A retry status list that makes no sense, and why; the front end says which option it was.
public struct RetryOptionError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
