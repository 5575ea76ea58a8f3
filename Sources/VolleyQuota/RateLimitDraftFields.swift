import VolleyCore

/// The IETF `RateLimit` and `RateLimit-Policy` structured fields
/// (draft-ietf-httpapi-ratelimit-headers), in the shapes its revisions have used:
///
///     RateLimit: "default";r=50;t=30                 draft-09 and later: a list, policies are strings
///     RateLimit: default;r=50;t=30                   draft-08: policies are tokens
///     RateLimit: limit=100, remaining=50, reset=5    draft-07: a dictionary of one window
///     RateLimit-Policy: "burst";q=100;w=60           draft-08 and later (token or string name)
///     RateLimit-Policy: 100;w=60                     draft-07 and earlier: the quota is the item
///
/// A field that is not valid RFC 8941 is ignored as a whole, as the draft requires. Within a valid
/// list, an item missing its required number (`r`, `q`) or carrying a negative or non-integer one
/// is ignored on its own; a field left with no usable item is ignored too.
enum RateLimitDraftFields {
    struct Policy: Sendable, Hashable {
        var name: String?
        var quota: Int
        var window: Duration?
    }

    /// The policies `RateLimit-Policy` declares, in order; empty when absent or malformed.
    static func policies(_ headers: [HTTPHeader]) -> [Policy] {
        let lines = headers.values(of: "ratelimit-policy")
        guard !lines.isEmpty, let members = StructuredFieldParser.list(lines) else { return [] }
        return members.compactMap { member in
            guard let item = member.item else { return nil }
            guard let window = optionalCount(item.parameters["w"]) else { return nil }
            if let quota = item.value.integer {  // draft-07 and earlier
                return quota >= 0 ? Policy(name: nil, quota: Int(quota), window: window.map(seconds)) : nil
            }
            guard let name = item.value.name, let quota = count(item.parameters["q"]) else { return nil }
            return Policy(name: name, quota: quota, window: window.map(seconds))
        }
    }

    /// The current state from `RateLimit`, joined to its policy; nil when absent or malformed.
    static func current(
        _ headers: [HTTPHeader], policies: [Policy], now: EpochSeconds, serverDate: EpochSeconds?
    ) -> RateLimitReading? {
        let lines = headers.values(of: "ratelimit")
        guard !lines.isEmpty else { return nil }
        var reading: RateLimitReading?
        if let dictionary = StructuredFieldParser.dictionary(lines),
            dictionary["limit"] != nil || dictionary["remaining"] != nil || dictionary["reset"] != nil
        {
            reading = draft07(dictionary, policies: policies, now: now, serverDate: serverDate)
        } else if let members = StructuredFieldParser.list(lines) {
            reading = named(members, policies: policies, now: now, serverDate: serverDate)
        }
        guard var reading, reading.isUseful else { return nil }
        reading.sources.insert("ratelimit", at: 0)
        return reading
    }

    private static func draft07(
        _ dictionary: StructuredField.Dictionary, policies: [Policy], now: EpochSeconds, serverDate: EpochSeconds?
    ) -> RateLimitReading? {
        // Every member the draft defines must be a non-negative integer, or the field is malformed.
        func member(_ key: String) -> Int?? {
            guard let member = dictionary[key] else { return .some(nil) }
            guard let value = count(member.item?.value) else { return nil }
            return .some(value)
        }
        guard let limit = member("limit"), let remaining = member("remaining"), let reset = member("reset") else {
            return nil
        }
        var reading = RateLimitReading(limit: limit, remaining: remaining)
        if let reset {
            reading.reset = QuotaReset("\(reset)", now: now, serverDate: serverDate)
        }
        let policy = policies.first { $0.quota == limit } ?? policies.first
        if let policy {
            reading.window = policy.window
            reading.sources.append("ratelimit-policy")
        }
        return reading
    }

    private static func named(
        _ members: [StructuredField.Member], policies: [Policy], now: EpochSeconds, serverDate: EpochSeconds?
    ) -> RateLimitReading? {
        let readings = members.compactMap { member -> RateLimitReading? in
            guard let item = member.item, let name = item.value.name,
                let remaining = count(item.parameters["r"]),
                let reset = optionalCount(item.parameters["t"])
            else { return nil }
            var reading = RateLimitReading(policy: name, remaining: remaining)
            if let reset {
                reading.reset = QuotaReset("\(reset)", now: now, serverDate: serverDate)
            }
            if let policy = policies.first(where: { $0.name == name }) {
                reading.limit = policy.quota
                reading.window = policy.window
                reading.sources.append("ratelimit-policy")
            }
            return reading
        }
        return RateLimitReading.mostRestrictive(readings)
    }

    /// A required non-negative integer.
    private static func count(_ value: StructuredField.BareItem?) -> Int? {
        guard let value = value?.integer, value >= 0 else { return nil }
        return Int(value)
    }

    /// An optional non-negative integer: `.some(nil)` when absent, nil when present but invalid.
    private static func optionalCount(_ value: StructuredField.BareItem?) -> Int?? {
        guard let value else { return .some(nil) }
        guard let valid = count(value) else { return nil }
        return .some(valid)
    }

    private static func seconds(_ value: Int) -> Duration { .seconds(value) }
}
