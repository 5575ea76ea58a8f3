import VolleyCore
import VolleyQuota

/// How a run behaves, as plain values translated from the command line.
public struct RunOptions: Sendable {
    /// How each request is sent, before a request's own `timeout:` applies.
    public var transport: TransportSettings
    /// Stop at the first request that fails or errors (`--bail`); the rest are reported as skipped.
    public var bail: Bool
    /// Only requests inside folders of these names (`--folder`); empty means all.
    public var folders: [String]
    /// The run's retry settings (`--retry`, `--retry-on`, `--max-retry-wait`, `--retry-max-time`).
    /// A collection, folder or request's `retry:` overrides the built-in defaults field by field,
    /// but never a field whose origin is the command line.
    public var retry: RetryPolicy
    /// `--rate`: the request rate to every host, in place of any collection's or folder's `rate:`.
    public var rate: RateSpec?
    /// Response headers that carry a credit balance (`x-credits-remaining` by default).
    public var creditHeaders: [String]
    /// Set by Ctrl-C: the run stops at once and reports what finished.
    public var cancellation: CancellationFlag?
    /// `--max-credits`: stop before a request would take the credits spent past this (over a
    /// collection's `max_credits:`).
    public var maxCredits: Double?
    /// The clock every wait, budget and quota reading uses; a test passes a `ManualClock`.
    public var clock: any RunClock
    /// How notes and stops spell the run's settings (the front end's option names).
    public var settingNames: SettingNames
    /// How many next-request picks (`RequestHook`, Postman's `setNextRequest`) one run of a
    /// collection follows; the pick past it is an error at the request that made it, and the
    /// collection stops there. Picks can loop on purpose (polling), so a loop with no exit is
    /// stopped by this cap rather than by the quota running out.
    public var maxNextRequestPicks: Int
    /// The run's cookies, shared by the transports its runners make; nil for none.
    public var cookieJar: CookieJar?

    /// The default `maxNextRequestPicks`: far more than a polling loop needs.
    public static let defaultMaxNextRequestPicks = 1000

    public init(
        transport: TransportSettings = TransportSettings(), bail: Bool = false, folders: [String] = [],
        retry: RetryPolicy = RetryPolicy(), rate: RateSpec? = nil,
        creditHeaders: [String] = ["x-credits-remaining"], cancellation: CancellationFlag? = nil,
        maxCredits: Double? = nil, settingNames: SettingNames = .plain, clock: any RunClock = SystemClock(),
        maxNextRequestPicks: Int = defaultMaxNextRequestPicks
    ) {
        self.settingNames = settingNames
        self.clock = clock
        self.maxNextRequestPicks = maxNextRequestPicks
        self.maxCredits = maxCredits
        self.transport = transport
        self.bail = bail
        self.folders = folders
        self.retry = retry
        self.rate = rate
        self.creditHeaders = creditHeaders
        self.cancellation = cancellation
    }
}

/// Receives results as they happen, so nothing waits for the end of the run to be shown or saved.
public protocol RunObserver: AnyObject {
    func willSend(_ request: PlannedRequest, in collection: Collection)
    func didFinish(_ result: RequestResult)
    /// A retry delay or pacing wait of `duration` begins, for `cause` (a value: the observer words it).
    func willWait(_ duration: Duration, cause: WaitCause?)
    /// Called repeatedly during a retry delay or pacing wait, for a countdown.
    func waiting(remaining: Duration, cause: WaitCause?)
    /// The wait is over (or was interrupted).
    func didWait()
}

extension RunObserver {
    public func willSend(_ request: PlannedRequest, in collection: Collection) {}
    public func willWait(_ duration: Duration, cause: WaitCause?) {}
    public func waiting(remaining: Duration, cause: WaitCause?) {}
    public func didWait() {}
}

/// Counts for one collection's run; the results themselves went to the observer.
public struct CollectionOutcome: Sendable, Hashable {
    public var passed = 0
    public var failed = 0
    public var errored = 0
    public var skipped = 0
    /// TCP connections opened during the run: 1 for a sequential run against one host with keep-alive.
    public var connectionsOpened = 0
    /// True when `--bail` stopped the run early.
    public var bailed = false
    /// Set when a response ended the whole run (402 out of credits, 429 with no retry left).
    public var stop: RunStop?
    /// True when Ctrl-C stopped the run.
    public var interrupted = false
    /// Retries made, and time spent waiting (retry delays and pacing), over the run.
    public var retries = 0
    public var waited: Duration = .zero

    /// Whether the requests after this point must not be sent.
    public var halted: Bool { bailed || stop != nil || interrupted }

    public init() {}

    public var total: Int { passed + failed + errored + skipped }

    mutating func count(_ outcome: RequestResult.Outcome) {
        switch outcome {
        case .passed: passed += 1
        case .failed: failed += 1
        case .errored: errored += 1
        case .skipped: skipped += 1
        }
    }
}
