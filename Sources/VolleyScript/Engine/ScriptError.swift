/// A script that could not be compiled or did not finish: a thrown exception, a syntax error, a
/// limit that stopped it, a promise that never settled, or no engine to run it.
public struct ScriptError: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The script threw (or a promise it returned was rejected).
        case exception
        /// The text is not valid JavaScript.
        case syntax
        /// The script ran past one of its `ScriptLimits`, or the run was cancelled.
        case limit(ScriptLimits.Kind)
        /// The script awaited a promise that nothing can settle any more.
        case unsettled
        /// JavaScriptCore could not be loaded.
        case engineUnavailable
    }

    public var kind: Kind
    /// The exception as JavaScript's `String(e)` words it (`TypeError: x is not a function`).
    public var message: String
    /// 1-based, in the coordinates of the source evaluated (its own first line is 1), when the
    /// engine said where.
    public var line: Int?
    public var column: Int?
    /// The exception's `stack`, when it had one.
    public var stack: String?

    public init(kind: Kind, message: String, line: Int? = nil, column: Int? = nil, stack: String? = nil) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.stack = stack
    }

    /// The limit that stopped the script, if one did.
    public var limit: ScriptLimits.Kind? {
        if case .limit(let kind) = kind { return kind }
        return nil
    }
}
