/// An environment file (`environments/NAME.yaml`): variables that override the collection's.
public struct Environment: Sendable, Hashable {
    public var name: String
    public var file: String
    public var variables: [String: Located<JSONValue>]

    public init(name: String, file: String, variables: [String: Located<JSONValue>] = [:]) {
        self.name = name
        self.file = file
        self.variables = variables
    }
}
