import VolleyLock
import VolleyCore

/// The quota state one run shares across its collections (and, later, its workers): the pacer,
/// the credit ledger that a credit budget is checked against, and the limit names servers taught
/// the run. One lock guards all three, so a reservation and the reading it depends on never
/// interleave with another thread's.
///
/// Keyed by `QuotaKey(host, limit)`, with hosts from `URLHost.of`: see there for which URL counts.
public final class QuotaSession: Sendable {
    private struct State {
        var pacer: Pacer
        var credits = CreditLedger()
        var learnedLimits: [SourceLocation: String] = [:]
    }

    private let state: Locked<State>

    /// `runRate` paces every host in place of a collection's `rate:`; `maxWait` caps a wait for a
    /// quota reset.
    public init(runRate: RateSpec? = nil, maxWait: Duration = .seconds(60)) {
        state = Locked(State(pacer: Pacer(runRate: runRate, maxWait: maxWait)))
    }

    /// Reserves the next request to `host`'s `limit`: see `Pacer.reserve`.
    public func reserve(host: String, limit: String?, now: EpochSeconds, rate: RateSpec?) -> PacingWait {
        state.withLock { $0.pacer.reserve(host: host, limit: limit, now: now, rate: rate) }
    }

    /// Call right before a request goes out, so pacing counts from the real send.
    public func noteSend(host: String, limit: String?, at now: EpochSeconds) {
        state.withLock { $0.pacer.noteSend(host: host, limit: limit, at: now) }
    }

    /// Takes in what one response said: a limit name it taught for the request written at
    /// `location`, its quota for the pacer, its balance for the ledger. Returns the limit the
    /// response counted against (the named one when the server named one, else `limit`).
    public func record(_ quota: QuotaState, host: String, limit: String?, requestAt location: SourceLocation) -> String? {
        state.withLock { state in
            var limit = limit
            if let named = quota.limitName {
                state.learnedLimits[location] = named
                limit = named
            }
            state.pacer.record(quota, host: host, limit: limit)
            if let balance = quota.credits { state.credits.read(balance, host: host) }
            return limit
        }
    }

    /// The limit a server named for the request written at `location` on an earlier response.
    public func learnedLimit(forRequestAt location: SourceLocation) -> String? {
        state.withLock { $0.learnedLimits[location] }
    }

    /// Every balance seen so far, over the whole run.
    public var credits: CreditLedger { state.withLock { $0.credits } }
}
