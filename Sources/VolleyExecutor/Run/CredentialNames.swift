import VolleyCore

/// The variables a collection treats as credentials wherever their value comes from: the ones
/// `auth:` reads (and the variables those are written in terms of) and the captures marked
/// `secret: true`. A `--var apikey=…` is as much a key as a keyring item, so its value must be
/// masked from the start, before even the recorded command line is written.
public enum CredentialNames {
    public static func of(_ collection: Collection, variables: VariableScopes) -> Set<String> {
        var scopes = variables
        for (name, value) in collection.variables { scopes.set(name, to: value.value, in: .collection) }
        var names = Set<String>()
        for request in collection.plannedRequests() {
            for template in request.spec.auth?.templates ?? [] {
                names.formUnion(UndefinedVariableCheck.names(in: template, variables: scopes))
            }
            for capture in request.spec.captures where capture.isSecret { names.insert(capture.name) }
        }
        return names
    }
}
