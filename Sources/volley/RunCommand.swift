import ArgumentParser
import Logging
import VolleyCore
import VolleyExecutor
import VolleyReporter

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Send the requests of one or more collections and check their assertions.",
        discussion: """
            Exit codes: 0 passed, 1 an assertion failed, 2 invalid input (nothing sent), 3 a request could not complete, \
            4 out of credits or rate limit exhausted.
            """)

    @Argument(help: ArgumentHelp("Collection files, or directories of them.", valueName: "file|dir"))
    var paths: [String]

    @OptionGroup var variables: VariableOptions

    @OptionGroup(title: "Secrets") var secrets: SecretOptions

    @Option(name: .customLong("folder"), help: ArgumentHelp("Run only the requests in this folder. Repeatable.", valueName: "name"))
    var folders: [String] = []

    @Flag(help: "Stop at the first failed request; the rest are reported as skipped.")
    var bail = false

    @Option(help: ArgumentHelp("Default time limit for each request (a request's own 'timeout' wins).", valueName: "duration"))
    var timeout: DurationArgument = DurationArgument(.seconds(30))

    @Option(name: .customLong("connect-timeout"), help: ArgumentHelp("Time limit for connecting.", valueName: "duration"))
    var connectTimeout: DurationArgument = DurationArgument(.seconds(10))

    @Flag(name: [.customShort("k"), .long], help: "Do not verify TLS certificates.")
    var insecure = false

    @Flag(name: [.customShort("L"), .long], help: "Follow redirects.")
    var location = false

    @Flag(name: .shortAndLong, help: "Show each request as sent, the response headers and the phase timings.")
    var verbose = false

    @Option(help: "Colour output: auto (on a terminal, unless NO_COLOR is set), always, never.")
    var color: ColorChoice = .auto

    @OptionGroup(title: "Retries and pacing") var retryOptions: RetryOptions

    mutating func run() throws {
        let output = Output(redactor: Redactor(showSuffix: secrets.showSecretSuffix))
        LoggingBootstrap.bootstrap(output: output)
        let sources = SourceFiles()
        guard let loaded = LoadedCollections.load(
            paths: paths, variables: variables, secrets: secrets, folders: folders, sources: sources, output: output,
            footer: { "\($0) error\($0 == 1 ? "" : "s"); nothing was sent." })
        else {
            throw ExitStatus.invalidInput.exitCode
        }

        let options = RunOptions(
            transport: TransportOptions(
                timeout: timeout.duration, connectTimeout: connectTimeout.duration,
                insecure: insecure, followRedirects: location),
            bail: bail, folders: folders, retry: try retryOptions.policy(), rate: try retryOptions.rateSpec(),
            creditHeaders: ["x-credits-remaining"] + retryOptions.creditHeaders.map { $0.lowercased() },
            cancellation: Interrupt.flag)
        Interrupt.install()
        let runner: CollectionRunner
        do {
            runner = try CollectionRunner(options: options)
        } catch {
            output.err("error: \(error.message)")
            throw ExitStatus.requestFailed.exitCode
        }

        let reporter = ConsoleReporter(style: color.style, verbose: verbose)
        let observer = ConsoleRunObserver(reporter: reporter, output: output, showsCountdown: Output.stdoutIsTerminal)
        let clock = ContinuousClock()
        let start = clock.now
        var worst = ExitStatus.success
        for entry in loaded.entries {
            output.out(reporter.collectionHeader(name: entry.collection.name, file: entry.collection.file))
            let outcome = runner.run(entry.collection, variables: entry.scopes, observer: observer)
            if let stop = outcome.stop {
                output.err("error: \(stop.message)")
                worst = max(worst, .quotaExhausted)
            }
            if outcome.interrupted { output.err("interrupted: the requests after this point were not sent") }
            if outcome.halted { break }
        }
        output.out(observer.summary(elapsed: clock.now - start))
        worst = max(worst, observer.worst)
        if Interrupt.flag.isCancelled { worst = .interrupted }
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
