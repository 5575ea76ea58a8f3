public import VolleyJSON

/// One name's change in one scope between two states of a run's variables: its new value, or
/// nil when it was removed (a capture that found nothing).
public struct VariableChange: Sendable, Hashable {
    public var source: VariableSource
    public var name: String
    public var value: JSONValue?
}

extension VariableScopes {
    /// What differs from `base`, scope by scope, names in order: what a parallel group's entry,
    /// which ran on a copy of the variables, hands back to the requests after the group.
    public func changes(since base: VariableScopes) -> [VariableChange] {
        var out: [VariableChange] = []
        for source in VariableSource.allCases {
            let now = values(in: source)
            let before = base.values(in: source)
            guard now != before else { continue }
            for name in Set(now.keys).union(before.keys).sorted() where now[name] != before[name] {
                out.append(VariableChange(source: source, name: name, value: now[name]))
            }
        }
        return out
    }

    /// Makes the changes, in order.
    public mutating func apply(_ changes: [VariableChange]) {
        for change in changes {
            if let value = change.value {
                set(change.name, to: value, in: change.source)
            } else {
                remove(change.name, from: change.source)
            }
        }
    }
}
