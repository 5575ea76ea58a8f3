/// The JavaScript that builds Postman's `pm`, evaluated once per context: every member is made
/// here, once, and reads the running call's state (`state`, set by `__volleyRun`) when used.
///
/// Per call, Swift passes the script's function, its file's URL and the event name (as values
/// made once per script), and the response's status, time and size and its body when small.
/// Everything else is asked of Swift through
/// `__volleyHost(op, ...)` when a script reads it (the request, the response, the body, names,
/// variables) and cached in `state` for the call; writes go the same way at once. What the call
/// decided comes back through the same function from `__volleyCollect`, once the microtasks have
/// run (so `await` works): one `end` call with the tests as its trailing arguments, all text.
/// `Bootstrap/PMBootstrap+….swift` hold the parts; docs/architecture.md ("The script engine")
/// says how a member reads per-call state.
enum PMBootstrap {
    static let sourceURL = "volley:pm"

    /// The whole bootstrap, one IIFE; the parts' function declarations are hoisted, the
    /// constants each reads while loading come before it.
    static let source: String = [prelude, messages, request, response, variables, sendRequest, pm, driver].joined(separator: "\n")

    /// The bridge, the call's state and the helpers every part uses.
    static let prelude = #"""
    "use strict";
    (function () {
    const host = __volleyHost;
    const expect = __volleyExpect;
    // The legacy sandbox (LegacySandbox.swift): its globals, the `postman` object and pm.cookies.
    const legacy = __volleyLegacy;
    delete globalThis.__volleyHost;
    delete globalThis.__volleyLegacy;

    // The running call: set by __volleyRun, cleared by __volleyCollect. Members of pm read it
    // (and cache what they asked Swift for in it), so the objects themselves are made once.
    let state = null;

    function fail(message) { throw new AssertionError(message); }
    function text(value) {
      if (typeof value === "string") return value;
      if (value === undefined) return "undefined";
      try { const json = JSON.stringify(value); return json === undefined ? String(value) : json; }
      catch (e) { return String(value); }
    }
    """#

    /// `__volleyRun(fn, scriptURL, event, code, time, size, body)` starts a call, `__volleyCollect()` reports it.
    static let driver = #"""
    // code, time, size: the response's status, milliseconds and bytes, as numbers (undefined
    // without one); body: its text when small (undefined: asked of Swift when read).
    globalThis.__volleyTestSite = defineTestSite;
    globalThis.__volleyRun = function (fn, scriptURL, event, code, time, size, body) {
      // A fresh object per call over the shared members: what a script adds to pm stays in its call.
      const pm = Object.create(sharedPM);
      state = { event, scriptURL, pm, tests: [], skip: false, nextSet: false, next: null, settled: true, error: null,
        request: null, response: code === undefined ? null : [code, time, size], body, responseHeaders: undefined };
      legacy.begin(pm, scriptURL);
      let result;
      try { result = fn(pm, legacy.postman, consoleObject); }
      catch (e) { state.error = e; return; }
      if (result && typeof result.then === "function") {
        state.settled = false;
        const s = state;
        result.then(() => { s.settled = true; }, (e) => { s.settled = true; s.error = e === undefined ? "rejected" : e; });
      }
    };

    function describe(error) {
      try { return String(error); } catch (e) { return "an exception that has no text"; }
    }

    // One host("end", skip, nextSet, next, settled, error, stack, ...tests) for the whole call,
    // each test as five arguments (name, outcome code, message, line, column): a native call costs
    // more than the arguments it carries. Past 1000 tests, host("tests", ...) calls carry them
    // 1000 at a time first (a call's arguments are bounded).
    globalThis.__volleyCollect = function () {
      const s = state;
      state = null;
      if (s === null) return;
      const legacyTests = legacy.collect();
      const allTests = legacyTests.length === 0 ? s.tests : s.tests.concat(legacyTests);
      let message, stack;
      if (s.error !== null) {
        message = describe(s.error);
        try { stack = s.error && s.error.stack ? String(s.error.stack) : undefined; } catch (e) { stack = undefined; }
      }
      let tests = [];
      for (const t of allTests) {
        if (tests.length === 5000) { host("tests", ...tests); tests = []; }
        // Numbers, which Swift reads without the engine's string (ScriptOutput.Outcome).
        const outcome = t.skipped ? 3 : t.pending ? 2 : t.passed ? 1 : 0;
        tests.push(t.name, outcome, t.message, t.at ? t.at[0] : undefined, t.at ? t.at[1] : undefined);
      }
      // A false flag goes as undefined, a true one as 1: Swift reads no engine string for either.
      host("end", s.skip ? 1 : undefined, s.nextSet ? 1 : undefined, s.next === null ? undefined : s.next, s.settled ? 1 : undefined, message, stack, ...tests);
    };
    })();
    """#
}
