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

    /// `host("tests", head, texts...)`: per test, `head` has ";", the outcome's letter (`p`
    /// passed, `f` failed, `n` pending, `s` skipped) and "line,column" when known; `texts` has
    /// its name and message (absent without one). One text for all the outcomes and positions:
    /// each argument's text costs the call ~1k instructions.
    mutating func addTests(head: Substring, texts: ArraySlice<String?>) {
        var index = texts.startIndex
        for entry in head.split(separator: ";", omittingEmptySubsequences: false).dropFirst() {
            let name = index < texts.endIndex ? texts[index] : nil
            let message = index + 1 < texts.endIndex ? texts[index + 1] : nil
            tests.append(Self.test(entry, name: name, message: message))
            index += 2
        }
    }

    /// `host("end", head, next, error, stack, texts...)`: `head` starts with the flags skip,
    /// nextSet and settled, "0" or "1" each, and goes on as `addTests`'s.
    mutating func end(_ arguments: [String?]) {
        func argument(_ index: Int) -> String? { index < arguments.count ? arguments[index] : nil }
        let head = Substring(argument(1) ?? "")
        let flags = Array(head.utf8.prefix(3))
        func flag(_ index: Int) -> Bool { index < flags.count && flags[index] == UInt8(ascii: "1") }
        skip = flag(0)
        if flag(1) { next = .some(argument(2)) }
        settled = flag(2)
        if let message = argument(3) { error = (message, argument(4)) }
        addTests(head: head.dropFirst(flags.count), texts: arguments.dropFirst(5))
    }

    private static func test(_ entry: Substring, name: String?, message: String?) -> Test {
        let outcome = entry.first
        var at: (line: Int, column: Int)?
        let numbers = entry.dropFirst().split(separator: ",", omittingEmptySubsequences: false)
        // The numbers come from a stack the script could forge: read so none can trap.
        if numbers.count == 2, let line = Double(numbers[0]).flatMap({ Int(scriptPosition: $0) }),
            let column = Double(numbers[1]).flatMap({ Int(scriptPosition: $0) })
        {
            at = (line, column)
        }
        return Test(
            name: name ?? "", skipped: outcome == "s", pending: outcome == "n", passed: outcome == "p", message: message, at: at)
    }
}
