import ArgumentParser
import Foundation
import Logging
import VolleyCore
import VolleyJSON
import VolleyExecutor
import VolleyParser
import VolleyReporter

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Send the requests of one or more collections and check their assertions.",
        discussion: """
            Exit codes: 0 passed, 1 an assertion failed, 2 invalid input (nothing sent) or a report that could not be written, \
            3 a request could not complete, 4 out of credits, credit budget (--max-credits) reached or rate limit exhausted, \
            130 interrupted (Ctrl-C, SIGTERM, SIGHUP).
            """)

    @Argument(help: ArgumentHelp("Collection files, or directories of them.", valueName: "file|dir"))
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

    @Flag(name: [.customShort("k"), .long], help: "Do not verify TLS certificates.")
    var insecure = false

    @Flag(name: [.customShort("L"), .long], help: "Follow redirects; credentials go only to the first request's scheme, host and port.")
    var location = false

    @Flag(name: .customLong("location-trusted"), help: "Follow redirects, and send credentials to the other hosts they lead to.")
    var locationTrusted = false

    @Flag(name: .shortAndLong, help: "Show each request as sent, the response headers and the phase timings.")
    var verbose = false

    @Option(help: "Colour output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @OptionGroup(title: "Retries and pacing") var retryOptions: RetryOptions

    @OptionGroup(title: "Reports") var reports: ReportOptions

    @Option(help: ArgumentHelp("Run each collection N times (captures reset each time); reports give percentiles.", valueName: "n"))
    var `repeat`: Int = 1

    @Option(name: .customLong("iterations-data"), help: ArgumentHelp(
        "Run once per row of a CSV or JSON file, with the row's columns as variables.", valueName: "file"))
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
        guard [timeout, connectTimeout].allSatisfy({ ($0?.duration ?? .seconds(1)) > .zero }) else {
            throw ValidationError("--timeout and --connect-timeout must be longer than zero")
        }
        guard maxFilesize > 0 else { throw ValidationError("--max-filesize must be more than 0 bytes") }
    }

    /// The transport's settings: the defaults, with what was given here on top.
    private var transportOptions: TransportOptions {
        var options = TransportOptions(
            insecure: insecure, followRedirects: location || locationTrusted, trustRedirects: locationTrusted,
            maxBodyBytes: maxFilesize)
        if let timeout {
            options.timeout = timeout.duration
            options.timeoutIsExplicit = true
        }
        if let connectTimeout { options.connectTimeout = connectTimeout.duration }
        return options
    }

    mutating func run() throws {
        // First thing: a signal that arrives while collections load must stop the run too.
        Interrupt.install()
        let output = Output(redactor: Redactor(showSuffix: secrets.showSecretSuffix), consoleOnStandardError: reports.usesStandardOutput)
        LoggingBootstrap.bootstrap(output: output)
        let sources = SourceFiles()
        let startedAt = Date()
        let rows: [[String: JSONValue]]
        var reportsPrepared = false
        do {
            try reports.prepare()
            reportsPrepared = true
            rows = try iterationsData.map { try IterationData.load($0, sources: sources).rows } ?? [[:]]
        } catch let error as InputError {
            output.err("error: \(error.message)")
            output.err("1 error; nothing was sent.")
            if reportsPrepared {
                writeNotStartedReports([RunDiagnostic(.error, error.message, at: nil)], startedAt: startedAt, output: output, sources: sources)
            }
            throw ExitStatus.invalidInput.exitCode
        }
        let loaded: LoadedCollections
        do {
            loaded = try LoadedCollections.load(
                paths: paths, variables: variables, secrets: secrets, folders: folders, sources: sources, output: output,
                iterationColumns: rows.reduce(into: [:]) { $0.merge($1) { old, _ in old } },
                footer: { "\($0) error\($0 == 1 ? "" : "s"); nothing was sent." })
        } catch {
            writeNotStartedReports(error.diagnostics, startedAt: startedAt, output: output, sources: sources)
            throw ExitStatus.invalidInput.exitCode
        }

        let options = RunOptions(
            transport: transportOptions,
            bail: bail, folders: folders, retry: try retryOptions.policy(), rate: try retryOptions.rateSpec(),
            creditHeaders: ["x-credits-remaining"] + retryOptions.creditHeaders.map { $0.lowercased() },
            cancellation: Interrupt.flag, maxCredits: maxCredits)
        let runner: CollectionRunner
        do {
            runner = try CollectionRunner(options: options)
        } catch {
            output.err("error: \(error.message)")
            throw ExitStatus.requestFailed.exitCode
        }

        let iterations = `repeat` * rows.count
        let perIteration = loaded.entries.reduce(0) { $0 + $1.collection.plannedRequests(folders: folders).count }
        let (totalRequests, overflow) = perIteration.multipliedReportingOverflow(by: iterations)
        let reporter = ConsoleReporter(style: color.style(terminal: output.consoleIsTerminal), verbose: verbose)
        let console = ConsoleRunObserver(
            reporter: reporter, output: output, interactive: output.consoleIsTerminal, quiet: quiet,
            total: overflow ? Int.max : totalRequests)
        let collector = ReportCollector(
            metadata: metadata(
                startedAt: startedAt, output: output, files: loaded.entries.map(\.collection.file),
                environment: loaded.entries.first?.environment?.name),
            options: reports, output: output, sources: sources, annotatePerResult: iterations == 1)
        let observer = FanOutObserver([console, collector], output: output)

        let clock = ContinuousClock()
        let start = clock.now
        var worst = ExitStatus.success
        var stop: RunStop? = nil
        var halted = false
        runs: for repetition in 0..<`repeat` {
            for (rowIndex, row) in rows.enumerated() {
                let iteration = repetition * rows.count + rowIndex + 1
                for entry in loaded.entries {
                    console.printHeader(entry.collection, iteration: iteration, of: iterations)
                    collector.beginCollection(entry.collection)
                    defer { collector.endCollection() }
                    guard !halted else {
                        // The collections a halted run never reached are reported as skipped, not dropped.
                        for skipped in entry.collection.skippedResults(folders: folders, iteration: iteration) { observer.didFinish(skipped) }
                        continue
                    }
                    var scopes = entry.scopes
                    scopes.setAll(row, in: .iteration)
                    let outcome = runner.run(entry.collection, variables: scopes, observer: observer, iteration: iteration)
                    if let runStop = outcome.stop {
                        output.err("error: \(runStop.message)")
                        stop = runStop
                        worst = max(worst, .quotaExhausted)
                    }
                    halted = halted || outcome.halted
                }
                if halted { break runs }
            }
        }
        worst = max(worst, console.worst)
        let interrupted = Interrupt.flag.isCancelled
        if interrupted {
            output.err("interrupted: the requests after this point were not sent")
            worst = .interrupted
        }
        let elapsed = clock.now - start
        let report = collector.finish(RunEnd(
            duration: elapsed, exitCode: worst.rawValue, partial: halted,
            partialReason: interrupted ? Interrupt.flag.reason : stop?.message, stop: stop))
        output.out(console.summary(elapsed: elapsed, report: report))
        // CI that asked for a report and got none must not see success.
        if collector.writeFailed { worst = max(worst, .invalidInput) }
        if worst != .success { throw worst.exitCode }
    }
}

/// A duration option: `30s`, `500ms`, `2m`.
struct DurationArgument: ExpressibleByArgument {
    var duration: Duration

    init(_ duration: Duration) { self.duration = duration }

    init?(argument: String) {
        guard let parsed = Duration(parsing: argument) else { return nil }
        duration = parsed
    }

    var defaultValueDescription: String { duration.humanText }
}
