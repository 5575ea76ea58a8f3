/// The variable names a script sets with a literal name (`pm.variables.set("token", …)`), so the
/// check for undefined `{{names}}` before a run can count them as possibly defined. A name
/// computed at run time (`pm.variables.set(key, …)`) cannot be known here and does not count; a
/// name in a comment or in some other string does not count either.
public enum ScriptVariableWrites {
    /// `pm.<scope>.set(` for each variable scope a script may write.
    static let pmScopes: Set<String> = ["variables", "environment", "collectionVariables", "globals"]
    /// Postman's older `postman.setEnvironmentVariable(name, value)` and its kin.
    static let legacySetters: Set<String> = ["setEnvironmentVariable", "setGlobalVariable"]

    /// The literal names `source` sets, each once, in order of first appearance.
    public static func names(in source: String) -> [String] {
        // Most scripts never set a variable; skip the tokenizer for them.
        guard source.utf8.count >= 4, source.containsBytes(of: "set") else { return [] }
        let tokens = JavaScriptTokens(source).tokens
        var names: [String] = []
        var i = 0
        while i < tokens.count {
            if let (name, next) = setterCall(in: tokens, at: i) {
                if !names.contains(name) { names.append(name) }
                i = next
            } else {
                i += 1
            }
        }
        return names
    }

    /// The literal first argument of a setter call starting at `tokens[i]`, and the index after it.
    private static func setterCall(in tokens: [JavaScriptTokens.Token], at i: Int) -> (String, Int)? {
        // `x.pm.variables.set(…)` is some other object's `pm`.
        if i > 0, tokens[i - 1] == .punctuator(UInt8(ascii: ".")) { return nil }
        let dot = JavaScriptTokens.Token.punctuator(UInt8(ascii: "."))
        let open = JavaScriptTokens.Token.punctuator(UInt8(ascii: "("))
        func token(_ offset: Int) -> JavaScriptTokens.Token? {
            i + offset < tokens.count ? tokens[i + offset] : nil
        }
        func identifier(_ offset: Int) -> String? {
            if case .identifier(let word)? = token(offset) { return word }
            return nil
        }
        let argument: Int
        switch identifier(0) {
        case "pm":
            guard token(1) == dot, let scope = identifier(2), pmScopes.contains(scope), token(3) == dot,
                identifier(4) == "set", token(5) == open
            else { return nil }
            argument = 6
        case "postman":
            guard token(1) == dot, let setter = identifier(2), legacySetters.contains(setter), token(3) == open else {
                return nil
            }
            argument = 4
        default:
            return nil
        }
        // `"page_" + n` is computed, not the literal name.
        guard case .string(let name)? = token(argument),
            token(argument + 1) == .punctuator(UInt8(ascii: ",")) || token(argument + 1) == .punctuator(UInt8(ascii: ")"))
        else { return nil }
        return (name, i + argument + 1)
    }
}

extension Script {
    /// The variable names this script sets with a literal name (`ScriptVariableWrites`).
    public var variableNamesItSets: [String] { ScriptVariableWrites.names(in: source) }
}
