extension VariableGraph {
    /// The findings as errors, each at the place its first variable was defined (`locations`;
    /// a name with none was given on the command line). A cycle lists where each of its names is:
    /// its file position, or how it was given (`givenAs`, `--var b` or `VOLLEY_VAR_b`), since a
    /// command-line variable has no file to name.
    public func diagnostics(
        locations: [String: SourceLocation], names: SettingNames = .plain, givenAs: [String: String] = [:]
    ) -> [Diagnostic] {
        func location(_ name: String) -> SourceLocation { locations[name] ?? .commandLine("variable \(name)") }
        func step(_ name: String) -> String {
            if locations[name] == nil, let given = givenAs[name] { return "\(name) from \(given)" }
            return "\(name) at \(location(name))"
        }
        return findings().map { finding in
            switch finding {
            case .cycle(let cycle):
                let steps = cycle.map(step) + [cycle[0]]
                return Diagnostic(
                    .error, "variable '\(cycle[0])' refers to itself (\(steps.joined(separator: " → ")))",
                    at: location(cycle[0]))
            case .tooDeep(let chain, let depth):
                return Diagnostic(.error, limits.tooDeepMessage(chain, depth: depth), at: location(chain[0]))
            case .tooLarge(let name, let size):
                return Diagnostic(.error, limits.tooLargeMessage(name, size: size, names: names), at: location(name))
            }
        }
    }
}
