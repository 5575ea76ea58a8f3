public import VolleyJSON
/// Where a variable's value came from, highest precedence first.
public enum VariableSource: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    case commandLine = 0
    case process
    case capture
    /// A row of `--iterations-data`.
    case iteration
    case environment
    case collection
    /// A script's `pm.globals`: the lowest, as in Postman.
    case global

    public static func < (lhs: VariableSource, rhs: VariableSource) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What the source is, naming the command line plainly: `text(naming:)` spells it.
    public var description: String { text(naming: .plain) }

    /// `--var`, `VOLLEY_VAR_`, `capture`: the command line's variables as the front end spells them.
    public func text(naming names: SettingNames) -> String {
        switch self {
        case .commandLine: names.name(of: .variable)
        case .process: "VOLLEY_VAR_"
        case .capture: "capture"
        case .iteration: "iteration data"
        case .environment: "environment"
        case .collection: "collection"
        case .global: "globals"
        }
    }
}

/// The layered variables of a run. Lookup takes the highest-precedence scope that defines a name:
/// `--var` > `VOLLEY_VAR_name` > captures > iteration data row > environment file > collection variables
/// > a script's globals.
public struct VariableScopes: Sendable {
    private var layers: [VariableSource: [String: JSONValue]] = [:]
    /// Values written in terms of other variables (`base: "https://{{host}}/v2"`), parsed once
    /// when they are set, so rendering a request never parses a variable's text again.
    private var templates: [VariableSource: [String: Template]] = [:]
    /// Secrets rank with the command line's variables' neighbours: below `--var`, `VOLLEY_VAR_` and
    /// captures (a value set on purpose for this run), above environment and collection variables
    /// (which would otherwise shadow a keyring key with a placeholder).
    public var secrets: (any SecretProvider)?
    /// How deep and how large the values written in terms of others may expand.
    public var limits = TemplateLimits()

    public init() {}

    public mutating func set(_ name: String, to value: JSONValue, in source: VariableSource) {
        layers[source, default: [:]][name] = value
        // A value that does not parse as a template is used as it is, braces and all.
        if case .string(let text) = value, text.utf8.containsPair(UInt8(ascii: "{")),
            let template = try? Template.parse(text, at: .commandLine("variable \(name)"))
        {
            templates[source, default: [:]][name] = template
        } else if templates[source]?[name] != nil {
            templates[source]?[name] = nil
        }
    }

    public mutating func setAll(_ values: [String: JSONValue], in source: VariableSource) {
        for (name, value) in values { set(name, to: value, in: source) }
    }

    public func value(of name: String) -> JSONValue? {
        lookup(name)?.value
    }

    /// The parsed placeholders of the value `lookup` finds, when that value is text written in
    /// terms of other variables; nil for a plain value. Its location is a stand-in: the renderer
    /// reports problems where the variable was used.
    public func valueTemplate(of name: String) -> Template? {
        for source in VariableSource.allCases where layers[source]?[name] != nil {
            return templates[source]?[name]
        }
        return nil
    }

    public func lookup(_ name: String) -> (value: JSONValue, source: VariableSource)? {
        for source in VariableSource.allCases {
            if let value = layers[source]?[name] { return (value, source) }
        }
        return nil
    }

    /// The value `name` has in one scope, whatever the others say.
    public func value(of name: String, in source: VariableSource) -> JSONValue? {
        layers[source]?[name]
    }

    /// Every name one scope defines, with its value.
    public func values(in source: VariableSource) -> [String: JSONValue] {
        layers[source] ?? [:]
    }

    /// Every defined name, secrets included, for "did you mean" hints.
    public var allNames: Set<String> {
        Set(layers.values.flatMap(\.keys)).union(secrets?.secretNames ?? [])
    }

    /// How a name resolves: a plain value, a secret to fetch, or nothing.
    public enum Resolution {
        case value(JSONValue)
        case secret(any SecretProvider)
        case undefined
    }

    public func resolve(_ name: String) -> Resolution {
        for source in VariableSource.allCases {
            if source == .environment, let secrets, secrets.isSecret(name) { return .secret(secrets) }
            if let value = layers[source]?[name] { return .value(value) }
        }
        if let secrets, secrets.isSecret(name) { return .secret(secrets) }
        return .undefined
    }

    /// Removes one name from one scope (a capture that failed, say); the other scopes keep theirs.
    public mutating func remove(_ name: String, from source: VariableSource) {
        layers[source]?[name] = nil
        templates[source]?[name] = nil
    }

    /// Drops the captures, so a repeated run starts clean.
    public mutating func clearCaptures() {
        layers[.capture] = nil
        templates[.capture] = nil
    }
}
