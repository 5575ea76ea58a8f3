@testable import VolleyScript

/// A context prepared as the engine prepares one, without `pm`: the expect library and the
/// sandbox libraries (read from `directory`), for calling the libraries directly.
func sandboxContext(directory: String = "/usr/share/javascript") throws -> JavaScriptContext {
    let context = try JavaScriptContext()
    try context.evaluate(ExpectLibrary.source, sourceURL: ExpectLibrary.sourceURL)
    try SandboxLibraries(directory: directory).install(in: context)
    return context
}

extension JavaScriptContext {
    /// The value of `expression` as `String(v)` gives it, or `threw: ` and the error's text.
    func outcome(_ expression: String) throws -> String {
        try evaluate("(function () { try { return String(\(expression)); } catch (e) { return 'threw: ' + String(e && e.message !== undefined ? e.message : e); } })()")
    }
}
