import VolleyCore
import VolleyJSON

/// What a run sends, in what order, computed once before the first request: every collection
/// with its selected requests (folders and defaults resolved), run once per iteration, an
/// iteration being one repetition × one row of iteration data.
public struct RunPlan: Sendable {
    public struct PlannedCollection: Sendable {
        public var collection: Collection
        /// Every scope but the collection's own, the captures and the iteration row.
        public var scopes: VariableScopes
        public var environment: Environment?
        /// The selected requests, in order, with their folders' defaults applied.
        public var requests: [PlannedRequest]
    }

    public var collections: [PlannedCollection]
    /// One per row of iteration data; a single empty row without it.
    public var rows: [[String: JSONValue]]
    public var repeatCount: Int
    /// `--shard K/N`: the collections (or iterations) are this shard's share.
    public private(set) var shard: Shard?
    /// Every collection file of the suite, this shard's and the others', in input order: a merge
    /// of the shards' reports checks that they ran the same suite.
    public private(set) var suiteFiles: [String]

    /// The requests are those loading selected (by the configuration's folders), not planned again.
    public init(_ loaded: LoadedCollections, rows: [[String: JSONValue]] = [[:]], repeatCount: Int = 1) {
        self.collections = loaded.entries.map {
            PlannedCollection(
                collection: $0.collection, scopes: $0.scopes, environment: $0.environment,
                requests: $0.requests)
        }
        self.rows = rows.isEmpty ? [[:]] : rows
        self.repeatCount = repeatCount
        self.suiteFiles = collections.map(\.collection.file)
    }

    /// Keeps only `shard`'s share: its collection files, or with `by: .iteration` its iterations.
    public mutating func restrict(to shard: Shard, workingDirectory: String) {
        self.shard = shard
        let held = shard.positions(of: collections.map(\.collection.file), workingDirectory: workingDirectory)
        collections = held.map { collections[$0] }
    }

    /// Iterations of the whole suite (every shard's), numbered from 1.
    public var iterations: Int { repeatCount * rows.count }

    /// Iterations this run sends: all of them, or a shard's share with `--shard-by iteration`.
    public var scheduledIterations: Int { shard?.iterationCount(of: iterations) ?? iterations }

    /// This run's `n`th iteration (from 0) as its number in the suite (from 1), with its row.
    func iteration(at n: Int) -> (number: Int, row: [String: JSONValue]) {
        let number = shard?.iteration(at: n) ?? n + 1
        return (number, rows[(number - 1) % rows.count])
    }

    /// Units of work a parallel run schedules: one collection run in one iteration each.
    var unitCount: Int {
        let (total, overflow) = scheduledIterations.multipliedReportingOverflow(by: collections.count)
        return overflow ? Int.max : total
    }

    /// Unit `u` (from 0) in input order: iterations in order, the collections in order inside each.
    func unit(at u: Int) -> (collection: Int, iteration: Int, row: [String: JSONValue]) {
        let (number, row) = iteration(at: u / collections.count)
        return (u % collections.count, number, row)
    }

    /// Request entries in the whole run (a paginated request counts once); `Int.max` past what an Int holds.
    public var totalRequests: Int {
        let perIteration = collections.reduce(0) { $0 + $1.requests.count }
        let (total, overflow) = perIteration.multipliedReportingOverflow(by: scheduledIterations)
        return overflow ? Int.max : total
    }

    public var files: [String] { collections.map(\.collection.file) }
    /// The environment the reports name: the first collection's.
    public var environmentName: String? { collections.first?.environment?.name }

    /// Each iteration's number (from 1) with its row.
    func forEachIteration(_ body: (_ iteration: Int, _ row: [String: JSONValue]) -> Bool) {
        for n in 0..<scheduledIterations {
            let (number, row) = iteration(at: n)
            guard body(number, row) else { return }
        }
    }

    /// The results of a collection the run never reached, so that it is reported as skipped, not dropped.
    func skippedResults(of planned: PlannedCollection, iteration: Int) -> [RequestResult] {
        planned.requests.map { request in
            RequestResult(
                collection: planned.collection.name, folderPath: request.folderPath, name: request.spec.name,
                location: request.spec.location, skipped: true, iteration: iteration)
        }
    }
}
