import Testing

@testable import VolleyCore
@testable import VolleyQuota

/// The order a retry setting is chosen in: command line, then the request's inherited `retry:`,
/// then the built-in default; and the note quoting the one that applied.
@Suite struct RetryPolicySettingsTests {
    let location = SourceLocation(file: "coresignal.yaml", line: 12, column: 3)
    let unavailable = AttemptOutcome.response(status: 503, quota: QuotaState())

    func collectionRetry(count: Int) -> RetrySettings {
        var settings = RetrySettings(count: count, on: [500], maxWait: .seconds(5))
        settings.countOrigin = .collection(key: "retry.count", at: location)
        return settings
    }

    func reason(_ policy: RetryPolicy, attempt: Int) -> String? {
        let decision = policy.decide(
            method: "GET", idempotent: nil, attempt: attempt, elapsed: .zero, outcome: unavailable, jitter: 0)
        guard case .giveUp(let reason) = decision else { return nil }
        return RetryWording(names: SettingNames([.retryCount: "--retry"])).text(reason)
    }

    @Test func aCollectionSettingBeatsTheDefaultAndIsQuotedWithItsPlace() {
        let policy = RetryPolicy().applying(collectionRetry(count: 3))

        #expect(policy.maxRetries == 3)
        #expect(policy.retryableStatuses == [500])
        #expect(policy.maxWait == .seconds(5))
        #expect(reason(policy.applying(RetrySettings(on: [503])), attempt: 4)
            == "503 Service Unavailable after 4 attempts: retry count 3 (retry.count at coresignal.yaml:12:3)")
    }

    @Test func anOptionGivenOnTheCommandLineBeatsTheCollection() {
        var commandLine = RetryPolicy(maxRetries: 0, retryableStatuses: [503])
        commandLine.origins.count = .commandLine(.retryCount)
        commandLine.origins.statuses = .commandLine(.retryStatuses)

        let policy = commandLine.applying(collectionRetry(count: 3))

        #expect(policy.maxRetries == 0)
        #expect(policy.retryableStatuses == [503])
        #expect(policy.maxWait == .seconds(5), "a field the command line left alone still comes from the collection")
        #expect(reason(policy, attempt: 1) == "503 Service Unavailable after 1 attempt: retry count 0 (--retry)")
    }

    @Test func aNearerLevelsFieldBringsItsOwnOrigin() {
        var folder = RetrySettings(count: 1)
        folder.countOrigin = .collection(key: "retry", at: location)

        let merged = collectionRetry(count: 3).overlaid(with: folder)

        #expect(merged.count == 1)
        #expect(merged.countOrigin == folder.countOrigin)
        #expect(merged.on == [500])
    }
}
