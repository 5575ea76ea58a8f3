/// A Postman test script that only checks the status, a header or a JSON value, or copies a
/// JSON value into a variable, written as `expect:` and `capture:` instead: no script to run.
/// Anything else in the script (a loop, a condition, a computed value) keeps it a script.
struct ScriptChecks {
    var status: Int?
    /// Header name → the value it must have, or nil for "exists".
    var headers: [(name: String, value: String?)] = []
    /// JSONPath → the expected value, as YAML text.
    var json: [(path: String, value: String)] = []
    /// Variable → JSONPath it is captured from.
    var captures: [(name: String, path: String)] = []

    var isEmpty: Bool { status == nil && headers.isEmpty && json.isEmpty && captures.isEmpty }

    /// The checks of `source`, or nil when some statement of it is not a plain check.
    init?(_ source: String) {
        for statement in Self.statements(of: source) {
            guard record(statement) else { return nil }
        }
        if isEmpty { return nil }
    }

    /// The statements inside the `pm.test(name, function () { … })` wrappers, one per line or `;`.
    static func statements(of source: String) -> [String] {
        var out: [String] = []
        for line in source.split(whereSeparator: { $0 == "\n" || $0 == ";" }) {
            var text = Substring(line).trimmingWhitespace()
            if let wrapper = text.firstMatch(of: testWrapper) { text = String(text[wrapper.range.upperBound...]).trimmingWhitespace() }
            // The wrapper's closing `})` and `)`: drop closers that nothing in the statement opened.
            while let last = text.last {
                let unopened = text.count(of: ")") + text.count(of: "}") > text.count(of: "(") + text.count(of: "{")
                guard last == ";" || last == " " || ((last == ")" || last == "}") && unopened) else { break }
                text.removeLast()
            }
            if !text.isEmpty, !text.hasPrefix("//") { out.append(text) }
        }
        return out
    }

    private mutating func record(_ statement: String) -> Bool {
        if let m = statement.wholeMatch(of: Self.statusCheck) { status = Int(m.1); return true }
        if let m = statement.wholeMatch(of: Self.codeCheck) { status = Int(m.1); return true }
        if let m = statement.wholeMatch(of: Self.headerCheck) {
            headers.append((String(m.2), m.4.map(String.init)))
            return true
        }
        if let m = statement.wholeMatch(of: Self.jsonCheck), let path = Self.jsonPath(String(m.1)), let value = Self.literal(String(m.2)) {
            json.append((path, value))
            return true
        }
        if let m = statement.wholeMatch(of: Self.captureCheck), let path = Self.jsonPath(String(m.3)) {
            captures.append((String(m.2), path))
            return true
        }
        return false
    }

    /// `.data[0].id` → `$.data[0].id`; nil for anything a simple path cannot say.
    static func jsonPath(_ accessors: String) -> String? {
        // `.length` is JavaScript's, not a member a JSONPath could name.
        guard accessors.wholeMatch(of: /(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*/) != nil, !accessors.hasSuffix(".length") else { return nil }
        return "$" + accessors
    }

    /// A JavaScript literal as YAML: a number, true/false/null, or a quoted string.
    static func literal(_ text: String) -> String? {
        if text.wholeMatch(of: /-?[0-9]+(\.[0-9]+)?|true|false|null/) != nil { return text }
        if let m = text.wholeMatch(of: /"([^"\\]*)"|'([^'\\]*)'/) { return YAMLText.quoted(String(m.1 ?? m.2 ?? "")) }
        return nil
    }

    nonisolated(unsafe) static let testWrapper = /^pm\.test\(\s*("[^"]*"|'[^']*'|`[^`]*`)\s*,\s*(?:function\s*\(\)\s*\{|\(\)\s*=>\s*\{?)/
    nonisolated(unsafe) static let statusCheck = /pm\.response\.to\.have\.status\(\s*([0-9]{3})\s*\)/
    nonisolated(unsafe) static let codeCheck = /pm\.expect\(\s*pm\.response\.code\s*\)\.to\.(?:eql|equal|be\.equal|be\.eql)\(\s*([0-9]{3})\s*\)/
    nonisolated(unsafe) static let headerCheck = /pm\.response\.to\.have\.header\(\s*(["'])([A-Za-z0-9-]+)\1\s*(?:,\s*(["'])([^"']*)\3\s*)?\)/
    nonisolated(unsafe) static let jsonCheck = /pm\.expect\(\s*pm\.response\.json\(\)([^)\s]*)\s*\)\.to\.(?:eql|equal|be\.equal|deep\.equal)\(\s*(.+?)\s*\)/
    nonisolated(unsafe) static let captureCheck = /pm\.(environment|collectionVariables|variables|globals)\.set\(\s*["']([A-Za-z_][A-Za-z0-9_.-]*)["']\s*,\s*pm\.response\.json\(\)([^)\s]*)\s*\)/
}

extension StringProtocol {
    fileprivate func count(of character: Character) -> Int { reduce(0) { $1 == character ? $0 + 1 : $0 } }
}
