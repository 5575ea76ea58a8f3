import VolleyCore

/// Finds placeholders that no scope defines, no earlier request captures and no script of the
/// collection sets by a literal name, before anything is sent: a run that would fail on them
/// should not spend a single metered request.
public enum UndefinedVariableCheck {
    public static func diagnostics(
        for collection: Collection, variables: VariableScopes, folders: [String] = [], settingNames: SettingNames = .plain
    ) -> [Diagnostic] {
        diagnostics(
            for: collection, requests: collection.plannedRequests(folders: folders), variables: variables,
            settingNames: settingNames)
    }

    /// The same over `requests`, the collection's planned list computed already (not planned again).
    public static func diagnostics(
        for collection: Collection, requests: [PlannedRequest], variables: VariableScopes,
        settingNames: SettingNames = .plain
    ) -> [Diagnostic] {
        var scopes = variables
        for (name, value) in collection.variables { scopes.set(name, to: value.value, in: .collection) }
        var known = scopes.allNames
        // A name a script sets may be defined by the time a request is rendered; if it is not,
        // rendering that request fails at the placeholder instead.
        for script in collection.allScripts { known.formUnion(script.variableNamesItSets) }
        var found: [Diagnostic] = []
        // Inherited defaults put one template into many requests: report each place once.
        var reported = Set<SourceLocation>()
        for request in requests {
            let spec = request.spec
            var cursor: String?
            if case .variable(let name)? = spec.paginate?.target { cursor = name }
            for template in templates(of: spec) {
                for name in names(in: template, variables: scopes) where !known.contains(name) && !reported.contains(template.location) {
                    reported.insert(template.location)
                    let message = UndefinedVariable(
                        name: name, known: known, names: settingNames, isPageCursor: name == cursor,
                        inPostmanFile: collection.format == .postman).message
                    found.append(Diagnostic(.error, message, at: template.location))
                }
            }
            for capture in spec.captures { known.insert(capture.name) }
            if let cursor { known.insert(cursor) }
        }
        return found.sorted { $0.location < $1.location }
    }

    /// The names a template reads, and the names read by variables it uses that are written
    /// in terms of others (`base: "https://{{host}}"`), all the way down.
    static func names(in template: Template, variables: VariableScopes) -> [String] {
        var out: [String] = []
        var pending = template.variableNames
        while let name = pending.popLast() {
            guard !out.contains(name) else { continue }
            out.append(name)
            if case .value(.string) = variables.resolve(name), let inner = variables.valueTemplate(of: name) {
                pending += inner.variableNames
            }
        }
        return out
    }

    static func templates(of spec: RequestSpec) -> [Template] {
        var out = [spec.url]
        out += spec.auth?.templates ?? []
        out += spec.query.map(\.value)
        out += spec.headers.map(\.value)
        switch spec.body {
        case .json(let json): collect(json, into: &out)
        case .form(let fields): out += fields.map(\.value)
        case .raw(let template): out.append(template)
        case .multipart(let parts):
            for part in parts { if case .text(let template) = part.content { out.append(template) } }
        case .file, nil: break
        }
        if let connection = spec.connection {
            out += [connection.proxy, connection.noProxy, connection.userAgent, connection.tls?.keyPassword].compactMap { $0 }
        }
        return out
    }

    private static func collect(_ json: TemplatedJSON, into out: inout [Template]) {
        switch json {
        case .literal: break
        case .string(let template): out.append(template)
        case .array(let items): for item in items { collect(item, into: &out) }
        case .object(let members): for member in members { collect(member.value, into: &out) }
        }
    }
}
