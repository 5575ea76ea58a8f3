import VolleyCore
import VolleyJSON

/// The details of one run of a request: what was sent and received, timings, attempts, quota,
/// assertions, the checks request hooks made, captures, error, the run stop the response caused,
/// and why a hook skipped the request.
extension JSONReport {
    func details(_ recorded: RecordedResult) -> JSONObject {
        let result = recorded.result
        var details = JSONObject([
            ("iteration", number(result.iteration)),
            ("runOutcome", .string(result.outcome.name)),
            ("redirects", .array(result.redirects.map { redirect(recorded, $0) })),
            ("request", result.sent.map { sent(recorded, $0) } ?? .null),
            ("response", result.response.map { received(recorded, $0) } ?? .null),
            ("timings", result.timings.map(timings) ?? .null),
            ("attempts", .array(result.attempts.map(attempt))),
            ("waitedMs", milliseconds(result.waited)),
            ("quota", result.quota.map(quota) ?? .null),
            ("assertions", .array(result.assertions.map(assertion))),
            ("hookAssertions", .array(result.hookAssertions.map { hookAssertion($0, in: result) })),
            ("captures", .array(result.captures.map(capture))),
            ("error", result.failure.map(failure) ?? .null),
            ("stop", result.stop.map { ["reason": .string($0.reason.reportName), "message": .string($0.message)] } ?? .null),
            ("notes", .array(result.notes(worded: wording).map(JSONValue.string))),
            ("skipReason", optional(result.skipReason)),
        ])
        // Only for a request that polled: other reports stay as they were.
        if result.polls > 0 { details["polls"] = number(result.polls) }
        // Only when a script wrote something: reports of runs without scripts stay as they were.
        if !result.console.isEmpty {
            details["console"] = .array(result.console.map { ["level": .string($0.level.rawValue), "text": .string($0.text)] })
        }
        if !result.subRequests.isEmpty {
            details["subRequests"] = .array(result.subRequests.indices.map { subRequest(recorded, at: $0) })
        }
        return details
    }

    /// A request a script sent (`pm.sendRequest`), with where it was sent from.
    private func subRequest(_ recorded: RecordedResult, at index: Int) -> JSONValue {
        let sub = recorded.result.subRequests[index]
        let sizes = index < recorded.subRequestBodySizes.count ? recorded.subRequestBodySizes[index] : (sent: 0, response: 0)
        // Typed one by one: as one literal the type checker gives up.
        let request: JSONValue = sub.sent.map { sent(recorded, $0, bodySize: sizes.sent) } ?? .null
        let response: JSONValue = sub.response.map { received(recorded, $0, bodySize: sizes.response) } ?? .null
        let stop: JSONValue = sub.stop.map { ["reason": .string($0.reason.reportName), "message": .string($0.message)] } ?? .null
        let notes: [JSONValue] = sub.gaveUp.map { [.string(wording.note($0))] } ?? []
        var object = JSONObject()
        object["phase"] = .string(sub.phase.rawValue)
        object["location"] = location(sub.location)
        object["redirects"] = .array(sub.redirects.map { redirect(recorded, $0) })
        object["request"] = request
        object["response"] = response
        object["timings"] = sub.timings.map(timings) ?? .null
        object["attempts"] = .array(sub.attempts.map(attempt))
        object["waitedMs"] = milliseconds(sub.waited)
        object["quota"] = sub.quota.map(quota) ?? .null
        object["error"] = sub.failure.map(failure) ?? .null
        object["stop"] = stop
        object["notes"] = .array(notes)
        return .object(object)
    }

    private func sent(_ recorded: RecordedResult, _ sent: SentRequest, bodySize: Int? = nil) -> JSONValue {
        var object = JSONObject([
            ("method", .string(sent.method)),
            ("url", .string(sent.url)),
            ("headers", headers(sent.headers)),
            ("bodySize", number(bodySize ?? recorded.sentBodySize)),
        ])
        if includeBodies { object["body"] = body(sent.body, kept: recorded.hasBodies) }
        // Only with -vv: the trace is already redacted with the rest of the result.
        if !sent.trace.isEmpty { object["trace"] = .array(sent.trace.map { .string($0) }) }
        return .object(object)
    }

    /// An earlier request of a redirect chain, as sent, with the redirect it got.
    private func redirect(_ recorded: RecordedResult, _ hop: RedirectHop) -> JSONValue {
        .object(JSONObject([
            ("request", sent(recorded, hop.sent, bodySize: hop.sent.byteCount)),
            ("status", number(hop.status)),
            ("location", .string(hop.location)),
        ]))
    }

