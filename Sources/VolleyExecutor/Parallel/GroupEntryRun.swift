import VolleyCore

/// What one entry of a parallel group came to, for the collection run to take in, in file order,
/// once the whole group is done.
struct GroupEntryRun: Sendable {
    var results: [RequestResult] = []
    var outcome = CollectionOutcome()
    /// What the entry's requests set or removed, against the variables the group started with.
    var changes: [VariableChange] = []
    /// The failed-capture notes of the names the entry captures, nil where a capture worked.
    var failedCaptures: [String: MissingCapture?] = [:]
    /// A script of the entry asked for no further request (`pm.execution.setNextRequest(null)`).
    var stopPicked = false
}

/// Where a group starts from, the same for each of its entries: the collection run's state then.
struct GroupStart: Sendable {
    var collection: Collection
    var requests: [PlannedRequest]
    /// Each entry's requests, as indices into `requests`, in file order.
    var entries: [[Int]]
    var scopes: VariableScopes
    var failedCaptures: [String: MissingCapture]
    var iteration: Int
    var scripts: [Script]
    var sendsUndefinedLiterally: Bool
}
