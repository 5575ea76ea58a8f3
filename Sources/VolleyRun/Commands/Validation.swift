import VolleyCore
import VolleyJSON

/// `validate`: load and check every collection without sending anything or fetching a secret.
public enum Validation {
    public struct Checked: Sendable {
        public var file: String
        public var requestCount: Int
        /// Every script the collection holds (its own, its folders', its requests'), each once.
        public var scriptCount: Int
    }

    /// The collections that passed, with the warnings and notes to show; throws what failed.
    /// Without an environment or command-line variables, a variable nothing defines is only a
    /// warning: the run may supply it. The columns of `--iterations-data` count as defined, as in a run.
    /// - Parameter describe: words an error reading the iteration data (the front end names its option).
    public static func check(
        _ configuration: RunConfiguration, sources: SourceFiles, secrets: SecretRegistry,
        describe: (any Error) -> String = { (($0 as? InputError)?.message) ?? "\($0)" }
    ) throws(LoadedCollections.Failure) -> (checked: [Checked], messages: [String]) {
        let mode = LoadedCollections.Mode(
            undefinedVariables: configuration.variables.suppliesVariables ? .error : .warning, resolveSecrets: false, notes: true)
        var columns: [String: JSONValue] = [:]
        if let data = configuration.iterationsData {
            do {
                columns = IterationData.columns(of: try IterationData.load(data, sources: sources).rows)
            } catch {
                throw LoadedCollections.Failure(describe(error))
            }
        }
        let loaded = try LoadedCollections.load(
            configuration, mode: mode, sources: sources, secrets: secrets, iterationColumns: columns)
        let plan = RunPlan(loaded)
        let checked = plan.collections.map {
            Checked(file: $0.collection.file, requestCount: $0.requests.count, scriptCount: $0.collection.allScripts.count)
        }
        return (checked, loaded.messages)
    }
}
