import VolleyCore

/// The pre-standard rate-limit headers, one family per prefix, each with optional suffixes:
///
///     RateLimit-Limit / -Remaining / -Reset                 (RateLimit drafts 00–06)
///     X-RateLimit-Limit / -Remaining / -Reset / -Used       (GitHub, most APIs)
///     X-Rate-Limit-Limit / -Remaining / -Reset              (Twitter)
///     X-RateLimit-Remaining-Second, -Minute                 (Kong: one window per suffix)
///     x-ratelimit-remaining-requests, -tokens               (OpenAI: one quota per suffix)
///     X-RateLimit-Reset-After                               (Discord: a delay beside the epoch)
enum RateLimitHeaderFamily {
    /// Highest priority first: the standard-track names, then the common `X-` spellings.
    static let prefixes = ["ratelimit-", "x-ratelimit-", "x-rate-limit-"]

    /// The first family with usable headers, reduced to its most restrictive suffix group.
    static func read(_ headers: [HTTPHeader], now: EpochSeconds, serverDate: EpochSeconds?) -> RateLimitReading? {
        for prefix in prefixes {
            let groups = self.groups(prefix: prefix, headers, now: now, serverDate: serverDate)
            if let chosen = RateLimitReading.mostRestrictive(groups.filter(\.isUseful)) {
                return chosen
            }
        }
        return nil
    }

    private enum Field: String, CaseIterable {
        // `reset-after` before `reset`, so the longer name matches first.
        case resetAfter = "reset-after", remaining, limit, reset, used
    }

    /// One reading per suffix (`""`, `second`, `requests`…), in the order the headers came.
    private static func groups(
        prefix: String, _ headers: [HTTPHeader], now: EpochSeconds, serverDate: EpochSeconds?
    ) -> [RateLimitReading] {
        var suffixes: [String] = []
        var readings: [String: RateLimitReading] = [:]
        var resetAfter: [String: QuotaReset] = [:]
        for header in headers {
            let name = header.name.lowercased()
            guard name.hasPrefix(prefix) else { continue }
            let rest = name.dropFirst(prefix.count)
            guard let field = Field.allCases.first(where: { rest == $0.rawValue || rest.hasPrefix($0.rawValue + "-") })
            else { continue }
            let suffix = String(rest.dropFirst(field.rawValue.count).drop { $0 == "-" })
            var reading = readings[suffix] ?? RateLimitReading(policy: suffix.isEmpty ? nil : suffix, window: window(suffix))
            let value = firstElement(header.value)
            // The first readable value of each field counts; unreadable ones are skipped.
            let used: Bool
            switch field {
            case .limit where reading.limit == nil:
                reading.limit = count(value)
                used = reading.limit != nil
            case .remaining where reading.remaining == nil:
                reading.remaining = count(value).map { max(0, $0) }
                used = reading.remaining != nil
            case .used where reading.used == nil:
                reading.used = count(value)
                used = reading.used != nil
            case .reset where reading.reset == nil:
                reading.reset = QuotaReset(value, now: now, serverDate: serverDate)
                used = reading.reset != nil
            case .resetAfter where resetAfter[suffix] == nil:
                resetAfter[suffix] = Double(decimalText: value).flatMap { $0 >= 0 ? $0 : nil }.map {
                    QuotaReset(delay: Duration(secondsRoundingUp: $0), form: .delaySeconds, usedServerDate: false)
                }
                used = resetAfter[suffix] != nil
            default:
                used = false  // a repeat of a field already read
            }
            if used && !reading.sources.contains(name) { reading.sources.append(name) }
            if readings[suffix] == nil { suffixes.append(suffix) }
            readings[suffix] = reading
        }
        return suffixes.compactMap { suffix in
            guard var reading = readings[suffix] else { return nil }
            // A pure delay beats an epoch: it needs no clock at all.
            if let after = resetAfter[suffix] { reading.reset = after }
            // GitHub names the quota an unsuffixed group describes.
            if suffix.isEmpty, let resource = headers.value(of: prefix + "resource") {
                reading.policy = resource.trimmingWhitespace()
                reading.sources.append(prefix + "resource")
            }
            return reading
        }
    }

    /// Draft 01 appended policies to the limit (`100, 100;w=60`): the first number is the quota.
    private static func firstElement(_ value: String) -> String {
        String(value.prefix { $0 != "," && $0 != ";" }).trimmingWhitespace()
    }

    private static func count(_ text: String) -> Int? {
        guard let value = Double(decimalText: text), abs(value) < 1e15 else { return nil }
        return Int(value.rounded(.down))
    }

    /// Suffixes that name a window length, as Kong sends them.
    private static func window(_ suffix: String) -> Duration? {
        switch suffix {
        case "second": .seconds(1)
        case "minute": .seconds(60)
        case "hour": .seconds(3600)
        case "day": .seconds(86_400)
        default: nil
        }
    }
}
