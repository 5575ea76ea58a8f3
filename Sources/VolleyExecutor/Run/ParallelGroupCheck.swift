import VolleyCore

/// Finds, before anything is sent, a request of a `parallel: true` group that uses a variable
/// another entry of the same group captures (or sets in its own script by a literal name). The
/// entries run at the same time and never see one another's captures, so such a request would
/// read an outer value, or none, depending on nothing the user can see: an error at the use.
/// Requests inside one nested folder (one entry, run in order) may chain as anywhere else.
public enum ParallelGroupCheck {
    public static func diagnostics(for requests: [PlannedRequest], variables: VariableScopes) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var reported = Set<SourceLocation>()
        var start = 0
        while start < requests.count {
            guard let group = requests[start].parallel?.group else {
                start += 1
                continue
            }
            var end = start
            while end < requests.count, requests[end].parallel?.group == group { end += 1 }
            let members = requests[start..<end]
            // Which entry (and which request of it) provides each name.
            var providers: [String: (member: Int, request: String)] = [:]
            for request in members {
                guard let member = request.parallel?.member else { continue }
                for name in names(providedBy: request) where providers[name] == nil {
                    providers[name] = (member, request.spec.name)
                }
            }
            for request in members {
                guard let member = request.parallel?.member else { continue }
                for template in UndefinedVariableCheck.templates(of: request.spec) where !reported.contains(template.location) {
                    for name in UndefinedVariableCheck.names(in: template, variables: variables) {
                        guard let provider = providers[name], provider.member != member else { continue }
                        reported.insert(template.location)
                        found.append(Diagnostic(.error, message(name, provider: provider.request, group: group), at: template.location))
                        break
                    }
                }
            }
            start = end
        }
        return found
    }

    /// What a request leaves for later ones: its captures, its page cursor, its own scripts' writes.
    private static func names(providedBy request: PlannedRequest) -> [String] {
        var names = request.spec.captures.map(\.name)
        if case .variable(let cursor)? = request.spec.paginate?.target { names.append(cursor) }
        for script in request.spec.scripts { names += script.variableNamesItSets }
        return names
    }

    private static func message(_ name: String, provider: String, group: ParallelGroup) -> String {
        "'\(name)' comes from '\(provider)', another entry of the parallel group (\(group.label), parallel: true at line "
            + "\(group.location.line)): the entries are sent at the same time and never see one another's captures; "
            + "move '\(provider)' before the group, or put both requests in one folder inside the group, whose requests run in order"
    }
}
