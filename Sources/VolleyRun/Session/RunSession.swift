import VolleyCore
import VolleyExecutor
import VolleyQuota
import VolleyReporter
import VolleyScript

/// Executes a plan and owns what its collections share: the runner (one transport, so one
/// connection per host), the quota session (pacer, credit ledger and learned limits, so quota
/// carries across collections, and later across workers), the secret registry every output
/// redacts through, and the report collector.
/// Not Sendable: one session per run, driven from one thread.
public final class RunSession {
    public let plan: RunPlan
    public let secrets: SecretRegistry
    /// Pacing and credits for every request of the run, whichever runner sends it.
    public let quota: QuotaSession
    private let runner: CollectionRunner
    private let collector: ReportCollector
    /// nil unless `-o` or a request's `output:` asks for a body in a file.
    private let bodyFiles: BodyFileWriter?
    private let cancellation: CancellationFlag?
    private let clock = ContinuousClock()
    /// The run's cookies, for every transport; written to `cookieJarFile` when the run ends.
    private let cookieJar: CookieJar
    private let cookieJarFile: String?

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
        cookieJar = try configuration.cookieJar()
        cookieJarFile = configuration.cookieJarFile
        options.cookieJar = cookieJar
        self.quota = QuotaSession(runRate: options.rate, maxWait: options.retry.maxWait)
        // One script hook for the run: its JavaScript context is created by the first script,
        // so a plan without scripts never loads the engine.
        let scripts = ScriptHook(limits: configuration.scriptLimits, cancellation: cancellation)
        let wantsFiles = configuration.output != nil
            || plan.collections.contains { $0.requests.contains { $0.spec.outputPath != nil } }
        self.bodyFiles = wantsFiles ? BodyFileWriter(commandLinePath: configuration.output) : nil
        self.runner = try CollectionRunner(options: options, quota: quota, hooks: scripts.requestHooks())
        self.collector = ReportCollector(
            metadata: RunMetadata(
                configuration: configuration, startedAt: startedAt, secrets: secrets, files: plan.files,
                environment: plan.environmentName),
            options: configuration.reports, output: output, secrets: secrets, sources: sources,
            annotatePerResult: plan.iterations == 1, names: configuration.settingNames)
    }

    /// Sends every planned request, in order, until the plan ends or the run halts (bail, a quota
    /// stop, a signal); what was not sent is reported as skipped. Reports are not written yet.
    public func run(observer: RunSessionObserver) -> RunOutcome {
        let tally = OutcomeTally()
        let events = FanOutObserver([observer, collector, tally] + (bodyFiles.map { [$0] } ?? []), secrets: secrets)
        let start = clock.now
        var outcome = RunOutcome()
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
        outcome.worstResult = tally.outcome.worstResult
        outcome.interrupted = cancellation?.isCancelled == true
        outcome.duration = clock.now - start
        return outcome
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
