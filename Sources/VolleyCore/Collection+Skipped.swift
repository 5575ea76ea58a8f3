extension Collection {
    /// A skipped result for every request `plannedRequests(folders:)` selects: what a run reports
    /// for a collection it never reached (after `--bail` in an earlier file, say), so reports
    /// list it instead of dropping it.
    public func skippedResults(folders: [String], iteration: Int) -> [RequestResult] {
        plannedRequests(folders: folders).map { request in
            RequestResult(
                collection: name, folderPath: request.folderPath, name: request.spec.name,
                location: request.spec.location, skipped: true, iteration: iteration)
        }
    }
}
