import VolleyCore
import VolleyJSON

/// Fills `{{placeholders}}` from the run's variables. An undefined name is an error at the
/// template's location, never an empty string or the literal braces.
struct TemplateRenderer {
    var scopes: VariableScopes
    /// Captures that failed or never ran earlier in the run, so a later use can say why the variable is missing.
    var failedCaptures: [String: MissingCapture] = [:]
    /// A paginated request's `into:` variable, and its cursor from the second page on: the cursor
    /// outranks every scope for its own variable.
    var pageCursor: (name: String, value: String?)?
    var builtins = BuiltinValues()
    /// Which secrets this request used, for the 401 hint; shared by the renderer's copies.
    var secretsUsed = SecretUsage()
    /// How messages spell the run's settings (an undefined variable's hint names `--var`).
    var names: SettingNames = .plain
    /// The collection's scripts, for the hint of a name one of them sets (`ScriptVariableWrites`).
    var scripts: [Script] = []
    /// A Postman collection's rule: a placeholder no scope defines is sent as its own text
    /// (`{{name}}`), as Postman does; loading noted it already.
    var sendsUndefinedLiterally = false

    func render(_ template: Template) throws(RequestFailure) -> String {
        var out = ""
        let limit = scopes.limits.maxExpandedSize
        for part in template.parts {
            switch part {
            case .literal(let text): out += text
            case .variable(let name): out += try value(of: name, in: template).templateText
            case .builtin(let builtin): out += builtins.value(builtin).templateText
            }
            // Checked as the value grows, so doubling variables stop at the limit, not at 3 TB.
            if out.utf8.count > limit {
                throw RequestFailure(
                    kind: .template, message: scopes.limits.tooLargeMessage(expanding.last, size: nil, names: names),
                    location: template.location)
            }
        }
        return out
    }

    /// A template that is exactly one placeholder keeps the variable's JSON type (`{{count}}` → 3, not "3").
    func renderValue(_ template: Template) throws(RequestFailure) -> JSONValue {
        switch template.singlePlaceholder {
        case .variable(let name): return try value(of: name, in: template)
        case .builtin(let builtin): return builtins.value(builtin)
        default: return .string(try render(template))
        }
    }

    func render(_ json: TemplatedJSON) throws(RequestFailure) -> JSONValue {
        switch json {
        case .literal(let value): return value
        case .string(let template): return try renderValue(template)
        case .array(let items):
            var out: [JSONValue] = []
            out.reserveCapacity(items.count)
            for item in items { out.append(try render(item)) }
            return .array(out)
        case .object(let members):
            var object = JSONObject()
            for member in members { object[member.key] = try render(member.value) }
            return .object(object)
        }
    }

    /// Variables being expanded, outermost first, to catch `a` → `b` → `a`.
    var expanding: [String] = []

    private func value(of name: String, in template: Template) throws(RequestFailure) -> JSONValue {
        if let pageCursor, pageCursor.name == name, let cursor = pageCursor.value { return .string(cursor) }
        if let missing = failedCaptures[name], scopes.lookup(name).map({ $0.source < .capture }) != true {
            // A failed capture leaves no value behind: not the previous page's cursor, nor a
            // collection or environment default of the same name. Only `--var` and
            // `VOLLEY_VAR_`, which outrank every capture anyway, still apply.
            throw RequestFailure(
                kind: .template, message: "undefined variable '\(name)' (\(missing.reason))",
                location: template.location)
        }
        switch scopes.resolve(name) {
        case .value(let value):
            // A variable may be written in terms of others (`base: "https://{{host}}/v2"`).
            guard case .string = value, var inner = scopes.valueTemplate(of: name) else { return value }
            inner.location = template.location
            guard !expanding.contains(name) else {
                throw RequestFailure(
                    kind: .template,
                    message: "variable '\(name)' refers to itself (\((expanding + [name]).joined(separator: " → ")))",
                    location: template.location)
            }
            // A depth limit, not only the cycle check: each level is a few stack frames, and a
            // 10,000-long chain of variables would overflow the stack before it ended.
            guard expanding.count < scopes.limits.maxDepth else {
                throw RequestFailure(
                    kind: .template, message: scopes.limits.tooDeepMessage(expanding + [name]),
                    location: template.location)
            }
            var nested = self
            nested.expanding.append(name)
            return try nested.renderValue(inner)
        case .secret(let provider):
            do {
                let value = try provider.secretValue(name)
                secretsUsed.names.insert(name)
                return .string(value)
            } catch {
                throw RequestFailure(kind: .secret, message: error.message, location: template.location)
            }
        case .undefined:
            if sendsUndefinedLiterally { return .string("{{" + name + "}}") }
        }
        throw RequestFailure(
            kind: .template,
            message: UndefinedVariable(
                name: name, known: scopes.allNames, names: names, isPageCursor: pageCursor?.name == name,
                isSetByAScript: scripts.contains { $0.variableNamesItSets.contains(name) }).message,
            location: template.location)
    }
}

/// The message for a placeholder with no value, with the nearest defined name as a hint.
struct UndefinedVariable {
    var name: String
    var known: Set<String>
    /// How the hint spells a command-line variable.
    var names: SettingNames = .plain
    /// The variable is the request's own `paginate: { into: }`: a `--var` would only set page 1.
    var isPageCursor = false
    /// A script of the collection sets it (by a literal name), but had not when it was needed.
    var isSetByAScript = false
    /// The collection is a Postman file: the remedies are Postman's (its `variable` list, an
    /// environment or globals file), not the YAML keys.
    var inPostmanFile = false

    var message: String {
        var text = "undefined variable '\(name)'"
        if isSetByAScript {
            text += " (a script of the collection sets it, but had not when this request was rendered)"
        } else if isPageCursor {
            text += " (it is this request's paginate cursor, set from page 2 on; give page 1 a starting value "
                + "under 'variables:' or in an environment file)"
        } else if let suggestion = Suggestion.closest(to: name, among: known) {
            text += " (did you mean '\(suggestion)'?)"
        } else if inPostmanFile {
            text += " (define it in the collection's variables, an environment or globals file, a data file's columns, "
                + "or with \(names.name(of: .variable, given: "\(name)=...")))"
        } else {
            text += " (define it under 'variables:', in an environment file, with \(names.name(of: .variable, given: "\(name)=...")), or capture it from an earlier request)"
        }
        return text
    }
}

/// Why a captured variable has no value: its capture failed, or its request was not sent (or got
/// no response), so the capture never ran.
struct MissingCapture: Sendable {
    var location: SourceLocation
    /// Set when the capture never ran: why its request gave it nothing to read.
    var requestNotRun: String?

    var reason: String {
        guard let requestNotRun else { return "its capture at \(location) failed" }
        return "its capture at \(location) did not run (\(requestNotRun))"
    }
}

/// The secrets a request's templates read.
final class SecretUsage {
    var names: Set<String> = []
}
