import VolleyCore
import VolleyExecutor
import VolleyQuota
import VolleyReporter
import VolleyScript

/// Executes a plan and owns what its collections share: the runner (one transport, so one
/// connection per host), the quota session (pacer, credit ledger and learned limits, so quota
/// carries across collections and across workers), the secret registry every output redacts
/// through, and the report collector.
/// With `jobs` above 1 the units of the plan (one collection in one iteration each) run on that
/// many worker threads, each with its own runner, transport and script context, all sharing the
/// one quota session (`RunSession+Parallel.swift`); results still reach the console and the
/// reports in input order.
/// Not Sendable: one session per run, driven from one thread.
public final class RunSession {
    public let plan: RunPlan
    public let secrets: SecretRegistry
    /// Pacing and credits for every request of the run, whichever runner sends it.
    public let quota: QuotaSession
    let mode: Mode
    let collector: ReportCollector
    let cancellation: CancellationFlag?
    let clock = ContinuousClock()
    /// nil unless `-o` or a request's `output:` asks for a body in a file.
    let bodyFiles: BodyFileWriter?
    /// The run's cookies, for every transport (every worker's too: the share has its locks);
    /// written to `cookieJarFile` when the run ends.
    let cookieJar: CookieJar
    let cookieJarFile: String?

    enum Mode {
        case sequential(CollectionRunner)
        /// `stop` is cancelled by a quota stop in any worker, and by `cancellation`: every
        /// worker's waits and transfers end with it.
        case parallel([ParallelWorker], stop: CancellationFlag)
    }

    /// - Parameters:
    ///   - output: where GitHub annotations and a report on stdout go.
    ///   - startedAt: when the run began, for the reports (before loading: loading is part of the run).
    public init(
        plan: RunPlan, configuration: RunConfiguration, secrets: SecretRegistry, sources: SourceFiles,
        output: TextSink, startedAt: WallClockTime, cancellation: CancellationFlag?
    ) throws(TransportError) {
        self.plan = plan
        self.secrets = secrets
        self.cancellation = cancellation
        var options = configuration.runOptions(cancellation: cancellation)
        let cookieJar = try configuration.cookieJar()
        self.cookieJar = cookieJar
        cookieJarFile = configuration.cookieJarFile
        options.cookieJar = cookieJar
        let wantsFiles = configuration.output != nil
            || plan.collections.contains { $0.requests.contains { $0.spec.outputPath != nil } }
        self.bodyFiles = wantsFiles ? BodyFileWriter(commandLinePath: configuration.output) : nil
        let quota = QuotaSession(runRate: options.rate, maxWait: options.retry.maxWait)
        self.quota = quota
        let workers = min(configuration.jobs, plan.unitCount)
        if workers > 1 {
            // Cancelled alone only by a quota stop in another worker: its requests say so.
            let stop = CancellationFlag(linkedTo: cancellation, describe: { _ in "stopped: another collection run hit a quota stop" })
            var workerOptions = configuration.runOptions(cancellation: stop)
            workerOptions.cookieJar = cookieJar
            let runners = try (0..<workers).map { _ throws(TransportError) in
                // A script hook (so a JavaScript context) per worker: a context belongs to one thread.
                let scripts = ScriptHook(limits: configuration.scriptLimits, cancellation: stop)
                return try CollectionRunner(options: workerOptions, quota: quota, hooks: scripts.requestHooks())
            }
            // The jobs no worker takes are lanes for the workers' parallel groups.
            let lanes = try Self.lanes(configuration.jobs - workers, for: plan, options: workerOptions, quota: quota, configuration: configuration, cancellation: stop)
            for runner in runners { runner.lanes = lanes }
            self.mode = .parallel(runners.map(ParallelWorker.init), stop: stop)
        } else {
            // One script hook for the run: its JavaScript context is created by the first script,
            // so a plan without scripts never loads the engine.
            let scripts = ScriptHook(limits: configuration.scriptLimits, cancellation: cancellation)
            let runner = try CollectionRunner(options: options, quota: quota, hooks: scripts.requestHooks())
            runner.lanes = try Self.lanes(configuration.jobs - 1, for: plan, options: options, quota: quota, configuration: configuration, cancellation: cancellation)
            self.mode = .sequential(runner)
        }
        var metadata = RunMetadata(
            configuration: configuration, startedAt: startedAt, secrets: secrets, files: plan.files,
            environment: plan.environmentName)
        metadata.shard = plan.shard.map {
            RunMetadata.Shard(
                index: $0.index, count: $0.count, by: $0.by.rawValue, suiteFiles: plan.suiteFiles, suiteIterations: plan.iterations)
        }
        self.collector = ReportCollector(
            metadata: metadata,
            options: configuration.reports, output: output, secrets: secrets, sources: sources,
            annotatePerResult: plan.iterations == 1, names: configuration.settingNames)
    }

