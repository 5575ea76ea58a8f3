public import VolleyJSON

/// One result of a query: a value and where it is in the queried document.
public struct JSONPathNode: Sendable, Hashable {
    public var value: JSONValue
    public var path: NormalizedPath

    public init(value: JSONValue, path: NormalizedPath) {
        self.value = value
        self.path = path
    }
}
