import VolleyCore
import VolleyJSON

/// What a run sends, in what order, computed once before the first request: every collection
/// with its selected requests (folders and defaults resolved), run once per iteration, an
/// iteration being one repetition × one row of iteration data.
public struct RunPlan {
    public struct PlannedCollection {
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

    /// The requests are those loading selected (by the configuration's folders), not planned again.
    public init(_ loaded: LoadedCollections, rows: [[String: JSONValue]] = [[:]], repeatCount: Int = 1) {
        self.collections = loaded.entries.map {
            PlannedCollection(
                collection: $0.collection, scopes: $0.scopes, environment: $0.environment,
                requests: $0.requests)
        }
        self.rows = rows.isEmpty ? [[:]] : rows
        self.repeatCount = repeatCount
    }

    public var iterations: Int { repeatCount * rows.count }

    /// Request entries in the whole run (a paginated request counts once); `Int.max` past what an Int holds.
    public var totalRequests: Int {
        let perIteration = collections.reduce(0) { $0 + $1.requests.count }
        let (total, overflow) = perIteration.multipliedReportingOverflow(by: iterations)
        return overflow ? Int.max : total
    }

    public var files: [String] { collections.map(\.collection.file) }
    /// The environment the reports name: the first collection's.
    public var environmentName: String? { collections.first?.environment?.name }

    /// Each iteration's number (from 1) with its row.
    func forEachIteration(_ body: (_ iteration: Int, _ row: [String: JSONValue]) -> Bool) {
        for repetition in 0..<repeatCount {
            for (index, row) in rows.enumerated() {
                guard body(repetition * rows.count + index + 1, row) else { return }
            }
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
