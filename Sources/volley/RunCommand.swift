import ArgumentParser
import VolleyCore
import VolleyReporter
import VolleyRun

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Send the requests of one or more collections and check their assertions.",
        discussion: """
            Exit codes: 0 passed, 1 an assertion failed, 2 invalid input (nothing sent) or a report that could not be written, \
            3 a request could not complete, 4 out of credits, credit budget (--max-credits) reached or rate limit exhausted, \
            130 interrupted (Ctrl-C, SIGTERM, SIGHUP).
            """)

    @Argument(help: ArgumentHelp("Collection files, or directories of them.", valueName: "file|dir"), completion: .collections)
    var paths: [String]

    @OptionGroup var variables: VariableOptions

    @OptionGroup(title: "Secrets") var secrets: SecretOptions

    @Option(name: .customLong("folder"), help: ArgumentHelp("Run only the requests in this folder. Repeatable.", valueName: "name"))
    var folders: [String] = []

    @Flag(help: "Stop at the first failed request; the rest are reported as skipped.")
    var bail = false

    @Option(help: ArgumentHelp(
        "Time limit for each request; default 30s. Given, it beats a request's own 'timeout:'.", valueName: "duration"))
    var timeout: DurationArgument?

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Time limit for connecting; default 10s.", valueName: "duration"))
    var connectTimeout: DurationArgument?

    @Option(name: .customLong("script-timeout"), help: ArgumentHelp(
        "CPU time limit for each script call; default 5s. The wall-clock limit is six times it (30s).", valueName: "duration"))
    var scriptTimeout: DurationArgument?

    @Flag(name: [.customShort("k"), .long], help: "Do not verify TLS certificates.")
    var insecure = false

    @Flag(name: [.customShort("L"), .long], help: "Follow redirects; credentials go only to the first request's scheme, host and port.")
    var location = false

    @Flag(name: .customLong("location-trusted"), help: "Follow redirects, and send credentials to the other hosts they lead to.")
    var locationTrusted = false

    @OptionGroup(title: "Connections") var connection: TransportOptions

    @Flag(name: .shortAndLong, help: "Show each request as sent, the response headers and body (text cut short, binary as size and SHA-256), and the phase timings; -vv adds libcurl's trace (credentials masked, data as sizes only).")
    var verbose: Int

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write each response body to FILE, as received (it ends with the last one's); a request's output: writes its own.",
        valueName: "file"))
    var bodyOutput: String?

    @Option(help: "Colour output: auto (on a terminal, unless NO_COLOR is set; FORCE_COLOR or CLICOLOR_FORCE turn it on), always, never.")
    var color: ColorChoice = .auto

    @OptionGroup(title: "Retries and pacing") var retryOptions: RetryOptions

    @OptionGroup(title: "Reports") var reports: ReportOptions

    @OptionGroup(title: "Parallel runs and sharding") var parallel: ParallelOptions

    @Option(help: ArgumentHelp("Run each collection N times (captures reset each time); reports give percentiles.", valueName: "n"))
    var `repeat`: Int = 1

    @Option(name: .customLong("iterations-data"), help: ArgumentHelp(
        "Run once per row of a CSV or JSON file, with the row's columns as variables.", valueName: "file"),
        completion: .file(extensions: ["csv", "json"]))
    var iterationsData: String?

    @Flag(name: .shortAndLong, help: "Print only failures and the summary.")
    var quiet = false

    @Option(name: .customLong("max-filesize"), help: ArgumentHelp(
        "Largest response body kept in memory for assertions, in bytes; a larger one fails its request.", valueName: "bytes"))
    var maxFilesize: Int = 100 * 1024 * 1024

    @Option(name: .customLong("max-credits"), help: ArgumentHelp(
        "Stop (exit 4) before a request would take the credits spent past N (over a collection's 'max_credits').", valueName: "n"))
    var maxCredits: Double?

    func validate() throws {
        if let maxCredits, !(maxCredits > 0 && maxCredits.isFinite) { throw ValidationError("--max-credits must be a number above 0") }
        guard (1...1_000_000_000).contains(`repeat`) else { throw ValidationError("--repeat must be from 1 to 1000000000") }
        guard [timeout, connectTimeout, scriptTimeout].allSatisfy({ ($0?.duration ?? .seconds(1)) > .zero }) else {
            throw ValidationError("--timeout, --connect-timeout and --script-timeout must be longer than zero")
        }
        guard maxFilesize > 0 else { throw ValidationError("--max-filesize must be more than 0 bytes") }
        // The checks inside building the configuration (connection flags, --retry-on, --rate…) run
        // here too: a usage error found in run() would be shown with the top-level usage, not run's.
        _ = try configuration()
    }

    /// The options as the run library takes them.
    func configuration() throws -> RunConfiguration {
        var configuration = RunConfiguration(paths: paths)
        configuration.variables = variables.settings
        configuration.secrets = secrets.settings
        configuration.folders = folders
        configuration.bail = bail
        configuration.transport = .commandLine(
            timeout: timeout?.duration, connectTimeout: connectTimeout?.duration, insecure: insecure,
            followRedirects: location, trustRedirects: locationTrusted, maxBodyBytes: maxFilesize)
        do {
            try connection.flags.apply(to: &configuration.transport)
            configuration.transport.trace = verbose >= 2
        } catch {
            throw ValidationError("\(error.option.flag) \(error.message)")
        }
        configuration.cookieFile = connection.cookieFile
        configuration.cookieJarFile = connection.cookieJar
        configuration.retry = try retryOptions.policy()
        configuration.rate = try retryOptions.rateSpec()
        configuration.settingNames = .flags
        configuration.extraCreditHeaders = retryOptions.creditHeaders
        configuration.maxCredits = maxCredits
        configuration.repeatCount = `repeat`
        configuration.iterationsData = iterationsData
        configuration.reports = reports.destinations
        // The headers libcurl wrote are shown only by -v and the reports; recording them costs a
        // debug callback on every transfer.
        configuration.transport.recordSentHeaders = verbose > 0 || !configuration.reports.paths.isEmpty
        configuration.output = bodyOutput
        configuration.commandLine = CommandLine.arguments
        configuration.scriptTimeout = scriptTimeout?.duration
        configuration.jobs = parallel.jobs.count
        configuration.shard = parallel.parsedShard
        return configuration
    }

    mutating func run() throws {
        // First thing: a signal that arrives while collections load must stop the run too.
        Interrupt.install()
        let configuration = try configuration()
        let output = Output(
            secrets: SecretRegistry(showSuffix: secrets.showSecretSuffix), consoleOnStandardError: configuration.reports.usesStandardOutput)
        LoggingBootstrap.bootstrap(output: output)
        let sources = SourceFiles()
        let startedAt = WallClockTime.now
        let plan: RunPlan
        do {
            let prepared = try RunPreparation.plan(configuration, sources: sources, secrets: output.secrets, describe: Self.words)
            output.err(prepared.messages)
            plan = prepared.plan
        } catch {
            output.err(error.load.messages, errors: error.load.errorCount, footer: Self.notSent)
            let reportErrors = NotStartedReports.write(
                for: error, configuration: configuration, startedAt: startedAt, secrets: output.secrets, sources: sources, output: output)
            for reportError in reportErrors { output.err("error: " + reportError) }
            throw ExitStatus.invalidInput.exitCode
        }
        if parallel.dryRun {
            output.out(DryRunText.lines(for: plan, jobs: configuration.jobs))
            return
        }
        let session: RunSession
        do {
            session = try RunSession(
                plan: plan, configuration: configuration, secrets: output.secrets, sources: sources, output: output,
                startedAt: startedAt, cancellation: Interrupt.flag)
        } catch {
            output.err("error: \(error.message)")
            throw ExitStatus.requestFailed.exitCode
        }
        let console = ConsoleRunObserver(
            reporter: ConsoleReporter(
                style: color.style(terminal: output.consoleIsTerminal), verbose: verbose > 0, names: configuration.settingNames,
                showsConsole: !quiet),
            output: output, interactive: output.consoleIsTerminal, quiet: quiet, total: plan.totalRequests)
        let ran = session.run(observer: console)
        if ran.interrupted { output.err("interrupted: the requests after this point were not sent") }
        let (outcome, report, writeErrors) = session.finish(ran)
        for error in writeErrors { output.err("error: " + error) }
        output.out(console.summary(elapsed: outcome.duration, report: report))
        // The process ends here, output written unbuffered: freeing the plan, the session and every
        // result's report entry (8M instructions over 1000 requests) would only return memory the
        // OS takes back anyway. The extended lifetime stops the optimizer releasing them earlier.
        withExtendedLifetime((plan, session, console, report)) { Volley.terminate(ExitStatus(outcome).rawValue) }
    }

    private static func notSent(_ errors: Int) -> String { "\(errors) error\(errors == 1 ? "" : "s"); nothing was sent." }

    /// A library error as the console and the reports say it, naming the option where one is at fault.
    static func words(for error: any Error) -> String {
        if let error = error as? IterationData.UnsupportedFormat { return "--iterations-data expects a .csv or .json file, got '\(error.path)'" }
        return (error as? InputError)?.message ?? "\(error)"
    }
}

/// A duration option: `30s`, `500ms`, `2m`.
struct DurationArgument: ExpressibleByArgument {
    var duration: Duration

    init?(argument: String) {
        guard let parsed = Duration(parsing: argument) else { return nil }
        duration = parsed
    }

    var defaultValueDescription: String { duration.humanText }
}
