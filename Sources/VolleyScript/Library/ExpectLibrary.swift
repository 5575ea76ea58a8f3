/// The assertion library behind `pm.expect` and `pm.response.to`: chai's BDD chain, written for
/// Volley (no code from chai), as JavaScript evaluated once into each script context.
///
/// Evaluating `source` defines exactly two globals: `__volleyExpect(value, message?)`, which
/// returns an assertion chain, and `AssertionError` (an `Error` with `actual`, `expected` and
/// `showDiff` for reports). `__volleyExpect.fail(message)` throws one directly. The runtime sets
/// `pm.expect = __volleyExpect` and `pm.response.to` to `__volleyExpect(pm.response).to`: the
/// response assertions (`status`, `header`, `jsonBody`, `body`, `ok`, `success`, `error`...)
/// apply to any subject shaped like `pm.response` (a numeric `code` and `headers.get`).
///
/// Speed is the design constraint (a thousand requests with two tests each must cost little over
/// a run without scripts): a chain is one small object whose flags are bits in one number, every
/// word is a getter defined once on a shared prototype, and messages are built only on failure.
/// The words that are both a chain and a call (`a`, `include`, `length`) cost one closure each.
enum ExpectLibrary {
    /// Where the library's own stack frames come from: failures skip them to find the script's line.
    static let sourceURL = "volley:expect"

    /// The whole library, one IIFE. Its function declarations are hoisted, so a part may call a
    /// later part's helpers; the constants a part reads while loading come before it.
    static let source: String = [
        prelude, inspect, equality, chain, valueAssertions, collectionAssertions,
        throwAssertion, changeAssertions, responseAssertions, schemaAssertion, exports,
    ].joined(separator: "\n")

    /// The error class and the opening of the IIFE that keeps every helper out of the globals.
    static let prelude = #"""
    (function () {
    'use strict';

    // A failed assertion. Reports read actual/expected; showDiff says a diff of them means something
    // (equality), as mocha-style reporters expect.
    class AssertionError extends Error {
      constructor(message, actual, expected, showDiff) {
        super(message);
        this.actual = actual;
        this.expected = expected;
        this.showDiff = showDiff === true;
      }
    }
    // On the prototype, like the built-in errors, so String(error) reads "AssertionError: ...".
    Object.defineProperty(AssertionError.prototype, 'name', {
      value: 'AssertionError', writable: true, configurable: true
    });
    """#

    /// The two globals, defined like built-ins (not enumerable), and the IIFE's end.
    static let exports = #"""
    function expect(value, message) { return new Assertion(value, message); }
    expect.fail = function (actual, expected, message) {
      // chai's two forms: fail(message) and fail(actual, expected, message).
      if (arguments.length < 2) throw atCaller(new AssertionError(actual === undefined ? 'expect.fail()' : String(actual)));
      throw atCaller(new AssertionError(message === undefined ? display(actual) + ' != ' + display(expected) : String(message),
        actual, expected, true));
    };
    Object.defineProperty(globalThis, '__volleyExpect', { value: expect, writable: true, configurable: true });
    Object.defineProperty(globalThis, 'AssertionError', { value: AssertionError, writable: true, configurable: true });
    })();
    """#
}
