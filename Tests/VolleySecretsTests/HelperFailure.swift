/// A helper program (secret-tool, python, pip) that did not do what a test needed.
struct HelperFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
