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
    /// `--shard K/N`: which share of which suite the run was; nil for a whole run.
    public var shard: Shard?

    /// A sharded run's place in its suite, so that a merge of the shards' reports can check
    /// they ran the same suite and that none is missing or given twice.
    public struct Shard: Sendable, Hashable {
        public var index: Int
        public var count: Int
        /// `file` or `iteration`.
        public var by: String
        /// Every collection file of the suite, every shard's.
        public var suiteFiles: [String]
        /// Iterations of the whole suite.
        public var suiteIterations: Int

        public init(index: Int, count: Int, by: String, suiteFiles: [String], suiteIterations: Int) {
            self.index = index
            self.count = count
            self.by = by
            self.suiteFiles = suiteFiles
            self.suiteIterations = suiteIterations
        }
    }

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
