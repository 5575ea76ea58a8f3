import VolleyReporter

/// CI still gets the reports it asked for when nothing was sent: they say that the run did not
/// start, and why.
public enum NotStartedReports {
    /// Writes them; returns why any could not be written.
    public static func write(
        _ diagnostics: [RunDiagnostic], configuration: RunConfiguration, startedAt: WallClockTime, secrets: SecretRegistry,
        sources: SourceFiles, output: TextSink
    ) -> [String] {
        let collector = ReportCollector(
            metadata: RunMetadata(
                configuration: configuration, startedAt: startedAt, secrets: secrets, files: configuration.paths, environment: nil),
            options: configuration.reports, output: output, secrets: secrets, sources: sources, annotatePerResult: false,
            names: configuration.settingNames)
        collector.finish(RunEnd(
            duration: startedAt.duration(to: .now), exitCode: ExitStatus.invalidInput.rawValue, diagnostics: diagnostics))
        return collector.writeErrors
    }

    /// The same for a run whose preparation failed, when the report destinations were checked
    /// (a report path at fault gets none).
    public static func write(
        for failure: RunPreparation.Failure, configuration: RunConfiguration, startedAt: WallClockTime, secrets: SecretRegistry,
        sources: SourceFiles, output: TextSink
    ) -> [String] {
        guard failure.reportsWritable else { return [] }
        return write(
            failure.load.diagnostics, configuration: configuration, startedAt: startedAt, secrets: secrets, sources: sources, output: output)
    }
}
