/// What one script call decided, filled by `__volleyCollect`'s host calls (`ScriptCall.host`):
/// one `test` call per test, then one `end` call.
struct ScriptOutput {
    struct Test {
        var name: String
        var skipped: Bool
        var pending: Bool
        var passed: Bool
        var message: String?
        /// Where `pm.test` was called: the line (in the file's numbering) and column of the frame
        /// in the script's file.
        var at: (line: Int, column: Int)?
    }

    var tests: [Test] = []
    var skip = false
    /// Set when the script called `setNextRequest`: nil for `null` (stop the collection).
    var next: String??
    /// False when the promise the script returned never settled.
    var settled = true
    /// What the script threw (or its promise was rejected with), and the exception's stack.
    var error: (message: String, stack: String?)?

    /// `host("test", name, outcome, message, line, column)`: outcome is `passed`, `failed`,
    /// `pending` or `skipped`; line and column are numbers as text, or absent.
    mutating func addTest(_ arguments: [String?]) {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        let outcome = argument(2)
        var at: (line: Int, column: Int)?
        // The numbers come from a stack the script could forge: read so none can trap.
        if let line = argument(4).flatMap { Double($0) }.flatMap { Int(scriptPosition: $0) },
            let column = argument(5).flatMap { Double($0) }.flatMap { Int(scriptPosition: $0) }
        {
            at = (line, column)
        }
        tests.append(Test(
            name: argument(1) ?? "", skipped: outcome == "skipped", pending: outcome == "pending",
            passed: outcome == "passed", message: argument(3), at: at))
    }

    /// `host("end", skip, nextSet, next, settled, error, stack)`: flags are "1" or "".
    mutating func end(_ arguments: [String?]) {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        skip = argument(1) == "1"
        if argument(2) == "1" { next = .some(argument(3)) }
        settled = argument(4) == "1"
        if let message = argument(5) { error = (message, argument(6)) }
    }
}
