import VolleyCore
import VolleyJSON
import VolleyReporter

/// Why an attempt waited, read back from the structured `waitCause` a report writes beside the
/// worded `waitReason` (`JSONReport+WaitReason`), so the reports written from a merge word it as
/// the run's did. A cause this reader does not know reads as none: the attempt line then says how
/// long it waited but not why.
extension ReportReader {
    static func waitCause(_ value: JSONValue?) -> WaitCause? {
        guard let object = value?.objectValue else { return nil }
        switch object["kind"]?.stringValue {
        case "retry":
            guard let trigger = trigger(object["trigger"]), let source = retrySource(object["source"]) else { return nil }
            return .retry(RetryReason(
                trigger: trigger, retry: int(object["retry"]) ?? 0, of: int(object["of"]) ?? 0,
                delay: duration(object["delayMs"]), source: source))
        case "pacing":
            let items = object["reasons"]?.arrayValue ?? []
            let reasons = items.compactMap(pacing)
            return reasons.count == items.count ? .pacing(reasons) : nil
        default:
            return nil
        }
    }

    private static func trigger(_ value: JSONValue?) -> RetryTrigger? {
        guard let object = value?.objectValue else { return nil }
        let bytes = int(object["bodyBytes"]) ?? 0
        switch object["kind"]?.stringValue {
        case "status": return int(object["status"]).map(RetryTrigger.status)
        case "connection_reset": return .connectionReset
        case "timeout_before_response": return .timeoutBeforeResponse
        case "cut_off_after_headers": return .cutOffAfterHeaders(bodyBytes: bytes)
        case "timeout_after_headers": return .timeoutAfterHeaders(bodyBytes: bytes)
        default: return nil
        }
    }

    private static func retrySource(_ value: JSONValue?) -> RetryWaitSource? {
        guard let object = value?.objectValue else { return nil }
        switch object["kind"]?.stringValue {
        case "retry_after": return .retryAfterHeader
        case "rate_limit_reset": return .rateLimitReset(header: object["header"]?.stringValue)
        case "backoff": return .backoff
        default: return nil
        }
    }

    private static func pacing(_ value: JSONValue) -> PacingReason? {
        guard let object = value.objectValue, let host = object["host"]?.stringValue else { return nil }
        let key = QuotaKey(lowercasedHost: host, limit: object["limit"]?.stringValue)
        switch object["kind"]?.stringValue {
        case "quota_reset":
            let cap: Duration? = object["cappedAtMs"].flatMap { $0 == .null ? Duration?.none : duration($0) }
            return .quotaReset(key, header: object["header"]?.stringValue, resetsIn: duration(object["resetsInMs"]), cappedAt: cap)
        case "token_bucket":
            guard let rate = object["rate"]?.stringValue.flatMap({ try? RateSpec(parsing: $0) }),
                  let origin = origin(object["origin"]) else { return nil }
            // A report leaves the limit out when the bucket paces the whole host.
            return .tokenBucket(key, rate: rate, origin: origin, wholeHost: object["limit"] == .null)
        default:
            return nil
        }
    }

    private static func origin(_ value: JSONValue?) -> SettingOrigin? {
        guard let object = value?.objectValue else { return nil }
        let setting = object["setting"]?.stringValue.flatMap { name in RunSetting.allCases.first { JSONReport.name($0) == name } }
        switch object["kind"]?.stringValue {
        case "default": return setting.map(SettingOrigin.defaultOf)
        case "command_line": return setting.map(SettingOrigin.commandLine)
        case "collection":
            guard let text = object["key"]?.stringValue else { return nil }
            // `rate at api.yaml:3:7`, or the key alone when it has no position.
            if let at = text.ranges(of: " at ").last, let location = sourceLocation(String(text[at.upperBound...])) {
                return .collection(key: String(text[..<at.lowerBound]), at: location)
            }
            return .collection(key: text, at: nil)
        default: return nil
        }
    }

    /// `file:line:column`, as `SourceLocation.description` writes it (the file may hold colons).
    private static func sourceLocation(_ text: String) -> SourceLocation? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let line = Int(parts[parts.count - 2]), let column = Int(parts[parts.count - 1]) else { return nil }
        return SourceLocation(file: parts.dropLast(2).joined(separator: ":"), line: line, column: column)
    }
}
