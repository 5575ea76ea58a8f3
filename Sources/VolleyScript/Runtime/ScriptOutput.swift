import VolleyCore

/// What one script call decided, from `__volleyCollect`'s one host call (`ScriptCall.host`).
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
        /// `at` in the user's file, set by the engine (`ScriptEngine.run`).
        var location: SourceLocation?
    }

    var tests: [Test] = []
    var skip = false
    /// Set when the script called `setNextRequest`: nil for `null` (stop the collection).
    var next: String??
    /// False when the promise the script returned never settled.
    var settled = true
    /// What the script threw (or its promise was rejected with), and the exception's stack.
    var error: (message: String, stack: String?)?

    /// A test's outcome as `__volleyCollect` sends it: a number (`0` failed, `1` passed,
    /// `2` pending, `3` skipped), so no engine string is made for it.
    enum Outcome: String {
        case failed = "0", passed = "1", pending = "2", skipped = "3"
    }

    /// `host("tests", tests...)`: each test is five arguments: name, outcome (`Outcome`),
    /// message, and line and column as numbers in text, or absent.
    mutating func addTests(_ fields: ArraySlice<String?>) {
        var index = fields.startIndex
        while index + 4 < fields.endIndex {
            tests.append(Self.test(fields[index..<(index + 5)]))
            index += 5
        }
    }

    /// `host("end", skip, nextSet, next, settled, error, stack, tests...)`: flags are "1" (sent as
    /// the number 1) or absent.
    mutating func end(_ arguments: [String?]) {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        skip = argument(1) == "1"
        if argument(2) == "1" { next = .some(argument(3)) }
        settled = argument(4) == "1"
        if let message = argument(5) { error = (message, argument(6)) }
        if arguments.count > 7 { addTests(arguments[7...]) }
    }

    private static func test(_ fields: ArraySlice<String?>) -> Test {
        let name = fields[fields.startIndex], outcome = fields[fields.startIndex + 1]
        var at: (line: Int, column: Int)?
        // The numbers come from a stack the script could forge: read so none can trap.
        if let line = fields[fields.startIndex + 3].flatMap({ Double($0) }).flatMap({ Int(scriptPosition: $0) }),
            let column = fields[fields.startIndex + 4].flatMap({ Double($0) }).flatMap({ Int(scriptPosition: $0) })
        {
            at = (line, column)
        }
        return Test(
            name: name ?? "", skipped: outcome == Outcome.skipped.rawValue, pending: outcome == Outcome.pending.rawValue,
            passed: outcome == Outcome.passed.rawValue,
            message: fields[fields.startIndex + 2], at: at)
    }
}