    /// `count` spare runners for the plan's `parallel: true` groups, each with its own transport
    /// and script hook; nil when there is none to make or no group to lend them to.
    static func lanes(
        _ count: Int, for plan: RunPlan, options: RunOptions, quota: QuotaSession, configuration: RunConfiguration,
        cancellation: CancellationFlag?
    ) throws(TransportError) -> RunnerLanes? {
        guard count > 0, plan.collections.contains(where: { $0.requests.contains { $0.parallel != nil } }) else { return nil }
        return RunnerLanes(try (0..<count).map { _ throws(TransportError) in
            let scripts = ScriptHook(limits: configuration.scriptLimits, cancellation: cancellation)
            return try CollectionRunner(options: options, quota: quota, hooks: scripts.requestHooks())
        })
    }

    /// Sends every planned request, in order, until the plan ends or the run halts (bail, a quota
    /// stop, a signal); what was not sent is reported as skipped. Reports are not written yet.
    public func run(observer: RunSessionObserver) -> RunOutcome {
        let tally = OutcomeTally()
        let events = FanOutObserver([observer, collector, tally] + (bodyFiles.map { [$0] } ?? []), secrets: secrets)
        let start = clock.now
        var outcome = RunOutcome()
        switch mode {
        case .parallel(let workers, let stop):
            runParallel(workers, stop: stop, observer: observer, events: events, outcome: &outcome)
        case .sequential(let runner):
            runSequential(runner, observer: observer, events: events, outcome: &outcome)
        }
        outcome.worstResult = tally.outcome.worstResult
        outcome.interrupted = cancellation?.isCancelled == true
        outcome.duration = clock.now - start
        return outcome
    }

    func runSequential(_ runner: CollectionRunner, observer: RunSessionObserver, events: RunObserver, outcome: inout RunOutcome) {
        plan.forEachIteration { iteration, row in
            for planned in plan.collections {
                observer.willRun(planned.collection, iteration: iteration, of: plan.iterations)
                collector.beginCollection(planned.collection)
                defer { collector.endCollection() }
                guard !outcome.halted else {
                    for skipped in plan.skippedResults(of: planned, iteration: iteration) { events.didFinish(skipped) }
                    continue
                }
                var scopes = planned.scopes
                scopes.setAll(row, in: .iteration)
                let result = runner.run(planned.collection, requests: planned.requests, variables: scopes, observer: events, iteration: iteration)
                if let stop = result.stop {
                    observer.didStop(stop)
                    outcome.stop = stop
                }
                outcome.halted = outcome.halted || result.halted
            }
            return !outcome.halted
        }
    }

    /// Writes every requested report (also after a failure, a stop or a signal) and returns the
    /// report, for the console's latency table, with the outcome of writing it.
    public func finish(_ outcome: RunOutcome) -> (outcome: RunOutcome, report: RunReport, writeErrors: [String]) {
        let partialReason = outcome.interrupted ? cancellation?.reason : outcome.stop?.message
        let report = collector.finish(RunEnd(
            duration: outcome.duration, exitCode: ExitStatus(outcome).rawValue, partial: outcome.halted,
            partialReason: partialReason, stop: outcome.stop))
        var finished = outcome
        var writeErrors = collector.writeErrors + (bodyFiles?.errors ?? [])
        if let cookieJarFile {
            // Masked like every other output: a cookie whose value is a secret is not written.
            if let error = FileSystem.write(secrets.redact(cookieJar.netscapeFile()), to: cookieJarFile, mode: 0o600) {
                writeErrors.append("cannot write the cookie jar '\(cookieJarFile)': \(error.reason)")
            }
        }
        finished.reportWriteFailed = collector.writeFailed || writeErrors.count > collector.writeErrors.count
        return (finished, report, writeErrors)
    }
}

/// Keeps the most severe result seen, for the exit status.
private final class OutcomeTally: RunObserver {
    var outcome = RunOutcome()

    func didFinish(_ result: RequestResult) {
        outcome.add(result)
    }
}
