/// Where a variable's value came from, highest precedence first.
public enum VariableSource: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    case commandLine = 0
    case process
    case capture
    case environment
    case collection

    public static func < (lhs: VariableSource, rhs: VariableSource) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String {
        switch self {
        case .commandLine: "--var"
        case .process: "VOLLEY_VAR_"
        case .capture: "capture"
        case .environment: "environment"
        case .collection: "collection"
        }
    }
}

/// The layered variables of a run. Lookup takes the highest-precedence scope that defines a name:
/// `--var` > `VOLLEY_VAR_name` > captures > environment file > collection variables.
public struct VariableScopes: Sendable {
    private var layers: [VariableSource: [String: JSONValue]] = [:]

    public init() {}

    public mutating func set(_ name: String, to value: JSONValue, in source: VariableSource) {
        layers[source, default: [:]][name] = value
    }

    public mutating func setAll(_ values: [String: JSONValue], in source: VariableSource) {
        for (name, value) in values { set(name, to: value, in: source) }
    }

    public func value(of name: String) -> JSONValue? {
        lookup(name)?.value
    }

    public func lookup(_ name: String) -> (value: JSONValue, source: VariableSource)? {
        for source in VariableSource.allCases {
            if let value = layers[source]?[name] { return (value, source) }
        }
        return nil
    }

    /// Every defined name, for "did you mean" hints.
    public var allNames: Set<String> {
        Set(layers.values.flatMap(\.keys))
    }

    /// Drops the captures, so a repeated run starts clean.
    public mutating func clearCaptures() {
        layers[.capture] = nil
    }
}
