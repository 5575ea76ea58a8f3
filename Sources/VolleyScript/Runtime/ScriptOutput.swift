import VolleyJSON

/// What one script call decided, read from `__volleyCollect`'s JSON.
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

    private static func position(_ value: JSONValue?) -> (line: Int, column: Int)? {
        guard let pair = value?.arrayValue, pair.count == 2, let line = pair[0].numberValue.flatMap(Int.init(scriptPosition:)),
            let column = pair[1].numberValue.flatMap(Int.init(scriptPosition:))
        else { return nil }
        return (line, column)
    }

    init(json text: String) {
        guard case .object(let root)? = try? JSONValue.parse(text) else { return }
        func string(_ value: JSONValue?) -> String? { value?.stringValue }
        tests = (root["tests"]?.arrayValue ?? []).compactMap { item in
            guard let test = item.objectValue else { return nil }
            return Test(
                name: string(test["name"]) ?? "", skipped: test["skipped"] == .bool(true),
                pending: test["pending"] == .bool(true), passed: test["passed"] == .bool(true),
                message: string(test["message"]), at: Self.position(test["at"]))
        }
        skip = root["skip"] == .bool(true)
        if root["nextSet"] == .bool(true) { next = .some(string(root["next"])) }
        settled = root["settled"] != .bool(false)
        if let error = root["error"]?.objectValue {
            self.error = (string(error["message"]) ?? "an exception", string(error["stack"]))
        }
    }
}