    private func received(_ recorded: RecordedResult, _ response: ReceivedResponse, bodySize: Int? = nil) -> JSONValue {
        var object = JSONObject([
            ("status", number(response.status)),
            ("httpVersion", .string(response.httpVersion)),
            ("headers", headers(response.headers)),
            ("bodySize", number(bodySize ?? recorded.responseBodySize)),
        ])
        if includeBodies { object["body"] = body(response.body, kept: recorded.hasBodies) }
        return .object(object)
    }

    /// Text, decoded as UTF-8 with invalid bytes replaced: never base64, because the redactor
    /// must be able to find a secret that appears in a body.
    private func body(_ bytes: [UInt8], kept: Bool) -> JSONValue {
        // Bytes that are not UTF-8 (an upload, an image) have no faithful text: null, as not kept.
        guard kept, let text = String(validating: bytes, as: UTF8.self) else { return .null }
        return .string(text)
    }

    private func headers(_ headers: [HTTPHeader]) -> JSONValue {
        .array(headers.map { ["name": .string($0.name), "value": .string($0.value)] })
    }

    func timings(_ t: PhaseTimings) -> JSONValue {
        .object(JSONObject(TimingPhase.allCases.map { ("\($0.rawValue)Ms", .number(ReportTime.milliseconds($0.value(in: t)))) }))
    }

    private func attempt(_ attempt: AttemptRecord) -> JSONValue {
        [
            "number": number(attempt.number),
            "waitedMs": milliseconds(attempt.waitedBefore),
            "waitReason": waitReason(attempt),
            "waitCause": waitCause(attempt),
            "status": attempt.status.map(number) ?? .null,
            "failure": optional(attempt.failure),
            "timings": attempt.timings.map(timings) ?? .null,
            "quota": attempt.quota.map(quota) ?? .null,
        ]
    }

    private func quota(_ q: QuotaState) -> JSONValue {
        [
            "policy": optional(q.policy),
            "limit": q.limit.map(number) ?? .null,
            "remaining": q.remaining.map(number) ?? .null,
            "used": q.used.map(number) ?? .null,
            "resetMs": q.resetDelay.map(milliseconds) ?? .null,
            "resetAt": q.resetAt.map(JSONValue.number) ?? .null,
            "windowMs": q.window.map(milliseconds) ?? .null,
            "retryAfterMs": q.retryAfter.map(milliseconds) ?? .null,
            "credits": q.credits.map { ["remaining": .number($0.remaining), "header": .string($0.header)] } ?? .null,
            "sources": .array(q.sources.map(JSONValue.string)),
            "text": .string(q.text),
        ]
    }

    private func assertion(_ outcome: AssertionOutcome) -> JSONValue {
        [
            "expression": .string(outcome.assertion.expression),
            "subject": .string(outcome.assertion.subjectText),
            "predicate": .string(outcome.assertion.predicate.keyword),
            "expected": outcome.assertion.predicate.expectedJSON,
            "actual": outcome.actual ?? .null,
            "passed": .bool(outcome.passed),
            "message": optional(outcome.message),
            "location": location(outcome.assertion.location),
        ]
    }

    /// A hook's check where the hook placed it, else at the request, as the problems list has it.
    private func hookAssertion(_ check: HookAssertionResult, in result: RequestResult) -> JSONValue {
        [
            "name": .string(check.name),
            "passed": .bool(check.passed),
            "message": optional(check.message),
            "location": location(check.location ?? result.location),
        ]
    }

    private func capture(_ outcome: CaptureOutcome) -> JSONValue {
        // A secret goes out exactly as the executable registered it with the redactor
        // (`templateText`), so a structured secret is not re-spelled where the redactor cannot see it.
        let value: JSONValue = outcome.value.map { outcome.capture.isSecret ? .string($0.templateText) : $0 } ?? .null
        return [
            "name": .string(outcome.capture.name),
            "source": .string(outcome.capture.source.description),
            "secret": .bool(outcome.capture.isSecret),
            "value": value,
            "error": optional(outcome.error),
            "location": location(outcome.capture.location),
        ]
    }

    private func failure(_ failure: RequestFailure) -> JSONValue {
        [
            "kind": .string(failure.kind.reportName),
            "message": .string(failure.message),
            "code": failure.code.map(number) ?? .null,
            "location": failure.location.map(location) ?? .null,
        ]
    }

    func location(_ location: SourceLocation) -> JSONValue {
        ["file": .string(location.file), "line": number(location.line), "column": number(location.column)]
    }

    func number(_ value: Int) -> JSONValue { .number(Double(value)) }

    func milliseconds(_ duration: Duration) -> JSONValue {
        .number(ReportTime.milliseconds(ReportTime.microseconds(duration)))
    }

    func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }
}
