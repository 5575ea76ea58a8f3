import VolleyCore
import VolleyExecutor
import VolleyQuota
import VolleyScript
import VolleySecrets
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything a run needs to know, as one plain value: the executable fills it from its options,
/// the process environment fills `process*`, and the collections add their own settings at run
/// time under the documented precedence (command line, then `VOLLEY_VAR_*`, then the environment
/// file, then the collection; a retry or rate setting given here beats the collection's).
public struct RunConfiguration: Sendable {
    /// Collection files, or directories of them.
    public var paths: [String]
    public var variables = VariableSettings()
    public var secrets = SecretSettings()
    /// Only requests inside folders of these names; empty means all.
    public var folders: [String] = []
    /// Stop at the first failed request; the rest are reported as skipped.
    public var bail = false
    public var transport = TransportSettings()
    /// The built-in retry policy with what the command line set, marked as set there.
    public var retry = RetryPolicy()
    /// One rate for every host, in place of any collection's `rate:`.
    public var rate: RateSpec?
    /// Response headers with a credit balance, besides `x-credits-remaining`.
    public var extraCreditHeaders: [String] = []
    /// The credit budget over every collection's `max_credits:`.
    public var maxCredits: Double?
    /// How notes and stops spell the run's settings: the front end's option names.
    public var settingNames = SettingNames.plain
    /// How many times the whole set of collections runs.
    public var repeatCount = 1
    /// A CSV or JSON file with one iteration per row.
    public var iterationsData: String?
    public var reports = ReportDestinations()
    /// `-o FILE`: the body of each response is written there, so the file ends with the last one's.
    public var output: String?
    /// The arguments as typed, for the reports (masked through the registry first).
    public var commandLine: [String] = []
    /// Units run at once (`--jobs`): collection runs of different files or iterations; 1 runs
    /// everything in order on the calling thread.
    public var jobs = 1
    /// `--shard K/N`: only this shard's share of the collections (or iterations).
    public var shard: Shard?
    /// The CPU time one script call may take (its wall-clock limit is six times it); nil for the
    /// default, 5 s.
    public var scriptTimeout: Duration?
    /// A Netscape cookie file whose cookies the run starts with (curl's `-b FILE`).
    public var cookieFile: String?
    /// Where the run's cookies are written when it ends, in the same format (curl's `-c FILE`).
    public var cookieJarFile: String?

    /// How far one script call may go: `ScriptLimits.default`, or what `scriptTimeout` says.
    public var scriptLimits: ScriptLimits { scriptTimeout.map(ScriptLimits.timeout) ?? .default }

    public init(paths: [String]) {
        self.paths = paths
    }

    /// The executor's options for this run.
    public func runOptions(cancellation: CancellationFlag?) -> RunOptions {
        RunOptions(
            transport: transport, bail: bail, folders: folders, retry: retry, rate: rate,
            creditHeaders: ["x-credits-remaining"] + extraCreditHeaders.map { $0.lowercased() },
            cancellation: cancellation, maxCredits: maxCredits, settingNames: settingNames)
    }

    /// The run's cookie jar, holding `cookieFile`'s cookies; the file was checked by
    /// `RunPreparation`, so a read that fails now leaves the jar empty rather than stop the run.
    func cookieJar() throws(TransportError) -> CookieJar {
        let jar = try CookieJar()
        if let cookieFile, case .success(let bytes) = FileSystem.contents(of: cookieFile) {
            jar.load(netscape: String(decoding: bytes, as: UTF8.self))
        }
        return jar
    }

    /// Refuses a cookie file that cannot be read, before anything is sent.
    func checkCookieFile() throws(InputError) {
        guard let cookieFile else { return }
        switch FileSystem.kind(of: cookieFile) {
        case .missing: throw InputError("cannot read the cookie file '\(cookieFile)': no such file")
        case .directory: throw InputError("cannot read the cookie file '\(cookieFile)': it is a directory")
        case .other, .file: break
        }
        if case .failure(let error) = FileSystem.contents(of: cookieFile) {
            throw InputError("cannot read the cookie file '\(cookieFile)': \(error.reason)")
        }
    }
}

/// Variables from outside the collections.
public struct VariableSettings: Sendable {
    /// An environment: a name (`environments/NAME.yaml` beside each collection) or a path.
    public var environment: String?
    /// `--globals FILE.postman_globals.json`: the lowest scope, as a script's `pm.globals`.
    public var globals: String?
    /// `name=value` pairs from the command line, in order (a later one wins).
    public var commandLine: [(name: String, value: String)] = []
    /// `VOLLEY_VAR_<name>`, by name.
    public var process: [String: String] = ProcessEnvironment.withPrefix("VOLLEY_VAR_")
    /// The largest value, in bytes, one variable may expand to (doubling variables are a bomb).
    public var maxExpandedSize = TemplateLimits.defaultMaxExpandedSize

    public init(environment: String? = nil, commandLine: [(name: String, value: String)] = []) {
        self.environment = environment
        self.commandLine = commandLine
    }

    /// Whether anything but the collections supplies variables: without it, a variable nothing
    /// defines may still be supplied by the run, so `validate` only warns.
    public var suppliesVariables: Bool { environment != nil || !commandLine.isEmpty }
}

/// Secret values from outside the environment files' `secrets:` maps.
public struct SecretSettings: Sendable {
    /// `name=value` pairs from the command line.
    public var commandLine: [String: String] = [:]
    /// A YAML map of names to values, which must not be readable by others.
    public var secretsFile: String?
    /// Keep the last four characters when masking (`***abcd`).
    public var showSuffix = false
    /// The process environment, for `VOLLEY_SECRET_*`, `env:` sources and `~`.
    public var processEnvironment: [String: String] = ProcessEnvironment.variables

    public init(commandLine: [String: String] = [:], secretsFile: String? = nil, showSuffix: Bool = false) {
        self.commandLine = commandLine
        self.secretsFile = secretsFile
        self.showSuffix = showSuffix
    }
}

extension VariableSettings {
    /// The scopes every collection starts from: the command line over the process variables.
    /// The environment file, the collection's own variables and captures are added per collection.
    func baseScopes() -> VariableScopes {
        var scopes = VariableScopes()
        scopes.limits.maxExpandedSize = maxExpandedSize
        for (name, value) in commandLine { scopes.set(name, to: .string(value), in: .commandLine) }
        for (name, value) in process { scopes.set(name, to: .string(value), in: .process) }
        return scopes
    }
}

extension RunConfiguration {
    /// The most workers `--jobs` takes: each holds a connection, and usually a JavaScript context.
    public static let maxJobs = 256

    /// `--jobs auto`: one worker per online core.
    public static var automaticJobs: Int {
        Swift.max(1, Swift.min(maxJobs, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    }
}
