import Foundation
import VolleyCore
import VolleyExecutor
import VolleyReporter

/// Streams every result into the run's report aggregates and, at the end (also after a failure,
/// a quota stop or Ctrl-C), writes each requested report atomically through the redactor.
final class ReportCollector: RunObserver {
    private(set) var recorder: RunRecorder
    private let options: ReportOptions
    private let output: Output
    private let sources: SourceFiles
    /// Per-result annotations only for a single run: a flaky assertion repeated 1000 times
    /// gets one annotation from the report at the end instead.
    private let annotatePerResult: Bool

    init(metadata: RunMetadata, options: ReportOptions, output: Output, sources: SourceFiles, annotatePerResult: Bool) {
        self.recorder = RunRecorder(metadata: metadata, options: .init(keepBodies: options.bodies))
        self.options = options
        self.output = output
        self.sources = sources
        self.annotatePerResult = annotatePerResult
    }

    /// Read once: building the process environment costs more than a whole request.
    static let inGitHubActions: Bool = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"

    func beginCollection(_ collection: Collection) {
        recorder.beginCollection(name: collection.name, file: collection.file)
    }

    func endCollection() {
        recorder.endCollection()
    }

    func didFinish(_ result: RequestResult) {
        recorder.record(options.bodies ? result : Self.shortened(result))
        if annotatePerResult, Self.inGitHubActions {
            for line in GitHubAnnotations().annotations(for: result, transform: output.redact) { output.out(line) }
        }
    }

    /// A failed assertion on a whole body would put the body in the report; without
    /// `--report-bodies` long actual values are cut to their start and length, as on the console.
    static func shortened(_ result: RequestResult, limit: Int = 1000) -> RequestResult {
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

    /// Renders and writes every report; returns the report for the console's latency table.
    @discardableResult
    func finish(_ end: RunEnd) -> RunReport {
        let report = recorder.finish(end)
        if !annotatePerResult, Self.inGitHubActions {
            for line in GitHubAnnotations().annotations(for: report, transform: output.redact) { output.out(line) }
        }
        write(options.json) { JSONReport(includeBodies: options.bodies).render(report) }
        write(options.junit) { JUnitReport().render(report) }
        write(options.html) { HTMLReport().render(report, sourceLine: HTMLReport.sourceLines(sources.texts)) }
        let stepSummary = Self.inGitHubActions ? ProcessInfo.processInfo.environment["GITHUB_STEP_SUMMARY"] : nil
        if options.markdown != nil || stepSummary != nil {
            let markdown = output.redact(MarkdownSummary().render(report))
            write(options.markdown) { markdown }
            if let stepSummary, !stepSummary.isEmpty {
                do { try ReportFile.append(markdown, to: stepSummary) } catch { output.err("error: cannot append to GITHUB_STEP_SUMMARY: \(error)") }
            }
        }
        return report
    }

    private func write(_ path: String?, _ render: () -> String) {
        guard let path else { return }
        do {
            try ReportFile.write(output.redact(render()), to: path, standardOutput: output.report)
        } catch {
            output.err("error: \(error.message)")
        }
    }
}

/// Hands each event to several observers, in order. Results are masked once, here, before any
/// of them sees one: a value captured with `secret: true` is registered first, so the very
/// result that captured it is already masked.
final class FanOutObserver: RunObserver {
    private let observers: [RunObserver]
    private let output: Output

    init(_ observers: [RunObserver], output: Output) {
        self.observers = observers
        self.output = output
    }

    func willSend(_ request: PlannedRequest, in collection: Collection) {
        for o in observers { o.willSend(request, in: collection) }
    }

    func didFinish(_ result: RequestResult) {
        for capture in result.captures where capture.capture.isSecret {
            if let value = capture.value { output.addSecret(value.templateText) }
        }
        let masked = output.redact(result)
        for o in observers { o.didFinish(masked) }
    }

    func willWait(_ duration: Duration, reason: String) {
        for o in observers { o.willWait(duration, reason: reason) }
    }

    func waiting(remaining: Duration, reason: String) {
        for o in observers { o.waiting(remaining: remaining, reason: reason) }
    }

    func didWait() {
        for o in observers { o.didWait() }
    }
}
