import VolleyCore
import VolleyJSON

/// An attempt's `waitReason`, the console's words (a string, as in every `volley-report/1`), and
/// its `waitCause`, what they say field by field, so a script can tell a Retry-After from a token
/// bucket without reading prose.
extension JSONReport {
    func waitReason(_ attempt: AttemptRecord) -> JSONValue {
        attempt.waitCause.map { .string(wording.text($0)) } ?? .null
    }

    func waitCause(_ attempt: AttemptRecord) -> JSONValue {
        attempt.waitCause.map(cause) ?? .null
    }

    private func cause(_ cause: WaitCause) -> JSONValue {
        switch cause {
        case .retry(let reason):
            [
                "kind": "retry", "trigger": trigger(reason.trigger), "retry": number(reason.retry),
                "of": number(reason.of), "delayMs": milliseconds(reason.delay), "source": source(reason.source),
            ]
        case .pacing(let reasons):
            ["kind": "pacing", "reasons": .array(reasons.map(pacing))]
        }
    }

    private func trigger(_ trigger: RetryTrigger) -> JSONValue {
        switch trigger {
        case .status(let status): ["kind": "status", "status": number(status)]
        case .connectionReset: ["kind": "connection_reset", "status": .null]
        case .timeoutBeforeResponse: ["kind": "timeout_before_response", "status": .null]
        case .cutOffAfterHeaders(let bytes): ["kind": "cut_off_after_headers", "status": .null, "bodyBytes": number(bytes)]
        case .timeoutAfterHeaders(let bytes): ["kind": "timeout_after_headers", "status": .null, "bodyBytes": number(bytes)]
        }
    }

    private func source(_ source: RetryWaitSource) -> JSONValue {
        switch source {
        case .retryAfterHeader: ["kind": "retry_after", "header": "retry-after"]
        case .rateLimitReset(let header): ["kind": "rate_limit_reset", "header": optional(header)]
        case .backoff: ["kind": "backoff", "header": .null]
        }
    }

    private func pacing(_ reason: PacingReason) -> JSONValue {
        switch reason {
        case .quotaReset(let key, let header, let resetsIn, let cap):
            [
                "kind": "quota_reset", "host": .string(key.host), "limit": optional(key.limit),
                "header": optional(header), "resetsInMs": milliseconds(resetsIn), "cappedAtMs": cap.map(milliseconds) ?? .null,
            ]
        case .tokenBucket(let key, let rate, let origin, let wholeHost):
            [
                "kind": "token_bucket", "host": .string(key.host), "limit": wholeHost ? .null : optional(key.limit),
                "rate": .string(rate.description), "origin": self.origin(origin),
            ]
        }
    }

    /// Where a setting came from, by identity: the front end's spelling is in `text`.
    private func origin(_ origin: SettingOrigin) -> JSONValue {
        switch origin {
        case .defaultOf(let setting): ["kind": "default", "setting": .string(Self.name(setting)), "key": .null]
        case .commandLine(let setting): ["kind": "command_line", "setting": .string(Self.name(setting)), "key": .null]
        case .collection(let key, let location):
            ["kind": "collection", "setting": .null, "key": .string(location.map { "\(key) at \($0)" } ?? key)]
        }
    }

    /// How a report names a setting (`retry_count`); public for `volley report merge`, which reads it back.
    public static func name(_ setting: RunSetting) -> String {
        switch setting {
        case .retryCount: "retry_count"
        case .retryStatuses: "retry_statuses"
        case .maxRetryWait: "max_retry_wait"
        case .retryTimeBudget: "retry_time_budget"
        case .rate: "rate"
        case .maxCredits: "max_credits"
        case .variable: "variable"
        case .secret: "secret"
        case .secretsFile: "secrets_file"
        case .maxBodySize: "max_body_size"
        case .maxVariableSize: "max_variable_size"
        case .bail: "bail"
        }
    }
}
