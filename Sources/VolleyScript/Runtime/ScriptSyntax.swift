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
        } catch {
            return [Diagnostic(.error, error.message, at: scripts[0].declaredAt)]
        }
        return scripts.compactMap { script in
            guard let error = js.checkSyntax(ScriptWrapper.wrapped(script), sourceURL: script.origin.file) else { return nil }
            let location = ScriptWrapper.location(line: error.line ?? 1, column: error.column ?? 1, in: script)
            return Diagnostic(.error, "script: \(error.message)", at: location)
        }
    }
}
