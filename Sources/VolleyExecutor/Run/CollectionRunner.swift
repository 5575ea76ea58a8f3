import Logging
import VolleyCore
import VolleyQuota

/// The run loop: the requests of a collection in order (or in the order hooks pick), each
/// through its stages (`execute`, in CollectionRunner+Stages.swift); a request with
/// `paginate:` goes round once per page.
/// Owns one transport, so a sequential run reuses one connection per host. Quota and rate state
/// per host and limit, and the credit ledger a credit budget is checked against, live in the
/// `QuotaSession` it is given, so they carry across the collections of a run (and its workers).
/// Not Sendable: one runner per worker, each with its own transport (see `TransportFactory`).
public final class CollectionRunner {
    let options: RunOptions
    let transport: any Transport
    let hooks: RequestHooks
    let logger: Logger
    var failedCaptures: [String: MissingCapture] = [:]
    /// The collection's scripts, so a render that finds a name still undefined can say a script
    /// was meant to set it (read only then: the names are not looked for on the way).
    var scripts: [Script] = []
    /// Whether an undefined placeholder is sent as written (a Postman collection) instead of failing.
    var sendsUndefinedLiterally = false
    /// Pacing, balances and learned limit names, shared with whoever else runs in this session.
    let quota: QuotaSession
    let quotaParser: QuotaHeaderParser
    var clock: any RunClock { options.clock }
    var wording: RetryWording { RetryWording(names: options.settingNames) }
    /// The collection run's order, which hooks' next-request picks steer.
    var order = RequestOrder([], maxPicks: 0)
    /// The iteration being run, for the hooks (`pm.info.iteration`).
    var iteration = 1
    /// Runners to borrow for the entries of a `parallel: true` group; nil: its entries run one
    /// after another here (still each on its own copy of the variables, so the results are the same).
    public var lanes: RunnerLanes?
    /// Set while this runner runs an entry of a parallel group (on its own thread, or a lane's).
    var groupEntry: GroupEntryState?

    /// A runner sending through `transport`, applying `hooks` to every request. `quota`
    /// defaults to a session of this runner's own, paced at `options.rate`.
    public init(
        options: RunOptions, transport: any Transport, quota: QuotaSession? = nil, hooks: RequestHooks = RequestHooks(),
        logger: Logger = Logger(label: "volley.runner")
    ) {
        self.options = options
        self.transport = transport
        self.hooks = hooks
        self.logger = logger
        self.quota = quota ?? QuotaSession(runRate: options.rate, maxWait: options.retry.maxWait)
        self.quotaParser = QuotaHeaderParser(creditHeaders: options.creditHeaders)
    }

    /// A runner over a new libcurl transport, aborted by the options' cancellation.
    public convenience init(
        options: RunOptions, quota: QuotaSession? = nil, hooks: RequestHooks = RequestHooks(),
        logger: Logger = Logger(label: "volley.runner")
    ) throws(TransportError) {
        let transport = try TransportFactory.curl(cancellation: options.cancellation, cookieJar: options.cookieJar)
            .makeTransport()
        self.init(options: options, transport: transport, quota: quota, hooks: hooks, logger: logger)
    }

    /// Runs every selected request of `collection` in order. `variables` holds every scope but
    /// the collection's own and the captures, which this run adds. `requests` is the collection's
    /// planned list when the caller computed it already (a run plan); else it is planned here,
    /// once.
    @discardableResult
    public func run(
        _ collection: Collection, requests: [PlannedRequest]? = nil, variables: VariableScopes,
        observer: RunObserver, iteration: Int = 1
    ) -> CollectionOutcome {
        var scopes = variables
        for (name, value) in collection.variables { scopes.set(name, to: value.value, in: .collection) }
        scopes.clearCaptures()
        failedCaptures = [:]
        self.iteration = iteration
        scripts = collection.allScripts
        sendsUndefinedLiterally = collection.format.sendsUndefinedVariablesLiterally

        let planned = requests ?? collection.plannedRequests(folders: options.folders)
        order = RequestOrder(planned, maxPicks: options.maxNextRequestPicks)
        var outcome = CollectionOutcome()
        while let index = order.advance() {
            if planned[index].parallel != nil {
                let group = runGroup(from: index, of: planned, in: collection, scopes: &scopes, observer: observer, outcome: &outcome)
                order.resume(at: group.end)
                if group.stopPicked { _ = order.follow(.stop) }
                continue
            }
            step(planned[index], in: collection, scopes: &scopes, observer: observer, outcome: &outcome)
        }
        return outcome
    }

    /// One request of the run loop: reported as skipped once the run halted, else sent (page by
    /// page with `paginate:`) through its stages.
    func step(
        _ request: PlannedRequest, in collection: Collection, scopes: inout VariableScopes, observer: RunObserver,
        outcome: inout CollectionOutcome
    ) {
        if !outcome.halted, let stop = budgetStop(before: request, in: collection, scopes: scopes) {
            outcome.stop = stop
        }
        if outcome.halted || options.cancellation?.isCancelled == true {
            outcome.interrupted = outcome.interrupted || options.cancellation?.isCancelled == true
            skip(request, in: collection, observer: observer, outcome: &outcome)
            return
        }
        if request.spec.paginate != nil {
            runPages(request, in: collection, scopes: &scopes, observer: observer, outcome: &outcome, iteration: iteration)
            return
        }
        observer.willSend(request, in: collection)
        var result = execute(request, in: collection, scopes: &scopes, observer: observer, outcome: &outcome)
        result.iteration = iteration
        finish(result, observer: observer, outcome: &outcome)
    }

    /// A request the run does not send (it halted first), reported as skipped.
    func skip(_ request: PlannedRequest, in collection: Collection, observer: RunObserver, outcome: inout CollectionOutcome) {
        let skipped = RequestResult(
            collection: collection.name, folderPath: request.folderPath, name: request.spec.name,
            location: request.spec.location, skipped: true, iteration: iteration)
        outcome.count(skipped.outcome)
        observer.didFinish(skipped)
    }

    /// Counts a result, hands it on, and applies `--bail`.
    func finish(_ result: RequestResult, observer: RunObserver, outcome: inout CollectionOutcome) {
        outcome.count(result.outcome)
        logger.debug("request finished", metadata: [
            "outcome": "\(result.outcome)", "attempts": "\(result.attempts.count)",
        ])
        observer.didFinish(result)
        if options.bail, result.outcome == .failed || result.outcome == .errored {
            outcome.bailed = true
        }
    }
}
