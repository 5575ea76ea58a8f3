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
        func note(_ auth: AuthSpec?) {
            for template in auth?.templates ?? [] {
                names.formUnion(UndefinedVariableCheck.names(in: template, variables: scopes))
            }
        }
        // A walk over what is written, not over planned requests: no request is copied.
        func walk(_ items: [CollectionItem]) {
            for item in items {
                switch item {
                case .request(let spec):
                    note(spec.auth)
                    for capture in spec.captures where capture.isSecret { names.insert(capture.name) }
                case .folder(let folder):
                    note(folder.defaults.auth)
                    walk(folder.items)
                }
            }
        }
        note(collection.defaults.auth)
        walk(collection.items)
        return names
    }
}
