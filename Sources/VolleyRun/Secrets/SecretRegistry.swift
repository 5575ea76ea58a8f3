import VolleyLock
import VolleyCore

/// Every secret value of a run, from wherever it came, in one place: the console, `-v`, logs,
/// reports and notes all redact through it, so a new source (a script's variable) is masked
/// everywhere by registering here once, and a new output by reading here once.
///
/// Shared by reference between the run and every output, across threads.
public final class SecretRegistry: Sendable {
    /// Where a value came from: for tests and for counting, never for printing the value.
    public enum Source: Sendable, Hashable, CaseIterable {
        /// `--secret name=value`.
        case commandLine
        /// `VOLLEY_SECRET_<name>`.
        case processEnvironment
        /// `--secrets-file`.
        case secretsFile
        /// A keyring item or another `secrets:` source, as it is fetched.
        case resolved
        /// A variable an environment declares secret, or a collection uses as a credential,
        /// whatever scope supplies it.
        case credential
        /// A capture marked `secret: true`, as its result arrives.
        case capture
        /// A value a script marks secret.
        case script
    }

    private struct State {
        var redactor: Redactor
        var counts: [Source: Int] = [:]
    }

    private let state: Locked<State>

    /// - Parameter showSuffix: keep the last four characters (`***abcd`), to tell keys apart.
    public init(showSuffix: Bool = false) {
        state = Locked(State(redactor: Redactor(showSuffix: showSuffix)))
    }

    public func register(_ value: String, from source: Source) {
        guard !value.isEmpty else { return }
        state.withLock {
            $0.redactor.add(secret: value)
            $0.counts[source, default: 0] += 1
        }
    }

    /// How many values `source` registered (the same value twice counts twice).
    public func count(from source: Source) -> Int {
        state.withLock { $0.counts[source] ?? 0 }
    }

    public func redact(_ text: String) -> String {
        // Copy the redactor out: redacting a long report must not hold the lock against a capture.
        let redactor = state.withLock { $0.redactor }
        return redactor.redact(text)
    }

    /// True while no secret is known: results need no masking (and no copy).
    public var masksNothing: Bool { state.withLock { $0.redactor.isEmpty } }

    /// A result with every secret known so far masked, for reporters.
    public func redact(_ result: RequestResult) -> RequestResult {
        let redactor = state.withLock { $0.redactor }
        return result.redacted(by: redactor)
    }

    /// A result's captures marked secret, registered before anyone sees the result: the very
    /// result that captured a key is already masked.
    public func registerSecretCaptures(of result: RequestResult) {
        for capture in result.captures where capture.capture.isSecret {
            if let value = capture.value { register(value.templateText, from: .capture) }
        }
    }
}
