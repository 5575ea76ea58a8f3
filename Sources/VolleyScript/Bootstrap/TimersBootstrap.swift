/// `setTimeout`, `setInterval`, `setImmediate` and their `clear…`, as Postman's sandbox has them.
/// The callbacks wait in a list here; once the script's own code has run, the engine
/// (`ScriptTimers`) sleeps until the earliest is due and fires it, one per call into the
/// engine, so promises settle between timers as they do in Node. A script that sets none costs
/// nothing: only the first timer of a call tells Swift (`host("timers")`).
///
/// Evaluated once per context before the `pm` bootstrap (which takes `__volleyHost` away);
/// defines `__volleyTimerWait`, `__volleyTimerFire` and `__volleyTimerReset` for the engine,
/// which takes them and removes them from the global scope.
enum TimersBootstrap {
    static let sourceURL = "volley:timers"

    static let source = #"""
    (function () {
    'use strict';
    const host = __volleyHost;
    let timers = [], nextId = 1, nextTurn = 1;

    function add(callback, milliseconds, args, repeat) {
      if (typeof callback !== 'function') {
        throw new TypeError('setTimeout and setInterval take a function (a string of code is not run)');
      }
      const delay = Math.max(0, Number(milliseconds) || 0);
      if (timers.length === 0) host('timers');
      const id = nextId++;
      timers.push({ id, callback, args, delay, repeat, due: Date.now() + delay, turn: nextTurn++ });
      return id;
    }
    function clear(id) { timers = timers.filter((t) => t.id !== id); }
    // The timer to fire next: the earliest due, the first set among equals.
    function earliest() {
      let next = null;
      for (const t of timers) if (next === null || t.due < next.due || (t.due === next.due && t.turn < next.turn)) next = t;
      return next;
    }
    // Milliseconds until the next timer is due (0 when it is), or -1 when none is left.
    function wait() {
      const next = earliest();
      return next === null ? -1 : Math.max(0, next.due - Date.now());
    }
    function fire() {
      const next = earliest();
      if (next === null) return;
      if (next.repeat) { next.due += Math.max(1, next.delay); next.turn = nextTurn++; }
      else timers = timers.filter((t) => t !== next);
      next.callback.apply(undefined, next.args);
    }
    // Between script calls: a timer never outlives the call that set it.
    function reset() { timers = []; }

    const define = (name, value) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
    define('setTimeout', (callback, milliseconds, ...args) => add(callback, milliseconds, args, false));
    define('setInterval', (callback, milliseconds, ...args) => add(callback, milliseconds, args, true));
    define('setImmediate', (callback, ...args) => add(callback, 0, args, false));
    define('clearTimeout', clear);
    define('clearInterval', clear);
    define('clearImmediate', clear);
    define('__volleyTimerWait', wait);
    define('__volleyTimerFire', fire);
    define('__volleyTimerReset', reset);
    })();
    """#
}
