import VolleyCore

/// What a report says about the run before any request: given once by the executable, which
/// owns the clock, the command line and the redactor.
public struct RunMetadata: Sendable, Hashable {
    public var volleyVersion: String
    /// ISO 8601, as the caller formats it (`2025-11-27T07:47:00.123Z`); reports copy it verbatim.
    public var startedAt: String
    /// The arguments, secrets already masked by the caller.
    public var commandLine: [String]
    public var collectionFiles: [String]
    public var environmentName: String?
    /// `--repeat N`; 1 when not repeated.
    public var repeatCount: Int
    /// The `--iterations-data` file, when the run has one iteration per row.
    public var iterationSource: String?

    public init(
        volleyVersion: String = VolleyVersion.current, startedAt: String, commandLine: [String],
        collectionFiles: [String], environmentName: String? = nil, repeatCount: Int = 1,
        iterationSource: String? = nil
    ) {
        self.volleyVersion = volleyVersion
        self.startedAt = startedAt
        self.commandLine = commandLine
        self.collectionFiles = collectionFiles
        self.environmentName = environmentName
        self.repeatCount = repeatCount
        self.iterationSource = iterationSource
    }
}
