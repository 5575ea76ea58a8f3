import Testing
import VolleyCore
import VolleyExecutor
import VolleyQuota
import VolleyRun

/// What the executable's options become: given values beat the collection's, left-out ones leave
/// the defaults (and the collection) in force.
@Suite("command-line retry and transport settings")
struct CommandLineSettingsTests {
    @Test func givenRetrySettingsAreMarkedAsTheCommandLines() {
        let policy = RetryPolicy.commandLine(retries: 5, statuses: [503], maxWait: .seconds(7), maxTotalTime: nil)
        #expect(policy.maxRetries == 5)
        #expect(policy.retryableStatuses == [503])
        #expect(policy.maxWait == .seconds(7))
        #expect(policy.origins.count == .commandLine(.retryCount))
        #expect(policy.origins.maxWait == .commandLine(.maxRetryWait))
        #expect(policy.maxTotalTime == RetryPolicy().maxTotalTime)
        #expect(!policy.origins.maxTotalTime.isCommandLine, "a budget not given stays overridable by the collection")
    }

    @Test func aGivenTimeoutBeatsTheRequestsAndTrustedRedirectsAreFollowed() {
        let settings = TransportSettings.commandLine(
            timeout: .seconds(3), connectTimeout: nil, insecure: false, followRedirects: false, trustRedirects: true,
            maxBodyBytes: 10)
        #expect(settings.timeout == .seconds(3) && settings.timeoutIsExplicit)
        #expect(settings.connectTimeout == TransportSettings().connectTimeout)
        #expect(settings.followRedirects && settings.trustRedirects)
        #expect(!TransportSettings.commandLine(
            timeout: nil, connectTimeout: nil, insecure: false, followRedirects: false, trustRedirects: false,
            maxBodyBytes: 10).timeoutIsExplicit)
    }
}
