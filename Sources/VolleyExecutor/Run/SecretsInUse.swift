import VolleyCore

/// The secrets a run will read, found before anything is sent: they are fetched up front so that
/// a missing keyring item stops the run before the first metered request, while a secret that no
/// selected request uses is never fetched at all.
public enum SecretsInUse {
    /// Over a collection's planned request list (the run plan's, not planned again).
    public static func names(in requests: [PlannedRequest], variables: VariableScopes) -> [String] {
        guard let provider = variables.secrets else { return [] }
        var names: [String] = []
        for request in requests {
            for template in UndefinedVariableCheck.templates(of: request.spec) {
                for name in template.variableNames where !names.contains(name) {
                    if case .secret = variables.resolve(name), provider.isSecret(name) { names.append(name) }
                }
            }
        }
        return names
    }
}
