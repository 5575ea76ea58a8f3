/// A helper program (secret-tool, python, pip) that did not do what a test needed.
public struct HelperFailure: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
