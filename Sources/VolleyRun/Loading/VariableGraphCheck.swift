import VolleyCore

/// Cycles, over-deep chains and bombs among a collection's variables are invalid input, found
/// at load (by `run` and `validate` alike) without expanding anything, so none costs a request.
enum VariableGraphCheck {
    static func diagnostics(
        scopes: VariableScopes, collection: Collection, environment: Environment?, names: SettingNames
    ) -> [Diagnostic] {
        var locations: [String: SourceLocation] = [:]
        var givenAs: [String: String] = [:]
        for name in scopes.allNames {
            // Where the value the renderer would use was written: the environment's over the collection's.
            switch scopes.lookup(name)?.source {
            case .environment?: locations[name] = environment?.variables[name]?.location
            case .collection?: locations[name] = collection.variables[name]?.location
            case .commandLine?: givenAs[name] = names.name(of: .variable, given: name)
            case .process?: givenAs[name] = VariableSource.process.text(naming: names) + name
            default: break
            }
        }
        return VariableGraph(scopes).diagnostics(locations: locations, names: names, givenAs: givenAs)
    }
}
