import VolleyCore

/// The syntax check of a collection's scripts, before anything is sent (`validate`, and every
/// run): each script parsed as the engine will wrap it, errors at their `file:line:column`.
public enum ScriptSyntax {
    /// One diagnostic per script that does not parse; none, and no engine loaded, when the
    /// collection has no scripts.
    public static func diagnostics(for collection: Collection) -> [Diagnostic] {
        let scripts = collection.allScripts
        guard !scripts.isEmpty else { return [] }
        let js: JavaScriptContext
        do {
            js = try JavaScriptContext()
            // Parsing runs nothing: the run's engine takes this context as new.
            js.isSpareWhenReleased = true
        } catch {
            return [Diagnostic(.error, error.message, at: scripts[0].declaredAt)]
        }
        // Scripts of the same text parse alike: each text is wrapped and checked once (a
        // collection often repeats one `after:` on every request), and only a script with an
        // error needs its own wrapper, for the position.
        var checked: [String: ScriptError?] = [:]
        return scripts.compactMap { script in
            let found: ScriptError?
            if let known = checked[script.source] {
                found = known
            } else {
                found = js.checkSyntax(ScriptWrapper(script).wrapped, sourceURL: script.origin.file)
                checked[script.source] = found
            }
            guard let error = found else { return nil }
            let wrapper = ScriptWrapper(script)
            return Diagnostic(.error, "script: \(error.message)", at: wrapper.location(line: error.line ?? 1, column: error.column ?? 1))
        }
    }
}
