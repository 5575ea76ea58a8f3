extension Script {
    /// Whether the script's code says `await` (not in a comment or a string), so the engine can
    /// wrap it in an `async` function only then: a plain text search would also find
    /// `// await the token` or `"awaiting"` and make a synchronous script return a promise.
    public var usesAwait: Bool {
        guard source.containsBytes(of: "await") else { return false }
        return JavaScriptTokens(source).tokens.contains(.identifier("await"))
    }
}
