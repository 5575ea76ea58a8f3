import VolleyCore
import VolleyJSON
import VolleyExecutor
import VolleyReporter
import VolleySecrets

/// Streams every result into the run's report aggregates and, at the end (also after a failure,
/// a quota stop or Ctrl-C), writes each requested report atomically through the redactor.
public final class ReportCollector: RunObserver {
    private(set) var recorder: RunRecorder
    private let options: ReportDestinations
    private let output: TextSink
    private let secrets: SecretRegistry
    private let sources: SourceFiles
    /// How the front end spells settings, for the reports' wait reasons and skipped messages.
    private let names: SettingNames
    /// Per-result annotations only for a single run: a flaky assertion repeated 1000 times
    /// gets one annotation from the report at the end instead.
    private let annotatePerResult: Bool
    /// Why a report (or the step summary) could not be written at the end: the run must not exit 0.
    public private(set) var writeErrors: [String] = []
    public var writeFailed: Bool { !writeErrors.isEmpty }

    public init(
        metadata: RunMetadata, options: ReportDestinations, output: TextSink, secrets: SecretRegistry, sources: SourceFiles,
        annotatePerResult: Bool, names: SettingNames = .plain
    ) {
        self.names = names
        self.recorder = RunRecorder(metadata: metadata, options: .init(keepBodies: options.bodies))
        self.options = options
        self.output = output
        self.secrets = secrets
        self.sources = sources
        self.annotatePerResult = annotatePerResult
    }

    /// Read once: building the process environment costs more than a whole request.
    static let inGitHubActions: Bool = ProcessEnvironment.variables["GITHUB_ACTIONS"] == "true"

    public func beginCollection(_ collection: Collection) {
        recorder.beginCollection(name: collection.name, file: collection.file)
    }

    public func endCollection() {
        recorder.endCollection()
    }

    public func didFinish(_ result: RequestResult) {
        if options.bodies || !Self.needsShortening(result) {
            recorder.record(result)
        } else {
            recorder.record(Self.shortened(result))
        }
        if annotatePerResult, Self.inGitHubActions {
            for line in GitHubAnnotations().annotations(for: result, transform: secrets.redact) { output.line(line) }
        }
    }

    /// A failed assertion on a whole body would put the body in the report; without
    /// `--report-bodies` long actual values are cut to their start and length, as on the console.
    static func shortened(_ result: RequestResult, limit: Int = 1000) -> RequestResult {
        guard needsShortening(result, limit: limit) else { return result }
        var copy = result
        copy.assertions = result.assertions.map { outcome in
            var o = outcome
            if let actual = o.actual {
                let text = actual.jsonText
                if text.count > limit {
                    o.actual = .string(String(text.prefix(limit)) + Redactor.ellipsis + " (\(text.count) characters)")
                }
            }
            return o
        }
        return copy
    }

    /// Most results pass with a short actual value: they are recorded as they are, without writing
    /// every value out as JSON text to count it (6M instructions over 1000 requests) or copying them.
    static func needsShortening(_ result: RequestResult, limit: Int = 1000) -> Bool {
        result.assertions.contains { !surelyFits($0.actual, limit: limit) }
    }

    /// Whether a value's JSON text is known to be at most `limit` characters without writing it:
    /// a scalar's text is at most 32, and a string's at most 6 per UTF-8 byte (`\u0001`) plus quotes.
    private static func surelyFits(_ value: JSONValue?, limit: Int) -> Bool {
        switch value {
        case nil, .null, .bool, .integer, .number: return limit >= 32
        case .string(let text): return text.utf8.count <= (limit - 2) / 6
        case .array, .object: return false
        }
    }

    /// Renders and writes every report; returns the report for the console's latency table.
    @discardableResult
    public func finish(_ end: RunEnd) -> RunReport {
        let report = recorder.finish(end)
        if !annotatePerResult, Self.inGitHubActions {
            for line in GitHubAnnotations().annotations(for: report, transform: secrets.redact) { output.line(line) }
        }
        write(options.json) { JSONReport(includeBodies: options.bodies, names: names).render(report) }
        write(options.junit) { JUnitReport(names: names).render(report) }
        write(options.html) { HTMLReport(names: names).render(report, sourceLine: HTMLReport.sourceLines(sources.texts)) }
        let stepSummary = Self.inGitHubActions ? ProcessEnvironment.variables["GITHUB_STEP_SUMMARY"] : nil
        if options.markdown != nil || stepSummary != nil {
            let markdown = secrets.redact(MarkdownSummary().render(report))
            write(options.markdown) { markdown }
            if let stepSummary, !stepSummary.isEmpty {
                do {
                    try ReportFile.append(markdown, to: stepSummary)
                } catch {
                    writeErrors.append("cannot append to GITHUB_STEP_SUMMARY: \(error.reason)")
                }
            }
        }
        return report
    }

    private func write(_ path: String?, _ render: () -> String) {
        guard let path else { return }
        do {
            try ReportFile.write(secrets.redact(render()), to: path, standardOutput: output.report)
        } catch {
            writeErrors.append(error.message)
        }
    }
}
