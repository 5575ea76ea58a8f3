import VolleyCore

/// The rate-limit part of a `QuotaState`, as one header style reports it, before the parser
/// chooses between styles.
struct RateLimitReading: Sendable, Hashable {
    var policy: String?
    var limit: Int?
    var remaining: Int?
    var used: Int?
    var reset: QuotaReset?
    var window: Duration?
    var sources: [String] = []

    /// A reading that tells the client something it can act on.
    var isUseful: Bool { limit != nil || remaining != nil || reset != nil }

    /// Of several windows (`-second` and `-minute`, or two named policies), the one that runs out
    /// first: the fewest requests remaining, then the longest reset. Readings without a remaining
    /// count come last, because they cannot say how close they are to running out.
    static func mostRestrictive(_ readings: [RateLimitReading]) -> RateLimitReading? {
        readings.enumerated().min { a, b in
            let keyA = (a.element.remaining ?? .max, -(a.element.reset?.delay.fractionalSeconds ?? 0), a.offset)
            let keyB = (b.element.remaining ?? .max, -(b.element.reset?.delay.fractionalSeconds ?? 0), b.offset)
            return keyA < keyB
        }?.element
    }
}
