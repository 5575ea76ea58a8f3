import VolleyCore
import VolleyJSON

/// Everything a run does before its first request, in order: check that the reports can be
/// written, read the iteration data, load every collection, check the reports against the files
/// loading read, plan. Nothing is sent when any step fails.
public enum RunPreparation {
    public struct Failure: Error {
        public var load: LoadedCollections.Failure
        /// Whether the report destinations were checked, so the not-started reports can be written.
        public var reportsWritable: Bool
    }

    /// The plan, with the warnings to show.
    /// - Parameter describe: words an error of the first steps (a file format the front end names by its option).
    public static func plan(
        _ configuration: RunConfiguration, sources: SourceFiles, secrets: SecretRegistry, describe: (any Error) -> String
    ) throws(Failure) -> (plan: RunPlan, messages: [String]) {
        var reportsWritable = false
        let rows: [[String: JSONValue]]
        do {
            try configuration.reports.prepare()
            // Before the not-started reports may be written: they would replace the collection too.
            try configuration.reports.refuseClashes(with: ReportDestinations.inputs(of: configuration))
            reportsWritable = true
            try configuration.checkCookieFile()
            rows = try configuration.iterationsData.map { try IterationData.load($0, sources: sources).rows } ?? [[:]]
        } catch {
            throw Failure(load: LoadedCollections.Failure(describe(error)), reportsWritable: reportsWritable)
        }
        let loaded: LoadedCollections
        do {
            loaded = try LoadedCollections.load(
                configuration, sources: sources, secrets: secrets, iterationColumns: IterationData.columns(of: rows))
        } catch {
            throw Failure(load: error, reportsWritable: true)
        }
        do {
            // The secret and script files are known only now; a report on one is refused and not
            // written, since the not-started report would replace the file just the same.
            try configuration.reports.refuseClashes(with: ReportDestinations.inputs(of: loaded))
        } catch {
            throw Failure(load: LoadedCollections.Failure(describe(error)), reportsWritable: false)
        }
        var iterationRows = rows
        // Newman reads a CSV cell that is a number as a number (`pm.iterationData.get("n") === 1`);
        // so does a collection converted from Postman (`csv_numbers: true`).
        if configuration.iterationsData?.lowercased().hasSuffix(".csv") == true, !loaded.entries.isEmpty,
            loaded.entries.allSatisfy(\.collection.readsCSVNumbersAsNumbers)
        {
            iterationRows = rows.map(IterationData.castingNumbers)
        }
        var plan = RunPlan(loaded, rows: iterationRows, repeatCount: configuration.repeatCount)
        if let shard = configuration.shard { plan.restrict(to: shard, workingDirectory: FileSystem.workingDirectory) }
        return (plan, loaded.messages)
    }
}
