import VolleyCore
import VolleyJSON

/// `volley export curl FILE…`: one runnable `curl` command per request, as Volley would send it
/// (defaults, auth and query applied), for a bug report or a colleague without Volley.
///
/// No secret's value is ever written: a name declared secret becomes `"${VOLLEY_SECRET_name}"`,
/// which the shell fills in from the variable Volley itself reads. A variable that only a run
/// defines (a capture) becomes `"${VOLLEY_VAR_name}"`, listed in a comment above the command.
public enum CurlExport {
    public struct Exported: Sendable {
        /// The commands, each after a comment naming its request and where it was written.
        public var text: String
        public var commandCount: Int
    }

    public static func export(
        _ configuration: RunConfiguration, sources: SourceFiles, secrets: SecretRegistry
    ) throws(LoadedCollections.Failure) -> (exported: Exported, messages: [String]) {
        let mode = LoadedCollections.Mode(undefinedVariables: .warning, resolveSecrets: false, notes: false)
        let loaded = try LoadedCollections.load(configuration, mode: mode, sources: sources, secrets: secrets)
        var blocks: [String] = []
        for entry in loaded.entries {
            // The collection's own variables, as the runner adds them at the start of a run.
            var scopes = entry.scopes
            for (name, value) in entry.collection.variables { scopes.set(name, to: value.value, in: .collection) }
            for planned in entry.requests {
                let command = CurlCommandWriter(scopes: scopes).command(for: planned.spec)
                var lines = ["# \(planned.spec.name)  (\(planned.spec.location))"]
                if !command.needs.isEmpty {
                    lines.append("# set first: " + command.needs.joined(separator: " "))
                }
                lines += command.notes.map { "# note: " + $0 }
                lines.append(command.text)
                blocks.append(lines.joined(separator: "\n"))
            }
        }
        let text = blocks.isEmpty ? "" : blocks.joined(separator: "\n\n") + "\n"
        return (Exported(text: text, commandCount: blocks.count), loaded.messages)
    }
}
