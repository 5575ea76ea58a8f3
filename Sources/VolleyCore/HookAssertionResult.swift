/// A check a request hook (a script) made and named itself, passed or failed: what Postman calls
/// a test. It stands beside the assertions of `expect:` and fails the request as they do.
public struct HookAssertionResult: Sendable, Hashable {
    public var name: String
    public var passed: Bool
    /// Why it failed, in the hook's words.
    public var message: String?
    /// Where the check is written (a script's line), when the hook knows it.
    public var location: SourceLocation?

    public init(name: String, passed: Bool, message: String? = nil, location: SourceLocation? = nil) {
        self.name = name
        self.passed = passed
        self.message = message
        self.location = location
    }
}
