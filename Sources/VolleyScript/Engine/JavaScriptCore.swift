internal import CJavaScriptCore

/// JavaScriptCore, loaded by the first script of the process. Linking it would make every run,
/// scripts or not, map and relocate the engine with ICU and GLib under it (README "Scripts"
/// has the start-up figures); `dlopen` on first use leaves script-less runs as they were.
enum JavaScriptCore {
    /// The engine's functions, or why it could not be loaded; looked up once per process.
    static let loaded: Result<Functions, ScriptError> = {
        let table = UnsafeMutablePointer<VolleyJSC>.allocate(capacity: 1)  // lives as long as the process
        guard volley_jsc_load(table) == 0 else {
            let reason = volley_jsc_load_error().map { String(cString: $0) } ?? "unknown error"
            return .failure(ScriptError(
                kind: .engineUnavailable,
                message: "JavaScriptCore, which runs scripts, could not be loaded (\(reason)); on Debian or Ubuntu "
                    + "install libjavascriptcoregtk-4.1-0"))
        }
        _ = volley_jsc_set_options(tuning)  // a build without the calls runs with its defaults
        return .success(Functions(table: table.pointee))
    }()

    /// The engine's options for Volley's use: many short calls of the same few functions (`pm`,
    /// `pm.expect`, the script) per run. By default a function called ~1000 times is compiled
    /// again by the optimizing (DFG) JIT on a background thread; for a thousand requests with
    /// two tests that cost ~30M instructions and saved less than it cost. Twenty times the
    /// threshold leaves that to functions (and loops) hot enough to repay it: a CPU-bound loop
    /// in a script still reaches it within its first few milliseconds. A context group starts
    /// with a 16 MB heap instead of 1 MB: the first thousand calls then leave their garbage to
    /// fewer collections (~7M instructions fewer for a thousand requests; at most 16 MB more per
    /// context, one per `--jobs` worker).
    static let tuning = "thresholdForOptimizeAfterWarmUp=20000 thresholdForOptimizeAfterLongWarmUp=20000 thresholdForOptimizeSoon=20000"
        + " smallHeapSize=16777216"

    /// The functions, for code that runs after `loaded` succeeded: a `JavaScriptContext` exists
    /// only once it did.
    static var api: VolleyJSC {
        guard case .success(let functions) = loaded else { preconditionFailure("JavaScriptCore called before it was loaded") }
        return functions.table
    }

    /// C function pointers, written once before any thread can read them.
    struct Functions: @unchecked Sendable {
        let table: VolleyJSC
    }
}
