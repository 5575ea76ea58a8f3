/// How far variables written in terms of others may expand: a shared collection must not take
/// the machine down with a 10,000-long chain (the stack) or doubling variables (memory, time).
/// Both the load-time check (`VariableGraph`) and the renderer hold values to these.
public struct TemplateLimits: Sendable, Hashable {
    /// Variables nested inside one another (`a: "{{b}}"`, `b: "{{c}}"` is 2 levels below `a`'s use).
    public var maxDepth: Int
    /// The largest value, in UTF-8 bytes, one variable or template may expand to.
    public var maxExpandedSize: Int

    /// 64 levels is far past any real chain of `base`/`host`/`path` variables.
    public static let defaultMaxDepth = 64
    /// 16 MiB: larger than any request body an API takes, small enough to stop a bomb at once.
    public static let defaultMaxExpandedSize = 16 * 1024 * 1024

    public init(maxDepth: Int = defaultMaxDepth, maxExpandedSize: Int = defaultMaxExpandedSize) {
        self.maxDepth = maxDepth
        self.maxExpandedSize = maxExpandedSize
    }
}

extension TemplateLimits {
    /// `variable 'a24' expands to 16 MiB, more than the 16 MiB one value may take (…)`; a nil
    /// `size` is a value stopped while it was being filled, its full size unknown.
    public func tooLargeMessage(_ name: String?, size: Int?, names: SettingNames) -> String {
        let what = name.map { "variable '\($0)'" } ?? "this value"
        let amount = size.map { "expands to \(ByteCountText.text($0))," } ?? "expands to"
        let limit = ByteCountText.text(maxExpandedSize)
        return "\(what) \(amount) more than the \(limit) one value may take "
            + "(variables written in terms of others multiply; raise the limit with \(names.name(of: .maxVariableSize, given: "BYTES")) if it is meant)"
    }

    /// `variables nest 10000 levels deep (v0 → v1 → … → v9999), more than 64`: the chain is
    /// shortened to its ends, since the middle of a 10,000-long chain says nothing more.
    public func tooDeepMessage(_ chain: [String], depth: Int? = nil) -> String {
        let shown = chain.count > 6 ? chain.prefix(3) + ["…"] + chain.suffix(2) : chain[...]
        let levels = depth.map { "\($0) levels deep" } ?? "more than \(maxDepth) levels deep"
        let limit = depth == nil ? "" : ", more than \(maxDepth)"
        return "variables nest \(levels) (\(shown.joined(separator: " → ")))\(limit); "
            + "write the value more directly"
    }
}
