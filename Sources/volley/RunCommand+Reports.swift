import Foundation
import VolleyReporter

extension RunCommand {
    /// What every report says about the run before its first request.
    func metadata(startedAt: Date, output: Output, files: [String], environment: String?) -> RunMetadata {
        RunMetadata(
            startedAt: ISO8601DateFormatter().string(from: startedAt),
            commandLine: CommandLine.arguments.map(output.redact),
            collectionFiles: files, environmentName: environment,
            repeatCount: `repeat`, iterationSource: iterationsData)
    }

    /// CI still gets the reports it asked for when nothing was sent: they say that the run did
    /// not start, and why.
    func writeNotStartedReports(_ diagnostics: [RunDiagnostic], startedAt: Date, output: Output, sources: SourceFiles) {
        ReportCollector(
            metadata: metadata(startedAt: startedAt, output: output, files: paths, environment: nil),
            options: reports, output: output, sources: sources, annotatePerResult: false)
            .finish(RunEnd(
                duration: .seconds(Date().timeIntervalSince(startedAt)), exitCode: ExitStatus.invalidInput.rawValue,
                diagnostics: diagnostics))
    }
}
