import VolleyReporter

extension RunMetadata {
    /// What every report says about the run before its first request; the command line is
    /// masked through the registry, which already holds every secret known before loading.
    init(configuration: RunConfiguration, startedAt: WallClockTime, secrets: SecretRegistry, files: [String], environment: String?) {
        self.init(
            startedAt: startedAt.iso8601,
            commandLine: configuration.commandLine.map(secrets.redact),
            collectionFiles: files, environmentName: environment,
            repeatCount: configuration.repeatCount, iterationSource: configuration.iterationsData)
    }
}
