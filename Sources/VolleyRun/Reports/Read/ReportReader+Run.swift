import VolleyCore
import VolleyJSON
import VolleyReporter

/// One run of a request read back from a report's details (`JSONReport.details`): what was sent
/// and received, timings, attempts, quota, assertions, hook checks, captures, error, stop, notes,
/// console and sub-requests. Bodies come back only when the report has them (`--report-bodies`),
/// their sizes always.
extension ReportReader {
    static func recorded(_ details: JSONObject, _ identity: RequestIdentity) -> RecordedResult {
        var result = RequestResult(
            collection: identity.collection, folderPath: identity.folderPath, name: identity.name, location: identity.location,
            sent: sent(details["request"]), response: received(details["response"]), timings: timings(details["timings"]),
            assertions: (details["assertions"]?.arrayValue ?? []).compactMap(assertion),
            captures: (details["captures"]?.arrayValue ?? []).compactMap(capture),
            failure: failure(details["error"]), skipped: details["runOutcome"]?.stringValue == "skipped",
            attempts: attempts(details["attempts"]), quota: quota(details["quota"]), iteration: int(details["iteration"]) ?? 1)
        result.redirects = redirects(details["redirects"])
        result.hookAssertions = (details["hookAssertions"]?.arrayValue ?? []).compactMap(\.objectValue).map { check in
            HookAssertionResult(
                name: check["name"]?.stringValue ?? "", passed: check["passed"] == .bool(true),
                message: check["message"]?.stringValue, location: location(check["location"]))
        }
        result.stop = stop(details["stop"])
        // The notes as worded, the give-up note among them: there is no `gaveUp` left to word.
        result.notes = strings(details["notes"])
        result.skipReason = details["skipReason"]?.stringValue
        result.polls = int(details["polls"]) ?? 0
        result.console = (details["console"]?.arrayValue ?? []).compactMap(\.objectValue).compactMap { message in
            guard let level = message["level"]?.stringValue.flatMap(ConsoleMessage.Level.init) else { return nil }
            return ConsoleMessage(level: level, text: message["text"]?.stringValue ?? "")
        }
        result.subRequests = (details["subRequests"]?.arrayValue ?? []).compactMap(\.objectValue).map(subRequest)
        var recorded = RecordedResult(result, keepBodies: hasBodies(details))
        recorded.sentBodySize = int(details["request"]?.objectValue?["bodySize"]) ?? 0
        recorded.responseBodySize = int(details["response"]?.objectValue?["bodySize"]) ?? 0
        recorded.subRequestBodySizes = (details["subRequests"]?.arrayValue ?? []).map { sub in
            let object = sub.objectValue
            return (int(object?["request"]?.objectValue?["bodySize"]) ?? 0, int(object?["response"]?.objectValue?["bodySize"]) ?? 0)
        }
        return recorded
    }

    /// A report written with `--report-bodies` has a `body` key in what it sent and received.
    private static func hasBodies(_ details: JSONObject) -> Bool {
        details["request"]?.objectValue?["body"] != nil || details["response"]?.objectValue?["body"] != nil
    }

    private static func subRequest(_ object: JSONObject) -> SubRequestResult {
        var sub = SubRequestResult(
            phase: object["phase"]?.stringValue.flatMap(Script.Phase.init) ?? .before,
            location: location(object["location"]) ?? SourceLocation(file: "", line: 0, column: 0))
        sub.sent = sent(object["request"])
        sub.response = received(object["response"])
        sub.redirects = redirects(object["redirects"])
        sub.timings = timings(object["timings"])
        sub.attempts = attempts(object["attempts"])
        sub.quota = quota(object["quota"])
        sub.failure = failure(object["error"])
        sub.stop = stop(object["stop"])
        return sub
    }

    private static func sent(_ value: JSONValue?) -> SentRequest? {
        guard let object = value?.objectValue else { return nil }
        var sent = SentRequest(
            method: object["method"]?.stringValue ?? "", url: object["url"]?.stringValue ?? "",
            headers: headers(object["headers"]), body: Array((object["body"]?.stringValue ?? "").utf8))
        sent.byteCount = int(object["bodySize"]) ?? sent.byteCount
        return sent
    }

    private static func received(_ value: JSONValue?) -> ReceivedResponse? {
        guard let object = value?.objectValue else { return nil }
        var response = ReceivedResponse(
            status: int(object["status"]) ?? 0, httpVersion: object["httpVersion"]?.stringValue ?? "",
            headers: headers(object["headers"]), body: Array((object["body"]?.stringValue ?? "").utf8))
        response.byteCount = int(object["bodySize"]) ?? response.byteCount
        return response
    }

    private static func redirects(_ value: JSONValue?) -> [RedirectHop] {
        (value?.arrayValue ?? []).compactMap(\.objectValue).compactMap { hop in
            guard let sent = sent(hop["request"]) else { return nil }
            return RedirectHop(sent: sent, status: int(hop["status"]) ?? 0, location: hop["location"]?.stringValue ?? "")
        }
    }

    private static func headers(_ value: JSONValue?) -> [HTTPHeader] {
        (value?.arrayValue ?? []).compactMap(\.objectValue).map { header in
            HTTPHeader(name: header["name"]?.stringValue ?? "", value: header["value"]?.stringValue ?? "")
        }
    }

    static func timings(_ value: JSONValue?) -> PhaseTimings? {
        guard let object = value?.objectValue else { return nil }
        func us(_ phase: TimingPhase) -> Int64 { microseconds(object[phase.rawValue + "Ms"]) ?? 0 }
        return PhaseTimings(dns: us(.dns), connect: us(.connect), tls: us(.tls), ttfb: us(.ttfb), transfer: us(.transfer), total: us(.total))
    }

    /// Each attempt with its wait and why it waited.
    private static func attempts(_ value: JSONValue?) -> [AttemptRecord] {
        (value?.arrayValue ?? []).compactMap(\.objectValue).map { attempt in
            AttemptRecord(
                number: int(attempt["number"]) ?? 1, waitedBefore: duration(attempt["waitedMs"]), status: int(attempt["status"]),
                failure: attempt["failure"]?.stringValue, timings: timings(attempt["timings"]), quota: quota(attempt["quota"]),
                waitCause: waitCause(attempt["waitCause"]))
        }
    }

    private static func quota(_ value: JSONValue?) -> QuotaState? {
        guard let object = value?.objectValue else { return nil }
        func ms(_ key: String) -> Duration? { microseconds(object[key]).map { .microseconds($0) } }
        let credits = object["credits"]?.objectValue.flatMap { credits -> QuotaState.Credits? in
            guard let remaining = credits["remaining"]?.numberValue else { return nil }
            return QuotaState.Credits(remaining: remaining, header: credits["header"]?.stringValue ?? "")
        }
        return QuotaState(
            policy: object["policy"]?.stringValue, limit: int(object["limit"]), remaining: int(object["remaining"]),
            used: int(object["used"]), resetDelay: ms("resetMs"), resetAt: object["resetAt"]?.numberValue, window: ms("windowMs"),
            retryAfter: ms("retryAfterMs"), credits: credits, sources: strings(object["sources"]))
    }

    private static func failure(_ value: JSONValue?) -> RequestFailure? {
        guard let object = value?.objectValue, let kind = object["kind"]?.stringValue.flatMap(RequestFailure.Kind.init(reportName:))
        else { return nil }
        return RequestFailure(kind: kind, message: object["message"]?.stringValue ?? "", location: location(object["location"]), code: int(object["code"]))
    }
}
