/// A request a hook sent while its request ran (a script's `pm.sendRequest`): sent through the
/// same pacing, quota and retries as the run's own requests, and kept on the parent's result
/// so that every report shows it under the request whose script sent it. It has no assertions
/// of its own: what it came to is the script's to judge (a transport failure reaches the
/// script as its `err`).
public struct SubRequestResult: Sendable {
    /// Which of the parent's hooks sent it: before the parent was sent, or after its response.
    public var phase: Script.Phase
    /// Where it was sent from: the `pm.sendRequest` call in the YAML (or `.js` file) when the
    /// engine can say, else the script's declaration.
    public var location: SourceLocation
    /// The request as it went out (the last of a redirect chain); as asked for when nothing was sent.
    public var sent: SentRequest?
    public var response: ReceivedResponse?
    /// With `--location`: the earlier requests of its redirect chain.
    public var redirects: [RedirectHop] = []
    public var timings: PhaseTimings?
    /// Every attempt, in order, with what it waited before each (pacing, retry delays).
    public var attempts: [AttemptRecord] = []
    /// Why no response came (a transport failure, Ctrl-C, the run already stopped).
    public var failure: RequestFailure?
    /// The host and rate limit it counted against, once it was sent.
    public var quotaKey: QuotaKey?
    /// The quota its last response's headers reported.
    public var quota: QuotaState?
    /// Why retrying stopped while the response stands.
    public var gaveUp: GiveUpReason?
    /// The stop of the whole run its response caused (a 402, a 429 with no retry left).
    public var stop: RunStop?

    public init(phase: Script.Phase, location: SourceLocation) {
        self.phase = phase
        self.location = location
    }

    /// Total time spent waiting before its attempts.
    public var waited: Duration {
        attempts.reduce(.zero) { $0 + $1.waitedBefore }
    }
}
