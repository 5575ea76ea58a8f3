public import VolleyJSON

/// One result of a query: a value and where it is in the queried document. Only queries make
/// one, so its initializer stays internal.
public struct JSONPathNode: Sendable, Hashable {
    public var value: JSONValue
    public var path: NormalizedPath
}
